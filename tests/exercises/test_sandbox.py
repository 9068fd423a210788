"""The grading sandbox (exercises/nngrade/sandbox.py), case by case, with real bubblewrap.

Each case runs a small Python program in a fresh box and checks what it could do. They run
as whoever runs the tests; as root, `test_every_case_also_holds_for_an_unprivileged_grader`
runs this whole file again as an unprivileged uid (the setting of a grader on a hub).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from nngrade import sandbox

REPO = Path(__file__).resolve().parents[2]
SYSTEM_TOP_LEVEL = {
    "usr",
    "lib",
    "lib64",
    "lib32",
    "bin",
    "sbin",
    "etc",
    "proc",
    "dev",
    "tmp",
    "home",
    "run",
    "root",
    "opt",
    "srv",
}


def checkout_top_level() -> set[str]:
    """The first folder of each path the sandbox binds for Python: the checkout and its
    environment live wherever the instructor cloned them (``/work``, ``/check``, ``/home``)."""
    return {Path(p).resolve().parts[1] for p in (REPO, sys.prefix, sys.base_prefix)}


SECRETS = [
    REPO / "exercises" / "backprop" / "key.py",
    REPO / "exercises" / "nbgrader_config.py",
    REPO / ".git" / "HEAD",
    REPO / "exercises" / "source",
    REPO / "README.md",
    Path("/etc/passwd"),
    Path("/etc/shadow"),
    Path("/var/lib"),
    Path("/run/nngrade-uids"),
]


def box(code: str, *, workdir=None, limits=None, timeout=60, env=None):
    """Run `code` with the environment's Python in a fresh box; stdout parsed as JSON lines."""
    old = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    try:
        proc = sandbox.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            workdir=workdir,
            packages=sandbox.PACKAGES,
            limits=limits,
            timeout=timeout,
        )
    finally:
        for k, v in old.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)
    out, err = proc.stdout.decode(errors="replace"), proc.stderr.decode(errors="replace")
    return proc.returncode, out, err


