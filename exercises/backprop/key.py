"""The answer key of `backprop`: expected values, and the likely mistake behind a wrong answer.

One check per graded test cell (`KEY.item`: its grade_id, notebook, points and the expression
the hidden cell records), built on `nngrade.checks`. The hidden inputs of the student's
functions are data in manifest.toml (`KEY.hidden`). Everything here is pure Python (floats and
lists, no numpy) and runs in the grader's process after the notebook has finished, on the
plain data the hidden cells recorded.

A hint names the mistake in plain words ("Looks like you multiplied W1·W2 ..."). Hints are
fixed sentences: nothing the student's code printed or raised is ever echoed back.
"""

from __future__ import annotations

import math
from types import SimpleNamespace

from nngrade.checks import Key, Wrong, array, calls, choice, close, diagnose, number, plain, shape
from nngrade.checks import Probe, same_result_hint, type_hint

import itertools

KEY = Key(__file__)

# ---------------------------------------------------------------------------------------------
# The seeds' numbers (Part A and Part B), and the hidden inputs for the student's functions.

W1 = [[1.0, 2.0], [0.0, -1.0]]
B1 = [0.0, 1.0]
W2 = [[2.0, 1.0], [-1.0, 0.0]]
B2 = [0.0, -1.0]
X = [1.0, 2.0]
CIRCUIT_INPUT = (3.0, -1.0, 2.0)
FD_STEP = 0.01

COLLAPSE_CASES = KEY.hidden["collapse_cases"]
CIRCUIT_CASES = KEY.hidden["circuit_cases"]
RELU_CASES = KEY.hidden["relu_cases"]
KINK_CASES = KEY.hidden["kink_cases"]


# ---------------------------------------------------------------------------------------------
# Tiny linear algebra on lists (the reference implementations).

def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))]
            for i in range(len(A))]


def matvec(A, v):
    return [sum(a * x for a, x in zip(row, v)) for row in A]


def add(u, v):
    return [a + b for a, b in zip(u, v)]


def relu(v):
    return [max(0.0, a) for a in v]


def transpose(A):
    return [list(col) for col in zip(*A)]


def collapse_ref(W1, b1, W2, b2):
    return matmul(W2, W1), add(matvec(W2, b1), b2)


def circuit_ref(x, y, z):
    q = x + y
    f = q * z
    return q, f, (z, z, q)


# ---- Each student's numbers (Parts A and B) ----------------------------------------------------
# The public variant is the seeds' numbers; each student gets one of the manifest's pool, drawn
# here. The checks below read the numbers of the variant being graded from KEY.numbers.
A = "part_a_collapse"
B = "part_b_circuit"


def draw(rng):
    """One variant: small whole numbers (as floats), in the order the notebook unpacks them."""
    def ints(n, lo, hi, zero=True):
        return [float(rng.choice([v for v in range(lo, hi + 1) if zero or v]))
                for _ in range(n)]

    return {
        A: {"W1": [ints(2, -3, 3), ints(2, -3, 3)], "b1": ints(2, -2, 2, zero=False),
            "W2": [ints(2, -3, 3), ints(2, -3, 3)], "b2": ints(2, -2, 2, zero=False),
            "x": ints(2, -2, 3, zero=False)},
        B: dict(zip("xyz", ints(3, -5, 5, zero=False))),
    }


def good(numbers):
    """What makes a variant a poor exercise (the named mistakes are checked by nngrade too)."""
    a, (x, y, z) = part_a(numbers), numbers[B].values()
    found = []
    if matmul(a.W2, a.W1) == matmul(a.W1, a.W2):
        found.append("W2·W1 = W1·W2")
    if any(W[0][0] * W[1][1] == W[0][1] * W[1][0] for W in (a.W1, a.W2)):
        found.append("a weight matrix is singular (a zero row, or one row a multiple of the other)")
    if sum(h < 0 for h in a.hidden) != 1:
        found.append("the ReLU does not clip exactly one hidden unit")
    if x + y == z or x + y == 0:
        found.append("q = z or q = 0")
    if any(abs(v) > 40 for v in [*a.y_two_layer, *a.y_relu, *sum(a.W_prime, [])]):
        found.append("numbers too large to work by hand")
    return found


def part_a(numbers=None):
    """The Part A numbers of the variant being graded, with the answers derived from them."""
    n = (numbers or KEY.numbers)[A]
    W1, b1, W2, b2, x = n["W1"], n["b1"], n["W2"], n["b2"], n["x"]
    W_prime, b_prime = collapse_ref(W1, b1, W2, b2)
    hidden = add(matvec(W1, x), b1)
    return SimpleNamespace(W1=W1, b1=b1, W2=W2, b2=b2, x=x, W_prime=W_prime, b_prime=b_prime,
                           hidden=hidden, y_two_layer=add(matvec(W2, hidden), b2),
                           y_relu=add(matvec(W2, relu(hidden)), b2))


