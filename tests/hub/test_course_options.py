"""The course CLI's fixes for a hub: options on either side of the subcommand, the exchange
root of a site-wide nbgrader config, nbgrader's warnings kept, and forged inbound folders."""

from __future__ import annotations

import importlib.util
import os
import pwd
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def course_py():
    spec = importlib.util.spec_from_file_location("course_cli", REPO / "exercises" / "course.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "argv", [["--exchange", "/x/ex", "release"], ["release", "--exchange", "/x/ex"]]
)
def test_options_before_or_after_the_subcommand(course_py, argv, monkeypatch):
    monkeypatch.delenv("NN_BACKPROP_EXCHANGE", raising=False)
    ns = course_py.parse_args(argv)
    assert ns.exchange == Path("/x/ex") and ns.command == "release"
    assert ns.course == (REPO / "exercises").resolve()


def test_the_exchange_of_a_site_config_wins_over_the_course_folder(
    course_py, tmp_path, monkeypatch
):
    monkeypatch.delenv("NN_BACKPROP_EXCHANGE", raising=False)
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(tmp_path / "nothing"))
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(tmp_path / "empty"))
    assert course_py.parse_args(["release"]).exchange == (REPO / "exercises" / ".exchange")
    site = tmp_path / "site"
    site.mkdir()
    (site / "nbgrader_config.py").write_text("c = get_config()\nc.Exchange.root = '/srv/ex'\n")
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(site))
    assert course_py.parse_args(["release"]).exchange == Path("/srv/ex")
    monkeypatch.setenv("NN_BACKPROP_EXCHANGE", "/env/ex")
    assert course_py.parse_args(["release"]).exchange == Path("/env/ex")


def test_nbgrader_warnings_are_kept(course_py):
    stderr = (
        "[CollectApp | INFO] Collecting submission: a backprop\n"
        "[CollectApp | WARNING] \n    /ex/inbound/a+backprop+t claims to be submitted by a "
        "but is owned by m; cheating attempt?\n"
        "[CollectApp | INFO] Collecting submission: b backprop\n"
    )
    kept = course_py.nbgrader_warnings(stderr)
    assert any("cheating attempt?" in line for line in kept)
    assert not any("Collecting submission" in line for line in kept)


def test_a_folder_in_another_students_name_is_flagged_and_skipped(tmp_path):
    from nbgrader.coursedir import CourseDirectory
    from nngrade.exchange import SafeCollect

    me = pwd.getpwuid(os.getuid()).pw_name
    inbound = tmp_path / "exchange" / "c" / "inbound"
    inbound.mkdir(parents=True)
    mine = inbound / f"{me}+a+2026-01-01 10:00:00.000000 UTC"
    other = next(p.pw_name for p in pwd.getpwall() if p.pw_uid not in (0, os.getuid()))
    theirs = inbound / f"{other}+a+2026-01-02 10:00:00.000000 UTC"
    no_account = inbound / "no-such-account-here+a+2026-01-02 10:00:00.000000 UTC"
    mine.mkdir(), theirs.mkdir(), no_account.mkdir()
    collect = SafeCollect(coursedir=CourseDirectory(course_id="c", assignment_id="a"))
    assert "forged_by" not in collect._path_to_record(str(mine))
    forged = collect._path_to_record(str(theirs))
    assert forged["forged_by"] == me and forged["username"] == other
    assert forged["timestamp"] < collect._path_to_record(str(mine))["timestamp"]
    # one account submitting for several (nbgrader submit --student): collected as before
    assert "forged_by" not in collect._path_to_record(str(no_account))