def result(code: str, **kw):
    rc, out, err = box(code, **kw)
    assert out.strip(), (rc, err[-2000:])
    return json.loads(out.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------- the table
# (name, program printing one JSON value, check on that value)
CASES = [
    (
        "no file of the course, the checkout, .git or any home is visible",
        f"""
     import json, os
     print(json.dumps({{p: os.path.exists(p) for p in {[str(p) for p in SECRETS]!r}}}))
     """,
        lambda seen: not any(seen.values()),
    ),
    (
        "homes hold nothing but the student's tmpfs and the interpreter's path",
        """
     import json, os
     out = {}
     for top in ("/home", "/root"):
         for d, dirs, files in os.walk(top):
             if "site-packages" in d or "/lib/python" in d:
                 dirs[:] = []
                 continue
             out[d] = sorted(dirs + files)
     print(json.dumps(out))
     """,
        lambda tree: (
            set(tree.get("/home", [])) <= {"student"}
            and set(tree.get("/root", [])) <= {".pyenv"}
            and not tree.get("/home/student")
        ),
    ),
    (
        "the root holds only what Python needs",
        """
     import json, os
     print(json.dumps(sorted(os.listdir("/"))))
     """,
        lambda names: set(names) <= SYSTEM_TOP_LEVEL | checkout_top_level(),
    ),
    (
        "the environment is clean (no NBGRADER_EXECUTION, no grader secrets)",
        """
     import json, os
     print(json.dumps(sorted(os.environ)))
     """,
        lambda names: (
            "NBGRADER_EXECUTION" not in names
            and "NNGRADE_TEST_SECRET" not in names
            and "JPY_PARENT_PID" not in names
        ),
    ),
    (
        "its /proc shows only its own processes",
        """
     import json, os
     print(json.dumps([int(p) for p in os.listdir("/proc") if p.isdigit()]))
     """,
        lambda pids: len(pids) <= 4 and max(pids) < 10,
    ),
    (
        "it cannot signal anything outside",
        f"""
     import json, os
     out = []
     for pid in (1, {os.getpid()}):
         try:
             os.kill(pid, 0)
             out.append("alive")
         except OSError as exc:
             out.append(type(exc).__name__)
     print(json.dumps(out))
     """,
        lambda out: out[1] == "ProcessLookupError",
    ),
    (
        "no network: no route out, no host loopback service",
        """
     import json, socket
     out = []
     for addr in [("1.1.1.1", 53), ("127.0.0.1", PORT)]:
         s = socket.socket()
         s.settimeout(2)
         try:
             s.connect(addr)
             out.append("connected")
         except OSError as exc:
             out.append(type(exc).__name__)
     print(json.dumps(out))
     """,
        lambda out: "connected" not in out,
    ),
    (
        "the environment and the system are read-only",
        f"""
     import json, sys
     out = []
     for path in [sys.prefix + "/planted.py", "/usr/planted", "/planted",
                  "{REPO}/nnlib/planted.py"]:
         try:
             open(path, "w").write("x")
             out.append("written " + path)
         except OSError as exc:
             out.append(type(exc).__name__)
     print(json.dumps(out))
     """,
        lambda out: not any(o.startswith("written") for o in out),
    ),
    (
        "/tmp is its own and capped",
        """
     import json, os
     try:
         with open("/tmp/fill", "wb") as fh:
             for _ in range(200):
                 fh.write(b"x" * 2**20)
         out = "filled"
     except OSError as exc:
         out = type(exc).__name__
     print(json.dumps([out, os.path.getsize("/tmp/fill") // 2**20]))
     """,
        lambda out: out[0] == "OSError" and out[1] <= 64,
    ),
    (
        "/dev/shm is its own and capped",
        """
     import json, os
     try:
         with open("/dev/shm/fill", "wb") as fh:
             for _ in range(100):
                 fh.write(b"x" * 2**20)
         out = "filled"
     except OSError as exc:
         out = type(exc).__name__
     print(json.dumps([out, os.path.getsize("/dev/shm/fill") // 2**20]))
     """,
        lambda out: out[0] == "OSError" and out[1] <= 16,
    ),
    (
        "its working folder is capped too",
        """
     import json, os
     n = 0
     try:
         for i in range(100):
             with open(f"f{i}", "wb") as fh:
                 fh.write(b"x" * 2**20)
             n += 1
     except OSError as exc:
         pass
     print(json.dumps(n))
     """,
        lambda n: n <= 64,
    ),
    (
        "the process limit stops a fork bomb",
        """
     import json, os, time
     kids = 0
     try:
         for _ in range(1000):
             if os.fork() == 0:
                 time.sleep(30)
                 os._exit(0)
             kids += 1
     except OSError:
         pass
     print(json.dumps(kids))
     """,
        lambda kids: kids < 64,
    ),
    (
        "the memory limit stops a hog",
        """
     import json
     try:
         hog = bytearray(8 * 2**30)
         out = "allocated"
     except MemoryError:
         out = "MemoryError"
     print(json.dumps(out))
     """,
        lambda out: out == "MemoryError",
    ),
    (
        "it runs what the notebooks import: numpy, matplotlib, ipywidgets, ipykernel",
        """
     import json, numpy, matplotlib.pyplot, ipywidgets, ipykernel
     print(json.dumps(numpy.__version__))
     """,
        lambda v: bool(v),
    ),
    (
        "nnlib, nngrade and the key are absent, by any name, and their source unreadable",
        f"""
     import glob, importlib, json, os, sys
     got = []
     for name in ["nn" + "lib", bytes.fromhex("6e6e6772616465").decode(), "key", "nnlib.collapse"]:
         try:
             importlib.import_module(name)
             got.append(name)
         except ImportError:
             pass
     files = glob.glob(sys.prefix + "/lib/python3*/site-packages/nn*/*.py")
     files += ["{REPO}/nnlib/collapse.py", "{REPO}/exercises/backprop/key.py"]
     for path in files:
         try:
             if "def " in open(path).read():
                 got.append(path)
         except OSError:
             pass
     print(json.dumps(got))
     """,
        lambda got: got == [],
    ),
]


@pytest.fixture(scope="module")
def host_service():
    """A TCP server on the host's loopback, which no box may reach."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    yield srv.getsockname()[1]
    srv.close()


@pytest.mark.parametrize("name,code,check", CASES, ids=[c[0] for c in CASES])
def test_sandbox_case(name, code, check, host_service):
    value = result(
        code.replace("PORT", str(host_service)),
        env={"NBGRADER_EXECUTION": "autograde", "NNGRADE_TEST_SECRET": "x"},
    )
    assert check(value), (name, value)


def test_a_refused_import_reports_itself_then_fails():
    rc, out, err = box("import nnlib")
    assert rc == 1 and "No module named 'nnlib' while grading" in err, err[-2000:]
    assert sandbox.REFUSED_MIME in out  # displayed (here: printed) before the import fails


def test_folders_under_tmp_are_bound_over_the_box_tmp(tmp_path, monkeypatch):
    """A checkout or an environment under /tmp is seen in the box (the box's own /tmp is
    mounted first, the binds on top of it)."""
    folder = Path(tempfile.mkdtemp(prefix="nngrade-pkg-", dir="/tmp"))
    try:
        (folder / "tmp_pkg").mkdir()
        (folder / "tmp_pkg" / "__init__.py").write_text("VALUE = 42\n")
        folder.chmod(0o755)
        monkeypatch.syspath_prepend(str(folder))
        proc = sandbox.run(
            [sys.executable, "-c", f"print(open('{folder}/tmp_pkg/__init__.py').read())"],
            packages=["tmp_pkg"],
        )
        assert proc.returncode == 0 and b"VALUE = 42" in proc.stdout, proc.stderr[-2000:]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_cpu_limit_stops_a_busy_loop():
    rc, out, err = box("while True:\n    pass", limits=sandbox.Limits(cpu_seconds=1), timeout=30)
    killed = (-signal.SIGXCPU, -signal.SIGKILL, 128 + signal.SIGXCPU, 128 + signal.SIGKILL)
    assert rc in killed, (rc, err)


def test_only_regular_extra_files_are_seeded(tmp_path):
    (tmp_path / "data.txt").write_text("ok")
    (tmp_path / "secret.ipynb").write_text("hidden tests")
    (tmp_path / "sitecustomize.py").write_text("raise SystemExit")
    (tmp_path / "link.txt").symlink_to(REPO / "exercises" / "nbgrader_config.py")
    os.mkfifo(tmp_path / "fifo")
    names = result("import json, os; print(json.dumps(sorted(os.listdir('.'))))", workdir=tmp_path)
    assert [n for n in names if not n.startswith(".")] == ["data.txt"]


def test_processes_left_behind_die_with_the_box():
    marker = f"nngrade-leftover-{os.getpid()}-{time.time_ns()}"
    rc, out, err = box(f"""
        import subprocess, sys
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)", "{marker}"],
                         start_new_session=True)
        print("started")
        """)
    assert "started" in out, err
    time.sleep(0.5)
    left = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker.encode() in (proc / "cmdline").read_bytes():
                left.append(proc.name)
        except OSError:
            pass
    assert not left


def test_two_boxes_cannot_see_or_touch_each_other():
    """A long-lived box plants files and a connection-like file; a second one, started
    beside it, looks for them, and tries to signal every process it can see."""
    first = sandbox.Box(sys.executable, sandbox.PACKAGES)
    try:
        Path(first.private, "connection.json").write_text("{}")
        holder = subprocess.Popen(
            first.argv(
                [
                    sys.executable,
                    "-c",
                    "import time; open('/tmp/planted','w'); "
                    "open('/dev/shm/planted','w'); time.sleep(20)",
                ]
            )
        )
        time.sleep(1.0)
        found = result(f"""
            import json, os, signal
            seen = [os.path.exists(p) for p in ["/tmp/planted", "/dev/shm/planted",
                    "{first.private}/connection.json", "{first.private}"]]
            for pid in [int(p) for p in os.listdir("/proc") if p.isdigit()]:
                if pid != os.getpid():
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
            print(json.dumps([seen, os.getuid()]))
            """)
        assert found[0] == [False] * 4
        assert holder.poll() is None, "the second box killed the first"
        if os.geteuid() == 0:
            assert found[1] not in (0, first.uid) and first.uid >= sandbox.UID_BASE
    finally:
        holder.kill()
        holder.wait()
        first.close()


def test_a_fork_bomb_leaves_a_neighbour_working():
    bomb = sandbox.Box(sys.executable, sandbox.PACKAGES)
    try:
        proc = subprocess.Popen(
            bomb.argv(
                [
                    sys.executable,
                    "-c",
                    "import os, time\n"
                    "try:\n"
                    "    while True:\n"
                    "        if os.fork() == 0:\n"
                    "            time.sleep(30); os._exit(0)\n"
                    "except OSError:\n"
                    "    time.sleep(30)\n",
                ]
            )
        )
        time.sleep(2.0)
        value = result("""
            import json, subprocess, sys, threading
            threads = [threading.Thread(target=lambda: None) for _ in range(20)]
            [t.start() for t in threads]; [t.join() for t in threads]
            out = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True,
                                 text=True)
            print(json.dumps(out.stdout.strip()))
            """)
        assert value == "42"
    finally:
        proc.kill()
        proc.wait()
        bomb.close()


def test_a_kernel_in_the_box_runs_is_interrupted_and_leaves_nothing():
    async def scenario():
        km = sandbox.SandboxKernelManager(kernel_name="python3", packages=sandbox.PACKAGES)
        await km.start_kernel()
        kc = km.client()
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=60)
            reply = await kc.execute(
                "import os; print(os.environ.get('NBGRADER_EXECUTION'), os.getcwd())",
                reply=True,
                timeout=30,
            )
            assert reply["content"]["status"] == "ok"
            msg_id = kc.execute("import time\nwhile True: time.sleep(0.01)")
            await asyncio.sleep(1.0)
            await km.interrupt_kernel()
            while True:
                msg = await kc.get_shell_msg(timeout=20)
                if msg["parent_header"].get("msg_id") == msg_id:
                    break
            assert msg["content"]["status"] == "error"
            assert msg["content"]["ename"] == "KeyboardInterrupt"
            private = km._box.private
        finally:
            kc.stop_channels()
            await km.shutdown_kernel(now=True)
        assert not os.path.exists(private)

    os.environ["NBGRADER_EXECUTION"] = "autograde"
    try:
        asyncio.run(scenario())
    finally:
        os.environ.pop("NBGRADER_EXECUTION")


def test_a_released_lease_also_sweeps_the_files_of_killed_graders(tmp_path, monkeypatch):
    """A grader killed with SIGKILL leaves its uid's lock file; the next release removes it,
    but never the file of a lease that is still held."""
    import fcntl

    monkeypatch.setattr(sandbox, "LEASE_DIR", tmp_path / "leases")
    lease = sandbox.UidLease()
    stale = sandbox.LEASE_DIR / f"{sandbox.UID_BASE + 4095}.lock"
    stale.touch()
    live = sandbox.LEASE_DIR / f"{sandbox.UID_BASE + 4094}.lock"
    fd = os.open(live, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        lease.release()
        assert sorted(p.name for p in sandbox.LEASE_DIR.iterdir()) == [live.name]
    finally:
        os.close(fd)
    sandbox.sweep_stale_leases()
    assert not sandbox.LEASE_DIR.exists()


# ------------------------------------------------------------------------------ fail closed


def test_refuses_without_bubblewrap(monkeypatch):
    monkeypatch.setenv("NN_BACKPROP_BWRAP", "/nonexistent/bwrap")
    sandbox._PROBED.clear()
    with pytest.raises(sandbox.SandboxUnavailable, match="bubblewrap"):
        sandbox.probe(sys.executable, sandbox.PACKAGES)
    with pytest.raises(sandbox.SandboxUnavailable, match="apt-get install -y bubblewrap"):
        sandbox.run([sys.executable, "-c", "print(1)"])


def test_refuses_an_interpreter_the_sandbox_user_cannot_run(tmp_path):
    """A Python the kernel cannot execute inside the box (as root: a 0700 folder the
    leased uid cannot enter; otherwise: not an interpreter at all) makes the probe refuse."""
    hidden = tmp_path / "private-env"
    hidden.mkdir(mode=0o700)
    python = hidden / "python"
    if os.geteuid() == 0:
        python.symlink_to(sys.executable)
    else:
        python.write_text("#!/nonexistent/interpreter\n")
        python.chmod(0o700)
    sandbox._PROBED.clear()
    with pytest.raises(sandbox.SandboxUnavailable, match="could not start") as refused:
        sandbox.probe(str(python), [])
    sandbox._PROBED.clear()
    if os.geteuid() == 0:  # the refusal names the real cause
        assert "(mode 0700) is closed to other users" in str(refused.value)


# ------------------------------------------------------------------- again, without root


def unprivileged_argv(argv: list[str], uid: int = 65534) -> list[str]:
    """`argv` as an unprivileged uid. Folders under /root (0700 here: the interpreter, maybe
    the checkout) are made reachable through a bwrap view that changes nothing else."""
    view = ["bwrap", "--dev-bind", "/", "/", "--die-with-parent"]
    homes = (sys.base_prefix, sys.prefix, str(REPO))
    under_root = sorted({"/root/" + p.split("/")[2] for p in homes if p.startswith("/root/")})
    if under_root:
        view += ["--perms", "0755", "--tmpfs", "/root"]
        for p in under_root:
            view += ["--bind", p, p]
    return view + ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", *argv]


@pytest.mark.slow
def test_every_case_also_holds_for_an_unprivileged_grader():
    if os.geteuid() != 0:
        pytest.skip("already running without root")
    import shutil
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="nngrade-unpriv-"))
    tmp_path.chmod(0o777)
    request_cleanup = lambda: shutil.rmtree(tmp_path, ignore_errors=True)  # noqa: E731
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "NN_BACKPROP_SANDBOX_DIR": str(tmp_path),
    }
    pytest_argv = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--basetemp",
        str(tmp_path / "pt"),
        __file__,
        "-k",
        "not unprivileged_grader and not config",
    ]
    proc = subprocess.run(
        unprivileged_argv(pytest_argv),
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        cwd=tmp_path,
    )
    request_cleanup()
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout and "failed" not in proc.stdout


def test_the_course_config_puts_every_nbgrader_kernel_in_the_box():
    """Loading exercises/nbgrader_config.py, as every nbgrader command run in the course
    folder does (autograde, validate, formgrader's server), makes each of nbgrader's
    Execute steps, the autograde's and the validator's, start kernels in the box."""
    code = textwrap.dedent(f"""
        import json, sys
        from traitlets.config.loader import PyFileConfigLoader
        from nbgrader.validator import Validator
        from nbgrader.preprocessors import Execute
        loader = PyFileConfigLoader("nbgrader_config.py", path="{REPO / "exercises"}")
        config = loader.load_config()
        validator = Validator(config=config)
        found = [getattr(p(parent=validator), "kernel_manager_class", None)
                 for p in validator.preprocessors]
        found.append(Execute(config=config).kernel_manager_class)
        print(json.dumps([k.__name__ for k in found if k is not None]))
    """)
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO / "exercises",
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == ["SandboxKernelManager"] * 2
