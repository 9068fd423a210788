"""deploy/kubernetes/ read as Kubernetes and Helm would: every manifest validates against the
Kubernetes API schema, every Helm key is one the chart knows, and the pieces agree with each
other and with deploy/hub/ (same roles, same lock, same install script, same JupyterHub).
The images themselves are built and run in tests/kubernetes/."""

from __future__ import annotations

import copy
import json
import re
import tomllib
from pathlib import Path

import jsonschema
import pytest
import yaml
from traitlets.config import Config

REPO = Path(__file__).resolve().parents[2]
K8S = REPO / "deploy" / "kubernetes"


@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load((K8S / "values.yaml").read_text())


@pytest.fixture(scope="module")
def course() -> dict[tuple[str, str], dict]:
    docs = [d for d in yaml.safe_load_all((K8S / "course.yaml").read_text()) if d]
    return {(d["kind"], d["metadata"]["name"]): d for d in docs}


@pytest.fixture(scope="module")
def job_docs() -> dict[str, dict]:
    docs = [d for d in yaml.safe_load_all((K8S / "autograde-job.yaml").read_text()) if d]
    return {d["kind"]: d for d in docs}


@pytest.fixture(scope="module")
def job(job_docs) -> dict:
    return job_docs["Job"]


def manifests() -> list[tuple[str, dict]]:
    """(file, document) for every Kubernetes object deploy/kubernetes/ applies."""
    out = []
    for path in sorted(K8S.glob("*.yaml")):
        if path.name != "values.yaml":
            out += [(path.name, d) for d in yaml.safe_load_all(path.read_text()) if d]
    return out


def schema_errors(doc: dict, schema: dict) -> list[str]:
    """What the Kubernetes API schema (tests/kubernetes/k8s_schema.json) finds wrong in `doc`."""
    kind = f"{doc.get('apiVersion')} {doc.get('kind')}"
    if kind not in schema["kinds"]:
        return [f"{kind}: no schema vendored for this kind (tests/kubernetes/vendor_k8s_schema.py)"]
    root = {**schema["kinds"][kind], "$defs": schema["$defs"]}
    validator = jsonschema.Draft202012Validator(root)
    return [
        f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)
    ]


def hub_roles(monkeypatch) -> list[dict]:
    """load_roles of deploy/hub/jupyterhub_config.py, run as JupyterHub runs it."""
    monkeypatch.setenv("NN_HUB_SETTINGS", str(REPO / "deploy" / "hub" / "hub.toml"))
    c = Config()
    path = REPO / "deploy" / "hub" / "jupyterhub_config.py"
    exec(
        compile(path.read_text(), str(path), "exec"),
        {"get_config": lambda: c, "__file__": str(path), "load_subconfig": lambda p: None},
    )
    return c.JupyterHub.load_roles


def test_the_roles_are_the_ones_of_the_single_machine_hub(values, monkeypatch):
    on_one_machine = {r["name"]: sorted(r["scopes"]) for r in hub_roles(monkeypatch)}
    on_kubernetes = {name: sorted(r["scopes"]) for name, r in values["hub"]["loadRoles"].items()}
    assert on_kubernetes == on_one_machine
    assert not any("inherit" in s or s == "admin" for s in sum(on_kubernetes.values(), []))


def test_subdomains_with_a_wildcard_certificate(values):
    host = values["hub"]["config"]["JupyterHub"]["subdomain_host"]
    assert host.startswith("https://")
    https = values["proxy"]["https"]
    assert https["enabled"] is True
    assert https["hosts"] == [host.removeprefix("https://")]
    # one name per server: Let's Encrypt's HTTP challenge cannot issue *.host; the wildcard
    # certificate is a Secret (cert-manager DNS-01, or the university's), as the guide says
    assert https["type"] == "secret" and "letsencrypt" not in https
    guide = (REPO / "guides" / "instructor.md").read_text()
    assert https["secret"]["name"] in guide and "DNS-01" in guide
    assert f"*.{host.removeprefix('https://')}" in guide
    redirect = values["hub"]["services"]["nn-backprop"]["oauth_redirect_uri"]
    assert redirect.startswith(f"https://nn-backprop--service.{host.removeprefix('https://')}/")


