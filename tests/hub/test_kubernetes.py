"""deploy/kubernetes/ read as Kubernetes and Helm would: every file parses, and the pieces agree
with each other and with deploy/hub/ (same roles, same lock, same install script)."""

from __future__ import annotations

import re
from pathlib import Path

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
def job() -> dict:
    return yaml.safe_load((K8S / "autograde-job.yaml").read_text())


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


def test_subdomains_with_tls(values):
    host = values["hub"]["config"]["JupyterHub"]["subdomain_host"]
    assert host.startswith("https://")
    assert values["proxy"]["https"]["enabled"] is True
    assert values["proxy"]["https"]["hosts"] == [host.removeprefix("https://")]
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


def test_exchange_is_one_readwritemany_volume_and_servers_run_as_their_users(values, course):
    claim = course[("PersistentVolumeClaim", "nn-backprop-exchange")]
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    volumes = values["singleuser"]["storage"]["extraVolumes"]
    exchange = {"name": "exchange", "persistentVolumeClaim": {"claimName": "nn-backprop-exchange"}}
    assert exchange in volumes
    assert values["singleuser"]["fsGid"] == 100
    extra = values["hub"]["extraConfig"]["10-uids"]
    compile(extra, "10-uids", "exec")
    assert "c.KubeSpawner.uid = uid_of" in extra
    grader = course[("Deployment", "nn-backprop-grader")]["spec"]["template"]["spec"]
    init = grader["initContainers"][0]
    assert "chmod 1777 /srv/nbgrader/exchange" in init["command"][-1]


def test_one_image_from_the_same_lock_and_install_script(values, course, job):
    dockerfile = (K8S / "Dockerfile").read_text()
    assert "COPY uv.lock" in dockerfile and "bash scripts/hub-env.sh" in dockerfile
    image = f"{values['singleuser']['image']['name']}:{values['singleuser']['image']['tag']}"
    pod = course[("Deployment", "nn-backprop-grader")]["spec"]["template"]["spec"]
    assert pod["containers"][0]["image"] == image
    assert job["spec"]["template"]["spec"]["containers"][0]["image"] == image
    for path in re.findall(r"^COPY (\S+(?: \S+)*) \S+$", dockerfile, re.M):
        for name in path.split():
            assert (REPO / name).exists(), name


def test_autograde_job_runs_one_shard_per_index(job):
    spec = job["spec"]
    assert spec["completionMode"] == "Indexed"
    args = spec["template"]["spec"]["containers"][0]["args"][0]
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
