#!/usr/bin/env python3
"""Set up and run the course's JupyterHub on this machine (as root). `make hub` calls it.

    hub.py setup   [--settings FILE] [--config-dir DIR]  accounts, folders, permissions, config,
                                        the hand-in store (the grader's, 0700)
    hub.py start   [--config-dir DIR]   start JupyterHub in the background, wait until it answers,
                                        add the roster to the gradebook
    hub.py stop    [--config-dir DIR]   stop it by the PID it wrote
    hub.py status  [--config-dir DIR]
    hub.py remove  [--config-dir DIR]   stop it, then undo `setup`: the accounts it created,
                                        the hand-in store, the state and config
                                        folders, the homes' old modes (make hub-remove)

The settings are deploy/hub/hub.toml or the file given; `setup` copies deploy/hub and them
into the world-readable config folder (default <prefix>/hub), which the hub and every
server it starts read. Run scripts/hub-env.sh first (make hub does).
"""

from __future__ import annotations

import argparse
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "deploy" / "hub"))
import settings as hub_settings  # noqa: E402

DEFAULT_CONFIG_DIR = Path("/opt/nn-backprop/hub")


def say(msg: str) -> None:
    print(f"hub: {msg}", flush=True)


def home_of(user: str) -> Path | None:
    try:
        return Path(pwd.getpwnam(user).pw_dir)
    except KeyError:
        return None


def run_as(
    user: str, args: list[str], cwd: Path, env: dict, check=True
) -> subprocess.CompletedProcess:
    """Run a command as `user` (root drops to it), with exactly the environment `env`."""
    return subprocess.run(
        ["runuser", "-u", user, "--", "env", "-i", *(f"{k}={v}" for k, v in env.items()), *args],
        cwd=cwd,
        text=True,
        capture_output=True,
        check=check,
    )


# ----------------------------------------------------------------------------- setup


def install_config(settings_file: Path, config_dir: Path) -> Path:
    """Copy deploy/hub and the chosen settings and roster into `config_dir` (world-readable)."""
    src = hub_settings.load(settings_file)
    roster = Path(src["roster"])
    roster = roster if roster.is_absolute() else settings_file.parent / roster
    tmp = config_dir.with_name(config_dir.name + ".new")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(REPO / "deploy" / "hub", tmp, ignore=shutil.ignore_patterns("__pycache__"))
    text = settings_file.read_text()
    if settings_file.resolve() != (REPO / "deploy" / "hub" / "hub.toml").resolve():
        (tmp / "hub.toml").write_text(
            text.replace(f'roster = "{src["roster"]}"', 'roster = "roster.txt"')
        )
        shutil.copy(roster, tmp / "roster.txt")
    for path in [tmp, *tmp.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(config_dir, ignore_errors=True)
    tmp.rename(config_dir)
    return config_dir / "hub.toml"


# What `setup` changed on the machine, so that `remove` can undo exactly that: one line per
# change in <state>/undo.txt, "account NAME", "home PATH MODE", "folder PATH".


def record(s: dict, kind: str, *args: str) -> None:
    with open(Path(s["state"]) / "undo.txt", "a") as undo:
        undo.write(" ".join([kind, *args]) + "\n")


def recorded(s: dict) -> list[list[str]]:
    try:
        return [
            line.split(" ", 2) for line in (Path(s["state"]) / "undo.txt").read_text().splitlines()
        ]
    except FileNotFoundError:
        return []


def ensure_accounts(s: dict, users: list[str]) -> None:
    """Unix accounts for the grader, the instructors and the roster, created when missing
    (password locked: `passwd NAME` gives one) and recorded for `remove`."""
    for user in users:
        if home_of(user) is None:
            subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", user], check=True)
            record(s, "account", user)
            say(f"created the account {user} (give it a password: passwd {user})")


def private_homes(s: dict, users: list[str]) -> None:
    """Homes 700: Debian makes them 755, and then students read each other's work."""
    created = {args[1] for args in recorded(s) if args[0] == "account"}
    for user in users:
        home = home_of(user)
        if home.is_dir() and home.stat().st_mode & 0o777 != 0o700:
            if user not in created:
                record(s, "home", str(home), oct(home.stat().st_mode & 0o7777))
            home.chmod(0o700)
            say(f"{home}: 700")


def copy_course(s: dict, home: Path) -> Path:
    """The grader's working copy of the course: the repository's files, owned by the grader."""
    dest = home / s["course_folder"]
    if not dest.exists():
        record(s, "folder", str(dest))
        files = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO,
            capture_output=True,
            check=True,
        ).stdout.split(b"\0")
        for rel in filter(None, files):
            src = REPO / rel.decode()
            if src.is_file():
                (dest / rel.decode()).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest / rel.decode())
        subprocess.run(["chown", "-R", f"{s['grader']}:", str(dest)], check=True)
        say(f"the grader's copy of the course: {dest}")
    return dest


