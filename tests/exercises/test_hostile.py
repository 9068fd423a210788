"""A hostile class graded beside an honest one, by every path an instructor uses.

Six honest students hand in the instructor's solution (28 automatic points each). Beside
them, in the same parallel batch, each attacker hands in one notebook whose answers are
wrong unless its attack works, so an attack that works shows as points, and a leak shows as
a token in its output. The same submissions are graded four ways:

    root,      `course.py autograde --jobs 2`
    root,      plain `nbgrader autograde` (two processes at once, as formgrader may)
    non-root,  `course.py autograde --jobs 2`
    non-root,  plain `nbgrader autograde` (two processes at once)

Every time: each honest student keeps 28/28 (and, through course.py, is not flagged); each
attacker scores 0 (an attacker that gets at the functions students write, the key or the
fingerprints, or replaces a recorded answer, would score); no leak token, planted file, filled /tmp, leftover process, extra credit
or manual score appears; and the grades' checksums verify. The markup attack is also loaded
in Chromium (feedback page and the autograded notebook formgrader renders).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pytest
from nngrade import manifest
from nngrade.solutions import answered, solution_sources

from ..browser.chromium import chromium
from ..conftest import copy_course, course_cli

REPO = Path(__file__).resolve().parents[2]
COURSE_SRC = REPO / "exercises"


ASSIGNMENT = "backprop"
NOTEBOOKS = manifest.find(COURSE_SRC, ASSIGNMENT).notebook_names

pytestmark = pytest.mark.slow
A, B, F, C = NOTEBOOKS
HONEST = [f"ok{i}" for i in range(1, 7)]
LEAK, MARK = "NNGRADE-LEAK", "nngrade-hostile-mark"
NOBODY = 65534
ZEROS = "\nW_prime = np.zeros((2, 2))\nb_prime = np.zeros(2)\n"

# ------------------------------------------------------------------------- the attacks
# Each: Python run in place of the first Part A answer. `{course}` and `{repo}` are filled
# in: the attacker knows exactly where the instructor keeps everything.

READ_FILE = r"""
import glob, os, sys
skip = ("/proc", "/sys", "/dev", "/usr", sys.prefix, sys.base_prefix)
targets = ["{course}/backprop/key.py", "{course}/gradebook.db", "{repo}/exercises/backprop/key.py",
           "{course}/source/backprop/part_a_collapse.ipynb", "{course}/release/backprop/part_a_collapse.ipynb"]
targets += glob.glob("/tmp/*/template.db") + glob.glob("/tmp/*/*/course/gradebook.db")
for root, dirs, files in os.walk("/"):
    if root.startswith(skip):
        dirs[:] = []
        continue
    targets += [os.path.join(root, f) for f in files
                if f.endswith((".ipynb", ".db", ".py", ".json")) and "/home/student" not in root]
hits = []
for t in targets:
    try:
        data = open(t, "rb").read(2_000_000)
    except OSError:
        continue
    if any(m in data for m in (b"HIDDEN TESTS", b"SQLite format", b"def verdict", b"_NNBP_")):
        hits.append(t)
print("{leak}" if hits else "no leak", hits[:3])
"""

READ_GIT = r"""
import os, sys, zlib
found = []
for start in ["{repo}/.git", "/"]:
    for root, dirs, files in os.walk(start):
        if root.startswith(("/proc", "/sys", "/usr", sys.prefix, sys.base_prefix)):
            dirs[:] = []
            continue
        if root.endswith("/.git") or "/.git/" in root:
            found += [os.path.join(root, f) for f in files]
readable = []
for f in found[:2000]:
    try:
        readable.append(len(open(f, "rb").read()))
    except OSError:
        pass
print("{leak}" if readable else "no git", len(found))
"""

READ_PROC = r"""
import os
hits = []
if "NBGRADER_EXECUTION" in os.environ or any(k.startswith(("NBGRADER", "NN_BACKPROP")) for k in os.environ):
    hits.append("grader environment")
