"""The interactives as a notebook shows them: executed by a real Jupyter kernel."""


import nbformat
import pytest
from nbclient import NotebookClient
from nngrade.environment import with_venv_bin

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def run_notebook(tmp_path):
    """Execute a two-cell notebook in a fresh python3 kernel, which inherits this
    process's environment (so NNLIB_WIDGETS as set by the test)."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("from nnlib.widgets import relu_kinks, circuit\nrelu_kinks()"),
        nbformat.v4.new_code_cell("circuit()"),
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}, store_widget_state=True).execute()
    for cell in nb.cells:  # nbgrader scores a cell that writes to stderr 0; the book fails on it
        assert not [o for o in cell.outputs if o.get("name") == "stderr"], cell.outputs
    return nb


@pytest.fixture()
def kernel_on_path(monkeypatch):
    monkeypatch.setenv("PATH", with_venv_bin()["PATH"])
    monkeypatch.setenv("MPLBACKEND", "Agg")


def test_live_mode_shows_ipywidgets_in_the_notebook(tmp_path, kernel_on_path, monkeypatch):
    monkeypatch.delenv("NNLIB_WIDGETS", raising=False)
    nb = run_notebook(tmp_path)
    for cell in nb.cells:
        outputs = [o for o in cell.outputs if o.output_type == "execute_result"]
        assert outputs and WIDGET_VIEW in outputs[0]["data"], cell.outputs
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    models = [m for m in state.values() if m["model_name"] == "AnyModel"]
    assert sorted(m["state"]["kind"] for m in models) == ["circuit", "relu_kinks"]
    assert all("export default" in m["state"]["_esm"] for m in models)


def test_static_mode_outputs_html_and_no_widget_state(tmp_path, kernel_on_path, monkeypatch):
    """What the book build executes: plain HTML, and no widget state that would make
    myst-nb load the ipywidgets manager from a CDN."""
    monkeypatch.setenv("NNLIB_WIDGETS", "static")
    nb = run_notebook(tmp_path)
    for cell in nb.cells:
        data = cell.outputs[0]["data"]
        assert WIDGET_VIEW not in data
        assert "data-nnlib-widget" in data["text/html"]
    assert "widgets" not in nb.metadata
