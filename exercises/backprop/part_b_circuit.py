# %% [markdown]
# # Part B: a fresh chain-rule circuit
#
# The circuit from the lesson, $f(x, y, z) = (x + y)\,z$, with an adder $q = x + y$ feeding a
# multiplier $f = q\,z$. This time the inputs are the numbers the cell below prints: your own
# on the course's hub (drawn from your student id), the public ones anywhere else. Your answers
# are graded on the numbers of the student id you submit with.
#
# Answers here are numbers: `int`, `float` or a NumPy number (`np.float64(2.0)`) all count.

# %%
# instant_feedback.py comes with this notebook: keep it in the same folder
from instant_feedback import is_number, my_numbers

x, y, z = my_numbers("part_b_circuit")

# %% [markdown]
# ## B.1 Forward pass (2 points)
#
# Compute `q` (the adder's output) and `f` (the circuit's output).

# %% [solution b_forward_answer]
### BEGIN SOLUTION
q = x + y
f = q * z
### END SOLUTION

# %% [test b_q]
assert is_number(q), f"q should be a number, not {type(q).__name__}"

# %% [test b_f]
assert is_number(f), f"f should be a number, not {type(f).__name__}"

# %% [markdown]
# ## B.2 Backward pass (3 points)
#
# Start from $\partial f / \partial f = 1$ and walk back gate by gate: each gate multiplies the
# upstream gradient by its local gradient. Store the three results in `dfdx`, `dfdy`, `dfdz`.

# %% [solution b_backward_answer]
### BEGIN SOLUTION
dfdq = z * 1.0
dfdz = q * 1.0
dfdx = 1.0 * dfdq
dfdy = 1.0 * dfdq
### END SOLUTION

# %% [test b_dfdx]
assert is_number(dfdx), f"dfdx should be a number, not {type(dfdx).__name__}"

# %% [test b_dfdy]
assert is_number(dfdy), f"dfdy should be a number, not {type(dfdy).__name__}"

# %% [test b_dfdz]
assert is_number(dfdz), f"dfdz should be a number, not {type(dfdz).__name__}"

# %% [markdown]
# ## B.3 Check with a finite difference (1 point)
#
# Nudge $x$ by $h = 0.01$, run the forward pass again, and estimate the slope
# $\big(f(x + h, y, z) - f(x, y, z)\big) / h$. Store it in `fd_dfdx`; it should agree with `dfdx`.

# %% [solution b_fd_answer]
h = 0.01
### BEGIN SOLUTION
f_nudged = ((x + h) + y) * z
fd_dfdx = (f_nudged - f) / h
### END SOLUTION

# %% [test b_finite_difference]
assert is_number(fd_dfdx), f"fd_dfdx should be a number, not {type(fd_dfdx).__name__}"
assert abs(fd_dfdx - dfdx) < 1e-4 * (1 + abs(dfdx)), "the finite difference and your dfdx disagree: one of them is off"

# %% [markdown]
# ## B.4 The circuit as a function (3 points)
#
# Write `circuit_forward_backward(x, y, z)` returning `q, f, (dfdx, dfdy, dfdz)` for any inputs.
# The hidden tests call it on inputs you have not seen.

# %% [solution b_fn_answer]
def circuit_forward_backward(x, y, z):
    """Forward and backward pass of f = (x + y) * z: returns q, f, (dfdx, dfdy, dfdz)."""
    ### BEGIN SOLUTION
    q = x + y
    f = q * z
    dfdq, dfdz = z, q
    return q, f, (dfdq, dfdq, dfdz)
    ### END SOLUTION

# %% [test b_fn_forward]
result = circuit_forward_backward(3.0, -1.0, 2.0)
assert isinstance(result, (tuple, list)) and len(result) == 3, "return three things: q, f, (dfdx, dfdy, dfdz)"
assert len(result[2]) == 3, "the third thing returned should hold three gradients"

# %% [test b_fn_backward]
q_check, f_check, grads_check = circuit_forward_backward(1.0, 1.0, 1.0)
assert all(is_number(g) for g in grads_check), "each gradient should be a number"
