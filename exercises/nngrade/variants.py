"""Each student's own numbers, on the grader's side: which variant a submission is graded
against, and whose numbers an answer that is wrong for its own variant matches.

An assignment's key declares its numbers (`Key.variants`: the public ones, how a variant is
drawn, what makes one a poor exercise) and its manifest switches variants on or off
(`[variants] enabled`, `pool`). A student's variant is a stable hash of "<assignment>:<id>"
(`instant_feedback.variant_index`, the same code the student's kernel runs); no id, or
variants off, means the public numbers. The id is nbgrader's, from the submitted folder's name.
"""

from __future__ import annotations

from pathlib import Path

from .instant_feedback import variant_index

COPIED_NOTE = (
    "(This answer fits other numbers than yours: work with the numbers printed at the top of "
    "your notebook. Your instructor will look at it.)"
)


def of(key, student: str) -> int | None:
    """The variant `student` is graded against (None: the public numbers)."""
    return variant_index(key.manifest.name, student, len(key.pool()))


def classmates(key, submitted: Path, exclude: str = "") -> dict[int, list[str]]:
    """{variant: the students of the class (folders of `submitted`) who have it}."""
    out: dict[int, list[str]] = {}
    if not key.pool() or not Path(submitted).is_dir():
        return out
    for folder in sorted(Path(submitted).iterdir()):
        if folder.is_dir() and folder.name != exclude and not folder.name.startswith("."):
            out.setdefault(of(key, folder.name), []).append(folder.name)
    return out


def describe(variant: int | None, students: dict[int, list[str]]) -> str:
    """Whose numbers `variant` is, for the flag: a classmate, else the variant's number."""
    if variant is None:
        return "matches the public numbers (the website's), not this student's"
    if students.get(variant):
        return f"matches student {students[variant][0]}'s numbers"
    return f"matches variant {variant + 1}'s numbers, not this student's"


def copies(key, judged: list, own: int | None, students: dict) -> dict[str, str]:
    """{grade_id: flag} for the answers of one notebook that are wrong for the student's own
    variant `own` but right for one other variant (the public one included), preferring a
    classmate's. `judged`: (grade_id, answer, hint on own numbers) of every answer whose check
    reads the numbers.

    Small whole numbers let a genuine mistake on one's own numbers match another variant by
    chance (Part B's answers hang on two numbers, x + y and z: a sign error in q and the f and
    df/dz computed from it match any variant with that sum and the same z). So nothing is
    flagged in a notebook where an answer is a mistake the key names on one's own numbers,
    and a variant is flagged only when at least two answers (one, if the notebook has a single
    such answer) are right for it and wrong for one's own numbers, and more of them than the
    answers right for one's own numbers but wrong for it. A copy this misses still scores 0:
    it is wrong for one's own numbers.
    """
    if any(hint is not None and key.names_mistake(g, hint, own) for g, _a, hint in judged):
        return {}
    evidence: dict[str, set] = {}
    for grade_id, answer, hint in judged:
        if hint is None:
            continue
        found = set(key.matching_variants(grade_id, answer)) - {own}
        if own is None:
            found.discard(None)
        if found:
            evidence[grade_id] = found
    counts: dict = {}
    for found in evidence.values():
        for v in found:
            counts[v] = counts.get(v, 0) + 1
    need = min(2, len(judged))
    for v in sorted(counts, key=lambda v: (-counts[v], not students.get(v), v is not None, v)):
        if counts[v] < need:
            break
        against = sum(
            1 for gid, answer, hint in judged if hint is None and key.judge(gid, answer, v)[0]
        )
        if counts[v] > against:
            return {gid: describe(v, students) for gid, found in evidence.items() if v in found}
    return {}
