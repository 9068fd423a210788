#!/usr/bin/env bash
# The Kubernetes image tests (tests/kubernetes/, `make test-kubernetes`) build the course's images
# with Debian's podman and mmdebstrap, no registry needed: install them when missing. runc comes
# too: crun refuses machines whose cgroups are in hybrid mode (v1 and v2 mounted together).
set -euo pipefail
missing=()
for tool in podman:podman mmdebstrap:mmdebstrap runc:runc; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
[ ${#missing[@]} = 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "${missing[*]} missing: run 'sudo apt-get install -y ${missing[*]}' once, then retry." >&2
  exit 1
fi
echo "==> Installing Debian's ${missing[*]} for the Kubernetes image tests (once)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
