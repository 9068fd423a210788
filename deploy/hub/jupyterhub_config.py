"""JupyterHub for the course: PAM logins, local servers, and nbgrader's course service.

Every value comes from hub.toml (or the file $NN_HUB_SETTINGS names), through settings.py:
course id, grader, roster, authenticator, ports, exchange, install prefix and state folder.

- Students log in (PAM by default) and get JupyterLab as themselves, with nbgrader's
  Assignments tab; the formgrader and Create Assignment are switched off for them
  (jupyter/student/).
- The course service `<course>` is JupyterLab run as the grader account in the grader's copy
  of the course, with the formgrader (jupyter/grader/). Only the group formgrade-<course>
  may open it.
- Every server lives on its own subdomain (<user>.localhost), so the service can allow
  `frame-ancestors 'self'` (the formgrader's frame inside JupyterLab, nbgrader #1870)
  without letting a student's page frame it.
- The hand-in service `handin` (nngrade.hubexchange), also run as the grader, is the only
  way into the store: it knows each student from their server's hub token.
- Permissions are JupyterHub roles and scopes: no shared api_token, no admin service.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import settings as hub_settings  # noqa: E402

s = hub_settings.load()
c = get_config()  # noqa: F821  (provided by traitlets)

course, grader = s["course"], s["grader"]
prefix, state = Path(s["prefix"]), Path(s["state"])
venv_bin = prefix / "venv" / "bin"
path = f"{venv_bin}:/usr/local/bin:/usr/bin:/bin"

# ---------------------------------------------------------------- network and state
c.JupyterHub.bind_url = f"{s['scheme']}://{s['ip']}:{s['port']}"
c.JupyterHub.subdomain_host = s["url"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = s["hub_port"]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{s['proxy_api_port']}"
c.ConfigurableHTTPProxy.command = [str(prefix / "proxy/node_modules/.bin/configurable-http-proxy")]
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.cleanup_servers = True  # stopping the hub stops every server it started

# ---------------------------------------------------------------- who logs in
if s["authenticator"] == "pam":
    c.JupyterHub.authenticator_class = "pam"
    c.PAMAuthenticator.open_sessions = False
else:
    c.JupyterHub.authenticator_class = s["authenticator"]
c.Authenticator.allowed_users = {*s["students"], grader, *s["instructors"]}

# The grader and the instructors land in the course (the service's JupyterLab) when they log
# in; students in their own JupyterLab, as JupyterHub does by default.
formgraders = {grader, *s["instructors"]}


def landing_page(handler) -> str:
    user = handler.current_user
    return f"{s['service_url']}/lab" if user is not None and user.name in formgraders else ""


c.JupyterHub.default_url = landing_page

# ---------------------------------------------------------------- students' servers
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(venv_bin / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.environment = {
    "JUPYTER_CONFIG_PATH": hub_settings.jupyter_config_path(s, "student"),
    "NN_HUB_SETTINGS": s["settings_file"],
    "PATH": path,
}
c.Spawner.start_timeout = 120  # a busy machine starts JupyterLab slowly
c.Spawner.http_timeout = 120

# ---------------------------------------------------------------- the course service
grader_home = Path("/home") / grader
c.JupyterHub.services = [
    {
        "name": course,
        "url": f"http://127.0.0.1:{s['service_port']}",
        "command": [str(venv_bin / "jupyterhub-singleuser")],
        "user": grader,
        "cwd": str(grader_home / s["course_folder"] / "exercises"),
        "oauth_no_confirm": True,
        "timeout": 180,  # JupyterLab starts slowly on a busy machine
        "environment": {
            "JUPYTERHUB_DEFAULT_URL": "/lab",
            "JUPYTER_CONFIG_PATH": hub_settings.jupyter_config_path(s, "grader"),
            "NN_HUB_SETTINGS": s["settings_file"],
            "HOME": str(grader_home),
            "PATH": path,
        },
    },
    # The hand-in: students fetch, submit and fetch feedback through it, with their server's
    # hub token; it alone writes the store (hub.toml `exchange`, 0700, the grader's).
    {
        "name": hub_settings.HANDIN,
        "url": f"http://127.0.0.1:{s['handin_port']}",
        "command": [
            str(venv_bin / "python"),
            "-m",
            "nngrade.hubexchange.service",
            "--store",
            s["exchange"],
            "--port",
            str(s["handin_port"]),
            "--max-upload-mb",
            str(s.get("handin_max_upload_mb", 20)),
            "--max-files",
            str(s.get("handin_max_files", 200)),
            "--student-quota-mb",
            str(s.get("handin_student_quota_mb", 100)),
            "--course-quota-mb",
            str(s.get("handin_course_quota_mb", 5000)),
        ],
        "user": grader,
        "cwd": str(grader_home),
        "display": False,
        "environment": {"HOME": str(grader_home), "PATH": path},
    },
]

# ---------------------------------------------------------------- groups and roles
c.JupyterHub.load_groups = {
    f"formgrade-{course}": {"users": [grader, *s["instructors"]]},
    f"nbgrader-{course}": {"users": s["students"]},
}
course_group = f"group=nbgrader-{course}"
c.JupyterHub.load_roles = [
    # A server's token may read its own user's groups: nbgrader lists a student's courses, and
    # the hand-in service checks the roster through the same token.
    {
        "name": "server",
        "scopes": [
            "users:activity!user",
            "access:servers!server",
            "read:users:name!user",
            "read:users:groups!user",
        ],
    },
    # Opening the formgrader is opening the course service.
    {
        "name": f"formgrader-{course}",
        "groups": [f"formgrade-{course}"],
        "scopes": [f"access:services!service={course}"],
    },
    # The service itself: who is in the course, and adding students to it.
    {
        "name": f"course-service-{course}",
        "services": [course],
        "scopes": [
            "list:users",
            "read:users:name",
            "read:users:groups",
            f"groups!{course_group}",
            f"list:groups!{course_group}",
        ],
    },
]

if s.get("extra_config"):
    extra = Path(s["extra_config"])
    extra = extra if extra.is_absolute() else Path(s["settings_file"]).parent / extra
    load_subconfig(str(extra))  # noqa: F821
