"""The one sandbox every kernel that runs student code goes through, with or without root.

Built on bubblewrap (`bwrap`, Debian package `bubblewrap`). A kernel in the box has:

* its own pid, network (loopback only), ipc, uts and mount namespaces, and a new session:
  it sees and signals only its own processes, and when the kernel ends the namespace's
  init dies and takes every process left behind with it (no /proc scans needed);
* a root file system made of read-only binds of what Python needs (/usr, /lib*, /bin,
  /etc/fonts, the interpreter's prefix, the environment, the course library) and nothing
  else: no course directory, answer key, gradebook, notebooks, home, checkout or .git;
* size-capped tmpfs for /tmp, /dev/shm and its working folder (`HOME`, `/home/student`),
  seeded with copies of the submission's extra files; the only writable places;
* one private folder, bind-mounted at the same path, holding its connection file and its
  ZMQ sockets: the kernel talks to the grader over the `ipc` transport (unix sockets), so
  it needs no network at all, and no kernel sees another kernel's connection file;
* a clean environment (nothing of the grader's, not NBGRADER_EXECUTION) and rlimits:
  CPU seconds, address space, processes, file size, open files;
* when the grader is root, a distinct unprivileged uid per kernel, leased from a range
  (bwrap runs as root to mount, the kernel itself runs as that uid); without root, an
  unprivileged user namespace, and the process limit applies inside it only.

If the box cannot start (bwrap missing, user namespaces off, an interpreter the sandbox
user cannot read), `SandboxUnavailable` is raised with the fix; nothing ever runs outside it.

Wired into nbgrader by `exercises/nbgrader_config.py`
(`c.Execute.kernel_manager_class = SandboxKernelManager`), so `nbgrader autograde`,
formgrader's Autograde button, `nbgrader validate` and `course.py` all use it.
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import Integer, List, Unicode

HOME = "/home/student"
PACKAGES: list[str] = []  # packages outside the environment a kernel needs (none: see below)
# The course's own packages hold the functions students write (nnlib) and the grader with its
# checks (nngrade); the answer key is a module of the course folder (key). None of them is in
# the box: the checkout is never mounted, an installed copy inside the environment is hidden
# under an empty tmpfs, and each name imports a stub that reports the attempt (`REFUSED_MIME`,
# flagged by the grader) and raises ModuleNotFoundError.
HIDDEN_MODULES = ("nnlib", "nngrade", "key")
REFUSED_MIME = "application/vnd.nngrade.refused+json"
REFUSE_DIR = "/run/refused"
SEED = "/run/seed"
UID_BASE = 1_500_000_000  # leased uids when grading as root: nobody owns them
UID_COUNT = 4096
LEASE_DIR = Path(os.environ.get("NN_BACKPROP_SANDBOX_LEASES", "/run/nngrade-uids"))
SYSTEM_RO = [
    "/usr",
    "/lib",
    "/lib64",
    "/lib32",
    "/bin",
    "/sbin",
    "/etc/fonts",
    "/etc/ld.so.cache",
    "/etc/localtime",
    "/etc/alternatives",
]
KERNEL_ENV = {
    "LANG": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "USER": "student",
    "LOGNAME": "student",
    "NNLIB_WIDGETS": "static",
}
FIX = (
    "Grading refuses to run student code without its sandbox. To fix: install bubblewrap "
    "(`apt-get install -y bubblewrap`, or `bash scripts/ensure-bubblewrap.sh`), make sure "
    "unprivileged user namespaces are on (`sysctl kernel.unprivileged_userns_clone=1`) when "
    "grading as a normal user, and, when grading as root, put the Python environment where "
    "an unprivileged user can read it (not under a 0700 home such as /root). In a container "
    "(a Kubernetes pod), bubblewrap also needs the pod's own user namespace and an unmasked "
    "/proc: `hostUsers: false` and `securityContext.procMount: Unmasked`, as "
    "deploy/kubernetes/autograde-job.yaml sets them."
)


class SandboxUnavailable(RuntimeError):
    """The sandbox cannot start here; grading must stop."""

    def __init__(self, why: str):
        super().__init__(f"The grading sandbox cannot start: {why}\n{FIX}")


@dataclass(frozen=True)
class Limits:
    """Per-kernel limits (environment variables NN_BACKPROP_KERNEL_* override them)."""

    cpu_seconds: int = 300
    memory_mb: int = 3072  # address space of each process
    processes: int = 64  # processes and threads, counted inside the box
    file_mb: int = 64  # largest file it can write
    open_files: int = 256
    home_mb: int = 64  # tmpfs of the working folder
    tmp_mb: int = 64  # tmpfs of /tmp
    shm_mb: int = 16  # tmpfs of /dev/shm

    @classmethod
    def from_env(cls) -> Limits:
        names = {
            "cpu_seconds": "CPU_SECONDS",
            "memory_mb": "MEMORY_MB",
            "processes": "PROCESSES",
            "file_mb": "FILE_MB",
        }
        return cls(
            **{
                k: int(os.environ[f"NN_BACKPROP_KERNEL_{v}"])
                for k, v in names.items()
                if os.environ.get(f"NN_BACKPROP_KERNEL_{v}", "").isdigit()
            }
        )

    def prlimit(self) -> list[str]:
        mb = 2**20
        return [
            "prlimit",
            f"--cpu={self.cpu_seconds}",
            f"--as={self.memory_mb * mb}",
            f"--nproc={self.processes}",
            f"--fsize={self.file_mb * mb}",
            f"--nofile={self.open_files}",
            "--core=0",
            "--",
        ]


def bwrap_path() -> str | None:
    return shutil.which(os.environ.get("NN_BACKPROP_BWRAP", "bwrap"))


def is_root() -> bool:
    return os.geteuid() == 0


def readonly_paths(python: str, packages: list[str]) -> list[str]:
    """What the kernel may read: the system, the interpreter's prefixes, and the folders of
    `packages` (e.g. an editable install of the course library), each as a bind source."""
    paths = [p for p in SYSTEM_RO if os.path.lexists(p)]
    prefixes = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    real = os.path.realpath(python)
    prefixes.add(str(Path(real).parent.parent))
    for name in packages:
        spec = importlib.util.find_spec(name)
        for loc in (spec.submodule_search_locations or []) if spec else []:
            prefixes.add(str(Path(loc).resolve()))
    for prefix in sorted(prefixes):
        if not any(prefix == p or prefix.startswith(p + "/") for p in paths):
            paths.append(prefix)
    return paths


def hidden_copies(readonly: list[str]) -> list[str]:
    """Installed copies of `HIDDEN_MODULES` inside what the box mounts (e.g. a non-editable
    install in the environment's site-packages): folders and files to cover."""
    import site
    import sysconfig

    folders = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    folders.update(site.getsitepackages() if hasattr(site, "getsitepackages") else [])
    found = set()
    for name in HIDDEN_MODULES:
        candidates = [os.path.join(f, n) for f in folders for n in (name, f"{name}.py")]
        spec = importlib.util.find_spec(name) if name not in sys.modules else None
        spec = spec or getattr(sys.modules.get(name), "__spec__", None)
        if spec is not None:
            candidates += list(spec.submodule_search_locations or [])
            if spec.origin and spec.origin.endswith(".py") and not spec.submodule_search_locations:
                candidates.append(spec.origin)
        for path in candidates:
            path = os.path.realpath(path)
            if os.path.exists(path) and any(
                path == r or path.startswith(r + "/") for r in readonly
            ):
                found.add(path)
    return sorted(found)


REFUSE_STUB = """\
# The grading sandbox holds no %(name)s: its functions are the ones students write, or the
# grader's own. The attempt is reported to the grader, then the import fails.
try:
    from IPython.display import display as _display

    _display({%(mime)r: {"module": %(name)r}}, raw=True)
except Exception:
    pass
raise ModuleNotFoundError("No module named %(name)r while grading", name=%(name)r)
"""


def write_refuse_stubs(folder: str) -> None:
    """The stub each hidden module name imports inside the box (a package, so that
    `import nnlib.x` reaches it too)."""
    for name in HIDDEN_MODULES:
        os.makedirs(os.path.join(folder, name), exist_ok=True)
        with open(os.path.join(folder, name, "__init__.py"), "w") as fh:
            fh.write(REFUSE_STUB % {"name": name, "mime": REFUSED_MIME})


def bwrap_argv(
    *,
    bwrap: str,
    private: str,
    readonly: list[str],
    limits: Limits,
    uid: int | None,
    command: list[str],
    env: dict[str, str],
    hidden: list[str] = (),
) -> tuple[list, list]:
    """The bwrap options and the command run inside, for one kernel. `private` is bound
    read-write at its own path (connection file and sockets); `uid` is the leased uid when
    running as root, else None; each path of `hidden` is covered (an empty folder, or an empty
    file)."""
    mb = 2**20
    argv = [
        bwrap,
        "--unshare-pid",
        "--unshare-net",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--die-with-parent",
        "--new-session",
    ]
    if uid is None:
        argv += ["--unshare-user", "--disable-userns"]
    made: set[str] = set()

    def parents(paths: list[str]) -> list[str]:
        """--dir for each missing parent folder, mode 0755 (bwrap would make them 0700)."""
        out = []
        for path in paths:
            for parent in list(reversed(Path(path).parents))[1:]:
                p = str(parent)
                if p not in made and not any(p == r or p.startswith(r + "/") for r in readonly):
                    made.add(p)
                    out += ["--perms", "0755", "--dir", p]
        return out

    # The box's own /tmp and /dev/shm first: a checkout, an environment or a private folder
    # that lives under /tmp is then bound on top of it, not hidden by it.
    made.update({"/tmp", "/dev"})
    argv += [
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--size",
        str(limits.shm_mb * mb),
        "--tmpfs",
        "/dev/shm",
        "--size",
        str(limits.tmp_mb * mb),
        "--tmpfs",
        "/tmp",
    ]
    argv += parents(readonly)
    for path in readonly:
        if os.path.islink(path):
            argv += ["--symlink", os.readlink(path), path]
        else:
            argv += ["--ro-bind", path, path]
    for path in hidden:
        if os.path.isdir(path):
            argv += ["--perms", "0555", "--tmpfs", path, "--remount-ro", path]
        else:
            argv += ["--ro-bind", "/dev/null", path]
    argv += [
        *parents([HOME, SEED, REFUSE_DIR, private]),
        "--size",
        str(limits.home_mb * mb),
        "--perms",
        "0700",
        "--tmpfs",
        HOME,
        "--bind",
        private,
        private,
        "--ro-bind",
        os.path.join(private, "seed"),
        SEED,
        "--ro-bind",
        os.path.join(private, "refused"),
        REFUSE_DIR,
        "--remount-ro",
        "/",
        "--chdir",
        HOME,
        "--clearenv",
    ]
    for key, value in sorted(env.items()):
        argv += ["--setenv", key, value]
    drop = (
        []
        if uid is None
        else [
            "setpriv",
            f"--reuid={uid}",
            f"--regid={uid}",
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
        ]
    )
    seed = f"cp -R {SEED}/. {HOME}/ 2>/dev/null; "
    if uid is not None:
        seed += f"chown -R {uid}:{uid} {HOME}; chown {uid}:{uid} /tmp /dev/shm; chmod 0700 {HOME}; "
    return argv, ["/bin/sh", "-c", seed + 'exec "$@"', "sh", *drop, *limits.prlimit(), *command]


class UidLease:
    """A uid of the range, held (flock) for one kernel's lifetime, across processes."""

    def __init__(self):
        LEASE_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
        start = int.from_bytes(os.urandom(2), "big") % UID_COUNT
        for i in range(UID_COUNT):
            uid = UID_BASE + (start + i) % UID_COUNT
            path = LEASE_DIR / f"{uid}.lock"
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                if os.fstat(fd).st_ino != os.stat(path).st_ino:  # released and removed meanwhile
                    raise BlockingIOError
            except (BlockingIOError, FileNotFoundError):
                os.close(fd)
                continue
            self.uid, self._fd, self._path = uid, fd, path
            return
        raise SandboxUnavailable(f"all {UID_COUNT} sandbox uids are in use")

    def release(self) -> None:
        """Remove the lock file while still holding it, then let go; also remove the files of
        leases whose holder was killed (nothing is left behind)."""
        if self._fd is not None:
            os.unlink(self._path)
            os.close(self._fd)
            self._fd = None
            sweep_stale_leases()


def sweep_stale_leases() -> None:
    """Remove lock files nobody holds (a grader killed with SIGKILL cannot remove its own),
    and the folder when it is empty."""
    try:
        names = os.listdir(LEASE_DIR)
    except OSError:
        return
    for name in names:
        path = LEASE_DIR / name
        try:
            fd = os.open(path, os.O_RDWR | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.fstat(fd).st_ino == os.stat(path).st_ino:
                os.unlink(path)
        except OSError:
            pass  # held: a live kernel's lease
        finally:
            os.close(fd)
    try:
        LEASE_DIR.rmdir()
    except OSError:
        pass


MAX_SEED_FILES, MAX_SEED_BYTES = 50, 2**20
SEED_SKIP = {"nbgrader_config.py", "sitecustomize.py", "usercustomize.py"}


def seed_files(folder: str | os.PathLike | None) -> list[tuple[str, bytes]]:
    """The extra files of a notebook's folder the kernel gets a copy of: regular files only
    (never through a symlink), no notebooks (they may hold hidden tests), small, few."""
    out: list[tuple[str, bytes]] = []
    if not folder:
        return out
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return out
    for name in names:
        if (
            name.endswith((".ipynb", ".pth"))
            or name in SEED_SKIP
            or name.startswith(".")
            or len(out) >= MAX_SEED_FILES
        ):
            continue
        data = read_regular(os.path.join(folder, name), MAX_SEED_BYTES)
        if data is not None:
            out.append((name, data))
    return out


def read_regular(path: str | os.PathLike, limit: int) -> bytes | None:
    """The bytes of a regular file no bigger than `limit`, never through a symlink, never
    blocking on a FIFO or a device; None for anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 2**20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


class Box:
    """One sandbox: a private folder (connection file, sockets, seed copies) and, as root, a
    leased uid. `argv(command)` is the command that runs `command` inside it."""

    def __init__(
        self,
        python: str,
        packages: list[str],
        limits: Limits | None = None,
        workdir: str | None = None,
        files: dict[str, bytes] | None = None,
    ):
        bwrap = bwrap_path()
        if bwrap is None:
            raise SandboxUnavailable("bubblewrap (`bwrap`) is not installed")
        python = os.path.normpath(python)  # "..": the folders around may not be in the box
        self.bwrap, self.python, self.limits = bwrap, python, limits or Limits.from_env()
        self.readonly = readonly_paths(python, packages)
        self.hidden = hidden_copies(self.readonly)
        base = os.environ.get("NN_BACKPROP_SANDBOX_DIR") or tempfile.gettempdir()
        self.private = tempfile.mkdtemp(prefix="nngk-", dir=base)
        self.lease = UidLease() if is_root() else None
        seed = Path(self.private, "seed")
        seed.mkdir()
        write_refuse_stubs(os.path.join(self.private, "refused"))
        for name, data in [*seed_files(workdir), *(files or {}).items()]:
            (seed / Path(name).name).write_bytes(data)
        if self.lease is not None:
            for path in (self.private, *seed.iterdir()):
                os.chown(path, self.lease.uid, self.lease.uid)
            seed.chmod(0o755)
            for root, dirs, _files in os.walk(os.path.join(self.private, "refused")):
                os.chmod(root, 0o755)
                for d in dirs:
                    os.chmod(os.path.join(root, d), 0o755)

    @property
    def uid(self) -> int | None:
        return self.lease.uid if self.lease else None

    def argv(self, command: list[str], env: dict[str, str] | None = None) -> list[str]:
        passed = {k: os.environ[k] for k in ("NNLIB_WIDGETS",) if k in os.environ}
        full_env = dict(
            KERNEL_ENV,
            **passed,
            HOME=HOME,
            TMPDIR="/tmp",
            MPLCONFIGDIR=f"{HOME}/.config/mpl",
            IPYTHONDIR=f"{HOME}/.ipython",
            JUPYTER_RUNTIME_DIR=f"{HOME}/.runtime",
            PATH=f"{Path(self.python).parent}:/usr/local/bin:/usr/bin:/bin",
            PYTHONPATH=REFUSE_DIR,
            **(env or {}),
        )
        options, inside = bwrap_argv(
            bwrap=self.bwrap,
            private=self.private,
            readonly=self.readonly,
            limits=self.limits,
            uid=self.uid,
            command=command,
            env=full_env,
            hidden=self.hidden,
        )
        # bwrap stays the box's pid 1: its options go through a file outside the box, so
        # /proc/1/cmdline inside shows the command, not the paths of the binds
        args = self.private + ".args"
        with open(args, "wb") as fh:
            fh.write(b"".join(a.encode() + b"\0" for a in options[1:]))
        return [
            "/bin/sh",
            "-c",
            'exec 3< "$1"; shift 2; exec "$0" --args 3 "$@"',
            options[0],
            args,
            "--",
            *inside,
        ]

    def close(self) -> None:
        shutil.rmtree(self.private, ignore_errors=True)
        try:
            os.unlink(self.private + ".args")
        except OSError:
            pass
        if self.lease is not None:
            self.lease.release()
            self.lease = None


def likely_cause(python: str, readonly: list[str]) -> str:
    """The reason a box could not start that this machine shows, in words ("" if none is
    seen): a folder the sandbox user cannot enter on the way to the interpreter or the
    environment (grading as root), or user namespaces switched off (grading as a user)."""
    if is_root():
        for path in [python, os.path.realpath(python), *readonly]:
            for folder in reversed(Path(path).parents):
                try:
                    mode = folder.stat().st_mode
                except OSError:
                    continue
                if not mode & 0o001:
                    return (
                        f"{folder} (mode {stat.S_IMODE(mode):04o}) is closed to other users, so "
                        f"the sandbox's unprivileged user cannot reach {path}; grade with an "
                        f"environment outside it, or `chmod o+x {folder}`"
                    )
        return ""
    for knob, off in (
        ("/proc/sys/kernel/unprivileged_userns_clone", "0"),
        ("/proc/sys/user/max_user_namespaces", "0"),
        ("/proc/sys/kernel/apparmor_restrict_unprivileged_userns", "1"),
    ):
        try:
            value = Path(knob).read_text().strip()
        except OSError:
            continue
        if value == off:
            return f"unprivileged user namespaces are off here ({knob} is {value})"
    return ""


_PROBED: dict[tuple, str] = {}
PROBED_ENV = "NN_BACKPROP_SANDBOX_PROBED"


def probed_env(python: str, packages: list[str]) -> dict[str, str]:
    """After a successful `probe`: the variable that lets child graders skip theirs."""
    return {PROBED_ENV: repr((python, tuple(packages), is_root(), bwrap_path()))}


def probe(python: str, packages: list[str]) -> None:
    """Start the box once with `python -c "import ipykernel"`; raise SandboxUnavailable with
    the reason when that fails. Cached per process (and interpreter)."""
    key = (python, tuple(packages), is_root(), bwrap_path())
    if os.environ.get(PROBED_ENV) == repr(key):  # the batch probed it once for everyone
        return
    if key in _PROBED:
        if _PROBED[key]:
            raise SandboxUnavailable(_PROBED[key])
        return
    try:
        box = Box(python, packages)
    except SandboxUnavailable as exc:
        _PROBED[key] = str(exc).splitlines()[0].split(": ", 1)[1]
        raise
    try:
        test = [box.python, "-c", "import ipykernel, sys; print(sys.prefix)"]
        proc = subprocess.run(
            box.argv(test), capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
        )
        why = ""
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
            who = f"uid {box.uid}" if box.uid is not None else "the grader's user namespace"
            why = (
                f"a test kernel ({python}) could not start in it as {who} "
                f"(exit {proc.returncode}: {last[:300]})"
            )
            cause = likely_cause(python, box.readonly)
            if cause:
                why += f". The cause: {cause}"
    except subprocess.TimeoutExpired:
        why = "a test kernel did not start within 60 s"
    finally:
        box.close()
    _PROBED[key] = why
    if why:
        raise SandboxUnavailable(why)


def run(
    command: list[str],
    *,
    python: str = sys.executable,
    packages: list[str] | None = None,
    workdir: str | None = None,
    files: dict[str, bytes] | None = None,
    timeout: float = 120,
    limits: Limits | None = None,
    stdin: bytes | None = None,
) -> subprocess.CompletedProcess:
    """Run `command` in a fresh box (tests, and the students' checker run by an instructor);
    its working folder starts with the safe extra files of `workdir` and `files`."""
    box = Box(python, packages or [], limits, workdir, files)
    try:
        return subprocess.run(
            box.argv(command),
            capture_output=True,
            timeout=timeout,
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
        )
    finally:
        box.close()


class SandboxKernelManager(AsyncKernelManager):
    """jupyter_client's kernel manager, with every kernel started inside a `Box`.

    The kernelspec's command runs unchanged inside the box, except that `python` is this
    environment's interpreter; interrupts go over the control channel (a signal to bwrap
    would not reach the kernel), and the kernel's working folder is the box's tmpfs seeded
    from the notebook's folder.
    """

    python = Unicode(sys.executable, help="interpreter of the kernel").tag(config=True)
    packages = List(
        Unicode(),
        default_value=PACKAGES,
        help="importable packages outside the environment the kernel needs "
        "(e.g. an editable install)",
    ).tag(config=True)
    cpu_seconds = Integer(0, help="CPU seconds per kernel process (0: default)").tag(config=True)

    _box: Box | None = None

    async def _async_pre_start_kernel(self, **kw):
        probe(self.python, list(self.packages))
        self._close_box()
        limits = Limits.from_env()
        if self.cpu_seconds:
            limits = Limits(**{**limits.__dict__, "cpu_seconds": self.cpu_seconds})
        # `seed`: files the kernel gets in place of the folder's (the grader's stand-ins)
        self._box = Box(
            self.python, list(self.packages), limits, kw.pop("cwd", None), kw.pop("seed", None)
        )
        self.transport, self.cache_ports = "ipc", False
        self.ip = os.path.join(self._box.private, "k")
        self.shell_port = self.iopub_port = self.stdin_port = self.hb_port = self.control_port = 0
        self.connection_file = os.path.join(self._box.private, "connection.json")
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        self.kernel_spec.interrupt_mode = "message"
        if self._box.uid is not None:
            os.chown(self.connection_file, self._box.uid, self._box.uid)
        if cmd and os.path.basename(cmd[0]).startswith("python"):
            cmd = [self._box.python, *cmd[1:]]
        # the student id whose numbers the notebook draws: the one the caller gives (autograde:
        # the submission's), else this process's own (validate, run by the student)
        from .instant_feedback import STUDENT_ENV, student_id

        given = kw.get("env") or {}
        student = {STUDENT_ENV: given[STUDENT_ENV] if STUDENT_ENV in given else student_id()}
        kw["env"] = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        kw["cwd"] = "/"
        return self._box.argv(cmd, env=student), kw

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            self._close_box()

    def _close_box(self) -> None:
        if self._box is not None:
            self._box.close()
            self._box = None

    def __del__(self):
        self._close_box()


def install() -> None:
    """Make every nbgrader `Execute` (autograde, validate, formgrader) start its kernels in
    the box. nbgrader passes `kernel_manager_class=AsyncKernelManager` to Execute as a
    keyword, which config cannot override, so the name it uses is pointed at ours."""
    from nbgrader.preprocessors import execute

    execute.AsyncKernelManager = SandboxKernelManager
