"""The one rule for student ids (exercises/nngrade/student_ids.py) and CSV cells no
spreadsheet reads as a formula (exercises/nngrade/spreadsheet.py), case by case. The
commands that use them are run for real in test_pages.py."""

from __future__ import annotations

import csv

import pytest
from nngrade.spreadsheet import safe_cell, safe_cells
from nngrade.student_ids import InvalidStudentId, check, problem

VALID = ["ann", "ok1", "ann.lee@uni.edu", "jean-luc", "_x", "Zoë", "a" * 100]
INVALID = {  # id: words the refusal must hold
    "": "empty",
    ".": "single folder name",
    "..": "single folder name",
    "../x": "single folder name",
    "a/b": "single folder name",
    "a\\b": "single folder name",
    "-rf": "option",
    "--force": "option",
    "*": "wildcard",
    "ok*": "wildcard",
    "a[1]": "wildcard",
    "=HYPERLINK(1)": "formula",
    "+1": "formula",
    "@x": "formula",
    ".hidden": "characters",
    "ann b": "characters",
    "ann\n": "characters",
    "ann+backprop": "characters",
    "a" * 101: "longer than 100",
}


@pytest.mark.parametrize("student", VALID)
def test_a_valid_id_passes(student):
    assert problem(student) is None and check(student) == student


@pytest.mark.parametrize("student,why", INVALID.items(), ids=[repr(k)[:30] for k in INVALID])
def test_an_invalid_id_is_refused_with_its_reason(student, why):
    assert why in problem(student)
    with pytest.raises(InvalidStudentId, match="valid student id|empty"):
        check(student)


@pytest.mark.parametrize(
    "cell,shown",
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("-0.5", "-0.5"),
        ("+3", "+3"),
        ("1e-3", "1e-3"),
        ("ann", "ann"),
        (None, ""),
        (28.0, "28.0"),
    ],
)
def test_a_cell_a_spreadsheet_would_run_becomes_text(cell, shown):
    assert safe_cell(cell) == shown


def test_a_csv_file_is_rewritten_in_place(tmp_path):
    path = tmp_path / "grades.csv"
    rows = [["student_id", "first_name", "score"], ["ann", '=HYPERLINK("x","y")', "-1"]]
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    assert safe_cells(path) == 1
    with path.open(newline="") as fh:
        assert list(csv.reader(fh))[1] == ["ann", '\'=HYPERLINK("x","y")', "-1"]
    assert safe_cells(path) == 0