def make_store(s: dict) -> None:
    """The hand-in store: the grader's, 0700, written only by the hand-in service (nbgrader's
    exchange layout, nngrade/hubexchange/store.py). No folder students can write remains."""
    from nngrade.hubexchange import store

    root = Path(s["exchange"])
    if not root.exists():  # the outermost folder made here, to remove it whole
        record(s, "folder", str(next(p for p in [*root.parents[::-1], root] if not p.exists())))
    else:
        if not (root / s["course"]).exists():
            record(s, "folder", str(root / s["course"]))
        if not store.is_store(root):
            say(f"warning: {root} was an exchange of another kind; it is now the grader's, 700")
    store.make(root, s["course"])
    subprocess.run(["chown", "-R", f"{s['grader']}:", str(root)], check=True)
    root.chmod(0o700)
    say(f"hand-in store {root} (700, {s['grader']}'s), served by the hub service 'handin'")


def cmd_setup(ns) -> None:
    config_dir = ns.config_dir
    settings_file = install_config(ns.settings.resolve(), config_dir)
    s = hub_settings.load(settings_file)
    state = Path(s["state"])
    if not state.exists():
        state.mkdir(parents=True)
        record(s, "folder", str(state))
    state.chmod(0o700)
    people = [s["grader"], *s["instructors"], *s["students"]]
    ensure_accounts(s, people)
    private_homes(s, people)
    copy_course(s, home_of(s["grader"]))
    make_store(s)
    say(f"config in {config_dir}, state in {state}")


# ----------------------------------------------------------------------------- run


def pid_file(s: dict) -> Path:
    return Path(s["state"]) / "jupyterhub.pid"


def running_pid(s: dict) -> int | None:
    try:
        pid = int(pid_file(s).read_text())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


def wait_for(url: str, timeout: float, host: str | None = None) -> float:
    start = time.monotonic()
    while True:
        try:
            req = urllib.request.Request(url, headers={"Host": host} if host else {})
            urllib.request.urlopen(req, timeout=5)
            return time.monotonic() - start
        except urllib.error.HTTPError:
            return time.monotonic() - start  # it answers, even if with an error
        except OSError:
            if time.monotonic() - start > timeout:
                raise SystemExit(f"hub: {url} did not answer in {timeout:.0f} s") from None
            time.sleep(0.25)


def service_env(s: dict) -> dict:
    """The environment of the running course service (its hub token included), read as root."""
    grader_uid = pwd.getpwnam(s["grader"]).pw_uid
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if proc.stat().st_uid != grader_uid:
                continue
            pairs = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        env = dict(p.decode().split("=", 1) for p in pairs if b"=" in p)
        if env.get("JUPYTERHUB_SERVICE_NAME") == s["course"]:
            return env
    raise SystemExit("hub: the course service is not running")


def add_roster(s: dict) -> None:
    """The roster into the gradebook and the hub group nbgrader-<course>: one `nbgrader db
    student import`, as the grader, with the service's environment (its token may add members
    to that group and no other)."""
    if not s["students"]:
        return
    env = service_env(s)
    course_dir = home_of(s["grader"]) / s["course_folder"] / "exercises"
    nbgrader = str(Path(s["prefix"]) / "venv" / "bin" / "nbgrader")
    with tempfile.NamedTemporaryFile("w", suffix=".csv", prefix="roster-") as csv:
        csv.write("id\n" + "".join(f"{student}\n" for student in s["students"]))
        csv.flush()
        os.chmod(csv.name, 0o644)
        proc = run_as(
            s["grader"],
            [nbgrader, "db", "student", "import", csv.name],
            course_dir,
            env,
            check=False,
        )
    if proc.returncode != 0:
        raise SystemExit(f"hub: nbgrader db student import failed:\n{proc.stderr[-2000:]}")
    say(f"roster ({len(s['students'])}) in the gradebook and the group nbgrader-{s['course']}")


