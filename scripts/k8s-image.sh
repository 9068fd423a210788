#!/usr/bin/env bash
# Build the course's Kubernetes images with podman from Debian's packages and uv.lock, no
# registry needed (as root):
#   base        Debian 13 "trixie" made by mmdebstrap (python3 3.13, bubblewrap, tini, nss_wrapper)
#   singleuser  deploy/kubernetes/Dockerfile, target singleuser (students' servers)
#   grader      target grader: singleuser plus the course (grader Deployment, autograde Job)
#   hub         target hub: the hub pod, JupyterHub of the same version with KubeSpawner
# Each image is tagged with a content hash of its inputs: a rerun whose inputs did not change
# reuses the images (the cache) and builds nothing; older tags of these images are removed.
# Prints, on stdout, one KEY=VALUE line each: PODMAN (the podman command and the run options
# this machine needs), BASE, SINGLEUSER, GRADER, HUB. Build logs go to stderr.
#   SUITE=trixie MIRROR=http://deb.debian.org/debian   the Debian suite and mirror of the base
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-podman.sh >&2
suite=${SUITE:-trixie}
mirror=${MIRROR:-http://deb.debian.org/debian}
packages=python3,python3-venv,bubblewrap,tini,libnss-wrapper,ca-certificates
# Limits at or below any host's: podman's defaults are higher than a machine without
# CAP_SYS_RESOURCE may set.
limits=(--ulimit nofile=4096:4096 --ulimit nproc=4096:4096)

hash_of() { sha256sum | cut -c1-16; }
# Every file of the given paths that git tracks or would track (no .venv, no build output).
files_of() { git ls-files -z --cached --others --exclude-standard -- "$@" | sort -zu; }
content_hash() { files_of "$@" | xargs -0 sha256sum | hash_of; }

base_key=$(printf '%s\n' "$suite" "$mirror" "$packages" | hash_of)
base=localhost/nn-backprop-base:$base_key
single_inputs=(uv.lock pyproject.toml README.md package.json package-lock.json nnlib
  exercises/nngrade _ext/coursebook deploy/hub deploy/kubernetes/Dockerfile
  deploy/kubernetes/entrypoint.sh scripts/hub-env.sh scripts/uv_requirement.py)
single=localhost/nn-backprop:$( (echo "$base_key"; content_hash "${single_inputs[@]}") | hash_of)
grader=localhost/nn-backprop-grader:$( (echo "$single"; content_hash exercises) | hash_of)
hub=localhost/nn-backprop-hub:$( (echo "$base_key"; content_hash deploy/kubernetes/Dockerfile \
  deploy/kubernetes/hub-requirements.txt) | hash_of)

exists() { podman image exists "$1"; }

if ! exists "$base"; then
  echo "==> Base image $base: Debian $suite from $mirror (mmdebstrap, ~2 min)" >&2
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mmdebstrap --quiet --variant=minbase --include="$packages" --aptopt='Acquire::Retries "3"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' "$suite" "$tmp/base.tar" "$mirror" >&2
  podman import --quiet "$tmp/base.tar" "$base" >/dev/null
  rm -rf "$tmp"
  trap - EXIT
fi

# crun refuses hybrid cgroups (v1 and v2 mounted together); runc runs there.
runtime=()
if ! podman run --rm "${limits[@]}" --network=none "$base" true 2>/dev/null; then
  runtime=(--runtime runc)
  podman "${runtime[@]}" run --rm "${limits[@]}" --network=none "$base" true
fi

if ! exists "$single" || ! exists "$grader" || ! exists "$hub"; then
  # The build context: the files git tracks, as they are in the work tree.
  context=$(mktemp -d)
  trap 'rm -rf "$context"' EXIT
  files_of . | tar --null -T - -cf - | tar -xf - -C "$context"
  # Behind a proxy that re-signs TLS (as here), the build trusts the host's CA bundle: it is
  # mounted over the image's for the build only, never stored in a layer.
  trust=()
  [ -r /etc/ssl/certs/ca-certificates.crt ] \
    && trust=(--volume /etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/ca-certificates.crt:ro)
  for target in singleuser grader hub; do
    case $target in singleuser) tag=$single ;; grader) tag=$grader ;; hub) tag=$hub ;; esac
    exists "$tag" && continue
    echo "==> Image $tag (target $target of deploy/kubernetes/Dockerfile)" >&2
    podman "${runtime[@]}" build "${limits[@]}" "${trust[@]}" --quiet --target "$target" \
      --build-arg BASE="$base" -f deploy/kubernetes/Dockerfile -t "$tag" "$context" >&2
  done
  rm -rf "$context"
  trap - EXIT
fi

# Keep only the current tags of these images (the cache), and no dangling build layers.
for old in $(podman images --format '{{.Repository}}:{{.Tag}}' \
             | grep -E '^localhost/nn-backprop(-base|-grader|-hub)?:' \
             | grep -vxF -e "$base" -e "$single" -e "$grader" -e "$hub"); do
  podman rmi "$old" >/dev/null
done
podman image prune --force >/dev/null

echo "PODMAN=podman ${runtime[*]} run ${limits[*]}"
echo "BASE=$base"
echo "SINGLEUSER=$single"
echo "GRADER=$grader"
echo "HUB=$hub"
