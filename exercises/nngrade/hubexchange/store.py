"""The hand-in store: nbgrader's exchange layout in a folder only the grader can read.

    <root>/.nn-hub-store                  marks a root as a store (course.py leaves its mode)
    <root>/<course>/outbound/<assignment>/  released by the grader's `nbgrader release_assignment`
    <root>/<course>/inbound/<student>+<assignment>+<time>+<random>/   written by the service only
    <root>/<course>/feedback/<hash>.html    released by the grader's `nbgrader release_feedback`
    <root>/<course>/refusals.jsonl          every refused hand-in, one JSON object a line

`Store(root, limits)` is used by the service (running as the grader); `refusals(root, course)`
by `collect`. The time of a hand-in is the service's clock when it arrives; `timestamp.txt`
and `submission_secret.txt` in an inbound folder are the service's, never the student's.
"""

from __future__ import annotations

import io
import json
import os
import re
import secrets
import shutil
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from nbgrader.utils import notebook_hash

from .. import student_ids
from .archive import Limits, Refused, unpack

MARK = ".nn-hub-store"
# nbgrader's own format ("%Y-%m-%d %H:%M:%S.%f %Z" in UTC), which `collect` parses
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f %Z"
SERVICE_FILES = ("timestamp.txt", "submission_secret.txt")


def is_store(root: str | os.PathLike) -> bool:
    return (Path(root) / MARK).is_file()


def make(root: str | os.PathLike, course: str) -> None:
    """A store with the course's folders, 0700 (run as the grader, or chown it after)."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o700)
    (root / MARK).touch()
    for sub in ("outbound", "inbound", "feedback"):
        (root / course / sub).mkdir(parents=True, exist_ok=True)


def valid_name(kind: str, name: str) -> str:
    """`name` if it may name a folder of the store: the rule of student ids
    (nngrade.student_ids), for courses and assignments too; else Refused."""
    if student_ids.problem(name or ""):
        raise Refused(f"{kind} {str(name)[:60]!r} is not a valid name")
    return name


def folder_bytes(folder: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(folder):
        for f in files:
            try:
                total += os.lstat(os.path.join(dirpath, f)).st_size
            except OSError:
                pass
    return total


def tar_of(pairs: list[tuple[str, Path]]) -> bytes:
    """A gzipped tar of (name in the archive, folder or file) pairs, links left out."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for arcname, path in pairs:
            tar.add(path, arcname=arcname, filter=lambda t: t if t.isreg() or t.isdir() else None)
    return buf.getvalue()


@dataclass
class Quotas:
    upload: Limits
    student_bytes: int  # everything one student keeps in a course's inbound
    course_bytes: int  # everything in a course's folder


class Store:
    def __init__(self, root: str | os.PathLike, quotas: Quotas):
        self.root, self.quotas = Path(root), quotas

    def course(self, course: str) -> Path:
        path = self.root / valid_name("course", course)
        if not (path / "outbound").is_dir():
            raise LookupError(f"no course {course!r} on this hub")
        return path

    def courses(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if (p / "outbound").is_dir())

    def released(self, course: str) -> bytes:
        """outbound/ of the course, as an archive `<assignment>/...`."""
        outbound = self.course(course) / "outbound"
        return tar_of([(p.name, p) for p in sorted(outbound.iterdir()) if p.is_dir()])

    def submissions(self, course: str, student: str) -> list[Path]:
        inbound = self.course(course) / "inbound"
        return sorted(inbound.glob(f"{glob_escape(student)}+*"))

    def submit(self, course: str, assignment: str, student: str, data: bytes) -> dict:
        """Check and file one hand-in; returns {student, timestamp, secret}."""
        path = self.course(course)
        valid_name("student", student)
        valid_name("assignment", assignment)
        if not (path / "outbound" / assignment).is_dir():
            raise Refused(f"{assignment!r} is not an assignment released in {course}")
        used = sum(folder_bytes(p) for p in self.submissions(course, student))
        q = self.quotas
        if used + len(data) > q.student_bytes:
            raise Refused(
                f"quota: your hand-ins in {course} would take {(used + len(data)) / 1e6:.1f} MB "
                f"of your {q.student_bytes / 1e6:.1f} MB; ask your instructor to make room"
            )
        if folder_bytes(path) + len(data) > q.course_bytes:
            raise Refused(f"quota: the course {course} is full; tell your instructor")
        stamp = datetime.now(UTC).strftime(TIME_FORMAT)
        secret = secrets.token_hex(64)
        name = f"{student}+{assignment}+{stamp}+{secrets.token_urlsafe(9)}"
        staging = path / "inbound" / f".incoming-{secrets.token_hex(8)}"
        try:
            size = unpack(data, staging, q.upload)
            if used + size > q.student_bytes:
                raise Refused(
                    f"quota: unpacked, this hand-in would take {(used + size) / 1e6:.1f} MB "
                    f"of your {q.student_bytes / 1e6:.1f} MB in {course}"
                )
            for file in SERVICE_FILES:  # the student's copies, if any, are replaced
                target = staging / file
                if target.is_dir():
                    shutil.rmtree(target)
            (staging / "timestamp.txt").write_text(stamp)
            (staging / "submission_secret.txt").write_text(secret)
            staging.rename(path / "inbound" / name)  # collect sees it whole or not at all
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return {"student": student, "timestamp": stamp, "secret": secret}

    def feedback(self, course: str, student: str) -> bytes:
        """This student's released feedback pages, as `<hash>.html` (nbgrader's names)."""
        feedback = self.course(course) / "feedback"
        pages = []
        for sub in self.submissions(course, student):
            try:
                secret = (sub / "submission_secret.txt").read_text()
            except OSError:
                continue
            for nb in sub.glob("*.ipynb"):
                page = feedback / f"{notebook_hash(secret=secret, notebook_id=nb.stem)}.html"
                if page.is_file() and not page.is_symlink():
                    pages.append((page.name, page))
        return tar_of(pages)

    def refuse(self, course: str, user: str, assignment: str, reason: str) -> None:
        """Record a refusal where `collect` reads it (course folder, else the root)."""
        folder = self.root / course if (self.root / course / "outbound").is_dir() else self.root
        entry = {
            "time": datetime.now(UTC).strftime(TIME_FORMAT),
            "course": course[:100],
            "user": user[:100],
            "assignment": assignment[:100],
            "reason": reason[:300],
        }
        with open(folder / "refusals.jsonl", "a") as log:
            log.write(json.dumps(entry) + "\n")


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def refusals(root: str | os.PathLike, course: str) -> list[dict]:
    """Every refusal recorded for the course (oldest first), and those of no known course."""
    out = []
    for path in (Path(root) / course / "refusals.jsonl", Path(root) / "refusals.jsonl"):
        try:
            lines = path.read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
    return out
