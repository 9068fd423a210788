# %% [markdown]
# # Part A: two linear layers collapse into one
#
# A tiny network with 2 inputs, 2 hidden units and 2 outputs. The weights follow the course
# convention, `W` of shape `(out, in)`: $W_1$ and $W_2$ are $2 \times 2$, the biases $b_1$, $b_2$
# and the input $x$ have 2 entries each.
#
# **Your numbers.** Run the cell below first: it prints the numbers of this network. On the
# course's hub (or its nbgrader exchange) they are your own, drawn from your student id, so
# classmates work on different numbers; anywhere else (the website's download, your own laptop)
# they are the public numbers of the course's worked example. Your answers are graded on the
# numbers of the student id you submit with.
#
# Work with NumPy arrays (`np.array`) and the matrix product `@`. Every answer is checked
# twice: the test cell under each answer checks its value on your numbers right away and names
# the likely mistake if it is wrong; hidden tests check it again when your work is graded, and
# call your function on matrices you have not seen.

# %%
import numpy as np
# instant_feedback.py comes with this notebook: keep it in the same folder
from instant_feedback import my_numbers

W1, b1, W2, b2, x = my_numbers("part_a_collapse")

# %% [markdown]
# ## A.1 The equivalent single layer (2 points)
#
# With nothing between the layers, $W_2(W_1x + b_1) + b_2 = W'x + b'$. Compute `W_prime`
# (shape `(2, 2)`) and `b_prime` (shape `(2,)`).

# %% [solution a_W_prime_answer]
### BEGIN SOLUTION
W_prime = W2 @ W1
b_prime = W2 @ b1 + b2
### END SOLUTION

# %% [test a_W_prime]
assert isinstance(W_prime, np.ndarray), "W_prime should be a NumPy array, e.g. np.array(...) or W2 @ W1"
assert W_prime.shape == (2, 2), f"W_prime should have shape (2, 2), it has shape {W_prime.shape}"

# %% [test a_b_prime]
assert isinstance(b_prime, np.ndarray), "b_prime should be a NumPy array"
assert b_prime.shape == (2,), f"b_prime should have shape (2,), it has shape {b_prime.shape}"

# %% [markdown]
# ## A.2 Two paths, one answer (2 points)
#
# Compute the output on `x` twice: `y_two_layer` through both layers, $W_2(W_1x + b_1) + b_2$,
# and `y_collapsed` through your single layer, $W'x + b'$. They should agree exactly.

# %% [solution a_outputs_answer]
### BEGIN SOLUTION
y_two_layer = W2 @ (W1 @ x + b1) + b2
y_collapsed = W_prime @ x + b_prime
### END SOLUTION

# %% [test a_y_two_layer]
assert isinstance(y_two_layer, np.ndarray), "y_two_layer should be a NumPy array"
assert y_two_layer.shape == (2,), f"y_two_layer should have shape (2,), it has shape {y_two_layer.shape}"

# %% [test a_y_collapsed]
assert isinstance(y_collapsed, np.ndarray), "y_collapsed should be a NumPy array"
assert y_collapsed.shape == (2,), f"y_collapsed should have shape (2,), it has shape {y_collapsed.shape}"
assert np.allclose(y_collapsed, y_two_layer), "the collapsed output should equal the two-layer output"

# %% [markdown]
# ## A.3 Put a ReLU between the layers (1 point)
#
# Now apply $\mathrm{ReLU}(z) = \max(0, z)$ to the hidden vector: $y = W_2\,\mathrm{ReLU}(W_1x + b_1) + b_2$.
# Store it in `y_relu` and compare it with `y_two_layer`.

# %% [solution a_y_relu_answer]
### BEGIN SOLUTION
y_relu = W2 @ np.maximum(0, W1 @ x + b1) + b2
### END SOLUTION

# %% [test a_y_relu]
assert isinstance(y_relu, np.ndarray), "y_relu should be a NumPy array"
assert y_relu.shape == (2,), f"y_relu should have shape (2,), it has shape {y_relu.shape}"

# %% [markdown]
# ## A.4 The collapse as a function (3 points)
#
# Write `collapse(W1, b1, W2, b2)` that returns the pair `(W, b)` for any sizes: `W1` has shape
# `(H, D)`, `b1` `(H,)`, `W2` `(K, H)`, `b2` `(K,)`; the result has `W` of shape `(K, D)` and `b`
# of shape `(K,)`. The hidden tests call it on matrices you have not seen, most of them not square.

# %% [solution a_collapse_answer]
def collapse(W1, b1, W2, b2):
    """The single linear layer equal to two stacked ones: returns (W (K, D), b (K,))."""
    ### BEGIN SOLUTION
    W = W2 @ W1
    b = W2 @ b1 + b2
    return W, b
    ### END SOLUTION

# %% [test a_collapse_seed]
W_check, b_check = collapse(np.eye(2), np.zeros(2), np.eye(2), np.ones(2))
assert isinstance(W_check, np.ndarray) and isinstance(b_check, np.ndarray), "collapse should return two NumPy arrays (W, b)"
assert np.allclose(W_check, np.eye(2)) and np.allclose(b_check, np.ones(2)), "two identity layers should collapse to W = I, b = b2"

# %% [test a_collapse_unseen]
W_check, b_check = collapse(np.ones((3, 2)), np.zeros(3), np.ones((4, 3)), np.zeros(4))
assert W_check.shape == (4, 2), f"with W1 (3, 2) and W2 (4, 3), W should have shape (4, 2), not {W_check.shape}: the collapse is W2 @ W1"
assert b_check.shape == (4,), f"b should have shape (4,), not {b_check.shape}"
