"""nbgrader preprocessors of the course, wired in by exercises/nbgrader_config.py.

Autograde pipeline (after nbgrader's own sanitising: ClearOutput, DeduplicateIds,
OverwriteKernelspec, OverwriteCells with add_missing_cells, CheckCellMetadata):

    SafeExecute -> IgnorePattern -> CapOutput -> LimitOutput -> VerifyAnswers -> SaveAutoGrades ...

- `SafeExecute`: nbgrader's Execute with its kernel in the grading sandbox
  (`nngrade.sandbox`), outputs capped as they arrive, and a dead kernel (os._exit, a
  segfault, the memory limit) ending the run of that notebook instead of the whole command.
- `CapOutput`: caps what a cell keeps: characters (tracebacks included), outputs, and the
  notebook's total (LimitOutput only counts lines, so one 100 MB line would survive it).
- `VerifyAnswers`: the verdict of every graded test cell comes from here, computed outside
  the student's kernel from the answer the hidden part recorded (see `nngrade.receipt`) and
  the key of the assignment being graded (found through its manifest, `nngrade.manifest`).
  A passing cell is left with no output (nbgrader: full points); a failing one gets a single
  error whose message is the hint. Nothing the student's code printed in a test cell survives.

Feedback pipeline: `FeedbackFilter` removes hidden tests from the sources, and every output
that student code produced, before `nbgrader generate_feedback` renders the HTML.
"""

from __future__ import annotations

import functools
import os
import re
import weakref
from pathlib import Path
from time import monotonic

from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.notebooknode import NotebookNode
from nbgrader import utils
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import ClearHiddenTests, Execute, NbGraderPreprocessor
from traitlets import Bool, Enum, Float, Integer, Unicode

from . import integrity, manifest, spare_kernel, standin, variants
from .instant_feedback import STUDENT_ENV
from .preflight import PREFLIGHT_FLAGS
from .sandbox import REFUSED_MIME

WRONG = "WrongAnswer"
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]{0,60}$")


def _is_test_cell(cell) -> bool:
    return cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell)


def _error(message: str) -> NotebookNode:
    return NotebookNode(
        output_type="error",
        ename=WRONG,
        evalue=message,
        traceback=[f"\x1b[0;31m{WRONG}\x1b[0m: {message}"],
    )


def _flags(nb) -> list:
    return nb.metadata.setdefault("nngrade", {}).setdefault("flags", [])


# {nbgrader run (its exporter): {student id: seconds their cells ran}}: a new run, e.g. the next
# press of formgrader's Autograde button in the same server, starts from nothing
_SPENT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
LEDGERS = "nngrade_ledgers"  # resources key: {cell index: integrity.CellLedger}, the grader's own
_KEYS: dict[tuple[str, str], object] = {}


def assignments_root(config) -> str:
    """Where `<assignment>/manifest.toml` lives: `VerifyAnswers.assignments_root`, else the
    course root."""
    return config.VerifyAnswers.get("assignments_root") or CourseDirectory(config=config).root


def assignment_key(root: str, resources):
    """The answer key of the assignment nbgrader is grading (`resources["nbgrader"]`), found
    through `<root>/<assignment>/manifest.toml`; loaded once per process."""
    assignment = (resources or {}).get("nbgrader", {}).get("assignment")
    if not assignment:
        raise manifest.ManifestError(
            "VerifyAnswers: nbgrader did not say which assignment "
            "it grades, so there is no key to check against"
        )
    folder = Path(root) / assignment
    stamp = (
        tuple(
            (p.name, p.stat().st_mtime_ns)
            for p in sorted(folder.glob("*"))
            if p.suffix in (".py", ".toml")
        )
        if folder.is_dir()
        else ()
    )
    # an edited key or manifest is loaded again (formgrader's server lives for a whole term)
    if _KEYS.get((str(root), assignment), (None,))[0] != stamp:
        _KEYS[(str(root), assignment)] = (stamp, manifest.find(Path(root), assignment).key())
    return _KEYS[(str(root), assignment)][1]


