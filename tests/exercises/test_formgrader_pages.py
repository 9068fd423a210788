"""formgrader's pages, served by a real JupyterLab with nbgrader's formgrader and the course's
server extension `nngrade.formgrader_assets`, ask no other host for anything: the hostile
class of test_pages.py graded by formgrader's Autograde button, then its pages loaded in
Chromium with every request recorded. The submission page typesets its maths with the
course's own MathJax, served by the same server (nbgrader's template loads it from cdnjs).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from nbgrader.api import Gradebook
from nngrade.solutions import solution_sources

from ..browser.chromium import chromium
from ..browser.jupyter_runner import JupyterServer
from ..conftest import COURSE_SRC, REPO, generated_course
from .test_formgrader_autograde import press_autograde
from .test_pages import ASSIGNMENT, EVIL, HOSTILE_CODE, HOSTILE_TEXT, C, load, write_submission

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mathjax() -> Path:
    """The vendored MathJax (npm mathjax-full), installed by the book's own `npm ci` step."""
    from coursebook.mathsvg import ensure_installed

    ensure_installed(REPO)
    return REPO / "node_modules" / "mathjax-full" / "es5"


@pytest.fixture(scope="module")
def formgrader(tmp_path_factory, exercises_env, mathjax):
    """A JupyterLab serving the course, with ann and h_pages graded by the Autograde button."""
    root = tmp_path_factory.mktemp("formgrader-pages")
    course = generated_course(root, exercises_env)
    sols = solution_sources(COURSE_SRC, ASSIGNMENT)
    write_submission(course, "ann", sols)
    write_submission(
        course, "h_pages", {C: {"c_reasoning": HOSTILE_TEXT, "c_kink_answer": HOSTILE_CODE}}
    )
    config = root / "jupyter-config"  # what the grader's Jupyter config enables
    (config / "jupyter_server_config.d").mkdir(parents=True)
    (config / "jupyter_server_config.d" / "nngrade.json").write_text(
        json.dumps({"ServerApp": {"jpserver_extensions": {"nngrade.formgrader_assets": True}}})
    )
    (root / "boxes").mkdir()
    env = {
        "NN_BACKPROP_SANDBOX_DIR": str(root / "boxes"),
        "NN_BACKPROP_EXCHANGE": str(root / "exchange"),
        "NN_BACKPROP_MATHJAX": str(mathjax),
        "JUPYTER_CONFIG_PATH": str(config),
    }
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        with JupyterServer("lab", course) as server:
            replies = {s: press_autograde(server, s) for s in ("ann", "h_pages")}
            with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
                ids = {s: gb.find_submission_notebook(C, ASSIGNMENT, s).id for s in replies}
            yield dict(server=server, replies=replies, ids=ids)


def test_the_button_graded_both(formgrader):
    for student, reply in formgrader["replies"].items():
        assert reply["success"], (student, reply.get("error", "")[-2000:])


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with CSP", "sanitising alone"])
@pytest.mark.parametrize("student", ["ann", "h_pages"])
def test_the_submission_page_requests_nothing_from_another_host(formgrader, student, bypass_csp):
    server = formgrader["server"]
    url = f"{server.base}/formgrader/submissions/{formgrader['ids'][student]}/?token={server.token}"
    with chromium() as browser:
        seen = load(browser, url, server.base, bypass_csp=bypass_csp, settle="mjx-container")
    assert seen["foreign"] == [], seen["foreign"]
    assert seen["attributes"] == [], seen["attributes"]
    assert seen["pwned"] is None
    assert any("default-src 'self'" in c for c in seen["csp"]), seen["csp"]
    assert seen["mathjax"] > 0, "no formula was typeset: MathJax did not load from the server"
    assert any(u.endswith("/nngrade/mathjax/tex-chtml.js") for u in seen["requests"])
    if student == "h_pages":
        assert "PAGES-ANSWER-TEXT stays visible" in seen["text"] and "OUTPUT-TEXT" in seen["text"]
        assert EVIL not in " ".join(seen["requests"])


def test_the_gradebook_pages_request_nothing_from_another_host(formgrader):
    server = formgrader["server"]
    with chromium() as browser:
        for path in ("formgrader", f"formgrader/gradebook/{ASSIGNMENT}/{C}"):
            seen = load(browser, f"{server.base}/{path}?token={server.token}", server.base)
            assert seen["foreign"] == [], (path, seen["foreign"])
            assert seen["pwned"] is None
