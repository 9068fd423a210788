#!/usr/bin/env bash
# Write the pip requirement files that other places install from, each generated from
# uv.lock with hashes, for exactly the dependency groups that place needs:
#   binder/requirements.txt   the Launch button: nnlib's own dependencies + `lab`
# (`make lock` runs this; the README lists the groups of the hub and the students.)
set -euo pipefail
cd "$(dirname "$0")/.."
uv=$(abspath() { cd "$(dirname "$1")" && echo "$PWD/$(basename "$1")"; }; abspath "${VENV:-.venv}")/bin/uv

export_groups() {  # export_groups FILE GROUP...
  local out=$1; shift
  local args=()
  for group in "$@"; do args+=(--group "$group"); done
  "$uv" export --frozen --quiet --no-default-groups "${args[@]}" --no-emit-project \
    --format requirements-txt --output-file "$out"
  echo "$out: $(grep -c '^[a-zA-Z]' "$out") pins, groups: nnlib's own dependencies${*:+ + $*}"
}

export_groups binder/requirements.txt lab
