#!/usr/bin/env bash
# Install the hub's world-readable environment under PREFIX (default /opt/nn-backprop), as root:
#   PREFIX/python  an interpreter every user can run (a copy, when the given one is private)
#   PREFIX/venv    uv.lock's group `hub` (JupyterHub 6.1.1, JupyterLab, nbgrader) and the
#                  course's packages (nnlib, nngrade), copied, not editable
#   PREFIX/proxy   configurable-http-proxy from package.json / package-lock.json
# Reruns reuse what is there; the environment is rebuilt when the pins change.
# PYTHON names the interpreter (>= 3.11.5; default python3.11, then python3).
# The same script builds deploy/kubernetes/Dockerfile's image (SKIP_PROXY=1 there).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${PREFIX:-/opt/nn-backprop}
python=${PYTHON:-$(command -v python3.11 || command -v python3)}
umask 022

version=$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11, 5))'; then
  echo "hub-env: $python is Python $version; the lock needs >= 3.11.5 (soupsieve)." >&2
  echo "         Debian 12's python3 is 3.11.2: give PYTHON=/path/to/python3.11 (e.g. pyenv's)." >&2
  exit 1
fi
mkdir -p "$prefix"
chmod 755 "$prefix"

# 1. An interpreter that other users can run. One under /root (pyenv) is copied, with its
#    standard library and shared libpython; its run path is pointed at the copy.
if runuser -u nobody -- "$python" -c pass 2>/dev/null; then
  interpreter=$python
else
  src=$("$python" -c 'import sys; print(sys.base_prefix)')
  ver=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  interpreter=$prefix/python/bin/python$ver
  if [ ! -x "$interpreter" ] || [ "$("$interpreter" -V 2>&1)" != "Python $version" ]; then
    echo "==> Copying Python $version from $src to $prefix/python (other users cannot read $src)"
    rm -rf "$prefix/python"
    mkdir -p "$prefix/python/bin" "$prefix/python/lib"
    cp -a "$src/bin/python$ver" "$prefix/python/bin/"
    cp -a "$src/lib/"libpython* "$prefix/python/lib/" 2>/dev/null || true
    (cd "$src/lib" && tar --exclude="python$ver/site-packages/*" --exclude="python$ver/test" \
        --exclude='__pycache__' -cf - "python$ver") | tar -xf - -C "$prefix/python/lib"
    if ls "$prefix/python/lib/"libpython* >/dev/null 2>&1; then
      command -v patchelf >/dev/null || apt-get install -y -qq patchelf >/dev/null
      patchelf --set-rpath '$ORIGIN/../lib' "$interpreter"
    fi
    chmod -R a+rX "$prefix/python"
  fi
  runuser -u nobody -- "$interpreter" -c pass
fi

# 2. The packages, from the same uv.lock as .venv: the group `hub` (JupyterHub, JupyterLab,
#    nbgrader) and the course's own packages, copied in (not editable: students' servers
#    must not read this clone).
venv=$prefix/venv
want=$(cat uv.lock pyproject.toml scripts/hub-env.sh <("$interpreter" -V) \
       <(find nnlib exercises/nngrade _ext/coursebook -type f -not -path '*__pycache__*' \
         -print0 | sort -z | xargs -0 cat) | sha256sum | cut -c1-16)
if [ "$(cat "$venv/.lock-sha" 2>/dev/null)" != "$want" ] || [ ! -x "$venv/bin/python" ]; then
  echo "==> Installing $venv from uv.lock (group hub)"
  rm -f "$venv/.lock-sha"
  [ -x "$venv/bin/python" ] || "$interpreter" -m venv "$venv"
  uv_req=$("$venv/bin/python" scripts/uv_requirement.py)
  "$venv/bin/python" -m pip install --isolated --quiet --disable-pip-version-check \
    --require-hashes --no-deps --only-binary :all: -r /dev/stdin <<<"$uv_req"
  UV_PYTHON_DOWNLOADS=never UV_NO_PROGRESS=1 UV_PROJECT_ENVIRONMENT=$venv \
    "$venv/bin/uv" sync --locked --no-editable --no-default-groups --group hub \
    --python "$venv/bin/python" --quiet --compile-bytecode  # (read-only to its users)
  "$venv/bin/python" -c 'import nnlib, nngrade, nbgrader, jupyterhub, jupyterlab'
  rm -rf build   # setuptools leaves it when it builds the non-editable install
  chmod -R a+rX "$venv"
  echo "$want" > "$venv/.lock-sha"
fi

# 3. The proxy (the hub runs it as root; Kubernetes has its own).
if [ -z "${SKIP_PROXY:-}" ]; then
  mkdir -p "$prefix/proxy"
  if ! cmp -s package-lock.json "$prefix/proxy/package-lock.json"; then
    echo "==> Installing configurable-http-proxy into $prefix/proxy"
    cp package.json package-lock.json "$prefix/proxy/"
    (cd "$prefix/proxy" && npm ci --no-audit --no-fund --omit=dev --loglevel=error >/dev/null)
  fi
fi

echo "hub-env: $venv ($("$venv/bin/python" -V)) and the proxy in $prefix"
