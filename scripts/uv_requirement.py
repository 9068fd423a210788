"""Print the pip requirement, with its hashes, of the uv that uv.lock pins.

scripts/env.sh installs uv with `pip install --require-hashes` from this line, so the
version and the hashes of the installer itself come from the lock like everything else.
"""

import sys
import tomllib
from pathlib import Path

lock = tomllib.loads((Path(__file__).resolve().parent.parent / "uv.lock").read_text())
uv = next((p for p in lock["package"] if p["name"] == "uv"), None)
if uv is None:
    sys.exit("uv.lock pins no `uv`: keep it in the `tools` group of pyproject.toml")
hashes = [wheel["hash"] for wheel in uv.get("wheels", [])]
print(f"uv=={uv['version']} " + " ".join(f"--hash={h}" for h in hashes))