def cmd_start(ns) -> None:
    settings_file = ns.config_dir / "hub.toml"
    s = hub_settings.load(settings_file)
    if running_pid(s):
        say(f"already running (PID {running_pid(s)}); make hub-stop first")
        return
    state = Path(s["state"])
    env = {
        "PATH": f"{Path(s['prefix']) / 'venv' / 'bin'}:/usr/sbin:/usr/bin:/sbin:/bin",
        "NN_HUB_SETTINGS": str(settings_file),
        "LANG": "C.UTF-8",
        "HOME": str(state),
    }
    log = open(state / "jupyterhub.log", "ab")
    start = time.monotonic()
    proc = subprocess.Popen(
        [
            str(Path(s["prefix"]) / "venv" / "bin" / "jupyterhub"),
            "-f",
            str(ns.config_dir / "jupyterhub_config.py"),
        ],
        cwd=state,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        # a hub started from a background job would pass SIGINT on as ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    pid_file(s).write_text(f"{proc.pid}\n")
    base = f"http://127.0.0.1:{s['port']}"
    wait_for(f"{base}/hub/api/", 120, host=f"{s['domain']}:{s['port']}")
    wait_for(f"http://127.0.0.1:{s['service_port']}/services/{s['course']}/api/status", 120)
    wait_for(f"{s['handin_url']}/api/courses", 60)
    elapsed = time.monotonic() - start
    add_roster(s)
    say(
        f"JupyterHub (PID {proc.pid}) answers at {s['url']}/ after {elapsed:.1f} s; "
        f"log {state / 'jupyterhub.log'}"
    )
    say(
        f"students: {', '.join(s['students']) or '(none in the roster)'}; "
        f"log in as {s['grader']} to land in the course: {s['service_url']}/lab"
    )


def cmd_stop(ns) -> None:
    s = hub_settings.load(ns.config_dir / "hub.toml")
    pid = running_pid(s)
    if pid is None:
        say("not running")
        return
    start = time.monotonic()
    os.kill(pid, signal.SIGTERM)
    while time.monotonic() - start < 60:
        try:
            os.kill(pid, 0)
        except OSError:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        say(f"PID {pid} did not stop in 60 s: killed")
    pid_file(s).unlink(missing_ok=True)
    say(f"stopped PID {pid} in {time.monotonic() - start:.1f} s")


def cmd_status(ns) -> None:
    s = hub_settings.load(ns.config_dir / "hub.toml")
    pid = running_pid(s)
    say(f"running, PID {pid}, {s['url']}/" if pid else "not running")


def cmd_remove(ns) -> None:
    """Undo `setup` (after `stop`): what undo.txt lists, newest first, then the config folder.
    Accounts go with their homes, and with them the grader's gradebook: export grades first."""
    if not (ns.config_dir / "hub.toml").exists():
        say(f"nothing to remove: no {ns.config_dir / 'hub.toml'}")
        return
    cmd_stop(ns)
    s = hub_settings.load(ns.config_dir / "hub.toml")
    for kind, *args in reversed(recorded(s)):
        if kind == "account":
            gone = subprocess.run(["userdel", "--remove", args[0]], capture_output=True, text=True)
            if home_of(args[0]) is None:
                say(f"removed the account {args[0]} and its home")
            else:
                say(f"warning: could not remove the account {args[0]}: {gone.stderr.strip()}")
        elif kind == "home" and Path(args[0]).is_dir():
            Path(args[0]).chmod(int(args[1], 8))
            say(f"{args[0]}: back to {args[1][2:]}")
        elif kind == "folder" and Path(args[0]).exists():
            shutil.rmtree(args[0])
            say(f"removed {args[0]}")
    shutil.rmtree(ns.config_dir, ignore_errors=True)
    say(f"removed {ns.config_dir}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["setup", "start", "stop", "status", "remove"])
    parser.add_argument("--settings", type=Path, default=REPO / "deploy" / "hub" / "hub.toml")
    parser.add_argument("--config-dir", type=Path, default=DEFAULT_CONFIG_DIR)
    ns = parser.parse_args(argv)
    if os.geteuid() != 0:
        raise SystemExit(
            "hub: run as root (it makes accounts and folders, and starts servers as their users)"
        )
    commands = {"setup": cmd_setup, "start": cmd_start, "stop": cmd_stop, "status": cmd_status}
    commands["remove"] = cmd_remove
    commands[ns.command](ns)


if __name__ == "__main__":
    main()
