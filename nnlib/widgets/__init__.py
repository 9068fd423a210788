"""The course's interactives. One front end (widget.js) draws them everywhere: as
anywidgets in JupyterLab / Notebook 7, and as self-contained HTML on the static site
(when NNLIB_WIDGETS=static, as the book build sets), from numbers nnlib computes.

- relu_kinks(): each hidden unit's kink at x = -b/w, and their sum bending
- circuit(): f = (x + y) * z drawn as a graph, forward values and gradients, the
  backward pass one gate at a time (from step 0, again after every input move)
- hidden_size(): decision boundary, training and validation accuracy for each hidden
  size H and regularisation strength

Pure functions underneath (relu_kinks_state, circuit_state, hidden_size_state)
compute what the pictures show, so tests drive them without a browser.
"""

from ._mode import widget_mode
from .circuit import circuit, circuit_state
from .hidden_size import hidden_size, hidden_size_state
from .relu_kinks import relu_kinks, relu_kinks_state

__all__ = ["relu_kinks", "relu_kinks_state", "circuit", "circuit_state", "hidden_size",
           "hidden_size_state", "widget_mode"]
