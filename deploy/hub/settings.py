"""The hub's settings (hub.toml) as one dict, read by jupyterhub_config.py and scripts/hub.py.

`load()` reads $NN_HUB_SETTINGS (default: hub.toml beside this file) and fills in what
follows from it: the roster as a list, the derived ports and the paths of the config folders.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(path: str | os.PathLike | None = None) -> dict:
    path = Path(path or os.environ.get("NN_HUB_SETTINGS") or HERE / "hub.toml").resolve()
    s = tomllib.loads(path.read_text())
    s["settings_file"] = str(path)
    roster = Path(s["roster"])
    roster = roster if roster.is_absolute() else path.parent / roster
    s["students"] = [
        line.split()[0]
        for line in roster.read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    s.setdefault("instructors", [])
    # The hub's own API, the course service, the proxy's API and the hand-in service sit on
    # the next ports.
    s.setdefault("hub_port", s["port"] + 1)
    s.setdefault("service_port", s["port"] + 2)
    s.setdefault("proxy_api_port", s["port"] + 3)
    s.setdefault("handin_port", s["port"] + 4)
    s["hub_dir"] = str(HERE)
    s["url"] = f"{s['scheme']}://{s['domain']}:{s['port']}"
    # JupyterHub's default subdomain hook ('idna'): users at <name>.<domain>, services at
    # <name>--service.<domain>
    s["service_url"] = (
        f"{s['scheme']}://{s['course']}--service.{s['domain']}:{s['port']}/services/{s['course']}"
    )
    # The hand-in service, reached by the students' servers directly (not through the proxy)
    s["handin_url"] = f"http://127.0.0.1:{s['handin_port']}/services/{HANDIN}"
    return s


HANDIN = "handin"  # the hand-in service's name on the hub


def jupyter_config_path(s: dict, role: str) -> str:
    """JUPYTER_CONFIG_PATH of a student's server or the grader's service (`role`)."""
    return os.pathsep.join(str(Path(s["hub_dir"]) / "jupyter" / d) for d in (role, "common"))
