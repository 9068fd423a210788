# The book: build, serve, clean.
.PHONY: build build-all serve clean

JB_FLAGS := -W --keep-going
# The interactives render as self-contained HTML controls on the static site.
export NNLIB_WIDGETS := static

build: venv ## Build the course website into _build/html (cached; fails on any warning)
	@$(BIN)/jupyter-book build . $(JB_FLAGS)

build-all: venv ## Rebuild the whole website from clean, re-executing every lesson
	@$(BIN)/jupyter-book build . --all $(JB_FLAGS)

serve: build ## Build, then serve the website on http://localhost:8000
	@echo "Serving _build/html on http://localhost:8000 (Ctrl-C stops)"
	@$(BIN)/python -m http.server --directory _build/html --bind 127.0.0.1 8000

clean: ## Remove the built website and its execution cache
	rm -rf _build
