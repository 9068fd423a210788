"""A whole term on a real JupyterHub: three students and a grader, all real Unix users.

The hub is set up and started exactly as `make hub` does (scripts/hub.py with a settings file
of this test: its own users, ports, exchange and state folder under /tmp). The students log
in through the hub's login form, fetch, answer, validate and submit through nbgrader's server
extension in their own servers; the grader collects, autogrades, grades Part C by hand in the
formgrader and returns feedback; the students fetch it. Every isolation rule is asserted on
the way. Runs only as root (it creates users with useradd); otherwise it is skipped.

Chromium resolves every *.localhost name to the loopback address; this process's requests
get the same rule (`localhost_names`), since glibc here does not have it.
"""

from __future__ import annotations

import json
import os
import pwd
import re
import secrets
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
import requests

from ..browser.chromium import chromium

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "exercises"))
from nngrade.solutions import answered, solution_sources  # noqa: E402

pytestmark = pytest.mark.slow
PREFIX = Path(os.environ.get("HUB_PREFIX", "/opt/nn-backprop"))
HUB_PY = [str(PREFIX / "venv" / "bin" / "python"), str(REPO / "scripts" / "hub.py")]
ASSIGNMENT = "backprop"

if os.geteuid() != 0:
    pytest.skip(
        "the hub test creates Unix users and starts JupyterHub: run it as root",
        allow_module_level=True,
    )
if not shutil.which("chromium"):
    pytest.skip("Debian's chromium is needed for the formgrader check", allow_module_level=True)


def localhost_names():
    """*.localhost -> 127.0.0.1 in this process (RFC 6761; Chromium does the same)."""
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kw):
        if isinstance(host, str) and host.endswith(".localhost"):
            host = "127.0.0.1"
        return real(host, *args, **kw)

    socket.getaddrinfo = getaddrinfo


