"""Time one forward + backward pass of nnlib's TwoLayerNet against the same network in
PyTorch (CPU), and print ms/iter, throughput and the ratio.

    python benchmarks/bench_nnlib.py [--threads T] [--iters 30] [--rounds 3]

Fairness: every measurement runs in a fresh subprocess that holds only one library,
so neither library's idle thread pool competes with the other, and both get the same
number of threads (OPENBLAS/OMP/MKL_NUM_THREADS = T for numpy, torch.set_num_threads(T)
for PyTorch). Rounds alternate between the two libraries so that background load hits
both alike. The work is identical: scores, softmax loss with L2 regularisation, and
gradients of W1, b1, W2, b2 (no gradient for the data X in either library).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

SIZES = dict(N=512, D=3072, H=256, K=10)
REG = 1e-3


def numpy_worker(dtype, iters, N, D, H, K):
    import numpy as np

    from nnlib import TwoLayerNet

    rng = np.random.default_rng(0)
    model = TwoLayerNet(D, H, K, rng=rng, dtype=dtype)
    X = rng.standard_normal((N, D)).astype(dtype)
    y = rng.integers(0, K, size=N)

    def step():
        loss, grads = model.loss(X, y, reg=REG)
        assert grads["W1"].dtype == np.dtype(dtype)  # no silent upcast
        return loss

    return time_steps(step, iters)


def torch_worker(dtype, iters, N, D, H, K, threads):
    import numpy as np
    import torch

    torch.set_num_threads(threads)
    rng = np.random.default_rng(0)
    params = {
        "W1": torch.tensor(1e-2 * rng.standard_normal((H, D)), dtype=getattr(torch, dtype)),
        "b1": torch.zeros(H, dtype=getattr(torch, dtype)),
        "W2": torch.tensor(1e-2 * rng.standard_normal((K, H)), dtype=getattr(torch, dtype)),
        "b2": torch.zeros(K, dtype=getattr(torch, dtype)),
    }
    for p in params.values():
        p.requires_grad_(True)
    X = torch.tensor(rng.standard_normal((N, D)), dtype=getattr(torch, dtype))
    y = torch.tensor(rng.integers(0, K, size=N))
    W1, b1, W2, b2 = params.values()

    def step():
        for p in params.values():
            p.grad = None
        scores = torch.relu(X @ W1.T + b1) @ W2.T + b2
        loss = torch.nn.functional.cross_entropy(scores, y)
        loss = loss + 0.5 * REG * ((W1 * W1).sum() + (W2 * W2).sum())
        loss.backward()
        return loss.item()

    return time_steps(step, iters)


def time_steps(step, iters, warmup=3):
    import time

    for _ in range(warmup):
        step()
    times = []
    for _ in range(iters):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return times


def run_worker(library, dtype, args):
    """Run one measurement in a fresh interpreter with the thread counts pinned."""
    env = dict(os.environ)
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = str(args.threads)
    command = [
        sys.executable,
        __file__,
        "--worker",
        library,
        "--dtype",
        dtype,
        "--iters",
        str(args.iters),
        "--threads",
        str(args.threads),
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def torch_available():
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--iters", type=int, default=30, help="timed iterations per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dtype", action="append", choices=["float32", "float64"])
    parser.add_argument("--worker", choices=["numpy", "torch"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    dtypes = args.dtype or ["float32", "float64"]

    if args.worker == "numpy":
        print(json.dumps(numpy_worker(dtypes[0], args.iters, **SIZES)))
        return
    if args.worker == "torch":
        print(json.dumps(torch_worker(dtypes[0], args.iters, threads=args.threads, **SIZES)))
        return

    load_before = os.getloadavg()[0]
    libraries = ["numpy", "torch"] if torch_available() else ["numpy"]
    if "torch" not in libraries:
        print(
            "PyTorch is not installed: `pip install torch==2.13.0` to compare"
            " (not a course dependency)."
        )
    times = {(lib, dt): [] for lib in libraries for dt in dtypes}
    for _ in range(args.rounds):
        for dt in dtypes:
            for lib in libraries:
                times[lib, dt] += run_worker(lib, dt, args)

    N = SIZES["N"]
    print(
        f"TwoLayerNet forward + backward (softmax loss, L2 reg), N={N}, D={SIZES['D']}, "
        f"H={SIZES['H']}, K={SIZES['K']}; {args.threads} thread(s) for each library; "
        f"median of {args.rounds} x {args.iters} iterations"
    )
    header = (
        f"{'dtype':<8} {'library':<17} {'median ms':>9} {'min ms':>7} {'samples/s':>10} "
        f"{'vs torch':>8} {'(at min)':>8}"
    )
    print(header)
    print("-" * len(header))
    for dt in dtypes:
        for lib in libraries:
            ms, fastest = statistics.median(times[lib, dt]) * 1e3, min(times[lib, dt]) * 1e3
            ratio = ratio_at_min = "n/a"
            if "torch" in libraries:
                ratio = f"{statistics.median(times['torch', dt]) * 1e3 / ms:.2f}x"
                ratio_at_min = f"{min(times['torch', dt]) * 1e3 / fastest:.2f}x"
            name = "nnlib (numpy)" if lib == "numpy" else "torch " + __import__("torch").__version__
            print(
                f"{dt:<8} {name:<17} {ms:>9.2f} {fastest:>7.2f} {N / ms * 1e3:>10.0f} "
                f"{ratio:>8} {ratio_at_min:>8}"
            )
    load = max(load_before, os.getloadavg()[0])
    cores = os.cpu_count()
    if load > 0.5 * cores:
        print(
            f"WARNING: load average {load:.1f} on {cores} cores: other processes were running, "
            "so these figures are noisy; rerun on a quiet machine."
        )
    print(
        "'vs torch': nnlib's throughput / PyTorch's (goal >= 0.90x), from the medians and, "
        "less sensitive to other load on the machine, from the fastest iterations."
    )


if __name__ == "__main__":
    main()
