"""The hand-in store and its archive checks, without a hub: real archives, hostile ones too.

What the hand-in service does with an upload once the hub has said who sent it
(nngrade/hubexchange/store.py); the whole path through a real hub is in test_term.py.
"""

from __future__ import annotations

import io
import sys
import tarfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "exercises"))
from nngrade.hubexchange import store  # noqa: E402
from nngrade.hubexchange.archive import Limits, Refused, pack  # noqa: E402

COURSE, ASSIGNMENT = "c1", "hw"


def archive(entries: list[tuple[tarfile.TarInfo, bytes | None]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for info, data in entries:
            if data is not None:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


def file(name: str, data: bytes = b"{}") -> tuple[tarfile.TarInfo, bytes]:
    return tarfile.TarInfo(name), data


def link(name: str, target: str, kind=tarfile.SYMTYPE) -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, target
    return info, None


@pytest.fixture
def hand_in(tmp_path):
    store.make(tmp_path / "store", COURSE)
    (tmp_path / "store" / COURSE / "outbound" / ASSIGNMENT).mkdir()
    quotas = store.Quotas(Limits(max_bytes=200_000, max_files=5), 350_000, 10**9)
    return store.Store(tmp_path / "store", quotas)


def test_an_honest_hand_in_is_filed_with_the_service_time(hand_in, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "a.ipynb").write_text("{}")
    (work / "timestamp.txt").write_text("2000-01-01 00:00:00.000000 UTC")  # a forged time
    (work / "escape").symlink_to("/etc/passwd")  # pack leaves links out
    before = time.time()
    filed = hand_in.submit(COURSE, ASSIGNMENT, "ann", pack(work))
    (folder,) = hand_in.submissions(COURSE, "ann")
    assert folder.name.startswith(f"ann+{ASSIGNMENT}+{filed['timestamp']}+")
    assert (folder / "timestamp.txt").read_text() == filed["timestamp"]
    stamp = store.datetime.strptime(filed["timestamp"], store.TIME_FORMAT)
    assert abs(stamp.replace(tzinfo=store.UTC).timestamp() - before) < 5
    assert (folder / "submission_secret.txt").read_text() == filed["secret"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "a.ipynb",
        "submission_secret.txt",
        "timestamp.txt",
    ]


@pytest.mark.parametrize(
    "entries, message",
    [
        ([file("../../outbound/hw/a.ipynb")], "outside the assignment"),
        ([file("/etc/cron.d/x")], "outside the assignment"),
        ([link("a.ipynb", "/etc/passwd")], "is a link"),
        ([file("a.ipynb"), link("b.ipynb", "a.ipynb", tarfile.LNKTYPE)], "is a link"),
        ([(tarfile.TarInfo("fifo"), None)], None),  # set below: a FIFO
        ([file(f"f{i}") for i in range(6)], "more than 5 files"),
        ([file("big", bytes(250_000))], "too big"),
    ],
)
def test_hostile_archives_are_refused_and_leave_nothing(hand_in, entries, message):
    if message is None:
        entries[0][0].type, message = tarfile.FIFOTYPE, "special file"
    with pytest.raises(Refused, match=message):
        hand_in.submit(COURSE, ASSIGNMENT, "mal", archive(entries))
    inbound = hand_in.root / COURSE / "inbound"
    assert list(inbound.iterdir()) == []


def test_garbage_unreleased_names_and_quota_are_refused(hand_in):
    with pytest.raises(Refused, match="not a valid archive"):
        hand_in.submit(COURSE, ASSIGNMENT, "mal", b"\x1f\x8b not really gzip")
    with pytest.raises(Refused, match="not an assignment released"):
        hand_in.submit(COURSE, "secret-exam", "mal", archive([file("a.ipynb")]))
    for bad in ("../x", "a+b", "-rf", ""):
        with pytest.raises(Refused, match="not a valid name"):
            hand_in.submit(COURSE, ASSIGNMENT, bad, archive([file("a.ipynb")]))
    import os

    noise = archive([file("n1", os.urandom(150_000))])
    hand_in.submit(COURSE, ASSIGNMENT, "mal", noise)
    hand_in.submit(COURSE, ASSIGNMENT, "mal", noise)
    with pytest.raises(Refused, match="quota: your hand-ins"):
        hand_in.submit(COURSE, ASSIGNMENT, "mal", noise)
    hand_in.submit(COURSE, ASSIGNMENT, "ann", noise)  # another student's quota is their own


def test_refusals_are_recorded_for_collect(hand_in):
    hand_in.refuse(COURSE, "mal", ASSIGNMENT, "too big")
    hand_in.refuse("no-such-course", "mal", ASSIGNMENT, "no course")
    seen = store.refusals(hand_in.root, COURSE)
    assert [(r["user"], r["reason"]) for r in seen] == [("mal", "too big"), ("mal", "no course")]


def test_feedback_goes_only_to_its_student(hand_in):
    from nbgrader.utils import notebook_hash

    ann = hand_in.submit(COURSE, ASSIGNMENT, "ann", archive([file("a.ipynb")]))
    hand_in.submit(COURSE, ASSIGNMENT, "bob", archive([file("a.ipynb")]))
    page = notebook_hash(secret=ann["secret"], notebook_id="a")
    (hand_in.root / COURSE / "feedback" / f"{page}.html").write_text("<p>ann</p>")
    names = lambda data: tarfile.open(fileobj=io.BytesIO(data)).getnames()  # noqa: E731
    assert names(hand_in.feedback(COURSE, "ann")) == [f"{page}.html"]
    assert names(hand_in.feedback(COURSE, "bob")) == []
