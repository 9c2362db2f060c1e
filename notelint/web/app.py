"""The pre-send page's HTTP app (Starlette): the page, ``POST /api/lint``, ``GET /api/rules``.

One linter per process, warmed up at start in its own worker thread; every
lint runs in that same thread, one at a time, so the event loop stays free and
the engine is never used from two threads at once. Nothing a user writes is
stored or logged: the app keeps counts only.

For several workers behind a proxy, run the factory::

    uvicorn --factory notelint.web.app:create_app --workers 4 --no-access-log

Settings for the factory come from the environment (see docs/web.md):
``NOTELINT_WEB_CONFIG``, ``NOTELINT_WEB_MAX_BODY`` and
``NOTELINT_WEB_ALLOWED_HOSTS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

logger = logging.getLogger("notelint.web")

STATIC = Path(__file__).with_name("static")
DEFAULT_MAX_BODY = 200 * 1024
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]", "::1")

#: The request's keys: name -> (accepted JSON types, what to say when the type is wrong)
FIELDS: dict[str, tuple[tuple[type, ...], str]] = {
    "text": ((str,), "a string"),
    "interview": ((str, type(None)), "a date string or null"),
    "sent": ((str, type(None)), "a date string or null"),
    "interviewer": ((str, type(None)), "a string or null"),
    "company": ((str, type(None)), "a string or null"),
    "role": ((str, type(None)), "a string or null"),
    "template": ((bool, type(None)), "true or false"),
    "lang": ((str, type(None)), '"auto", "en" or "de"'),
    "path": ((str, type(None)), "a file name or null"),
}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
METADATA_FIELDS = ("interview", "sent", "interviewer", "company", "role", "template")

#: Sent with every response: the page loads nothing from anywhere else.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


class BadRequest(Exception):
    """A request notelint cannot answer; the message is one line for the user."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class LintRequest:
    text: str
    path: str | None
    lang: str | None  # None: detect
    metadata: dict[str, Any]


def parse_request(payload: Any) -> LintRequest:
    """Check a decoded JSON body; raises BadRequest naming the field."""
    if not isinstance(payload, dict):
        raise BadRequest("the body must be a JSON object like {\"text\": \"Dear Ms. Lee, ...\"}")
    unknown = sorted(set(payload) - set(FIELDS))
    if unknown:
        raise BadRequest(f"unknown field {unknown[0]!r} (known: {', '.join(FIELDS)})")
    if "text" not in payload:
        raise BadRequest("text: missing (the note to check)")
    for key, value in payload.items():
        types, wanted = FIELDS[key]
        if not isinstance(value, types):
            raise BadRequest(f"{key}: must be {wanted}, not {json.dumps(value)[:40]}")
        if isinstance(value, str):  # a lone surrogate cannot be answered in UTF-8; one for one keeps offsets
            payload[key] = _LONE_SURROGATE.sub("\ufffd", value)
    lang = (payload.get("lang") or "auto").strip().lower()
    if lang not in ("auto", "en", "de"):
        raise BadRequest(f"lang: must be auto, en or de, not {payload['lang']!r}")
    metadata = {}
    for key in METADATA_FIELDS:
        value = payload.get(key)
        if isinstance(value, str):
            value = value.strip() or None  # an empty form field means "not given"
        if value is not None and value is not False:
            metadata[key] = value
    return LintRequest(payload["text"], payload.get("path") or None, None if lang == "auto" else lang, metadata)


