"""The pre-flight check (exercises/nngrade/preflight.py): a table of malformed and hostile
submission files. Each must end graded (a notebook nbgrader can process) or flagged, fast,
without following a link, blocking on a FIFO or reading without limit."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
from pathlib import Path

import nbformat
import pytest
from nngrade import preflight

REPO = Path(__file__).resolve().parents[2]


RELEASED = REPO / "exercises" / "source" / "backprop" / "part_a_collapse.ipynb"


@pytest.fixture(scope="module")
def reference():
    """The student version of Part A (hidden tests removed, as `generate_assignment` does)."""
    from nbgrader.preprocessors import ClearHiddenTests

    nb = nbformat.read(RELEASED, as_version=4)
    return ClearHiddenTests().preprocess(nb, {})[0]


def good(reference) -> dict:
    return json.loads(nbformat.writes(reference))


def edit(fn):
    """A case that writes the reference notebook after `fn(raw dict)` changed it."""

    def make(path: Path, reference):
        raw = good(reference)
        fn(raw)
        path.write_text(json.dumps(raw))

    return make


def graded_cell(raw, gid):
    return next(
        c for c in raw["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == gid
    )


def write_bytes(data: bytes):
    return lambda path, reference: path.write_bytes(data)


def fifo(path, reference):
    os.mkfifo(path)


def unix_socket(path, reference):
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()


def symlink_to(target):
    return lambda path, reference: path.symlink_to(target)


def huge(path, reference):
    with open(path, "wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 2**20)


def many_cells(path, reference):
    raw = good(reference)
    raw["cells"] += [
        {"cell_type": "markdown", "metadata": {}, "source": "x", "id": f"c{i}"}
        for i in range(50_000)
    ]
    path.write_text(json.dumps(raw))


def nested(path, reference):
    path.write_text('{"cells": ' + "[" * 100_000 + "]" * 100_000 + ', "nbformat": 4}')


def nbformat3(path, reference):
    path.write_text(
        json.dumps(
            {
                "nbformat": 3,
                "nbformat_minor": 0,
                "metadata": {},
                "worksheets": [
                    {
                        "cells": [
                            {
                                "cell_type": "code",
                                "input": "x = 1",
                                "language": "python",
                                "outputs": [],
                                "metadata": {},
                            }
                        ],
                        "metadata": {},
                    }
                ],
            }
        )
    )


def folder(path, reference):
    path.mkdir()


def unreadable(path, reference):
    path.write_text(json.dumps(good(reference)))
    path.chmod(0)


# (case, how the file is made, words one flag must contain or None for "graded, no flag",
#  whether a notebook comes back)
CASES = [
    ("untouched", edit(lambda raw: None), None, True),
    ("missing", lambda path, ref: None, "not submitted", False),
    ("fifo", fifo, "not a regular file", False),
    ("socket", unix_socket, "not a regular file", False),
    ("device symlink", symlink_to("/dev/zero"), "symlink", False),
    ("symlink to a classmate", symlink_to(RELEASED), "symlink", False),
    ("broken link", symlink_to("/nonexistent/nb.ipynb"), "symlink", False),
    ("folder", folder, "not a regular file", False),
    ("200 MB", huge, "too large", False),
    ("50,000 cells", many_cells, "cells", False),
    ("deeply nested JSON", nested, "nested too deeply", False),
    ("non-UTF-8", write_bytes(b'{"cells": ["\xff\xfe"]}'), "not a valid notebook", False),
    ("invalid JSON", write_bytes(b'{"cells": [}'), "not a valid notebook", False),
    ("top-level list", write_bytes(b"[1, 2]"), "not a valid notebook", False),
    ("empty file", write_bytes(b""), "not a valid notebook", False),
    ("nbformat 3", nbformat3, "deleted; put back", True),
    ("nbformat 5", edit(lambda raw: raw.update(nbformat=5)), "not a valid notebook", False),
    (
        "cells not a list",
        edit(lambda raw: raw.update(cells={"a": 1})),
        "not a valid notebook",
        False,
    ),
    ("no cells", edit(lambda raw: raw.update(cells=[])), "empty notebook", True),
    ("notebook metadata a list", edit(lambda raw: raw.update(metadata=[1])), None, True),
    (
        "nbformat_minor not a number",
        edit(lambda raw: raw.update(nbformat_minor="five")),
        None,
        True,
    ),
    ("cell metadata a list", edit(lambda raw: raw["cells"][0].update(metadata=[1, 2])), None, True),
    ("cell metadata a string", edit(lambda raw: raw["cells"][0].update(metadata="x")), None, True),
    (
        "nbgrader metadata a string",
        edit(lambda raw: graded_cell(raw, "a_W_prime_answer")["metadata"].update(nbgrader="x")),
        "deleted; put back",
        True,
    ),
    (
        "source a list of non-strings",
        edit(lambda raw: raw["cells"][0].update(source=[1, None])),
        "malformed cell",
        True,
    ),
    ("a cell that is a number", edit(lambda raw: raw["cells"].append(7)), "malformed cell", True),
    ("cell id a list", edit(lambda raw: raw["cells"][0].update(id=["a"])), None, True),
    (
        "duplicated cell ids",
        edit(lambda raw: [c.update(id="same") for c in raw["cells"]]),
        None,
        True,
    ),
    (
        "grade_id an int",
        edit(lambda raw: graded_cell(raw, "a_W_prime")["metadata"]["nbgrader"].update(grade_id=5)),
        "deleted; put back",
        True,
    ),
    (
        "unknown grade id",
        edit(
            lambda raw: graded_cell(raw, "a_W_prime")["metadata"]["nbgrader"].update(
                grade_id="bogus"
            )
        ),
        "unknown graded cell id",
        True,
    ),
    (
        "points changed",
        edit(lambda raw: graded_cell(raw, "a_W_prime")["metadata"]["nbgrader"].update(points=99)),
        "metadata changed",
        True,
    ),
    (
        "test made ungraded",
        edit(lambda raw: graded_cell(raw, "a_W_prime")["metadata"]["nbgrader"].update(grade=False)),
        "metadata changed",
        True,
    ),
    (
        "test cell edited",
        edit(lambda raw: graded_cell(raw, "a_W_prime").update(source="assert True")),
        "was edited",
        True,
    ),
    (
        "answer uses nnlib",
        edit(
            lambda raw: graded_cell(raw, "a_W_prime_answer").update(
                source="from nnlib import collapse"
            )
        ),
        "nnlib",
        True,
    ),
    (
        "test deleted",
        edit(lambda raw: raw["cells"].remove(graded_cell(raw, "a_W_prime"))),
        "deleted; put back",
        True,
    ),
    (
        "test duplicated",
        edit(lambda raw: raw["cells"].append(dict(graded_cell(raw, "a_W_prime"), id="x"))),
        "more than once",
        True,
    ),
]


class Timeout(Exception):
    pass


@pytest.mark.parametrize("name,make,flag,returns_nb", CASES, ids=[c[0] for c in CASES])
def test_preflight_case(name, make, flag, returns_nb, reference, tmp_path):
    path = tmp_path / "part_a_collapse.ipynb"
    make(path, reference)

    def alarm(*_):
        raise Timeout(name)

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(10)
    start = time.monotonic()
    try:
        checked = preflight.check_notebook(path, reference)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert time.monotonic() - start < 8, name
    if name == "unreadable" and os.geteuid() == 0:
        return
    if flag is None:
        assert not checked.flags, checked.flags
    else:
        assert any(flag in f for f in checked.flags), (name, checked.flags)
    assert (checked.nb is not None) == returns_nb, (name, checked.flags)
    if checked.nb is not None:
        nbformat.validate(checked.nb)
        ids = [c.id for c in checked.nb.cells]
        assert len(ids) == len(set(ids))
    if path.is_symlink():
        assert path.is_symlink()  # never replaced or followed


def test_unreadable_file_is_flagged_or_graded(reference, tmp_path):
    path = tmp_path / "part_a_collapse.ipynb"
    unreadable(path, reference)
    checked = preflight.check_notebook(path, reference)
    assert checked.nb is not None or any("unreadable" in f for f in checked.flags)


EXTRAS = [  # (name, how it is made, copied?, words of its flag)
    ("notes.txt", lambda p: p.write_text("my notes"), True, None),
    ("timestamp.txt", lambda p: p.write_text("2026-11-22 12:00:00 UTC"), True, None),
    ("nbgrader_config.py", lambda p: p.write_text("c = get_config()"), False, "could change"),
    ("sitecustomize.py", lambda p: p.write_text("import os"), False, "could change"),
    ("evil.pth", lambda p: p.write_text("import os"), False, "could change"),
    ("feedback.html", lambda p: p.write_text("<script>x</script>"), False, "could change"),
    ("numpy", lambda p: (p.mkdir(), (p / "__init__.py").write_text("")), False, "folder"),
    (
        "gradebook.db",
        lambda p: p.symlink_to(REPO / "exercises" / "nbgrader_config.py"),
        False,
        "symlink",
    ),
    ("pipe", lambda p: os.mkfifo(p), False, "not a regular file"),
    ("big.bin", lambda p: p.write_bytes(b"x" * (2**20 + 1)), False, "too large"),
]


def test_extra_files_table(tmp_path):
    src, dest = tmp_path / "src", tmp_path / "dest"
    src.mkdir()
    dest.mkdir()
    for name, make, _, _ in EXTRAS:
        make(src / name)
    flags = preflight.copy_extras(src, dest, {"part_a_collapse.ipynb"})
    for name, _, copied, words in EXTRAS:
        assert (dest / name).exists() == copied, name
        if copied:
            assert not (dest / name).is_symlink()
        mine = [f for f in flags if repr(name) in f]
        assert bool(mine) == (words is not None), (name, flags)
        if words:
            assert words in mine[0], (name, mine)


def test_only_the_last_copy_of_a_duplicated_cell_stays_graded(reference, tmp_path):
    """nbgrader's DeduplicateIds would leave `nbgrader: {}` on the first copy, and its
    OverwriteCells(add_missing_cells) then aborts the student with KeyError."""
    path = tmp_path / "part_a_collapse.ipynb"
    raw = good(reference)
    copy = dict(graded_cell(raw, "a_y_relu"), id="copy")
    raw["cells"].append(copy)
    path.write_text(json.dumps(raw))
    nb = preflight.check_notebook(path, reference).nb
    graded = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "a_y_relu"]
    assert [c.id for c in graded] == ["copy"]
    assert all(
        "nbgrader" not in c.metadata or c.metadata.nbgrader.get("grade_id") for c in nb.cells
    )


def graded_ids(nb) -> list[str]:
    return [c.metadata["nbgrader"]["grade_id"] for c in nb.cells if "nbgrader" in c.metadata]


def test_an_answer_and_its_test_deleted_are_put_back_in_place(reference, tmp_path):
    """nbgrader's add_missing_cells raises KeyError for this (the cell before a missing one is
    missing too) and the whole submission scores 0: the pre-flight puts both back, in order,
    and the student's other answers stay as written."""
    raw = good(reference)
    gone = {"a_outputs_answer", "a_y_two_layer"}
    raw["cells"] = [
        c
        for c in raw["cells"]
        if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") not in gone
    ]
    graded_cell(raw, "a_W_prime_answer")["source"] = "W_prime = W2 @ W1\nb_prime = W2 @ b1 + b2"
    path = tmp_path / "part_a_collapse.ipynb"
    path.write_text(json.dumps(raw))
    checked = preflight.check_notebook(path, reference)
    assert graded_ids(checked.nb) == graded_ids(reference)
    assert sum("was deleted; put back" in f for f in checked.flags) == 2, checked.flags
    (answer,) = [
        c
        for c in checked.nb.cells
        if c.metadata.get("nbgrader", {}).get("grade_id") == "a_W_prime_answer"
    ]
    assert answer.source.startswith("W_prime = W2 @ W1")
    nbformat.validate(checked.nb)


