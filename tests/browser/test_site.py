"""Every page of the built site in a real headless Chromium: it loads with no console
error and no request to another host, its math is typeset, and a screenshot of it is
saved (tmp folder, copied to /tmp/site_screens); at desktop width nothing on it scrolls
sideways or sticks out of the text column. Then the pages that do something: practice
dropdowns, flashcards (click, keyboard, print to PDF) and search."""

from __future__ import annotations

import re

import pytest

from .conftest import redirect_target, site_pages

pytestmark = pytest.mark.slow

MATH_TIMEOUT_MS = 20_000
# pages whose formulas the reader must see typeset (a missing MathJax or dollarmath
# would otherwise leave no .math element and nothing to check)
MUST_HAVE_MATH = {
    "lessons/02_relu_hidden_layer.html",
    "lessons/04_backpropagation.html",
    "practice/cheatsheet.html",
}
# prose text (code, outputs and the interactives left out) showing TeX delimiters
RAW_TEX = re.compile(r"\$\$|\$[^\s$][^$\n]{0,80}\$|\\\(|\\\[")
PROSE_TEXT_JS = """() => {
  const article = document.querySelector('article') || document.body;
  const copy = article.cloneNode(true);
  copy.querySelectorAll('pre, code, .cell_output, .output, .nnw, mjx-container, script, style')
      .forEach(e => e.remove());
  return copy.textContent;
}"""


def shot_name(path: str) -> str:
    return path.replace("/", "__").removesuffix(".html") + ".png"


def wait_for_math(page) -> tuple[int, int]:
    """Wait (up to MATH_TIMEOUT_MS) until MathJax has typeset every .math element of the
    page; return (math elements, typeset ones)."""
    math = page.locator(".math").count()
    if math:
        try:
            page.wait_for_function(
                "n => document.querySelectorAll('.math mjx-container').length >= n",
                arg=math,
                timeout=MATH_TIMEOUT_MS,
            )
        except Exception:  # noqa: BLE001 - the caller reports the count
            pass
    return math, page.locator(".math mjx-container").count()


def test_every_page_loads_offline_cleanly_with_math(site, open_page, screens_dir):
    pages = site_pages(site[0])
    expected = {
        "intro.html",
        "lessons/02_relu_hidden_layer.html",
        "lessons/04_backpropagation.html",
        "practice/practice.html",
        "practice/flashcards.html",
        "search.html",
    }
    problems = [f"{p}: missing from the built site" for p in sorted(expected - set(pages))]
    for path in pages:
        page, log = open_page(path)
        math, typeset = wait_for_math(page)
        if math:
            if typeset < math:
                problems.append(f"{path}: only {typeset} of {math} math elements typeset")
            if page.locator("mjx-merror").count():
                problems.append(f"{path}: MathJax reports an error in a formula")
        elif path in MUST_HAVE_MATH:
            problems.append(f"{path}: no math element at all (is dollarmath on?)")
        raw = RAW_TEX.search(page.evaluate(PROSE_TEXT_JS))
        if raw:
            problems.append(f"{path}: untypeset TeX in the text: {raw.group(0)!r}")
        page.wait_for_timeout(150)  # let late scripts report
        page.screenshot(path=str(screens_dir / shot_name(path)), full_page=True)
        problems += [f"{path}: {e}" for e in log.errors]
        problems += [f"{path}: request to another host: {u}" for u in log.foreign]
    assert not problems, "\n".join(problems)


def test_practice_dropdowns_open(open_page, screens_dir):
    page, log = open_page("practice/practice.html")
    dropdowns = page.locator("details.sd-dropdown")
    assert dropdowns.count() >= 7, "the seven self-check answers should be dropdowns"
    for i in range(dropdowns.count()):
        details = dropdowns.nth(i)
        assert details.get_attribute("open") is None, f"dropdown {i + 1} starts open"
        details.locator("summary").first.click()
        page.wait_for_function("d => d.open", arg=details.element_handle())
        body = details.locator(".sd-summary-content, .sd-card-body").first
        assert body.is_visible(), f"dropdown {i + 1} opened but shows nothing"
    page.screenshot(path=str(screens_dir / "practice__dropdowns_open.png"), full_page=True)
    assert not log.errors, log.errors


