"""Kernel launcher used while grading: the student's code runs with limits, and, when the
grader runs as root, as an unprivileged user that cannot read the course directory, the
gradebook or the notebook holding the hidden tests.

Installed as the `python3` kernelspec of a grading run (see `nngrade.batch.kernelspec_dir`):

    python sandbox_kernel.py {connection_file} [kernel arguments...]

It sets resource limits (address space, file size, CPU time, processes, no core dumps),
moves into a scratch directory, and, as root, copies the connection file for the
unprivileged user, drops to it (NN_BACKPROP_GRADER_USER, default `nobody`) and execs
ipykernel with a minimal environment (no secrets of the grader's environment).
Set NN_BACKPROP_SANDBOX=off to keep the current user (limits still apply).
"""

from __future__ import annotations

import os
import pwd
import resource
import shutil
import sys
import tempfile

LIMITS = {
    resource.RLIMIT_AS: int(os.environ.get("NN_BACKPROP_KERNEL_MEMORY_MB", "3072")) * 2**20,
    resource.RLIMIT_FSIZE: 64 * 2**20,
    resource.RLIMIT_CPU: int(os.environ.get("NN_BACKPROP_KERNEL_CPU_SECONDS", "300")),
    resource.RLIMIT_CORE: 0,
}
KEEP_ENV = ("PATH", "LANG", "LC_ALL", "TZ", "JPY_PARENT_PID", "NBGRADER_EXECUTION",
            "NNLIB_WIDGETS", "PYTHONHASHSEED", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")


def _interpreters() -> list[str]:
    """This interpreter, then others of the same minor version (their compiled modules are
    compatible): the venv's own may live in a folder the grader user cannot enter."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    return [sys.executable, f"/usr/bin/{version}", f"/usr/local/bin/{version}"]


def _site_dirs() -> list[str]:
    import site

    return [d for d in site.getsitepackages() if os.path.isdir(d)]


def _usable_by(user, interpreters: list[str], needed: list[str]) -> str | None:
    """The first interpreter the user can run, with every needed folder readable; found by a
    forked child that drops privileges first (access() as root would always say yes)."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.setgroups([])
            os.setgid(user.pw_gid)
            os.setuid(user.pw_uid)
            if all(os.access(d, os.R_OK | os.X_OK) for d in needed):
                for i, path in enumerate(interpreters):
                    if os.path.exists(path) and os.access(path, os.X_OK):
                        code = i + 1
                        break
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    index = os.waitstatus_to_exitcode(status)
    return interpreters[index - 1] if index > 0 else None


def _note(text: str) -> None:
    parent = os.environ.get("NNGRADE_SCRATCH")
    if parent:
        with open(os.path.join(parent, "sandbox.txt"), "a") as fh:
            fh.write(text + "\n")


def main(argv: list[str]) -> None:
    connection_file, extra = argv[0], argv[1:]
    drop = os.geteuid() == 0 and os.environ.get("NN_BACKPROP_SANDBOX", "on") != "off"
    user = pwd.getpwnam(os.environ.get("NN_BACKPROP_GRADER_USER", "nobody")) if drop else None
    interpreter, sites = sys.executable, _site_dirs()
    if user is not None:
        interpreter = _usable_by(user, _interpreters(), sites)
        if interpreter is None:
            _note(f"limits only: user {user.pw_name} cannot run Python or read {sites}")
            user, interpreter = None, sys.executable
        else:
            _note(f"sandbox user {user.pw_name}")
    else:
        _note("limits only: not running as root" if os.geteuid() else "limits only: sandbox switched off")

    parent = os.environ.get("NNGRADE_SCRATCH") or None
    scratch = tempfile.mkdtemp(prefix="kernel-", dir=parent)
    conn = os.path.join(scratch, "connection.json")
    shutil.copyfile(connection_file, conn)
    if user is not None:
        for path in (scratch, conn):
            os.chown(path, user.pw_uid, user.pw_gid)
    os.chmod(conn, 0o600)

    env = {k: os.environ[k] for k in KEEP_ENV if k in os.environ}
    env.update(HOME=scratch, MPLCONFIGDIR=scratch, IPYTHONDIR=os.path.join(scratch, ".ipython"),
               JUPYTER_RUNTIME_DIR=scratch, MPLBACKEND="Agg", PYTHONDONTWRITEBYTECODE="1",
               OMP_NUM_THREADS=env.get("OMP_NUM_THREADS", "1"),
               OPENBLAS_NUM_THREADS=env.get("OPENBLAS_NUM_THREADS", "1"))
    for limit, value in LIMITS.items():
        resource.setrlimit(limit, (value, value))
    if user is not None:
        resource.setrlimit(resource.RLIMIT_NPROC, (256, 256))
        os.setgroups([])
        os.setgid(user.pw_gid)
        os.setuid(user.pw_uid)
    os.chdir(scratch)
    # -s: no user site; the environment's site folders are added explicitly (with their .pth
    # files, e.g. the editable install of nnlib), so another interpreter finds the same packages
    boot = ("import site, sys\n"
            f"for d in {sites!r}: site.addsitedir(d)\n"
            f"sys.argv = ['ipykernel_launcher', '-f', {conn!r}] + {extra!r}\n"
            "from ipykernel import kernelapp\nkernelapp.launch_new_instance()\n")
    os.execve(interpreter, [interpreter, "-s", "-c", boot], env)


if __name__ == "__main__":
    main(sys.argv[1:])
