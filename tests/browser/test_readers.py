"""The site as readers meet it, on a 390x844 touch phone and a 1280x900 desktop, in light
and dark mode: the navigation buttons open the lesson list and the page contents, the
flashcards stay readable under the mouse, no page scrolls sideways on the phone, figures
fit their column with text big enough to read on both screens, every page stays under
its download budget, formulas are no Tab stops, and controls have distinct names that
match what they show."""

from __future__ import annotations

import struct
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from nnlib.figure_style import MIN_TEXT_PT

from .chromium import DESKTOP, PHONE
from .conftest import redirect_target, site_pages
from .pageweight import BUDGET_BYTES, cold_load
from .test_site import shot_name, wait_for_math

pytestmark = pytest.mark.slow

SCREENS = {"phone": PHONE, "desktop": DESKTOP}
LESSON = "lessons/04_backpropagation.html"
MIN_TEXT_PX = 10.0
MIN_CONTRAST = 4.5  # WCAG AA for body text

# The contrast of an element's text against what is painted behind it: every background
# from the root down to the element, composited on a 1x1 canvas (any CSS colour syntax,
# transparency included), then the text colour over that.
CONTRAST_JS = """el => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  const chain = [];
  for (let e = el; e; e = e.parentElement) chain.unshift(e);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 1, 1);
  for (const e of chain) {
    ctx.fillStyle = getComputedStyle(e).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
  }
  const bg = [...ctx.getImageData(0, 0, 1, 1).data];
  ctx.fillStyle = getComputedStyle(el).color;
  ctx.fillRect(0, 0, 1, 1);
  const fg = [...ctx.getImageData(0, 0, 1, 1).data];
  const lum = c => {
    const [r, g, b] = c.slice(0, 3).map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
  return {ratio: (hi + 0.05) / (lo + 0.05), fg: fg.join(','), bg: bg.join(',')};
}"""

ON_SCREEN_JS = """el => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 &&
         r.right <= window.innerWidth + 1 && r.bottom <= window.innerHeight + 1;
}"""


def visible_toggle(page, kind: str):
    """The one visible `.primary-toggle` / `.secondary-toggle` button, or None."""
    toggles = page.locator(f".{kind}-toggle").filter(visible=True)
    return toggles.first if toggles.count() else None


def press(page, button, screen: str):
    if screen == "phone":
        button.tap()
    else:
        button.click()
    page.wait_for_timeout(400)  # the drawer's transition


def links_shown(page, selector: str) -> list[str]:
    """Texts of the links matching selector that are visible, on screen and readable."""
    shown = []
    links = page.locator(selector)
    for i in range(links.count()):
        link = links.nth(i)
        if not link.is_visible() or not link.evaluate(ON_SCREEN_JS):
            continue
        if link.evaluate(CONTRAST_JS)["ratio"] < MIN_CONTRAST:
            continue
        shown.append(link.inner_text().strip())
    return shown


def lesson_links(*containers: str) -> str:
    """A selector for links to lessons inside any of the containers."""
    # from another folder "../lessons/01_...html", from a lesson "01_...html"
    return ", ".join(
        f"{c} a.reference.internal[href{h}]" for c in containers for h in ("*='lessons/0'", "^='0'")
    )


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_navigation_button_shows_the_lesson_list(open_page, screens_dir, screen, dark):
    page, log = open_page(LESSON, screen=SCREENS[screen], dark=dark)
    assert page.evaluate("document.documentElement.dataset.theme") == ("dark" if dark else "light")
    toggle = visible_toggle(page, "primary")
    assert toggle is not None, "no visible navigation button"
    sidebar_links = lesson_links("#pst-primary-sidebar", "dialog[open]")
    if screen == "desktop":
        # the lesson list is open beside the text; the button folds it away and back
        assert len(links_shown(page, sidebar_links)) >= 4, "the lesson list is not shown"
        press(page, toggle, screen)
        assert not links_shown(page, sidebar_links), "the navigation button did not hide the list"
        press(page, visible_toggle(page, "primary"), screen)
    else:
        assert not links_shown(page, sidebar_links), "the lesson list shows before a tap"
        press(page, toggle, screen)
    shown = links_shown(page, sidebar_links)
    page.screenshot(path=str(screens_dir / f"nav_{screen}_{'dark' if dark else 'light'}.png"))
    # the other four lessons (the current page's own entry links to itself, "#")
    assert len(shown) >= 4, f"after pressing the navigation button, lesson links shown: {shown}"
    assert any("training loop" in text.lower() for text in shown), shown
    assert not log.errors, log.errors


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_page_contents_are_reachable(open_page, screens_dir, screen, dark):
    page, log = open_page(LESSON, screen=SCREENS[screen], dark=dark)
    contents = "#pst-secondary-sidebar nav a, dialog[open] nav a"
    toggle = visible_toggle(page, "secondary")
    if toggle is not None:
        assert not links_shown(page, contents), "the page contents show before a tap"
        press(page, toggle, screen)
    elif screen == "phone":
        pytest.fail("no visible button for the page contents on a phone")
    shown = links_shown(page, contents)
    page.screenshot(path=str(screens_dir / f"toc_{screen}_{'dark' if dark else 'light'}.png"))
    assert len(shown) >= 3, f"page contents links shown: {shown}"
    assert not log.errors, log.errors


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_flashcard_question_stays_readable_under_the_mouse(open_page, dark):
    page, _ = open_page("practice/flashcards.html", dark=dark)
    card = page.locator(".flashcard-question").first
    text = card.locator(".flashcard-q-text")
    before = text.evaluate(CONTRAST_JS)
    card.hover()
    page.wait_for_timeout(300)  # any transition
    after = text.evaluate(CONTRAST_JS)
    assert before["ratio"] >= MIN_CONTRAST, before
    assert after["ratio"] >= MIN_CONTRAST, f"hovered card: text {after['fg']} on {after['bg']}"
    assert after["bg"] != before["bg"], "hovering a card should show that it is a control"