for pid in os.listdir("/proc"):
    if not pid.isdigit():
        continue
    for what in ("environ", "cmdline"):
        try:
            data = open(f"/proc/{{pid}}/{{what}}", "rb").read()
            if b"--course" in data or b"nbgrader" in data or b"NBGRADER" in data:
                hits.append(f"{{pid}}/{{what}}")
        except OSError:
            pass
    for via in ("root", "cwd"):
        for rel in ("{course}/backprop/key.py", "gradebook.db", "../../../gradebook.db"):
            try:
                open(f"/proc/{{pid}}/{{via}}/{{rel}}".replace("//", "/"), "rb").read(16)
                hits.append(f"{{pid}}/{{via}}/{{rel}}")
            except OSError:
                pass
print("{leak}" if hits else "no leak", hits[:3])
"""

KILL = r"""
import os, signal, time
me, end, tries = os.getpid(), time.time() + 8, 0
while time.time() < end:
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass
    for pid in range(2, 70000):
        if pid != me:
            try:
                os.kill(pid, signal.SIGKILL)
                tries += 1
            except OSError:
                pass
    time.sleep(0.5)
print("kill attempts that did not fail:", tries)
"""

PLANT = r"""
import glob, os, sys
dirs = (["/tmp", "/dev/shm", "/var/tmp", "{course}", "{course}/submitted", "{course}/autograded",
         "{course}/nngrade", "{repo}/nnlib", sys.prefix + "/lib/python3.11/site-packages"]
        + sys.path + glob.glob("/tmp/*") + glob.glob("/tmp/*/*") + glob.glob("/tmp/*/*/course/submitted/*/backprop"))
planted = []
for d in dirs:
    for name in ("sitecustomize.py", "numpy.py", "{mark}.py", "usercustomize.py"):
        try:
            with open(os.path.join(d or ".", name), "x") as fh:
                fh.write("raise SystemExit('planted')\n")
            planted.append(os.path.join(d, name))
        except OSError:
            pass
print("planted in its own box:", sorted(set(os.path.dirname(p) for p in planted)))
"""

FILL = r"""
import os, subprocess, sys
for d in ("/tmp", "/dev/shm", "."):
    try:
        with open(f"{{d}}/{mark}-fill", "wb") as fh:
            for _ in range(4096):
                fh.write(b"x" * 2**20)
    except OSError:
        pass
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)", "{mark}"], start_new_session=True)
"""

FORK_BOMB = r"""
import os, time
kids = 0
try:
    while True:
        if os.fork() == 0:
            time.sleep(60)
            os._exit(0)
        kids += 1
except OSError:
    pass
print("forked", kids)
time.sleep(3)
"""

REWRITER = r'''
import os, subprocess, sys
code = """
import glob, sqlite3, time
end = time.time() + 120
while time.time() < end:
    for db in ["{course}/gradebook.db"] + glob.glob("/tmp/*/*/course/gradebook.db") + glob.glob("/tmp/*/template.db"):
        try:
            c = sqlite3.connect(db, timeout=1)
            c.execute("update grade set extra_credit = 20, manual_score = 99")
            c.commit()
            c.close()
        except Exception:
            pass
    time.sleep(0.3)
"""
subprocess.Popen([sys.executable, "-c", code, "{mark}"], start_new_session=True,
                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
'''

MARKUP_TEXT = (
    "MARKUP-ANSWER-TEXT stays visible. <script>window.__pwned='script'</script>"
    "<img src=x onerror=\"window.__pwned='img'\">"
    "<iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>"
    "<svg onload=\"window.__pwned='svg'\"><circle r=1 /></svg>"
    "[click me](javascript:window.__pwned='link') [entity](jav&#x61;script:window.__pwned='ent')"
)
MARKUP_CODE = (
    "from IPython.display import HTML, Javascript, SVG, display\n"
    "display(HTML(\"<b>OUTPUT-TEXT</b><script>window.__pwned='out'</script>\"))\n"
    "display(Javascript(\"window.__pwned='js'\"))\n"
    'display(SVG(\'<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"></svg>\'))\n'
    "kink_x = 0.0\ndef kink_position(w, b):\n    return 0.0\n"
)

# The functions students write, the key and the fingerprints, by every name: each attack
# that works prints the leak token or keeps nnlib's `collapse` as `stolen`, which its answer
# to A.4 (2 points) hands in (`STOLEN`).
NNLIB_BY_NAME = r"""
stolen = None
try:
    lib = __import__("nn" + "lib")
    stolen = lib.collapse
    print("{leak} nnlib imported")
