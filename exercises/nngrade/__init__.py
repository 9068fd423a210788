"""Grading machinery of the course: what runs on the instructor's side. It names no
assignment; each one is a folder `<course>/<assignment>/` with a manifest.

- `manifest`: reads an assignment's `manifest.toml` (notebooks, points, hidden inputs, leak
  markers) and imports its answer key.
- `checks`: what answer keys are made of (readers of recorded answers, named mistakes, `Key`).
- `build`: the source notebooks from an assignment's readable authoring files.
- `solutions`: the instructor's solution cells, for generating test submissions.
- `receipt`: the few lines that hidden test cells run in the student's kernel to record answers.
- `preprocessors`: nbgrader preprocessors (verification, kernel-death handling, output cap,
  feedback without hidden tests).
- `preflight`: checks and repairs of a submission before it is graded.
- `batch`: per-student, parallel, crash-proof autograde with a merge into the gradebook.
- `sandbox`: the bubblewrap sandbox every grading kernel runs in (any user, any path).
- `exchange`, `gradesum`, `sanitize`: collect and release without following symlinks,
  the grades checksum verified before export, and student markup made inert.
"""
