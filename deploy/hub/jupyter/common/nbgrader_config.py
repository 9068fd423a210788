"""Site-wide nbgrader settings of the hub, for students and the grader alike.

Found through JUPYTER_CONFIG_PATH, which jupyterhub_config.py sets for every server. The
exchange root and the course id come from hub.toml; a course directory's own
nbgrader_config.py keeps this exchange root.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import settings as hub_settings  # noqa: E402

s = hub_settings.load()
c = get_config()  # noqa: F821
c.Exchange.root = s["exchange"]
c.Exchange.path_includes_course = True  # several courses may share the exchange
c.Authenticator.plugin_class = "nbgrader.auth.JupyterHubAuthPlugin"
# A student's `nbgrader validate` exits 1 when a notebook does not pass (nngrade/validate_exit.py)
from nngrade import validate_exit  # noqa: E402

validate_exit.install()
