"""The course's Kubernetes images and pods, run here with podman: no cluster, no registry.

The images are built from Debian's packages and uv.lock by scripts/k8s-image.sh (cached by a
content hash of their inputs). Each container runs as its manifest says (tests/kubernetes/
pods.py translates the pod spec into `podman run`): students' servers under an arbitrary uid
with no passwd entry, the grader's init container, the grader's JupyterLab container and the
autograde Job's shards, with no capabilities, no privilege escalation, podman's default
seccomp profile, a read-only root (where the manifest says so) and no network.

One small term goes through them: the course is copied into the grader's volume, released,
fetched and submitted by an honest student and three attackers (tests/exercises/
test_hostile.py's attacks: read the key, read /proc, rewrite the gradebook), collected, graded
by the Job's shards and merged, and the feedback returned and fetched. The same shard in a
default pod (a masked /proc) must refuse to grade and name the fix.

Slow (the first build takes minutes): run by `make test-kubernetes`, which sets
NN_BACKPROP_KUBERNETES_TESTS=1; without it these tests are skipped, saying so.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import nbformat
import pytest
import yaml

from ..exercises.test_hostile import (
    LEAK,
    MARK,
    NOTEBOOKS,
    READ_FILE,
    READ_PROC,
    REWRITER,
    ZEROS,
    A,
    fill,
    grades,
    honest_answers,
)
from .pods import podman_argv

REPO = Path(__file__).resolve().parents[2]
K8S = REPO / "deploy" / "kubernetes"
ASSIGNMENT = "backprop"
GRADER_UID = 10000
HONEST = {"alice": 20001}
ATTACKERS = {"h_read_file": 20002, "h_read_proc": 20003, "h_rewriter": 20004}
FULL_MARKS = 28.0  # automatic points of the assignment (as tests/exercises/test_hostile.py)
# the students' commands run outside a hub session: nbgrader's JupyterHub plugin would ask the
# hub which courses the student has (the known trap in DESIGN.md), so they use no plugin
STUDENT_NBGRADER = [
    "--course",
    "nn-backprop",
    "--Authenticator.plugin_class=nbgrader.auth.NoAuthPlugin",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("NN_BACKPROP_KUBERNETES_TESTS") != "1",
        reason="builds the Kubernetes images with podman (minutes): run `make test-kubernetes`",
    ),
]


def docs(name: str) -> dict[tuple[str, str], dict]:
    found = [d for d in yaml.safe_load_all((K8S / name).read_text()) if d]
    return {(d["kind"], d["metadata"]["name"]): d for d in found}


def sh(argv: list[str], timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout)


def ok(proc: subprocess.CompletedProcess) -> str:
    said = f"exit {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    assert proc.returncode == 0, said
    return proc.stdout


def grader_spec() -> dict:
    """The pod spec of course.yaml's grader Deployment."""
    return docs("course.yaml")[("Deployment", "nn-backprop-grader")]["spec"]["template"]["spec"]


@pytest.fixture(scope="session")
def images() -> dict[str, str]:
    """{PODMAN, BASE, SINGLEUSER, GRADER, HUB}: what scripts/k8s-image.sh built or reused."""
    if os.geteuid() != 0:
        pytest.fail("the Kubernetes image tests build with rootful podman: run them as root")
    proc = sh(["bash", str(REPO / "scripts" / "k8s-image.sh")], timeout=1800)
    ok(proc)
    return dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)


def locked_jupyterhub() -> str:
    lock = tomllib.loads((REPO / "uv.lock").read_text())
    return {p["name"]: p["version"] for p in lock["package"]}["jupyterhub"]


# ------------------------------------------------------------------- students' servers


def student_pod(values: dict, name: str, uid: int) -> tuple[dict, dict]:
    """The pod KubeSpawner makes of values.yaml's `singleuser` for one student, in the terms
    pods.py runs: the student's uid (hub.extraConfig 10-roster), gid 100, extraEnv, the home
    volume, the exchange and the settings, JUPYTERHUB_USER as the spawner sets it."""
    single = values["singleuser"]
    env = [{"name": k, "value": v} for k, v in single["extraEnv"].items()]
    env.append({"name": "JUPYTERHUB_USER", "value": name})
    mounts = [{"name": "home", "mountPath": single["storage"]["homeMountPath"]}]
    mounts += single["storage"]["extraVolumeMounts"]
    volumes = [{"name": "home", "persistentVolumeClaim": {"claimName": f"claim-{name}"}}]
    volumes += single["storage"]["extraVolumes"]
    context = {"runAsUser": uid, "runAsGroup": single["fsGid"]}
    context["allowPrivilegeEscalation"] = single["allowPrivilegeEscalation"]
    pod = {"securityContext": context, "volumes": volumes}
    return pod, {"name": "notebook", "env": env, "volumeMounts": mounts}


@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load((K8S / "values.yaml").read_text())


