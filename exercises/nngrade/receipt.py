"""What a hidden test cell runs inside the student's kernel: record the answer, nothing else.

The generator (`nngrade.build`) pastes `PRELUDE` into the hidden part of every test cell,
followed by one `_nnbp_record(id, lambda: answer)` line, placed before the visible asserts so
that the answer is recorded even when a visible assert then fails. The recorder turns the
student's value into plain JSON data (numbers as `repr(float(x))`, arrays as nested lists
plus dtype/shape) and displays it under a private MIME type. Nothing about the expected
answer is ever sent to the kernel: the verdict is computed after the run, outside the kernel,
by `nngrade.preprocessors.VerifyAnswers` with the assignment's key (see `nngrade.manifest`).
A student cell that patches numpy, builtins or these helpers can only spoil its own record,
never forge a correct one without computing the correct numbers.
"""

MIME = "application/vnd.nngrade.answer+json"
PREFIX = "_nnbp"  # every name the hidden cells define starts with it (the key's inputs: _NNBP_...)

PRELUDE = (
    '''\
def _nnbp_record(answer_id, thunk):
    """Send the answer to the grader as plain data (the check runs outside this kernel)."""
    from IPython.display import display as _show
    class _Too(Exception):
        pass
    budget = [20000]
    def enc(v, depth):
        budget[0] -= 1
        if budget[0] < 0 or depth > 8:
            raise _Too()
        t = type(v)
        name = getattr(t, "__name__", "?")
        if isinstance(v, _NnbpError):
            return {"kind": "error", "type": v.name}
        if v is None:
            return {"kind": "none"}
        if t is bool:
            return {"kind": "bool", "value": bool(v)}
        if isinstance(v, str):
            return {"kind": "str", "value": str(v)[:200]}
        if hasattr(v, "shape") and hasattr(v, "tolist") and hasattr(v, "dtype"):
            shape = [int(n) for n in v.shape]
            if shape == [] and name != "ndarray":
                return {"kind": "number", "type": name, "value": repr(float(v))}
            return {"kind": "ndarray" if name == "ndarray" else "arraylike", "type": name,
                    "dtype": str(v.dtype), "shape": shape, "data": enc(v.tolist(), depth + 1)}
        if isinstance(v, (int, float)):
            return {"kind": "number", "type": name, "value": repr(float(v))}
        if isinstance(v, (list, tuple)):
            return {"kind": "list" if isinstance(v, list) else "tuple", "type": name,
                    "items": [enc(x, depth + 1) for x in v]}
        if isinstance(v, (set, frozenset)):
            return {"kind": "set", "items": sorted((enc(x, depth + 1) for x in v), key=repr)}
        if callable(v):
            return {"kind": "function", "type": name}
        return {"kind": "other", "type": name}
    try:
        data = enc(thunk(), 0)
    except _Too:
        data = {"kind": "other", "type": "too large"}
    except Exception as exc:
        data = {"kind": "error", "type": type(exc).__name__}
    _show({"%s": {"id": answer_id, "answer": data}}, raw=True)
    return True

class _NnbpError:
    def __init__(self, name):
        self.name = name

def _nnbp_try(fn, *args):
    """Call a student function on a hidden input; an exception becomes a recorded error."""
    try:
        return fn(*args)
    except Exception as exc:
        return _NnbpError(type(exc).__name__)
'''
    % MIME
)
