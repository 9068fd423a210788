"""The interactives on the static site, in a real browser.

On the built site (lessons 2 and 4): each interactive is there, moving each of its
controls changes the picture, the controls name themselves and their values, and on a
390-px phone every text of a picture stays readable. On a page made of the three
controls alone (no book build): widget.js shows nnlib's numbers."""

from __future__ import annotations

import pytest

from nnlib.widgets import circuit, circuit_state, hidden_size, hidden_size_state, relu_kinks
from nnlib.widgets import relu_kinks_state
from nnlib.widgets.hidden_size import HIDDEN_SIZES, REGS

pytestmark = pytest.mark.slow

LESSON_WIDGETS = {
    "lessons/02_relu_hidden_layer.html": {"relu_kinks", "hidden_size"},
    "lessons/04_backpropagation.html": {"circuit"},
}
MIN_TEXT_PX = 9.0  # the smallest text a picture may show on a phone, in CSS px


@pytest.mark.parametrize("path, kinds", sorted(LESSON_WIDGETS.items()))
def test_lessons_use_the_interactives(open_page, path, kinds):
    page, log = open_page(path)
    page.wait_for_function("() => [...document.querySelectorAll('[data-nnlib-widget]')]"
                           ".every(w => w.dataset.ready === '1')")
    found = {w.get_attribute("data-nnlib-widget")
             for w in page.locator("[data-nnlib-widget]").all()}
    assert kinds <= found, f"{path} has {sorted(found)}, expected {sorted(kinds)}"
    assert page.locator(".jupyter-widgets, .widget-subarea").count() == 0, \
        "a live ipywidget on the static site renders blank"
    assert not log.errors, log.errors
    assert not log.foreign, f"requests to another host: {log.foreign}"


def figure_png(widget):
    return widget.locator(".nnw-figure").screenshot()


def move_each_control(page, widget):
    """Yield (description, picture before, picture after) for every control."""
    page.wait_for_function("w => w.dataset.ready === '1'", arg=widget.element_handle())
    for slider in widget.locator("input[type=range]").all():
        before = figure_png(widget)
        at_max = slider.input_value() == slider.get_attribute("max")
        slider.focus()
        page.keyboard.press("ArrowLeft" if at_max else "ArrowRight")
        yield f"slider {slider.get_attribute('data-name')}", before, figure_png(widget)
    for box in widget.locator("input[type=checkbox]").all():
        before = figure_png(widget)
        box.click()
        yield f"toggle {box.get_attribute('data-name')}", before, figure_png(widget)
        box.click()
    for stepper in widget.locator(".nnw-stepper").all():
        for name in ("Next", "Back"):
            button = stepper.get_by_role("button", name=name)
            if button.is_disabled():
                continue
            before = figure_png(widget)
            button.click()
            yield f"step button {name!r}", before, figure_png(widget)


@pytest.mark.parametrize("path", sorted(LESSON_WIDGETS))
def test_moving_each_static_control_changes_the_picture(open_page, path, screens_dir):
    page, log = open_page(path)
    widgets = page.locator("[data-nnlib-widget]").all()
    assert widgets, f"no interactive on {path}"
    unchanged, moved = [], 0
    for widget in widgets:
        widget.scroll_into_view_if_needed()
        kind = widget.get_attribute("data-nnlib-widget")
        for what, before, after in move_each_control(page, widget):
            moved += 1
            if before == after:
                unchanged.append(f"{kind}: {what}")
        name = path.replace("/", "__").removesuffix(".html")
        widget.screenshot(path=str(screens_dir / f"{name}__{kind}_after_moves.png"))
    assert moved >= 3
    assert not unchanged, f"the picture did not change for: {unchanged}"
    assert not log.errors, log.errors


# ---- accessibility and phones, on the built lessons -----------------------------------