except Exception as exc:
    print("no nnlib:", type(exc).__name__)
"""

NNLIB_ENCODED = r"""
import importlib, importlib.util, glob, sys
found = stolen = None
try:
    found = importlib.import_module(bytes.fromhex("6e6e6c6962").decode())
except Exception as exc:
    print("no import:", type(exc).__name__)
for path in ["{repo}/nnlib/collapse.py"] + glob.glob(sys.prefix + "/lib/python3*/site-packages/nnlib/collapse.py"):
    try:
        spec = importlib.util.spec_from_file_location("c0llapse", path)
        found = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(found)
    except Exception as exc:
        print("no file:", type(exc).__name__)
if found is not None and hasattr(found, "collapse"):
    stolen = found.collapse
    print("{leak} nnlib loaded")
"""

NNLIB_EXEC = r"""
import glob, re, sys
stolen = None
paths = ["{repo}/nnlib/collapse.py"]
for finder in glob.glob(sys.prefix + "/lib/python3*/site-packages/__editable__*finder.py"):
    text = open(finder).read()
    paths += [m + "/collapse.py" for m in re.findall(r"'(/[^']*nn" + r"lib)'", text)]
for path in paths:
    try:
        exec(open(path).read(), globals())
        stolen = collapse
        print("{leak} nnlib source read from", path)
    except Exception as exc:
        print("no source:", type(exc).__name__)
"""

KEY_BY_NAME = r"""
for attempt in ("import key", "exec(open('{course}/backprop/key.py').read())",
                "exec(open('{repo}/exercises/backprop/key.py').read())"):
    try:
        exec(attempt)
        print("{leak} key:", attempt)
    except Exception as exc:
        print("no key:", type(exc).__name__)
try:
    import nngrade.checks
    print("{leak} nngrade imported")
except Exception as exc:
    print("no nngrade:", type(exc).__name__)
"""

FINGERPRINTS = r"""
import instant_feedback as fb
variants = getattr(fb, "VARIANTS", None) or {{}}
found = [getattr(fb, "TABLE", None), any(variants.get("answers") or []), variants.get("hints")]
print("{leak} fingerprints in the grading kernel" if any(found) else "no fingerprints")
"""

# A recorded answer replaced: the answer cells hold zeros, the attack puts the right values in
# the records (computing them, as `RIGHT_A` does, is the work the answer cells skip).
RIGHT_A = r"""
RIGHT_A = {{
    "a_W_prime": lambda: W2 @ W1,
    "a_b_prime": lambda: W2 @ b1 + b2,
    "a_y_two_layer": lambda: W2 @ (W1 @ x + b1) + b2,
    "a_y_collapsed": lambda: W2 @ (W1 @ x + b1) + b2,
    "a_y_relu": lambda: W2 @ np.maximum(0, W1 @ x + b1) + b2,
}}
"""

HOOK = (
    RIGHT_A
    + r"""
import re
from IPython.display import clear_output
def _after(result):
    m = re.search(r"_nnbp_record\('([^']+)'", result.info.raw_cell or "")
    if m and m.group(1).split("#")[0] in RIGHT_A:
        clear_output()
        get_ipython().user_ns["_nnbp_record"](m.group(1), RIGHT_A[m.group(1).split("#")[0]])
get_ipython().events.register("post_run_cell", _after)
"""
)

SWAP_DISPLAY = (
    RIGHT_A
    + r"""
import IPython.display as D
_real = D.display
def _swap(*objs, **kw):
    obj = objs[0] if objs else None
    if isinstance(obj, dict) and len(obj) == 1 and "nngrade" in next(iter(obj)):
        rid = next(iter(obj.values())).get("id", "")
        if rid.split("#")[0] in RIGHT_A:
            D.display = _real
            try:
                return get_ipython().user_ns["_nnbp_record"](rid, RIGHT_A[rid.split("#")[0]])
            finally:
                D.display = _swap
    return _real(*objs, **kw)
