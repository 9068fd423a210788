"""Whose numbers a kernel draws: the student id rules of the shipped module, and the id the
grading sandbox hands its kernel (the caller's, else the grader process's own), with real
bubblewrap kernels."""

from __future__ import annotations

import asyncio
import hashlib
import os

import pytest
from nngrade import instant_feedback, sandbox

STUDENT_ENV = instant_feedback.STUDENT_ENV


@pytest.fixture
def no_id(monkeypatch, tmp_path):
    for name in (STUDENT_ENV, "JUPYTERHUB_USER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(tmp_path / "site"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "0")
    return tmp_path


def test_the_id_comes_from_the_grader_then_the_hub_then_an_exchange_machine(no_id, monkeypatch):
    import jupyter_core.paths

    monkeypatch.setattr(jupyter_core.paths, "SYSTEM_CONFIG_PATH", [])  # this machine's own
    monkeypatch.setattr(jupyter_core.paths, "ENV_CONFIG_PATH", [])
    assert instant_feedback.student_id() == ""  # self-study: the public numbers
    (no_id / "jupyter").mkdir()
    (no_id / "jupyter" / "nbgrader_config.py").write_text("c = get_config()\n")
    import pwd

    assert instant_feedback.student_id() == pwd.getpwuid(os.getuid()).pw_name
    monkeypatch.setenv("JUPYTERHUB_USER", "hubuser")
    assert instant_feedback.student_id() == "hubuser"
    monkeypatch.setenv(STUDENT_ENV, "graded")
    assert instant_feedback.student_id() == "graded"
    monkeypatch.setenv(STUDENT_ENV, "")
    assert instant_feedback.student_id() == ""  # set but empty: the public numbers


def test_the_variant_is_a_stable_hash_of_assignment_and_id():
    digest = int(hashlib.sha256(b"backprop:alice").hexdigest(), 16)
    assert instant_feedback.variant_index("backprop", "alice", 64) == digest % 64
    assert instant_feedback.variant_index("backprop", "", 64) is None
    assert instant_feedback.variant_index("backprop", "alice", 0) is None
    indices = {instant_feedback.variant_index("backprop", f"s{i}", 64) for i in range(400)}
    assert len(indices) > 55  # spread over the pool


def kernel_env(**start_kw) -> dict:
    """(NNGRADE_STUDENT_ID, JUPYTERHUB_USER) as a kernel in the box sees them."""

    async def scenario():
        km = sandbox.SandboxKernelManager(kernel_name="python3", packages=["nnlib"])
        await km.start_kernel(**start_kw)
        kc = km.client()
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=60)
            seen = []
            code = (
                "import os; print(repr((os.environ.get('NNGRADE_STUDENT_ID'), "
                "os.environ.get('JUPYTERHUB_USER'))))"
            )
            await kc.execute_interactive(
                code,
                timeout=30,
                output_hook=lambda m: seen.append(m["content"].get("text", "")),
            )
            return eval("".join(seen))  # noqa: S307 - our own repr of two strings
        finally:
            kc.stop_channels()
            await km.shutdown_kernel(now=True)

    return asyncio.run(scenario())


@pytest.mark.slow
def test_the_box_gives_the_kernel_the_callers_id_never_the_graders_own(monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_USER", "instructor")
    monkeypatch.delenv(STUDENT_ENV, raising=False)
    # autograde: the submission's id, whatever the grader's process says
    assert kernel_env(env={STUDENT_ENV: "alice"}) == ("alice", None)
    assert kernel_env(env={STUDENT_ENV: ""}) == ("", None)
    # validate, run by the student: the student's own id, as their process sees it
    assert kernel_env() == ("instructor", None)
