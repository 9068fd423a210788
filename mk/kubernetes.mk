# The Kubernetes images and pods, run here with podman (see guides/instructor.md, "Past one machine").
.PHONY: k8s-images test-kubernetes

k8s-images: ## As root: build the Kubernetes images with podman from Debian's packages and uv.lock (cached)
	@bash scripts/k8s-image.sh

test-kubernetes: venv ## As root: build the images (cached), then run a small term in podman as the pods would (9-20 min)
	@bash scripts/ensure-podman.sh
	@bash scripts/ensure-bubblewrap.sh
	@NN_BACKPROP_KUBERNETES_TESTS=1 $(BIN)/python -m pytest tests/kubernetes $(PYTEST_ARGS)
