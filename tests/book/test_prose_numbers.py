"""Numbers in the prose come from the build, formatted once: a {glue:text} role never
carries its own format (nnlib.book.glue formats with nnlib.number_text, so a sentence and
the table beside it round alike, and a lesson notebook shows the same text), and the
intro's reading time is counted from the lessons' words, not typed in."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "_ext"))

from coursebook import readingtime  # noqa: E402

GLUE_ROLE = re.compile(r"\{glue:text\}`(?P<content>[^`]*)`")
PAGES = sorted((REPO / "lessons").glob("*.md")) + sorted((REPO / "practice").glob("*.md"))


def test_no_glue_role_formats_its_own_number():
    found = 0
    for page in PAGES:
        for match in GLUE_ROLE.finditer(page.read_text(encoding="utf-8")):
            found += 1
            content = match["content"]
            if "::" in content:  # another page's value: only the ":s" MyST-NB needs there
                assert content.endswith(":s") and content.count(":") == 3, (page.name, content)
            else:
                assert ":" not in content, (page.name, content)
    assert found > 60


def test_lessons_import_nothing_that_only_the_book_build_has():
    for lesson in sorted((REPO / "lessons").glob("*.md")):
        text = lesson.read_text(encoding="utf-8")
        assert "myst_nb" not in text, lesson.name
        if "glue(" in text:
            assert "from nnlib.book import glue" in text, lesson.name


def test_prose_words_leave_out_code_maths_and_markup():
    text = """---
jupytext: {}
---
# A title of four

(a-label)=
Some prose with $x^2 + y$ inline maths.

```{code-cell} ipython3
many words of code that are not prose at all
```

$$
a + b = c
$$

:::{admonition} Two words
:class: tip
Inside it.
:::
"""
    # "A title of four" 4, "Some prose with inline maths." 5, "Two words" 2, "Inside it." 2
    assert readingtime.prose_words(text) == 13


@pytest.mark.parametrize(("words", "minutes"), [(100, 5), (9_200, 40), (10_227, 45)])
def test_reading_minutes_round_to_five(words, minutes):
    assert readingtime.reading_minutes(words) == minutes


def test_the_intro_states_no_typed_reading_time():
    intro = (REPO / "intro.md").read_text(encoding="utf-8")
    reading = next(line for line in intro.splitlines() if line.startswith("- Reading:"))
    assert "{{ lesson_reading_minutes }}" in reading and not re.search(r"\d", reading)


@pytest.mark.slow
def test_the_built_intro_shows_the_counted_reading_time(page_text):
    lessons = readingtime.toc_lessons(REPO)
    assert len(lessons) == 5
    words = sum(readingtime.prose_words(p.read_text(encoding="utf-8")) for p in lessons)
    text = page_text("intro.html")
    assert f"about {readingtime.reading_minutes(words)} minutes for the five lessons" in text
    assert f"{words:,} words" in text
    assert "{{" not in text
