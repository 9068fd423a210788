"""nnlib.figure_style: a lesson figure wider than a phone's column allows, or with text
smaller than MIN_TEXT_PT, is refused; the course's defaults make figures that pass."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from nnlib import figure_style  # noqa: E402
from nnlib.figure_style import MAX_WIDTH_IN, MIN_TEXT_PT, check_for_phone  # noqa: E402


@pytest.fixture()
def course_style():
    with matplotlib.rc_context(figure_style.STYLE):
        yield
    plt.close("all")


def test_the_course_defaults_pass(course_style):
    fig, ax = plt.subplots()
    ax.plot([0, 1], [1, 0], label="a line")
    ax.set_title("title")
    ax.set_xlabel("x")
    ax.legend()
    check_for_phone(fig)
    assert fig.get_figwidth() == MAX_WIDTH_IN


def test_a_wide_figure_is_refused(course_style):
    fig, _ = plt.subplots(1, 2, figsize=(9, 3))
    with pytest.raises(figure_style.FigureTooSmallForPhone, match="9 in wide"):
        check_for_phone(fig)


def test_small_text_is_refused_and_named(course_style):
    fig, ax = plt.subplots()
    ax.plot([0, 1], label="tiny key")
    ax.legend(fontsize=MIN_TEXT_PT - 2)
    with pytest.raises(figure_style.FigureTooSmallForPhone, match="'tiny key' is 8 pt"):
        check_for_phone(fig)


def test_hidden_and_empty_text_do_not_count(course_style):
    fig, ax = plt.subplots()
    ax.text(0, 0, "invisible", fontsize=4, visible=False)
    ax.text(0, 0, "   ", fontsize=4)
    check_for_phone(fig)


def test_text_shown_on_a_phone_column_is_at_least_10_px():
    scale = figure_style.PHONE_COLUMN_PX / (MAX_WIDTH_IN * figure_style.PX_PER_INCH)
    assert MIN_TEXT_PT / 72 * figure_style.PX_PER_INCH * scale >= 10


def test_smaller_png_keeps_the_resolution_and_weighs_less(course_style):
    import io

    import numpy as np
    from PIL import Image

    fig, ax = plt.subplots()
    ax.imshow(np.random.default_rng(0).random((60, 60)), cmap="magma")
    ax.plot([0, 59], [0, 59], label="a line")
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=200)
    original = buffer.getvalue()
    smaller = figure_style.smaller_png(original)
    assert len(smaller) < len(original) / 2
    shown = Image.open(io.BytesIO(smaller))
    assert round(shown.info["dpi"][0]) == 200
    assert shown.size == Image.open(io.BytesIO(original)).size
