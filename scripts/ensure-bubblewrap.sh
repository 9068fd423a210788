#!/usr/bin/env bash
# Grading runs every student kernel in a bubblewrap sandbox (exercises/nngrade/sandbox.py) and
# refuses to grade without it: install Debian's bubblewrap when it is missing.
set -euo pipefail
if command -v bwrap >/dev/null; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "bubblewrap is missing: run 'sudo apt-get install -y bubblewrap' once, then retry." >&2
  exit 1
fi
echo "==> Installing Debian's bubblewrap for the grading sandbox (once)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null
