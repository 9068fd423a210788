"""VerifyAnswers on its own (fast, no kernel): a table of what a graded test cell can send back
during the run, and the verdict each one must get.

The notebooks are built the way nbgrader hands them over after execution, and beside them the
grader's own ledger of what arrived over iopub while each test cell ran (`integrity.CellLedger`,
which SafeExecute fills in): the verdict reads the ledger, never the cell's final outputs. The
key is the real one of the test fixture `squares`, found through its manifest from the
assignment named in nbgrader's resources.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nngrade import integrity, manifest
from nngrade.preprocessors import LEDGERS, WRONG, VerifyAnswers
from nngrade.receipt import MIME

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


RESOURCES = {"nbgrader": {"assignment": "squares", "student": "s", "notebook": "squares"}}


def number(value: float) -> dict:
    return {"kind": "number", "type": "float", "value": repr(value)}


def receipt(grade_id: str, answer: dict) -> dict:
    return {
        "output_type": "display_data",
        "metadata": {},
        "data": {MIME: {"id": grade_id, "answer": answer}},
    }


def error(ename: str) -> dict:
    return {"output_type": "error", "ename": ename, "evalue": "", "traceback": []}


PRINTED = {"output_type": "stream", "name": "stdout", "text": "printed by the student\n"}
SQUARES_RIGHT = {"kind": "list", "items": [number(2.25), number(16.0), number(0.0625)]}
SQUARES_DOUBLED = {"kind": "list", "items": [number(3.0), number(-8.0), number(0.5)]}
SQUARES_GARBLED = {"kind": "list", "items": [5, 6, 7]}  # not what the recorder ever sends

# (case id, grade id, outputs of the cell, kernel died, hint words or None, flag words or None)
CASES = [
    ("right", "sq_value", [receipt("sq_value", number(9.0))], False, None, None),
    (
        "right, with printing",
        "sq_value",
        [PRINTED, receipt("sq_value", number(9.0))],
        False,
        None,
        None,
    ),
    ("right function", "square_fn", [receipt("square_fn", SQUARES_RIGHT)], False, None, None),
    ("named mistake", "sq_value", [receipt("sq_value", number(6.0))], False, "3 · 2", None),
    (
        "named mistake of a function",
        "square_fn",
        [receipt("square_fn", SQUARES_DOUBLED)],
        False,
        "doubled x",
        None,
    ),
    (
        "other wrong value",
        "sq_value",
        [receipt("sq_value", number(10.0))],
        False,
        "sq should be 3 squared",
        None,
    ),
    (
        "text",
        "sq_value",
        [receipt("sq_value", {"kind": "str", "value": "9"})],
        False,
        "string",
        None,
    ),
    ("NaN", "sq_value", [receipt("sq_value", number(float("nan")))], False, "NaN", None),
    (
        "recorded NameError",
        "sq_value",
        [receipt("sq_value", {"kind": "error", "type": "NameError"})],
        False,
        "not defined",
        None,
    ),
    (
        "two records",
        "sq_value",
        [receipt("sq_value", number(9.0))] * 2,
        False,
        "could not trust",
        "2 answer records",
    ),
    (
        "foreign record",
        "sq_value",
        [receipt("square_fn", number(9.0))],
        False,
        "could not trust",
        "tag",
    ),
    (
        "record that is not a record",
        "sq_value",
        [{"output_type": "display_data", "metadata": {}, "data": {MIME: "9"}}],
        False,
        "could not trust",
        "tag",
    ),
    (
        "answer that is not data",
        "sq_value",
        [receipt("sq_value", ["9.0"])],
        False,
        "unexpected type",
        None,
    ),
    ("never ran", "sq_value", None, True, "never ran", None),
    ("stopped by the kernel's death", "sq_value", [PRINTED], True, "did not finish", None),
    ("never run by the grader", "sq_value", None, False, "not run by the grader", "not run"),
    (
        "nothing recorded, no error",
        "sq_value",
        [PRINTED],
        False,
        "could not trust",
        "no answer record and no error",
    ),
    (
        "stopped with an error",
        "sq_value",
        [error("NameError")],
        False,
        "stopped with NameError",
        None,
    ),
    ("timed out", "sq_value", [error("CellTimeoutError")], False, "ran out of time", None),
    (
        "odd error name",
        "sq_value",
        [error("<img src=x onerror=alert(1)>")],
        False,
        "stopped with an error.",
        None,
    ),
    (
        "the key raises",
        "square_fn",
        [receipt("square_fn", SQUARES_GARBLED)],
        False,
        "could not check this answer",
        "the answer key raised AttributeError",
    ),
    (
        "a cell the key does not know",
        "sq_extra",
        [receipt("sq_extra", number(9.0))],
        False,
        "no answer key",
        "does not know",
    ),
]


SECRET = "0123456789abcdef"


def ledger_of(grade_id: str, outputs: list | None) -> dict:
    """The grader's ledger for a test cell (index 1) that sent `outputs` over iopub, the way
    SafeExecute fills it: the genuine recorder echoes the tag the grader sent with its cell."""
    if outputs is None:
        return {}
    ledger = integrity.CellLedger(grade_id, SECRET, sent_tagged=True)
    for out in outputs:
        for record in integrity.records_in(out):
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                record = {**record, "id": f"{record['id']}{integrity.SEP}{SECRET}"}
            ledger.records.append(record)
        if out["output_type"] == "error":
            ledger.errors.append(out["ename"])
    return {1: ledger}


def graded_notebook(grade_id: str, outputs: list | None, died: bool) -> nbformat.NotebookNode:
    test = nbformat.v4.new_code_cell("assert True", id="t")
    test.metadata["nbgrader"] = {
        "grade": True,
        "solution": False,
        "locked": True,
        "grade_id": grade_id,
        "points": 1,
        "schema_version": 3,
    }
    test.outputs = [nbformat.from_dict(o) for o in outputs or []]
    answer = nbformat.v4.new_code_cell("sq = 9", id="a")
    answer.metadata["nbgrader"] = {
        "grade": False,
        "solution": True,
        "locked": False,
        "grade_id": "sq_answer",
        "schema_version": 3,
    }
    answer.outputs = [nbformat.from_dict(PRINTED)]
    nb = nbformat.v4.new_notebook(cells=[answer, test])
    if died:
        nb.metadata["nngrade"] = {"kernel_died": True}
    return nb


@pytest.mark.parametrize(
    "grade_id, outputs, died, hint, flag", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_cell_gets_its_verdict(grade_id, outputs, died, hint, flag):
    nb = graded_notebook(grade_id, outputs, died)
    verify = VerifyAnswers(assignments_root=str(FIXTURES))
    nb, _ = verify.preprocess(nb, {**RESOURCES, LEDGERS: ledger_of(grade_id, outputs)})
    answer, test = nb.cells
    assert answer.outputs == [nbformat.from_dict(PRINTED)]  # answer cells are not touched
    meta = nb.metadata["nngrade"]
    assert meta["checked"] == 1
    if hint is None:
        assert test.outputs == [] and meta["passed"] == 1  # nbgrader: full points
    else:
        (out,) = test.outputs  # one error: nbgrader scores 0
        assert out.output_type == "error" and out.ename == WRONG and meta["passed"] == 0
        assert hint in out.evalue, out.evalue
        assert "printed by the student" not in str(test.outputs)
    flags = meta.get("flags", [])
    if flag is None:
        assert flags == []
    else:
        assert len(flags) == 1 and flag in flags[0], flags


@pytest.mark.parametrize(
    "resources, root, words",
    [
        ({"nbgrader": {"assignment": "cubes"}}, FIXTURES, "there is no manifest"),
        ({"nbgrader": {}}, FIXTURES, "did not say which assignment"),
        ({}, FIXTURES, "did not say which assignment"),
        (RESOURCES, REPO / "exercises" / "source", "there is no manifest"),
    ],
    ids=["unknown assignment", "no assignment", "no nbgrader resources", "root without it"],
)
def test_without_a_key_grading_stops_instead_of_trusting_the_visible_asserts(
    resources, root, words
):
    nb = graded_notebook("sq_value", [receipt("sq_value", number(9.0))], False)
    with pytest.raises(manifest.ManifestError, match=words):
        VerifyAnswers(assignments_root=str(root)).preprocess(nb, resources)


def test_the_key_is_the_one_of_the_assignment_being_graded(tmp_path):
    """Two assignments with the same grade ids: each notebook is checked by its own key."""
    import shutil

    shutil.copytree(FIXTURES / "squares", tmp_path / "squares")
    shutil.copytree(FIXTURES / "squares", tmp_path / "other")
    key = tmp_path / "other" / "key.py"
    key.write_text(key.read_text().replace("9.0, [", "10.0, ["))  # another right answer
    verify = VerifyAnswers(assignments_root=str(tmp_path))
    verdicts = {}
    for name in ("squares", "other"):
        right = [receipt("sq_value", number(9.0))]
        nb = graded_notebook("sq_value", right, False)
        resources = {"nbgrader": {"assignment": name}, LEDGERS: ledger_of("sq_value", right)}
        nb, _ = verify.preprocess(nb, resources)
        verdicts[name] = nb.metadata["nngrade"]["passed"]
    assert verdicts == {"squares": 1, "other": 0}


def test_without_a_configured_root_the_course_root_is_used(tmp_path, monkeypatch):
    import shutil

    shutil.copytree(FIXTURES / "squares", tmp_path / "squares")
    monkeypatch.chdir(tmp_path)  # nbgrader's CourseDirectory.root defaults to "."
    right = [receipt("sq_value", number(9.0))]
    nb = graded_notebook("sq_value", right, False)
    nb, _ = VerifyAnswers().preprocess(nb, {**RESOURCES, LEDGERS: ledger_of("sq_value", right)})
    assert nb.metadata["nngrade"]["passed"] == 1


RIGHT = [receipt("sq_value", number(9.0))]


@pytest.mark.parametrize(
    "change, flag",
    [
        ({"cleared": True}, "output was cleared"),
        ({"changed": ["IPython.display.display"]}, "kernel was changed"),
        ({"changed": ["events.post_run_cell"]}, "events.post_run_cell"),
        ({"sent_tagged": False}, "not the one the grader expects"),
        ({"secret": "another secret"}, "tag"),
    ],
    ids=["outputs cleared", "display patched", "hook added", "code not tagged", "wrong tag"],
)
def test_a_right_answer_in_a_tampered_run_scores_zero_and_is_flagged(change, flag):
    """The same right record as in the case "right", but the run around it was not clean."""
    nb = graded_notebook("sq_value", RIGHT, False)
    ledgers = ledger_of("sq_value", RIGHT)
    for name, value in change.items():
        setattr(ledgers[1], name, value)
    nb, _ = VerifyAnswers(assignments_root=str(FIXTURES)).preprocess(
        nb, {**RESOURCES, LEDGERS: ledgers}
    )
    (out,) = nb.cells[1].outputs
    assert out.ename == WRONG and "could not trust" in out.evalue
    assert nb.metadata["nngrade"]["passed"] == 0
    (flagged,) = nb.metadata["nngrade"]["flags"]
    assert flag in flagged and "tampering" in flagged, flagged


@pytest.mark.parametrize(
    "answer",
    [
        {"kind": "other", "type": "[[1.5, -2.0], [0.5, 3.0]]_NNBP_RELU_CASES" * 300},
        {"kind": "other", "type": "<img src=x onerror=alert(1)>"},
        {"kind": "number", "type": "float", "value": "nan" + " " * 100_000},
    ],
    ids=["type name carrying the hidden inputs", "markup as a type name", "padded NaN"],
)
def test_nothing_the_student_chose_is_echoed_in_a_hint(answer):
    right = [receipt("sq_value", answer)]
    nb = graded_notebook("sq_value", right, False)
    nb, _ = VerifyAnswers(assignments_root=str(FIXTURES)).preprocess(
        nb, {**RESOURCES, LEDGERS: ledger_of("sq_value", right)}
    )
    (out,) = nb.cells[1].outputs
    assert out.ename == WRONG and len(out.evalue) < 300, out.evalue
    assert "NNBP" not in out.evalue and "<img" not in out.evalue and "1.5" not in out.evalue
