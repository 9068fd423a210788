"""An assignment's manifest: the one list of what an assignment folder holds.

Every assignment of the course is a folder `<course>/<assignment>/` holding a `manifest.toml`,
its readable authoring source (one `<notebook>.py` per notebook) and its answer key
(`key.py`, data plus small check functions built on `nngrade.checks`). nbgrader's
`source/<assignment>/*.ipynb` is generated from it (`python -m nngrade.build`). The folder's
name is the nbgrader assignment id. Everything else is derived from the manifest: the
notebook list (grading, the book's downloads, the tests), the hidden constants pasted into
the hidden test cells, and the text that must never reach students.

    title = "What the assignment is about"
    key = "key.py"                  # optional; this is the default

    [points]                        # checked against the key and the source by the build
    auto = 3
    manual = 1

    [[notebooks]]                   # in the order students work through them
    name = "powers"                 # <name>.py here -> source/<assignment>/<name>.ipynb
    title = "Squares and cubes"

    [[files]]                       # other files released with the notebooks (optional)
    name = "check_notebook.py"
    title = "the checker"

    [hidden]                        # inputs the student never sees, as plain data: the key
    cube_cases = [[2.0], [-3.5]]    # reads them as `KEY.hidden["cube_cases"]`, the hidden
                                    # cells define them as `_NNBP_CUBE_CASES`

    [leaks]
    release = ["Model answer"]      # more text the student version must never contain

    requirements = ["numpy"]        # optional: what the notebooks import; the build writes
                                    # requirements.txt with the exact versions of the course's
                                    # uv.lock (list requirements.txt in [[files]])

    [variants]                      # optional: each student's own numbers (see nngrade.variants)
    enabled = true                  # the one switch: false gives everyone the public numbers
    pool = 64                       # how many variants the key draws (besides the public one)
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .receipt import MIME, PREFIX

FILE = "manifest.toml"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP_KEYS = {
    "title",
    "key",
    "points",
    "notebooks",
    "files",
    "hidden",
    "leaks",
    "requirements",
    "variants",
}

# Text of the engine's own that the student version must never hold: nbgrader's solution and
# hidden-test delimiters, the recorder's names and its MIME type.
ENGINE_RELEASE_MARKERS = (
    "BEGIN SOLUTION",
    "END SOLUTION",
    "BEGIN HIDDEN TESTS",
    "END HIDDEN TESTS",
    PREFIX,
    PREFIX.upper(),
    MIME,
)
# Text that only hidden tests contain, so that it may never reach the feedback (a student's
# own answer may contain anything else, even a copy of a rubric).
ENGINE_HIDDEN_MARKERS = (
    "BEGIN HIDDEN TESTS",
    "END HIDDEN TESTS",
    f"{PREFIX}_sent",
    "Send the answer to the grader as plain data",
)


class ManifestError(ValueError):
    """A manifest that cannot be used; the message says which file and what to fix."""


@dataclass(frozen=True)
class Entry:
    name: str
    title: str


@dataclass(frozen=True)
class Manifest:
    folder: Path
    title: str
    notebooks: tuple[Entry, ...]
    files: tuple[Entry, ...] = ()
    points_auto: int = 0
    points_manual: int = 0
    hidden: dict[str, Any] = field(default_factory=dict)
    release_leaks: tuple[str, ...] = ()
    key_file: str = "key.py"
    requirements: tuple[str, ...] = ()
    variants_enabled: bool = False
    variant_pool: int = 0

    @property
    def name(self) -> str:
        """The nbgrader assignment id: the folder's name."""
        return self.folder.name

    @property
    def notebook_names(self) -> list[str]:
        return [entry.name for entry in self.notebooks]

    @property
    def points(self) -> int:
        return self.points_auto + self.points_manual

    def authoring_file(self, notebook: str) -> Path:
        return self.folder / f"{notebook}.py"

    def hidden_constants(self) -> dict[str, Any]:
        """{name the hidden cells define: its value}, e.g. `_NNBP_CUBE_CASES`."""
        return {hidden_name(name): value for name, value in self.hidden.items()}

    def release_markers(self) -> tuple[str, ...]:
        """Text whose presence in the student version means a solution or a test leaked."""
        return ENGINE_RELEASE_MARKERS + self.release_leaks

    def feedback_markers(self) -> tuple[str, ...]:
        """Text only hidden tests contain: none of it may appear in the feedback."""
        return ENGINE_HIDDEN_MARKERS + tuple(self.hidden_constants())

    def key(self):
        """The answer key (an `nngrade.checks.Key`), from `key.py` in the folder."""
        key = getattr(self.key_module(), "KEY", None)
        from .checks import Key

        if not isinstance(key, Key):
            raise ManifestError(f"{self.folder / self.key_file}: defines no `KEY = Key(__file__)`")
        return key

    def key_module(self):
        """The key file imported as a module of its own (cached until the file changes)."""
        return _import_key(self.folder / self.key_file)


def hidden_name(name: str) -> str:
    """The name a hidden cell gives to the hidden input `name` of the manifest."""
    return f"{PREFIX.upper()}_{name.upper()}"


