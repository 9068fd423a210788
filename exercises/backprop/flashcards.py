# %% [markdown]
# # The nine flashcards, graded
#
# Each card of the course becomes one small question with a one-line answer: a letter in
# quotes, a number, a set, an ordering, or a tiny function. One point each.

# %%
import numpy as np
# instant_feedback.py comes with this notebook: keep it in the same folder
from instant_feedback import is_number

# %% [markdown]
# **Card 1. Stacking linear layers.** Which single layer computes exactly $W_2(W_1x + b_1) + b_2$?
#
# - (a) $(W_1W_2)\,x + (b_1 + b_2)$
# - (b) $(W_2W_1)\,x + (W_2b_1 + b_2)$
# - (c) $(W_1 + W_2)\,x + b_2$
# - (d) none: two layers can do more than one
#
# Answer with the letter as a string, for example `card1 = "a"`.

# %% [solution card1_answer]
### BEGIN SOLUTION
card1 = "b"
### END SOLUTION

# %% [test card1_collapse]
assert isinstance(card1, str), 'card1 should be a letter in quotes, e.g. "a"'

# %% [markdown]
# **Card 2. The non-linearity.** Write `relu(z)`: $\max(0, z)$ elementwise, for a NumPy array of
# any shape. Return a new array and leave `z` unchanged.

# %% [solution card2_answer]
def relu(z):
    """ReLU elementwise: same shape as z."""
    ### BEGIN SOLUTION
    return np.maximum(0.0, z)
    ### END SOLUTION

# %% [test card2_relu]
out = relu(np.array([-1.0, 0.0, 2.0]))
assert isinstance(out, np.ndarray), "relu should return a NumPy array"
assert out.shape == (3,), "relu should keep the shape of its input"

# %% [markdown]
# **Card 3. The hidden layer.** A two-layer network reads CIFAR-10 images ($D = 3072$ pixel
# values), has $H = 100$ hidden units and $K = 10$ classes. How many numbers does the final
# linear layer read for each image? Store the number in `card3`.

# %% [solution card3_answer]
### BEGIN SOLUTION
card3 = 100
### END SOLUTION

# %% [test card3_hidden_features]
assert is_number(card3), f"card3 should be a number, not {type(card3).__name__}"

# %% [markdown]
# **Card 4. Before 2012.** Which of these were designed by hand rather than learned? Give a set
# of letters, for example `{"a", "b"}`.
#
# - (a) SIFT descriptors
# - (b) HOG (histograms of oriented gradients)
# - (c) the first-layer filters of AlexNet
# - (d) colour histograms
# - (e) the hidden units of a trained two-layer network

# %% [solution card4_answer]
### BEGIN SOLUTION
card4 = {"a", "b", "d"}
### END SOLUTION

# %% [test card4_hand_features]
assert isinstance(card4, (set, list, tuple)), 'card4 should be a set of letters, e.g. {"a", "b"}'

# %% [markdown]
# **Card 5. Backpropagation in one sentence.** Backpropagation is ...
#
# - (a) nudging each weight and re-running the forward pass to see how the loss moves
# - (b) one backward pass per weight, each applying the chain rule
# - (c) the chain rule applied recursively through the computational graph, giving every
#   gradient in one forward and one backward pass
# - (d) the update $W \leftarrow W - \alpha \nabla L$

# %% [solution card5_answer]
### BEGIN SOLUTION
card5 = "c"
### END SOLUTION

# %% [test card5_backprop]
assert isinstance(card5, str), 'card5 should be a letter in quotes'

# %% [markdown]
# **Card 6. One gate on the backward pass.** A multiply gate $f = a \cdot b$ saw $a = 3$, $b = -2$ on
# the forward pass. It now receives the upstream gradient $5$. What gradients does it send to
# $a$ and to $b$? Store the pair `card6 = (da, db)`.

# %% [solution card6_answer]
### BEGIN SOLUTION
card6 = (5 * -2, 5 * 3)
### END SOLUTION

# %% [test card6_gate]
assert len(card6) == 2, "card6 should be a pair (da, db)"

# %% [markdown]
# **Card 7. Why backprop.** A network has 1,000,000 weights. How many forward passes does a
# one-sided finite-difference gradient need (one per nudged weight; counting the baseline pass
# too is fine), and how many passes in total (forward plus backward) does backpropagation need?
# Store `card7 = (finite_difference_passes, backprop_passes)`.

# %% [solution card7_answer]
### BEGIN SOLUTION
card7 = (1_000_001, 2)
### END SOLUTION

# %% [test card7_costs]
assert len(card7) == 2, "card7 should be a pair of whole numbers"

# %% [markdown]
# **Card 8. The training loop.** Put the four steps `"backward"`, `"forward"`, `"loss"`,
# `"step"` in the order one training iteration runs them, as a list of strings.

# %% [solution card8_answer]
### BEGIN SOLUTION
card8 = ["forward", "loss", "backward", "step"]
### END SOLUTION

# %% [test card8_loop]
assert isinstance(card8, (list, tuple)) and len(card8) == 4, "card8 should be a list of the four step names"

# %% [markdown]
# **Card 9. "Deep".** What makes a network deep?
#
# - (a) many stacked layers, each building its features from the features of the layer below
# - (b) one very wide hidden layer
# - (c) an unusual mechanism inside each layer, smarter than linear plus non-linearity
# - (d) a long training run

# %% [solution card9_answer]
### BEGIN SOLUTION
card9 = "a"
### END SOLUTION

# %% [test card9_deep]
assert isinstance(card9, str), 'card9 should be a letter in quotes'
