"""Grading machinery of the nn-backprop course: what runs on the instructor's side.

- `answers`: the answer key, the hidden inputs and the mistake diagnoses (pure Python).
- `receipt`: the few lines that hidden test cells run in the student's kernel to record answers.
- `preprocessors`: nbgrader preprocessors (verification, kernel-death handling, output cap,
  feedback without hidden tests).
- `preflight`: checks and repairs of a submission before it is graded.
- `batch`: per-student, parallel, crash-proof autograde with a merge into the gradebook.
- `sandbox`: the bubblewrap sandbox every grading kernel runs in (any user, any path).
- `exchange`, `gradesum`, `sanitize`: collect and release without following symlinks,
  the grades checksum verified before export, and student markup made inert.
"""
