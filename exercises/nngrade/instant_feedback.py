"""Instant feedback in the student's notebook: the visible tests name the likely mistake.

This file is copied, with its table filled in, next to each assignment's notebooks
(`source/<assignment>/instant_feedback.py`, written by `python -m nngrade.build`). A visible
test cell calls

    verify("a_W_prime", "A.1", lambda: W_prime)              # a value
    verify_calls("a_collapse_unseen", "A.4", lambda: collapse)  # a function, on public inputs

and raises AssertionError with a plain sentence when the answer is not right yet. No answer is
stored here: the table holds salted fingerprints (hashes of rounded numbers) of the right
answer and of each mistake the answer key names, and the hint that goes with each mistake.
The public inputs of the function questions are here; the hidden ones are not. The grade is
still decided by the hidden tests, outside the student's kernel.

Each student's own numbers: `my_numbers("part_a_collapse")` gives the numbers of the student
running the kernel (see `student_id`), drawn from a pool by a hash of the id, or the public
numbers (the ones on the course website) when there is no course id. The visible tests then
check against that variant's fingerprints.
"""

import ast
import hashlib
import json
import os
import re
import sys

TABLE = {}  # filled in by nngrade.build: {grade_id: entry}, see `entry` in nngrade.instant
DIGITS = 6  # significant digits kept before hashing
# filled in by nngrade.build when the assignment has variants: {"assignment", "public": numbers,
# "pool": [numbers], "answers": [{grade_id: {fingerprint: hint number}}] per variant, "hints"}
VARIANTS = {}
STUDENT_ENV = "NNGRADE_STUDENT_ID"  # the grader sets it to the submission's student id
_CHOSEN = []  # the variant my_numbers() gave in this kernel (None: the public numbers)
_RUNS = []  # (source, the exception it stopped with or None) of each cell run since the import
TEST_MARK = "from instant_feedback import verify"  # how a visible test cell starts


def _note_run(result) -> None:
    error = result.error_before_exec or result.error_in_exec
    source = result.info.raw_cell if result.info is not None else ""
    _RUNS.append((source, type(error).__name__ if error is not None else None))


def _listen() -> None:
    """Note every cell the kernel runs from now on: a visible test can then tell a question
    not answered from an answer cell that stopped with an error or ran too long."""
    ipython = sys.modules.get("IPython")  # loaded in a kernel; elsewhere there are no cells
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None:
        shell.events.register("post_run_cell", _note_run)


_listen()


def _exchange_machine() -> bool:
    """Whether nbgrader's exchange is set up for this user (an nbgrader_config.py on Jupyter's
    config path): then the Unix user name is the nbgrader student id."""
    try:
        from jupyter_core.paths import jupyter_config_path

        folders = jupyter_config_path()
    except Exception:  # noqa: BLE001 - no Jupyter: no exchange
        return False
    return any(os.path.isfile(os.path.join(f, "nbgrader_config.py")) for f in folders)


def student_id() -> str:
    """The course's id of whoever runs this kernel; "" when there is none (public numbers).

    $NNGRADE_STUDENT_ID when it is set (the grader sets it; set it to "" for the public
    numbers), else $JUPYTERHUB_USER (on the course's hub), else the Unix user name on a machine
    set up for nbgrader's exchange; else "" (the website's zip, self-study on a laptop)."""
    if STUDENT_ENV in os.environ:
        return os.environ[STUDENT_ENV].strip()
    if os.environ.get("JUPYTERHUB_USER"):
        return os.environ["JUPYTERHUB_USER"].strip()
    if _exchange_machine():
        try:
            import pwd

            return pwd.getpwuid(os.getuid()).pw_name
        except (ImportError, KeyError):
            return ""
    return ""


def variant_index(assignment: str, student: str, pool: int):
    """The variant of `student` in a pool of `pool`: a stable hash of "<assignment>:<id>";
    None (the public numbers) without an id or a pool."""
    if not student or not pool:
        return None
    digest = hashlib.sha256(f"{assignment}:{student}".encode()).hexdigest()
    return int(digest, 16) % pool


def _resolve():
    """The variant of whoever runs this kernel (None: the public numbers)."""
    if not VARIANTS:
        return None
    return variant_index(VARIANTS["assignment"], student_id(), len(VARIANTS["pool"]))