@pytest.fixture(scope="module")
def cluster(tmp_path_factory, values) -> dict:
    """Host folders standing for the volumes: the exchange (1777, the course folder the
    grader's, as course.yaml's init container makes it), the grader's home, one home per
    student, the settings ConfigMap's files."""
    root = tmp_path_factory.mktemp("k8s")
    settings = docs("course.yaml")[("ConfigMap", "nn-backprop-settings")]["data"]
    folders = {"nn-backprop-settings": root / "settings"}
    folders["nn-backprop-settings"].mkdir()
    roster = "".join(f"{s} {uid}\n" for s, uid in {**HONEST, **ATTACKERS}.items())
    for file, text in settings.items():
        text = roster if file == "roster.txt" else text
        (folders["nn-backprop-settings"] / file).write_text(text)
    exchange = folders["nn-backprop-exchange"] = root / "exchange"
    (exchange / "nn-backprop").mkdir(parents=True)
    exchange.chmod(0o1777)
    os.chown(exchange / "nn-backprop", GRADER_UID, 100)
    home = folders["nn-backprop-grader-home"] = root / "grader-home"
    home.mkdir()
    os.chown(home, GRADER_UID, 100)
    for name, uid in {**HONEST, **ATTACKERS}.items():
        folders[f"claim-{name}"] = root / "homes" / name
        folders[f"claim-{name}"].mkdir(parents=True, mode=0o700)
        os.chown(folders[f"claim-{name}"], uid, 100)
    yield {"root": root, "folders": folders}
    shutil.rmtree(root, ignore_errors=True)  # files of other uids: tmp_path's cleanup may not


def as_student(images, values, cluster, name: str, *args: str, entrypoint: bool = True):
    """`args` run in the student's server container (in place of jupyterhub-singleuser); with
    entrypoint=False, as the container's command, skipping the image's entrypoint."""
    pod, container = student_pod(values, name, {**HONEST, **ATTACKERS}[name])
    container["args" if entrypoint else "command"] = list(args)
    folders = cluster["folders"]
    return sh(podman_argv(images["PODMAN"], images["SINGLEUSER"], pod, container, folders))


def test_a_students_server_runs_under_an_arbitrary_uid_with_no_passwd_entry(
    images, values, cluster
):
    check = (
        "import os, pwd; from nbgrader.utils import get_username; "
        "from jupyter_core.paths import jupyter_runtime_dir; "
        "os.makedirs(jupyter_runtime_dir(), exist_ok=True); "
        "print(get_username(), os.getuid(), os.environ['HOME'], os.getcwd(), jupyter_runtime_dir())"
    )

    def alice(*args, **kw):
        return as_student(images, values, cluster, "alice", *args, **kw)

    home = "/home/student"
    out = ok(alice("python", "-c", check)).split()
    assert out == ["alice", "20001", home, home, f"{home}/.local/share/jupyter/runtime"]
    # the fault the entrypoint fixes: the same container without it has no user name
    bare = alice("python", "-c", check, entrypoint=False)
    assert bare.returncode != 0 and "KeyError" in bare.stderr
    assert ok(alice("jupyterhub-singleuser", "--version")).strip() == locked_jupyterhub()
    # no course (no answer key) in the students' image
    find = "ls /opt/nn-backprop; find / -xdev -name key.py -path '*backprop*' 2>/dev/null; true"
    assert ok(alice("sh", "-c", find)).split() == ["hub", "venv"]


def test_the_hub_image_runs_the_servers_jupyterhub(images):
    podman = [*images["PODMAN"].split(), "--rm", "--network=none", "--read-only"]
    imports = "import kubespawner, oauthenticator, jupyterhub_idle_culler, pycurl; print(1)"
    script = f"jupyterhub --version && python -c '{imports}'"
    out = ok(sh([*podman, "--user", "1000:1000", images["HUB"], "sh", "-c", script]))
    assert out.split() == [locked_jupyterhub(), "1"]


# ---------------------------------------------------------------------- one small term


def grader_pod(images, cluster, *args: str) -> subprocess.CompletedProcess:
    """The grader Deployment's JupyterLab container running `args` instead of its server."""
    spec = grader_spec()
    container = {**spec["containers"][0], "args": list(args)}
    return sh(podman_argv(images["PODMAN"], images["GRADER"], spec, container, cluster["folders"]))


def job_shard(images, cluster, index: int, pod_changes=None) -> subprocess.CompletedProcess:
    """One pod of the autograde Job, exactly as autograde-job.yaml says, for JOB_COMPLETION_INDEX
    `index` (the NetworkPolicy allows nothing: no network)."""
    spec = copy.deepcopy(docs("autograde-job.yaml")[("Job", "nn-backprop-autograde")])
    pod = spec["spec"]["template"]["spec"]
    container = pod["containers"][0]
    container["env"].append({"name": "JOB_COMPLETION_INDEX", "value": str(index)})
    if pod_changes:
        pod_changes(container)
    return sh(podman_argv(images["PODMAN"], images["GRADER"], pod, container, cluster["folders"]))


def attack(code: str) -> str:
    course = "/home/grader-nn-backprop/nn-backprop/exercises"
    return code.format(course=course, repo="/opt/nn-backprop/course", leak=LEAK, mark=MARK) + ZEROS


