"""The course's interactives: live ipywidgets in Jupyter, self-contained HTML/JS
controls on the static site (when NNLIB_WIDGETS=static, as the book build sets).

- relu_kinks(): each hidden unit's kink at x = -b/w, and their sum bending
- circuit(): f = (x + y) * z drawn as a graph, forward values and gradients, the
  backward pass one gate at a time
- hidden_size(): the two-layer net's decision boundary on the spiral for each H

Pure functions underneath (relu_kinks_state, circuit_state, hidden_size_state)
compute what the pictures show, so tests drive them without a browser.
"""

from ._mode import widget_mode
from .circuit import circuit, circuit_state
from .hidden_size import hidden_size, hidden_size_state
from .relu_kinks import relu_kinks, relu_kinks_state

__all__ = ["relu_kinks", "relu_kinks_state", "circuit", "circuit_state", "hidden_size",
           "hidden_size_state", "widget_mode"]
