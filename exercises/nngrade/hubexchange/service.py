"""The hand-in service: a JupyterHub service, run as the grader, the only writer of the store.

    python -m nngrade.hubexchange.service --store DIR --port N [limits]   (jupyterhub_config.py)

Every request carries a hub token (`Authorization: token ...`, the student's server has one in
$JUPYTERHUB_API_TOKEN); the hub says whose it is and their groups (HubAuth). Under
$JUPYTERHUB_SERVICE_PREFIX:

    GET  api/courses                               the caller's courses (groups nbgrader-<c>)
    GET  api/courses/<c>/released                  outbound/ as a tar.gz
    POST api/courses/<c>/assignments/<a>           a hand-in (tar.gz body) -> {timestamp, ...}
    GET  api/courses/<c>/feedback                  the caller's own feedback pages, tar.gz

A refused hand-in answers 4xx with {"message": ...} and is recorded in the store for the
instructor (`collect` prints it). Only the roster of a course (hub group `nbgrader-<c>`) may
fetch from it or hand in.
"""

from __future__ import annotations

import argparse
import json
import logging
import os

from jupyterhub.services.auth import HubAuth
from jupyterhub.utils import url_path_join
from tornado import httpserver, ioloop, web
from tornado.log import app_log

from .archive import Limits, Refused
from .store import Quotas, Store

MB = 1_000_000


def roster_group(course: str) -> str:
    return f"nbgrader-{course}"


class Base(web.RequestHandler):
    @property
    def store(self) -> Store:
        return self.settings["store"]

    def write_error(self, status_code, **kw):
        exc = kw.get("exc_info", (None, None))[1]
        message = exc.log_message if isinstance(exc, web.HTTPError) else "internal error"
        self.finish({"message": message or self._reason})

    async def caller(self) -> dict:
        """The hub's model of the token's owner (name, kind, groups), or 403."""
        header = self.request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() not in ("token", "bearer") or not token:
            raise web.HTTPError(403, "no hub token: use the hand-in from your hub server")
        model = await self.settings["hub_auth"].user_for_token(token.strip(), sync=False)
        if not model or model.get("kind") != "user":
            raise web.HTTPError(403, "this hub token does not belong to a user")
        if "groups" not in model:
            raise web.HTTPError(403, "this hub token may not read its groups (read:users:groups)")
        return model

    async def student_of(self, course: str) -> str:
        model = await self.caller()
        if roster_group(course) not in model["groups"]:
            raise web.HTTPError(403, f"{model['name']} is not on the roster of {course}")
        try:
            self.store.course(course)
        except (LookupError, Refused) as exc:
            raise web.HTTPError(404, str(exc)) from None
        return model["name"]

    def send_archive(self, data: bytes) -> None:
        self.set_header("Content-Type", "application/gzip")
        self.finish(data)


class Courses(Base):
    async def get(self):
        groups = set((await self.caller())["groups"])
        self.finish({"courses": [c for c in self.store.courses() if roster_group(c) in groups]})


class Released(Base):
    async def get(self, course):
        await self.student_of(course)
        self.send_archive(self.store.released(course))


class Feedback(Base):
    async def get(self, course):
        self.send_archive(self.store.feedback(course, await self.student_of(course)))


@web.stream_request_body
class Submit(Base):
    """The body is read in chunks and kept only up to the upload limit: a huge upload costs no
    memory and no disk, and is refused (and recorded) like any other."""

    def prepare(self):
        self.chunks, self.size = [], 0

    def data_received(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size <= self.store.quotas.upload.max_bytes:
            self.chunks.append(chunk)

    async def post(self, course, assignment):
        model = await self.caller()
        name = model["name"]
        try:
            if roster_group(course) not in model["groups"]:
                raise Refused(f"{name} is not on the roster of {course}")
            limits = self.store.quotas.upload
            if self.size > limits.max_bytes:
                raise Refused(
                    f"too big: {self.size / MB:.1f} MB, the limit is {limits.max_bytes / MB:.1f} MB"
                )
            filed = self.store.submit(course, assignment, name, b"".join(self.chunks))
        except (Refused, LookupError) as exc:
            reason = str(exc)
            self.store.refuse(course, name, assignment, reason)
            app_log.warning("refused %s's hand-in of %s/%s: %s", name, course, assignment, reason)
            self.set_status(404 if isinstance(exc, LookupError) else 400)
            self.finish({"message": f"Hand-in refused: {reason}"})
            return
        app_log.info("%s handed in %s/%s at %s", name, course, assignment, filed["timestamp"])
        self.finish(filed)


def make_app(store: Store, prefix: str) -> web.Application:
    seg = r"([^/]+)"
    api = url_path_join(prefix, "api")
    return web.Application(
        [
            (url_path_join(api, "courses"), Courses),
            (url_path_join(api, "courses", seg, "released"), Released),
            (url_path_join(api, "courses", seg, "feedback"), Feedback),
            (url_path_join(api, "courses", seg, "assignments", seg), Submit),
        ],
        store=store,
        hub_auth=HubAuth(cache_max_age=60),
    )


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--store", required=True, help="the store folder (0700, the grader's)")
    p.add_argument("--ip", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--max-upload-mb", type=float, default=20)
    p.add_argument("--max-files", type=int, default=200)
    p.add_argument("--student-quota-mb", type=float, default=100)
    p.add_argument("--course-quota-mb", type=float, default=5000)
    ns = p.parse_args(argv)
    quotas = Quotas(
        upload=Limits(max_bytes=int(ns.max_upload_mb * MB), max_files=ns.max_files),
        student_bytes=int(ns.student_quota_mb * MB),
        course_bytes=int(ns.course_quota_mb * MB),
    )
    os.umask(0o077)
    logging.basicConfig(level=logging.INFO, format="[handin %(asctime)s] %(message)s")
    prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/")
    app = make_app(Store(ns.store, quotas), prefix)
    # bodies past the upload limit are read and dropped (Submit); past 1 GB the connection is cut
    server = httpserver.HTTPServer(app, max_body_size=2**30)
    server.listen(ns.port, ns.ip)
    print(json.dumps({"hand-in service": prefix, "store": ns.store, "port": ns.port}), flush=True)
    ioloop.IOLoop.current().start()


if __name__ == "__main__":
    main()