def test_the_service_is_the_grader_deployment(values, course):
    url = values["hub"]["services"]["nn-backprop"]["url"]
    name, port = re.fullmatch(r"http://([a-z0-9-]+):(\d+)", url).groups()
    service = course[("Service", name)]
    assert service["spec"]["ports"][0]["port"] == int(port)
    deployment = course[("Deployment", "nn-backprop-grader")]
    assert service["spec"]["selector"] == deployment["spec"]["selector"]["matchLabels"]
    pod = deployment["spec"]["template"]["spec"]
    env = {e["name"]: e for e in pod["containers"][0]["env"]}
    assert env["JUPYTERHUB_API_TOKEN"]["valueFrom"]["secretKeyRef"] == {
        "name": "hub",
        "key": "hub.services.nn-backprop.apiToken",
    }
    assert env["JUPYTER_CONFIG_PATH"]["value"].split(":")[0].endswith("/jupyter/grader")
    assert pod["securityContext"]["runAsUser"] != 0
    # the callback the service sends to the hub is the absolute one the hub registered
    redirect = values["hub"]["services"]["nn-backprop"]["oauth_redirect_uri"]
    assert env["JUPYTERHUB_OAUTH_CALLBACK_URL"]["value"] == redirect
    assert env["JUPYTERHUB_HOST"]["value"] == redirect.split("/services/")[0]


def test_exchange_is_one_readwritemany_volume_and_servers_run_as_their_users(values, course):
    claim = course[("PersistentVolumeClaim", "nn-backprop-exchange")]
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    volumes = values["singleuser"]["storage"]["extraVolumes"]
    exchange = {"name": "exchange", "persistentVolumeClaim": {"claimName": "nn-backprop-exchange"}}
    assert exchange in volumes
    assert values["singleuser"]["fsGid"] == 100
    grader = course[("Deployment", "nn-backprop-grader")]["spec"]["template"]["spec"]
    init = {c["name"]: c for c in grader["initContainers"]}["exchange"]
    assert "chmod 1777 /srv/nbgrader/exchange" in init["command"][-1]


def run_extra_config(values: dict, roster: Path, monkeypatch) -> Config:
    """hub.extraConfig 10-roster run as the chart's jupyterhub_config.py runs it, on `roster`."""
    monkeypatch.setenv("NN_BACKPROP_ROSTER", str(roster))
    c = Config()
    exec(compile(values["hub"]["extraConfig"]["10-roster"], "10-roster", "exec"), {"c": c})
    return c


def test_the_roster_fills_the_students_group_and_gives_each_server_its_uid(
    values, tmp_path, monkeypatch
):
    roster = tmp_path / "roster.txt"
    roster.write_text("# name uid\nalice 20001\nbob 20002\n\n")
    c = run_extra_config(values, roster, monkeypatch)
    groups = c.JupyterHub.load_groups
    assert groups["nbgrader-nn-backprop"] == {"users": ["alice", "bob"]}
    assert groups["formgrade-nn-backprop"] == {"users": ["grader-nn-backprop"]}
    assert "load_groups" not in values["hub"]["config"]["JupyterHub"]  # one place only

    class Spawner:  # what uid_of reads of KubeSpawner: spawner.user.name
        class user:
            name = "bob"

    assert c.KubeSpawner.uid(Spawner) == 20002
    assert c.KubeSpawner.fs_gid == 100
    assert c.KubeSpawner.environment.get_value({})["NB_USER"](Spawner) == "bob"
    # the ConfigMap's roster is the file the extraConfig reads, mounted at its default path
    mounts = values["hub"]["extraVolumeMounts"]
    assert {"name": "course-settings", "mountPath": "/etc/nn-backprop"} in mounts
    assert (
        'NN_BACKPROP_ROSTER", "/etc/nn-backprop/roster.txt'
        in values["hub"]["extraConfig"]["10-roster"]
    )


