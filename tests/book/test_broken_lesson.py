"""A broken lesson must fail the build: the README's build command (via
tests/conftest.py's build_book: `jupyter-book build --all -W --keep-going`) on a small
copy of the book holding only the real _config.yml, the coursebook extension, a
one-line intro and one lesson, whose cell raises, or which shows a live ipywidgets
control (blank on the static site), or a figure too wide or with too small text for a
phone (nnlib.figure_style's error, shown without the cell raising)."""

from __future__ import annotations

import shutil

import pytest

from ..conftest import build_book

pytestmark = pytest.mark.slow

MESSAGE = "deliberately broken lesson 7f3a"

LESSON = """---
jupytext:
  text_representation:
    extension: .md
    format_name: myst
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---

# A broken lesson

Some text and $x^2$.

```{{code-cell}} ipython3
{code}
```
"""
BROKEN = {
    "raising cell": (f'raise RuntimeError("{MESSAGE}")', MESSAGE),
    "live widget": ("import ipywidgets\nipywidgets.IntSlider()", "live ipywidgets control"),
    # shown without raising (a display formatter's error): erroroutputs fails the build
    "figure unreadable on a phone": (
        "%matplotlib inline\nimport matplotlib.pyplot as plt\n"
        "from nnlib.figure_style import use_course_figures\n\nuse_course_figures()\n"
        "fig, ax = plt.subplots(figsize=(9, 3))\nplt.show()",
        "unreadable on a phone",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_lesson_fails_the_build(case, repo_root, venv_env, tmp_path):
    code, reason = BROKEN[case]
    book = tmp_path / "book"
    book.mkdir()
    for name in ("_config.yml", "package.json", "package-lock.json"):
        shutil.copy2(repo_root / name, book / name)
    shutil.copytree(repo_root / "_ext", book / "_ext", ignore=shutil.ignore_patterns("__pycache__"))
    (book / "node_modules").symlink_to(repo_root / "node_modules")  # MathJax, already installed
    (book / "intro.md").write_text("# A small book\n\nOne lesson follows.\n")
    (book / "lessons").mkdir()
    (book / "lessons" / "broken.md").write_text(LESSON.format(code=code))
    (book / "_toc.yml").write_text(
        "format: jb-book\nroot: intro\nparts:\n  - caption: Lessons\n    chapters:\n"
        "      - file: lessons/broken\n"
    )

    result = build_book(book, tmp_path / "out", venv_env)
    log = result.stdout + result.stderr
    assert result.returncode != 0, f"the build passed despite the {case}"
    assert reason in log, f"the build failed, but not because of the {case}:\n{log[-3000:]}"
    assert (
        not (tmp_path / "out" / "_build" / "html" / "lessons" / "broken.html").exists()
        or "RuntimeError"
        not in (tmp_path / "out" / "_build" / "html" / "lessons" / "broken.html").read_text()
    ), "the traceback was published"
