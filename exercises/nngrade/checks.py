"""What an answer key is made of: readers of recorded answers, a comparison that names the
mistake, and `Key`, the table of one assignment's graded test cells.

A key file (`<course>/<assignment>/key.py`) builds its own `KEY = Key(__file__)` and adds one
item per graded test cell:

    KEY = Key(__file__)
    CASES = KEY.hidden["cube_cases"]              # hidden inputs, from the manifest

    @KEY.item("cube_value", notebook="powers", points=1, record="cube")
    def check_value(enc):
        got = number(enc, "cube")
        return diagnose(got, 8.0, [(6.0, "That is 2 · 3; a cube is 2 · 2 · 2.")], "cube is 2³")

`record` is the expression the hidden cell records in the student's kernel (see
`nngrade.receipt`); `calls(fn, "cube_cases")` records `fn` called on each hidden case. A
check gets the recorded data (plain dicts, lists and strings, never the student's objects)
and returns None when the answer is right, else the hint: a fixed sentence, so that nothing
the student's code printed or raised is ever echoed back. Everything here is pure Python and
runs in the grader's process after the notebook has finished.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import manifest


class Wrong(Exception):
    """A wrong answer; the message is the hint shown to the student."""


PUBLIC_ANSWER_HINT = (
    "This is the answer for the public numbers (the course website's), not for yours: work "
    "it out from the numbers my_numbers() printed at the top of this notebook, using the "
    "variables rather than typing numbers in."
)
LIST_HINT = (
    "You gave a Python {kind} where a NumPy array is wanted: wrap it, "
    "e.g. np.array([[2.0, 0.0], [0.0, 1.0]])."
)


def _float(text: str) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return math.nan


def plain(enc):
    """Recorded data -> nested lists of floats, or raise Wrong for anything that is not numbers."""
    if isinstance(enc, Probe):
        enc.reader = ("plain",)
        return enc
    kind = enc.get("kind")
    if kind == "number":
        return _float(enc.get("value"))
    if kind == "bool":
        return float(enc.get("value"))
    if kind in ("list", "tuple"):
        return [plain(x) for x in enc.get("items", [])]
    if kind in ("ndarray", "arraylike"):
        return plain(enc["data"]) if isinstance(enc.get("data"), dict) else []
    raise Wrong(type_hint(enc, "numbers"))


def type_hint(enc, wanted: str) -> str:
    """The hint for an answer of the wrong kind (an error, None, text, a function ...)."""
    kind = enc.get("kind")
    if kind == "error" and enc.get("type") == "NameError":
        return (
            "A name this check needs is not defined (NameError): the answer cell was not "
            "filled in, not run, or stopped with an error."
        )
    if kind == "error":
        return (
            f"Your code raised {enc.get('type', 'an exception')} when the grader ran it, "
            "so there was no answer to check."
        )
    if kind == "none":
        return (
            f"The answer is None: a function that forgets `return` gives None. "
            f"The grader wanted {wanted}."
        )
    if kind == "str":
        return f"The answer is a string (text); the grader wanted {wanted}."
    if kind == "function":
        return f"The answer is a function, not its result; the grader wanted {wanted}."
    return (
        f"The answer has an unexpected type ({shown_type(enc.get('type', kind))}); "
        f"the grader wanted {wanted}."
    )


# Type names a hint may repeat: a student's own class name could carry anything (the hidden
# inputs, markup), so any other name is not echoed.
SHOWN_TYPES = frozenset(
    "int float complex bool str bytes list tuple dict set frozenset NoneType function "
    "builtin_function_or_method method generator range ndarray matrix float16 float32 float64 "
    "longdouble int8 int16 int32 int64 uint8 uint16 uint32 uint64 bool_ complex64 complex128 "
    "object_ str_ other error".split()
)


def shown_type(name) -> str:
    """`name` when it is a common type's name, else words that carry nothing of the student's."""
    return name if isinstance(name, str) and name in SHOWN_TYPES else "a type of your own"


def _floats(x):
    if isinstance(x, (list, tuple)):
        return [_floats(v) for v in x]
    return float(x)


def shape(x) -> tuple:
    """The shape of nested lists, like NumPy's (of the first element at each depth)."""
    if isinstance(x, list):
        return (len(x),) + (shape(x[0]) if x and isinstance(x[0], list) else ())
    return ()


def finite(x) -> bool:
    if isinstance(x, list):
        return all(finite(v) for v in x)
    return isinstance(x, float) and math.isfinite(x)


