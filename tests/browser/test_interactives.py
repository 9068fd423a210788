"""The static interactives in a real browser.

On the built site (lessons 2 and 4): each interactive is there, and moving each of
its controls changes the picture. On a page made of the three controls alone (no book
build): the script draws the same numbers as nnlib."""

from __future__ import annotations

import pytest

from nnlib.widgets import circuit, hidden_size, hidden_size_state, relu_kinks, relu_kinks_state
from nnlib.widgets.relu_kinks import describe

pytestmark = pytest.mark.slow

LESSON_WIDGETS = {
    "lessons/02_relu_hidden_layer.html": {"relu_kinks", "hidden_size"},
    "lessons/04_backpropagation.html": {"circuit"},
}


@pytest.mark.parametrize("path, kinds", sorted(LESSON_WIDGETS.items()))
def test_lessons_use_the_interactives(open_page, path, kinds):
    page, log = open_page(path)
    found = {w.get_attribute("data-nnlib-widget")
             for w in page.locator("[data-nnlib-widget]").all()}
    assert kinds <= found, f"{path} has {sorted(found)}, expected {sorted(kinds)}"
    assert page.locator(".jupyter-widgets, .widget-subarea").count() == 0, \
        "a live ipywidget on the static site renders blank"
    assert not log.errors, log.errors


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
        for button in stepper.locator("button").all():
            before = figure_png(widget)
            step = stepper.get_attribute("data-value")
            button.click()
            if stepper.get_attribute("data-value") != step:  # not already at the end
                yield f"step button {button.inner_text()!r}", before, figure_png(widget)


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


# ---- the script against nnlib's numbers, on a page holding only the controls ----------

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


def svg_text(widget, gid):
    uid = widget.get_attribute("id")
    return widget.locator(f'[id="{uid}-{gid}"] text').text_content()


def test_circuit_script_shows_nnlib_numbers(controls_page):
    page, errors = controls_page
    widget = page.locator('[data-nnlib-widget="circuit"]')
    for name, value in zip("xyz", (3, -1, 2)):  # slider positions are -5..5
        set_slider(page, widget, name, value + 5)
    labels = ["x", "y", "q", "z", "f"]  # topological order of the drawn graph
    grads = {lab: svg_text(widget, f"grad{i}") for i, lab in enumerate(labels)}
    values = {lab: svg_text(widget, f"value{i}") for i, lab in enumerate(labels)}
    assert (grads["x"], grads["y"], grads["z"]) == ("2", "2", "2")
    assert (values["q"], values["f"]) == ("2", "4")
    widget.locator('button[data-step="-1"]').click()  # back to the multiply gate
    assert svg_text(widget, "grad0") == "?"
    assert "df/dq = 2, df/dz = 2" in widget.locator(".nnw-readout").inner_text()
    assert not errors, errors


def test_relu_script_moves_the_kink_and_straightens_the_sum(controls_page):
    page, errors = controls_page
    widget = page.locator('[data-nnlib-widget="relu_kinks"]')
    set_slider(page, widget, "w0", 16)  # w1 = 2.0 (positions -2..2 by 0.25)
    set_slider(page, widget, "b0", 12)  # b1 = 1.0
    readout = widget.locator(".nnw-readout")
    assert "h1: kink at x = \u22120.50" in readout.inner_text()
    widget.locator('input[data-name="relu"]').click()
    text = readout.inner_text()
    state = relu_kinks_state([2.0, -1.0, 1.5], [1.0, -1.0, -1.5], [1.0, 1.0, -1.5], relu=False)
    line = f"{state['slope']:.2f}\u00b7x + {state['intercept']:.2f}".replace("-", "\u2212")
    assert "straight line" in text and line in text, text
    uid = widget.get_attribute("id")
    assert page.locator(f'[id="{uid}-kink0"]').evaluate("e => e.style.display") == "none"
    assert not errors, errors


def test_hidden_size_script_swaps_frames_and_accuracy(controls_page):
    page, errors = controls_page
    widget = page.locator('[data-nnlib-widget="hidden_size"]')
    uid = widget.get_attribute("id")
    image = page.locator(f'[id="{uid}-boundary"]')
    before = image.get_attribute("href")
    set_slider(page, widget, "H", 7)  # H = 100
    assert image.get_attribute("href") != before
    assert svg_text(widget, "title") == "H = 100, reg = 0.001"
    acc = hidden_size_state(100)["accuracy"]
    assert widget.locator(".nnw-readout").inner_text() == \
        f"H = 100, reg = 0.001: training accuracy {100 * acc:.1f} %"
    assert not errors, errors


def test_relu_script_and_python_agree_when_no_kink_is_in_view(controls_page):
    page, errors = controls_page
    widget = page.locator('[data-nnlib-widget="relu_kinks"]')
    relu = widget.locator('input[data-name="relu"]')
    if not relu.is_checked():
        relu.click()
    for i in range(3):
        set_slider(page, widget, f"w{i}", 8)  # w = 0: no unit bends anywhere
    text = widget.locator(".nnw-readout").inner_text()
    state = relu_kinks_state([0.0] * 3, [1.0, -1.0, -1.5], [1.0, 1.0, -1.5])
    assert text == describe(state, relu=True), text  # the script words it as nnlib does
    assert not errors, errors
