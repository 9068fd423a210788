"""nbgrader configuration of the course `nn-backprop` (this folder is the course directory).

Run nbgrader from this folder, or use the course CLI: `python exercises/course.py --help`.
The exchange root comes from $NN_BACKPROP_EXCHANGE, else from a site-wide nbgrader config (a
JupyterHub's), else it is `exercises/.exchange`
(fine for one machine; a shared JupyterHub uses e.g. /srv/nbgrader/exchange).
"""

import os
from pathlib import Path

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import (
    AssignLatePenalties,
    CheckCellMetadata,
    ClearOutput,
    DeduplicateIds,
    GetGrades,
    IgnorePattern,
    LimitOutput,
    OverwriteCells,
    OverwriteKernelspec,
    SaveAutoGrades,
)
from nngrade import formgrader_assets, sandbox, validate_exit
from nngrade.exchange import SafeCollect, SafeReleaseAssignment, SafeReleaseFeedback
from nngrade.gradesum import RecordGrades
from nngrade.offline_math import OfflineMathHTMLExporter
from nngrade.preflight import Preflight, RefuseSymlinks
from nngrade.preprocessors import CapOutput, FeedbackFilter, SafeExecute, VerifyAnswers
from nngrade.sanitize import SanitizeMarkup
from nngrade.siteconfig import exchange_root
from nngrade.student_ids import RefuseInvalidStudentId

COURSE_DIR = Path(__file__).resolve().parent
c = get_config()  # noqa: F821  (provided by traitlets when it loads this file)

# Every kernel nbgrader starts from this course directory (autograde, validate, formgrader's
# Autograde button) runs in the grading sandbox, or not at all: see nngrade/sandbox.py.
sandbox.install()
# `nbgrader validate` run with this config exits 1 when a notebook does not pass (nbgrader's
# own exits 0 after "VALIDATION FAILED"): see nngrade/validate_exit.py.
validate_exit.install()

c.CourseDirectory.course_id = "nn-backprop"
c.CourseDirectory.root = str(COURSE_DIR)
# $NN_BACKPROP_EXCHANGE, else the root a site-wide nbgrader config sets (a JupyterHub's, e.g.
# deploy/hub), else a folder of this course; never a private folder in place of the hub's.
c.Exchange.root = exchange_root(COURSE_DIR)
# Collect never follows a student's symlink; feedback release ships only notebook pages.
c.ExchangeFactory.collect = SafeCollect
# On a hub's hand-in store, release leaves the store 0700 (nbgrader's would make it 0777).
c.ExchangeFactory.release_assignment = SafeReleaseAssignment
c.ExchangeFactory.release_feedback = SafeReleaseFeedback
# The grader's own records never travel with a submission or its feedback.
c.CourseDirectory.ignore = [
    ".ipynb_checkpoints",
    "*.pyc",
    "__pycache__",
    "feedback",
    "nngrade*",
    ".nngrade*",
]

# Student version: hidden tests and solutions removed, cells locked.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# Autograde. nbgrader's sanitising first (with deleted test cells restored) ...
c.OverwriteCells.add_missing_cells = True
c.Autograde.sanitize_preprocessors = [
    RefuseInvalidStudentId,  # `..`, `-rf`, `=HYPERLINK(1)`: never graded (nngrade/student_ids.py)
    RefuseSymlinks,
    Preflight,  # the course CLI's pre-flight repairs, also for formgrader's Autograde button
    ClearOutput,
    DeduplicateIds,
    OverwriteKernelspec,
    OverwriteCells,
    CheckCellMetadata,
]
# ... then the run, with the verdict of each test cell computed outside the kernel.
c.Autograde.autograde_preprocessors = [
    SafeExecute,
    IgnorePattern,
    LimitOutput,
    CapOutput,
    VerifyAnswers,
    SaveAutoGrades,
    AssignLatePenalties,
    CheckCellMetadata,
    RecordGrades,
    SanitizeMarkup,
]
# The key is found through <assignment>/manifest.toml here, also when a run's course root
# is a private copy without it.
c.VerifyAnswers.assignments_root = str(COURSE_DIR)
c.Execute.timeout = int(os.environ.get("NN_BACKPROP_CELL_TIMEOUT", "20"))  # seconds per cell
c.Execute.interrupt_on_timeout = True
c.Execute.startup_timeout = 60
c.LimitOutput.max_lines = 300
c.LimitOutput.max_traceback = 60
c.CapOutput.max_chars = 20_000
# Harmless noise on stderr would otherwise score a cell 0: warnings from libraries, and
# matplotlib's cache notice in a fresh home.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = (
    r"(Warning|warnings\.warn|Matplotlib is building the font cache"
    r"|created a temporary cache directory)"
)

# Feedback: no hidden tests and no raw student output in the HTML.
c.GenerateFeedback.preprocessors = [
    RefuseInvalidStudentId,
    GetGrades,
    FeedbackFilter,
    SanitizeMarkup,
    CSSHTMLHeaderPreprocessor,
]
c.FeedbackFilter.enforce_metadata = False
c.HTMLExporter.sanitize_html = True  # outputs too (SanitizeMarkup already made them inert)
# ... and maths that renders offline: no MathJax from a CDN, formulas as MathML, no URL
# that fetches from another host, a CSP on every page (nngrade/offline_math.py).
c.GenerateFeedback.exporter_class = OfflineMathHTMLExporter

# formgrader's submission page: the course's CSP, and MathJax from the Jupyter server (the
# grader's Jupyter config enables the server extension nngrade.formgrader_assets), not a CDN.
c.HTMLExporter.extra_template_basedirs = formgrader_assets.TEMPLATE_BASEDIRS
c.HTMLExporter.extra_template_paths = formgrader_assets.TEMPLATE_PATHS
c.HTMLExporter.filters = formgrader_assets.FILTERS
