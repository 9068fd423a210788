"""Names that screen readers announce, fixed in each page's body before it is written.

- MyST-NB's hidden-code toggles are `<summary aria-label="Toggle hidden content">`
  showing "Show code cell source": the announced name differs from the visible text
  (WCAG 2.5.3, label in name). The aria-label is dropped, so the name is the text shown.
- Dropdowns on one page that share a title (the practice page's seven "Show answer")
  all sound alike in a list of controls. Each one gets what it answers, as text only
  screen readers read: the number of the question printed in bold before it, or else
  the heading it sits under ("Show answer to question 3", "Worked answer to Part A").
  The visible words stay first, as WCAG asks.
- MyST-NB's "Show code cell source" toggles, up to a dozen a page, get the section they
  sit in, the same way ("Show code cell source (Training on the spiral, 2 of 3)").
"""

from __future__ import annotations

import re
from collections import Counter

from sphinx.application import Sphinx

HIDDEN_CODE_LABEL = re.compile(r'<summary aria-label="Toggle hidden content">')
DROPDOWN_TITLE = re.compile(r'(<span class="sd-summary-text">)(.*?)(</span>)', re.S)
# what a dropdown answers: a bold "3." before it, or the heading above it
CONTEXT = re.compile(r"<strong>\s*(?P<number>\d+)\.|<h[2-4][^>]*>(?P<heading>.*?)</h[2-4]>", re.S)
TAG = re.compile(r"<[^>]+>")
CODE_TOGGLE = re.compile(
    r'(<summary>\s*<p class="collapsed admonition-title">[^<]*)(</p>\s*'
    r'<p class="expanded admonition-title">[^<]*)(</p>\s*</summary>)'
)
HEADING = re.compile(r"<h[1-4][^>]*>(?P<heading>.*?)</h[1-4]>", re.S)


def _section(body: str, end: int) -> str:
    found = list(HEADING.finditer(body, 0, end))
    if not found:
        return "page"
    return TAG.sub("", found[-1].group("heading")).replace("#", "").strip() or "page"


def name_code_toggles(body: str) -> str:
    """Give each code toggle the section it sits in (and its place there if it shares it)."""
    toggles = list(CODE_TOGGLE.finditer(body))
    if len(toggles) < 2:
        return body
    sections = [_section(body, m.start()) for m in toggles]
    totals = Counter(sections)
    seen: Counter = Counter()
    out, last = [], 0
    for match, section in zip(toggles, sections):
        seen[section] += 1
        where = (
            section if totals[section] == 1 else f"{section}, {seen[section]} of {totals[section]}"
        )
        hidden = f'<span class="visually-hidden"> ({where})</span>'
        out += [body[last : match.start()], match[1], hidden, match[2], hidden, match[3]]
        last = match.end()
    return "".join(out) + body[last:]


def _answered(body: str, end: int) -> str | None:
    found = list(CONTEXT.finditer(body, 0, end))
    if not found:
        return None
    last = found[-1]
    if last.group("number"):
        return f"question {last.group('number')}"
    heading = TAG.sub("", last.group("heading")).replace("#", "").strip()
    return heading or None


def name_dropdowns(body: str) -> str:
    """Give dropdowns that share a title the number of the question before them."""
    titles = Counter(m.group(2).strip() for m in DROPDOWN_TITLE.finditer(body))
    repeated = {title for title, count in titles.items() if count > 1}
    if not repeated:
        return body
    seen: Counter = Counter()
    given: set[str] = set()

    def rename(match: re.Match) -> str:
        title = match.group(2).strip()
        if title not in repeated:
            return match.group(0)
        seen[title] += 1
        which = _answered(body, match.start())
        if which is None or (title, which) in given:
            which = f"{which or 'answer'}, {seen[title]} of {titles[title]}"
        given.add((title, which))
        hidden = f'<span class="visually-hidden"> to {which}</span>'
        return match.group(1) + match.group(2) + hidden + match.group(3)

    return DROPDOWN_TITLE.sub(rename, body)


def fix_names(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    body = context.get("body")
    if not body:
        return
    body = HIDDEN_CODE_LABEL.sub("<summary>", body)
    context["body"] = name_code_toggles(name_dropdowns(body))


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", fix_names)
