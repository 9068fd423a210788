"""Every page of the site, on a 390x844 touch phone and a 1280x900 desktop: axe-core (npm,
run in the page) finds no serious or critical violation, and on the phone every control
(button, toggle, field, and any link that is not inside a sentence) is a touch target of at
least 44 x 44 CSS px."""

from __future__ import annotations

from pathlib import Path

import pytest

from .chromium import DESKTOP, PHONE
from .test_readers import content_pages
from .test_site import wait_for_math

pytestmark = pytest.mark.slow

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SCREENS = {"phone": PHONE, "desktop": DESKTOP}
MIN_TARGET_PX = 44

AXE_RUN_JS = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ` +
              `${v.nodes[0].target.join(' ')})`);
}"""

# Visible controls smaller than MIN_TARGET_PX. Links inside running text are exempt
# (WCAG 2.5.8: a target in a sentence), as are controls drawn inside a formula or figure.
SMALL_TARGETS_JS = """min => {
  const inSentence = el => el.tagName === 'A' && el.closest('p, li, td, dd, figcaption') &&
                           !el.closest('nav, .bd-sidebar, .bd-header, .prev-next-area');
  return [...document.querySelectorAll(
      'a[href], button, summary, input, select, textarea, [role=button], [role=tab]')]
    .filter(el => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      // (a skip link waits above the top edge until a keyboard focuses it)
      return r.width > 0 && r.height > 0 && r.bottom > 0 && s.visibility !== 'hidden' &&
             !inSentence(el);
    })
    .filter(el => {
      const small = e => {
        const r = e.getBoundingClientRect();
        return r.width < min - 0.5 || r.height < min - 0.5;
      };
      // a check box is touched through its label
      const label = el.tagName === 'INPUT' && el.closest('label');
      return small(el) && !(label && !small(label));
    })
    .map(el => {
      const r = el.getBoundingClientRect();
      const name = (el.getAttribute('aria-label') || el.textContent || el.className || '')
        .replace(/\\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()} ${JSON.stringify(name)} ${r.width | 0}x${r.height | 0}`;
    });
}"""


@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_axe_finds_no_serious_or_critical_violation(site, open_page, screen):
    assert AXE.is_file(), f"{AXE} is missing: run `npm ci` in the repository"
    problems, pages = [], content_pages(site[0])
    assert len(pages) >= 9
    for path in pages:
        page, _ = open_page(path, screen=SCREENS[screen])
        wait_for_math(page)
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        page.add_script_tag(path=str(AXE))
        problems += [f"{path}: {v}" for v in page.evaluate(AXE_RUN_JS)]
    assert not problems, f"axe-core on a {screen}:\n" + "\n".join(problems)


def test_touch_targets_on_a_phone_are_at_least_44_px(site, open_page):
    problems = []
    for path in content_pages(site[0]):
        page, _ = open_page(path, screen=PHONE)
        small = page.evaluate(SMALL_TARGETS_JS, MIN_TARGET_PX)
        problems += [f"{path}: {s}" for s in small]
    assert not problems, f"{len(problems)} touch targets under {MIN_TARGET_PX} px:\n" + "\n".join(
        problems[:60]
    )
