"""Whether the answer a hidden test recorded can be trusted, decided outside the kernel.

A hidden test records the student's answer from inside the student's own kernel
(`nngrade.receipt`), where a student cell may have changed the machinery first: a
`post_run_cell` hook that clears the test's output and emits its own record, a patched
`IPython.display.display` that swaps the record as it is sent, an input transformer that
rewrites the hidden test code. `SafeExecute` therefore

* tags each test cell, as it sends it, with a fresh secret chosen here (`tag`): the record
  must carry it, so a record made up in advance does not count;
* asks the kernel, through `user_expressions` of a silent request (which input transformers
  and cell hooks never see), for a description of its display, hook and transformer
  machinery (`STATE_EXPR`): once when the kernel starts, before any student code, and again
  just before each test cell; any difference (`changes`) means the test ran in a changed
  kernel;
* keeps what arrived over iopub for each cell as it arrived (`CellLedger`), so clearing
  outputs, replacing a display or adding records afterwards changes nothing the verdict reads,
  and is itself seen.

`VerifyAnswers` then scores a test cell 0 and flags it whenever any of these is off
(`distrust`). Student code can still undo all of this with enough work against these very
checks (they run in its process), but then it has to compute the right answer anyway: the
functions students write, the key and the fingerprints are not in the box (`nngrade.sandbox`,
`nngrade.standin`).
"""

from __future__ import annotations

import ast
import json
import re
import secrets
from dataclasses import dataclass, field

from .receipt import MIME, PREFIX

RECORD_CALL = re.compile(rf"{PREFIX}_record\((['\"])([A-Za-z0-9_.\-]+)\1,")
SEP = "#"

# Run by `STATE_EXPR` in the kernel; returns JSON. Each callable is described by module,
# qualified name and a hash of its code, plus "T" when it is trusted: its code comes from a file
# of the installed environment and it is the very object its module names.
STATE_CODE = r"""
def _state():
    import hashlib, json, sys
    from IPython import get_ipython

    ip = get_ipython()
    roots = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix})

    def resolve(mod, qual):
        obj = sys.modules.get(mod)
        for part in qual.split("."):
            obj = getattr(obj, part, None)
        return obj

    def fp(obj):
        func = getattr(obj, "__func__", obj)
        code = getattr(func, "__code__", None)
        if code is None:
            return "%s:builtin" % type(obj).__qualname__
        h = hashlib.sha256(
            code.co_code + repr(code.co_consts).encode() + repr(code.co_names).encode()
        ).hexdigest()[:16]
        mod = str(getattr(func, "__module__", "?"))
        qual = str(getattr(func, "__qualname__", "?"))
        trusted = code.co_filename.startswith(roots) and resolve(mod, qual) is func
        return "%s.%s:%s:%s" % (mod, qual, h, "T" if trusted else "-")

    import IPython.core.display_functions as F
    import IPython.display as D

    pub = ip.display_pub
    out = {
        "IPython.display.display": fp(D.display),
        "display_functions.display": fp(F.display),
        "publish_display_data": fp(F.publish_display_data),
        "display_pub": type(pub).__module__ + "." + type(pub).__qualname__,
        "display_pub.publish": fp(pub.publish),
        "display_pub.clear_output": fp(pub.clear_output),
        "session.send": fp(pub.session.send),
        "shell.instance_overrides": sorted(
            k for k, v in vars(ip).items() if callable(v) and hasattr(type(ip), k)
        ),
        "ast_transformers": [fp(type(t).visit) for t in ip.ast_transformers],
        "input_transformers_cleanup": [fp(t) for t in ip.input_transformers_cleanup],
        "input_transformers_post": [fp(t) for t in ip.input_transformers_post],
    }
    tm = ip.input_transformer_manager
    out["transformer_manager"] = [
        fp(t) for t in [*tm.cleanup_transforms, *tm.line_transforms, *tm.token_transformers]
    ]
    for name in ("run_cell", "run_cell_async", "transform_cell", "run_ast_nodes", "run_code"):
        out["shell." + name] = fp(getattr(ip, name))
    out["shell.compile"] = type(ip.compile).__qualname__ + fp(type(ip.compile).__call__)
    out["events.trigger"] = fp(ip.events.trigger)
    for event, callbacks in sorted(ip.events.callbacks.items()):
        out["events." + event] = [fp(c) for c in callbacks]
    return json.dumps(out)
"""
STATE_EXPR = f"(lambda ns: (exec({STATE_CODE!r}, ns), ns['_state']())[1])({{}})"
# what a cell may legitimately add to the event hooks (matplotlib's inline backend)
HOOK_MODULES = ("matplotlib", "matplotlib_inline", "ipykernel", "IPython", "ipywidgets")


