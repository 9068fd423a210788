"""The flashcards file and the deck built from it, without building the book (fast):
a malformed file stops the build with its reason; the deck is deterministic."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from coursebook import cards  # the book's Sphinx extension
from sphinx.errors import ExtensionError

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cards.yml"
    path.write_text(text)
    return path


def test_the_course_file_has_nine_complete_cards():
    deck = cards.load_cards(REPO / cards.CARDS_FILE)
    assert len(deck) == 9
    assert len({card.id for card in deck}) == 9


@pytest.mark.parametrize("text, reason", [
    ("cards: [", "cannot read"),
    ("- just a list", "top-level `cards:`"),
    ("cards: []", "top-level `cards:`"),
    ("cards:\n  - id: a\n    question: Q?\n", "card 1 lacks answer"),
    ("cards:\n  - id: a\n    question: Q?\n    answer: A\n  - id: a\n    question: R?\n"
     "    answer: B\n", "'a' is used twice"),
])
def test_a_malformed_cards_file_is_refused_with_its_reason(tmp_path, text, reason):
    with pytest.raises(ExtensionError, match=reason.replace("?", r"\?")):
        cards.load_cards(write(tmp_path, text))


def test_math_and_markup_become_anki_html():
    assert cards.to_anki_html("cost $O(N)$ for <N> weights & more") == \
        r"cost \(O(N)\) for &lt;N&gt; weights &amp; more"


def test_the_deck_is_written_once_per_change_with_stable_ids(tmp_path):
    src = tmp_path / "book"
    (src / "practice").mkdir(parents=True)
    (src / cards.CARDS_FILE).write_text(
        "cards:\n  - id: one\n    question: Q1?\n    answer: A1 $x$\n"
        "  - id: two\n    question: Q2?\n    answer: A2\n")
    deck = cards.write_deck(src, tmp_path / "extra")
    first = deck.stat().st_mtime_ns
    assert cards.write_deck(src, tmp_path / "extra").stat().st_mtime_ns == first  # unchanged
    with zipfile.ZipFile(deck) as archive:
        archive.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        notes = db.execute("SELECT guid, flds FROM notes ORDER BY id").fetchall()
        models = db.execute("SELECT models FROM col").fetchone()[0]
    finally:
        db.close()
    assert [flds for _, flds in notes] == ["Q1?\x1fA1 \\(x\\)", "Q2?\x1fA2"]
    import genanki
    assert [guid for guid, _ in notes] == [genanki.guid_for("nn-backprop", "one"),
                                           genanki.guid_for("nn-backprop", "two")]
    assert str(cards.MODEL_ID) in models
