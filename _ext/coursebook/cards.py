"""The flashcards: one YAML file (`practice/flashcards.yml`) feeds both

- the `flashcards` directive, which renders each card as a button (the question) that
  shows and hides its answer, plus a "Print flashcards" button and the deck download;
- the Anki deck (`downloads/nn-backprop-flashcards.apkg`), written at build time with
  fixed model/deck ids and one GUID per card id, so re-importing updates the cards.

The card script and style are added only to the page that holds the deck.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path

import genanki
import yaml
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

CARDS_FILE = Path("practice") / "flashcards.yml"
DECK_FILE = "nn-backprop-flashcards.apkg"
DECK_URL = "downloads/" + DECK_FILE
DECK_NAME = "Neural networks and backpropagation"
# Fixed ids (random once, then frozen): Anki matches decks and note types by id.
DECK_ID = 1_760_412_093
MODEL_ID = 1_760_412_094
# The deck file's timestamp, fixed so that the same cards give the same ids and dates.
DECK_TIMESTAMP = 1_760_000_000.0


@dataclass(frozen=True)
class Card:
    id: str
    question: str
    answer: str


def load_cards(path: Path) -> list[Card]:
    """Read and check the cards file; a malformed file stops the build with its reason."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ExtensionError(f"cannot read the flashcards file {path}: {err}") from err
    entries = data.get("cards") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ExtensionError(f"{path}: expected a top-level `cards:` list of cards")
    cards, seen = [], set()
    for number, entry in enumerate(entries, start=1):
        fields = (
            {key: str(entry.get(key, "")).strip() for key in ("id", "question", "answer")}
            if isinstance(entry, dict)
            else {}
        )
        missing = [key for key in ("id", "question", "answer") if not fields.get(key)]
        if missing:
            raise ExtensionError(f"{path}: card {number} lacks {', '.join(missing)}")
        if fields["id"] in seen:
            raise ExtensionError(f"{path}: card id {fields['id']!r} is used twice")
        seen.add(fields["id"])
        cards.append(Card(**fields))
    return cards


# ----------------------------------------------------------------------------- Anki

_INLINE_MATH = re.compile(r"\$([^$]+)\$")


def to_anki_html(text: str) -> str:
    """MyST text to Anki's HTML: escape it, then `$x$` becomes Anki's MathJax `\\(x\\)`."""
    return _INLINE_MATH.sub(r"\\(\1\\)", html.escape(text, quote=False))


def build_deck(cards: list[Card]) -> genanki.Package:
    model = genanki.Model(
        MODEL_ID,
        "Course flashcard (question / answer)",
        fields=[{"name": "Question"}, {"name": "Answer"}],
        templates=[
            {
                "name": "Card",
                "qfmt": "{{Question}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}',
            }
        ],
        css=".card { font-family: sans-serif; font-size: 20px; text-align: left; }",
    )
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for card in cards:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[to_anki_html(card.question), to_anki_html(card.answer)],
                guid=genanki.guid_for("nn-backprop", card.id),
                tags=["nn-backprop"],
            )
        )
    return genanki.Package(deck)


def write_deck(srcdir: Path, extra: Path) -> Path | None:
    """Write the deck into `<extra>/downloads/` (served at the site root) if the cards changed."""
    source = srcdir / CARDS_FILE
    target = extra / DECK_URL
    if not source.is_file():
        logger.info(f"coursebook: no {CARDS_FILE}, so no Anki deck")
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    stamp = target.with_name("." + DECK_FILE + ".sha256")
    if target.is_file() and stamp.is_file() and stamp.read_text() == digest:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    build_deck(load_cards(source)).write_to_file(str(target), timestamp=DECK_TIMESTAMP)
    stamp.write_text(digest)
    return target


# ----------------------------------------------------------------------------- page


def _raw(markup: str) -> nodes.raw:
    return nodes.raw("", markup, format="html")


class FlashcardsDirective(SphinxDirective):
    """```{flashcards} flashcards.yml``` renders the cards of that file (path relative
    to the page) with a print button and a link to the Anki deck."""

    required_arguments = 1
    has_content = False

    def _parse(self, text: str) -> list[nodes.Node]:
        holder = nodes.container()
        self.state.nested_parse(StringList(text.splitlines()), self.content_offset, holder)
        return holder.children

    def run(self) -> list[nodes.Node]:
        relpath, abspath = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(relpath)
        cards = load_cards(Path(abspath))
        to_root = "../" * self.env.docname.count("/")

        deck = nodes.container(classes=["flashcard-deck"])
        deck += _raw(
            '<div class="flashcard-tools">'
            '<button type="button" class="flashcard-print sd-btn sd-btn-primary">'
            "Print flashcards</button> "
            f'<a class="flashcard-anki" href="{to_root}{DECK_URL}" download>'
            f"Download the Anki deck ({DECK_FILE})</a></div>"
        )
        for number, card in enumerate(cards, start=1):
            answer_id = f"flashcard-{card.id}-answer"
            item = nodes.container(classes=["flashcard"])
            item += _raw(
                f'<button type="button" class="flashcard-question" aria-expanded="false" '
                f'aria-controls="{answer_id}"><span class="flashcard-number">'
                f'Card {number} of {len(cards)}</span><span class="flashcard-q-text">'
            )
            question = self._parse(card.question)
            if len(question) == 1 and isinstance(question[0], nodes.paragraph):
                question = question[0].children  # phrasing content only inside a button
            item += nodes.inline("", "", *question)
            item += _raw('</span><span class="flashcard-hint">Show answer</span></button>')
            answer = nodes.container(ids=[answer_id], classes=["flashcard-answer"])
            answer += self._parse(card.answer)
            item += answer
            deck += item
        return [deck]


def _add_page_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict, doctree: nodes.document | None
) -> None:
    if doctree is None:
        return
    if any(
        True
        for _ in doctree.findall(
            lambda node: "flashcard-deck" in getattr(node, "get", lambda *_: [])("classes", [])
        )
    ):
        app.add_css_file("coursebook/flashcards.css")
        app.add_js_file("coursebook/flashcards.js", defer="defer")


def setup(app: Sphinx) -> None:
    app.add_directive("flashcards", FlashcardsDirective)
    app.connect("html-page-context", _add_page_assets)