def part_b():
    """The Part B inputs (x, y, z) of the variant being graded."""
    n = KEY.numbers[B]
    return n["x"], n["y"], n["z"]


KEY.variants(
    public={A: {"W1": W1, "b1": B1, "W2": W2, "b2": B2, "x": X},
            B: dict(zip("xyz", CIRCUIT_INPUT))},
    draw=draw, good=good)


# ---- Part A: the 2x2 collapse ---------------------------------------------------------------
ORDER_HINT = ("Looks like you multiplied W1·W2; the collapse is W2·W1, because W1 acts on x "
              "first and W2 acts on its result.")
TRANSPOSE_HINT = ("Looks like you transposed W1 (W2 @ W1.T): with W of shape (out, in), W1 "
                  "already maps x to the hidden layer, so the collapse is W2 @ W1, no transpose.")


@KEY.item("a_W_prime", A, 1, "W_prime")
def check_w_prime(enc):
    a = part_a()
    got = array(enc, "W_prime", (2, 2))
    return diagnose(got, a.W_prime, [
        (matmul(a.W1, a.W2), ORDER_HINT),
        (transpose(a.W_prime), "W_prime is the transpose of the collapsed matrix: row i of W2·W1 "
                               "is row i of W2 times W1."),
        ([[p * q for p, q in zip(r1, r2)] for r1, r2 in zip(a.W2, a.W1)],
         "Looks like an elementwise product (W2 * W1); the collapse needs the matrix product "
         "W2 @ W1."),
        (matmul(a.W2, transpose(a.W1)) if a.W1 != transpose(a.W1) else None, TRANSPOSE_HINT),
    ], "W_prime is not W2·W1. Multiply row by column: "
       "W_prime[i][j] = sum over k of W2[i][k]·W1[k][j].")


@KEY.item("a_b_prime", A, 1, "b_prime")
def check_b_prime(enc):
    a = part_a()
    got = array(enc, "b_prime", (2,))
    return diagnose(got, a.b_prime, [
        (matvec(a.W2, a.b1), "Forgot the bias b2: this is W2·b1 alone, and the second layer "
                             "still adds its own bias."),
        (a.b2, "Forgot the W2·b1 term: the first bias also passes through the second layer."),
        (add(a.b1, a.b2), "b1 + b2 forgets that b1 is multiplied by W2 on its way out."),
        (add(matvec(a.W1, a.b2), a.b1), "The layers are in the wrong order: b1 goes through the "
                                        "second layer, not b2 through the first."),
    ], "b_prime is not the collapsed bias yet: follow b1 through the second layer.")


@KEY.item("a_y_two_layer", A, 1, "y_two_layer")
def check_y_two_layer(enc):
    a = part_a()
    got = array(enc, "y_two_layer", (2,))
    return diagnose(got, a.y_two_layer, [
        (add(matvec(a.W2, matvec(a.W1, a.x)), a.b2),
         "Forgot the bias b1 of the first layer: h = W1·x + b1."),
        (matvec(a.W2, a.hidden), "Forgot the bias b2 of the second layer: y = W2·h + b2."),
        (a.y_relu, "This part has no ReLU: apply W1, add b1, then W2, add b2."),
        (relu(a.y_two_layer),
         "Looks like ReLU was applied to the output; Part A (2) has no ReLU at all."),
        (add(matvec(a.W1, add(matvec(a.W2, a.x), a.b2)), a.b1),
         "The layers ran in the wrong order: W1 acts on x first."),
    ], "y_two_layer is not W2·(W1·x + b1) + b2.")


@KEY.item("a_y_collapsed", A, 1, "y_collapsed")
def check_y_collapsed(enc):
    a = part_a()
    got = array(enc, "y_collapsed", (2,))
    return diagnose(got, a.y_two_layer, [
        (add(matvec(matmul(a.W1, a.W2), a.x), a.b_prime), ORDER_HINT),
        (matvec(a.W_prime, a.x), "Forgot the collapsed bias: y = W'·x + b'."),
        (add(matvec(a.W_prime, a.x), a.b2), "Used b2 as the collapsed bias; b1 also reaches "
                                            "the output, through W2."),
    ], "y_collapsed is not W'·x + b'. It must equal the two-layer output exactly.")