def test_images_from_the_same_lock_and_install_script(values, course, job):
    dockerfile = (K8S / "Dockerfile").read_text()
    assert "COPY uv.lock" in dockerfile and "bash scripts/hub-env.sh" in dockerfile
    stages = {name: src for src, name in re.findall(r"^FROM (\S+) AS (\S+)$", dockerfile, re.M)}
    assert stages == {"hub": "${BASE}", "grader": "singleuser", "singleuser": "${BASE}"}
    single = values["singleuser"]["image"]
    grader = f"{single['name']}-grader:{single['tag']}"  # the singleuser image plus the course
    pod = course[("Deployment", "nn-backprop-grader")]["spec"]["template"]["spec"]
    assert {c["image"] for c in pod["containers"] + pod["initContainers"]} == {grader}
    assert job["spec"]["template"]["spec"]["containers"][0]["image"] == grader
    assert values["hub"]["image"] == {"name": f"{single['name']}-hub", "tag": single["tag"]}
    for path in re.findall(r"^COPY (\S+(?: \S+)*) \S+$", dockerfile, re.M):
        for name in path.split():
            assert (REPO / name).exists(), name


def test_the_course_is_copied_into_the_graders_volume(course, job):
    """Only the grader image holds the course; an init container copies it into the grader's
    volume, where the grader's JupyterLab and the autograde Job work on it."""
    dockerfile = (K8S / "Dockerfile").read_text()
    grader_stage = dockerfile.split("AS grader", 1)[1].split("\nFROM ", 1)[0]
    assert "COPY exercises /opt/nn-backprop/course/exercises" in grader_stage
    singleuser_stage = dockerfile.split("AS singleuser", 1)[1].split("\nFROM ", 1)[0]
    assert "COPY exercises " not in singleuser_stage
    pod = course[("Deployment", "nn-backprop-grader")]["spec"]["template"]["spec"]
    workdir = pod["containers"][0]["workingDir"]
    assert job["spec"]["template"]["spec"]["containers"][0]["workingDir"] == workdir
    copy_in = {c["name"]: c for c in pod["initContainers"]}["course"]
    script = copy_in["args"][-1]
    assert f"test -e {workdir}/course.py ||" in script  # never over the instructor's work
    assert f"cp -R /opt/nn-backprop/course/exercises {Path(workdir).parent}/" in script
    home = {m["mountPath"] for m in copy_in["volumeMounts"]}
    assert any(workdir.startswith(m + "/") for m in home)


def test_the_chart_and_the_images_run_the_same_jupyterhub(values):
    lock = tomllib.loads((REPO / "uv.lock").read_text())
    locked = {p["name"]: p["version"] for p in lock["package"]}["jupyterhub"]
    hub_reqs = (K8S / "hub-requirements.txt").read_text()
    assert re.search(rf"^jupyterhub=={re.escape(locked)} ", hub_reqs, re.M)
    assert f"jupyterhub=={locked}\n" in (K8S / "hub-requirements.in").read_text()
    assert "--require-hashes" in (K8S / "Dockerfile").read_text()
    chart = re.search(r"--version (\S+)", (K8S / "values.yaml").read_text()).group(1)
    assert f"--version {chart}" in (REPO / "guides" / "instructor.md").read_text()


