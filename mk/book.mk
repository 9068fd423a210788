# The book: build, serve, clean, benchmark.
.PHONY: build build-all serve clean test-book bench-build bench-page-weight

# A plain `jupyter-book build .` in the environment builds the same site: the coursebook
# extension vendors MathJax (npm ci) and renders the interactives statically by itself.
JB_FLAGS := -W --keep-going

build: venv ## Build the course website into _build/html (cached; fails on any warning)
	@$(BIN)/jupyter-book build . $(JB_FLAGS)

build-all: venv ## Rebuild the whole website from clean, re-executing every lesson
	@rm -rf _build
	@$(BIN)/jupyter-book build . --all $(JB_FLAGS)

serve: build ## Build, then serve the website on http://localhost:8000
	@echo "Serving _build/html on http://localhost:8000 (Ctrl-C stops)"
	@$(BIN)/python -m http.server --directory _build/html --bind 127.0.0.1 8000

clean: ## Remove the built website and its execution cache
	rm -rf _build

test-book: venv ## Test the built website (slow: builds the whole book once, clean)
	@$(BIN)/python -m pytest tests/book $(PYTEST_ARGS)

bench-build: venv ## Time a clean book build, bare lesson execution, and a cached rebuild
	@$(BIN)/python benchmarks/bench_build.py

bench-page-weight: build ## Print what a browser downloads to open each page, cold (goal <= 1.5 MB)
	@$(BIN)/python -m benchmarks.bench_page_weight