@KEY.item("a_y_relu", A, 1, "y_relu")
def check_y_relu(enc):
    a = part_a()
    got = array(enc, "y_relu", (2,))
    return diagnose(got, a.y_relu, [
        (a.y_two_layer, "This is the output without ReLU: apply ReLU to the hidden vector "
                        "W1·x + b1 before the second layer."),
        (relu(a.y_two_layer), "Looks like ReLU was applied to the output; it belongs between "
                              "the layers, on h = W1·x + b1."),
        (relu(a.y_relu), "ReLU went on the output as well; only the hidden layer gets it here."),
        (add(matvec(a.W2, relu(matvec(a.W1, a.x))), a.b2),
         "Forgot b1 before the ReLU: h = ReLU(W1·x + b1)."),
    ], "y_relu is not W2·ReLU(W1·x + b1) + b2.")


def _collapse_result(enc, shapes):
    """Check one call of the student's collapse; return a hint or None."""
    W1c, b1c, W2c, b2c = shapes
    K, D = len(W2c), len(W1c[0])
    if enc.get("kind") == "error":
        if enc.get("type") == "ValueError" and len(W1c) != D:
            return ("collapse raised ValueError on non-square matrices: the shapes do not fit. "
                    "W2 is K×H and W1 is H×D, so W2 @ W1 (in this order, no transpose) is K×D; "
                    "W1 @ W2 or W2 @ W1.T fail on such shapes.")
        return type_hint(enc, "a pair (W, b)")
    if enc.get("kind") in ("none", "str", "function", "other", "number"):
        return "collapse: " + type_hint(enc, "a pair (W, b)")
    if enc.get("kind") not in ("tuple", "list") or len(enc.get("items", [])) != 2:
        return "collapse should return two things, the pair (W, b): `return W, b`."
    W_enc, b_enc = enc["items"]
    if tuple(W_enc.get("shape", ())) == (K,) and tuple(b_enc.get("shape", ())) == (K, D):
        return "collapse returned (b, W); return the weights first: `return W, b`."
    W_exp, b_exp = collapse_ref(W1c, b1c, W2c, b2c)
    try:
        W = array(W_enc, "W", (K, D))
    except Wrong as wrong:
        if tuple(W_enc.get("shape", ())) == (D, K):
            return ("W has shape (D, K): it is transposed. With W of shape (out, in), "
                    "W = W2 @ W1 is (K, D).")
        if (W_enc.get("shape") or [0])[0] == len(W1c):
            return ORDER_HINT
        return str(wrong)
    b = array(b_enc, "b", (K,))
    swapped = matmul(W1c, W2c) if len(W1c[0]) == len(W2c) else None
    transposed = matmul(W2c, transpose(W1c)) if len(W1c[0]) == len(W2c[0]) else None
    hint = diagnose(W, W_exp, [(swapped, ORDER_HINT), (transposed, TRANSPOSE_HINT)],
                    "W is not W2 @ W1.")
    if hint:
        return hint
    return diagnose(b, b_exp, [
        (matvec(W2c, b1c), "Forgot the bias b2: b = W2 @ b1 + b2."),
        (b2c, "Forgot the W2 @ b1 term: b = W2 @ b1 + b2."),
    ], "b is not W2 @ b1 + b2.")


# collapse is called on arrays; the Part A matrices are no secret, so they are written out
AS_ARRAYS = "*[_np.array(m, dtype=float) for m in case]"


@KEY.item("a_collapse_seed", A, 1,
          f"[_nnbp_try(collapse, {AS_ARRAYS}) for case in {[[W1, B1, W2, B2]]!r}]")
def check_collapse_seed(enc):
    if enc.get("kind") != "list":
        raise Wrong(type_hint(enc, "results of collapse"))
    if len(enc.get("items", [])) != 1:
        raise Wrong("No result was recorded for collapse on the Part A matrices.")
    return _collapse_result(enc["items"][0], (W1, B1, W2, B2))


@KEY.item("a_collapse_unseen", A, 2,
          f"[_nnbp_try(collapse, {AS_ARRAYS}) for case in _NNBP_COLLAPSE_CASES]")
def check_collapse_unseen(enc):
    if enc.get("kind") != "list":
        raise Wrong(type_hint(enc, "results of collapse"))
    items = enc.get("items", [])
    if len(items) != len(COLLAPSE_CASES):
        raise Wrong("No result was recorded for collapse on the hidden matrices.")
    if _same_result(items):
        return same_result_hint("collapse")
    for result, case in zip(items, COLLAPSE_CASES):
        hint = _collapse_result(result, case)
        if hint:
            return "On matrices of new shapes (non-square): " + hint
    return None


