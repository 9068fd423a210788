"""nbgrader exchange steps that never follow a student's symlink or release a stray file.

On a hub the exchange root is the hand-in store (nngrade.hubexchange), which only the
grader reads and only the hand-in service writes; elsewhere it is nbgrader's shared folder.

Wired in by exercises/nbgrader_config.py (`c.ExchangeFactory.collect`, `release_assignment` and
`c.ExchangeFactory.release_feedback`), so `nbgrader collect`, `nbgrader release_feedback`
and the course CLI behave the same.

- `SafeCollect`: copies a submission without following symlinks and without opening
  FIFOs, sockets or devices (nbgrader's copytree does both, as root); what it left out is
  listed in `submitted/<student>/<assignment>/.nngrade-skipped` for the pre-flight check.
- `SafeReleaseAssignment`: nbgrader's release, except that it leaves a hub store's mode (0700).
- `SafeReleaseFeedback`: releases only `<notebook>.html` of the assignment's notebooks that
  were autograded for that student, regular files, not symlinks, and nothing the feedback
  scan withheld (anything else is renamed `*.withheld`).
"""

from __future__ import annotations

import os
import pwd
import stat
from datetime import UTC, datetime
from pathlib import Path

from nbgrader.exchange.default.collect import ExchangeCollect
from nbgrader.exchange.default.release_assignment import ExchangeReleaseAssignment
from nbgrader.exchange.default.release_feedback import ExchangeReleaseFeedback
from nbgrader.utils import ignore_patterns

from .hubexchange.store import is_store, refusals

SKIPPED = ".nngrade-skipped"


def special_entries(folder: str, names: list[str]) -> set[str]:
    """Names in `folder` that are neither regular files nor real directories."""
    out = set()
    for name in names:
        try:
            mode = os.lstat(os.path.join(folder, name)).st_mode
        except OSError:
            out.add(name)
            continue
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            out.add(name)
    return out


FORGED_MARK = "not owned by the student it names"


def owner_name(path: str) -> str:
    uid = os.lstat(path).st_uid
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


def is_unix_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


REFUSED_MARK = "refused at hand-in"


class SafeCollect(ExchangeCollect):
    """On a hub's store (nngrade.hubexchange) only the hand-in service writes inbound/, as the
    grader: ownership says nothing there, and the names are the service's. Every refusal the
    service recorded is said, one line each; an entry that cannot be read is skipped with a
    line, never stopping the others."""

    @property
    def hub_store(self) -> bool:
        """Collecting from the hub's hand-in store (nngrade.hubexchange), not a shared folder."""
        return is_store(self.root)

    def init_src(self):
        if self.hub_store:
            self.check_owner = False  # every folder is the grader's there
            for r in refusals(self.root, self.coursedir.course_id):
                if r.get("assignment") in (self.coursedir.assignment_id, ""):
                    self.log.warning(
                        "%s: %s %s %s: %s",
                        REFUSED_MARK.upper(),
                        r.get("time"),
                        r.get("user"),
                        r.get("assignment"),
                        r.get("reason"),
                    )
                elif not os.path.isdir(
                    os.path.join(
                        self.root, self.coursedir.course_id, "outbound", str(r.get("assignment"))
                    )
                ):
                    self.log.warning(
                        "%s (not a released assignment): %s %s %r: %s",
                        REFUSED_MARK.upper(),
                        r.get("time"),
                        r.get("user"),
                        r.get("assignment"),
                        r.get("reason"),
                    )
        super().init_src()

    def _path_to_record(self, path):
        try:
            return self._checked_record(path)
        except Exception as exc:  # noqa: BLE001 - one bad entry never stops the class
            self.log.warning("SKIPPED: %s cannot be collected (%s)", path, exc)
            return {
                "username": f"\0skipped {path}",
                "filename": os.path.basename(path),
                "timestamp": datetime.min.replace(tzinfo=UTC),
                "skipped": True,
            }

    def _checked_record(self, path):
        """A folder in inbound/ must belong to the student it names: anyone may mkdir there, so
        a folder in the name of a student who has an account here, owned by someone else, is
        flagged and never collected (its record sorts below every real one, and copy_files
        skips it): that student's own latest submission is collected instead, if any. Names
        with no account (one account submitting for several with `nbgrader submit --student`)
        are collected as nbgrader does, with its own warning."""
        record = super()._path_to_record(path)
        if self.hub_store:
            return record
        owner = owner_name(path)
        if owner != record["username"] and is_unix_user(record["username"]):
            self.log.warning(
                "FLAGGED: %s is %s (%s, owned by %s); not collected",
                path,
                FORGED_MARK,
                record["username"],
                owner,
            )
            record["forged_by"] = owner
            record["timestamp"] = datetime.min.replace(tzinfo=record["timestamp"].tzinfo)
        return record

    def copy_files(self):
        self.src_records = [
            r for r in self.src_records if "forged_by" not in r and "skipped" not in r
        ]
        super().copy_files()

    def do_copy(self, src, dest, log=None):
        import shutil

        skipped: list[str] = []
        patterns = ignore_patterns(
            exclude=self.coursedir.ignore,
            include=self.coursedir.include,
            max_file_size=self.coursedir.max_file_size,
            log=self.log,
        )

        def ignore(folder, names):
            special = special_entries(folder, names)
            skipped.extend(os.path.relpath(os.path.join(folder, n), src) for n in sorted(special))
            return set(patterns(folder, [n for n in names if n not in special])) | special

        if os.path.islink(src):
            raise RuntimeError(f"{src} is a symlink; not collected")
        shutil.copytree(src, dest, symlinks=True, ignore=ignore)
        if skipped:
            self.log.warning("Not collected (symlinks or special files): %s", ", ".join(skipped))
            Path(dest, SKIPPED).write_text("\n".join(skipped) + "\n")


class SafeReleaseAssignment(ExchangeReleaseAssignment):
    """nbgrader's release makes the exchange root 0777 whenever it is not; a hub's store must
    stay the grader's, 0700 (a student could otherwise rename the course away)."""

    def ensure_root(self):
        if not is_store(self.root):
            return super().ensure_root()
        if not os.access(self.root, os.W_OK | os.X_OK):
            self.fail(f"The hand-in store {self.root} is not writable by {owner_name(self.root)}")


WITHHELD = ".nngrade-withheld"


class SafeReleaseFeedback(ExchangeReleaseFeedback):
    def copy_files(self):
        import glob

        notebooks = {
            Path(p).stem
            for p in glob.glob(
                os.path.join(
                    self.coursedir.format_path(
                        self.coursedir.source_directory, ".", self.coursedir.assignment_id
                    ),
                    "*.ipynb",
                )
            )
        }
        for html in glob.glob(os.path.join(self.src_path, "*.html")):
            folder = Path(html).parent
            withheld = set()
            try:
                withheld = set((folder / WITHHELD).read_text().split())
            except OSError:
                pass
            student = folder.parent.name
            graded = Path(
                self.coursedir.format_path(
                    self.coursedir.autograded_directory, student, self.coursedir.assignment_id
                ),
                Path(html).stem + ".ipynb",
            )
            if (
                Path(html).stem not in notebooks
                or Path(html).name in withheld
                or not stat.S_ISREG(os.lstat(html).st_mode)
                or not graded.is_file()
                or graded.is_symlink()
            ):
                self.log.warning("Not released: %s", html)
                os.replace(html, html + ".withheld")
        super().copy_files()
