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
"""

import hashlib
import json

TABLE = {}  # filled in by nngrade.build: {grade_id: entry}, see `entry` in nngrade.instant
DIGITS = 6  # significant digits kept before hashing


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
        raise _unanswered(section, f"`{name}` is not defined") from None
    if _kind(value) != entry["kind"]:
        return  # the wrong type of answer: the visible asserts below say what is wanted
    _lookup(entry, entry["answers"], value, entry["salt"])


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
        raise _unanswered(section, f"`{name}` is not defined") from None
    for case, tables in zip(entry["cases"], entry["answers"]):
        result = call_on(function, case, entry["mode"])
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
