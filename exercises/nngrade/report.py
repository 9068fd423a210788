"""The class misconception report: after autograde, one offline HTML page that says, question by
question, how many students were right, how many made each mistake the answer key names, how
many left it unanswered or had code that errored, and, student by student, what went wrong.

    python -m nngrade.report [ASSIGNMENT] [--course DIR] [--output FILE]     (make report)

It reads only what the grading recorded: the verdict VerifyAnswers left in each test cell of
`autograded/<student>/<assignment>/*.ipynb` (nothing: right; a WrongAnswer error: its hint)
and the flags it wrote into the notebook's metadata. A hint is sorted by the answer key's own
sentences (those of its named mistakes, the same ones the visible tests show, see
`nngrade.instant`). The page holds its plots as inline SVG and loads nothing: it carries the
feedback pages' CSP (`nngrade.csp.FEEDBACK`), so whatever a hint holds, it never fetches.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import csp, instant, variants
from . import manifest as manifests

WRONG = "WrongAnswer"
RIGHT, UNANSWERED, ERRORED, OTHER = "right", "not answered", "code errored", "wrong (other)"
COPIED = "right for someone else's numbers"
SECTION = re.compile(r"^#{2,}\s+([A-Z]\.\d+)\b|\*\*(Card \d+)\b", re.M)
UNANSWERED_HINTS = (
    "A name this check needs is not defined",
    "NotImplementedError",
    "stopped with NameError",
    "No answer was recorded",
)
ERRORED_HINTS = (
    "Your code raised",
    "could not run",
    "never ran",
    "ran out of time",
    "could not check this answer",
)
COLOURS = {
    RIGHT: "#2e7d32",
    UNANSWERED: "#9e9e9e",
    ERRORED: "#6d4c41",
    OTHER: "#c62828",
    COPIED: "#000000",
}
MISTAKE_COLOURS = [
    "#ef6c00",
    "#1565c0",
    "#6a1b9a",
    "#00838f",
    "#ad1457",
    "#827717",
    "#4e342e",
    "#283593",
]


@dataclass
class Question:
    grade_id: str
    notebook: str
    section: str
    mistakes: list[str]  # the key's named hints, in table order
    counts: Counter = field(default_factory=Counter)


def named_hints(m) -> dict[str, list[str]]:
    """{grade_id: the hints of the key's named mistakes}, from the visible tests' table."""
    out = {}
    for gid, entry in instant.table(m).items():
        tables = entry["answers"]
        flat = [t for case in tables for t in case] if entry.get("function") else [tables]
        hints = [h for t in flat for h in t.values() if h]
        out[gid] = list(dict.fromkeys(hints))
    return out


def sections(m) -> dict[str, str]:
    """{grade_id: "A.1", "Card 4", ...} from the headings of the source notebooks."""
    out = {}
    for name in m.notebook_names:
        nb = nbformat.read(m.folder.parent / "source" / m.name / f"{name}.ipynb", as_version=4)
        current = name
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                found = SECTION.search(cell.source)
                current = next((g for g in found.groups() if g), current) if found else current
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid:
                out[gid] = current
    return out


def classify(hint: str | None, mistakes: list[str]) -> str:
    """right, one of `mistakes`, right for another's numbers, not answered, code errored or
    wrong (other)."""
    if hint is None:
        return RIGHT
    if hint.endswith(variants.COPIED_NOTE):
        return COPIED
    for mistake in mistakes:
        if hint == mistake or hint.endswith(": " + mistake) or hint.endswith(mistake):
            return mistake
    if any(h in hint for h in UNANSWERED_HINTS):
        return UNANSWERED
    if any(h in hint for h in ERRORED_HINTS):
        return ERRORED
    return OTHER


def read_class(course: Path, m) -> tuple[dict[str, Question], dict[str, dict], dict[str, list]]:
    """(questions with their counts, {student: {grade_id: category}}, {student: flags})."""
    hints, where = named_hints(m), sections(m)
    key = m.key()
    questions = {
        gid: Question(gid, item.notebook, where.get(gid, gid), hints.get(gid, []))
        for gid, item in key.items.items()
    }
    students, flags = {}, {}
    root = course / "autograded"
    folders = sorted(p for p in root.iterdir() if (p / m.name).is_dir()) if root.is_dir() else []
    for folder in folders:
        student = folder.name
        answers, student_flags = {}, []
        for name in m.notebook_names:
            path = folder / m.name / f"{name}.ipynb"
            if not path.is_file():
                continue
            nb = nbformat.read(path, as_version=4)
            recorded = nb.metadata.get("nngrade", {}).get("flags", [])
            student_flags += [f"{name}: {flag}" for flag in recorded]
            for cell in nb.cells:
                meta = cell.metadata.get("nbgrader", {})
                gid = meta.get("grade_id")
                if cell.cell_type != "code" or not meta.get("grade") or meta.get("solution"):
                    continue
                if gid not in questions:
                    continue
                errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
                hint = None
                if errors:
                    hint = (
                        errors[0].get("evalue", "")
                        if errors[0].get("ename") == WRONG
                        else f"Your code raised {errors[0].get('ename')}"
                    )
                category = classify(hint, questions[gid].mistakes)
                answers[gid] = category
                questions[gid].counts[category] += 1
        for gid, q in questions.items():  # a notebook not handed in: not answered
            if gid not in answers:
                answers[gid] = UNANSWERED
                q.counts[UNANSWERED] += 1
        students[student], flags[student] = answers, student_flags
    return questions, students, flags


def _short(hint: str, width: int = 90) -> str:
    first = hint.split(". ")[0].rstrip(".")
    return first if len(first) <= width else first[: width - 1] + "…"


def _colour(category: str, q: Question) -> str:
    if category in COLOURS:
        return COLOURS[category]
    return MISTAKE_COLOURS[q.mistakes.index(category) % len(MISTAKE_COLOURS)]


def bar(q: Question, total: int, width: int = 520) -> str:
    """One stacked horizontal bar (inline SVG) of the question's categories."""
    order = [RIGHT, *q.mistakes, COPIED, OTHER, UNANSWERED, ERRORED]
    x, rects = 0.0, []
    for category in order:
        n = q.counts.get(category, 0)
        if not n or not total:
            continue
        w = width * n / total
        label = html.escape(f"{_short(category, 200)}: {n}")
        rects.append(
            f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="22" '
            f'fill="{_colour(category, q)}"><title>{label}</title></rect>'
        )
        if w > 18:
            rects.append(
                f'<text x="{x + w / 2:.1f}" y="15" text-anchor="middle" '
                f'font-size="12" fill="#fff">{n}</text>'
            )
        x += w
    return (
        f'<svg role="img" aria-label="{html.escape(q.section)}: {q.counts.get(RIGHT, 0)} of '
        f'{total} right" width="{width}" height="22" viewBox="0 0 {width} 22">'
        + "".join(rects)
        + "</svg>"
    )


def render(m, questions: dict[str, Question], students: dict, flags: dict) -> str:
    total = len(students)
    esc = html.escape
    rows = []
    for q in questions.values():
        legend = []
        for category in [RIGHT, *q.mistakes, COPIED, OTHER, UNANSWERED, ERRORED]:
            n = q.counts.get(category, 0)
            if n or category in (RIGHT, UNANSWERED, ERRORED):
                legend.append(
                    f'<li><span class="sw" style="background:{_colour(category, q)}">'
                    f"</span>{esc(_short(category))}: <b>{n}</b></li>"
                )
        rows.append(
            f'<section class="q" id="{esc(q.grade_id)}"><h3>{esc(q.section)} '
            f"<code>{esc(q.grade_id)}</code> <small>({esc(q.notebook)})</small></h3>"
            f'{bar(q, total)}<ul class="legend">{"".join(legend)}</ul></section>'
        )
    people = []
    for student, answers in students.items():
        wrong = [(questions[g].section, c) for g, c in answers.items() if c != RIGHT]
        right = sum(1 for c in answers.values() if c == RIGHT)
        items = "".join(f"<li><b>{esc(s)}</b>: {esc(_short(c))}</li>" for s, c in wrong)
        flag = "".join(f'<li class="flag">⚑ {esc(f)}</li>' for f in flags.get(student, []))
        people.append(
            f"<tr><td>{esc(student)}</td><td>{right} / {len(answers)}</td>"
            f"<td><ul>{items or '<li>all right</li>'}{flag}</ul></td></tr>"
        )
    flagged = sum(1 for f in flags.values() if f)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Misconception report: {esc(m.name)}</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 62rem;
       padding: 0 1rem; color: #222; }}
h1 {{ font-size: 1.5rem; }} h3 {{ margin: .2rem 0; font-size: 1.05rem; }}
.q {{ border-top: 1px solid #ddd; padding: .6rem 0; }}
.legend {{ list-style: none; padding: 0; margin: .3rem 0; columns: 2; font-size: .9rem; }}
.sw {{ display: inline-block; width: .8rem; height: .8rem; margin-right: .4rem; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border-top: 1px solid #ddd; vertical-align: top; padding: .3rem .5rem; }}
td ul {{ margin: 0; padding-left: 1rem; }} .flag {{ color: #b71c1c; }}
svg {{ max-width: 100%; height: auto; }}
</style></head><body>
<h1>Misconception report: {esc(m.title)}</h1>
<p>{total} students graded. Each bar: right answers in green, each mistake the answer key
names in its own colour, other wrong answers in red, unanswered in grey, code that errored in
brown. Built from the hints recorded at autograde.</p>
<h2>Per question</h2>
{"".join(rows)}
<h2>Per student</h2>
<p>{flagged} student(s) flagged for the instructor. {esc(copied_note(m, flags))}</p>
<table><thead><tr><td><b>student</b></td><td><b>right</b></td><td><b>what went wrong</b></td>
</tr></thead><tbody>{"".join(people)}</tbody></table>
</body></html>
"""


def copied_note(m, flags: dict) -> str:
    """What the report says about copied variants."""
    if not m.variants_enabled:
        return (
            "Copied variants: per-student numbers are switched off for this assignment "
            "([variants] in its manifest.toml), so everyone worked on the same numbers."
        )
    copied = sorted(s for s, found in flags.items() if any("matches " in f for f in found))
    return (
        f"Copied variants: each student has numbers of their own; {len(copied)} student(s) "
        "handed in answers that are right for someone else's numbers (flagged ⚑ below"
        + (f": {', '.join(copied)})." if copied else ").")
    )


def write(course: Path, assignment: str | None = None, output: Path | None = None) -> Path:
    course = Path(course).resolve()
    m = manifests.find(course, assignment)
    questions, students, flags = read_class(course, m)
    if not students:
        raise SystemExit(
            f"No autograded submissions of {m.name} in {course / 'autograded'}: "
            "run `make autograde` first."
        )
    output = Path(output or course / "reports" / f"{m.name}.html")
    output.parent.mkdir(parents=True, exist_ok=True)
    page = csp.with_policy(render(m, questions, students, flags), csp.FEEDBACK)
    output.write_text(page, encoding="utf-8")
    return output


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nngrade.report", description=__doc__.splitlines()[0]
    )
    parser.add_argument("assignment", nargs="?", default=None)
    parser.add_argument("--course", type=Path, default=Path.cwd())
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args(argv)
    path = write(args.course, args.assignment, args.output)
    print(f"Misconception report written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
