"""The one front end of the interactives: widget.js draws every picture, in Jupyter and
on the static site, from numbers that Python computes.

- In JupyterLab / Notebook 7 an interactive is an anywidget (`Interactive`): the same
  ES module renders it, the kernel holds `positions` (where each control is) and the
  numbers (`data`). Moving a slider redraws in the browser at once; the kernel is told
  afterwards, so the picture never waits for it.
- On the static site (NNLIB_WIDGETS=static, no kernel) it is a `StaticControl`: a block
  of HTML carrying the same `data` as JSON and the same script, inlined (no file, no
  network), with a model that keeps the positions in the page.

A widget is described by `kind` ('relu_kinks', 'circuit', 'hidden_size'), `data` (a
JSON-able dict: what the picture needs, plus 'title' and 'controls') and `positions`
({control name: index into that control's values}).
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import re
from importlib.resources import files

_EXPORT = "export default {render};"
_counter = itertools.count(1)


@functools.cache
def esm() -> str:
    """widget.js, the ES module anywidget loads."""
    return (
        files(__package__).joinpath("widget.js").read_text(encoding="utf-8")
    )


@functools.cache
def css() -> str:
    return (
        files(__package__).joinpath("widget.css").read_text(encoding="utf-8")
    )


@functools.cache
def page_script() -> str:
    """widget.js as a classic script that defines `window.nnlibWidgets` once per page
    (whole-line comments and indentation dropped: it is inlined in every control)."""
    source = esm()
    if _EXPORT not in source:
        raise RuntimeError(f"widget.js must end with {_EXPORT!r}")
    body = source.replace(_EXPORT, "window.nnlibWidgets = {render, mount};")
    body = "\n".join(
        line.strip()
        for line in body.splitlines()
        if line.strip() and not line.strip().startswith("//")
    )
    return (
        f"(function () {{\nif (window.nnlibWidgets) return;\n{body}\n}})();"
    )


def slider(
    name: str, label: str, values, *, decimals: int | None = 2, row: str = ""
) -> dict:
    """A slider over `values`; the page writes each value with `decimals` decimals
    (None: as short as possible). Controls with the same `row` share a line."""
    return {
        "kind": "range",
        "name": name,
        "label": label,
        "values": [float(v) for v in values],
        "decimals": decimals,
        "row": row,
    }


def checkbox(name: str, label: str) -> dict:
    return {"kind": "checkbox", "name": name, "label": label, "row": ""}


def stepper(name: str, label: str, step_names) -> dict:
    """Back / Next buttons over the steps 0 .. len(step_names) - 1."""
    return {
        "kind": "stepper",
        "name": name,
        "label": label,
        "labels": list(step_names),
        "row": "",
    }


def check_positions(data: dict, positions: dict) -> None:
    """Every control has a position within its range, and nothing else does."""
    names = {c["name"]: c for c in data["controls"]}
    if set(names) != set(positions):
        raise ValueError(
            f"positions {sorted(positions)} do not match the controls {sorted(names)}"
        )
    for name, index in positions.items():
        count = len(
            names[name].get("values") or names[name].get("labels") or (0, 1)
        )
        if (
            isinstance(index, bool)
            or not isinstance(index, int)
            or not 0 <= index < count
        ):
            raise ValueError(
                f"position of {name!r} must be a whole number in [0, {count}), got {index!r}"
            )


@functools.cache
def _interactive_class():
    import anywidget
    import traitlets

    class Interactive(anywidget.AnyWidget):
        """An interactive in Jupyter. `positions` is synced both ways; `state` is the
        pure state (nnlib's numbers) at the current positions."""

        _esm = esm()
        _css = css()
        kind = traitlets.Unicode().tag(sync=True)
        data = traitlets.Dict().tag(sync=True)
        positions = traitlets.Dict().tag(sync=True)

        def __init__(self, state_of, **kwargs):
            super().__init__(**kwargs)
            self._state_of = state_of

        @traitlets.validate("positions")
        def _valid(self, proposal):
            check_positions(self.data, proposal["value"])
            return proposal["value"]

        @property
        def state(self) -> dict:
            return self._state_of(self.positions)

        def move(self, **changes) -> None:
            """Set some controls' positions from Python (the picture follows)."""
            self.positions = {**self.positions, **changes}

    Interactive.__qualname__ = "Interactive"
    return Interactive


def live(kind: str, data: dict, positions: dict, state_of):
    """The anywidget of one interactive; `state_of(positions)` gives its pure state."""
    check_positions(data, positions)
    return _interactive_class()(
        state_of, kind=kind, data=data, positions=positions
    )


class StaticControl:
    """The static face of an interactive: displayable HTML (no kernel needed)."""

    def __init__(
        self,
        kind: str,
        uid: str,
        html_text: str,
        data: dict,
        positions: dict,
    ):
        self.kind, self.uid, self.html = kind, uid, html_text
        self.data, self.positions = data, positions

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<static {self.kind} control {self.uid}: {len(self.html) / 1024:.0f} KiB of HTML>"


def static(kind: str, data: dict, positions: dict) -> StaticControl:
    """A self-contained HTML block that widget.js turns into the interactive on load."""
    check_positions(data, positions)
    uid = f"nnw-{kind.replace('_', '-')}-{next(_counter)}"
    payload = json.dumps(
        {"kind": kind, "data": data, "positions": positions},
        separators=(",", ":"),
        allow_nan=False,
        ensure_ascii=False,
    )
    payload = payload.replace("</", "<\\/")
    text = (
        f'<div class="nnw-host" id="{uid}" data-nnlib-widget="{kind}">'
        f"<style>{_minify_css(css())}</style>"
        f"<noscript><p>{html.escape(data['title'])}: this interactive needs JavaScript.</p>"
        "</noscript>"
        f'<script type="application/json" class="nnw-data">{payload}</script>'
        f"<script>{page_script()}\nwindow.nnlibWidgets.mount({json.dumps(uid)});</script>"
        "</div>"
    )
    return StaticControl(kind, uid, text, data, positions)


def _minify_css(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"\s*\n\s*", "", text)
