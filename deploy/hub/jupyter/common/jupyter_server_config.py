"""Every server of the hub (students' and the course service) stops at once on SIGINT.

JupyterHub stops a server with SIGINT first. Without a terminal, Jupyter Server leaves SIGINT
as it found it, and a process started in the background inherits it ignored: the hub then
waits its interrupt timeout before it sends SIGTERM. Here SIGINT does what SIGTERM does.
"""

import signal

from jupyter_server.serverapp import ServerApp

_init_signal = ServerApp.init_signal


def _init_signal_stop_on_sigint(self):
    _init_signal(self)
    signal.signal(signal.SIGINT, self._signal_stop)


ServerApp.init_signal = _init_signal_stop_on_sigint

# A terminal runs bash, not a login shell: Jupyter's default `bash -l` reads /etc/profile,
# whose PATH (Debian's) drops the hub's environment, and `python course.py` or `nbgrader`
# would not be found in the terminal.
c = get_config()  # noqa: F821
c.ServerApp.terminado_settings = {"shell_command": ["/bin/bash"]}
