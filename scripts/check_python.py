"""Exit non-zero, saying why, unless this Python meets the project's requires-python.

Run by scripts/env.sh with the interpreter PYTHON= names, before anything is installed.
The one place that states the supported versions is `requires-python` in pyproject.toml.
"""

import sys
from pathlib import Path

here = f"Python {sys.version.split()[0]} ({sys.executable})"
try:
    import tomllib
except ImportError:  # Python < 3.11 has no tomllib, and is too old anyway
    sys.exit(f"{here} is too old: this course needs Python 3.11.5 or newer.")

pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
spec = tomllib.loads(pyproject.read_text())["project"]["requires-python"]
if not spec.startswith(">="):
    sys.exit(f"scripts/check_python.py reads only '>=X.Y.Z', not requires-python = {spec!r}")
oldest = tuple(int(part) for part in spec[2:].split("."))
if sys.version_info[: len(oldest)] < oldest:
    sys.exit(
        f"{here} is too old: this course needs Python {spec[2:]} or newer "
        f"(requires-python = '{spec}' in pyproject.toml; the locked soupsieve needs it).\n"
        "Point PYTHON= at a newer one, e.g. `make venv PYTHON=python3.12`."
    )
