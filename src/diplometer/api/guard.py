"""A pure ASGI middleware in front of the app: request size limit and security headers.

- A request body larger than `max_body` bytes gets 413 before the app sees it, whether the
  client declared its length or streams it in chunks.
- Every response carries `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` and
  `X-Frame-Options: DENY`; everything but the interactive API docs (which load their own
  scripts) also carries a Content-Security-Policy that allows scripts, styles and data only
  from the same origin, so no inline script can run even if text were ever injected.
- No CORS headers are sent: other origins cannot read the API from a browser.
"""
from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY = 12 * 1024 * 1024  # a 10 MB article plus its JSON envelope
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
_COMMON = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
           (b"x-frame-options", b"DENY")]
_DOCS = ("/docs", "/redoc")


class Guard:
    def __init__(self, app: App, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body:
            await self._too_large(send)
            return
        extra = _COMMON + ([] if scope["path"].startswith(_DOCS) else [(b"content-security-policy", CSP.encode())])
        received = 0
        started = refused = False

        async def counted_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body and not refused:
                    refused = True
                    if not started:
                        await self._too_large(send)
                    return {"type": "http.disconnect"}  # the app stops reading; its reply is dropped
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = list(message.get("headers") or []) + extra
            await send(message)

        await self.app(scope, counted_receive, send_with_headers)

    async def _too_large(self, send: Send) -> None:
        body = json.dumps({"detail": f"request body larger than {self.max_body} bytes; send a smaller article"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                *_COMMON]})
        await send({"type": "http.response.body", "body": body})
