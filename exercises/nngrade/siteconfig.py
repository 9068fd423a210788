"""Settings that the machine gives the course: the exchange root of a site-wide nbgrader config.

On a JupyterHub the exchange is shared by every course and student, and its root is set once,
in a site-wide `nbgrader_config.py` (deploy/hub/jupyter/common/ for `make hub`, or
/etc/jupyter/). The course's own config and `course.py` take it from there instead of
replacing it with a folder of their own.
"""

from __future__ import annotations

import os
from pathlib import Path


def site_exchange_root(course_dir: Path | None = None) -> str | None:
    """`Exchange.root` of the nbgrader configs on Jupyter's config path (highest priority
    last wins, as nbgrader reads them), leaving out the course's own config; None if unset."""
    from jupyter_core.paths import jupyter_config_path
    from traitlets.config.loader import PyFileConfigLoader

    own = (Path(course_dir) / "nbgrader_config.py").resolve() if course_dir else None
    root = None
    for folder in reversed(jupyter_config_path()):
        path = Path(folder) / "nbgrader_config.py"
        if not path.is_file() or path.resolve() == own:
            continue
        config = PyFileConfigLoader(path.name, path=str(path.parent)).load_config()
        if "Exchange" in config and "root" in config.Exchange:
            root = str(config.Exchange.root)
    return root


def exchange_root(course_dir: Path) -> str:
    """$NN_BACKPROP_EXCHANGE, else the site-wide config's root, else <course>/.exchange."""
    return (
        os.environ.get("NN_BACKPROP_EXCHANGE")
        or site_exchange_root(course_dir)
        or str(Path(course_dir) / ".exchange")
    )
