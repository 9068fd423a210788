"""An independent reference: PyTorch's autograd on the same network (optional; skipped
when torch is not installed, since it is not a course dependency)."""

import numpy as np
import pytest

from nnlib import TwoLayerNet, softmax_loss, svm_loss

torch = pytest.importorskip("torch")


def torch_loss(params, X, y, reg, data_loss):
    p = {name: torch.tensor(value, requires_grad=True) for name, value in params.items()}
    X, y = torch.tensor(X), torch.tensor(y)
    scores = torch.relu(X @ p["W1"].T + p["b1"]) @ p["W2"].T + p["b2"]
    if data_loss is softmax_loss:
        loss = torch.nn.functional.cross_entropy(scores, y)
    else:
        correct = scores.gather(1, y[:, None])
        margins = torch.clamp(scores - correct + 1, min=0)
        loss = (margins.sum() - len(y)) / len(y)  # the correct class adds exactly 1 per row
    loss = loss + 0.5 * reg * ((p["W1"] ** 2).sum() + (p["W2"] ** 2).sum())
    loss.backward()
    return loss.item(), {name: t.grad.numpy() for name, t in p.items()}


@pytest.mark.parametrize("data_loss", [softmax_loss, svm_loss])
def test_matches_torch(data_loss, rng):
    N, D, H, K = 16, 12, 10, 5
    model = TwoLayerNet(D, H, K, rng=rng, weight_scale=0.5, data_loss=data_loss)
    model.params["b1"] += 0.1 * rng.standard_normal(H)
    X, y = rng.standard_normal((N, D)), rng.integers(0, K, size=N)
    loss, grads = model.loss(X, y, reg=0.05)
    expected_loss, expected_grads = torch_loss(model.params, X, y, 0.05, data_loss)
    assert loss == pytest.approx(expected_loss, rel=1e-12)
    for name in grads:
        np.testing.assert_allclose(grads[name], expected_grads[name], rtol=1e-10, atol=1e-13)


@pytest.mark.parametrize("name", ["sigmoid", "tanh"])
def test_activation_gradients_match_torch(name, rng):
    from nnlib import activations

    forward = getattr(activations, f"{name}_forward")
    backward = getattr(activations, f"{name}_backward")
    X = 3 * rng.standard_normal((6, 7))
    dout = rng.standard_normal((6, 7))
    out, cache = forward(X)
    X_t = torch.tensor(X, requires_grad=True)
    out_t = getattr(torch, name)(X_t)
    out_t.backward(torch.tensor(dout))
    np.testing.assert_allclose(out, out_t.detach().numpy(), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(backward(dout, cache), X_t.grad.numpy(), rtol=1e-10, atol=1e-15)
