#!/usr/bin/env bash
# Create, or reuse, the project's environment from uv.lock (every dependency group).
#
#   VENV=path    where the environment lives (default .venv); a hub can point it at a
#                shared folder: everything is created world-readable.
#   PYTHON=exe   the interpreter to build it from (default python3.11, else python3);
#                checked against requires-python in pyproject.toml first. uv never
#                downloads a Python of its own.
#
# The environment is rebuilt only when uv.lock, pyproject.toml, this script or the
# interpreter change.
# Any failure stops here, naming what failed; the stamp ($VENV/.lock-sha) is written only
# after the environment imports the course's packages and the tools it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022

venv=${VENV:-.venv}
python=${PYTHON:-}
if [ -z "$python" ]; then
  if command -v python3.11 >/dev/null; then python=python3.11; else python=python3; fi
fi
export UV_PYTHON_DOWNLOADS=never UV_NO_PROGRESS=1

fail() {
  echo "make venv: FAILED: $*" >&2
  echo "make venv: $venv is not stamped as good; fix the cause and run 'make venv' again." >&2
  exit 1
}

command -v "$python" >/dev/null || fail "no interpreter '$python' on PATH (set PYTHON=...)"
"$python" -c 'import sys' || fail "'$python' does not run (set PYTHON=/path/to/python3.11)"
"$python" scripts/check_python.py || fail "unsupported Python (see above)"

want=$(cat uv.lock pyproject.toml scripts/env.sh \
  <("$python" -c 'import sys; print(sys.version)') | sha256sum | cut -c1-16)
stamp=$venv/.lock-sha
if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  exit 0
fi

echo "==> Setting up $venv from uv.lock with $("$python" -c 'import sys; print(sys.executable)')"
rm -f "$stamp"
if [ -x "$venv/bin/python" ] && ! "$venv/bin/python" -c 'import sys' 2>/dev/null; then
  rm -rf "$venv"  # a broken leftover (its interpreter moved or vanished)
fi
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv" || fail "'$python -m venv $venv'"

# uv itself, at the version and with the hashes that uv.lock pins (tools group).
uv_req=$("$venv/bin/python" scripts/uv_requirement.py) || fail "reading uv's pin from uv.lock"
uv_version=${uv_req%% *}
if [ "$("$venv/bin/uv" --version 2>/dev/null | cut -d' ' -f2)" != "${uv_version#uv==}" ]; then
  echo "==> Installing $uv_version (pinned and hashed in uv.lock)"
  # --isolated: the machine's pip configuration plays no part in installing the lock.
  "$venv/bin/python" -m pip install --isolated --quiet --disable-pip-version-check \
    --require-hashes --no-deps --only-binary :all: -r /dev/stdin <<<"$uv_req" \
    || fail "installing $uv_version with pip (network or index unreachable?)"
fi

# Exactly the lock: --locked refuses a lock that no longer matches pyproject.toml, every
# file is checked against its hash, and a missing wheel is an error, never a build.
# --compile-bytecode: Python need not compile every module it imports, at each start, where
# it cannot write __pycache__ (grading sandboxes, a shared environment, or
# PYTHONDONTWRITEBYTECODE set): a kernel starts in 0.7 s instead of 1.2 s.
UV_PROJECT_ENVIRONMENT=$venv "$venv/bin/uv" sync --locked --all-groups \
  --python "$venv/bin/python" --no-build --compile-bytecode \
  || fail "'uv sync --locked' (the package that failed is named above)"

"$venv/bin/python" -c 'import nnlib, nngrade, coursebook, nbgrader, jupyter_book, playwright' \
  || fail "the environment does not import the course's packages (see the error above)"
"$venv/bin/uv" pip check --python "$venv/bin/python" || fail "'uv pip check'"
echo "$want" > "$stamp"
echo "==> $venv is ready"