D.display = _swap
"""
)

TRANSFORMER = r"""
SWAPS = {{"lambda: W_prime)": "lambda: W2 @ W1)", "lambda: b_prime)": "lambda: W2 @ b1 + b2)",
         "lambda: y_two_layer)": "lambda: W2 @ (W1 @ x + b1) + b2)",
         "lambda: y_collapsed)": "lambda: W2 @ (W1 @ x + b1) + b2)",
         "lambda: y_relu)": "lambda: W2 @ np.maximum(0, W1 @ x + b1) + b2)"}}
def _rewrite(lines):
    out = []
    for line in lines:
        if "_nnbp_record(" in line:
            for old, new in SWAPS.items():
                line = line.replace(old, new)
        out.append(line)
    return out
get_ipython().input_transformers_post.append(_rewrite)
"""

CODE_ATTACKS = {
    "h_read_file": READ_FILE,
    "h_read_git": READ_GIT,
    "h_read_proc": READ_PROC,
    "h_kill": KILL,
    "h_plant": PLANT,
    "h_fill": FILL,
    "h_fork_bomb": FORK_BOMB,
    "h_rewriter": REWRITER,
    "h_nnlib_name": NNLIB_BY_NAME,
    "h_nnlib_encoded": NNLIB_ENCODED,
    "h_nnlib_exec": NNLIB_EXEC,
    "h_key": KEY_BY_NAME,
    "h_fingerprints": FINGERPRINTS,
    "h_hook": HOOK,
    "h_swap_display": SWAP_DISPLAY,
    "h_transformer": TRANSFORMER,
}
STOLEN = {"a_collapse_answer": "collapse = stolen\n"}
REFUSED = {"h_nnlib_name": "'nnlib'", "h_nnlib_encoded": "'nnlib'", "h_key": "'key'"}
TAMPERED = ["h_hook", "h_swap_display", "h_transformer"]
FS_TRICKS = ["h_link_classmate", "h_link_devzero", "h_fifo", "h_huge"]
ATTACKERS = [*CODE_ATTACKS, "h_markup", "h_extras", *FS_TRICKS, "h_link_direct"]


# ------------------------------------------------------------------------------ helpers


def unprivileged_argv(argv: list[str], uid: int = NOBODY) -> list[str]:
    view = ["bwrap", "--dev-bind", "/", "/", "--die-with-parent"]
    under_root = sorted(
        {
            "/root/" + p.split("/")[2]
            for p in (sys.base_prefix, sys.prefix, str(REPO))
            if p.startswith("/root/")
        }
    )
    if under_root:
        view += ["--perms", "0755", "--tmpfs", "/root"]
        for p in under_root:
            view += ["--bind", p, p]
    return view + ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", *argv]


def run(argv, *, cwd, env, as_nobody=False, timeout=900):
    argv = unprivileged_argv(argv) if as_nobody else argv
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def nbgrader_bin() -> str:
    return str(Path(sys.executable).parent / "nbgrader")


def fill(release_nb: Path, answers: dict[str, str]) -> nbformat.NotebookNode:
    return answered(nbformat.read(release_nb, as_version=4), answers)


def honest_answers(course: Path) -> dict:
    sols = solution_sources(course)
    sols[C]["c_reasoning"] = "A wide linear layer is still one linear map; ReLU kinks bend it."
    return sols


def write_submissions(course: Path, homes: Path) -> dict[str, dict[str, nbformat.NotebookNode]]:
    """{student: {notebook: filled notebook}} for the whole class."""
    release = course / "release" / ASSIGNMENT
    sols = honest_answers(course)
    first_a = next(gid for gid in sols[A])
    out = {}
    for s in HONEST:
        out[s] = {nb: fill(release / f"{nb}.ipynb", sols[nb]) for nb in NOTEBOOKS}
    fmt = dict(course=str(course), repo=str(REPO), leak=LEAK, mark=MARK)
    for s, code in CODE_ATTACKS.items():
        answers = {first_a: code.format(**fmt) + ZEROS}
        if s.startswith("h_nnlib"):
            answers.update(STOLEN)
        out[s] = {A: fill(release / f"{A}.ipynb", answers)}
    out["h_markup"] = {
        C: fill(release / f"{C}.ipynb", {"c_reasoning": MARKUP_TEXT, "c_kink_answer": MARKUP_CODE})
    }
    for s in ["h_extras", *FS_TRICKS]:
        out[s] = {A: fill(release / f"{A}.ipynb", {first_a: ZEROS})}
    return out


def submit_all(course: Path, exchange: Path, homes: Path, work: dict, env: dict) -> None:
    """`nbgrader submit` for everyone (one SubmitApp process), then the file-system tricks
    edited into their inbound folders, where a student controls the files."""
    ex_args = [f"--Exchange.root={exchange}", "--CourseDirectory.course_id=nn-backprop"]
    students = []
    for s, nbs in work.items():
        folder = homes / s / ASSIGNMENT
        folder.mkdir(parents=True)
        for name, nb in nbs.items():
            nbformat.write(nb, folder / f"{name}.ipynb")
        students.append((str(homes / s), s))
    script = (
        "import json, os, sys\nfrom nbgrader.apps.submitapp import SubmitApp\n"
        "students, ex_args = json.loads(sys.argv[1])\nfor home, student in students:\n"
        "    os.chdir(home)\n    SubmitApp.clear_instance()\n    app = SubmitApp.instance()\n"
        "    app.initialize(['backprop', '--student', student, *ex_args])\n    app.start()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, json.dumps([students, ex_args])],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    inbound = exchange / "nn-backprop" / "inbound"
    box = {s: next(inbound.glob(f"{s}+{ASSIGNMENT}+*")) for s in work}
    nb = f"{A}.ipynb"
    (box["h_link_classmate"] / nb).unlink()
    (box["h_link_classmate"] / nb).symlink_to(box["ok1"] / nb)
    (box["h_link_devzero"] / nb).unlink()
    (box["h_link_devzero"] / nb).symlink_to("/dev/zero")
    (box["h_fifo"] / nb).unlink()
    os.mkfifo(box["h_fifo"] / nb)
    (box["h_huge"] / nb).unlink()
    with open(box["h_huge"] / nb, "wb") as fh:
        fh.truncate(200 * 2**20)
    extras = box["h_extras"]
    (extras / "nbgrader_config.py").write_text(
        "c = get_config()\nc.SaveAutoGrades.enabled = False\n"
    )
    (extras / "sitecustomize.py").write_text("raise SystemExit('planted')\n")
    (extras / "numpy.py").write_text("raise SystemExit('planted')\n")
    (extras / "nngrade").mkdir()
    (extras / "nngrade" / "__init__.py").write_text("raise SystemExit('planted')\n")
    (extras / "gradebook.html").symlink_to(course / "gradebook.db")
    (extras / "answers.html").symlink_to(course / "backprop" / "key.py")
    (extras / "shadow.html").symlink_to("/etc/shadow")
    (extras / "part_b_circuit.html").write_text("<script>window.__pwned = 1</script>EXTRA-PAGE")


def grades(course: Path) -> dict[str, float]:
    db = sqlite3.connect(course / "gradebook.db")
    rows = db.execute(
        "select student.id, submitted_assignment.id from submitted_assignment "
        "join student on student.id = submitted_assignment.student_id"
    ).fetchall()
    out = {}
    for student, sub_id in rows:
        total = db.execute(
            "select sum(coalesce(grade.manual_score, grade.auto_score, 0) + coalesce(grade.extra_credit, 0)) "
            "from grade join submitted_notebook on grade.notebook_id = submitted_notebook.id "
            "where submitted_notebook.assignment_id = ?",
            (sub_id,),
        ).fetchone()[0]
        out[student] = float(total or 0)
    db.close()
    return out


def hand_set_fields(course: Path) -> int:
    db = sqlite3.connect(course / "gradebook.db")
    n = db.execute(
        "select count(*) from grade where extra_credit is not null or manual_score is not null"
    ).fetchone()[0]
    db.close()
    return n


def leftovers() -> list[str]:
    left = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and MARK.encode() in (proc / "cmdline").read_bytes():
                left.append(proc.name)
        except OSError:
            pass
    return left


def planted_on_host(course: Path) -> list[str]:
    found = []
    for root in (course, Path("/tmp"), Path("/dev/shm"), REPO / "nnlib", Path(sys.prefix)):
        for path in _walk(root, 6 if root == course else 2):
            if MARK in path.name:
                found.append(str(path))
    return found


def _walk(root: Path, depth: int):
    stack = [(root, 0)]
    while stack:
        folder, level = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for e in entries:
            yield Path(e.path)
            if e.is_dir(follow_symlinks=False) and level < depth:
                stack.append((Path(e.path), level + 1))


def autograded_text(course: Path, student: str) -> str:
    """Everything the student's code printed during grading (outputs only, not sources)."""
    out = []
    for path in (course / "autograded" / student / ASSIGNMENT).glob("*.ipynb"):
        for cell in nbformat.read(path, as_version=4).cells:
            for o in cell.get("outputs", []):
                out.append(
                    str(o.get("text", ""))
                    + json.dumps(o.get("data", {}))
                    + str(o.get("evalue", ""))
                )
    return "\n".join(out)


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def env(exercises_env) -> dict:
    e = dict(exercises_env, NN_BACKPROP_CELL_TIMEOUT="15", NN_BACKPROP_STUDENT_BUDGET="240")
    e.pop("NBGRADER_EXECUTION", None)
    return e