def close(a, b, tol: float = 1e-6) -> bool:
    """Elementwise |a - b| <= tol * (1 + |b|) on equal shapes; NaN is never close."""
    if isinstance(b, (list, tuple)):
        return (
            isinstance(a, (list, tuple))
            and len(a) == len(b)
            and all(close(x, y, tol) for x, y in zip(a, b))
        )
    return isinstance(a, float) and math.isfinite(a) and abs(a - b) <= tol * (1.0 + abs(b))


class Probe:
    """Handed to a check instead of a recorded answer, to read off what it compares against:
    `number` and `array` return it unread, and `diagnose` raises `Probed` with its arguments.
    This is how the visible tests learn the key's named mistakes (`nngrade.instant`)."""

    def __init__(self):
        self.reader = None  # ("number",), ("array", shape) or ("plain",) once read

    def get(self, field, default=None):
        """Looks like a recorded tuple to a check that tests `enc.get("kind")` first."""
        return "tuple" if field == "kind" else default


class Probed(Exception):
    def __init__(self, probe, expected, mistakes, otherwise):
        super().__init__("probed")
        self.reader, self.expected = probe.reader, expected
        self.mistakes, self.otherwise = mistakes, otherwise


def number(enc, name: str) -> float:
    """A scalar answer: int, float, a NumPy scalar (np.float32, np.int64 ...) or a 0-d array
    (what `np.sum` or `x @ y` of two vectors gives); a 1-element array is not accepted."""
    if isinstance(enc, Probe):
        enc.reader = ("number",)
        return enc
    if enc.get("kind") in ("ndarray", "arraylike") and enc.get("shape") == []:
        enc = enc.get("data") if isinstance(enc.get("data"), dict) else {}  # a 0-d array
    if enc.get("kind") != "number":
        if enc.get("kind") in ("list", "tuple", "ndarray", "arraylike"):
            raise Wrong(f"`{name}` should be a single number, not a {enc.get('kind')}.")
        raise Wrong(type_hint(enc, f"a single number for `{name}`"))
    value = _float(enc.get("value"))
    if not math.isfinite(value):
        raise Wrong(f"`{name}` is {value!r}: a NaN or infinite number is never right here.")
    return value


def array(enc, name: str, want: tuple) -> list:
    """A NumPy array answer of shape `want`, as nested lists of floats."""
    if isinstance(enc, Probe):
        enc.reader = ("array", tuple(want))
        return enc
    kind = enc.get("kind")
    if kind in ("list", "tuple"):
        raise Wrong(f"`{name}`: " + LIST_HINT.format(kind=kind))
    if kind == "arraylike":
        raise Wrong(f"`{name}` is a {enc.get('type')}, not a plain NumPy array: use np.array(...).")
    if kind != "ndarray":
        raise Wrong(type_hint(enc, f"a NumPy array for `{name}`"))
    data = plain(enc)
    got = tuple(enc.get("shape", ()))
    if got != tuple(want):
        raise Wrong(f"`{name}` has shape {got}; it should have shape {tuple(want)}.")
    if not finite(data):
        raise Wrong(f"`{name}` contains NaN or infinite values.")
    return data


def diagnose(got, expected, mistakes, otherwise: str, tol: float = 1e-6) -> str | None:
    """None if `got` matches `expected`; else the hint of the first matching mistake
    (`mistakes`: pairs of (the value that mistake gives, or None where it gives the right
    answer on these numbers, its hint)), else `otherwise`."""
    if isinstance(got, Probe):
        raise Probed(got, expected, mistakes, otherwise)
    if close(got, expected, tol):
        return None
    for value, hint in mistakes:
        if value is not None and close(got, value, tol):
            return hint
    return otherwise


def choice(enc, name: str, options: str) -> str:
    """A one-letter answer among `options` (e.g. "abcd"), lower-cased, "(b)" read as "b"."""
    if enc.get("kind") != "str":
        raise Wrong(type_hint(enc, f'one letter in quotes for `{name}`, e.g. "a"'))
    letter = enc.get("value", "").strip().lower().strip("()").strip()
    if letter not in options:
        raise Wrong(f"`{name}` should be one of the letters {', '.join(options)} (in quotes).")
    return letter


def same_result_hint(function: str) -> str:
    """The hint for a function that returns the same thing whatever its inputs (numbers
    worked out by hand and typed in, instead of computed from the arguments)."""
    return (
        f"`{function}` returns the same result whatever its inputs: compute the result from "
        "its arguments instead of returning numbers worked out by hand."
    )