# ---- Part B: the fresh circuit at the variant's (x, y, z) -------------------------------------
UPSTREAM_HINT = ("Missed the upstream factor: the adder's local gradient is 1, and the chain rule "
                 "multiplies it by the upstream gradient df/dq.")
SWAP_HINT = ("Swapped local gradients of the multiply gate: each input's local gradient is the "
             "other input (df/dq = z and df/dz = q).")
# on the public numbers q = z, so the swap above gives the right numbers there
SWAP_UNSEEN = ("On the public numbers q = z = 2, so these numbers cannot tell the right "
               "gradient from a swapped multiply gate (dfdx = q, dfdz = z): answer B.4 too, "
               "whose inputs tell them apart.")


@KEY.item("b_q", B, 1, "q")
def check_q(enc):
    x, y, z = part_b()
    got = number(enc, "q")
    return diagnose(got, x + y, [
        (x - y, "This is x - y (a sign error); q is the adder's output, q = x + y."),
        (-(x + y), "Sign error: q = x + y."),
    ], "q is the output of the adder: q = x + y.")


@KEY.item("b_f", B, 1, "f")
def check_f(enc):
    x, y, z = part_b()
    got = number(enc, "f")
    return diagnose(got, (x + y) * z, [
        (x + y, "You gave q for f: f is the multiplier's output, f = q · z."),
        (-(x + y) * z, "Sign error: f = (x + y) · z."),
    ], "f = (x + y) · z.")


def _gradient_item(grade_id, name, index):
    @KEY.item(grade_id, B, 1, name)
    def check(enc):
        x, y, z = part_b()
        q = x + y
        expected = circuit_ref(x, y, z)[2][index]
        got = number(enc, name)
        adder_input = [(x, "Used an input of the adder; the multiply gate sends each input the "
                           "other input times the upstream gradient.")] if index < 2 else []
        return diagnose(got, expected, [
            (1.0, UPSTREAM_HINT if index < 2 else
             "df/dz is the other input of the multiply gate, q."),
            (-expected, "Sign error: the adder passes the upstream gradient on unchanged, and "
                        "the multiply gate sends each input the other input."),
            (q if index < 2 else z, SWAP_HINT),
            *adder_input,
            (q * z, "q · z is f itself, not a gradient: the multiply gate sends each input the "
                    "other input times the upstream gradient (here 1)."),
        ], f"{name} is not right: run the backward pass gate by gate from df/df = 1.")
    return check


_gradient_item("b_dfdx", "dfdx", 0)
_gradient_item("b_dfdy", "dfdy", 1)
_gradient_item("b_dfdz", "dfdz", 2)


@KEY.item("b_finite_difference", B, 1, "fd_dfdx")
def check_fd(enc):
    x, y, z = part_b()
    f = (x + y) * z
    got = number(enc, "fd_dfdx")
    f_nudged = (x + FD_STEP + y) * z
    return diagnose(got, z, [
        (f_nudged - f, "This is the change in f; divide it by the step h = 0.01 to get a slope."),
        (f_nudged, "This is f(x + h, y, z) itself; the slope is (f(x + h) - f(x)) / h."),
        ((f - f_nudged) / FD_STEP, "Sign error: the slope is (f(x + h) - f(x)) / h."),
    ], "fd_dfdx should be (f(x + 0.01, y, z) - f(x, y, z)) / 0.01.", tol=1e-4)


def _circuit_result(result):
    """One recorded call of circuit_forward_backward -> (q, f, [dfdx, dfdy, dfdz])."""
    if result.get("kind") == "error" or result.get("kind") == "none":
        raise Wrong("circuit_forward_backward: "
                    + type_hint(result, "(q, f, (dfdx, dfdy, dfdz))"))
    if result.get("kind") not in ("tuple", "list") or len(result.get("items", [])) != 3:
        raise Wrong("circuit_forward_backward should return three things: q, f and the tuple "
                    "(dfdx, dfdy, dfdz).")
    q_enc, f_enc, g_enc = result["items"]
    grads = plain(g_enc) if g_enc.get("kind") in ("tuple", "list", "ndarray") else None
    if not isinstance(grads, list) or len(grads) != 3:
        raise Wrong("The third thing returned should hold three gradients (dfdx, dfdy, dfdz).")
    return number(q_enc, "q"), number(f_enc, "f"), grads


def _each_case(enc, cases, case_check, what, returned=lambda result: result):
    """The first hint of `case_check(result, case)` over the recorded calls, else None; a
    function that gives the same `returned(result)` on every case is named first (the
    cases' right answers all differ)."""
    if enc.get("kind") != "list":
        raise Wrong(type_hint(enc, f"results of {what}"))
    items = enc.get("items", [])
    if len(items) != len(cases):
        raise Wrong(f"No result was recorded for {what} on the hidden inputs.")
    if _same_result([returned(result) for result in items]):
        return same_result_hint(what)
    for result, case in zip(items, cases):
        hint = case_check(result, case)
        if hint:
            return hint
    return None