@pytest.fixture(scope="module")
def term(images, values, cluster) -> dict:
    folders = cluster["folders"]
    course_dir = folders["nn-backprop-grader-home"] / "nn-backprop" / "exercises"
    spec = grader_spec()
    copy_in = {c["name"]: c for c in spec["initContainers"]}["course"]
    out = {}
    # the init container copies the course into the grader's volume, and only once
    ok(sh(podman_argv(images["PODMAN"], images["GRADER"], spec, copy_in, folders)))
    assert (course_dir / "course.py").is_file()
    (course_dir / "course.py").touch()
    mark = (course_dir / "course.py").stat().st_mtime_ns
    ok(sh(podman_argv(images["PODMAN"], images["GRADER"], spec, copy_in, folders)))
    assert (course_dir / "course.py").stat().st_mtime_ns == mark
    ok(grader_pod(images, cluster, "python", "course.py", "generate"))
    ok(grader_pod(images, cluster, "python", "course.py", "release"))
    sols = honest_answers(course_dir)
    first_a = next(iter(sols[A]))
    release = course_dir / "release" / ASSIGNMENT
    work = {s: {nb: fill(release / f"{nb}.ipynb", sols[nb]) for nb in NOTEBOOKS} for s in HONEST}
    attacks = {"h_read_file": READ_FILE, "h_read_proc": READ_PROC, "h_rewriter": REWRITER}
    for s, code in attacks.items():
        work[s] = {A: fill(release / f"{A}.ipynb", {first_a: attack(code)})}

    def nbgrader(student: str, command: str) -> subprocess.CompletedProcess:
        argv = ["nbgrader", command, ASSIGNMENT, *STUDENT_NBGRADER]
        return as_student(images, values, cluster, student, *argv)

    for s, notebooks in work.items():
        ok(nbgrader(s, "fetch_assignment"))
        folder = folders[f"claim-{s}"] / "nn-backprop" / ASSIGNMENT  # path_includes_course
        assert folder.is_dir(), f"{s}'s fetch: {sorted(folders[f'claim-{s}'].rglob('*'))}"
        for nb, node in notebooks.items():
            nbformat.write(node, folder / f"{nb}.ipynb")
            os.chown(folder / f"{nb}.ipynb", {**HONEST, **ATTACKERS}[s], 100)
        ok(nbgrader(s, "submit"))
    ok(grader_pod(images, cluster, "python", "course.py", "collect"))

    def default_proc(container):
        del container["securityContext"]["procMount"]

    out["refused"] = job_shard(images, cluster, 0, default_proc)
    # --shard i/20 grades the i-th, (i+20)-th... student in sorted order: one pod each here
    students = sorted({**HONEST, **ATTACKERS})
    out["shards"] = [job_shard(images, cluster, i) for i in range(len(students))]
    out["merge"] = grader_pod(images, cluster, "python", "course.py", "autograde", "--merge")
    out["grades"] = grades(course_dir)
    out["autograded"] = {}
    for s in students:  # what the kernels printed (the attacks' own source names the token)
        outputs = []
        for path in (course_dir / "autograded" / s).rglob("*.ipynb"):
            for cell in nbformat.read(path, as_version=4).cells:
                outputs += [str(o) for o in cell.get("outputs", [])]
        out["autograded"][s] = "\n".join(outputs)
    out["feedback"] = grader_pod(images, cluster, "python", "course.py", "feedback")
    out["return"] = grader_pod(images, cluster, "python", "course.py", "return")
    out["fetch_feedback"] = nbgrader("alice", "fetch_feedback")
    fetched = folders["claim-alice"] / "nn-backprop" / ASSIGNMENT / "feedback"
    out["fetched"] = sorted(p.name for p in fetched.rglob("*.html"))
    return out


def test_a_default_pod_refuses_to_grade_and_names_the_fix(term):
    refused = term["refused"]
    assert refused.returncode == 1, refused.stdout + refused.stderr
    said = refused.stdout + refused.stderr
    assert "Autograde refused; nothing was graded." in said
    assert "hostUsers: false" in said and "procMount: Unmasked" in said


def test_the_jobs_shards_grade_honest_work_fully_and_attacks_to_zero(term):
    for shard in term["shards"]:
        ok(shard)
    merge = term["merge"]
    # exit 3: finished, and the attackers are flagged for the instructor (course.py's contract)
    assert merge.returncode == 3, merge.stdout + merge.stderr
    assert all(s in merge.stdout for s in [*HONEST, *ATTACKERS])
    assert term["grades"] == {**{s: FULL_MARKS for s in HONEST}, **{s: 0.0 for s in ATTACKERS}}
    for student, text in term["autograded"].items():
        assert LEAK not in text, student
    assert "no leak" in term["autograded"]["h_read_file"]


def test_the_student_fetches_feedback_from_the_students_image(term):
    for step in ("feedback", "return", "fetch_feedback"):
        ok(term[step])
    assert term["fetched"] == sorted(f"{nb}.html" for nb in NOTEBOOKS)