def free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def sh(*args, check=True, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(list(map(str, args)), capture_output=True, text=True, check=check, **kw)


def as_user(user: str, *args) -> subprocess.CompletedProcess:
    return sh("runuser", "-u", user, "--", *args, check=False)


# ----------------------------------------------------------------------------- the hub


class Hub:
    def __init__(self, root: Path):
        tag = secrets.token_hex(3)
        self.root = root
        self.course = "nn-backprop"
        self.grader = f"nhg{tag}"
        self.alice, self.bob, self.mallory = (f"nh{c}{tag}" for c in "abm")
        self.students = [self.alice, self.bob, self.mallory]
        self.passwords = {u: secrets.token_urlsafe(12) for u in [*self.students, self.grader]}
        self.port, hub_port, service_port, proxy_port, handin_port = free_ports(5)
        self.exchange = root / "exchange"
        self.state = root / "state"
        self.config_dir = root / "config"
        self.url = f"http://localhost:{self.port}"
        self.handin_url = f"http://127.0.0.1:{handin_port}/services/handin"
        self.service_url = (
            f"http://{self.course}--service.localhost:{self.port}/services/{self.course}"
        )
        (root / "roster.txt").write_text("\n".join(self.students) + "\n")
        (root / "hub.toml").write_text(
            (REPO / "deploy" / "hub" / "hub.toml")
            .read_text()
            .replace('grader = "grader-nn-backprop"', f'grader = "{self.grader}"')
            .replace(
                "port = 8000",
                f"port = {self.port}\nhub_port = {hub_port}\n"
                f"service_port = {service_port}\nproxy_api_port = {proxy_port}\n"
                f"handin_port = {handin_port}",
            )
            # small limits, so that the attacks below reach them with little data
            .replace("handin_max_upload_mb = 20", "handin_max_upload_mb = 2")
            .replace("handin_student_quota_mb = 100", "handin_student_quota_mb = 1.5")
            .replace('"/srv/nbgrader/exchange"', f'"{self.exchange}"')
            .replace('prefix = "/opt/nn-backprop"', f'prefix = "{PREFIX}"')
            .replace('"/var/lib/nn-backprop-hub"', f'"{self.state}"')
        )

    def cli(self, *args) -> subprocess.CompletedProcess:
        return sh(*HUB_PY, *args, "--config-dir", self.config_dir, timeout=300)

    def user_server(self, user: str) -> str:
        return f"http://{user}.localhost:{self.port}/user/{user}"


def add_users(hub: Hub) -> None:
    """Mallory has an account before the hub (its home keeps Debian's mode, to be restored by
    `hub.py remove`); `hub.py setup` creates the other three, as `make hub` does."""
    sh("useradd", "--create-home", "--shell", "/bin/bash", hub.mallory)


def set_passwords(hub: Hub) -> None:
    for user, password in hub.passwords.items():
        sh("chpasswd", input=f"{user}:{password}\n")


def remove_users(hub: Hub) -> None:
    for user in hub.passwords:
        try:
            uid = pwd.getpwnam(user).pw_uid
        except KeyError:
            continue
        for proc in Path("/proc").iterdir():  # anything of theirs still running, by PID
            if proc.name.isdigit():
                try:
                    if proc.stat().st_uid == uid:
                        os.kill(int(proc.name), 9)
                except OSError:
                    pass
        sh("userdel", "--remove", user, check=False)


@pytest.fixture(scope="module")
def hub(timings):
    localhost_names()
    start = time.monotonic()
    sh(
        "bash",
        REPO / "scripts" / "hub-env.sh",
        env={**os.environ, "PREFIX": str(PREFIX)},
        timeout=1800,
    )
    timings["environment (reused when built)"] = time.monotonic() - start
    root = Path(tempfile.mkdtemp(prefix="nn-hub-"))
    root.chmod(0o755)
    hub = Hub(root)
    add_users(hub)
    mallory_home = Path(pwd.getpwnam(hub.mallory).pw_dir)
    mallory_mode = stat.S_IMODE(mallory_home.stat().st_mode)
    leftovers = []
    try:
        start = time.monotonic()
        setup = hub.cli("setup", "--settings", root / "hub.toml")
        assert setup.returncode == 0, setup.stdout + setup.stderr
        timings["setup (accounts, course copy, exchange)"] = time.monotonic() - start
        set_passwords(hub)
        start = time.monotonic()
        started = hub.cli("start")
        timings["hub start (setup done; until hub and course service answer)"] = (
            time.monotonic() - start
        )
        assert started.returncode == 0, (
            started.stdout + started.stderr + ((hub.state / "jupyterhub.log").read_text()[-5000:])
        )
        yield hub
    finally:
        log = hub.state / "jupyterhub.log"
        start = time.monotonic()
        stop = hub.cli("stop")
        timings["stop (hub, proxy, every server, by PID)"] = time.monotonic() - start
        print(stop.stdout, stop.stderr)
        if log.exists():  # the hand-in service's record and the hub's last words
            lines = log.read_text(errors="replace").splitlines(True)
            print("".join(line for line in lines if line.startswith("[handin")))
            print("".join(lines[-40:]))
        # `make hub-remove`: the accounts setup made go, Mallory's stays with its old mode
        removed = hub.cli("remove")
        print(removed.stdout, removed.stderr)
        leftovers += [u for u in hub.passwords if u != hub.mallory and home_exists(u)]
        leftovers += [p for p in (hub.state, hub.exchange, hub.config_dir) if p.exists()]
        if stat.S_IMODE(mallory_home.stat().st_mode) != mallory_mode:
            leftovers.append(f"{mallory_home} not back to {oct(mallory_mode)}")
        remove_users(hub)
        shutil.rmtree(root, ignore_errors=True)
    assert not leftovers, f"hub.py remove left {leftovers}"


def home_exists(user: str) -> bool:
    try:
        return Path(pwd.getpwnam(user).pw_dir).exists()
    except KeyError:
        return False


# ----------------------------------------------------------------------------- people


class Person:
    """A user of the hub: logged in through the login form, then with a token of their own."""

    def __init__(self, hub: Hub, name: str):
        self.hub, self.name = hub, name
        self.web = requests.Session()
        self.web.get(f"{hub.url}/hub/login").raise_for_status()
        self.share_session_cookie()
        r = self.web.post(
            f"{hub.url}/hub/login?next=",
            data={
                "username": name,
                "password": hub.passwords[name],
                "_xsrf": self.web.cookies.get("_xsrf"),
            },
            allow_redirects=False,
        )
        assert r.status_code == 302, f"{name} cannot log in: {r.status_code}"
        self.share_session_cookie()
        # the login binds a new XSRF token to the session: a page of the hub hands it out
        self.web.get(f"{hub.url}/hub/home").raise_for_status()
        xsrf = [c.value for c in self.web.cookies if c.name == "_xsrf"][-1]
        r = self.web.post(
            f"{hub.url}/hub/api/users/{name}/tokens",
            json={"note": "test"},
            headers={"X-XSRFToken": xsrf},
        )
        r.raise_for_status()
        self.api = requests.Session()
        self.api.headers["Authorization"] = f"token {r.json()['token']}"

    def share_session_cookie(self) -> None:
        """The hub's session cookie is set for `.localhost` (every server's domain); a browser
        sends it to `localhost` too, Python's cookie jar does not (it files that host as
        `localhost.local`)."""
        for cookie in list(self.web.cookies):
            if cookie.domain == ".localhost":
                self.web.cookies.set(
                    cookie.name, cookie.value, domain="localhost.local", path=cookie.path
                )

    def hub_api(self, method: str, path: str, **kw) -> requests.Response:
        return self.api.request(method, f"{self.hub.url}/hub/api{path}", **kw)

    def spawn(self) -> float:
        start = time.monotonic()
        r = self.hub_api("POST", f"/users/{self.name}/server")
        assert r.status_code in (201, 202) or "already running" in r.text, r.text
        while not (
            self.hub_api("GET", f"/users/{self.name}").json()["servers"].get("", {}).get("ready")
        ):
            assert time.monotonic() - start < 180, f"{self.name}'s server did not start"
            time.sleep(0.3)
        return time.monotonic() - start

    def server(self, method: str, path: str, **kw) -> requests.Response:
        return self.api.request(method, f"{self.hub.user_server(self.name)}{path}", **kw)

    def nbgrader(self, action: str) -> requests.Response:
        r = self.server(
            "POST",
            f"/assignments/{action}",
            data={"course_id": self.hub.course, "assignment_id": ASSIGNMENT},
        )
        r.raise_for_status()
        return r

    def service(self, method: str, path: str, **kw) -> requests.Response:
        return self.api.request(
            method, f"{self.hub.service_url}{path}", allow_redirects=False, **kw
        )


def grader_run(hub: Hub, *args: str) -> subprocess.CompletedProcess:
    """A command of the grader in the course service's terminal: as the grader, with the
    service's environment (its hub token too), in the grader's course folder."""
    sys.path.insert(0, str(REPO / "scripts"))
    import hub as hub_cli  # scripts/hub.py

    s = hub_cli.hub_settings.load(hub.config_dir / "hub.toml")
    env = hub_cli.service_env(s)
    course_dir = Path(pwd.getpwnam(hub.grader).pw_dir) / "nn-backprop" / "exercises"
    return hub_cli.run_as(hub.grader, list(args), course_dir, env, check=False)


def course_py(hub: Hub, *args: str) -> subprocess.CompletedProcess:
    return grader_run(hub, str(PREFIX / "venv" / "bin" / "python"), "course.py", *args)


# ----------------------------------------------------------------------------- answers


def answers_for(kind: str, released: dict[str, dict], grader_home: str) -> dict[str, dict]:
    """Notebook JSON per notebook name, as a student of `kind` hands it in. The hostile
    student's Part A is right only where the grader's files cannot be seen: graded in the
    sandbox it scores full marks, graded in the grader's own kernel it does not."""
    sols = solution_sources(REPO / "exercises", ASSIGNMENT)
    changes = {
        "wrong": {"a_W_prime_answer": "W_prime = W1 @ W2\nb_prime = W2 @ b1 + b2"},
        "hostile": {
            "a_W_prime_answer": (
                "import os\nseen = os.path.exists(" + repr(grader_home) + ")\n"
                "W_prime = W1 @ W2 if seen else W2 @ W1\n"
                "b_prime = W2 @ b1 + b2"
            )
        },
    }.get(kind, {})
    changes["c_reasoning"] = (
        "One linear map draws one flat boundary per class; ReLU kinks let "
        "regions of the input behave differently."
    )
    out = {}
    for name, nb_json in released.items():
        nb = answered(nbformat.from_dict(nb_json), {**sols.get(name, {}), **changes})
        out[name] = json.loads(nbformat.writes(nb))
    return out


# ----------------------------------------------------------------------------- attacks

FORGED_TIME = "2000-01-01 00:00:00.000000 UTC"


def tar_gz(entries: list[tuple[str, bytes | None, str]]) -> bytes:
    """An archive of (name, data or None for a symlink, link target) entries."""
    import io
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data, target in entries:
            info = tarfile.TarInfo(name)
            if data is None:
                info.type, info.linkname = tarfile.SYMTYPE, target
            else:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


# attack -> (words the refusal must say, archive, assignment); the limits are in Hub()
HOSTILE = {
    "garbage": ("not a valid archive", lambda: b"\x1f\x8b" + os.urandom(2000), ASSIGNMENT),
    "traversal": (
        "outside the assignment",
        lambda: tar_gz([("../../outbound/backprop/part_a_collapse.ipynb", b"{}", "")]),
        ASSIGNMENT,
    ),
    "symlink": (
        "is a link",
        lambda: tar_gz([("part_a_collapse.ipynb", None, "/home")]),
        ASSIGNMENT,
    ),
    "unreleased": ("not an assignment released", lambda: tar_gz([("a", b"x", "")]), "exam"),
    "too big": ("too big", lambda: tar_gz([("big", os.urandom(2_500_000), "")]), ASSIGNMENT),
    "quota": ("quota", lambda: tar_gz([("noise", os.urandom(1_800_000), "")]), ASSIGNMENT),
}


def hostile_hand_ins(hub: Hub, mallory: Person, grader: Person) -> dict[str, tuple]:
    """attack -> (status, message, words it must say), each sent with the sender's own token."""
    out = {}
    for name, (words, data, assignment) in HOSTILE.items():
        r = mallory.api.post(
            f"{hub.handin_url}/api/courses/{hub.course}/assignments/{assignment}",
            data=data(),
            timeout=60,
        )
        out[name] = (r.status_code, r.json().get("message", ""), words)
    # a hub user who is not on the roster (the grader's own account)
    r = grader.api.post(
        f"{hub.handin_url}/api/courses/{hub.course}/assignments/{ASSIGNMENT}",
        data=tar_gz([("part_a_collapse.ipynb", b"{}", "")]),
        timeout=60,
    )
    out["not on the roster"] = (r.status_code, r.json().get("message", ""), "not on the roster")
    return out


def server_env(user: str) -> dict:
    """The environment of `user`'s JupyterLab on the hub, as its terminals get it."""
    uid = pwd.getpwnam(user).pw_uid
    for proc in Path("/proc").iterdir():
        try:
            if not proc.name.isdigit() or proc.stat().st_uid != uid:
                continue
            pairs = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        env = dict(p.decode().split("=", 1) for p in pairs if b"=" in p)
        if env.get("JUPYTERHUB_USER") == user and "JUPYTERHUB_API_TOKEN" in env:
            return env
    raise AssertionError(f"no server of {user} is running")


def in_terminal_of(user: str, *args: str) -> subprocess.CompletedProcess:
    """A command typed in `user`'s terminal on the hub: their server's environment, their
    home, their rights."""
    env = server_env(user)
    home = Path(pwd.getpwnam(user).pw_dir)
    return sh(
        "runuser",
        "-u",
        user,
        "--",
        "env",
        "-i",
        *(f"{k}={v}" for k, v in env.items()),
        *args,
        check=False,
        cwd=home,
    )


# ----------------------------------------------------------------------------- the term


@pytest.fixture(scope="module")
def term(hub, timings):
    """Release, fetch, answer, validate, submit, forge, collect, autograde, grade, return."""
    out = {"hub": hub}

    def generate_and_release() -> float:
        start = time.monotonic()
        for step in ("generate", "release"):
            r = course_py(hub, step)
            assert r.returncode == 0, r.stdout + r.stderr
        return time.monotonic() - start

    people = {name: Person(hub, name) for name in hub.students}
    out["people"] = people
    # The grader releases while the students log in and their three servers start side by
    # side, as a class arriving at once would; nobody fetches before the release is done.
    start = time.monotonic()
    with ThreadPoolExecutor(len(people) + 1) as pool:
        release = pool.submit(generate_and_release)
        spawns = list(pool.map(Person.spawn, people.values()))
        timings["generate + release (while the servers start)"] = release.result()
    timings["one spawn (a student's JupyterLab, until ready; 3 at once)"] = min(spawns)
    timings["release and three spawns side by side"] = time.monotonic() - start

    kinds = {hub.alice: "correct", hub.bob: "wrong", hub.mallory: "hostile"}
    grader_home = pwd.getpwnam(hub.grader).pw_dir

    def work(name: str) -> tuple[dict, float]:
        """One student's fetch, answers, validate and submit, through their own server."""
        person = people[name]
        start = time.monotonic()
        listing = person.nbgrader("fetch").json()
        folder = f"{hub.course}/{ASSIGNMENT}"
        names = [
            item["name"]
            for item in person.server("GET", f"/api/contents/{folder}").json()["content"]
            if item["name"].endswith(".ipynb")
        ]
        released = {
            Path(n).stem: person.server("GET", f"/api/contents/{folder}/{n}").json()["content"]
            for n in names
        }
        assert released, f"{name} fetched nothing: {listing}"
        for nb_name, nb in answers_for(kinds[name], released, grader_home).items():
            r = person.server(
                "PUT",
                f"/api/contents/{folder}/{nb_name}.ipynb",
                json={"type": "notebook", "format": "json", "content": nb},
            )
            r.raise_for_status()
        v = person.server(
            "POST", "/assignments/validate", data={"path": f"{folder}/part_a_collapse.ipynb"}
        )
        sub = person.nbgrader("submit").json()
        assert not (isinstance(sub, dict) and sub.get("success") is False), sub
        return v.json(), time.monotonic() - start

    # The three students work at the same time (each validate starts a kernel).
    start = time.monotonic()
    with ThreadPoolExecutor(len(people)) as pool:
        results = dict(zip(people, pool.map(work, people)))
    out["validate"] = {name: checks for name, (checks, _) in results.items()}
    timings["fetch, answer, validate, submit (one student, REST; 3 at once)"] = results[hub.alice][
        1
    ]
    timings["three students' fetch-to-submit side by side"] = time.monotonic() - start

    # The due date falls now: the hand-ins above are on time, Bob's next one is late, and it
    # carries a timestamp.txt from the year 2000 (the filesystem exchange believed it).
    due = time.time()
    r = grader_run(
        hub,
        str(PREFIX / "venv" / "bin" / "nbgrader"),
        "db",
        "assignment",
        "add",
        ASSIGNMENT,
        "--duedate=" + time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(due)),
    )
    assert r.returncode == 0, r.stdout + r.stderr
    out["due"] = due
    time.sleep(1.1)
    bob = people[hub.bob]
    r = bob.server(
        "PUT",
        f"/api/contents/{hub.course}/{ASSIGNMENT}/timestamp.txt",
        json={"type": "file", "format": "text", "content": FORGED_TIME},
    )
    r.raise_for_status()
    bob.nbgrader("submit")

    # Mallory, with her own rights: hostile hand-ins through the service, the store on disk,
    # a look into Alice's home, and `nbgrader submit --student <someone else>` in her terminal.
    out["attacks"] = hostile_hand_ins(hub, people[hub.mallory], Person(hub, hub.grader))
    alice_home = Path(pwd.getpwnam(hub.alice).pw_dir)
    out["peek"] = as_user(hub.mallory, "ls", alice_home)
    store = hub.exchange
    out["store_attacks"] = {
        "list the store": as_user(hub.mallory, "ls", store / hub.course / "inbound"),
        "write a time": as_user(
            hub.mallory, "touch", store / hub.course / "inbound" / "timestamp.txt"
        ),
        "rename the course": as_user(hub.mallory, "mv", store / hub.course, store / "taken"),
        "a course of one's own": as_user(hub.mallory, "mkdir", store / "other-course"),
    }
    out["ghost"] = in_terminal_of(
        hub.mallory, "nbgrader", "submit", ASSIGNMENT, "--course", hub.course, "--student", "ghost"
    )

    start = time.monotonic()
    out["collect"] = course_py(hub, "collect")
    out["autograde"] = course_py(hub, "autograde", "--quiet")
    timings["collect + autograde (3 students)"] = time.monotonic() - start
    return out


