#!/usr/bin/env python3
"""Check a notebook before you submit it.

    python check_notebook.py part_a_collapse.ipynb [more notebooks...]

It runs each notebook from top to bottom in a fresh kernel, as `nbgrader validate` and the
grader do, and tells you in plain words what is not right yet: a question not answered, the
likely mistake behind a wrong answer (checked on the numbers in your notebook and on public
inputs), a cell that stops with an error, a test cell that was edited or deleted. It exits with
status 0 only when every notebook passes, 1 when something is not right yet, 2 when it was
called wrongly and 3 when a package it needs (those nbgrader installs) is missing. Passing here
is a very good sign; the grade also uses hidden inputs for your functions.
"""

import hashlib
import json
import os
import queue
import re
import sys
import tempfile
import time
from importlib.util import find_spec

ANSI = re.compile(r"\x1b\[[0-9;]*m")
MISSING_PACKAGE = 3
FEEDBACK = "instant_feedback"  # the module behind the visible tests, released beside the notebooks
NOTE = re.compile(r"^Note \((.+?)\): .+$", re.M)  # what a passing visible test may add
NEEDED = ("jupyter_client", "ipykernel")  # the kernel and the client that drives it
# seconds per cell: nbgrader validate's default, or the course's setting
_SET_TIMEOUT = os.environ.get("NN_BACKPROP_CELL_TIMEOUT", "")
CELL_TIMEOUT = int(_SET_TIMEOUT) if _SET_TIMEOUT.isdigit() and int(_SET_TIMEOUT) > 0 else 30
INTERRUPT_GRACE = 10  # seconds a cell that ran too long gets to stop after an interrupt
STARTUP_TIMEOUT = 60  # seconds for the kernel to start


def plain(error: str) -> str:
    """The last line of a traceback, without colours and without 'AssertionError: '."""
    lines = [ln for ln in ANSI.sub("", error).strip().splitlines() if ln.strip()]
    last = lines[-1].strip() if lines else "an error"
    return re.sub(r"^AssertionError:\s*", "", last) or "a visible check failed"


def text(cell: dict) -> str:
    """A cell's source as one string (a notebook file may store it as a list of lines)."""
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(source)


def grading(cell: dict) -> dict:
    """The cell's nbgrader metadata ({} for a cell nbgrader does not grade)."""
    return cell.get("metadata", {}).get("nbgrader", {})


def sections(cells):
    """{cell index: the question it belongs to ("A.1", "Card 4", ...)} from the headings."""
    out, current = {}, ""
    pattern = re.compile(r"^#{2,}\s+([A-Z]\.\d+)\b|\*\*(Card \d+)\b", re.M)
    for index, cell in enumerate(cells):
        if cell.get("cell_type") == "markdown":
            found = pattern.search(text(cell))
            if found:
                current = next(g for g in found.groups() if g)
        out[index] = current
    return out


def expected_tests(folder: str, name: str):
    """The grade ids of the test cells this notebook was released with, if known."""
    sys.path.insert(0, folder)
    try:
        import instant_feedback
    except ImportError:
        return None
    finally:
        sys.path.remove(folder)
    return {gid for gid, entry in instant_feedback.TABLE.items() if entry["notebook"] == name}


# nbgrader's own rules for a changed cell (nbgrader.utils and nbgrader.validator, 0.9), said
# again here: importing nbgrader takes seconds, as long as running a whole notebook.


def is_locked(meta: dict) -> bool:
    if meta.get("solution"):
        return False
    return bool(meta.get("grade") or meta.get("locked"))


def checksum(cell: dict) -> str:
    """nbgrader's checksum of a graded or locked cell (nbgrader.utils.compute_checksum)."""
    meta = grading(cell)
    parts = [
        text(cell),
        cell.get("cell_type", ""),
        str(bool(meta.get("grade"))),
        str(bool(meta.get("solution"))),
        str(is_locked(meta)),
        meta.get("grade_id", ""),
    ]
    if meta.get("grade"):
        parts.append(str(float(meta.get("points", 0))))
    digest = hashlib.md5()
    for part in parts:
        digest.update(part.encode("utf-8"))
    return digest.hexdigest()


def type_changed(cells):
    """The graded cells whose type (code or Markdown) was changed."""
    return [
        cell
        for cell in cells
        if (grading(cell).get("grade") or grading(cell).get("solution") or is_locked(grading(cell)))
        and grading(cell).get("cell_type") not in (None, "", cell.get("cell_type"))
    ]


def unanswered_by_hand(cells):
    """The answer cells graded by hand that are as released: nbgrader gives them 0 ("You did
    not provide a response")."""
    return [
        cell
        for cell in cells
        if grading(cell).get("grade")
        and grading(cell).get("solution")
        and grading(cell).get("checksum") == checksum(cell)
    ]


def missing_beside(path: str, cells) -> str:
    """The module the notebook imports from its own folder that is not there, else ""."""
    needs = any(FEEDBACK in text(cell) for cell in cells if cell.get("cell_type") == "code")
    folder = os.path.dirname(os.path.abspath(path))
    if needs and not os.path.isfile(os.path.join(folder, FEEDBACK + ".py")):
        return FEEDBACK + ".py"
    return ""


