"""A short-lived cache of GET responses (micro-caching), cleared by any write.

Pages such as the region overview read a whole region's slice of the store; caching the
rendered response for a few seconds lets many readers share one computation.  Any request
other than GET/HEAD that reaches this process empties the cache, so a writer sees its own
change at once; other worker processes see it after at most ``ttl`` seconds.

Only one request per URL computes a missing response while the others wait for it, and an
expired response is served to others while one request refreshes it, so a popular page
never sends every reader to the database at once.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

Entry = tuple[float, int, list[tuple[bytes, bytes]], bytes]


class ResponseCache:
    """ASGI middleware caching successful GET responses for ``ttl`` seconds (LRU bounded)."""

    def __init__(self, app: ASGIApp, ttl: float = 5.0, size: int = 2048) -> None:
        self.app = app
        self.ttl = ttl
        self.size = size
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.lock = threading.Lock()
        self.computing: dict[str, asyncio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.ttl <= 0:
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            self.clear()
            await self.app(scope, receive, send)
            return
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        entry = self._get(key)
        busy = self.computing.get(key)
        if entry is not None and (entry[0] >= time.monotonic() or busy is not None):
            await self._replay(entry, send)  # fresh, or stale while another refreshes it
            return
        if busy is not None:
            await busy.wait()
            entry = self._get(key)
            if entry is not None:
                await self._replay(entry, send)
                return
        done = self.computing.setdefault(key, asyncio.Event())
        try:
            await self._record(key, scope, receive, send)
        finally:
            self.computing.pop(key, None)
            done.set()

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()

    def _get(self, key: str) -> Entry | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def _put(self, key: str, entry: Entry) -> None:
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    @staticmethod
    async def _replay(entry: Entry, send: Send) -> None:
        _, status, headers, body = entry
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _record(self, key: str, scope: Scope, receive: Receive, send: Send) -> None:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and start.get("status") == 200:
                    headers = list(start.get("headers", []))
                    self._put(key, (time.monotonic() + self.ttl, 200, headers, b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)
