"""Site-wide nbgrader settings of the hub, for students and the grader alike.

Found through JUPYTER_CONFIG_PATH, which jupyterhub_config.py sets for every server. The
store (the exchange root) and the hand-in service's address come from hub.toml; a course
directory's own nbgrader_config.py keeps this exchange root.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import settings as hub_settings  # noqa: E402

s = hub_settings.load()
c = get_config()  # noqa: F821
# The grader's nbgrader (release, collect, release_feedback) works on the store directly; a
# student's goes through the hand-in service (nngrade/hubexchange), as the hub user of the
# server's token, into a private mirror: no student writes anywhere shared.
c.Exchange.root = s["exchange"]
c.Exchange.path_includes_course = True  # several courses may share the store
c.ExchangeFactory.list = "nngrade.hubexchange.client.HubList"
c.ExchangeFactory.fetch_assignment = "nngrade.hubexchange.client.HubFetchAssignment"
c.ExchangeFactory.submit = "nngrade.hubexchange.client.HubSubmit"
c.ExchangeFactory.fetch_feedback = "nngrade.hubexchange.client.HubFetchFeedback"
c.HubClient.service_url = s["handin_url"]
c.Authenticator.plugin_class = "nbgrader.auth.JupyterHubAuthPlugin"
# A student's `nbgrader validate` exits 1 when a notebook does not pass (nngrade/validate_exit.py)
from nngrade import validate_exit  # noqa: E402

validate_exit.install()
