"""The next notebook's kernel, started early (`nngrade.spare_kernel`): when, and that it is
still a fresh kernel in its own box.

The integration test runs the real `nbgrader autograde` with the course config on a
submission of three plain notebooks (the pipeline narrowed to `SafeExecute`, so no answer
key is needed). Each notebook prints when its kernel process started and when its last
cell ran, on the machine's boot clock, which the boxes share.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nngrade import sandbox, spare_kernel

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = ["one", "two", "three"]

PROBE = r"""
import json, os, time
ticks = os.sysconf("SC_CLK_TCK")
with open("/proc/self/stat") as fh:
    started = int(fh.read().rsplit(")", 1)[1].split()[19]) / ticks
marks = {"tmp": "/tmp/left-by-earlier", "home": os.path.expanduser("~/left-by-earlier")}
seen = {where: os.path.exists(path) for where, path in marks.items()}
for path in marks.values():
    open(path, "w").close()
time.sleep(1.5)  # a notebook that takes a while: the next kernel boots meanwhile
last_cell = time.clock_gettime(time.CLOCK_BOOTTIME)
print("PROBE" + json.dumps({"started": started, "seen": seen, "last_cell": last_cell}))
"""


@pytest.mark.parametrize(
    ("names", "pattern", "started", "to_come"),
    [
        (["a", "b", "c"], "*", 0, 3),
        (["a", "b", "c"], "*", 1, 2),
        (["a", "b", "c"], "*", 3, 0),
        (["a", "b", "c"], "a", 1, 0),  # `--notebook a`: no spare for b or c
        (["part_a", "part_b", "cards"], "part_*", 1, 1),
        ([], "*", 0, 0),
    ],
)
def test_notebooks_to_come(tmp_path, names, pattern, started, to_come):
    for name in names:
        (tmp_path / f"{name}.ipynb").write_text("{}")
    (tmp_path / "notes.txt").write_text("not a notebook")
    spare_kernel._started.clear()
    for _ in range(started):
        spare_kernel.count_start(str(tmp_path))
    assert spare_kernel.notebooks_to_come(str(tmp_path), pattern) == to_come
    spare_kernel._started.clear()


def test_no_folder_means_no_spare(tmp_path):
    assert spare_kernel.notebooks_to_come("", "*") == 0
    assert spare_kernel.notebooks_to_come(str(tmp_path / "missing"), "*") == 0


class FakeKernelManager:
    def __init__(self):
        self.calls = []

    async def start_kernel(self, **kwargs):
        self.calls.append("start")

    async def shutdown_kernel(self, now=False):
        self.calls.append(f"shutdown now={now}")

    async def cleanup_resources(self):
        self.calls.append("cleanup")


def test_a_new_run_inherits_no_spare_and_no_counts(tmp_path):
    """A long-lived process (formgrader's server) grades again: the spare and the counts of
    the earlier run are dropped, the spare's kernel shut down."""

    class Exporter:
        pass

    first, second = Exporter(), Exporter()
    km = FakeKernelManager()
    key = ("python3", str(tmp_path), "ann")

    async def scenario():
        await spare_kernel.begin(first)
        spare_kernel.count_start(str(tmp_path))
        await spare_kernel.start(key, km)
        await spare_kernel.begin(first)  # same run: kept
        assert spare_kernel._spare is not None
        await spare_kernel.begin(second)
        assert spare_kernel._spare is None and not spare_kernel._started
        assert await spare_kernel.take(key) is None

    asyncio.run(scenario())
    assert km.calls == ["start", "shutdown now=True", "cleanup"]


def test_a_spare_is_only_taken_for_its_own_key():
    km = FakeKernelManager()

    async def scenario():
        await spare_kernel.start(("python3", "/a", "ann"), km)
        assert await spare_kernel.take(("python3", "/a", "bob")) is None

    asyncio.run(scenario())
    assert km.calls == ["start", "shutdown now=True", "cleanup"]


@pytest.fixture(scope="module")
def graded(tmp_path_factory, exercises_env):
    course = tmp_path_factory.mktemp("spare-kernel")
    boxes = course.parent / f"{course.name}-boxes"
    boxes.mkdir()
    (course / "nbgrader_config.py").write_text(
        "c = get_config()\n"
        f"load_subconfig({str(REPO / 'exercises' / 'nbgrader_config.py')!r})\n"
        f"c.CourseDirectory.root = {str(course)!r}\n"
        "from nngrade.preprocessors import SafeExecute\n"
        "c.Autograde.autograde_preprocessors = [SafeExecute]\n"
    )
    for name in NOTEBOOKS:
        nb = nbformat.v4.new_notebook()
        nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3"}
        nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell(PROBE)]
        for folder in ("source/plain", "submitted/ann/plain"):
            (course / folder).mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, course / folder / f"{name}.ipynb")
    env = dict(
        exercises_env,
        PYTHONPATH=str(REPO / "exercises"),
        NN_BACKPROP_SANDBOX_DIR=str(boxes),
    )
    leases_before = set(os.listdir(sandbox.LEASE_DIR)) if sandbox.LEASE_DIR.is_dir() else set()
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    for args in (["generate_assignment", "plain", "--force"], ["autograde", "plain", "--force"]):
        proc = subprocess.run(
            [nbgrader, *args], cwd=course, env=env, capture_output=True, text=True, timeout=300
        )
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    probes = {}
    for name in NOTEBOOKS:
        nb = nbformat.read(course / "autograded" / "ann" / "plain" / f"{name}.ipynb", 4)
        text = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
        assert "PROBE" in text, nb.cells[-1].outputs
        probes[name] = json.loads(text.split("PROBE", 1)[1])
    leases_after = set(os.listdir(sandbox.LEASE_DIR)) if sandbox.LEASE_DIR.is_dir() else set()
    yield probes, sorted(os.listdir(boxes)), leases_after - leases_before
    shutil.rmtree(boxes, ignore_errors=True)


def test_each_next_kernel_was_up_before_the_previous_notebook_ended(graded):
    probes, _, _ = graded
    order = sorted(NOTEBOOKS)  # nbgrader's order: the folder's, sorted
    for earlier, later in zip(order, order[1:], strict=False):
        assert probes[later]["started"] < probes[earlier]["last_cell"], (earlier, later, probes)


def test_an_early_kernel_is_still_a_fresh_one_in_its_own_box(graded):
    """Files one notebook leaves in /tmp and its home are not there for the next, although the
    next one's kernel was already running."""
    probes, _, _ = graded
    for name in NOTEBOOKS:
        assert probes[name]["seen"] == {"tmp": False, "home": False}, probes


def test_nothing_is_left_behind(graded):
    _, boxes_left, leases_left = graded
    assert boxes_left == []
    assert leases_left == set()