def content_pages(site: Path) -> list[str]:
    return [p for p in site_pages(site) if not redirect_target(site / p)]


def test_no_page_scrolls_sideways_on_a_phone(site, open_page, screens_dir):
    problems = []
    for path in content_pages(site[0]):
        page, _ = open_page(path, screen=PHONE)
        wait_for_math(page)
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        page.evaluate("() => document.fonts.ready.then(() => true)")
        page.wait_for_timeout(100)
        page.screenshot(path=str(screens_dir / ("phone__" + shot_name(path))), full_page=True)
        found = page.evaluate(PHONE_OVERFLOW_JS)
        problems += [f"{path}: {p}" for p in found]
    assert not problems, f"{len(problems)} thing(s) wider than a 390-px phone:\n" + "\n".join(
        problems
    )


# On a phone a wide formula, table or code block may scroll inside its own box; the
# page itself must not, and nothing may stick out past the screen's edge.
PHONE_OVERFLOW_JS = """() => {
  const out = [];
  const width = document.documentElement.clientWidth;
  const root = document.scrollingElement;
  if (root.scrollWidth > root.clientWidth + 1)
    out.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth} px)`);
  const clipped = el => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
    }
    return false;
  };
  document.querySelectorAll('article *').forEach(el => {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1 && !clipped(el))
      out.push(`${el.tagName.toLowerCase()}.${el.className} sticks out to ${r.right | 0} px: ` +
               JSON.stringify((el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 50)));
  });
  return out.slice(0, 12);
}"""