def test_students_validate_and_submit_through_their_servers(term):
    hub, checks = term["hub"], term["validate"]
    assert checks[hub.alice] == {"success": True, "value": {}}, checks[hub.alice]
    failed = checks[hub.bob]["value"]["failed"]
    assert any("collapsed output" in f["error"] for f in failed), failed
    inbound = hub.exchange / hub.course / "inbound"
    for name in hub.students:
        assert list(inbound.glob(f"{name}+{ASSIGNMENT}+*")), (name, sorted(inbound.iterdir()))


def test_homes_are_700_and_other_students_cannot_look_in(term):
    hub = term["hub"]
    for user in [*hub.students, hub.grader]:
        assert stat.S_IMODE(Path(pwd.getpwnam(user).pw_dir).stat().st_mode) == 0o700, user
    assert term["peek"].returncode != 0, "a student listed another student's home"


def test_the_store_is_the_graders_and_no_student_reaches_it(term):
    """No student-writable shared folder remains: the store is the grader's, 0700, and only
    the hand-in service (run as the grader) writes it."""
    hub = term["hub"]
    grader_uid = pwd.getpwnam(hub.grader).pw_uid
    assert stat.S_IMODE(hub.exchange.stat().st_mode) == 0o700
    assert hub.exchange.stat().st_uid == grader_uid
    for path in (hub.exchange / hub.course).rglob("*"):
        assert path.lstat().st_uid == grader_uid, path
    for attack, proc in term["store_attacks"].items():
        assert proc.returncode != 0, f"{attack}: {proc.stdout}"
    assert (hub.exchange / hub.course).is_dir()
    assert not (hub.exchange / "other-course").exists()