def _same_result(results) -> bool:
    """Whether every recorded call returned the same thing (an error or None, which a
    forgotten `return` gives, is named elsewhere)."""
    return len(results) > 1 and results[0].get("kind") not in ("error", "none") and all(
        r == results[0] for r in results)


def _forward_case(result, case):
    q, f, _ = _circuit_result(result)
    x, y, z = case
    return diagnose([q, f], [x + y, (x + y) * z], [
        ([(x + y) * z, x + y],
         "q given for f: the function returned f first. Return q, f, grads."),
        ([x + y, x + y], "q given for f: f = q · z."),
        ([x - y, (x - y) * z], "Sign error in the adder: q = x + y."),
        ([x + y, x + y + z], "f is a product: f = (x + y) · z, not a sum."),
    ], "The forward values q = x + y and f = q · z are not right.")


def _backward_case(result, case):
    _, _, grads = _circuit_result(result)
    x, y, z = case
    q = x + y
    return diagnose(grads, [z, z, q], [
        ([1.0, 1.0, q], UPSTREAM_HINT),
        ([-z, -z, -q], "Sign error: the adder passes the upstream gradient on unchanged."),
        ([-z, -z, q], "Sign error on dfdx and dfdy: the adder passes the upstream gradient "
                      "on unchanged."),
        ([z, z, z], "df/dz is the other input of the multiply gate, q = x + y, not z."),
        ([q, q, z], SWAP_HINT),
        ([1.0, 1.0, 1.0], UPSTREAM_HINT),
        ([z, z, q * z], "df/dz = q · z is f itself; the multiply gate sends z the other "
                        "input, q, times the upstream gradient 1."),
    ], "The gradients (dfdx, dfdy, dfdz) are not right.")


@KEY.item("b_fn_forward", B, 1, calls("circuit_forward_backward", "circuit_cases"))
def check_fn_forward(enc):
    return _each_case(enc, CIRCUIT_CASES, _forward_case, "circuit_forward_backward")


@KEY.item("b_fn_backward", B, 2, calls("circuit_forward_backward", "circuit_cases"))
def check_fn_backward(enc):
    return _each_case(enc, CIRCUIT_CASES, _backward_case, "circuit_forward_backward")


# ---- The nine flashcards ------------------------------------------------------------------------
F = "flashcards"


@KEY.item("card1_collapse", F, 1, "card1")
def check_card1(enc):
    letter = choice(enc, "card1", "abcd")
    return {"b": None, "a": ORDER_HINT + " The bias also goes through W2.",
            "c": "Weights of stacked layers multiply; they do not add.",
            "d": "Without a non-linearity the stack is exactly one linear layer."}[letter]


def elementwise(f, v):
    """`f` applied to every number of nested lists (an array of any shape)."""
    return [elementwise(f, x) for x in v] if isinstance(v, list) else f(v)


# relu(z) on each hidden array, recorded with z as it is after the call: a relu that changes
# its input in place is caught on every input, not only on one the student could recognise
@KEY.item("card2_relu", F, 1,
          "[_nnbp_try(lambda z: (relu(z), z.tolist()), _np.array(case, dtype=float)) "
          "for case in _NNBP_RELU_CASES]")
def check_card2(enc):
    return _each_case(enc, RELU_CASES, _relu_case, "relu",
                      returned=lambda result: (result.get("items") or [result])[0])


PYTHON_MAX_HINT = ("relu raised ValueError on an array: Python's max() (or an `if z > 0`) "
                   "compares single numbers, not arrays. Use np.maximum(0, z), which works "
                   "elementwise on an array of any shape.")


def _relu_case(result, case):
    """One recorded (relu(z), z after the call) for the input array `case` (nested lists)."""
    if result.get("kind") == "error" and result.get("type") == "ValueError":
        raise Wrong(PYTHON_MAX_HINT)
    if result.get("kind") != "tuple" or len(result.get("items", [])) != 2:
        raise Wrong("relu(z): " + type_hint(result, "a NumPy array"))
    out, after = result["items"]
    got = array(out, "relu(z)", shape(case))
    hint = diagnose(got, elementwise(lambda a: max(0.0, a), case), [
        (elementwise(lambda a: min(0.0, a), case),
         "relu keeps the positive part: max(0, z), not min(0, z)."),
        (elementwise(abs, case), "relu sets negative entries to 0; abs(z) flips them instead."),
    ], "relu(z) should be max(0, z) elementwise, with the same shape as z.")
    if hint:
        return hint
    if not close(plain(after), case, tol=0.0):
        return "relu changed its input array in place; return a new array (np.maximum(0, z))."
    return None