class Service:
    """The warm linter and its one worker thread, plus the counts the app keeps."""

    def __init__(self, config_path: str | None = None):
        from ..config import Finder

        self.config = Finder(config_path).for_path(None)  # raises ConfigError
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="notelint-lint")
        self.ready = threading.Event()
        self.counts = {"checked": 0, "refused": 0}
        self._linter = None

    def start(self) -> None:
        """Load the rules and both pipelines in the worker thread (returns at once)."""
        self.executor.submit(self._warm_up)

    def _warm_up(self) -> None:
        from .. import pipeline
        from ..linter import Linter

        try:
            self._linter = Linter()
            self._linter.rules_for(self.config)
            for lang in ("en", "de"):
                pipeline.get(lang, self.config.model if lang == "en" else pipeline.BLANK)
            self.lint(LintRequest("Dear Ms. Lee,\n\nThank you for the interview.\n\nBest regards,\nAna", None, None, {}))
        except Exception as exc:  # the first real lint will say what is wrong
            logger.warning("warm-up failed: %s", exc)
        finally:
            self.ready.set()

    def lint(self, request: LintRequest) -> dict:
        """The ``--format json`` document for one note (call in the worker thread only)."""
        from ..linter import Linter, prepare_text
        from ..note import Metadata, MetadataError
        from ..reporters import ReportContext
        from ..reporters.json_format import document

        try:
            overrides = Metadata.from_mapping(request.metadata, "request") if request.metadata else None
        except MetadataError as exc:
            raise BadRequest(str(exc).removeprefix("request: ")) from None
        if self._linter is None:
            self._linter = Linter()
        result = prepare_text(request.text, request.path, self.config, overrides, request.lang)
        self._linter.run([(result, self.config)])
        return document([result], ReportContext(message_lang="auto"))

    def timed_lint(self, request: LintRequest) -> tuple[dict, float]:
        started = time.perf_counter()
        doc = self.lint(request)
        return doc, time.perf_counter() - started

    def rules(self) -> list[dict]:
        from ..registry import all_rules

        return [
            {
                "code": rule.code,
                "name": rule.name,
                "severity": rule.severity.value,
                "languages": sorted(rule.languages),
                "summary": rule.summary,
                "doc": rule.doc,
            }
            for rule in [*all_rules().values(), *self.config.house_rules]
        ]

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def error(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing more than ``limit`` bytes without reading it all."""
    too_large = BadRequest(f"the request is larger than {limit // 1024} KB; a thank-you note is far shorter", 413)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)


async def lint_endpoint(request: Request) -> Response:
    service: Service = request.app.state.service
    try:
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            raise BadRequest("send the note as JSON with Content-Type: application/json", 415)
        body = await read_body(request, request.app.state.max_body)
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            raise BadRequest(f"the body is not valid JSON: {str(exc).splitlines()[0][:120]}") from None
        lint_request = parse_request(payload)
        loop = asyncio.get_running_loop()
        doc, seconds = await loop.run_in_executor(service.executor, service.timed_lint, lint_request)
    except BadRequest as exc:
        service.counts["refused"] += 1
        return error(str(exc), exc.status)
    service.counts["checked"] += 1
    # The engine's share of the wait, for the browser's developer tools and benchmarks/web_latency.py.
    return JSONResponse(doc, headers={"Server-Timing": f"lint;dur={seconds * 1000:.1f}"})


async def rules_endpoint(request: Request) -> Response:
    return JSONResponse({"rules": request.app.state.rules})


async def status_endpoint(request: Request) -> Response:
    """Whether the pipelines are loaded, and how many notes this process has checked."""
    from .. import __version__

    service: Service = request.app.state.service
    return JSONResponse({"ready": service.ready.is_set(), "version": __version__, **service.counts})


async def page(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


async def not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    if request.url.path.startswith("/api/"):
        if status == 405:
            allowed = (getattr(exc, "headers", None) or {}).get("Allow", "another method")
            return error(f"{request.method} is not allowed for {request.url.path} (use {allowed})", status)
        return error(f"no such endpoint: {request.method} {request.url.path} (see docs/web.md)", status)
    return Response("Not found", status_code=status, media_type="text/plain")


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every HTTP response (a plain ASGI wrapper)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _env_hosts() -> list[str]:
    raw = os.environ.get("NOTELINT_WEB_ALLOWED_HOSTS", "*")
    return [h.strip() for h in raw.split(",") if h.strip()] or ["*"]


def create_app(
    config_path: str | None = None,
    max_body: int | None = None,
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    """The app. Without arguments (uvicorn --factory), settings come from NOTELINT_WEB_* variables."""
    config_path = config_path or os.environ.get("NOTELINT_WEB_CONFIG") or None
    if max_body is None:
        max_body = int(os.environ.get("NOTELINT_WEB_MAX_BODY", DEFAULT_MAX_BODY))
    service = Service(config_path)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        service.start()
        try:
            yield
        finally:
            service.close()
            logger.info("checked %d notes, refused %d requests", service.counts["checked"], service.counts["refused"])

    app = Starlette(
        routes=[
            Route("/", page),
            Route("/api/lint", lint_endpoint, methods=["POST"]),
            Route("/api/rules", rules_endpoint),
            Route("/api/status", status_endpoint),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or _env_hosts()),
        ],
        exception_handlers={404: not_found, 405: not_found},
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.max_body = max_body
    app.state.rules = service.rules()
    return app
