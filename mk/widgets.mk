# The interactives (nnlib.widgets): their tests and benchmark.
.PHONY: test-widgets test-browser bench-widgets

test-widgets: venv ## Run the widget tests (in-process, no browser; about a minute)
	@$(BIN)/python -m pytest tests/widgets $(PYTEST_ARGS)

test-browser: venv ## Drive Chromium over one fresh build of the site (slow: builds the book once)
	@bash scripts/ensure-chromium.sh
	@$(BIN)/python -m pytest tests/browser $(PYTEST_ARGS)

bench-widgets: venv ## Input-to-picture latency in Chromium (site, JupyterLab); lesson page sizes
	@$(BIN)/python -m benchmarks.bench_widgets $(BENCH_ARGS)
