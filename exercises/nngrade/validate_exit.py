"""`nbgrader validate` that exits with status 1 when a notebook does not pass.

nbgrader 0.9's `nbgrader validate` prints "VALIDATION FAILED ON n CELL(S)!" (or that a test
cell was changed) and still exits 0, so a script, a Makefile or CI cannot tell a wrong
notebook from a right one. `install()`, called from an nbgrader_config.py, turns the running
`nbgrader validate` into `StrictValidateApp`: the same output, then exit status 1 when any
notebook failed a test, had a test cell edited or a cell's type changed, or when a name given
matches no file. In every other process that loads the config (autograde, formgrader, the
Jupyter server behind the Validate button) it does nothing: the button reads the verdict from
nbgrader's results, not from an exit status, and a server must never exit.
"""

from __future__ import annotations

import glob
import os
import traceback

from nbgrader import utils
from nbgrader.apps.validateapp import ValidateApp
from nbgrader.validator import Validator

FAILED = 1


def did_not_pass(results: dict, invert: bool = False) -> bool:
    """Whether nbgrader's `Validator.validate` results say the notebook did not pass."""
    verdicts = ("type_changed", "changed", "passed" if invert else "failed")
    return any(results.get(key) for key in verdicts)


class VerdictValidator(Validator):
    """nbgrader's Validator, keeping the names of the notebooks that did not pass, with the
    kernel started in the notebook's folder."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.not_passed: list[str] = []

    def validate(self, filename: str) -> dict:
        results = super().validate(filename)
        if did_not_pass(results, self.invert):
            self.not_passed.append(filename)
        return results

    def _preprocess(self, nb):
        # nbgrader's runs with no folder for the kernel: the sandbox's kernel then gets none of
        # the notebook's files (instant_feedback.py). `validate` has chdir'd to the notebook.
        resources = {"metadata": {"path": os.getcwd()}}
        with utils.setenv(NBGRADER_VALIDATING="1", NBGRADER_EXECUTION="validate"):
            for preprocessor in self.preprocessors:
                nb, resources = preprocessor(parent=self).preprocess(nb, resources)
        return nb


class StrictValidateApp(ValidateApp):
    """`nbgrader validate`, exiting with status 1 when a notebook does not pass."""

    def start(self) -> None:
        if not self.extra_args:
            self.fail("Must provide path to notebook:\nnbgrader validate NOTEBOOK")
        validator = VerdictValidator(parent=self)
        matches = {pattern: glob.glob(pattern) for pattern in self.extra_args}
        for filenames in matches.values():
            for filename in filenames:
                try:
                    validator.validate_and_print(filename)
                except Exception:  # nbgrader's own handling: log it and exit 1
                    self.log.error(traceback.format_exc())
                    self.fail(f"nbgrader could not validate '{filename}'")
        unmatched = [pattern for pattern, filenames in matches.items() if not filenames]
        for pattern in unmatched:
            self.log.error("No notebook matches '%s'", pattern)
        if validator.not_passed or unmatched:
            self.exit(FAILED)


def install() -> None:
    """If this process is `nbgrader validate`, make it exit 1 when a notebook does not pass.

    nbgrader creates the ValidateApp before it loads the config files, so the running app is
    already there; it gets this module's `start`. Calling it twice (nbgrader loads a course's
    config from the working folder and from the course root) changes nothing."""
    running = getattr(ValidateApp, "_instance", None)  # another app's, when not validating
    if type(running) is ValidateApp:
        running.__class__ = StrictValidateApp