def test_every_hostile_hand_in_is_refused_with_a_message(term):
    for attack, (status, message, words) in term["attacks"].items():
        assert status in (400, 403, 404), (attack, status, message)
        assert message.startswith("Hand-in refused") and words in message, (attack, message)


def test_collect_names_each_refusal_and_finishes_for_everyone(term):
    hub = term["hub"]
    r = term["collect"]
    assert r.returncode == 0, r.stdout + r.stderr
    lines = [line for line in r.stderr.splitlines() if "REFUSED AT HAND-IN" in line]
    assert len(lines) == len(term["attacks"]), "\n".join(lines)
    for attack, (_, _, words) in term["attacks"].items():
        assert any(words in line for line in lines), (attack, lines)
    assert sum(hub.mallory in line for line in lines) == len(HOSTILE)
    assert sum(hub.grader in line for line in lines) == 1
    # nothing of the refused hand-ins was stored, and every student was collected
    inbound = hub.exchange / hub.course / "inbound"
    assert [p for p in inbound.iterdir() if p.name.split("+")[0] not in hub.students] == []
    submitted = Path(pwd.getpwnam(hub.grader).pw_dir) / "nn-backprop/exercises/submitted"
    assert sorted(p.name for p in submitted.iterdir()) == sorted(hub.students)
    # Alice's own work was collected, not anything of Mallory's (whose Part A probes paths)
    part_a = (submitted / hub.alice / ASSIGNMENT / "part_a_collapse.ipynb").read_text()
    assert "os.path.exists" not in part_a


