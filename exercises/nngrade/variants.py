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

COPIED_HINT = (
    "This answer is right for someone else's numbers, not for yours: work with the numbers "
    "printed at the top of your notebook. Your instructor will look at it."
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


def copied(key, grade_id: str, answer: dict, own: int | None, students: dict) -> str | None:
    """The flag for an answer wrong for variant `own` but right for another variant (the
    public one included), preferring a classmate's; None when it matches none."""
    others = [v for v in key.matching_variants(grade_id, answer) if v != own]
    if own is None:
        others = [v for v in others if v is not None]
    if not others:
        return None
    with_student = [v for v in others if students.get(v)]
    return describe((with_student or others)[0], students)
