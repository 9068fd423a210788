"""The next notebook's kernel, started while the current notebook runs.

nbgrader grades a submission's notebooks one after another, each in a fresh kernel, and a
sandboxed kernel takes about 0.7 s to start. While notebook i runs, `SafeExecute` starts
the kernel of notebook i+1 in its own, separate box, so it is ready when nbgrader gets
there. Nothing is shared: the spare is an ordinary fresh kernel, only started earlier.

- A spare is started only while more notebooks of the same folder are still to come in
  this command (those nbgrader's `--notebook` pattern matches), so none is wasted.
- It is taken only for the same folder, student id and kernel; any other spare is shut
  down first.
- Everything here belongs to one nbgrader run (its exporter): a new run, e.g. the next
  press of formgrader's Autograde button in the same server, starts from nothing.
- One left over (a notebook that failed before its run) is shut down when the next run
  begins or at the end of the command: `discard()` (the batch calls it before its child
  exits; `atexit` otherwise).
"""

from __future__ import annotations

import atexit
import fnmatch
import os
import weakref
from collections import Counter

from jupyter_core.utils import run_sync

Key = tuple[str, str, str]  # kernel name, working folder, student id

_spare: tuple[Key, object] | None = None
_started: Counter = Counter()  # submitted folder -> its notebooks given a kernel so far
_run = None  # weak reference to the nbgrader exporter of the run all this belongs to


async def begin(run_owner) -> None:
    """Called with nbgrader's exporter before each kernel start: a different one than before
    is a new run, which inherits no spare and no counts."""
    global _run
    if _run is not None and _run() is run_owner:
        return
    _run = weakref.ref(run_owner)
    _started.clear()
    await _drop()


def notebooks_to_come(submission: str, pattern: str = "*") -> int:
    """Notebooks of the submitted folder (those nbgrader's notebook pattern matches) whose
    kernel has not been started yet; 0 without a folder."""
    if not submission:
        return 0
    try:
        names = [n[: -len(".ipynb")] for n in os.listdir(submission) if n.endswith(".ipynb")]
    except OSError:
        return 0
    return sum(1 for n in names if fnmatch.fnmatchcase(n, pattern)) - _started[submission]


def count_start(submission: str) -> None:
    """A kernel was started (or taken) for one notebook of `submission`."""
    if submission:
        _started[submission] += 1


async def take(key: Key):
    """The spare kernel manager started for `key`, or None (a spare for anything else is
    shut down)."""
    global _spare
    if _spare is not None and _spare[0] == key:
        km, _spare = _spare[1], None
        return km
    await _drop()
    return None


async def start(key: Key, km, **start_kwargs) -> None:
    """Start `km`'s kernel now (it boots in the background) and keep it for `key`."""
    global _spare
    await _drop()
    await km.start_kernel(**start_kwargs)
    _spare = (key, km)


async def _drop() -> None:
    """Shut down the spare kernel, if there is one (its box and its uid lease go with it)."""
    global _spare
    if _spare is not None:
        km, _spare = _spare[1], None
        try:
            await km.shutdown_kernel(now=True)
        finally:
            await km.cleanup_resources()


def discard() -> None:
    """`_drop`, for the end of a command (os._exit in the batch's child; atexit otherwise)."""
    if _spare is not None:
        run_sync(_drop)()


atexit.register(discard)