def edited(cells):
    """The locked cells (test cells among them) whose content was changed."""
    return [
        cell
        for cell in cells
        if is_locked(grading(cell))
        and "checksum" in grading(cell)
        and grading(cell)["checksum"] != checksum(cell)
    ]


class KernelLost(RuntimeError):
    """The kernel died, or does not answer even to an interrupt: (error name, sentence)."""


class Kernel:
    """A fresh kernel for one notebook, started in the notebook's folder as nbgrader starts it:
    local sockets rather than TCP (so no "Kernel is running over TCP" warning), and its own
    messages kept in a log that is shown only when it cannot start."""

    def __init__(self, name: str, folder: str):
        from jupyter_client.manager import KernelManager

        self.scratch = tempfile.TemporaryDirectory(prefix="check-notebook-")
        where = self.scratch.name
        self.log_path = os.path.join(where, "kernel.log")
        self.manager = KernelManager(
            kernel_name=name,
            transport="ipc",
            ip=os.path.join(where, "kernel"),  # absolute: the kernel runs in `folder`
            connection_file=os.path.join(where, "kernel.json"),
        )
        os.environ.update(NBGRADER_VALIDATING="1", NBGRADER_EXECUTION="validate")
        with open(self.log_path, "wb") as log:
            self.manager.start_kernel(
                cwd=folder,
                extra_arguments=["--HistoryManager.hist_file=:memory:"],
                stdout=log,
                stderr=log,
            )
        self.client = None

    def wait_until_ready(self) -> None:
        self.client = self.manager.client()
        self.client.start_channels()
        try:
            self.client.wait_for_ready(timeout=STARTUP_TIMEOUT)
        except RuntimeError as exc:
            with open(self.log_path, errors="replace") as log:
                said = log.read().strip().splitlines()[-5:]
            raise RuntimeError("\n".join([str(exc), *said])) from None

    def run(self, code: str) -> list:
        """Run one cell; its outputs as nbformat writes them (only what the checker reads).
        Raises KernelLost when the kernel dies or an interrupt does not stop the cell."""
        msg_id = self.client.execute(code, allow_stdin=False, stop_on_error=False)
        outputs, deadline, interrupted = [], time.monotonic() + CELL_TIMEOUT, False
        while True:
            if time.monotonic() > deadline:
                if interrupted:
                    raise KernelLost(
                        "CellTimeoutError",
                        f"it ran longer than {CELL_TIMEOUT} s and did not stop when interrupted",
                    )
                self.manager.interrupt_kernel()
                outputs.insert(0, timed_out())
                deadline, interrupted = time.monotonic() + INTERRUPT_GRACE, True
            try:
                msg = self.client.get_iopub_msg(timeout=1)
            except queue.Empty:
                if not self.manager.is_alive():
                    raise KernelLost(
                        "DeadKernelError",
                        "the kernel stopped while running it (it crashed or was ended)",
                    ) from None
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "status" and content["execution_state"] == "idle":
                break
            if kind == "clear_output":
                outputs = [o for o in outputs if o["output_type"] == "error"]
            elif kind in ("stream", "error", "display_data", "execute_result"):
                outputs.append({"output_type": kind, **content})
        reply = self.reply(msg_id)
        # nbgrader records an error the kernel replied with but did not display
        if reply.get("status") == "error" and not any(
            o["output_type"] == "error" and o.get("ename") == reply.get("ename") for o in outputs
        ):
            outputs.append({"output_type": "error", **reply})
        return outputs

    def reply(self, msg_id: str) -> dict:
        while True:
            try:
                msg = self.client.get_shell_msg(timeout=CELL_TIMEOUT)
            except queue.Empty:
                return {}
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg["content"]

    def stop(self) -> None:
        if self.client is not None:
            self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)
        self.scratch.cleanup()


def timed_out() -> dict:
    return {
        "output_type": "error",
        "ename": "CellTimeoutError",
        "evalue": f"it ran longer than {CELL_TIMEOUT} s (an endless loop?)",
        "traceback": [],
    }


def lost_output(lost: KernelLost) -> dict:
    ename, evalue = lost.args
    return {"output_type": "error", "ename": ename, "evalue": evalue, "traceback": []}


def run(path: str, nb: dict, expect):
    """Run every code cell of `nb` (read from `path`) in a fresh kernel, as nbgrader validate
    does; `expect()` runs while the kernel starts. Returns (the cells with their outputs,
    what `expect()` returned)."""
    name = nb.get("metadata", {}).get("kernelspec", {}).get("name") or "python3"
    kernel = Kernel(name, os.path.dirname(os.path.abspath(path)))
    try:
        expected = expect()
        kernel.wait_until_ready()
        cells = nb["cells"]
        code = [cell for cell in cells if cell.get("cell_type") == "code"]
        for cell in code:
            cell["outputs"] = []
        for cell in code:
            if text(cell).strip():
                try:
                    cell["outputs"] = kernel.run(text(cell))
                except KernelLost as lost:  # the cells after it do not run
                    cell["outputs"] = [lost_output(lost)]
                    break
        return cells, expected
    finally:
        kernel.stop()