def calls(function: str, hidden_input: str) -> str:
    """A record expression: `function(*case)` for each case of the manifest's hidden input
    (an exception in one call is recorded as that call's error)."""
    return f"[_nnbp_try({function}, *case) for case in {manifest.hidden_name(hidden_input)}]"


@dataclass(frozen=True)
class Shown:
    """What the visible test of one item checks at validate time, on public data only.

    A value item (`function` None): `expr` is evaluated in the student's kernel; `candidates`
    are Python values (the right one and the named mistakes; None: read them off the check's
    `diagnose` with a `Probe`), each fingerprinted with the hint the key gives it.
    A function item: `function` is called on each public case (`mode`: "arrays", "numbers" or
    "keep_input"); `candidates` are Python functions (the right one first, then one per named
    mistake) and `case_check(recorded result, case)` gives each result's hint."""

    grade_id: str
    expr: str = ""
    candidates: list | None = None
    otherwise: str | None = None
    function: str | None = None
    cases: list | None = None
    mode: str = "numbers"
    case_check: Callable | None = None
    parts: list | None = None  # [start, stop] slices of the result judged one by one
    alike: str | None = None  # said with a right answer that a named mistake also gives here


@dataclass(frozen=True)
class Item:
    """One graded test cell: where it is, what it is worth, what it records, how it is checked."""

    grade_id: str
    notebook: str
    points: int
    check: Callable[[dict], str | None]
    record: str
    raw: Callable | None = None  # the key's own function (probed by nngrade.instant)