@pytest.mark.parametrize("path", sorted(LESSON_WIDGETS))
def test_controls_and_pictures_name_themselves(open_page, path):
    """Sliders announce their value (aria-valuetext, as shown beside them), not their
    position; buttons are named by their visible text; every picture has a label."""
    page, log = open_page(path)
    page.wait_for_function("() => [...document.querySelectorAll('[data-nnlib-widget]')]"
                           ".every(w => w.dataset.ready === '1')")
    for widget in page.locator("[data-nnlib-widget]").all():
        for slider in widget.locator("input[type=range]").all():
            name = page.evaluate("e => document.getElementById("
                                 "e.getAttribute('aria-labelledby')).textContent",
                                 slider.element_handle())
            assert name, "a slider without a name"
            shown = slider.locator("xpath=following-sibling::output").inner_text()
            assert slider.get_attribute("aria-valuetext") == shown, name
            slider.focus()
            page.keyboard.press("ArrowLeft" if slider.input_value() != "0" else "ArrowRight")
            shown_now = slider.locator("xpath=following-sibling::output").inner_text()
            assert shown_now != shown and slider.get_attribute("aria-valuetext") == shown_now
        for button in widget.get_by_role("button").all():
            visible = button.inner_text().strip()
            label = button.get_attribute("aria-label")
            assert label is None or label in visible, (label, visible)
            assert widget.get_by_role("button", name=visible.strip("\u25c0\u25b6 ")).count() == 1
        for svg in widget.locator("svg").all():
            assert svg.get_attribute("role") == "img"
            assert len(svg.get_attribute("aria-label") or "") > 10
    assert not log.errors, log.errors


def test_the_sliders_announce_values_not_positions(open_page):
    page, _ = open_page("lessons/02_relu_hidden_layer.html")
    w1 = page.locator('[data-nnlib-widget="relu_kinks"] input[data-name="w1"]')
    w1.wait_for()
    assert w1.get_attribute("aria-valuetext") == "1.00" and w1.input_value() == "12"
    H = page.locator('[data-nnlib-widget="hidden_size"] input[data-name="H"]')
    assert H.get_attribute("aria-valuetext") == "10" and H.input_value() == "4"


@pytest.fixture()
def open_phone_page(browser, site):
    contexts = []

    def _open(path):
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                      has_touch=True, device_scale_factor=2)
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{site[1]}/{path}")
        page.wait_for_function("() => [...document.querySelectorAll('[data-nnlib-widget]')]"
                               ".every(w => w.dataset.ready === '1')")
        return page

    yield _open
    for context in contexts:
        context.close()


@pytest.mark.parametrize("path", sorted(LESSON_WIDGETS))
def test_widget_text_is_readable_on_a_phone(open_phone_page, path, screens_dir):
    page = open_phone_page(path)
    sizes = page.evaluate("""() => [...document.querySelectorAll('.nnw svg text')]
      .filter(t => t.textContent.trim())
      .map(t => { const svg = t.ownerSVGElement;
                  const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  return [parseFloat(getComputedStyle(t).fontSize) * k, t.textContent]; })""")
    assert sizes
    small = [(round(px, 1), text) for px, text in sizes if px < MIN_TEXT_PX]
    assert not small, f"text under {MIN_TEXT_PX} px on a 390-px phone: {small[:8]}"
    html_text = page.evaluate("""() => [...document.querySelectorAll('.nnw *')]
      .filter(e => !(e instanceof SVGElement) && e.childNodes.length
                   && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
      .map(e => parseFloat(getComputedStyle(e).fontSize))""")
    assert min(html_text) >= MIN_TEXT_PX
    for widget in page.locator("[data-nnlib-widget]").all():
        width = widget.evaluate(
            "w => [w.scrollWidth, w.clientWidth, w.getBoundingClientRect().right]")
        assert width[0] <= width[1] + 1 and width[2] <= 390, width
        name = path.replace("/", "__").removesuffix(".html")
        kind = widget.get_attribute("data-nnlib-widget")
        widget.screenshot(path=str(screens_dir / f"phone__{name}__{kind}.png"))


# ---- widget.js against nnlib's numbers, on a page holding only the controls -------------

