"""A recorded answer cannot be replaced without the grader noticing (nngrade.integrity).

The tiny fixture assignment `squares` is built as the course builds it (hidden tests with the
recorder), its answer to 3² set wrong (`sq = 0`) and a student cell put before the first test;
then the grading steps run for real: `SafeExecute` (a kernel in the sandbox) and
`VerifyAnswers`. Each attack below would hand in the right record for the wrong answer; each
must score 0 on that item and be flagged. A kernel whose machinery was changed is trusted no
more for the rest of the notebook: the later checks score 0 too (flagged; an instructor can
grade them by hand). An honest run scores both automatic items, unflagged.
"""

from __future__ import annotations

import nbformat
import pytest
from nngrade import build, manifest
from nngrade.preprocessors import SafeExecute, VerifyAnswers
from nngrade.receipt import MIME
from traitlets.config import Config

from .test_verify_answers import FIXTURES

HOOK = r"""
import re
from IPython.display import clear_output
def _after(result):
    m = re.search(r"_nnbp_record\('([^']+)'", result.info.raw_cell or "")
    if m and m.group(1).startswith("sq_value"):
        clear_output()
        get_ipython().user_ns["_nnbp_record"](m.group(1), lambda: 9)
get_ipython().events.register("post_run_cell", _after)
"""

SWAP_DISPLAY = r"""
import IPython.display as D
_real = D.display
def _swap(*objs, **kw):
    obj = objs[0] if objs else None
    if isinstance(obj, dict) and len(obj) == 1 and "nngrade" in next(iter(obj)):
        rid = next(iter(obj.values())).get("id", "")
        if rid.startswith("sq_value"):
            D.display = _real
            try:
                return get_ipython().user_ns["_nnbp_record"](rid, lambda: 9)
            finally:
                D.display = _swap
    return _real(*objs, **kw)
D.display = _swap
"""

TRANSFORMER = r"""
def _rewrite(lines):
    return [line.replace("lambda: sq)", "lambda: 9)") for line in lines]
get_ipython().input_transformers_post.append(_rewrite)
"""

PRE_RUN_HOOK = r"""
def _before(info):
    get_ipython().user_ns["sq"] = 9
get_ipython().events.register("pre_run_cell", _before)
"""

STRAY_RECORD = (
    "from IPython.display import display\n"
    f'display({{"{MIME}": {{"id": "sq_value", "answer": {{"kind": "number", "value": "9.0"}}}}}},'
    " raw=True)\n"
)

REFUSED = "try:\n    __import__('nn' + 'lib')\nexcept ImportError:\n    pass\n"


@pytest.fixture(scope="module")
def source_nb():
    m = manifest.find(FIXTURES, "squares")
    return build.build_notebook(m.authoring_file("squares"), m.key(), m.hidden_constants())


def submission(source_nb, attack: str | None, sq: str = "sq = 0") -> nbformat.NotebookNode:
    nb = nbformat.from_dict(source_nb)
    cells = []
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id == "sq_answer":
            cell.source = sq
            cells.append(cell)
            if attack is not None:
                cells.append(nbformat.v4.new_code_cell(attack))
        else:
            cells.append(cell)
    nb.cells = cells
    return nb


def grade(nb, tmp_path, **execute):
    config = Config()
    config.VerifyAnswers.assignments_root = str(FIXTURES)
    resources = {
        "nbgrader": {"assignment": "squares", "student": "s1", "notebook": "squares"},
        "metadata": {"path": str(tmp_path)},
    }
    nb, resources = SafeExecute(config=config, timeout=20, **execute).preprocess(nb, resources)
    nb, resources = VerifyAnswers(config=config).preprocess(nb, resources)
    return nb.metadata["nngrade"]


def test_an_honest_run_counts_and_is_not_flagged(source_nb, tmp_path):
    meta = grade(submission(source_nb, None, sq="sq = 3 ** 2"), tmp_path)
    assert (meta["checked"], meta["passed"], meta.get("flags", [])) == (2, 2, [])


@pytest.mark.parametrize(
    "attack, flag",
    [
        (HOOK, "events.post_run_cell"),
        (SWAP_DISPLAY, "IPython.display.display"),
        (TRANSFORMER, "input_transformers_post"),
        (PRE_RUN_HOOK, "events.pre_run_cell"),
    ],
    ids=["post_run_cell hook", "display swapped", "input transformer", "pre_run_cell hook"],
)
def test_a_replaced_record_scores_zero_and_is_flagged(source_nb, tmp_path, attack, flag):
    meta = grade(submission(source_nb, attack), tmp_path)
    assert meta["passed"] == 0, meta  # the function too: this kernel can no longer be trusted
    flags = meta.get("flags", [])
    for grade_id in ("sq_value", "square_fn"):
        assert any(f.startswith(f"{grade_id}:") and flag in f and "tampering" in f for f in flags)


def test_a_record_outside_a_test_cell_is_flagged_and_never_counts(source_nb, tmp_path):
    meta = grade(submission(source_nb, STRAY_RECORD), tmp_path)
    assert meta["passed"] == 1, meta  # sq = 0 is wrong; the function is the student's own
    assert any("not a graded test) emitted an answer record" in f for f in meta["flags"])


def test_a_refused_import_is_flagged(source_nb, tmp_path):
    meta = grade(submission(source_nb, REFUSED, sq="sq = 3 ** 2"), tmp_path)
    assert meta["passed"] == 2, meta
    assert any("tried to import 'nnlib'" in f for f in meta["flags"]), meta


def test_flags_the_student_wrote_into_the_metadata_are_not_the_graders(source_nb, tmp_path):
    nb = submission(source_nb, None, sq="sq = 3 ** 2")
    nb.metadata["nngrade"] = {"flags": ["matches student ok1's numbers"], "passed": 3}
    meta = grade(nb, tmp_path)
    assert (meta["passed"], meta.get("flags", [])) == (2, [])


def test_a_student_over_the_time_budget_stops_there_on_every_path(source_nb, tmp_path):
    """The per-student budget is SafeExecute's, so plain `nbgrader autograde` (formgrader's
    button) has it too: the cells after it do not run, their checks score 0, it is flagged."""
    nb = submission(source_nb, "import time\ntime.sleep(3)", sq="sq = 3 ** 2")
    meta = grade(nb, tmp_path, student_budget=2.0)
    assert (meta["checked"], meta["passed"]) == (2, 0), meta
    assert any("grading time (2 s) ran out" in f for f in meta["flags"]), meta