def _size(content: dict) -> int:
    """Characters an output message would add to the notebook (text, data, traceback)."""
    size = len(str(content.get("text", ""))) + len(str(content.get("evalue", "")))
    size += sum(len(str(v)) for v in (content.get("data") or {}).values())
    return size + sum(len(str(line)) for line in content.get("traceback") or [])


CAPPED = "\n... output capped by the grader ...\n"


class SafeExecute(Execute):
    """Execute in the sandbox (`nngrade.sandbox`), and never abort the whole command.

    - The kernel always starts in the grading sandbox; if it cannot, this raises
      `SandboxUnavailable` and nothing runs.
    - Outputs are capped while they arrive (per cell: count and characters; per notebook:
      characters), so a flood never reaches memory or disk; what is dropped is marked.
    - A kernel that dies, or a cell that cannot be interrupted after its time limit, leaves
      the notebook gradable: what ran is graded, the cells after it score 0.
    """

    max_cell_chars = Integer(2_000_000, help="output characters kept per cell").tag(config=True)
    max_cell_outputs = Integer(500, help="outputs kept per cell").tag(config=True)
    max_notebook_chars = Integer(10_000_000, help="output characters kept per notebook").tag(
        config=True
    )
    # the kernel's outputs are all in when the last cell has replied; a graceful shutdown
    # would only wait for the kernel to tidy up (0.25 s a notebook) before its box is removed
    shutdown_kernel = Enum(["graceful", "immediate"], default_value="immediate").tag(config=True)
    student_budget = Float(
        float(os.environ.get("NN_BACKPROP_STUDENT_BUDGET", "300")),
        help="seconds of cell execution per student in one nbgrader command (formgrader's "
        "Autograde button included); the cells after it do not run and score 0",
    ).tag(config=True)
    start_next_kernel_early = Bool(
        True,
        help="while a submission's notebook runs, start the kernel of its next one "
        "(nngrade.spare_kernel)",
    ).tag(config=True)

    def __init__(self, *args, **kwargs):
        from .sandbox import SandboxKernelManager

        kwargs["kernel_manager_class"] = SandboxKernelManager
        super().__init__(*args, **kwargs)
        self._student = ""
        self._cell_chars: dict[int, int] = {}
        self._capped: set[int] = set()
        self._notebook_chars = 0
        self._ledgers: dict[int, integrity.CellLedger] = {}
        self._baseline: dict | str = "the grader never saw the kernel before the student's code"
        self._state_before: dict | str | None = None
        self._want_state = False
        self._refused: set[str] = set()
        self._stray_record = False

    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content") or {}
        data = content.get("data") or {}
        if isinstance(data, dict) and REFUSED_MIME in data:
            module = str((data[REFUSED_MIME] or {}).get("module", "?"))[:40]
            if module not in self._refused:
                self._refused.add(module)
                _flags(self.nb).append(
                    f"cell {cell_index + 1} tried to import {module!r}, which is not available "
                    "while grading (refused)"
                )
            return None
        ledger = self._ledgers.get(cell_index)
        if ledger is not None:
            ledger.records += integrity.records_in(content)
            if msg.get("msg_type") == "error":
                ledger.errors.append(str(content.get("ename", ""))[:60])
        elif integrity.records_in(content) and not self._stray_record:
            self._stray_record = True
            _flags(self.nb).append(
                f"cell {cell_index + 1} (not a graded test) emitted an answer record (tampering?)"
            )
        size = _size(content)
        used = self._cell_chars.get(cell_index, 0)
        if (
            used + size > self.max_cell_chars
            or len(outs) >= self.max_cell_outputs
            or self._notebook_chars + size > self.max_notebook_chars
        ):
            if cell_index not in self._capped:
                self._capped.add(cell_index)
                outs.append(NotebookNode(output_type="stream", name="stdout", text=CAPPED))
            return None
        self._cell_chars[cell_index] = used + size
        self._notebook_chars += size
        return super().output(outs, msg, display_id, cell_index)

    def preprocess(self, nb, resources=None, km=None):
        from .sandbox import SandboxKernelManager

        if not issubclass(self.kernel_manager_class, SandboxKernelManager):
            from .sandbox import SandboxUnavailable

            raise SandboxUnavailable(f"the kernel manager is {self.kernel_manager_class!r}")
        # the submission's student id (nbgrader's, from the submitted folder's name), never
        # anything the kernel says: the notebook draws that student's numbers
        self._student = str((resources or {}).get("nbgrader", {}).get("student") or "")
        # the grader's records start empty: nothing the student wrote in the notebook's
        # metadata is ever read as the grader's own
        nb.metadata["nngrade"] = {"flags": list((resources or {}).get(PREFLIGHT_FLAGS, []))}
        self._ledgers, self._refused, self._stray_record = {}, set(), False
        if resources is not None:
            resources[LEDGERS] = self._ledgers
        try:
            return super().preprocess(nb, resources, km=km)
        except DeadKernelError:
            self.log.warning(
                "The kernel died while running this notebook; the cells after it did not run."
            )
            _flags(nb).append(
                "the kernel died during the run (os._exit, a crash or the memory limit)"
            )
        except CellTimeoutError:
            self.log.warning(
                "A cell ignored the interrupt after its time limit; the rest did not run."
            )
            _flags(nb).append(
                "a cell could not be interrupted after its time limit; "
                "the cells after it did not run"
            )
        nb.metadata["nngrade"]["kernel_died"] = True
        return nb, resources

    # Each kernel gets one variable from here: the id the notebook draws its numbers from.
    # The kernel is the one started early for this notebook if there is one, and the next
    # notebook's starts now (nngrade.spare_kernel). nbclient's sync setup_kernel calls
    # start_new_kernel, its async one the async version.
    async def async_start_new_kernel(self, **kwargs):
        kwargs["env"] = {STUDENT_ENV: self._student}
        seed = self._grading_files()
        if seed:
            kwargs["seed"] = seed
        folder = self.resources.get("metadata", {}).get("path") or ""
        key = (self.kernel_name, folder, self._student)
        await spare_kernel.begin(self.parent or self)
        spare = await spare_kernel.take(key) if self.start_next_kernel_early else None
        if spare is not None:
            self.km = spare
        else:
            await super().async_start_new_kernel(**kwargs)
        submission, pattern = self._submission()
        spare_kernel.count_start(submission)
        if self.start_next_kernel_early and spare_kernel.notebooks_to_come(submission, pattern):
            await spare_kernel.start(
                key,
                self.kernel_manager_class(kernel_name=self.kernel_name, config=self.config),
                extra_arguments=self.extra_arguments,
                **{**kwargs, "cwd": kwargs.get("cwd", folder or None)},
            )

    def _submission(self) -> tuple[str, str]:
        """The submitted folder nbgrader is grading (empty outside autograde) and its
        notebook pattern (`--notebook`)."""
        nbgrader = self.resources.get("nbgrader", {})
        coursedir = CourseDirectory(config=self.config)
        if not (nbgrader.get("student") and nbgrader.get("assignment")):
            return "", coursedir.notebook_id
        folder = coursedir.format_path(
            coursedir.submitted_directory, nbgrader["student"], nbgrader["assignment"]
        )
        return folder, coursedir.notebook_id

    def start_new_kernel(self, **kwargs):
        return run_sync(self.async_start_new_kernel)(**kwargs)

    def _grading_files(self) -> dict[str, bytes]:
        """While autograding: the files the kernel gets in place of the submission's, here
        `instant_feedback.py` without its fingerprints (`nngrade.standin`)."""
        nbgrader = (self.resources or {}).get("nbgrader", {})
        if not nbgrader.get("assignment"):
            return {}
        root = assignments_root(self.config)
        if not (Path(root) / nbgrader["assignment"] / manifest.FILE).is_file():
            return {}  # a plain nbgrader assignment: no key, no instant feedback to replace
        key = assignment_key(root, self.resources)
        return {standin.MODULE_NAME: standin.source(key).encode()}

    # ---- the grader's checks around each test cell (nngrade.integrity)

    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        # before any student code: what the kernel's machinery looks like untouched
        self._baseline = integrity.parse_state(await self._ask_state())
        self._state_before = None
        return kc

    def start_new_kernel_client(self):
        return run_sync(self.async_start_new_kernel_client)()

    async def _ask_state(self, timeout: float = 10.0) -> dict | None:
        """The reply to a silent request whose user expression describes the kernel (input
        transformers and cell hooks never see it); None when none came in time."""
        msg_id = await ensure_async(
            self.kc.execute(
                "",
                silent=True,
                store_history=False,
                user_expressions={"state": integrity.STATE_EXPR},
                stop_on_error=False,
            )
        )
        deadline = monotonic() + timeout
        while (left := deadline - monotonic()) > 0:
            try:
                msg = await ensure_async(self.kc.shell_channel.get_msg(timeout=left))
            except Exception:  # noqa: BLE001 - queue.Empty: no answer in time
                return None
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return msg
        return None

    def _next_code_cell_is_test(self, index: int) -> bool:
        for cell in self.nb.cells[index + 1 :]:
            if cell.cell_type == "code":
                return _is_test_cell(cell)
        return False

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        spent = _SPENT.setdefault(self.parent or self, {})
        if spent.get(self._student, 0.0) >= self.student_budget:
            meta = self.nb.metadata.setdefault("nngrade", {})
            if not meta.get("out_of_time"):
                meta["out_of_time"] = True
                _flags(self.nb).append(
                    f"the student's grading time ({self.student_budget:.0f} s) ran out; "
                    f"cell {cell_index + 1} and the cells after it did not run"
                )
            return cell
        started = monotonic()
        try:
            return await self._execute_checked(cell, cell_index, execution_count, store_history)
        finally:
            spent[self._student] = spent.get(self._student, 0.0) + monotonic() - started

    async def _execute_checked(self, cell, cell_index, execution_count, store_history):
        original = cell.source
        if _is_test_cell(cell):
            ledger = integrity.CellLedger(
                cell.metadata.nbgrader["grade_id"], integrity.new_secret()
            )
            self._ledgers[cell_index] = ledger
            if self._state_before is None:  # the cell before did not report the state
                self._state_before = integrity.parse_state(await self._ask_state())
            ledger.changed = integrity.changes(self._baseline, self._state_before)
            tagged = integrity.tag(cell.source, ledger.grade_id, ledger.secret)
            ledger.sent_tagged = tagged is not None
            if tagged is not None:
                cell.source = tagged
        self._state_before = None
        # the state right before the next test cell comes back with this cell's reply
        # (after its post_run_cell hooks), saving a round trip
        self._want_state = self._next_code_cell_is_test(cell_index)
        if self._want_state:
            self.kc.execute = functools.partial(
                type(self.kc).execute, self.kc, user_expressions={"state": integrity.STATE_EXPR}
            )
        try:
            return await super().async_execute_cell(
                cell, cell_index, execution_count=execution_count, store_history=store_history
            )
        finally:
            self.kc.__dict__.pop("execute", None)
            cell.source = original

    def execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        return run_sync(self.async_execute_cell)(cell, cell_index, execution_count, store_history)

    def on_cell_executed(self, **kwargs):
        super().on_cell_executed(**kwargs)
        reply = kwargs.get("execute_reply") or {}
        ledger = self._ledgers.get(kwargs.get("cell_index"))
        content = reply.get("content") or {}
        if ledger is not None and content.get("status") == "error" and not ledger.errors:
            ledger.errors.append(str(content.get("ename", ""))[:60])  # e.g. a time-out
        if self._want_state:
            expressions = (reply.get("content") or {}).get("user_expressions") or {}
            if "state" in expressions:
                self._state_before = integrity.parse_state(reply)

    def clear_output(self, outs, msg, cell_index):
        ledger = self._ledgers.get(cell_index)
        if ledger is not None:
            ledger.cleared = True
        return super().clear_output(outs, msg, cell_index)