@pytest.fixture(scope="module")
def controls_page(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("controls")
    html = "".join(c._repr_html_() for c in (relu_kinks(mode="static"), circuit(mode="static"),
                                             hidden_size(mode="static")))
    (folder / "controls.html").write_text(
        f'<!doctype html><html><head><meta charset="utf-8"><title>controls</title></head>'
        f'<body style="max-width:900px">{html}</body></html>', encoding="utf-8")
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto((folder / "controls.html").as_uri())
    page.wait_for_function("document.querySelectorAll('[data-ready=\"1\"]').length === 3")
    yield page, errors
    context.close()


def set_slider(page, widget, name, index):
    slider = widget.locator(f'input[data-name="{name}"]')
    current = int(slider.input_value())
    slider.focus()
    key = "ArrowRight" if index > current else "ArrowLeft"
    for _ in range(abs(index - current)):
        page.keyboard.press(key)
    assert int(slider.input_value()) == index


def numbers(widget, cls):
    """The texts of one kind ('nnw-value' or 'nnw-grad') on the circuit, in node order."""
    return [t.text_content() for t in widget.locator(f"text.{cls}").all()]


def minus(v):
    return f"{v:g}".replace("-", "\u2212")


def test_circuit_script_shows_nnlib_numbers_and_starts_over_when_an_input_moves(controls_page):
    page, errors = controls_page
    widget = page.locator('[data-nnlib-widget="circuit"]')
    labels = ["x", "y", "q", "z", "f"]  # topological order of the drawn graph
    assert set(numbers(widget, "nnw-grad")) == {"[?]"}  # step 0: nothing known
    for name, value in zip("xyz", (3, -1, 2)):  # slider positions are -5..5
        set_slider(page, widget, name, value + 5)
    state = circuit_state(3, -1, 2)
    assert numbers(widget, "nnw-value") == [minus(state["values"][n]) for n in labels]
    next_button = widget.get_by_role("button", name="Next")
    for _ in range(3):
        next_button.click()
    assert next_button.is_disabled()
    assert numbers(widget, "nnw-grad") == [f"[{minus(state['grads'][n])}]" for n in labels]
    widget.get_by_role("button", name="Back").click()  # back to the multiply gate
    grads = numbers(widget, "nnw-grad")
    assert grads[0] == "[?]" and grads[2] == "[2]"
    assert "df/dq = 2, df/dz = 2" in widget.locator(".nnw-readout").inner_text()
    set_slider(page, widget, "z", 3 + 5)  # an input moves: the walk starts over
    assert widget.locator(".nnw-stepper").get_attribute("data-value") == "0"
    assert set(numbers(widget, "nnw-grad")) == {"[?]"}
    assert "q = x + y = 2, f = q \u00b7 z = 6" in widget.locator(".nnw-readout").inner_text()
    assert not errors, errors


def test_relu_script_moves_the_kink_and_straightens_the_sum(controls_page):
    page, errors = controls_page
    widget = page.locator('[data-nnlib-widget="relu_kinks"]')
    set_slider(page, widget, "w1", 16)  # w1 = 2.0 (positions -2..2 by 0.25)
    set_slider(page, widget, "b1", 12)  # b1 = 1.0
    readout = widget.locator(".nnw-readout")
    assert "h\u2081: kink at x = \u22120.50" in readout.inner_text()
    kink = widget.locator("circle.nnw-kink0")
    before = kink.get_attribute("cx")
    set_slider(page, widget, "b1", 8)  # b1 = 0: the kink moves to x = 0
    assert kink.get_attribute("cx") != before
    assert "h\u2081: kink at x = 0.00" in readout.inner_text()
    widget.locator('input[data-name="relu"]').click()
    state = relu_kinks_state([2.0, -1.0, 1.5], [0.0, -1.0, -1.5], [1.0, 1.0, -1.5], relu=False)
    line = f"{state['slope']:.2f}\u00b7x + {state['intercept']:.2f}".replace("-", "\u2212")
    text = readout.inner_text()
    assert "straight line" in text and line in text, text
    assert kink.evaluate("e => e.style.display") == "none"
    widget.locator('input[data-name="relu"]').click()
    assert not errors, errors


def test_hidden_size_script_swaps_frames_and_shows_both_accuracies(controls_page):
    page, errors = controls_page
    widget = page.locator('[data-nnlib-widget="hidden_size"]')
    image = widget.locator("image.nnw-boundary")
    before = image.get_attribute("href")
    set_slider(page, widget, "H", HIDDEN_SIZES.index(100))
    assert image.get_attribute("href") != before
    for reg_index in range(len(REGS)):
        set_slider(page, widget, "reg", reg_index)
        state = hidden_size_state(100, REGS[reg_index])
        text = widget.locator(".nnw-readout").inner_text()
        assert f"training accuracy {100 * state['train_accuracy']:.1f} %" in text, text
        assert f"validation accuracy {100 * state['val_accuracy']:.1f} %" in text, text
        assert f"H = 100, reg = {REGS[reg_index]:g}" in text
    assert not errors, errors