def check(path: str) -> bool:
    if not os.path.isfile(path):
        print(f"{path}: there is no such file.")
        return False
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as file:
            nb = json.load(file)
        cells = nb["cells"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"{name}: could not be read ({type(exc).__name__}: {str(exc)[:200]}).")
        print("  Is it a notebook saved by Jupyter? Re-download it if it will not open.")
        return False
    changed_type = type_changed(cells)
    if changed_type:
        print(f"{name}: a graded cell's type was changed (code <-> Markdown). Change it back:")
        for cell in changed_type:
            print(
                f"  - a {cell.get('cell_type')} cell that should be "
                f"{grading(cell)['cell_type']}: {text(cell).strip()[:60]!r}"
            )
        return False
    changed = edited(cells)
    if changed:
        print(
            f"{name}: a test cell was edited. Undo the edit (or take a fresh copy of that "
            "cell from the released notebook):"
        )
        for cell in changed:
            print(f"  - {(text(cell).strip().splitlines() or [''])[0][:70]!r}")
        return False
    missing = missing_beside(path, cells)
    if missing:
        print(
            f"{name}: {missing} is missing. It comes with the notebooks (in the same download "
            f"or fetched folder): put it in the same folder as {name}, then run the checker "
            "again. The visible checks need it."
        )
        return False
    by_hand = {id(cell) for cell in unanswered_by_hand(cells)}
    folder = os.path.dirname(os.path.abspath(path))
    try:
        cells, expected = run(
            path, nb, lambda: expected_tests(folder, os.path.splitext(name)[0])
        )
    except Exception as exc:  # a kernel that cannot start or dies ...
        print(f"{name}: could not be run ({type(exc).__name__}: {str(exc)[:300]}).")
        return False

    problems = []
    where = sections(cells)
    present = set()
    unanswered = []
    notes = []
    for index, cell in enumerate(cells):
        meta = grading(cell)
        if id(cell) in by_hand:
            points = meta.get("points", 0)
            problems.append(
                f"{where.get(index) or 'a question'} is not answered yet (graded by hand, "
                f"{points:g} point{'s' if points != 1 else ''}): write your answer in its cell"
            )
        if cell.get("cell_type") != "code":
            continue
        if meta.get("grade") and not meta.get("solution"):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "stream" and output.get("name") == "stdout":
                    said = output.get("text", "")
                    said = said if isinstance(said, str) else "".join(said)
                    notes += [m.group(0) for m in NOTE.finditer(said)]
        if meta.get("grade") and not meta.get("solution"):
            present.add(meta.get("grade_id"))
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if not errors:
            continue
        section = where.get(index) or "a question"
        ename = errors[0].get("ename", "")
        if meta.get("grade") and not meta.get("solution"):
            problems.append(
                f"{section}: {plain(chr(10).join(errors[0].get('traceback', [])))}"
                if ename == "AssertionError"
                else f"{section}: the check stopped with {ename}: "
                f"{ANSI.sub('', errors[0].get('evalue', ''))[:150]}"
            )
        elif ename == "NotImplementedError" and meta.get("solution"):
            unanswered.append(section)
        else:
            first = (text(cell).splitlines() or [""])[0][:60]
            problems.append(
                f"the cell starting {first!r} stops with {ename}: "
                f"{ANSI.sub('', errors[0].get('evalue', ''))[:150]}"
            )
    if expected:
        for gid in sorted(expected - present):
            problems.append(f"the test cell {gid!r} was deleted: take a fresh copy of the "
                            "notebook and move your answers into it")
    for section in dict.fromkeys(unanswered):
        note = f"{section} is not answered yet"
        if not any(p.startswith(f"{section}: {section} is not answered") for p in problems):
            problems.insert(0, note)
    # "A.1: A.1 is not answered yet ..." is said once per question
    said, kept = set(), []
    for problem in (re.sub(r"^(\S+(?: \d+)?): \1 ", r"\1 ", p) for p in problems):
        found = re.match(r"^(.+?) is not answered yet", problem)
        if found and found.group(1) in said:
            continue
        said.add(found.group(1) if found else problem)
        kept.append(problem)
    problems = list(dict.fromkeys(kept))    # two checks, one sentence: said once
    if problems:
        print(f"{name}: {len(problems)} thing(s) to fix:")
        for problem in problems:
            print(f"  - {problem}")
    else:
        print(f"{name}: every visible check passes. The grade also calls your functions on "
              "inputs you have not seen.")
    for note in dict.fromkeys(notes):
        print(f"  {note}")
    return not problems


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 2
    missing = [module for module in NEEDED if find_spec(module) is None]
    if not missing:
        try:
            import jupyter_client.manager  # noqa: F401
        except ImportError as exc:
            missing = [f"jupyter_client ({exc})"]
    if missing:
        print(
            f"This checker needs nbgrader's Jupyter packages, and Python could not import "
            f"{', '.join(missing)}.\nInstall the course's packages first: pip install -r "
            "requirements.txt (or pip install nbgrader), then run the checker again."
        )
        return MISSING_PACKAGE
    ok = [check(path) for path in argv]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
