"""The table behind the visible tests: fingerprints of the right answer and of each mistake
the answer key names, computed from the key at build time.

For every item the key `show`s (see `nngrade.checks.Shown`), each candidate answer (the right
one and one per named mistake, as Python values or as functions run on the public inputs) is
encoded the way the hidden cell records answers, judged by the key itself, and stored as
{salted fingerprint: hint or None}. So the visible test and the grade agree by construction,
and the student's file holds hashes and hints, never an answer or the formula behind it.

`student_module(m)` is the text of `source/<assignment>/instant_feedback.py`: the code of
`nngrade.instant_feedback` with its TABLE filled in.
"""

from __future__ import annotations

import json
import math
import pprint
from pathlib import Path

from . import checks, receipt
from . import instant_feedback as student

FILE = "instant_feedback.py"
BESIDE = f"{FILE} comes with this notebook: keep it in the same folder"


class TableError(ValueError):
    """The key's candidates cannot teach: e.g. the public inputs cannot tell a mistake from
    the right answer."""


def _recorder():
    """The hidden cell's encoder, run here: value -> the plain data the key reads."""
    sent = []
    namespace = {"_nnbp_sink": lambda data, raw=True: sent.append(data)}
    source = receipt.PRELUDE.replace(
        "from IPython.display import display as _show", "_show = _nnbp_sink"
    )
    exec(compile(source, "<nngrade.receipt>", "exec"), namespace)  # noqa: S102 - our own code

    def encode(value):
        if isinstance(value, student.Raised):
            return {"kind": "error", "type": value.name}
        sent.clear()
        namespace["_nnbp_record"]("probe", lambda: value)
        return sent[0][receipt.MIME]["answer"]

    return encode


def _finite(value) -> bool:
    if isinstance(value, (list, tuple)):
        return all(_finite(v) for v in value)
    return not isinstance(value, float) or math.isfinite(value)


def probed_candidates(item: checks.Item):
    """The right value and every named mistake's value, read off the key's `diagnose`
    (the right one first)."""
    import numpy as np

    try:
        item.raw(checks.Probe())
    except checks.Probed as seen:
        as_answer = {
            "array": lambda v: np.array(v, dtype=float),
            "number": float,
            "plain": lambda v: tuple(v) if isinstance(v, list) else float(v),
        }[seen.reader[0]]
        values = [seen.expected] + [value for value, _ in seen.mistakes if value is not None]
        return [as_answer(v) for v in values if _finite(v)], seen.otherwise
    raise TableError(
        f"{item.grade_id}: its check does not end in one `diagnose`; give the "
        "candidates to KEY.show"
    )


def _add(table: dict, fingerprint: str, hint, grade_id: str, what) -> None:
    if fingerprint in table and table[fingerprint] != hint:
        raise TableError(
            f"{grade_id}: {what!r} is judged two ways on the public inputs "
            f"({table[fingerprint]!r} and {hint!r})"
        )
    table[fingerprint] = hint


def _judge(check, encoded, *args):
    try:
        return check(encoded, *args)
    except checks.Wrong as wrong:
        return str(wrong)


def entry(key: checks.Key, shown: checks.Shown, salt: str, encode, extra=()) -> dict:
    """The table entry of one visible test (JSON data); `extra`: more candidate values (the
    public numbers' right answers, when a variant's table is made)."""
    if shown.function is None:
        return _value_entry(key, shown, salt, encode, extra)
    return _calls_entry(shown, salt, encode)


def _value_entry(key: checks.Key, shown: checks.Shown, salt: str, encode, extra) -> dict:
    gid = shown.grade_id
    candidates, otherwise, alike = shown.candidates, shown.otherwise, []
    if candidates is None:
        candidates, probed_otherwise = probed_candidates(key.items[gid])
        otherwise = otherwise or probed_otherwise
        # a named mistake that gives the right value on these numbers cannot be told apart
        right_fp = student.fingerprint(candidates[0], salt)
        alike = [v for v in candidates[1:] if student.fingerprint(v, salt) == right_fp]
    answers, right = {}, []
    for value in [*candidates, *extra]:
        hint = key.verdict(gid, encode(value))
        _add(answers, student.fingerprint(value, salt), hint, gid, value)
        if hint is None:
            right.append(value)
    if not right:
        raise TableError(
            f"{gid}: no candidate is right, so the visible test would fail every answer"
        )
    out = {
        "salt": salt,
        "kind": {student._kind(v) for v in right}.pop(),
        "answers": answers,
        "otherwise": otherwise or "This is not right yet.",
    }
    if alike and key.numbers_in_use() is None:  # the public numbers: the student is told
        if not shown.alike:
            raise TableError(
                f"{gid}: on the public numbers a named mistake gives the right answer "
                f"({alike[0]!r}); say so with KEY.show({gid!r}, alike=...)"
            )
        out["alike"] = {student.fingerprint(alike[0], salt): shown.alike}
    return out


