# Every command of the course. `make help` lists them.
# Each area keeps its own targets in mk/<area>.mk; this file holds what they share.

SHELL := /bin/bash
.DEFAULT_GOAL := help
# The environment every command runs in: VENV=/srv/course/venv points all of them at a
# shared one (created world-readable); PYTHON=python3.12 picks its interpreter.
VENV ?= .venv
BIN := $(abspath $(VENV))/bin
export VENV PYTHON
# Small matrices and several processes on few cores: one BLAS thread each is fastest
# (a busy machine made multi-threaded OpenBLAS up to 50x slower). Override on the command line.
export OPENBLAS_NUM_THREADS ?= 1
export OMP_NUM_THREADS ?= 1

.PHONY: help venv lock lint test test-quick bench

help: ## List every command with one line each
	@echo "Usage: make <command>"
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) \
	  | sort -u | awk 'BEGIN {FS = ":.*## "} {printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}'

venv: ## Create or reuse the environment (VENV, default .venv) from uv.lock, all groups
	@bash scripts/env.sh

# uv resolves from pyproject.toml alone, never from what is installed in $(VENV)
# (so the torch that bench-nnlib adds never reaches the lock).
lock: venv ## Re-resolve uv.lock (with hashes) after editing pyproject.toml; rewrite binder/
	@UV_PROJECT_ENVIRONMENT=$(abspath $(VENV)) $(BIN)/uv lock
	@bash scripts/export-requirements.sh

lint: venv ## Check the Python code with ruff (lint and format, settings in pyproject.toml)
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .

test: venv lint ## Run the whole test suite (lint, builds the book, runs nbgrader, drives Chromium)
	@bash scripts/ensure-chromium.sh
	@bash scripts/ensure-bubblewrap.sh
	@$(BIN)/python -m pytest tests --durations=15 $(PYTEST_ARGS)

test-quick: venv ## Run only the fast unit tests (no book build, nbgrader or browser)
	@$(BIN)/python -m pytest tests -m "not slow" $(PYTEST_ARGS)

bench: ## Run every benchmark and print its figures
	@$(MAKE) --no-print-directory $(filter bench-%,$(shell grep -hoE '^bench-[a-z0-9-]+:' $(MAKEFILE_LIST) | tr -d :))

include $(wildcard mk/*.mk)