def _variant():
    """The variant the visible tests check against: the one my_numbers() last gave."""
    return _CHOSEN[-1] if _CHOSEN else _resolve()


def _show(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(int(value)) if float(value).is_integer() else str(value)


def my_numbers(notebook: str, quiet: bool = False):
    """Your numbers for `notebook`, in the order the notebook names them (lists as NumPy
    arrays, numbers as floats); prints them unless `quiet`."""
    variant = _resolve()
    _CHOSEN.append(variant)
    numbers = VARIANTS["public"] if variant is None else VARIANTS["pool"][variant]
    pairs = numbers[notebook]
    if not quiet:
        who = student_id()
        print(
            "The public numbers (no course id here):"
            if variant is None
            else f"Your own numbers (variant {variant + 1} of {len(VARIANTS['pool'])}, "
            f"for the id {who!r}):"
        )
        for name, value in pairs:
            print(f"    {name} = {_show(value)}")
    values = []
    for _name, value in pairs:
        if isinstance(value, list):
            import numpy as np

            values.append(np.array(value, dtype=float))
        else:
            values.append(float(value))
    return tuple(values) if len(values) > 1 else values[0]


def _answers(grade_id: str, entry: dict) -> dict:
    """{fingerprint: hint} of `grade_id` for the variant in use."""
    variant = _variant()
    if variant is None or grade_id not in VARIANTS["answers"][variant]:
        return entry["answers"]
    hints = VARIANTS["hints"]
    own = VARIANTS["answers"][variant][grade_id]
    return {fp: None if i is None else hints[i] for fp, i in own.items()}


def is_number(value) -> bool:
    """Whether the grader reads `value` as one number: an int or a float, a NumPy number
    (np.float32, np.int64 ...) or a 0-d array; not a bool, text or a 1-element array."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    shape, dtype = getattr(value, "shape", None), getattr(value, "dtype", None)
    return shape == () and getattr(dtype, "kind", "") in ("i", "u", "f")


class Raised:
    """What a call that raised leaves behind: only the exception's type name."""

    def __init__(self, exc):
        self.name = type(exc).__name__


def canonical(value):
    """The answer as JSON-ready plain data: numbers rounded to DIGITS significant digits, text
    normalised ("(B) " -> "b"), sets sorted; the container types (list, tuple, array) are not
    kept, the visible asserts check them."""
    if isinstance(value, Raised):
        return "raised " + value.name
    if value is None:
        return "None"
    if isinstance(value, str):
        return "text " + value.strip().lower().strip("()").strip()
    if hasattr(value, "tolist") and hasattr(value, "dtype"):
        value = value.tolist()
    if isinstance(value, (set, frozenset)):
        return sorted((canonical(v) for v in value), key=json.dumps)
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, bool):
        return "bool " + str(value)
    try:
        number = float(value) + 0.0  # + 0.0 turns -0.0 into 0.0
    except (TypeError, ValueError, OverflowError):
        return "other " + type(value).__name__
    text = format(number, f".{DIGITS}g")
    return "0" if text in ("-0", "0") else text


def fingerprint(value, salt: str) -> str:
    """A salted hash of the canonical answer (16 hex digits)."""
    data = json.dumps(canonical(value), separators=(",", ":"))
    return hashlib.sha256((salt + "|" + data).encode()).hexdigest()[:16]


def _kind(value) -> str:
    data = canonical(value)
    if isinstance(data, list):
        return "many"
    return "text" if data.startswith("text ") else "one"


def _unanswered(section: str, what: str) -> AssertionError:
    return AssertionError(
        f"{section} is not answered yet: {what}. Write your answer in the "
        f"cell under {section} (in place of `raise NotImplementedError()`) "
        "and run it."
    )