class CapOutput(NbGraderPreprocessor):
    """What a cell keeps after the run: at most `max_chars` characters of text (streams,
    error messages and tracebacks included), no rich output bigger than `max_bytes`, at most
    `max_outputs` outputs, and at most `max_notebook_chars` over the whole notebook."""

    max_chars = Integer(20_000, help="characters of text output kept per cell").tag(config=True)
    max_bytes = Integer(2_000_000, help="largest rich output (image, HTML) kept, in bytes").tag(
        config=True
    )
    max_outputs = Integer(50, help="outputs kept per cell").tag(config=True)
    max_notebook_chars = Integer(5_000_000, help="characters kept per notebook").tag(config=True)

    def preprocess(self, nb, resources):
        self._notebook_left = self.max_notebook_chars
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        budget, kept, capped = self.max_chars, [], False
        for out in cell.outputs:
            if len(kept) >= self.max_outputs:
                capped = True
                break
            if out.output_type == "stream":
                text = str(out.get("text", ""))
                if text == CAPPED:
                    capped = True
                    continue
                if budget <= 0:
                    capped = True
                    continue
                if len(text) > budget:
                    text, capped = text[:budget], True
                out.text = text
                budget -= len(text)
            elif out.output_type in ("display_data", "execute_result"):
                size = _size(out)
                if size > self.max_bytes or size > self._notebook_left:
                    capped = True
                    continue
                self._notebook_left -= size
            elif out.output_type == "error":
                out.ename = str(out.get("ename", ""))[:200]
                out.evalue = str(out.get("evalue", ""))[:2000]
                lines, left = [], max(budget, 2000)
                for line in out.get("traceback") or []:
                    line = str(line)[:left]
                    lines.append(line)
                    left -= len(line)
                    if left <= 0:
                        capped = True
                        break
                out.traceback = lines[:100]
                budget -= sum(len(line) for line in out.traceback) + len(out.evalue)
            else:
                capped = True
                continue
            kept.append(out)
        if capped:
            kept.append(NotebookNode(output_type="stream", name="stdout", text=CAPPED))
        self._notebook_left -= sum(len(str(o.get("text", ""))) for o in kept)
        cell.outputs = kept
        return cell, resources


