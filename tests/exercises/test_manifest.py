"""The assignment manifest, its loader and the build that reads it (fast, no nbgrader CLI).

A table of manifests, good and broken, goes through `nngrade.manifest.load`; a broken one must
fail with a message that names the file and what to fix. The build must refuse an assignment
whose key, notebooks and manifest disagree. And the engine must name no assignment.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from nngrade import build, manifest
from nngrade.checks import Key

REPO = Path(__file__).resolve().parents[2]
COURSE = REPO / "exercises"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


GOOD = """
title = "A test"
[points]
auto = 2
manual = 1
[[notebooks]]
name = "one"
title = "The first"
[[notebooks]]
name = "two"
title = "The second"
[[files]]
name = "helper.py"
title = "a helper"
[hidden]
cases = [[1.0, 2.0], [3.0, -4.0]]
[leaks]
release = ["Model answer"]
"""
NOTEBOOK = '[[notebooks]]\nname = "one"\ntitle = "The first"\n'

# (case id, folder name, manifest text, the error's words or None for a good manifest)
CASES = [
    ("good", "quiz", GOOD, None),
    ("minimal", "quiz-2", 'title = "T"\n' + NOTEBOOK, None),
    ("no title", "quiz", NOTEBOOK, "`title` must be a non-empty string"),
    ("blank title", "quiz", 'title = "  "\n' + NOTEBOOK, "`title` must be a non-empty string"),
    ("typo in a key", "quiz", 'title = "T"\nnotebook = []\n' + NOTEBOOK, "unknown key(s) notebook"),
    ("no notebooks", "quiz", 'title = "T"\n', "list at least one notebook"),
    ("notebooks not tables", "quiz", 'title = "T"\nnotebooks = ["one"]\n', "array of tables"),
    (
        "notebook with .ipynb",
        "quiz",
        'title = "T"\n[[notebooks]]\nname = "one.ipynb"\ntitle = "x"\n',
        "without .ipynb",
    ),
    (
        "notebook path",
        "quiz",
        'title = "T"\n[[notebooks]]\nname = "../one"\ntitle = "x"\n',
        "is not a file name",
    ),
    (
        "notebook without title",
        "quiz",
        'title = "T"\n[[notebooks]]\nname = "one"\n',
        "needs a title",
    ),
    (
        "notebook extra key",
        "quiz",
        'title = "T"\n' + NOTEBOOK + "points = 3\n",
        "only `name` and `title`",
    ),
    ("same name twice", "quiz", 'title = "T"\n' + NOTEBOOK + NOTEBOOK, "appears twice"),
    (
        "points as float",
        "quiz",
        'title = "T"\n[points]\nauto = 2.5\n' + NOTEBOOK,
        "points.auto must be a whole number",
    ),
    (
        "negative points",
        "quiz",
        'title = "T"\n[points]\nmanual = -1\n' + NOTEBOOK,
        "points.manual must be a whole number",
    ),
    (
        "points typo",
        "quiz",
        'title = "T"\n[points]\nautomatic = 2\n' + NOTEBOOK,
        "[points] holds only",
    ),
    (
        "hidden name upper case",
        "quiz",
        'title = "T"\n' + NOTEBOOK + "[hidden]\nCases = [1]\n",
        "use lower-case letters",
    ),
    (
        "leaks not strings",
        "quiz",
        'title = "T"\n' + NOTEBOOK + "[leaks]\nrelease = [1]\n",
        "leaks.release must be a list",
    ),
    (
        "leaks typo",
        "quiz",
        'title = "T"\n' + NOTEBOOK + '[leaks]\nfeedback = ["x"]\n',
        "[leaks] holds only",
    ),
    ("key elsewhere", "quiz", 'title = "T"\nkey = "../key.py"\n' + NOTEBOOK, "`key` must name"),
    ("not TOML", "quiz", 'title = "T\n', "not valid TOML"),
    ("folder not an id", "my quiz", GOOD, "nbgrader id"),
]


@pytest.mark.parametrize("folder, text, error", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_loader_accepts_good_manifests_and_names_what_is_wrong(tmp_path, folder, text, error):
    path = tmp_path / folder
    path.mkdir()
    (path / manifest.FILE).write_text(text)
    if error is None:
        m = manifest.load(path)
        assert m.name == folder and m.notebooks and m.title
        return
    with pytest.raises(manifest.ManifestError) as raised:
        manifest.load(path)
    assert error in str(raised.value)
    assert str(path) in str(raised.value)


def test_what_is_derived_from_a_manifest(tmp_path):
    (tmp_path / "quiz").mkdir()
    (tmp_path / "quiz" / manifest.FILE).write_text(GOOD)
    m = manifest.load(tmp_path / "quiz")
    assert m.notebook_names == ["one", "two"]  # the manifest's order
    assert [f.name for f in m.files] == ["helper.py"]
    assert (m.points_auto, m.points_manual, m.points) == (2, 1, 3)
    assert m.hidden_constants() == {"_NNBP_CASES": [[1.0, 2.0], [3.0, -4.0]]}
    assert "_NNBP_CASES" in m.feedback_markers() and "BEGIN HIDDEN TESTS" in m.feedback_markers()
    assert "Model answer" in m.release_markers() and "BEGIN SOLUTION" in m.release_markers()
    assert "Model answer" not in m.feedback_markers()  # a student may quote it in an answer


@pytest.mark.parametrize(
    "folders, name, expected, error",
    [
        ([], None, None, "0 assignments (none)"),
        (["a"], None, "a", None),
        (["a", "b"], None, None, "2 assignments (a, b); name the one you mean"),
        (["a", "b"], "b", "b", None),
        (["a"], "c", None, "there is no manifest"),
        (["a"], "../a", None, "is not an assignment name"),
    ],
    ids=["none", "the only one", "two, unnamed", "two, named", "missing", "a path"],
)
def test_find_picks_the_assignment(tmp_path, folders, name, expected, error):
    for folder in folders:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / manifest.FILE).write_text('title = "T"\n' + NOTEBOOK)
    (tmp_path / "source").mkdir()  # nbgrader's folders are not assignments
    if error:
        with pytest.raises(manifest.ManifestError, match=re.escape(error)):
            manifest.find(tmp_path, name)
    else:
        assert manifest.find(tmp_path, name).name == expected


def test_the_real_course_and_the_fixture_are_valid():
    (real,) = manifest.assignments(COURSE)
    assert real.points == 31 and len(real.hidden) == 4
    fixture = manifest.load(FIXTURES / "squares")
    assert fixture.key().points == fixture.points_auto == 3


def test_a_key_only_checks_notebooks_of_its_manifest():
    key = Key(FIXTURES / "squares" / "key.py")
    with pytest.raises(manifest.ManifestError, match="not a notebook of the manifest"):
        key.item("x", "elsewhere", 1, "x")
    key.item("x", "squares", 1, "x")(lambda enc: None)
    with pytest.raises(manifest.ManifestError, match="two checks"):
        key.item("x", "squares", 1, "x")


def test_two_keys_never_share_their_items(tmp_path):
    copy = tmp_path / "other"
    shutil.copytree(FIXTURES / "squares", copy)
    ours, theirs = manifest.load(FIXTURES / "squares").key(), manifest.load(copy).key()
    assert ours is not theirs and set(ours.items) == set(theirs.items)


def _course_with_fixture(tmp_path) -> Path:
    course = tmp_path / "course"
    shutil.copytree(FIXTURES / "squares", course / "squares")
    return course


BREAKS = [  # (case id, file, old text, new text, words of the problem)
    (
        "test cell not in the key",
        "squares.py",
        "# %% [test sq_value]",
        "# %% [test sq_other]",
        "has no check in the key",
    ),
    ("points disagree", "manifest.toml", "auto = 3", "auto = 4", "the key and the notebooks give"),
    ("manual points disagree", "squares.py", "points=1]", "points=2]", "manual = 2"),
    (
        "undefined hidden input",
        "key.py",
        'calls("square", "square_cases")',
        'calls("square", "square_inputs")',
        "_NNBP_SQUARE_INPUTS",
    ),
    (
        "notebook source missing",
        "manifest.toml",
        "[hidden]",
        '[[notebooks]]\nname = "cubes"\ntitle = "Cubes"\n[hidden]',
        "its source is missing",
    ),
    (
        "key names another notebook",
        "key.py",
        '"sq_value", "squares"',
        '"sq_value", "cubes"',
        "'cubes' is not a notebook of the manifest",
    ),
]


@pytest.mark.parametrize(
    "file, old, new, words", [b[1:] for b in BREAKS], ids=[b[0] for b in BREAKS]
)
def test_the_build_refuses_an_assignment_whose_parts_disagree(tmp_path, file, old, new, words):
    course = _course_with_fixture(tmp_path)
    path = course / "squares" / file
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new))
    problems = build.build(course)
    assert any(words in p for p in problems), problems
    assert not (course / "source" / "squares" / "squares.ipynb").exists()


def test_the_build_writes_checks_and_finds_strays(tmp_path):
    course = _course_with_fixture(tmp_path)
    assert build.build(course, check=True) == [
        "source/squares/squares.ipynb: out of date (run make exercises-source)"
    ]
    assert build.build(course) == []
    assert build.build(course, check=True) == []
    (course / "source" / "squares" / "old.ipynb").write_text("{}")
    assert any("old.ipynb: not in squares's manifest" in p for p in build.build(course, check=True))


def test_the_engine_names_no_assignment():
    names = {m.name for m in manifest.assignments(COURSE)} | {"squares"}
    for path in sorted((COURSE / "nngrade").glob("*.py")):
        text = path.read_text()
        for name in names:
            # the course id `nn-backprop` in docstrings is the course, not an assignment
            found = re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
            assert not found, f"{path.name} names the assignment {name!r}"
