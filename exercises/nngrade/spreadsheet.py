"""CSV files a spreadsheet opens as data: no cell it would read as a formula.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel,
LibreOffice and Google Sheets (`=HYPERLINK(...)` in a name sends the sheet's data away when
clicked). Such a cell gets a leading `'`, which spreadsheets show as text; a number
(`-0.5`, `+3`) stays a number.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value) -> str:
    """`value` as a CSV cell that no spreadsheet reads as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START) and not NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe_cells(path: Path) -> int:
    """Make every cell of the CSV file `path` safe, in place; the number of cells changed."""
    with Path(path).open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    changed = sum(1 for row in rows for cell in row if safe_cell(cell) != cell)
    if changed:
        tmp = Path(path).with_suffix(".tmp")
        with tmp.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([[safe_cell(c) for c in row] for row in rows])
        tmp.replace(path)
    return changed
