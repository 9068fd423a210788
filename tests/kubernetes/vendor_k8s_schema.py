"""Write k8s_schema.json: the Kubernetes API schema of the kinds deploy/kubernetes/ uses.

Taken from the PyPI package kubernetes-validate (Apache-2.0; its schemas are generated from the
Kubernetes OpenAPI spec), "local-strict" flavour (unknown keys are errors), kept to what those
kinds reach, descriptions dropped. Run by hand when the Kubernetes version or the kinds change:

    python tests/kubernetes/vendor_k8s_schema.py kubernetes_validate-1.37.0-py3-none-any.whl

Output shape: {"$comment", "$schema", "kinds": {"<apiVersion> <kind>": schema}, "$defs": {...}},
every "$ref" local ("#/$defs/<name>").
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

VERSION = "v1.33.0"
KINDS = {
    "batch/v1 Job": "job-batch-v1",
    "apps/v1 Deployment": "deployment-apps-v1",
    "v1 Service": "service-v1",
    "v1 ConfigMap": "configmap-v1",
    "v1 PersistentVolumeClaim": "persistentvolumeclaim-v1",
    "networking.k8s.io/v1 NetworkPolicy": "networkpolicy-networking-v1",
}
OUT = Path(__file__).with_name("k8s_schema.json")


def clean(node):
    """The schema without descriptions, its refs made local."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                continue
            if key == "$ref":
                value = "#/$defs/" + value.rsplit("/", 1)[1]
            out[key] = clean(value)
        return out
    if isinstance(node, list):
        return [clean(v) for v in node]
    return node


def refs(node) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[1]} if "$ref" in node else set()
        return found.union(*(refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(refs(v) for v in node))
    return set()


def main(wheel: str) -> None:
    folder = f"kubernetes_validate/kubernetes-json-schema/{VERSION}-local-strict"
    with zipfile.ZipFile(wheel) as zf:
        read = lambda name: json.loads(zf.read(f"{folder}/{name}.json"))  # noqa: E731
        version = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        all_defs = read("_definitions")["$defs"]
        kinds = {kind: clean(read(name)) for kind, name in KINDS.items()}
    keep, todo = {}, set().union(*(refs(k) for k in kinds.values()))
    while todo:
        name = todo.pop()
        keep[name] = clean(all_defs[name])
        todo |= refs(keep[name]) - keep.keys()
    doc = {
        "$comment": (
            f"Kubernetes {VERSION} API schema of {', '.join(KINDS)}: from the PyPI package "
            f"{version.split('.dist-info')[0]} ({folder}), Apache License 2.0, Copyright (C) "
            "2018 Will Thames; generated from the Kubernetes OpenAPI spec. Descriptions "
            "dropped. Made by tests/kubernetes/vendor_k8s_schema.py."
        ),
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "kinds": kinds,
        "$defs": dict(sorted(keep.items())),
    }
    OUT.write_text(json.dumps(doc, indent=None, sort_keys=False, separators=(",", ":")) + "\n")
    print(f"{OUT}: {len(kinds)} kinds, {len(keep)} definitions, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