class Key:
    """The answer key of one assignment: {grade_id: Item}, with the manifest's hidden inputs.

    Built by the key file itself (`KEY = Key(__file__)`); `nngrade.manifest` finds it there.
    Nothing is registered outside the key's own object."""

    def __init__(self, key_file: str | Path):
        self.manifest = manifest.load(Path(key_file).resolve().parent)
        self.hidden = self.manifest.hidden
        self.items: dict[str, Item] = {}
        self.shown: dict[str, Shown] = {}
        self.public: dict | None = None  # {notebook: {name: value}}: the seeds' numbers
        self._draw: Callable | None = None
        self._good: Callable | None = None
        self._pool: list[dict] | None = None
        self._current: dict | None = None
        self.reads = 0  # how often a check read the numbers (to tell which checks do)

    # ---- variants: each student's own numbers --------------------------------------------
    def variants(self, public: dict, draw: Callable, good: Callable) -> None:
        """Declare the numbers of the assignment's notebooks: `public` ({notebook: {name:
        value}}, floats and nested lists of floats) is what everyone without a student id
        gets; `draw(rng)` draws one variant of the same form from a `random.Random`;
        `good(numbers)` lists what makes a drawn variant a poor exercise (empty: good)."""
        self.public, self._draw, self._good = public, draw, good

    @property
    def numbers(self) -> dict:
        """The numbers the checks compare against: the variant being graded (or the public)."""
        self.reads += 1
        return self._current if self._current is not None else self.public

    def numbers_in_use(self) -> dict | None:
        """The variant's numbers `using` set (None: the public numbers); not a read."""
        return self._current

    @contextlib.contextmanager
    def using(self, numbers: dict | None):
        saved, self._current = self._current, numbers
        try:
            yield
        finally:
            self._current = saved

    def pool(self) -> list[dict]:
        """The manifest's pool of variants (empty when variants are off or undeclared), drawn
        deterministically: variant k from `random.Random("<assignment>:<k>:<attempt>")`,
        redrawn until `problems` finds nothing."""
        if self._pool is None:
            self._pool = []
            count = self.manifest.variant_pool if self._draw is not None else 0
            for k in range(count):
                for attempt in range(10_000):
                    numbers = self._draw(random.Random(f"{self.manifest.name}:{k}:{attempt}"))
                    if not self.problems(numbers):
                        break
                else:
                    raise manifest.ManifestError(f"variant {k}: no good draw in 10000 tries")
                self._pool.append(numbers)
        return self._pool

    def numbers_of(self, variant: int | None) -> dict | None:
        """Variant `variant` of the pool; None (the public numbers) for None."""
        return None if variant is None else self.pool()[variant]

    def problems(self, numbers: dict) -> list[str]:
        """Why `numbers` is a poor exercise: the key's own `good` rules, and every named
        mistake of a check that reads the numbers giving the right answer's value."""
        found = list(self._good(numbers)) if self._good else []
        for gid, item in self.items.items():
            with self.using(numbers):
                before = self.reads
                try:
                    item.raw(Probe())
                except Probed as seen:
                    if self.reads == before:
                        continue
                    for value, _hint in seen.mistakes:
                        if value is not None and close(_floats(value), _floats(seen.expected)):
                            found.append(f"{gid}: a named mistake gives the right answer")
                except Exception:  # noqa: BLE001, S112 - a check that cannot be probed
                    continue
        return found

    def judge(self, grade_id: str, answer: dict, variant=...):
        """(hint or None, whether the check read the numbers) under one variant (None: the
        public numbers; left out: the numbers `using` set, else the public ones).

        An answer wrong for the variant's numbers but right for the public ones gets
        PUBLIC_ANSWER_HINT, whatever mistake its value looks like on the variant's numbers:
        it was worked on (or typed in from) the website's numbers."""
        numbers = self._current if variant is ... else self.numbers_of(variant)
        check = self.items[grade_id].check
        with self.using(numbers):
            before = self.reads
            hint = check(answer)
            reads = self.reads != before
        if hint is not None and reads and numbers is not None and numbers != self.public:
            with self.using(None):
                if check(answer) is None:
                    hint = PUBLIC_ANSWER_HINT
        return hint, reads

    def names_mistake(self, grade_id: str, hint: str | None, variant=...) -> bool:
        """Whether `hint` is one of the mistakes the check names (on `variant`'s numbers)."""
        numbers = self._current if variant is ... else self.numbers_of(variant)
        with self.using(numbers):
            try:
                self.items[grade_id].raw(Probe())
            except Probed as seen:
                return hint in {h for _value, h in seen.mistakes}
            except Exception:  # noqa: BLE001 - a check that cannot be probed names nothing
                return False
        return False

    def matching_variants(self, grade_id: str, answer: dict) -> list[int | None]:
        """The variants (None: the public numbers) whose numbers make `answer` right."""
        out = []
        for variant in [None, *range(len(self.pool()))]:
            if self.judge(grade_id, answer, variant)[0] is None:
                out.append(variant)
        return out

    def item(self, grade_id: str, notebook: str, points: int, record: str):
        """Decorator: `check(enc) -> hint | None` grades the test cell `grade_id`."""
        if notebook not in self.manifest.notebook_names:
            where = self.manifest.folder / self.manifest.key_file
            raise manifest.ManifestError(
                f"{where}: {grade_id}: {notebook!r} is not a notebook of the manifest"
            )
        if grade_id in self.items:
            raise manifest.ManifestError(f"{grade_id}: two checks for one test cell")

        def register(check):
            def safe(enc):
                if not isinstance(enc, dict) or enc.get("kind") == "error":
                    return type_hint(enc if isinstance(enc, dict) else {}, "an answer")
                try:
                    return check(enc)
                except Wrong as wrong:
                    return str(wrong)

            self.items[grade_id] = Item(grade_id, notebook, points, safe, record, check)
            return check

        return register

    def show(
        self,
        grade_id: str,
        expr: str | None = None,
        candidates=None,
        otherwise: str | None = None,
        alike: str | None = None,
    ) -> None:
        """The visible test of `grade_id` checks the value `expr` (default: what the hidden
        cell records) against the fingerprints of `candidates` (default: probed). `alike`
        is printed with a right answer on the public numbers when a named mistake gives the
        same value there (the build requires it then)."""
        record = self.items[grade_id].record
        self.shown[grade_id] = Shown(grade_id, expr or record, candidates, otherwise, alike=alike)

    def show_calls(
        self,
        grade_id: str,
        function: str,
        cases: list,
        candidates: list,
        case_check: Callable,
        mode: str = "numbers",
        otherwise: str | None = None,
        parts: list | None = None,
    ) -> None:
        """The visible test of `grade_id` calls the student's `function` on public `cases`."""
        if grade_id not in self.items:
            raise manifest.ManifestError(f"{grade_id}: show_calls before its item")
        self.shown[grade_id] = Shown(
            grade_id,
            function=function,
            cases=cases,
            mode=mode,
            candidates=candidates,
            case_check=case_check,
            otherwise=otherwise,
            parts=parts,
        )

    def verdict(self, grade_id: str, answer: dict, variant=...) -> str | None:
        """None when the recorded answer is right (for `variant`'s numbers, None: the public
        ones), else the hint (a fixed sentence)."""
        return self.judge(grade_id, answer, variant)[0]

    @property
    def points(self) -> int:
        return sum(item.points for item in self.items.values())
