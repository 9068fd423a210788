"""The `instant_feedback` module a grading kernel gets in place of the released one.

The released `instant_feedback.py` holds salted fingerprints of every right answer of every
variant: in the grading kernel a brute force over them gives the value answers without the
work. While grading, the box's copy is replaced by this module's text: the released module's
own code with the numbers of every variant (inputs, which the released file ships anyway) and
no fingerprint, no hint, and `verify` and `verify_calls` that do nothing (the verdict comes
from `VerifyAnswers`, outside the kernel). `my_numbers` behaves exactly as in the released file.
"""

from __future__ import annotations

import pprint
from pathlib import Path

from . import instant_feedback
from .instant import _pairs

MODULE_NAME = "instant_feedback.py"
MARKER = "VARIANTS = {}"
LISTEN = "\n_listen()\n"  # the released module's call that adds its cell hook
NO_CHECKS = """

# While grading, the checks run outside this kernel: the visible tests check nothing here.
TABLE = {}


def verify(grade_id, section, get_answer):
    return None


def verify_calls(grade_id, section, get_function):
    return None
"""
_TEXTS: dict[int, tuple] = {}  # id(key) -> (key, text): the key is kept, so its id stays its


def source(key) -> str:
    """The module's text for the assignment of `key` (the same for every student)."""
    if _TEXTS.get(id(key), (None,))[0] is not key:
        variants = {}
        if key.public is not None:
            pool = key.pool()
            variants = {
                "assignment": key.manifest.name,
                "public": _pairs(key.public),
                "pool": [_pairs(numbers) for numbers in pool],
                "answers": [{} for _ in pool],
                "hints": [],
            }
        code = Path(instant_feedback.__file__).read_text(encoding="utf-8")
        # The released module notes every cell the kernel runs (a post_run_cell hook) so that
        # its visible tests can say why a name is undefined; here nothing reads those notes,
        # and a hook added after the kernel started is what VerifyAnswers treats as tampering.
        if LISTEN not in code:
            raise RuntimeError(f"nngrade.instant_feedback no longer has {LISTEN!r}")
        code = code.replace(LISTEN, "\n", 1)
        head, tail = code.split(MARKER, 1)
        _TEXTS[id(key)] = (
            head + "VARIANTS = " + pprint.pformat(variants, width=100) + tail + NO_CHECKS
        )
    return _TEXTS[id(key)]
