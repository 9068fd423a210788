"""A real Jupyter server (JupyterLab 4 or Notebook 7) for the browser tests and the
widget benchmark: started on 127.0.0.1 with a token, in temporary HOME and Jupyter
folders, stopped by its PID.

    with JupyterServer("lab", folder) as server:
        context, page, errors = open_and_run(browser, server, "widgets.ipynb", cells=2)
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from urllib.parse import urlparse
from pathlib import Path

import nbformat

VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_notebook(path: Path, sources: list[str]) -> Path:
    """A notebook of code cells on the venv's python3 kernel."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in sources]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)
    return path


class JupyterServer:
    """`app` is 'lab' (JupyterLab) or 'notebook' (Notebook 7); `root` the folder served."""

    def __init__(self, app: str, root: Path):
        if app not in ("lab", "notebook"):
            raise ValueError(f"app must be 'lab' or 'notebook', got {app!r}")
        self.app, self.root = app, Path(root)
        self.token = secrets.token_hex(16)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None
        self._home = None

    def url_of(self, notebook: str) -> str:
        path = "lab/tree" if self.app == "lab" else "notebooks"
        return f"{self.base}/{path}/{notebook}?token={self.token}"

    def __enter__(self) -> JupyterServer:
        self._home = tempfile.TemporaryDirectory(prefix=f"nnlib-jupyter-{self.app}-")
        home = Path(self._home.name)
        env = dict(os.environ)
        env.pop("NNLIB_WIDGETS", None)  # the live widgets, as a student gets them
        env.pop("MPLBACKEND", None)
        env.update({
            "HOME": str(home), "JUPYTER_CONFIG_DIR": str(home / "config"),
            "JUPYTER_DATA_DIR": str(home / "data"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
            "IPYTHONDIR": str(home / "ipython"), "PATH": f"{VENV_BIN}{os.pathsep}{env['PATH']}",
        })
        self._log = open(home / "server.log", "wb")
        self.process = subprocess.Popen(
            [str(VENV_BIN / "jupyter"), self.app, "--no-browser", "--ip=127.0.0.1",
             f"--port={self.port}", f"--IdentityProvider.token={self.token}",
             f"--ServerApp.root_dir={self.root}", "--ServerApp.port_retries=0",
             "--LabApp.news_url=None", "--LabApp.extension_manager=readonly",
             "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
             *(["--allow-root"] if os.geteuid() == 0 else [])],
            cwd=self.root, env=env, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"jupyter {self.app} exited: {self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.base}/api/status?token={self.token}",
                                            timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.__exit__(None, None, None)
        raise RuntimeError(f"jupyter {self.app} did not answer in 90 s: {self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        path = Path(self._home.name) / "server.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            # the server and its kernels are in their own session: stop that group by PID
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        if self._home is not None:
            self._log.close()
            self._home.cleanup()


def run_cell(page, index):
    """Execute cell `index` with Shift+Enter, as a student does."""
    cell = page.locator(".jp-Notebook .jp-Cell").nth(index)
    dialog = page.locator(".jp-Dialog")
    if dialog.count():
        raise AssertionError(f"a dialog is in the way: {dialog.first.inner_text()!r}")
    cell.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    return cell


KERNEL_READY = """() => [...document.querySelectorAll('.jp-Toolbar-kernelName')]
      .some(e => /Python 3/.test(e.textContent))
    && !!document.querySelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]')"""


def wait_for_kernel(page):
    """Until the notebook's kernel is started and idle. On a busy machine the kernel
    list can come late and Jupyter asks which kernel to start: pick the one it offers
    (Python 3), as a student would."""
    page.wait_for_function(f"() => !!document.querySelector('.jp-Dialog') || ({KERNEL_READY})()",
                           timeout=90_000)
    dialog = page.locator(".jp-Dialog")
    if dialog.count() and "Select Kernel" in dialog.inner_text():
        dialog.get_by_role("button", name="Select").click()
        dialog.wait_for(state="detached")
    page.wait_for_function(KERNEL_READY, timeout=90_000)


def open_and_run(browser, server, notebook, cells):
    """Open `notebook` in a new tab, wait for its kernel, execute its first `cells`
    cells and wait until that many interactives are drawn. Returns (context, page,
    problems from then on: page errors, and requests to any host but the server)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: urlparse(r.url).scheme in ("http", "https", "ws", "wss")
            and urlparse(r.url).netloc != f"127.0.0.1:{server.port}"
            and errors.append(f"request to another host: {r.url}"))
    page.goto(server.url_of(notebook))
    try:
        page.locator(".jp-Notebook .jp-Cell .cm-content").first.wait_for(timeout=60_000)
        wait_for_kernel(page)
        # only what happens from here on: Notebook 7.6 itself throws "Cannot read
        # properties of undefined (reading 'schema')" while it loads, on any notebook
        errors.clear()
        for i in range(cells):
            run_cell(page, i)
        page.locator('.nnw[data-ready="1"]').nth(cells - 1).wait_for(timeout=90_000)
    except Exception:
        page.screenshot(path=f"/tmp/nnlib-{server.app}-failed.png")
        raise AssertionError(f"the widgets did not appear in {server.app} "
                             f"(screenshot /tmp/nnlib-{server.app}-failed.png); page errors "
                             f"{errors}; server log:\n{server.log_tail()}")
    return context, page, errors