class VerifyAnswers(NbGraderPreprocessor):
    """Decide every graded test cell from its recorded answer, outside the student's kernel.

    The answer is the one record `SafeExecute` saw arrive over iopub while the cell ran
    (`resources[LEDGERS]`, never the notebook's final outputs, which student code can clear or
    replace), tagged with the secret the grader chose for that cell, in a kernel whose
    machinery was as it started (`nngrade.integrity`); anything else scores 0 and is flagged.
    The key is the one of the assignment nbgrader is grading (`resources["nbgrader"]`), found
    through `<assignments_root>/<assignment>/manifest.toml`. Without a manifest or a key,
    grading stops with an error rather than let nbgrader's own verdict (the visible asserts)
    stand; a test cell the key does not know scores 0 and is flagged."""

    assignments_root = Unicode(
        "",
        help="the folder holding <assignment>/manifest.toml (default: the course root)",
    ).tag(config=True)

    def key_for(self, resources):
        return assignment_key(self.assignments_root or assignments_root(self.config), resources)

    def preprocess(self, nb, resources):
        key = self.key_for(resources)
        student = (resources or {}).get("nbgrader", {}).get("student") or ""
        variant = variants.of(key, student)
        classmates = variants.classmates(key, self.class_folder(), exclude=student)
        died = nb.metadata.get("nngrade", {}).get("kernel_died", False)
        out_of_time = nb.metadata.get("nngrade", {}).get("out_of_time", False)
        ledgers = (resources or {}).get(LEDGERS) or {}
        checked = passed = 0
        hints, judged = {}, []
        for index, cell in enumerate(nb.cells):
            if not _is_test_cell(cell):
                continue
            checked += 1
            ledger = ledgers.get(index)
            if ledger is not None and ledger.grade_id != cell.metadata.nbgrader["grade_id"]:
                ledger = None
            if ledger is None and out_of_time:
                hints[cell.metadata.nbgrader["grade_id"]] = hint = (
                    "This check never ran: the grading time for your submission ran out earlier."
                )
                cell.outputs = [_error(hint)]
                continue
            hint = self.verdict(cell, key, died, _flags(nb), variant, judged, ledger)
            hints[cell.metadata.nbgrader["grade_id"]] = hint
            if hint is None:
                passed += 1
                cell.outputs = []
            else:
                cell.outputs = [_error(hint)]
        # answers wrong for the student's own numbers but right for another variant's
        copied = variants.copies(key, judged, variant, classmates)
        for cell in nb.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if _is_test_cell(cell) and grade_id in copied and hints.get(grade_id):
                _flags(nb).append(f"{grade_id}: {copied[grade_id]}")
                cell.outputs = [_error(f"{hints[grade_id]} {variants.COPIED_NOTE}")]
        meta = nb.metadata.setdefault("nngrade", {})
        meta["checked"], meta["passed"] = checked, passed
        return nb, resources

    def class_folder(self) -> Path:
        """The course's submitted/ folder: whose numbers a copied answer matches."""
        root = self.assignments_root or CourseDirectory(config=self.config).root
        return Path(root) / "submitted"

    @staticmethod
    def verdict(
        cell, key, died: bool, flags: list, variant=None, judged=None, ledger=None
    ) -> str | None:
        """None for a right answer (for the student's own `variant`), else the hint; `flags`
        gets what a human should look at; `judged` (if given) each recorded answer whose
        check reads the numbers, as (grade_id, answer, hint); `ledger`: what the grader saw
        of the cell's run (`integrity.CellLedger`; None: the cell never ran)."""
        grade_id = cell.metadata.nbgrader["grade_id"]
        if grade_id not in key.items:
            flags.append(f"{grade_id}: a test cell the answer key does not know; scored 0")
            return "The grader has no answer key for this check; your instructor will look at it."
        if ledger is None:
            if died:
                return (
                    "This check never ran: the Python kernel stopped earlier "
                    "(os._exit, a crash or running out of memory)."
                )
            flags.append(f"{grade_id}: the check was not run by the grader; scored 0")
            return "This check was not run by the grader; your instructor will look at it."
        if died and not ledger.records and not ledger.errors:
            return (
                "This check did not finish: the Python kernel stopped while it ran "
                "(os._exit, a crash or running out of memory)."
            )
        why = ledger.distrust()
        if why is not None:
            flags.append(f"{grade_id}: {why} (tampering?); scored 0")
            return f"The grader could not trust the answer recorded for this check: {why}."
        if ledger.records:
            answer = ledger.answer()
            try:
                hint, reads_numbers = key.judge(grade_id, answer, variant)
                if reads_numbers and judged is not None:
                    judged.append((grade_id, answer, hint))
                return hint
            except Exception as exc:  # noqa: BLE001 - a bug in the key must not stop grading
                flags.append(f"{grade_id}: the answer key raised {type(exc).__name__}: {exc}"[:200])
                return "The grader could not check this answer; your instructor will look at it."
        name = ledger.errors[0]
        name = name if _IDENT.match(name or "") else "an error"
        if name == "CellTimeoutError":
            return "This check ran out of time: something in your code loops for too long."
        return (
            f"This check could not run: it stopped with {name}. Often a name it needs "
            "is not defined (the answer cell was not run or raised an error)."
        )


class FeedbackFilter(ClearHiddenTests):
    """Feedback safe to release before the deadline: no hidden test, no raw student output.

    Test cells keep their visible part and only the grader's own hint; every other code cell
    loses its outputs (students have them in their own copy), so nothing printed or raised by
    student code during grading, such as a hidden input read at run time, reaches the HTML.
    """

    keep_student_outputs = Bool(False, help="keep outputs of the student's own cells").tag(
        config=True
    )

    def preprocess(self, nb, resources):
        nb, resources = super().preprocess(nb, resources)
        nb.metadata.pop("nngrade", None)
        return nb, resources

    def preprocess_cell(self, cell, resources, index):
        # only the course's own test cells are touched (their source comes from the gradebook);
        # a student cell that merely contains the delimiter text must not break feedback
        if _is_test_cell(cell):
            self._remove_hidden_test_region(cell)
            cell.source = cell.source.strip("\n")
            cell.outputs = [
                o for o in cell.outputs if o.output_type == "error" and o.get("ename") == WRONG
            ]
        elif cell.cell_type == "code" and not self.keep_student_outputs:
            cell.outputs = []
        return cell, resources
