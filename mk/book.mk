# The book: build, serve, clean, benchmark.
.PHONY: build build-all serve clean test-book bench-build bench-page-weight

JB_FLAGS := -W --keep-going
# The interactives render as self-contained HTML controls on the static site.
export NNLIB_WIDGETS := static

# Formulas are typeset when the book is built, by MathJax from npm (package-lock.json
# pins mathjax-full) run in Node: the site loads no MathJax.
# `npm ci` runs only when node_modules is missing or older than the lock file, so
# later builds work offline. (The coursebook extension runs it too if it is missing.)
node_modules/.package-lock.json: package.json package-lock.json
	@echo "==> Installing MathJax (mathjax-full, for build-time typesetting) with npm ci"
	@npm ci --no-audit --no-fund --loglevel=error

build: venv node_modules/.package-lock.json ## Build the course website into _build/html (cached; fails on any warning)
	@$(BIN)/jupyter-book build . $(JB_FLAGS)

build-all: venv node_modules/.package-lock.json ## Rebuild the whole website from clean, re-executing every lesson
	@rm -rf _build
	@$(BIN)/jupyter-book build . --all $(JB_FLAGS)

serve: build ## Build, then serve the website on http://localhost:8000
	@echo "Serving _build/html on http://localhost:8000 (Ctrl-C stops)"
	@$(BIN)/python -m http.server --directory _build/html --bind 127.0.0.1 8000

clean: ## Remove the built website and its execution cache
	rm -rf _build

test-book: venv node_modules/.package-lock.json ## Test the built website (slow: builds the whole book once, clean)
	@$(BIN)/python -m pytest tests/book $(PYTEST_ARGS)

bench-build: venv node_modules/.package-lock.json ## Time a clean book build, bare lesson execution, and a cached rebuild
	@$(BIN)/python benchmarks/bench_build.py

bench-page-weight: build ## Print what a browser downloads to open each page, cold (goal <= 1.5 MB)
	@$(BIN)/python benchmarks/bench_page_weight.py
