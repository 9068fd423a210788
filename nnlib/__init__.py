"""nnlib: the network and backpropagation code of the course.

Every public name is importable from here, e.g. ``from nnlib import Value, TwoLayerNet``.
The interactives live in ``nnlib.widgets``, imported only when first used.
"""

from . import plotting as plotting
from .activations import (
    sigmoid_backward,
    sigmoid_forward,
    tanh_backward,
    tanh_forward,
)
from .collapse import collapse
from .data import TOY_IMAGE_CLASSES, make_spiral, make_toy_images
from .gradcheck import numerical_gradient, rel_error
from .graph_drawing import draw_graph, layout_graph, update_graph
from .init import fan_in_normal
from .layers import (
    linear_backward,
    linear_forward,
    relu_backward,
    relu_forward,
)
from .linear_classifier import LinearClassifier
from .losses import softmax_loss, svm_loss
from .training import History, accuracy, train
from .two_layer_net import TwoLayerNet
from .value import Value, topological_order

__all__ = [
    "Value",
    "topological_order",
    "draw_graph",
    "layout_graph",
    "update_graph",
    "collapse",
    "linear_forward",
    "linear_backward",
    "relu_forward",
    "relu_backward",
    "sigmoid_forward",
    "sigmoid_backward",
    "tanh_forward",
    "tanh_backward",
    "fan_in_normal",
    "softmax_loss",
    "svm_loss",
    "numerical_gradient",
    "rel_error",
    "TwoLayerNet",
    "LinearClassifier",
    "train",
    "History",
    "accuracy",
    "make_spiral",
    "make_toy_images",
    "TOY_IMAGE_CLASSES",
]


def __getattr__(name):
    # `nnlib.widgets` is imported on first use, so `import nnlib` never depends on it
    if name == "widgets":
        import importlib

        return importlib.import_module(".widgets", __name__)
    raise AttributeError(f"module 'nnlib' has no attribute {name!r}")
