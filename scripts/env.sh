#!/usr/bin/env bash
# Create, or reuse, the project's virtual environment in .venv from requirements.lock.
# The environment is rebuilt only when requirements.lock or pyproject.toml change.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
want=$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)
have=$(cat "$venv/.lock-sha" 2>/dev/null || true)

if [ -x "$venv/bin/python" ] && [ "$want" = "$have" ]; then
  exit 0
fi

echo "==> Setting up $venv from requirements.lock (once; later runs reuse it)"
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade "pip==26.3" 2>&1 | grep -v '^WARNING: Location' || true
# --no-deps: the lock file is the complete set, so pip installs exactly it.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock 2>&1 | grep -v '^WARNING: Location' || true
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . 2>&1 | grep -v '^WARNING: Location' || true
"$venv/bin/python" -m pip check
echo "$want" > "$venv/.lock-sha"