@pytest.mark.parametrize("name,doc", manifests(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_manifest_validates_against_the_kubernetes_api_schema(name, doc):
    schema = json.loads((REPO / "tests" / "kubernetes" / "k8s_schema.json").read_text())
    assert schema_errors(doc, schema) == [], f"{name} {doc['kind']} {doc['metadata']['name']}"
    # the check itself: a misspelt field, a wrong type and an unknown kind are each caught
    if doc["kind"] == "Job":
        bad = copy.deepcopy(doc)
        bad["spec"]["template"]["spec"]["containers"][0]["securityContext"]["procMuont"] = "x"
        bad["spec"]["completions"] = "twenty"
        errors = schema_errors(bad, schema)
        assert any("procMuont" in e for e in errors) and any("twenty" in e for e in errors)
        assert schema_errors({**doc, "kind": "CronJab"}, schema)


def pods(course: dict, job: dict) -> dict[str, dict]:
    return {
        "grader Deployment": course[("Deployment", "nn-backprop-grader")]["spec"]["template"],
        "autograde Job": job["spec"]["template"],
    }


def test_grading_pods_have_no_privileges_and_the_sandbox_what_it_needs(course, job, job_docs):
    """Where student code is graded: no capability, no escalation, the runtime's seccomp, no
    service-account token, a read-only root; bubblewrap gets its own user namespace and an
    unmasked /proc (tests/kubernetes/test_grading_pod.py runs this in podman)."""
    for where, template in pods(course, job).items():
        spec = template["spec"]
        assert spec["automountServiceAccountToken"] is False, where
        assert spec["hostUsers"] is False, where
        assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}, where
        assert spec["securityContext"]["runAsUser"] != 0, where
        grading = spec["containers"][0]
        assert "command" not in grading, f"{where}: command would skip the image's entrypoint"
        context = grading["securityContext"]
        assert context["capabilities"] == {"drop": ["ALL"]}, where
        assert context["allowPrivilegeEscalation"] is False and context["privileged"] is False
        assert context["readOnlyRootFilesystem"] is True, where
        assert context["procMount"] == "Unmasked", where
        assert {"name": "tmp", "mountPath": "/tmp"} in grading["volumeMounts"], where
    job_pod = job["spec"]["template"]
    assert job_pod["spec"]["enableServiceLinks"] is False
    policy = job_docs["NetworkPolicy"]["spec"]
    assert policy["podSelector"]["matchLabels"] == job_pod["metadata"]["labels"]
    assert policy["policyTypes"] == ["Ingress", "Egress"]
    assert "ingress" not in policy and "egress" not in policy  # nothing allowed either way


def test_autograde_job_runs_one_shard_per_index(job):
    spec = job["spec"]
    assert spec["completionMode"] == "Indexed"
    args = spec["template"]["spec"]["containers"][0]["args"][-1]
    shard = re.search(r"--shard \$JOB_COMPLETION_INDEX/(\d+)", args)
    assert shard and int(shard.group(1)) == spec["completions"]


def chart_keys() -> tuple[set[str], set[str]]:
    """The chart's known key paths (z2jh_value_keys.txt): exact ones, and open objects."""
    lines = (Path(__file__).with_name("z2jh_value_keys.txt")).read_text().splitlines()
    keys = {line for line in lines if line and not line.startswith("#")}
    return {k for k in keys if not k.endswith(".*")}, {k[:-2] for k in keys if k.endswith(".*")}


def value_paths(values: dict, open_objects: set[str], prefix: str = "") -> list[str]:
    """Every key path of values.yaml, not descending into objects the chart leaves open."""
    paths = []
    for key, value in values.items():
        path = f"{prefix}.{key}" if prefix else key
        paths.append(path)
        if isinstance(value, dict) and path not in open_objects:
            paths += value_paths(value, open_objects, path)
    return paths


def test_every_helm_key_is_one_the_chart_knows(values):
    exact, open_objects = chart_keys()
    paths = value_paths(values, open_objects)
    unknown = [p for p in paths if p not in exact and p not in open_objects]
    assert not unknown, f"keys the z2jh chart's values.schema.yaml does not have: {unknown}"
    # the check itself: a misspelt key is caught, and keys under an open object pass
    assert value_paths({"singleuser": {"fsGID": 100}}, open_objects)[-1] not in exact
    assert "hub.config" in open_objects and "singleuser.storage.extraVolumes" in exact
