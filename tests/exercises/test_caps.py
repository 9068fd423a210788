"""Output caps (nngrade.preprocessors): what a cell and a notebook can keep, whatever the
student's code prints, displays or raises."""

from __future__ import annotations

import json

import nbformat
import pytest
from nbformat.notebooknode import NotebookNode
from nngrade.preprocessors import CAPPED, CapOutput, SafeExecute


def stream(text):
    return NotebookNode(output_type="stream", name="stdout", text=text)


def rich(n):
    return NotebookNode(output_type="display_data", metadata={}, data={"text/plain": "y" * n})


def error(lines, width):
    return NotebookNode(
        output_type="error", ename="E" * 500, evalue="v" * 10_000, traceback=["t" * width] * lines
    )


CASES = [  # (case, outputs of one cell, most characters it may keep)
    ("one huge line", [stream("x" * 10_000_000)], 21_000),
    ("many small prints", [stream("x\n") for _ in range(50_000)], 21_000),
    ("many rich outputs", [rich(1_000_000) for _ in range(500)], 5_100_000),
    ("a huge traceback", [error(100_000, 1_000)], 25_000),
    (
        "everything at once",
        [stream("x" * 100_000), rich(3_000_000), error(10, 10**6)]
        + [rich(10) for _ in range(1_000)],
        40_000,
    ),
]


@pytest.mark.parametrize("name,outputs,limit", CASES, ids=[c[0] for c in CASES])
def test_cap_output_case(name, outputs, limit):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("print(...)")]
    nb.cells[0].outputs = outputs
    nb, _ = CapOutput().preprocess(nb, {})
    kept = nb.cells[0].outputs
    assert len(json.dumps(kept)) <= limit, (name, len(json.dumps(kept)))
    assert len(kept) <= CapOutput().max_outputs + 1
    assert kept[-1].get("text") == CAPPED


def test_a_notebook_of_many_capped_cells_stays_small():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x") for _ in range(200)]
    for cell in nb.cells:
        cell.outputs = [rich(1_500_000)]
    nb, _ = CapOutput().preprocess(nb, {})
    assert len(nbformat.writes(nb)) < 6_000_000


def message(content, msg_type="stream"):
    return {
        "msg_type": msg_type,
        "content": content,
        "header": {"msg_type": msg_type},
        "parent_header": {"msg_id": "m"},
        "metadata": {},
    }


def test_outputs_are_dropped_as_they_arrive():
    """SafeExecute.output, fed the messages a flooding kernel sends, keeps a bounded list."""
    ex = SafeExecute()
    ex.reset_execution_trackers()
    ex.clear_before_next_output = False
    outs = []
    for _ in range(5_000):
        ex.output(outs, message({"name": "stdout", "text": "x" * 10_000}), None, 0)
    assert sum(len(o.get("text", "")) for o in outs) <= ex.max_cell_chars + len(CAPPED)
    assert outs[-1]["text"] == CAPPED
    many = []
    for _ in range(5_000):
        msg = message({"data": {"text/plain": "1"}, "metadata": {}}, "display_data")
        ex.output(many, msg, None, 1)
    assert len(many) <= ex.max_cell_outputs + 1