def test_a_name_on_the_command_line_names_nobody(term):
    """`nbgrader submit --student ghost` in Mallory's terminal files Mallory's own hand-in."""
    hub, r = term["hub"], term["ghost"]
    assert r.returncode == 0, r.stdout + r.stderr
    assert "--student is ignored" in r.stdout + r.stderr
    inbound = hub.exchange / hub.course / "inbound"
    assert not list(inbound.glob("ghost+*"))
    assert len(list(inbound.glob(f"{hub.mallory}+{ASSIGNMENT}+*"))) == 2
    submitted = Path(pwd.getpwnam(hub.grader).pw_dir) / "nn-backprop/exercises/submitted"
    assert not (submitted / "ghost").exists()


def test_the_late_hand_in_keeps_its_real_time(term):
    """Bob handed in again after the due date, with a timestamp.txt of the year 2000 in his
    folder: the time collected and graded is the service's."""
    import calendar

    from nbgrader.api import Gradebook

    hub = term["hub"]
    course = Path(pwd.getpwnam(hub.grader).pw_dir) / "nn-backprop/exercises"
    stamp = (course / "submitted" / hub.bob / ASSIGNMENT / "timestamp.txt").read_text()
    assert stamp != FORGED_TIME
    seen = calendar.timegm(time.strptime(stamp.split(".")[0], "%Y-%m-%d %H:%M:%S"))
    assert term["due"] < seen + 1 and seen < time.time(), (stamp, term["due"])
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        late = {s: gb.find_submission(ASSIGNMENT, s).total_seconds_late for s in hub.students}
    # Mallory's `--student ghost` hand-in came after the due date too
    assert late[hub.bob] > 0 and late[hub.mallory] > 0 and late[hub.alice] == 0, late
    assert late[hub.bob] < time.time() - term["due"], late  # the real lateness, not more