def png_dpi(path: Path) -> float | None:
    """The resolution a PNG says it was saved at (its pHYs chunk), in dots per inch."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    pos = 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"pHYs":
            x, _, unit = struct.unpack(">IIB", data[pos + 8 : pos + 17])
            return x * 0.0254 if unit == 1 else None
        if kind == b"IDAT":  # pHYs, when there is one, comes before the pixels
            return None
        pos += 12 + length
    return None


@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_figures_fit_their_column_and_their_text_is_readable(site, open_page, screen):
    """Every figure, as the browser lays it out, lies inside its text column with nothing
    scrolling, and its smallest text (MIN_TEXT_PT, which nnlib.figure_style checks on every
    lesson figure as it is drawn) is at least 10 CSS px at the size it is shown."""
    root = site[0]
    problems, checked = [], 0
    for path in content_pages(root):
        page, _ = open_page(path, screen=SCREENS[screen])
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        page.wait_for_load_state("networkidle")
        images = page.evaluate("""() => [...document.querySelectorAll('article img')]
            .filter(img => img.naturalWidth > 0 && img.getBoundingClientRect().width > 0)
            .map(img => {
              const r = img.getBoundingClientRect();
              const column = img.closest('article').getBoundingClientRect();
              let scrolls = false;
              for (let e = img.parentElement; e && e.tagName !== 'ARTICLE'; e = e.parentElement)
                if (e.scrollWidth > e.clientWidth + 1 &&
                    ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) scrolls = true;
              return {src: img.currentSrc, shown: r.width, natural: img.naturalWidth,
                      ratio: r.height / r.width, naturalRatio: img.naturalHeight / img.naturalWidth,
                      alt: img.alt, left: r.left - column.left, right: column.right - r.right,
                      scrolls};
            })""")
        for image in images:
            file = root / unquote(urlparse(image["src"]).path).lstrip("/")
            name = f"{path}: {file.name} ({image['alt'][:40]!r})"
            if image["left"] < -1 or image["right"] < -1 or image["scrolls"]:
                problems.append(f"{name} is wider than its column or scrolls sideways")
            if abs(image["ratio"] / image["naturalRatio"] - 1) > 0.02:
                problems.append(f"{name} is squashed: shown at another aspect ratio")
            dpi = png_dpi(file) if file.suffix == ".png" else None
            if dpi is None:
                continue  # vector or not a matplotlib figure
            checked += 1
            text_px = MIN_TEXT_PT / 72 * dpi * image["shown"] / image["natural"]
            if text_px < MIN_TEXT_PX - 0.05:
                problems.append(
                    f"{name} shown at {image['shown']:.0f}/{image['natural']} px: its "
                    f"smallest text is {text_px:.1f} px"
                )
    assert checked >= 15, f"only {checked} figures found: is the test looking at the right thing?"
    assert not problems, f"figures on a {screen}:\n" + "\n".join(problems)


def test_every_page_loads_within_its_budget(site, browser):
    base = site[1]
    report = []
    for path in content_pages(site[0]):
        load = cold_load(browser, base, path)
        if load.total_bytes > BUDGET_BYTES:
            heavy = ", ".join(f"{Path(u).name} {s // 1000} KB" for u, s in load.heaviest(4))
            report.append(
                f"{path}: {load.total_bytes / 1e6:.2f} MB in {load.requests} requests ({heavy})"
            )
    assert not report, f"pages over {BUDGET_BYTES / 1e6} MB cold:\n" + "\n".join(report)


def test_formulas_are_not_tab_stops(open_page):
    """Tab through a whole lesson page: focus never lands in a formula."""
    page, _ = open_page(LESSON)
    wait_for_math(page)
    assert page.locator(".math").count() > 20
    stops, in_math, first = 0, 0, None
    for _ in range(600):
        page.keyboard.press("Tab")
        where = page.evaluate("""() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          return {key: el.outerHTML.slice(0, 120) + ':' + el.getBoundingClientRect().top,
                  math: !!el.closest('.math, mjx-container')};
        }""")
        if where is None:
            continue
        if where["key"] == first:
            break  # back at the start
        first = first or where["key"]
        stops += 1
        in_math += where["math"]
    assert stops > 10, f"only {stops} Tab stops: is the keyboard reaching the page?"
    assert in_math == 0, f"{in_math} of {stops} Tab stops are formulas"


def test_practice_toggles_have_distinct_names(open_page):
    page, _ = open_page("practice/practice.html")
    summaries = page.locator("details.sd-dropdown > summary")
    assert summaries.count() >= 7
    names = []
    for i in range(summaries.count()):
        summary = summaries.nth(i)
        names.append(summary.evaluate("el => el.textContent.replace(/\\s+/g, ' ').trim()"))
        # the announced name starts with the words shown on screen
        shown = summary.evaluate("""el => {
          const copy = el.cloneNode(true);
          copy.querySelectorAll('.visually-hidden').forEach(e => e.remove());
          return copy.textContent.replace(/\\s+/g, ' ').trim();
        }""")
        assert names[-1].startswith(shown), (names[-1], shown)
    repeated = sorted({n for n in names if names.count(n) > 1})
    assert not repeated, f"toggles that sound alike: {repeated}"


def test_button_names_match_their_visible_text(site, open_page):
    """A control that shows words is announced with those words (WCAG 2.5.3)."""
    problems = []
    for path in (
        "lessons/02_relu_hidden_layer.html",
        "practice/practice.html",
        "practice/flashcards.html",
    ):
        page, _ = open_page(path)
        found = page.evaluate("""() => [...document.querySelectorAll(
              'article button, article summary, article [role=button]')]
            .filter(el => el.getAttribute('aria-label') && el.innerText.trim())
            .filter(el => !el.getAttribute('aria-label').toLowerCase()
                          .includes(el.innerText.trim().split('\\n')[0].toLowerCase()))
            .map(el => `aria-label ${JSON.stringify(el.getAttribute('aria-label'))} ` +
                       `shows ${JSON.stringify(el.innerText.trim().split('\\n')[0])}`)""")
        problems += [f"{path}: {p}" for p in found]
    assert not problems, "\n".join(problems)