def load(folder: Path) -> Manifest:
    """Read and check `folder/manifest.toml`; raise ManifestError naming what is wrong."""
    folder = Path(folder).resolve()
    path = folder / FILE
    if not _NAME.match(folder.name):
        raise ManifestError(
            f"{folder}: an assignment folder's name is its nbgrader id: use "
            "letters, digits, '_' and '-'"
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path}: there is no manifest, so this is not an assignment") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: not valid TOML ({exc})") from None

    def fail(what: str):
        raise ManifestError(f"{path}: {what}")

    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        fail(f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_TOP_KEYS))}")
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        fail("`title` must be a non-empty string")
    key_file = data.get("key", "key.py")
    if not isinstance(key_file, str) or "/" in key_file or not key_file.endswith(".py"):
        fail("`key` must name a .py file in the assignment folder")

    if not data.get("notebooks"):
        fail("list at least one notebook: [[notebooks]] with name and title")
    notebooks = _entries(data["notebooks"], "notebooks", fail)
    files = _entries(data.get("files", []), "files", fail)
    names = [e.name for e in notebooks] + [e.name for e in files]
    if len(set(names)) != len(names):
        fail(f"a name appears twice in [[notebooks]] and [[files]]: {names}")

    points = data.get("points", {})
    if not isinstance(points, dict) or set(points) - {"auto", "manual"}:
        fail("[points] holds only `auto` and `manual`")
    for kind in ("auto", "manual"):
        value = points.get(kind, 0)
        if type(value) is not int or value < 0:
            fail(f"points.{kind} must be a whole number >= 0")

    hidden = data.get("hidden", {})
    if not isinstance(hidden, dict):
        fail("[hidden] must be a table of name = value")
    for name in hidden:
        if not _IDENTIFIER.match(name):
            fail(f"hidden input {name!r}: use lower-case letters, digits and '_'")

    leaks = data.get("leaks", {})
    if not isinstance(leaks, dict) or set(leaks) - {"release"}:
        fail("[leaks] holds only `release`, a list of strings")
    release = leaks.get("release", [])
    if not isinstance(release, list) or not all(isinstance(s, str) and s for s in release):
        fail("leaks.release must be a list of non-empty strings")

    requirements = data.get("requirements", [])
    package = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    if not isinstance(requirements, list) or not all(
        isinstance(r, str) and package.match(r) for r in requirements
    ):
        fail("`requirements` must be a list of package names")

    variants = data.get("variants", {})
    if not isinstance(variants, dict) or set(variants) - {"enabled", "pool"}:
        fail("[variants] holds only `enabled` (true or false) and `pool` (a whole number)")
    enabled = variants.get("enabled", bool(variants))
    pool = variants.get("pool", 64)
    if type(enabled) is not bool:
        fail("variants.enabled must be true or false")
    if type(pool) is not int or not 1 <= pool <= 1000:
        fail("variants.pool must be a whole number from 1 to 1000")

    return Manifest(
        folder=folder,
        variants_enabled=enabled,
        variant_pool=pool if enabled else 0,
        title=title.strip(),
        notebooks=notebooks,
        files=files,
        requirements=tuple(requirements),
        points_auto=points.get("auto", 0),
        points_manual=points.get("manual", 0),
        hidden=hidden,
        release_leaks=tuple(release),
        key_file=key_file,
    )


def _entries(raw, table: str, fail) -> tuple[Entry, ...]:
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        fail(f"[[{table}]] must be an array of tables, each with name and title")
    out = []
    for item in raw:
        name, title = item.get("name"), item.get("title")
        if set(item) - {"name", "title"}:
            fail(f"[[{table}]] {name!r}: only `name` and `title` are allowed")
        if not isinstance(name, str) or not re.match(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$", name):
            fail(f"[[{table}]]: {name!r} is not a file name")
        if table == "notebooks" and name.endswith(".ipynb"):
            fail(f"[[notebooks]] {name!r}: give the name without .ipynb")
        if not isinstance(title, str) or not title.strip():
            fail(f"[[{table}]] {name!r}: needs a title")
        out.append(Entry(name, title.strip()))
    return tuple(out)


def assignments(course: Path) -> list[Manifest]:
    """Every assignment of the course: its folders that hold a manifest, sorted by name."""
    return [load(path.parent) for path in sorted(Path(course).glob(f"*/{FILE}"))]


def find(course: Path, name: str | None = None) -> Manifest:
    """The assignment `name` of the course; with no name, the course's only assignment."""
    if name is not None:
        if not _NAME.match(name):
            raise ManifestError(f"{name!r} is not an assignment name")
        return load(Path(course) / name)
    found = assignments(course)
    if len(found) != 1:
        listed = ", ".join(m.name for m in found) or "none"
        raise ManifestError(f"{course}: {len(found)} assignments ({listed}); name the one you mean")
    return found[0]


_KEYS: dict[Path, tuple[int, object]] = {}


def _import_key(path: Path):
    """Import a key file under a name of its own, so that two assignments never share one."""
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise ManifestError(f"{path}: the answer key is missing") from None
    cached = _KEYS.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    module_name = "nngrade_key_" + hashlib.sha1(str(path).encode()).hexdigest()[:12]
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(module_name, None)
        raise
    _KEYS[path] = (stamp, module)
    return module