def _defines(source: str, name: str) -> bool:
    """Whether a cell's code sets `name` (assigns it or defines it as a function)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:  # a cell that cannot run: any mention counts
        return re.search(rf"\b{re.escape(name)}\b", source) is not None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name:
            return True
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store):
            return True
    return False


def _undefined(section: str, name: str) -> AssertionError:
    """Why `name` is not defined: the last cell run that sets it (else the last cell run
    before the visible tests) stopped with an error or was interrupted (a cell that runs too
    long is); else the question is not answered."""
    answers = [run for run in reversed(_RUNS) if TEST_MARK not in run[0]]
    chosen = [run for run in answers if _defines(run[0], name)] or answers[:1]
    for _source, error in chosen[:1]:
        if error == "KeyboardInterrupt":
            return AssertionError(
                f"`{name}` is not defined: the answer cell under {section} was stopped before "
                "it finished (it ran too long: an endless loop?). Fix it and run it again."
            )
        if error not in (None, "NotImplementedError"):
            return AssertionError(
                f"`{name}` is not defined: the answer cell under {section} stopped with "
                f"{error} before setting it. Fix the error shown under that cell and run it "
                "again."
            )
    return _unanswered(section, f"`{name}` is not defined")


def _lookup(entry: dict, table: dict, value, salt: str):
    found = table.get(fingerprint(value, salt), "?")
    if found == "?":
        raise AssertionError(entry["otherwise"])
    if found is not None:
        raise AssertionError(found)


def verify(grade_id: str, section: str, get_answer) -> None:
    """Check one answer (`get_answer()` gives it) against the fingerprints of `grade_id`."""
    entry = TABLE[grade_id]
    try:
        value = get_answer()
    except NameError as exc:
        name = str(exc).split("'")[1] if "'" in str(exc) else "a name it needs"
        raise _undefined(section, name) from None
    if _kind(value) != entry["kind"]:
        return  # the wrong type of answer: the visible asserts below say what is wanted
    _lookup(entry, _answers(grade_id, entry), value, entry["salt"])
    alike = entry.get("alike", {}).get(fingerprint(value, entry["salt"]))
    if alike and _variant() is None:  # right here, and so is a named mistake: say so
        print(f"Note ({section}): {alike}")


def _arguments(case, mode):
    if mode == "arrays":
        import numpy as np

        return [np.array(a, dtype=float) for a in case]
    return [float(a) for a in case]


def call_on(function, case, mode):
    """Call the student's function on one public case, the way the grader does."""
    try:
        if mode == "keep_input":  # the result, and the input as it is after the call
            import numpy as np

            z = np.array(case[0], dtype=float)
            return (function(z), z.tolist())
        return function(*_arguments(case, mode))
    except Exception as exc:  # noqa: BLE001 - the error is the answer being checked
        return Raised(exc)


def returned(result, mode):
    """What the student's function returned (without the input kept by "keep_input")."""
    if mode == "keep_input" and not isinstance(result, Raised):
        return result[0]
    return result


def part_of(result, part):
    """The slice `part` = [start, stop] of a returned tuple (each part is judged on its own, so
    two mistakes in one function are both found); the whole result when `part` is None."""
    if part is None or isinstance(result, Raised):
        return result
    try:
        return list(result)[part[0] : part[1]]
    except TypeError:
        return result


def verify_calls(grade_id: str, section: str, get_function) -> None:
    """Call the student's function on the public inputs of `grade_id` and check each result."""
    entry = TABLE[grade_id]
    try:
        function = get_function()
    except NameError as exc:
        name = str(exc).split("'")[1] if "'" in str(exc) else "the function"
        raise _undefined(section, name) from None
    results = [call_on(function, case, entry["mode"]) for case in entry["cases"]]
    values = [returned(r, entry["mode"]) for r in results]
    # the right results differ from case to case ("same_result"), so one result for all is
    # a function that ignores its inputs (None and errors are named below)
    if "same_result" in entry and not any(isinstance(v, Raised) or v is None for v in values):
        if len({fingerprint(v, entry["salt"]) for v in values}) == 1:
            raise AssertionError(entry["same_result"])
    for case, tables, result in zip(entry["cases"], entry["answers"], results):
        if isinstance(result, Raised) and result.name == "NotImplementedError":
            raise _unanswered(
                section, f"`{entry['function']}` still raises NotImplementedError"
            ) from None
        for part, table in zip(entry["parts"], tables):
            value = part_of(result, part)
            if fingerprint(value, entry["salt"]) not in table and isinstance(result, Raised):
                raise AssertionError(
                    f"`{entry['function']}` raised {result.name} when called "
                    f"on {case}: run it on these inputs yourself to see why."
                )
            _lookup(entry, table, value, entry["salt"])