def new_secret() -> str:
    return secrets.token_hex(8)


def tag(source: str, grade_id: str, secret: str) -> str | None:
    """The test cell's code as sent: its one `_nnbp_record('<grade_id>', ...)` call records
    under `<grade_id>#<secret>`; None when the cell has no such single call."""
    calls = [m for m in RECORD_CALL.finditer(source) if m.group(2) == grade_id]
    if len(calls) != 1:
        return None
    m = calls[0]
    quote = m.group(1)
    return (
        source[: m.start()]
        + f"{PREFIX}_record({quote}{grade_id}{SEP}{secret}{quote},"
        + source[m.end() :]
    )


def parse_state(reply: dict | None) -> dict | str:
    """The state a kernel described in the reply to a `STATE_EXPR` request, or a sentence
    saying why there is none."""
    if not reply:
        return "the kernel did not answer the grader's check"
    expr = (reply.get("content") or {}).get("user_expressions", {}).get("state") or {}
    if expr.get("status") != "ok":
        return f"the grader's check failed in the kernel ({str(expr.get('ename', '?'))[:60]})"
    try:
        return json.loads(ast.literal_eval(expr["data"]["text/plain"]))
    except (KeyError, ValueError, SyntaxError, TypeError):
        return "the grader's check came back unreadable"


def changes(baseline: dict | str, now: dict | str) -> list[str]:
    """What differs between the kernel's state at start and now, apart from event hooks added
    by the libraries the notebooks use (matplotlib's inline backend)."""
    if isinstance(baseline, str):
        return [baseline]
    if isinstance(now, str):
        return [now]
    found = []
    for name in sorted(set(baseline) | set(now)):
        before, after = baseline.get(name), now.get(name)
        if before == after:
            continue
        if name.startswith("events.") and isinstance(after, list):
            added = [c for c in after if c not in (before or [])]
            if all(_library_hook(c) for c in added):
                continue
        found.append(name)
    return found


def _library_hook(described: str) -> bool:
    name, _, rest = described.partition(":")
    return rest.endswith(":T") and name.split(".")[0] in HOOK_MODULES


@dataclass
class CellLedger:
    """What one test cell sent back over iopub, as it arrived, and what the grader checked."""

    grade_id: str
    secret: str = ""
    sent_tagged: bool = False
    records: list = field(default_factory=list)
    cleared: bool = False
    errors: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def distrust(self) -> str | None:
        """Why the recorded answer cannot count (None: it can, if there is exactly one)."""
        if self.changed:
            return (
                "the kernel was changed before this check ran (" + ", ".join(self.changed[:4]) + ")"
            )
        if self.cleared:
            return "the check's output was cleared while it ran"
        if not self.sent_tagged:
            return "the check's code was not the one the grader expects"
        if len(self.records) > 1:
            return f"{len(self.records)} answer records arrived"
        if self.records:
            record = self.records[0]
            expected = f"{self.grade_id}{SEP}{self.secret}"
            if not isinstance(record, dict) or record.get("id") != expected:
                return "the answer record does not carry the grader's tag for this check"
        elif not self.errors:
            return "no answer record and no error arrived"
        return None

    def answer(self):
        """The one trusted record's answer (call only when `distrust()` is None)."""
        return (self.records[0].get("answer") or {}) if self.records else None


def records_in(content: dict) -> list:
    """The answer records an iopub output message carries."""
    data = content.get("data") or {}
    return [data[MIME]] if MIME in data else []
