"""The course service: JupyterLab as the grader, with the formgrader.

JupyterLab shows the formgrader in a frame of the service's own page, and JupyterHub's
default `frame-ancestors 'none'` leaves that frame blank (nbgrader #1870). The service allows
`'self'`: with subdomains (jupyterhub_config.py) that is the service's own host only, so no
student's server can frame the formgrader.
"""

c = get_config()  # noqa: F821
c.ServerApp.tornado_settings = {
    "headers": {"Content-Security-Policy": "frame-ancestors 'self'"},
}
