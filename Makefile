# Every command of the course. `make help` lists them.
# Each area keeps its own targets in mk/<area>.mk; this file holds what they share.

SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
# nbgrader shells out to `alembic`, so the environment's bin/ goes first on PATH.
export PATH := $(BIN):$(PATH)
# Small matrices and several processes on few cores: one BLAS thread each is fastest
# (a busy machine made multi-threaded OpenBLAS up to 50x slower). Override on the command line.
export OPENBLAS_NUM_THREADS ?= 1
export OMP_NUM_THREADS ?= 1

.PHONY: help venv lock test test-quick bench

help: ## List every command with one line each
	@echo "Usage: make <command>"
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) \
	  | sort -u | awk 'BEGIN {FS = ":.*## "} {printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}'

venv: ## Create or reuse the pinned virtual environment in .venv
	@bash scripts/env.sh

lock: venv ## Re-pin requirements.lock after editing requirements.in
	@$(BIN)/python -m pip install --quiet -r requirements.in
	@$(BIN)/python -m pip freeze --exclude-editable | grep -v '^nnlib' > requirements.lock
	@echo "requirements.lock: $$(wc -l < requirements.lock) pins"

test: venv ## Run the whole test suite (builds the book, runs nbgrader, drives Chromium)
	@bash scripts/ensure-chromium.sh
	@bash scripts/ensure-bubblewrap.sh
	@$(BIN)/python -m pytest tests $(PYTEST_ARGS)

test-quick: venv ## Run only the fast unit tests (no book build, nbgrader or browser)
	@$(BIN)/python -m pytest tests -m "not slow" $(PYTEST_ARGS)

bench: ## Run every benchmark and print its figures
	@$(MAKE) --no-print-directory $(filter bench-%,$(shell grep -hoE '^bench-[a-z0-9-]+:' $(MAKEFILE_LIST) | tr -d :))

include $(wildcard mk/*.mk)
