# The course on a JupyterHub on this machine (as root): see guides/instructor.md, "On a JupyterHub".
# HUB_SETTINGS names the settings (course id, grader, roster, authenticator, ports, hand-in store);
# HUB_PREFIX is where the world-readable environment and the hub's config are installed.
# PYTHON=/path/to/python3.11 picks the interpreter (>= 3.11.5) the environment is built from.
.PHONY: hub hub-stop hub-status hub-remove test-hub

HUB_SETTINGS ?= $(CURDIR)/deploy/hub/hub.toml
HUB_PREFIX ?= /opt/nn-backprop
HUB_CLI = $(HUB_PREFIX)/venv/bin/python scripts/hub.py --config-dir $(HUB_PREFIX)/hub

hub: ## As root: build the hub's environment, accounts and hand-in store, and start JupyterHub on localhost
	@PREFIX=$(HUB_PREFIX) bash scripts/hub-env.sh
	@$(HUB_CLI) setup --settings $(HUB_SETTINGS)
	@$(HUB_CLI) start

hub-stop: ## Stop the JupyterHub that `make hub` started (by its PID), with every server it runs
	@$(HUB_CLI) stop

hub-remove: ## Stop the hub and undo `make hub`: the accounts it created (homes and grades too), hand-in store, state, HUB_PREFIX
	@if [ -x $(HUB_PREFIX)/venv/bin/python ]; then $(HUB_CLI) remove; fi
	@rm -rf $(HUB_PREFIX) && echo "hub: removed $(HUB_PREFIX)"

hub-status: ## Say whether the hub of `make hub` is running
	@$(HUB_CLI) status

test-hub: venv ## As root: a whole term on a real JupyterHub (users, fetch, submit, grade, feedback; 3-8 min)
	@PREFIX=$(HUB_PREFIX) bash scripts/hub-env.sh
	@HUB_PREFIX=$(HUB_PREFIX) $(BIN)/python -m pytest tests/hub $(PYTEST_ARGS)
