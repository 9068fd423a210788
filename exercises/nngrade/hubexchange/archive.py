"""Folders as gzipped tar archives, and the checks an uploaded archive must pass.

`pack(folder) -> bytes`; `unpack(data, dest, limits)` extracts into the new folder `dest`
or raises `Refused` with a message for the student, before anything is written.
"""

from __future__ import annotations

import io
import os
import tarfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


class Refused(Exception):
    """A hand-in that is refused; the message is said to the student and the instructor."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int  # the archive, and the sum of its files once unpacked
    max_files: int


def pack(folder: str | os.PathLike) -> bytes:
    """Regular files and folders under `folder` (symlinks and special files left out)."""
    buf = io.BytesIO()
    root = Path(folder)
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for path in sorted(root.rglob("*")):
            if path.is_symlink() or not (path.is_file() or path.is_dir()):
                continue
            tar.add(path, arcname=path.relative_to(root).as_posix(), recursive=False)
    return buf.getvalue()


def check_member(member: tarfile.TarInfo) -> None:
    name = PurePosixPath(member.name)
    if name.is_absolute() or ".." in name.parts or not name.parts or "\\" in member.name:
        raise Refused(f"the archive names a path outside the assignment: {member.name[:100]!r}")
    if not (member.isreg() or member.isdir()):
        kind = "a link" if member.issym() or member.islnk() else "a special file"
        raise Refused(f"{member.name[:100]!r} is {kind}; only files and folders are accepted")


def unpack(data: bytes, dest: str | os.PathLike, limits: Limits) -> int:
    """Check every entry of the archive `data`, then extract it into `dest` (created).
    Returns the bytes unpacked."""
    if len(data) > limits.max_bytes:
        raise Refused(too_big(len(data), limits))
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            members, total = [], 0
            for member in tar:  # headers only: nothing is extracted before all are checked
                check_member(member)
                members.append(member)
                total += member.size
                if len(members) > limits.max_files:
                    raise Refused(f"more than {limits.max_files} files and folders")
                if total > limits.max_bytes:
                    raise Refused(too_big(total, limits))
            Path(dest).mkdir(mode=0o700)
            tar.extractall(dest, members=members, filter="data")
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise Refused(f"not a valid archive ({type(exc).__name__})") from None
    return total


def too_big(size: int, limits: Limits) -> str:
    return f"too big: {size / 1e6:.1f} MB, the limit is {limits.max_bytes / 1e6:.1f} MB"
