"""Figures that fit a phone's column and stay readable there and on a desktop.

A phone shows the lessons in a column of about 342 CSS px; a figure wider than that is
scaled down to it, and its text with it. So every figure of the course is at most
MAX_WIDTH_IN wide and its smallest text is MIN_TEXT_PT: at the course's 100 px per inch
that text is at least 10 CSS px on a 342-px column, and larger on a desktop, where the
figure is shown at its natural size. Figures with several panels stack them (one column
of panels), so no panel is ever out of sight or shrunk further.

    from nnlib.figure_style import use_course_figures
    use_course_figures()   # once per notebook (the lessons' first, hidden cell)

sets matplotlib's defaults to those sizes, makes the inline backend send PNGs at twice
the resolution (sharp on high-density screens, shown at the 1x size; in 256 colours, so
they weigh about what the 1x ones did), and checks each
figure as it is shown: one too wide, or with smaller text, raises FigureTooSmallForPhone,
so the book build fails on it (a lesson's failing cell fails the build).
"""

from __future__ import annotations

import matplotlib as mpl

MAX_WIDTH_IN = 4.6  # 460 CSS px at 100 px per inch
MIN_TEXT_PT = 10.0  # 10/72 x 100 x 342/460 = 10.3 CSS px on a 342-px column
PX_PER_INCH = (
    100  # CSS px per figure inch (the lessons' dpi; retina PNGs carry 2x)
)
PHONE_COLUMN_PX = 342  # the text column of a 390-px-wide phone

STYLE = {
    "figure.dpi": PX_PER_INCH,
    "figure.figsize": (MAX_WIDTH_IN, 3.0),
    "font.size": MIN_TEXT_PT,
    "axes.titlesize": MIN_TEXT_PT + 1,
    "axes.labelsize": MIN_TEXT_PT,
    "xtick.labelsize": MIN_TEXT_PT,
    "ytick.labelsize": MIN_TEXT_PT,
    "legend.fontsize": MIN_TEXT_PT,
    "legend.title_fontsize": MIN_TEXT_PT,
    "figure.titlesize": MIN_TEXT_PT + 1,
}


class FigureTooSmallForPhone(ValueError):
    """A figure wider than MAX_WIDTH_IN, or with text smaller than MIN_TEXT_PT."""


def phone_problems(fig) -> list[str]:
    """What would make `fig` unreadable on a phone: too wide, or visible text too small."""
    problems = []
    width = fig.get_figwidth()
    if width > MAX_WIDTH_IN + 1e-6:
        problems.append(
            f"the figure is {width:g} in wide (at most {MAX_WIDTH_IN:g} in)"
        )
    for text in fig.findobj(mpl.text.Text):
        if (
            text.get_visible()
            and text.get_text().strip()
            and text.get_fontsize() < MIN_TEXT_PT
        ):
            problems.append(
                f"text {text.get_text()!r} is {text.get_fontsize():g} pt (at least {MIN_TEXT_PT:g})"
            )
    return problems


def check_for_phone(fig) -> None:
    """Raise FigureTooSmallForPhone if `fig` would not be readable on a phone."""
    problems = phone_problems(fig)
    if problems:
        raise FigureTooSmallForPhone(
            "this figure would be unreadable on a phone: "
            + "; ".join(problems[:6])
            + ". Stack panels in one column, make it narrower or its text larger."
        )


def smaller_png(data: bytes) -> bytes:
    """The PNG `data` with at most 256 colours (exact for line plots, invisible for the
    course's heat maps), usually a third of the size; its resolution (pHYs) is kept."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(data))
    dpi = image.info.get("dpi")
    method = (
        Image.Quantize.FASTOCTREE
        if image.mode == "RGBA"
        else Image.Quantize.MEDIANCUT
    )
    out = io.BytesIO()
    image.quantize(256, method=method, dither=Image.Dither.NONE).save(
        out, "PNG", optimize=True, **({"dpi": dpi} if dpi else {})
    )
    return out.getvalue() if out.tell() < len(data) else data


def _smaller_png_data(data):
    """smaller_png for what IPython's PNG formatter returns: bytes, or base64 text."""
    if isinstance(data, str):
        import base64

        return base64.b64encode(smaller_png(base64.b64decode(data))).decode(
            "ascii"
        )
    return smaller_png(data)


def use_course_figures() -> None:
    """The course's figure defaults, 2x PNGs inline, and the phone check on every figure
    shown in this IPython session (nothing but the defaults outside IPython)."""
    mpl.rcParams.update(STYLE)
    try:
        from IPython import get_ipython
        from matplotlib_inline.backend_inline import set_matplotlib_formats
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    from matplotlib.figure import Figure

    set_matplotlib_formats("retina")
    png = shell.display_formatter.formatters["image/png"]
    draw = png.lookup_by_type(Figure)
    if getattr(draw, "checks_for_phone", False):
        return

    def checked(fig):
        check_for_phone(fig)
        drawn = draw(fig)
        # retina gives (PNG, {"width": ..., "height": ...})
        if isinstance(drawn, tuple):
            return (_smaller_png_data(drawn[0]), *drawn[1:])
        return _smaller_png_data(drawn)

    checked.checks_for_phone = True
    png.for_type(Figure, checked)
