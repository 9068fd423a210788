"""The static face of an interactive: one self-contained HTML/JS control.

A static control is a matplotlib figure saved once as inline SVG (text kept as
<text>, so the browser can rewrite it), a few HTML inputs, the precomputed frames as
JSON, and a small script that moves the figure's artists to the chosen frame. It
needs no kernel, no network and no external file: everything is in the cell output.

Artists the script updates are tagged with a ``gid`` before saving; the ids are then
prefixed with the control's own id, so several controls can share one page.
"""

from __future__ import annotations

import html
import io
import itertools
import json
import re
from dataclasses import dataclass

import matplotlib

from ..number_text import number_text
from ._runtime_js import RUNTIME_CSS, RUNTIME_JS

_counter = itertools.count(1)


def new_uid(kind: str) -> str:
    """An id unique within one kernel session (so within one page), e.g. 'nnw-circuit-2'."""
    return f"nnw-{kind.replace('_', '-')}-{next(_counter)}"


@dataclass(frozen=True)
class Slider:
    """A range input over a fixed list of values (the positions frames exist for)."""

    name: str
    label: str
    values: tuple
    index: int
    fmt: str = "{:.2f}"

    def html(self, uid: str) -> str:
        shown = self.labels()[self.index]
        return (
            f'<label class="nnw-slider"><span class="nnw-name">{self.label}</span>'
            f'<input type="range" data-name="{self.name}" min="0" max="{len(self.values) - 1}" '
            f'step="1" value="{self.index}" aria-label="{html.escape(_plain(self.label))}">'
            f'<output>{html.escape(shown)}</output></label>'
        )

    def labels(self) -> list[str]:
        return [number_text(v, self.fmt) for v in self.values]

    def spec(self) -> dict:
        return {"name": self.name, "kind": "range", "labels": self.labels()}


@dataclass(frozen=True)
class Toggle:
    """A checkbox."""

    name: str
    label: str
    checked: bool

    def html(self, uid: str) -> str:
        checked = " checked" if self.checked else ""
        return (
            f'<label class="nnw-toggle"><input type="checkbox" data-name="{self.name}"{checked}>'
            f'<span>{self.label}</span></label>'
        )

    def spec(self) -> dict:
        return {"name": self.name, "kind": "checkbox"}


@dataclass(frozen=True)
class Stepper:
    """Back / next buttons over steps 0..count-1 with a caption per step."""

    name: str
    captions: tuple
    index: int

    def html(self, uid: str) -> str:
        return (
            f'<span class="nnw-stepper" data-name="{self.name}" data-value="{self.index}">'
            f'<button type="button" data-step="-1" aria-label="previous step">&#9664; back</button>'
            f'<output>{html.escape(self.captions[self.index])}</output>'
            f'<button type="button" data-step="1" aria-label="next step">next &#9654;</button></span>'
        )

    def spec(self) -> dict:
        return {"name": self.name, "kind": "stepper", "labels": list(self.captions)}


@dataclass(frozen=True)
class Row:
    """Controls that belong together (e.g. one hidden unit's w and b), on one line."""

    label: str
    items: tuple

    def html(self, uid: str) -> str:
        inner = "".join(item.html(uid) for item in self.items)
        return f'<div class="nnw-row"><span class="nnw-row-label">{self.label}</span>{inner}</div>'


def _flatten(controls):
    for c in controls:
        yield from (c.items if isinstance(c, Row) else (c,))


def _plain(label: str) -> str:
    return re.sub(r"<[^>]+>", "", label)


class StaticControl:
    """A displayable HTML control: the object the builders return in static mode."""

    def __init__(self, kind: str, uid: str, html_text: str):
        self.kind = kind
        self.uid = uid
        self.html = html_text

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<static {self.kind} control {self.uid}: {len(self.html) / 1024:.0f} KiB of HTML>"


def save_with_hidden(fig, uid: str, artists) -> str:
    """figure_to_svg of `fig` in its current state, where the invisible ones among
    `artists` are still written (the script may show them later) but start hidden.
    The saved picture is then the first frame itself, also for a reader without
    JavaScript."""
    hidden = [a for a in artists if not a.get_visible()]
    for artist in hidden:
        artist.set_visible(True)
    try:
        svg = figure_to_svg(fig, uid)
    finally:
        for artist in hidden:
            artist.set_visible(False)
    for artist in hidden:
        svg = svg.replace(f'<g id="{uid}-{artist.get_gid()}">',
                          f'<g id="{uid}-{artist.get_gid()}" style="display: none">', 1)
    return svg


def figure_to_svg(fig, uid: str) -> str:
    """Save `fig` as SVG fit for inlining in HTML: no XML prologue, no metadata, no
    namespace URLs, text kept as <text>, every id prefixed with `uid`."""
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": uid}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg)
    svg = svg.replace("xlink:href=", "href=")
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{uid}-\1"', svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{uid}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{uid}-\1)", svg)
    # scale with the page instead of a fixed size in points
    svg = re.sub(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"',
                 r'<svg class="nnw-svg" style="max-width:\1pt" preserveAspectRatio="xMidYMid meet"',
                 svg, count=1)
    # drop the line breaks inside path data and the indentation: about a third smaller
    svg = re.sub(r"\s*\n\s*", "\n", svg)
    return svg


def svg_transform(ax) -> list[float]:
    """The affine map from `ax`'s data coordinates to the saved SVG's user units
    (points, y pointing down): [sx, tx, sy, ty] with X = sx*x + tx, Y = sy*y + ty."""
    fig = ax.figure
    fig.canvas.draw()  # fixes the layout, as savefig will
    to_pt = 72.0 / fig.dpi
    height_pt = fig.get_figheight() * 72.0
    (x0, y0), (x1, y1) = ax.transData.transform([(0.0, 0.0), (1.0, 1.0)])
    return [(x1 - x0) * to_pt, x0 * to_pt, -(y1 - y0) * to_pt, height_pt - y0 * to_pt]


def assemble(kind: str, uid: str, *, title: str, controls, svg: str, payload: dict,
             readout: str = "") -> StaticControl:
    """Put the parts of one static control together into a StaticControl."""
    payload = dict(payload, kind=kind, uid=uid, controls=[c.spec() for c in _flatten(controls)])
    data = json.dumps(payload, separators=(",", ":"), allow_nan=False).replace("</", "<\\/")
    inputs = "".join(c.html(uid) for c in controls)
    text = (
        f'<div class="nnw" id="{uid}" data-nnlib-widget="{kind}">'
        f"<style>{RUNTIME_CSS}</style>"
        f'<div class="nnw-title">{title}</div>'
        f'<div class="nnw-controls">{inputs}</div>'
        f'<div class="nnw-figure">{svg}</div>'
        f'<div class="nnw-readout" aria-live="polite">{html.escape(readout)}</div>'
        f'<script type="application/json" class="nnw-data">{data}</script>'
        f"<script>{RUNTIME_JS}\nwindow.nnlibWidgets.init({json.dumps(uid)});</script>"
        "</div>"
    )
    return StaticControl(kind, uid, text)