@pytest.fixture(scope="module")
def workspace():
    """A world-traversable temporary root (the non-root runs need to reach it)."""
    root = Path(tempfile.mkdtemp(prefix="nngrade-hostile-"))
    root.chmod(0o755)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def template(workspace, env) -> Path:
    """The course, its student version generated; then the class submitted and collected
    (by `course.py collect`, through the exchange)."""
    course = workspace / "template"
    copy_course(course)
    exchange = workspace / "exchange"
    for step in ("generate", "release"):
        proc = course_cli(course, exchange, step, env=env)
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    work = write_submissions(course, workspace / "homes")
    submit_all(course, exchange, workspace / "homes", work, env)
    proc = course_cli(course, exchange, "collect", env=env)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    # a symlink put straight into submitted/ (no collect): plain nbgrader must not grade it
    direct = course / "submitted" / "h_link_direct" / ASSIGNMENT
    direct.mkdir(parents=True)
    (direct / f"{A}.ipynb").symlink_to(Path("..", "..", "ok1", ASSIGNMENT, f"{A}.ipynb"))
    return course


def course_copy(template: Path, dest: Path, owner: int | None = None) -> Path:
    shutil.copytree(template, dest, symlinks=True)
    for sub in ("autograded", "feedback"):
        shutil.rmtree(dest / sub, ignore_errors=True)
    if owner is not None:
        for root, _dirs, files in os.walk(dest):
            os.chown(root, owner, owner)
            for f in files:
                os.lchown(os.path.join(root, f), owner, owner)
    return dest


