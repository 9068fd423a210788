"""The hand-in on a JupyterHub: an exchange whose identity comes from the hub, not a Unix uid.

nbgrader's filesystem exchange trusts a shared, world-writable folder and the files a student
owns in it (a forged `timestamp.txt`, a folder in another's name, a bad folder name that stops
`collect`). Here no student writes anywhere shared:

- `service`: a JupyterHub service, run as the grader, that alone writes the store. It learns
  who calls from the caller's hub token, accepts a hand-in only from the roster (hub group
  `nbgrader-<course>`), checks the archive, stamps the time itself and enforces quotas.
- `store`: the store, nbgrader's own exchange layout (`<course>/outbound`, `inbound`,
  `feedback`) in a folder only the grader can read (0700). The grader's nbgrader (release,
  collect, release_feedback) works on it directly, as on any exchange root.
- `archive`: packing a folder and checking an uploaded archive (no links, no traversal,
  bounded size and count).
- `client`: nbgrader's exchange classes for the student's side (`c.ExchangeFactory.list`,
  `fetch_assignment`, `submit`, `fetch_feedback`): they mirror what the service gives this
  student into a private folder and run nbgrader's own code on it, so the Assignments tab and
  `nbgrader fetch_assignment/submit/fetch_feedback/list` work unchanged.
"""
