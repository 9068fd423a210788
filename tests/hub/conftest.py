"""The hub tests' phase timings, printed in pytest's summary (also without -s)."""

from __future__ import annotations

import pytest

TIMINGS_KEY = pytest.StashKey[dict]()


def pytest_configure(config):
    config.stash[TIMINGS_KEY] = {}


def pytest_terminal_summary(terminalreporter, config):
    timings = config.stash.get(TIMINGS_KEY, {})
    if timings:
        terminalreporter.section("hub timings")
        for phase, seconds in timings.items():
            terminalreporter.write_line(f"{seconds:7.1f} s  {phase}")


@pytest.fixture(scope="session")
def timings(request) -> dict[str, float]:
    """Phase name -> seconds; shown at the end of the run."""
    return request.config.stash[TIMINGS_KEY]