GRADERS = {
    "course.py as root": ("course", False),
    "plain nbgrader as root": ("plain", False),
    "course.py without root": ("course", True),
    "plain nbgrader without root": ("plain", True),
}


@pytest.fixture(scope="module", params=list(GRADERS))
def graded(request, template, workspace, env):
    how, as_nobody = GRADERS[request.param]
    if as_nobody and os.geteuid() != 0:
        pytest.skip("the tests already run without root: the runs above are the non-root ones")
    owner = NOBODY if as_nobody else None
    course = course_copy(template, workspace / f"run-{list(GRADERS).index(request.param)}", owner)
    run_env = dict(env, HOME=str(course), JUPYTER_DATA_DIR=str(course / ".jupyter"))
    # the session's private Jupyter, IPython, matplotlib and XDG folders are root's (0700):
    # a grader who is not root gets its own, in the course copy it owns
    for name in (
        "JUPYTER_CONFIG_DIR",
        "JUPYTER_RUNTIME_DIR",
        "IPYTHONDIR",
        "MPLCONFIGDIR",
        "XDG_CACHE_HOME",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
    ):
        run_env[name] = str(course / ".private" / name.lower())
    run_env["NN_BACKPROP_SANDBOX_DIR"] = str(course / ".boxes")
    (course / ".boxes").mkdir(mode=0o700)
    if owner is not None:
        os.chown(course / ".boxes", owner, owner)
    start = time.monotonic()
    if how == "course":
        proc = run(
            [
                sys.executable,
                str(course / "course.py"),
                "--course",
                str(course),
                "autograde",
                "--jobs",
                "2",
                "--quiet",
            ],
            cwd=course,
            env=run_env,
            as_nobody=as_nobody,
        )
        procs = [proc]
    else:
        procs = []
        for i, pattern in enumerate(("ok*", "h_*")):  # two at once, like two clicks
            argv = [nbgrader_bin(), "autograde", ASSIGNMENT, "--student", pattern, "--force"]
            with open(workspace / f"{course.name}-{i}.log", "w") as log:
                procs.append(
                    subprocess.Popen(
                        unprivileged_argv(argv) if as_nobody else argv,
                        cwd=course,
                        env=run_env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                )
        for p in procs:
            p.wait(timeout=900)
    seconds = time.monotonic() - start
    time.sleep(1.0)
    export = run(
        [
            sys.executable,
            str(course / "course.py"),
            "--course",
            str(course),
            "export",
            "--output",
            str(course / "grades.csv"),
        ],
        cwd=course,
        env=run_env,
        as_nobody=as_nobody,
    )
    print(f"\n{request.param}: graded in {seconds:.0f} s")
    return dict(
        name=request.param,
        how=how,
        course=course,
        procs=procs,
        seconds=seconds,
        export=export,
        env=run_env,
        as_nobody=as_nobody,
    )


# -------------------------------------------------------------------------------- tests


def test_every_honest_student_keeps_full_marks_and_every_attacker_scores_zero(graded):
    got = grades(graded["course"])
    assert {s: got.get(s) for s in HONEST} == {s: 28.0 for s in HONEST}, (graded["name"], got)
    submitted = [s for s in ATTACKERS if s in got]
    assert {s: got[s] for s in submitted} == {s: 0.0 for s in submitted}, (graded["name"], got)
    assert set(CODE_ATTACKS) | {"h_markup", "h_extras"} <= set(submitted)


def test_course_cli_flags_attackers_not_honest_students_and_says_so_in_its_exit_code(graded):
    if graded["how"] != "course":
        pytest.skip("plain nbgrader has no summary")
    proc = graded["procs"][0]
    assert proc.returncode == 3, proc.stdout[-3000:] + proc.stderr[-3000:]
    with (graded["course"] / "autograded" / "summary.csv").open() as fh:
        summary = {row["student"]: row for row in csv.DictReader(fh)}
    for s in HONEST:
        assert summary[s]["status"] == "graded" and summary[s]["score"] == "28", summary[s]
    for s in FS_TRICKS + ["h_extras", "h_link_direct"]:
        assert summary[s]["status"] == "flagged", summary[s]
    assert "not collected" in summary["h_link_classmate"]["flags"]
    assert "could change how Python" in summary["h_extras"]["flags"]
    for s, module in REFUSED.items():
        assert f"tried to import {module}" in summary[s]["flags"], summary[s]
    for s in TAMPERED:
        assert summary[s]["status"] == "flagged" and "tampering" in summary[s]["flags"], summary[s]
    assert "tried to import 'nngrade'" in summary["h_key"]["flags"], summary["h_key"]


def test_no_leak_reached_any_kernel(graded):
    for s in ATTACKERS:
        text = autograded_text(graded["course"], s)
        assert LEAK not in text, (graded["name"], s)
    assert "no leak" in autograded_text(graded["course"], "h_read_file")
    assert "no git" in autograded_text(graded["course"], "h_read_git")
    assert "no fingerprints" in autograded_text(graded["course"], "h_fingerprints")
    assert "no nnlib: ModuleNotFoundError" in autograded_text(graded["course"], "h_nnlib_name")


def test_nothing_planted_filled_or_left_running(graded):
    assert planted_on_host(graded["course"]) == []
    assert leftovers() == []
    assert not list(Path("/dev/shm").glob(f"*{MARK}*"))


def test_no_grade_was_rewritten_and_the_checksums_verify(graded):
    assert hand_set_fields(graded["course"]) == 0
    export = graded["export"]
    assert export.returncode == 0, export.stdout[-2000:] + export.stderr[-2000:]
    assert "set by hand" not in export.stdout


def test_a_changed_grade_stops_the_export(graded):
    if graded["name"] != "course.py as root":
        pytest.skip("once is enough")
    course = graded["course"]
    db = sqlite3.connect(course / "gradebook.db")
    db.execute(
        "update grade set auto_score = 5 where id = (select grade.id from grade "
        "join submitted_notebook n on grade.notebook_id = n.id join submitted_assignment a "
        "on n.assignment_id = a.id where a.student_id = 'h_kill' limit 1)"
    )
    db.commit()
    db.close()
    proc = run(
        [
            sys.executable,
            str(course / "course.py"),
            "--course",
            str(course),
            "export",
            "--output",
            str(course / "tampered.csv"),
        ],
        cwd=course,
        env=graded["env"],
    )
    assert proc.returncode == 1 and "h_kill" in proc.stderr, proc.stdout + proc.stderr
    assert not (course / "tampered.csv").exists()


@pytest.fixture(scope="module")
def released_feedback(graded, workspace):
    """`course.py feedback` and `return` after the course.py run as root."""
    if graded["name"] != "course.py as root":
        pytest.skip("feedback is checked once, after the course.py run as root")
    course = graded["course"]
    steps = {
        step: course_cli(course, workspace / "exchange", step, env=graded["env"], timeout=900)
        for step in ("feedback", "return")
    }
    return dict(
        course=course, steps=steps, outbound=workspace / "exchange" / "nn-backprop" / "feedback"
    )


def test_extra_files_never_reach_feedback_or_the_student(released_feedback):
    course = released_feedback["course"]
    for step in ("feedback", "return"):
        proc = released_feedback["steps"][step]
        assert proc.returncode in (0, 3), proc.stdout[-2000:] + proc.stderr[-2000:]
    names = {p.name for p in (course / "feedback" / "h_extras" / ASSIGNMENT).iterdir()}
    assert names <= {f"{A}.html", "timestamp.txt", "submission_secret.txt"}, names
    released = list(released_feedback["outbound"].rglob("*"))
    assert released, "no feedback was released at all"
    key = (course / "backprop" / "key.py").read_bytes()[:300]
    for page in released:
        data = page.read_bytes()
        assert b"SQLite format 3\x00" not in data and key not in data and b"EXTRA-PAGE" not in data
        assert not page.is_symlink()


def test_markup_is_inert_in_chromium_and_its_text_shows(released_feedback, tmp_path):
    from nbconvert import HTMLExporter

    course = released_feedback["course"]
    pages = [course / "feedback" / "h_markup" / ASSIGNMENT / f"{C}.html"]
    graded_nb = nbformat.read(
        course / "autograded" / "h_markup" / ASSIGNMENT / f"{C}.ipynb", as_version=4
    )
    body, _ = HTMLExporter().from_notebook_node(graded_nb)  # what a viewer of the notebook renders
    (tmp_path / "autograded.html").write_text(body)
    pages.append(tmp_path / "autograded.html")
    assert "OUTPUT-TEXT" in body

    with chromium() as browser:
        for page_path in pages:
            page = browser.new_page()
            dialogs = []
            page.on("dialog", lambda d, seen=dialogs: (seen.append(d.message), d.dismiss()))
            page.goto(page_path.as_uri(), wait_until="load")
            page.wait_for_timeout(500)
            for link in page.query_selector_all("a"):
                if link.inner_text().strip() in ("click me", "entity"):
                    link.click()
            page.wait_for_timeout(300)
            pwned = page.evaluate(
                "() => window.__pwned || (window.frames[0] && window.frames[0].__pwned) || null"
            )
            assert pwned is None, (page_path.name, pwned)
            assert not dialogs
            assert "MARKUP-ANSWER-TEXT stays visible" in page.inner_text("body"), page_path.name
            assert page.query_selector_all("iframe") == []
            page.close()