@KEY.item("card3_hidden_features", F, 1, "card3")
def check_card3(enc):
    got = number(enc, "card3")
    return diagnose(got, 100.0, [
        (3072.0, "3072 is the raw pixel count D; the final layer reads the H hidden features "
                 "instead."),
        (10.0, "10 is the number of class scores K it produces; it reads the H hidden features."),
    ], "The final classifier reads the hidden vector h, which has H numbers.")


@KEY.item("card4_hand_features", F, 1, "card4")
def check_card4(enc):
    if (enc.get("kind") not in ("set", "list", "tuple")
            or any(x.get("kind") != "str" for x in enc.get("items", []))):
        raise Wrong("card4 should be a set of letters, e.g. {\"a\", \"b\"}.")
    letters = {x["value"].strip().lower() for x in enc["items"]}
    if letters == {"a", "b", "d"}:
        return None
    if "c" in letters:
        return "AlexNet's first-layer filters were learned from data, not designed by hand."
    if "e" in letters:
        return "The hidden units of a trained network are learned features."
    return "SIFT, HOG and colour histograms were all designed by hand before 2012."


@KEY.item("card5_backprop", F, 1, "card5")
def check_card5(enc):
    letter = choice(enc, "card5", "abcd")
    return {"c": None, "a": "Finite differences are the numerical method backprop replaced.",
            "b": "Backprop needs one backward pass in total, not one per weight.",
            "d": "Backprop computes gradients; the update W ← W - α∇L is the separate step.",
            }[letter]


@KEY.item("card6_gate", F, 1, "card6")
def check_card6(enc):
    got = plain(enc) if enc.get("kind") in ("tuple", "list", "ndarray") else None
    if not isinstance(got, Probe) and (not isinstance(got, list) or len(got) != 2):
        raise Wrong("card6 should be a pair of numbers (da, db).")
    return diagnose(got, [-10.0, 15.0], [
        ([-2.0, 3.0],
         "Missed the upstream factor: multiply each local gradient by the upstream 5."),
        ([15.0, -10.0],
         "Swapped: a multiply gate sends each input the OTHER input times upstream."),
        ([5.0, 5.0], "That is the add-gate pattern; a multiply gate scales by the other input."),
        ([10.0, -15.0], "Sign error: da = upstream · b = 5 · (-2)."),
    ], "For a multiply gate: da = upstream · b and db = upstream · a.")


@KEY.item("card7_costs", F, 1, "card7")
def check_card7(enc):
    got = plain(enc) if enc.get("kind") in ("tuple", "list") else None
    if not isinstance(got, list) or len(got) != 2:
        raise Wrong("card7 should be a pair of whole numbers "
                    "(finite_difference_passes, backprop_passes).")
    fd, bp = got
    if not (close(fd, 1_000_000.0) or close(fd, 1_000_001.0)):
        if close(fd, 2_000_000.0) or close(fd, 2_000_001.0):
            return ("That is a centred difference, two passes per weight; the card asks for "
                    "the one-sided one: one forward pass per nudged weight.")
        if close(fd, 1.0) or close(fd, 2.0):
            return "Finite differences need one forward pass per weight, so about a million here."
        return "Finite differences need one forward pass per weight (plus the baseline one)."
    if not close(bp, 2.0):
        if close(bp, 1_000_000.0) or close(bp, 2_000_000.0):
            return ("Backprop does not scale with the number of weights: one forward and one "
                    "backward pass.")
        return "Backprop costs one forward plus one backward pass: 2 passes."
    return None


STEPS = ["forward", "loss", "backward", "step"]


def step_name(text: str) -> str:
    """A step as a student may write it: "Forward pass" is the step "forward"."""
    name = text.strip().lower()
    return name.removesuffix(" pass") if name in ("forward pass", "backward pass") else name


@KEY.item("card8_loop", F, 1, "card8")
def check_card8(enc):
    if (enc.get("kind") not in ("list", "tuple")
            or any(x.get("kind") != "str" for x in enc.get("items", []))):
        raise Wrong("card8 should be a list of the four step names, as strings.")
    got = [step_name(x["value"]) for x in enc["items"]]
    if sorted(got) != sorted(STEPS):
        return "card8 should contain each of 'forward', 'loss', 'backward', 'step' exactly once."
    if got == STEPS:
        return None
    if got.index("backward") < got.index("loss"):
        return "The backward pass starts from the loss, so the loss comes before it."
    if got.index("step") < got.index("backward"):
        return "The step uses the gradients, so it comes after the backward pass."
    return "The loop starts with the forward pass that produces the scores."


