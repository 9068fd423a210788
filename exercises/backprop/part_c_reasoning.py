# %% [markdown]
# # Part C: why a ReLU adds capacity
#
# First, look at one hidden unit. The sliders below draw $\mathrm{ReLU}(w\,x + b)$; move $w$
# and $b$ (they reach $w = 2$, $b = -3$, the case of C.1) and watch where the kink sits.

# %%
# instant_feedback.py comes with this notebook: keep it in the same folder
from instant_feedback import is_number

# %%
import matplotlib.pyplot as plt
import numpy as np
from ipywidgets import FloatSlider, interact

x_grid = np.linspace(-4.0, 4.0, 801)


def draw_unit(w=1.0, b=0.0):
    """One hidden unit ReLU(w x + b) on -4 <= x <= 4."""
    fig, ax = plt.subplots(figsize=(5, 2.6))
    ax.plot(x_grid, np.maximum(0.0, w * x_grid + b), lw=2)
    ax.axhline(0.0, color="grey", lw=0.8)
    ax.set(xlabel="x", ylabel="ReLU(w x + b)", ylim=(-1, 8), title=f"w = {w:g}, b = {b:g}")
    ax.grid(alpha=0.3)
    plt.show()


interact(draw_unit, w=FloatSlider(value=1.0, min=-3.0, max=3.0, step=0.25),
         b=FloatSlider(value=0.0, min=-4.0, max=4.0, step=0.25));

# %% [markdown]
# ## C.1 Where is the kink? (2 points)
#
# The unit $\mathrm{ReLU}(w\,x + b)$ is flat on one side of a point and a straight slope on the
# other. For $w = 2$ and $b = -3$, at which $x$ is the kink? Store it in `kink_x`. Then write
# `kink_position(w, b)` that returns it for any $w \neq 0$.

# %% [solution c_kink_answer]
### BEGIN SOLUTION
kink_x = 1.5


def kink_position(w, b):
    """The x at which ReLU(w * x + b) bends."""
    return -b / w
### END SOLUTION

# %% [test c_kink_value]
assert is_number(kink_x), f"kink_x should be a number, not {type(kink_x).__name__}"

# %% [test c_kink_fn]
assert is_number(kink_position(1.0, 1.0)), "kink_position(w, b) should return a number"

# %% [markdown]
# ## C.2 The argument (3 points, graded by hand)
#
# In one or two sentences: why does inserting a ReLU between two linear layers give the network
# capacity that making a single linear layer wider never could? Write your answer in the cell
# below.

# %% [answer c_reasoning points=3]
# **Model answer.** However wide it is, one linear layer is one linear map: each class still gets
# a single flat boundary (one template), so classes made of several separate clusters stay out of
# reach. A ReLU puts a kink in each hidden unit, so different regions of the input switch
# different units on and off and the layer above combines different linear pieces in different
# regions; the network becomes piecewise linear, which no wider linear layer can be, because
# without the non-linearity the two layers collapse into one (W2·W1, W2·b1 + b2).
#
# **Rubric for the grader (3 points).**
# - 1 point: says that linear layers compose into one linear map (the collapse), whatever their
#   width, so width alone leaves one linear boundary per class.
# - 1 point: says what the ReLU does: a kink, so that the mapping is different in different
#   regions of the input (piecewise linear, units switching on and off).
# - 1 point: connects the two: different regions can then be treated differently (several
#   clusters per class, bent boundaries), which no single linear layer can express.
# - Do not take points off for wording, length or missing formulas; give 0 for an answer that
#   only says "ReLU is non-linear" with no reason why that matters.
