"""Run one container of a deploy/kubernetes/ manifest with podman, as a kubelet would run it.

What is translated (and so tested when a test runs it): the image's entrypoint with the
container's `args` (or `command` in its place), `workingDir`, `env` values, the uid and gid of
the pod's and container's securityContext, `readOnlyRootFilesystem`, dropped capabilities,
`allowPrivilegeEscalation: false` (no_new_privs), `procMount: Unmasked`, the runtime's default
seccomp profile (podman's), no service-account token (podman mounts none), and every
volumeMount: a PersistentVolumeClaim and a ConfigMap from a host folder the caller gives by
name, an emptyDir as a tmpfs. A pod behind a NetworkPolicy that allows nothing runs with
`--network=none`.

Not translated (no cluster here): `hostUsers: false` (podman runs the uid as the same uid on
the host; rootful podman without /etc/subuid ranges has no user namespace to give), resources,
fsGroup, the NetworkPolicy as such.
"""

from __future__ import annotations

import shlex
from pathlib import Path

SUPPORTED_CONTEXT = {
    "runAsUser",
    "runAsGroup",
    "runAsNonRoot",
    "fsGroup",
    "seccompProfile",
    "privileged",
    "allowPrivilegeEscalation",
    "readOnlyRootFilesystem",
    "capabilities",
    "procMount",
}


def podman_argv(
    podman: str,
    image: str,
    pod: dict,
    container: dict,
    folders: dict[str, Path],
    network: bool = False,
) -> list[str]:
    """The `podman run` argv for `container` of `pod` (a pod template's `spec`); `folders` maps
    each PersistentVolumeClaim's claimName and each ConfigMap's name to a host folder."""
    context = {**pod.get("securityContext", {}), **container.get("securityContext", {})}
    unknown = set(context) - SUPPORTED_CONTEXT
    assert not unknown, f"securityContext fields this runner does not translate: {unknown}"
    assert context.get("privileged") is not True, "a privileged container is not run here"
    assert context.get("seccompProfile", {"type": "RuntimeDefault"}) == {"type": "RuntimeDefault"}
    user = f"{context['runAsUser']}:{context['runAsGroup']}"
    # --passwd=false: podman would add a passwd line for the uid, which no kubelet does
    argv = [*shlex.split(podman), "--rm", "--passwd=false", "--user", user]
    if context.get("runAsNonRoot"):
        assert context["runAsUser"] != 0
    if context.get("readOnlyRootFilesystem"):
        argv.append("--read-only")
    if context.get("capabilities", {}).get("drop") == ["ALL"]:
        argv.append("--cap-drop=all")
    if context.get("allowPrivilegeEscalation") is False:
        argv += ["--security-opt", "no-new-privileges"]
    if context.get("procMount") == "Unmasked":
        argv += ["--security-opt", "unmask=/proc/*"]
    if not network:
        argv.append("--network=none")
    if "workingDir" in container:
        argv += ["--workdir", container["workingDir"]]
    for var in container.get("env", []):
        if "value" in var:
            argv += ["--env", f"{var['name']}={var['value']}"]
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    for mount in container.get("volumeMounts", []):
        volume = volumes[mount["name"]]
        if "emptyDir" in volume:
            argv += ["--mount", f"type=tmpfs,destination={mount['mountPath']},tmpfs-mode=1777"]
            continue
        if "persistentVolumeClaim" in volume:
            source = folders[volume["persistentVolumeClaim"]["claimName"]]
        else:
            source = folders[volume["configMap"]["name"]]
        ro = ",ro" if "configMap" in volume or mount.get("readOnly") else ""
        argv += ["--mount", f"type=bind,source={source},destination={mount['mountPath']}{ro}"]
    if "command" in container:
        argv += ["--entrypoint", container["command"][0], image, *container["command"][1:]]
    else:
        argv.append(image)
    return argv + list(container.get("args", []))