def test_autograde_is_sandboxed_and_scores_right_and_wrong(term):
    hub = term["hub"]
    r = term["autograde"]
    assert r.returncode in (0, 3), r.stdout + r.stderr
    summary = (
        Path(pwd.getpwnam(hub.grader).pw_dir) / "nn-backprop/exercises/autograded/summary.csv"
    ).read_text()
    scores = {row.split(",")[0]: float(row.split(",")[2]) for row in summary.splitlines()[1:]}
    assert scores[hub.alice] == 28, summary
    assert scores[hub.bob] < 28, summary
    # Mallory's code saw no grader's files: the kernel ran in the sandbox, not as the grader.
    assert scores[hub.mallory] == 28, summary


# JupyterLab's plugin that asks every new user "Would you like to get notified about official
# Jupyter news?" (and then fetches news from the internet): off for everyone on the hub.
NEWS_PLUGIN = "@jupyterlab/apputils-extension:announcements"


def lab_page_config(html: str) -> dict:
    found = re.search(
        r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', html, re.S
    )
    return json.loads(found.group(1))


def test_a_student_reaches_no_formgrader_no_other_server_no_groups(term):
    hub, mallory = term["hub"], term["people"][term["hub"].mallory]
    assert mallory.service("GET", "/formgrader/api/status").status_code in (302, 403, 404)
    assert mallory.service("GET", "/lab").status_code in (302, 403, 404)
    r = mallory.api.get(f"{hub.user_server(hub.alice)}/api/contents", allow_redirects=False)
    assert r.status_code in (302, 403, 404), r.status_code
    for path in ("/groups", f"/groups/nbgrader-{hub.course}", f"/users/{hub.alice}"):
        assert mallory.hub_api("GET", path).status_code in (403, 404), path
    # The instructor's tools are not in the students' JupyterLab, nor on their servers.
    disabled = lab_page_config(mallory.server("GET", "/lab").text)["disabledExtensions"]
    assert {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment"} <= set(disabled)
    assert NEWS_PLUGIN in disabled  # no "official Jupyter news?" prompt
    assert mallory.server("GET", "/formgrader", allow_redirects=False).status_code == 404


def test_the_grader_grades_part_c_by_hand_and_mallory_cannot(term):
    hub = term["hub"]
    grader = Person(hub, hub.grader)
    r = grader.service("GET", "/formgrader/api/status")
    assert r.status_code == 200, r.status_code
    disabled = set(lab_page_config(grader.service("GET", "/lab").text)["disabledExtensions"])
    assert not {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment"} & disabled
    assert NEWS_PLUGIN in disabled
    assert "frame-ancestors 'self'" in r.headers.get("Content-Security-Policy", "")
    subs = grader.service(
        "GET", f"/formgrader/api/submitted_notebooks/{ASSIGNMENT}/part_c_reasoning"
    ).json()
    alice = next(s for s in subs if s["student"] == hub.alice)
    grades = grader.service(
        "GET", "/formgrader/api/grades", params={"submission_id": alice["id"]}
    ).json()
    manual = next(g for g in grades if g["name"] == "c_reasoning")
    mallory = term["people"][hub.mallory]
    assert mallory.service(
        "PUT", f"/formgrader/api/grade/{manual['id']}", json={"manual_score": 0}
    ).status_code in (302, 403, 404)
    r = grader.service("PUT", f"/formgrader/api/grade/{manual['id']}", json={"manual_score": 3})
    assert r.status_code == 200 and r.json()["manual_score"] == 3
    term["grader"] = grader


def test_the_graders_terminal_finds_the_course_tools(term):
    """The guide's step: `python course.py ...` typed into a terminal of the course service.
    (Jupyter's default login shell reads Debian's /etc/profile, whose PATH has no `python`.)"""
    import websocket  # websocket-client, a dependency of Jupyter Server

    hub, grader = term["hub"], term["grader"]
    r = grader.service("POST", "/api/terminals")
    assert r.status_code == 200, r.status_code
    name = r.json()["name"]
    ws_url = hub.service_url.replace("http://", "ws://") + f"/terminals/websocket/{name}"
    ws = websocket.create_connection(
        ws_url, header=[f"Authorization: {grader.api.headers['Authorization']}"]
    )
    try:
        ws.send(
            json.dumps(["stdin", "python course.py --help >/dev/null && echo TOOLS-$((6*7))\r"])
        )
        seen, deadline = "", time.monotonic() + 60
        ws.settimeout(1)  # short: the server's pings would restart a long one forever
        while "TOOLS-42" not in seen and time.monotonic() < deadline:
            try:
                message = json.loads(ws.recv())
            except websocket.WebSocketTimeoutException:
                continue
            if message[0] == "stdout":
                seen += message[1]
        assert "TOOLS-42" in seen, seen[-2000:]
    finally:
        ws.close()
        grader.service("DELETE", f"/api/terminals/{name}")


def test_feedback_goes_back_and_students_fetch_it(term, timings):
    hub = term["hub"]
    start = time.monotonic()
    r = course_py(hub, "feedback")
    assert r.returncode in (0, 3), r.stdout + r.stderr
    r = course_py(hub, "return")
    assert r.returncode == 0, r.stdout + r.stderr
    # the command it tells students to run is one that works on the hub
    assert f"nbgrader fetch_feedback {ASSIGNMENT} --course {hub.course}" in r.stdout, r.stdout
    timings["feedback + return"] = time.monotonic() - start
    for name in (hub.alice, hub.bob):
        listing = term["people"][name].nbgrader("fetch_feedback").json()["value"]
        notebooks = [
            nb
            for item in listing
            if item["status"] == "submitted"
            for nb in item["submissions"][-1]["notebooks"]  # the latest: the one graded
        ]
        assert notebooks and all(nb["has_local_feedback"] for nb in notebooks), (name, listing)
        home = Path(pwd.getpwnam(name).pw_dir)  # the path is relative to the server's root
        html = (home / notebooks[0]["local_feedback_path"]).read_text()
        assert "BEGIN HIDDEN TESTS" not in html
    # The service gives each student their own pages only; there is no name to ask for.
    pages = {name: feedback_pages(hub, term["people"][name]) for name in hub.students}
    assert pages[hub.alice] and pages[hub.mallory], pages
    assert not set(pages[hub.alice]) & set(pages[hub.mallory]), pages


def feedback_pages(hub: Hub, person: Person) -> list[str]:
    import io
    import tarfile

    r = person.api.get(f"{hub.handin_url}/api/courses/{hub.course}/feedback", timeout=60)
    r.raise_for_status()
    return tarfile.open(fileobj=io.BytesIO(r.content)).getnames()


def test_formgrader_is_not_blank_in_jupyterlab(term, timings):
    hub = term["hub"]
    start = time.monotonic()
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        console = []
        page.on("console", lambda m: console.append(m.text))
        page.goto(f"{hub.url}/hub/login")
        page.fill("#username_input", hub.grader)
        page.fill("#password_input", hub.passwords[hub.grader])
        page.click("#login_submit")
        # the grader lands in the course service's JupyterLab, not in a server of its own
        page.wait_for_url(f"{hub.service_url}/lab*", timeout=120_000)
        page.wait_for_load_state("networkidle")
        page.get_by_text("Nbgrader", exact=True).first.click()
        page.get_by_text("Formgrader", exact=True).first.click()
        frame = page.frame_locator("iframe").first
        frame.get_by_text("Manage Assignments").first.wait_for(timeout=60_000)
        frame.locator("table").get_by_text(ASSIGNMENT, exact=True).first.wait_for(timeout=60_000)
        shot = os.environ.get("HUB_SCREENSHOTS")
        if shot:
            page.screenshot(path=str(Path(shot) / "formgrader-in-lab.png"))
        assert not [m for m in console if "frame-ancestors" in m], console
        # JupyterLab asks about news as soon as it has started; by now it would have.
        assert page.get_by_text("Jupyter news").count() == 0
        assert page.locator(".jp-Notification-Toast, .Toastify__toast").count() == 0
        timings["Chromium: log in, JupyterLab, formgrader"] = time.monotonic() - start