def _calls_entry(shown: checks.Shown, salt: str, encode) -> dict:
    gid = shown.grade_id
    per_case, rights = [], []
    parts = list(shown.parts or [None])
    right_function, *mistakes = shown.candidates
    for case in shown.cases:
        result = student.call_on(right_function, case, shown.mode)
        if _judge(shown.case_check, encode(result), case) is not None:
            raise TableError(f"{gid}: the first candidate is not right on {case}")
        right = [student.fingerprint(student.part_of(result, p), salt) for p in parts]
        per_case.append([{fp: None} for fp in right])
        rights.append(right)
    for wrong_function in mistakes:
        told = False
        for case, tables, right in zip(shown.cases, per_case, rights):
            result = student.call_on(wrong_function, case, shown.mode)
            hint = _judge(shown.case_check, encode(result), case)
            if hint is None:
                continue
            for part, table, right_fp in zip(parts, tables, right):
                fp = student.fingerprint(student.part_of(result, part), salt)
                if fp != right_fp:  # only the part this mistake changes carries its hint
                    _add(table, fp, hint, gid, wrong_function.__name__)
                    told = True
        if not told:
            raise TableError(
                f"{gid}: the public inputs cannot tell the mistake "
                f"{wrong_function.__name__} from the right answer"
            )
    out = {
        "salt": salt,
        "function": shown.function,
        "cases": shown.cases,
        "mode": shown.mode,
        "parts": parts,
        "answers": per_case,
        "otherwise": shown.otherwise
        or f"`{shown.function}` is not right yet on the public inputs.",
    }
    returned = [
        student.fingerprint(
            student.returned(student.call_on(right_function, c, shown.mode), shown.mode), salt
        )
        for c in shown.cases
    ]
    if len(set(returned)) > 1:  # the right answers differ: a constant function is named
        out["same_result"] = checks.same_result_hint(shown.function)
    return out


def table(m, key: checks.Key | None = None) -> dict:
    """{grade_id: entry} for every item of the assignment's key."""
    key = key or m.key()
    missing = sorted(set(key.items) - set(key.shown))
    if missing:
        raise TableError(
            f"{m.folder / m.key_file}: no visible check for {', '.join(missing)} "
            "(KEY.show or KEY.show_calls)"
        )
    encode = _recorder()
    out = {}
    for gid, item in key.items.items():
        out[gid] = {
            "notebook": item.notebook,
            **entry(key, key.shown[gid], f"{m.name}/{gid}", encode),
        }
    return out


def _pairs(numbers: dict) -> dict:
    """{notebook: [[name, value], ...]}: the order the notebook unpacks them survives sorting
    (whole numbers written as ints, to keep the file small)."""

    def short(v):
        if isinstance(v, list):
            return [short(x) for x in v]
        return int(v) if float(v).is_integer() else v

    return {nb: [[k, short(v)] for k, v in values.items()] for nb, values in numbers.items()}


def variant_tables(m, key: checks.Key | None = None) -> dict:
    """The VARIANTS of the student's module: the public numbers, each variant's numbers, and
    the fingerprints of every value item whose check reads the numbers, judged on that
    variant's numbers ({} when the key declares no numbers). Raises TableError when a
    variant of the pool is a poor exercise."""
    key = key or m.key()
    if key.public is None:
        return {}
    pool = key.pool()  # empty when the manifest switches variants off: the public numbers only
    encode = _recorder()
    hints: dict[str, int] = {}
    answers = []
    public_right = {  # a variant's table names the public numbers' answers as such
        gid: probed_candidates(key.items[gid])[0][:1]
        if shown.candidates is None
        else [v for v in shown.candidates if key.verdict(gid, encode(v), None) is None]
        for gid, shown in key.shown.items()
        if shown.function is None
    }
    for k, numbers in enumerate(pool):
        problems = key.problems(numbers)
        if problems:
            raise TableError(f"variant {k} is a poor exercise: {'; '.join(problems)}")
        own = {}
        with key.using(numbers):
            for gid, shown in key.shown.items():
                if shown.function is not None:  # functions are checked on public cases only
                    continue
                before = key.reads
                found = entry(key, shown, f"{m.name}/{gid}", encode, public_right[gid])
                if key.reads != before:  # the check reads the numbers
                    own[gid] = {
                        fp: None if hint is None else hints.setdefault(hint, len(hints))
                        for fp, hint in found["answers"].items()
                    }
        answers.append(own)
    return {
        "assignment": m.name,
        "public": _pairs(key.public),
        "pool": [_pairs(numbers) for numbers in pool],
        "answers": answers,
        "hints": list(hints),
    }


def visible_line(shown: checks.Shown, section: str) -> str:
    """The line a visible test cell starts with."""
    if shown.function is None:
        return f"verify({shown.grade_id!r}, {section!r}, lambda: {shown.expr})"
    return f"verify_calls({shown.grade_id!r}, {section!r}, lambda: {shown.function})"


def student_module(m, key: checks.Key | None = None) -> str:
    """The text of the assignment's instant_feedback.py."""
    code = Path(student.__file__).read_text(encoding="utf-8")
    key = key or m.key()
    for marker, data, text in [
        ("TABLE = {}", table(m, key), None),
        ("VARIANTS = {}", variants := variant_tables(m, key), _one_line_each(variants)),
    ]:
        json.dumps(data)  # plain data
        head, tail = code.split(marker, 1)
        text = text or pprint.pformat(data, width=100, sort_dicts=True)
        code = head + marker.split("=")[0] + "= " + text + tail
    return code


def _one_line_each(variants: dict) -> str | None:
    """VARIANTS written with one line per variant (its numbers, its fingerprints)."""
    if not variants:
        return None
    lines = ["{"]
    for name, value in variants.items():
        if isinstance(value, list) and name in ("pool", "answers"):
            lines.append(f"    {name!r}: [")
            lines += [f"        {item!r}," for item in value]
            lines.append("    ],")
        else:
            lines.append(f"    {name!r}: {value!r},")
    return "\n".join(lines) + "\n}"