def test_flashcards_flip_on_click_and_keyboard(open_page, screens_dir):
    page, log = open_page("practice/flashcards.html")
    cards = page.locator(".flashcard-question")
    assert cards.count() == 9

    def answer(i):
        return page.locator("#" + cards.nth(i).get_attribute("aria-controls"))

    for i in range(9):
        assert not answer(i).is_visible(), f"card {i + 1}'s answer shows before it is flipped"
    cards.nth(0).click()
    assert cards.nth(0).get_attribute("aria-expanded") == "true" and answer(0).is_visible()
    cards.nth(0).click()
    assert not answer(0).is_visible(), "a second click should hide the answer again"

    cards.nth(1).focus()
    page.keyboard.press("Enter")
    assert answer(1).is_visible(), "Enter should flip a focused card"
    cards.nth(2).focus()
    page.keyboard.press("Space")
    assert answer(2).is_visible(), "Space should flip a focused card"
    page.screenshot(path=str(screens_dir / "practice__flashcards_flipped.png"), full_page=True)
    page.keyboard.press("Space")
    assert not answer(2).is_visible()
    assert not log.errors, log.errors


def test_flashcards_print_one_card_per_page(open_page, screens_dir):
    page, _ = open_page("practice/flashcards.html")
    pdf = page.pdf(path=str(screens_dir / "flashcards.pdf"), format="A4")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    assert pages == 9, f"the printed deck has {pages} pages, expected 9 (one card per page)"
    page.emulate_media(media="print")
    layout = page.evaluate("""() => [...document.querySelectorAll('.flashcard')].map(c => ({
        breakAfter: getComputedStyle(c).breakAfter,
        answerShown:
          getComputedStyle(c.querySelector('.flashcard-answer')).display !== 'none'}))""")
    assert len(layout) == 9
    assert all(c["answerShown"] for c in layout), "printed cards should show their answers"
    assert all(c["breakAfter"] == "page" for c in layout[:-1]), layout


def test_search_finds_backpropagation(open_page, screens_dir):
    page, log = open_page("search.html?q=backpropagation")
    results = page.locator("#search-results ul.search li")
    results.first.wait_for(timeout=20_000)
    page.screenshot(path=str(screens_dir / "search__backpropagation.png"), full_page=True)
    links = [
        results.nth(i).locator("a").first.get_attribute("href") for i in range(results.count())
    ]
    assert any("04_backpropagation" in href for href in links), links
    assert not log.errors, log.errors


# What sticks out of the text column at desktop width, after every toggle is opened
# (hidden code cells, dropdowns) and MathJax and the fonts are done: code blocks that
# scroll sideways, and display math, tables or images past the column's edges.
OVERFLOW_JS = """() => {
  const column = document.querySelector('article.bd-article');
  if (!column) return ['no article.bd-article: cannot find the text column'];
  const edge = column.getBoundingClientRect();
  const out = [];
  const label = el => (el.textContent || el.getAttribute('alt') || el.getAttribute('src') || '')
      .replace(/\\s+/g, ' ').trim().slice(0, 60);
  const sticksOut = el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && (r.right > edge.right + 1 || r.left < edge.left - 1);
  };
  column.querySelectorAll('pre').forEach(el => {
    if (el.scrollWidth > el.clientWidth + 1)
      out.push(`code block scrolls sideways (${el.scrollWidth} > ${el.clientWidth} px): ` +
               JSON.stringify(label(el)));
  });
  column.querySelectorAll('mjx-container[display="true"], table, img').forEach(el => {
    const scrolls = el.tagName !== 'IMG' && el.scrollWidth > el.clientWidth + 1;
    if (sticksOut(el) || scrolls) {
      const r = el.getBoundingClientRect();
      out.push(`${el.tagName.toLowerCase()} past the column (x ${r.left | 0}..${r.right | 0}, ` +
               `column ${edge.left | 0}..${edge.right | 0}): ` + JSON.stringify(label(el)));
    }
  });
  const root = document.scrollingElement;
  if (root.scrollWidth > root.clientWidth + 1)
    out.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth} px)`);
  return out;
}"""


def test_nothing_scrolls_sideways_at_desktop_width(site, open_page):
    """At 1280 px a reader never scrolls sideways: every code block fits its box and no
    formula, table or image passes the text column."""
    pages = [
        p
        for p in site_pages(site[0])
        if p not in ("search.html", "genindex.html") and not redirect_target(site[0] / p)
    ]
    assert "lessons/04_backpropagation.html" in pages and "practice/cheatsheet.html" in pages
    problems = []
    for path in pages:
        page, _ = open_page(path)
        math, typeset = wait_for_math(page)
        if typeset < math:
            problems.append(f"{path}: only {typeset} of {math} math elements typeset")
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        page.evaluate("() => document.fonts.ready.then(() => true)")
        page.wait_for_timeout(100)  # one more layout after the toggles opened
        problems += [f"{path}: {p}" for p in page.evaluate(OVERFLOW_JS)]
    assert not problems, f"{len(problems)} overflow(s) at 1280 px:\n" + "\n".join(problems)