@KEY.item("card9_deep", F, 1, "card9")
def check_card9(enc):
    letter = choice(enc, "card9", "abcd")
    return {"a": None, "b": "Depth is about composition, not about how many units one layer has.",
            "c": "Each layer is plain: linear then non-linear. The power comes from stacking.",
            "d": "Training time does not make a network deep; its stacked layers do."}[letter]


# ---- Part C: the kink (auto) -------------------------------------------------------------------
C = "part_c_reasoning"


@KEY.item("c_kink_value", C, 1, "kink_x")
def check_kink_value(enc):
    got = number(enc, "kink_x")
    return diagnose(got, 1.5, [
        (-1.5, "Sign error: the kink is where w·x + b = 0, so x = -b / w = 3 / 2."),
        (-3.0, "That is the bias; the kink sits where w·x + b crosses zero."),
        (2.0 / -3.0, "Upside down: x = -b / w, not w / b."),
    ], "The kink of ReLU(w·x + b) is where w·x + b = 0.")


@KEY.item("c_kink_fn", C, 1, calls("kink_position", "kink_cases"))
def check_kink_fn(enc):
    return _each_case(enc, KINK_CASES, _kink_case, "kink_position")


def _kink_case(result, case):
    w, b = case
    got = number(result, "kink_position(w, b)")
    return diagnose(got, -b / w, [
        (b / w if b else math.nan, "Sign error: solve w·x + b = 0, which gives x = -b / w."),
        (-w / b if b else math.nan, "Upside down: x = -b / w."),
        (float(-b // w), "`//` is floor division: it rounds down to a whole number. "
                         "Divide with `/`: x = -b / w."),
        (-b, "Forgot to divide by w: w·x + b = 0 gives x = -b / w."),
    ], "kink_position(w, b) should return the x where w·x + b = 0.")


# ---------------------------------------------------------------------------------------------
# What the visible tests check while the student works, on public inputs only. Each named
# mistake is written as code; nngrade.instant runs it on these inputs, asks the checks above
# for its hint and ships only fingerprints of the results (never the inputs of [hidden]).

# what the visible test says with a right answer that a named mistake also gives on the public
# numbers (the build asks for it; each student's own numbers tell them apart)
ALIKE = {
    "a_y_relu": "On the public numbers b1 only touches a hidden unit the ReLU sets to 0, so "
                "these numbers cannot tell whether b1 went in before the ReLU: make sure the "
                "hidden vector is ReLU(W1·x + b1).",
    "b_dfdx": SWAP_UNSEEN, "b_dfdy": SWAP_UNSEEN, "b_dfdz": SWAP_UNSEEN,
}
for _value_item in ["a_W_prime", "a_b_prime", "a_y_two_layer", "a_y_collapsed", "a_y_relu",
                    "b_q", "b_f", "b_dfdx", "b_dfdy", "b_dfdz", "b_finite_difference",
                    "card3_hidden_features", "card6_gate", "c_kink_value"]:
    # candidates read off each check's diagnose
    KEY.show(_value_item, alike=ALIKE.get(_value_item))
for _letter_item in ["card1_collapse", "card5_backprop", "card9_deep"]:
    KEY.show(_letter_item, candidates=list("abcd"))
KEY.show("card4_hand_features", expr="set(card4)",
         candidates=[set(c) for n in range(6) for c in itertools.combinations("abcde", n)])
KEY.show("card7_costs", candidates=[(fd, bp)
                                    for fd in (1, 2, 1_000_000, 1_000_001, 2_000_000, 2_000_001)
                                    for bp in (1, 2, 1_000_000, 2_000_000)])
KEY.show("card8_loop", expr="list(card8)",
         candidates=[[{"forward": forward, "backward": backward}.get(s, s) for s in order]
                     for order in itertools.permutations(STEPS)
                     for forward in ("forward", "forward pass")
                     for backward in ("backward", "backward pass")])


def _np():
    import numpy
    return numpy


def collapse_right(W1, b1, W2, b2):
    return W2 @ W1, W2 @ b1 + b2


def collapse_order_swapped(W1, b1, W2, b2):
    return W1 @ W2, W2 @ b1 + b2


def collapse_transposed(W1, b1, W2, b2):
    return (W2 @ W1).T, W2 @ b1 + b2


def collapse_w1_transposed(W1, b1, W2, b2):
    return W2 @ W1.T, W2 @ b1 + b2


def collapse_elementwise(W1, b1, W2, b2):
    return W2 * W1, W2 @ b1 + b2


def collapse_no_b2(W1, b1, W2, b2):
    return W2 @ W1, W2 @ b1


def collapse_no_w2_b1(W1, b1, W2, b2):
    return W2 @ W1, b2


def collapse_b_first(W1, b1, W2, b2):
    return W2 @ b1 + b2, W2 @ W1


COLLAPSE_MISTAKES = [collapse_order_swapped, collapse_transposed, collapse_w1_transposed,
                     collapse_elementwise,
                     collapse_no_b2, collapse_no_w2_b1, collapse_b_first]
# a public non-square case (H = 3, D = 2, K = 4), with numbers that tell every mistake apart
PUBLIC_COLLAPSE = [[[1.0, 0.0], [2.0, 1.0], [0.0, -1.0]], [1.0, 0.0, -1.0],
                   [[1.0, 1.0, 0.0], [0.0, 1.0, 2.0], [1.0, 0.0, 1.0], [2.0, -1.0, 0.0]],
                   [0.0, 1.0, -1.0, 2.0]]
KEY.show_calls("a_collapse_seed", "collapse", [[W1, B1, W2, B2]],
               [collapse_right, *COLLAPSE_MISTAKES], _collapse_result, mode="arrays",
               parts=[[0, 1], [1, 2]])
KEY.show_calls("a_collapse_unseen", "collapse", [PUBLIC_COLLAPSE],
               [collapse_right, *COLLAPSE_MISTAKES], _collapse_result, mode="arrays",
               parts=[[0, 1], [1, 2]])


def circuit_right(x, y, z):
    q = x + y
    return q, q * z, (z, z, q)


def circuit_f_first(x, y, z):
    return (x + y) * z, x + y, (z, z, x + y)


def circuit_q_for_f(x, y, z):
    return x + y, x + y, (z, z, x + y)


def circuit_sum(x, y, z):
    return x + y, x + y + z, (z, z, x + y)


def circuit_no_upstream(x, y, z):
    return x + y, (x + y) * z, (1.0, 1.0, x + y)


def circuit_f_for_dfdz(x, y, z):
    return x + y, (x + y) * z, (z, z, (x + y) * z)


def circuit_z_for_dfdz(x, y, z):
    return x + y, (x + y) * z, (z, z, z)


def circuit_swapped_locals(x, y, z):
    return x + y, (x + y) * z, (x + y, x + y, z)


CIRCUIT_MISTAKES = [circuit_f_first, circuit_q_for_f, circuit_sum, circuit_no_upstream,
                    circuit_f_for_dfdz, circuit_z_for_dfdz, circuit_swapped_locals]
PUBLIC_CIRCUIT = [list(CIRCUIT_INPUT), [2.0, 1.0, -1.5]]       # q != z in the second
KEY.show_calls("b_fn_forward", "circuit_forward_backward", PUBLIC_CIRCUIT,
               [circuit_right, circuit_f_first, circuit_q_for_f, circuit_sum], _forward_case,
               parts=[[0, 2]])
KEY.show_calls("b_fn_backward", "circuit_forward_backward", PUBLIC_CIRCUIT,
               [circuit_right, circuit_no_upstream, circuit_f_for_dfdz, circuit_z_for_dfdz,
                circuit_swapped_locals], _backward_case, parts=[[2, 3]])


def relu_right(z):
    return _np().maximum(0.0, z)


def relu_min(z):
    return _np().minimum(0.0, z)


def relu_abs(z):
    return _np().abs(z)


def relu_in_place(z):
    z[z < 0] = 0.0
    return z


def relu_python_max(z):
    return max(0.0, z)


KEY.show_calls("card2_relu", "relu", [[[-1.0, 0.0, 2.0]], [[[1.5, -2.0], [-0.5, 3.0]]]],
               [relu_right, relu_min, relu_abs, relu_in_place, relu_python_max],
               lambda result, case: _relu_case(result, case[0]), mode="keep_input")


def kink_right(w, b):
    return -b / w


def kink_sign(w, b):
    return b / w


def kink_upside_down(w, b):
    return -w / b


def kink_no_division(w, b):
    return -b


def kink_floor_division(w, b):
    return -b // w


# public cases where each mistake gives its own value (with w = 2, b = 1, -b // w = -b)
KEY.show_calls("c_kink_fn", "kink_position", [[2.0, 3.0], [-1.0, 3.0]],
               [kink_right, kink_sign, kink_upside_down, kink_floor_division, kink_no_division],
               _kink_case)
