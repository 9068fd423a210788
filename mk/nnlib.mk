# nnlib: its unit tests and its benchmark against PyTorch.
.PHONY: test-nnlib bench-nnlib

test-nnlib: venv ## Run nnlib's unit tests (gradients, seeds' numbers, training, figures)
	@$(BIN)/python -m pytest tests/nnlib -q $(PYTEST_ARGS)

# PyTorch is only the benchmark's yardstick, never a course dependency.
bench-nnlib: venv ## Time TwoLayerNet forward+backward vs PyTorch CPU (installs torch==2.13.0 if missing)
	@$(BIN)/python -c "import torch" 2>/dev/null \
	  || $(BIN)/python -m pip install --quiet torch==2.13.0 \
	  || echo "torch==2.13.0 could not be installed: timing nnlib alone"
	@$(BIN)/python benchmarks/bench_nnlib.py $(BENCH_ARGS)
