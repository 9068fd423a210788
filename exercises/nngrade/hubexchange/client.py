"""nbgrader's exchange classes for a student on the hub: every transfer goes through the
hand-in service, with the hub token of the student's server ($JUPYTERHUB_API_TOKEN).

Configured in the hub's site-wide nbgrader config (deploy/hub/jupyter/common):

    c.ExchangeFactory.list = "nngrade.hubexchange.client.HubList"   (and fetch_assignment,
    c.HubClient.service_url = "http://127.0.0.1:<port>/services/handin"   submit, fetch_feedback)

Each class first mirrors what the service gives this student (the released assignments, or
the student's own feedback pages) into a private folder laid out as nbgrader's exchange
(`<mirror>/<course>/outbound`, `feedback`), then runs nbgrader's own filesystem code on that
folder. `submit` sends an archive instead of copying to `inbound/`; the service answers with
the time it stamped, which goes into the student's cache as nbgrader's `submit` would write it.
"""

from __future__ import annotations

import io
import os
import shutil
import tarfile
import tempfile

import requests
from jupyter_core.paths import jupyter_data_dir
from nbgrader.exchange.default import (
    Exchange,
    ExchangeFetchAssignment,
    ExchangeFetchFeedback,
    ExchangeList,
    ExchangeSubmit,
)
from traitlets import Unicode, default

from .archive import pack

WHAT = {"released": "outbound", "feedback": "feedback"}


class HubClient(Exchange):
    service_url = Unicode("", help="URL of the hand-in service (nngrade.hubexchange.service)").tag(
        config=True
    )
    mirror = Unicode(help="private folder (0700) mirroring what the service gave").tag(config=True)

    @default("mirror")
    def _mirror_default(self):
        return os.path.join(jupyter_data_dir(), "nn_hub_exchange")

    def api(self, method: str, path: str, **kw) -> requests.Response:
        token = os.environ.get("JUPYTERHUB_API_TOKEN")
        if not token:
            self.fail(
                "No hub token ($JUPYTERHUB_API_TOKEN): hand in from your server on the hub "
                "(its Assignments tab, or a terminal or notebook there)."
            )
        url = f"{self.service_url.rstrip('/')}/api/{path}"
        try:
            r = requests.request(
                method, url, headers={"Authorization": f"token {token}"}, timeout=300, **kw
            )
        except requests.RequestException as exc:
            self.fail(
                f"The hand-in service did not answer ({type(exc).__name__} at {url}); "
                "tell your instructor."
            )
        if r.status_code >= 400:
            try:
                message = r.json()["message"]
            except (ValueError, KeyError, TypeError):
                message = f"HTTP {r.status_code} from the hand-in service"
            self.fail(message)
        return r

    def courses(self) -> list[str]:
        if self.coursedir.course_id:
            return [self.coursedir.course_id]
        return self.api("GET", "courses").json()["courses"]

    def sync(self, course: str, what: str) -> None:
        """Replace <mirror>/<course>/<outbound|feedback> with the service's archive."""
        data = self.api("GET", f"courses/{course}/{what}").content
        folder = os.path.join(self.mirror, course)
        os.makedirs(folder, exist_ok=True)
        new = tempfile.mkdtemp(dir=folder, prefix=".new-")
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            tar.extractall(new, filter="data")
        dest = os.path.join(folder, WHAT[what])
        shutil.rmtree(dest, ignore_errors=True)
        os.rename(new, dest)
        os.chmod(dest, 0o700)

    def sync_all(self) -> None:
        raise NotImplementedError

    def start(self):
        os.makedirs(self.mirror, mode=0o700, exist_ok=True)
        os.chmod(self.mirror, 0o700)
        self.root = self.mirror
        self.sync_all()
        return super().start()


class HubList(HubClient, ExchangeList):
    def sync_all(self):
        courses = self.courses()
        what = "feedback" if (self.cached or self.inbound) else "released"
        for course in courses:
            self.sync(course, what)
        if not self.coursedir.course_id:  # courses the student left are gone from the list
            for stale in set(os.listdir(self.mirror)) - set(courses):
                shutil.rmtree(os.path.join(self.mirror, stale), ignore_errors=True)


class HubFetchAssignment(HubClient, ExchangeFetchAssignment):
    def sync_all(self):
        if not self.coursedir.course_id:
            self.fail("No course id specified. Re-run with --course flag.")
        self.sync(self.coursedir.course_id, "released")


class HubFetchFeedback(HubClient, ExchangeFetchFeedback):
    def sync_all(self):
        if not self.coursedir.course_id:
            self.fail("No course id specified. Re-run with --course flag.")
        self.sync(self.coursedir.course_id, "feedback")


class HubSubmit(HubClient, ExchangeSubmit):
    """The hand-in goes to the service, which files it under the hub user it knows from the
    token and stamps the time: `--student` names nobody here."""

    def sync_all(self):
        if not self.coursedir.course_id:
            self.fail("No course id specified. Re-run with --course flag.")
        self.sync(self.coursedir.course_id, "released")

    def init_dest(self):
        if self.coursedir.student_id not in ("", "*"):
            self.log.warning("--student is ignored: the hub files a hand-in under your own name")
        self.cache_path = os.path.join(self.cache, self.coursedir.course_id)

    def copy_files(self):
        self.init_release()
        self.check_filename_diff()
        course, assignment = self.coursedir.course_id, self.coursedir.assignment_id
        with tempfile.TemporaryDirectory() as tmp:
            staged = os.path.join(tmp, assignment)
            self.do_copy(self.src_path, staged)  # nbgrader's ignore patterns and size limits
            data = pack(staged)
        self.log.info("Source: %s (%.2f MB packed)", self.src_path, len(data) / 1e6)
        filed = self.api("POST", f"courses/{course}/assignments/{assignment}", data=data).json()
        self.timestamp = filed["timestamp"]
        cache_path = os.path.join(
            self.cache_path, f"{filed['student']}+{assignment}+{self.timestamp}"
        )
        os.makedirs(self.cache_path, exist_ok=True)
        self.do_copy(self.src_path, cache_path)
        for name, text in (
            ("timestamp.txt", self.timestamp),
            ("submission_secret.txt", filed["secret"]),
        ):
            with open(os.path.join(cache_path, name), "w") as fh:
                fh.write(text)
        self.log.info("Submitted as: %s %s %s", course, assignment, self.timestamp)