def test_the_graders_metadata_written_by_the_student_is_removed(reference, tmp_path):
    raw = good(reference)
    raw["metadata"]["nngrade"] = {"flags": ["matches student ok1's numbers"], "passed": 28}
    path = tmp_path / "part_a_collapse.ipynb"
    path.write_text(json.dumps(raw))
    checked = preflight.check_notebook(path, reference)
    assert "nngrade" not in checked.nb.metadata
    assert any("'nngrade' written by the student was removed" in f for f in checked.flags)


def test_plain_nbgrader_gets_the_same_repairs(reference, tmp_path):
    """`Preflight`, the first of nbgrader's sanitising steps in the course config, repairs a
    notebook that plain `nbgrader autograde` (formgrader's button) read, against the released
    one in the course folder: a renamed answer id, an answer cell made a test cell, and an
    answer cell deleted with its test cell."""
    from traitlets.config import Config

    release = tmp_path / "release" / "backprop"
    release.mkdir(parents=True)
    nbformat.write(reference, release / "part_a_collapse.ipynb")
    raw = good(reference)
    graded_cell(raw, "a_W_prime_answer")["metadata"]["nbgrader"]["grade_id"] = "mine"
    graded_cell(raw, "a_y_relu_answer")["metadata"]["nbgrader"].update(grade=True, solution=False)
    gone = {"a_outputs_answer", "a_y_two_layer"}
    raw["cells"] = [
        c for c in raw["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id") not in gone
    ]
    raw["metadata"]["nngrade"] = {"flags": ["written by the student"]}
    config = Config()
    config.CourseDirectory.root = str(tmp_path)
    resources = {"nbgrader": {"assignment": "backprop", "notebook": "part_a_collapse"}}
    nb, resources = preflight.Preflight(config=config).preprocess(
        nbformat.from_dict(raw), resources
    )
    assert graded_ids(nb) == graded_ids(reference)
    relu = next(
        c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "a_y_relu_answer"
    )
    assert relu.metadata.nbgrader["solution"] and not relu.metadata.nbgrader["grade"]
    flags = resources[preflight.PREFLIGHT_FLAGS]
    for words in (
        "unknown graded cell id 'mine'",
        "metadata changed",
        "was deleted; put back",
        "'nngrade' written by the student was removed",
    ):
        assert any(words in f for f in flags), (words, flags)
    assert "nngrade" not in nb.metadata
