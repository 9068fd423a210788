"""The `instant_feedback` module a grading kernel gets in place of the released one.

The released `instant_feedback.py` holds salted fingerprints of every right answer of every
variant: in the grading kernel a brute force over them would give the value answers without
the work. While grading, the box's copy is replaced by this module's text: the submission's
own numbers (`my_numbers`, what the answer cells start from) and no-op `verify` and
`verify_calls` (the verdict comes from `VerifyAnswers`, outside the kernel). No table, no
other variant's numbers, no hint.
"""

from __future__ import annotations

import json

from . import variants
from .instant import _pairs
from .instant_feedback import STUDENT_ENV

MODULE_NAME = "instant_feedback.py"

TEMPLATE = '''\
"""instant_feedback while grading: this submission's numbers only. The checks run outside
this kernel, so verify() and verify_calls() do nothing here."""

STUDENT_ENV = %(student_env)r
NUMBERS = %(numbers)s  # {notebook: [[name, value], ...]} of the student being graded


def my_numbers(notebook, quiet=False):
    pairs = NUMBERS[notebook]
    values = []
    for _name, value in pairs:
        if isinstance(value, list):
            import numpy as np

            values.append(np.array(value, dtype=float))
        else:
            values.append(float(value))
    if not quiet:
        for name, value in pairs:
            print(f"    {name} = {value}")
    return tuple(values) if len(values) > 1 else values[0]


def verify(grade_id, section, get_answer):
    return None


def verify_calls(grade_id, section, get_function):
    return None
'''


def source(key, student: str) -> str:
    """The module's text for `student`: their variant's numbers, or the public ones (none
    when the key declares no numbers)."""
    numbers = {}
    if key.public is not None:
        own = key.numbers_of(variants.of(key, student))
        numbers = _pairs(own if own is not None else key.public)
    return TEMPLATE % {"student_env": STUDENT_ENV, "numbers": json.dumps(numbers)}
