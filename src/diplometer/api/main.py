"""The FastAPI application: `create_app(db, token=...)`, served by `diplometer serve`.

OpenAPI schema at /openapi.json, interactive docs at /docs (ReDoc at /redoc). Every route is
under /api. The event list, one event, the timeline and health read the event index (see
`event_index`); the other read routes work on the cached consolidated record (see `cache`); POST and DELETE
on /api/documents need a configured token (see `dependencies.require_writer`).
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import DiplometerError
from ..store import Store
from .cache import RecordCache
from .dependencies import ApiState, configured_token
from .event_index import open_event_index
from .filters import BadQuery
from .guard import MAX_BODY, Guard
from .routers import ROUTERS
from .search_index import open_index

DESCRIPTION = """Read the consolidated diplomatic record: documents, actors, events with their evidence,
timelines, maps, networks, reports, forecasts and full-text search.

Lists are paginated with `limit` (at most 500; more is a 422, never a silent cut) and `offset`, and
report their `total`. Article text is returned as JSON strings, never as HTML: escape it when displaying.
"""


DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard"


def create_app(db: str | None = None, token: str | None = None, *, use_ner: bool = True,
               check_interval: float = 1.0, search_path: str | None = None, events_path: str | None = None,
               warm: bool = False, threads: int = 6,
               max_body: int = MAX_BODY) -> FastAPI:
    """The API over the store at `db` (path or URL; default $DIPLOMETER_DB or ./diplometer.db).

    `token` (default $DIPLOMETER_API_TOKEN) enables POST/DELETE; `use_ner=False` ingests posted
    articles without the spaCy model; `check_interval` is how often (seconds) the store is
    checked for changes; `search_path` overrides where the full-text side index lives
    (":memory:" for none on disk) and `events_path` where the event index lives (see
    `event_index`); `warm` builds the event index at startup instead of on first use;
    a request body over `max_body` bytes is refused with 413 (see `guard`).
    """
    store = Store.open(db)
    cache = RecordCache(store, check_interval)
    events = open_event_index(store, events_path, check_interval, cache.record_for)
    state = ApiState(store=store, cache=cache, events=events, search=open_index(store, search_path),
                     token=configured_token(token), use_ner=use_ner)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # a few request threads, not anyio's 40: the work is short and holds the GIL, and 40
        # threads taking turns on two cores made 50 clients get half the throughput of 10
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        state.builders = anyio.CapacityLimiter(8)
        if warm:
            state.events.version()
        yield
        state.search.close()
        state.events.close()
        state.cache.close()
        store.close()

    app = FastAPI(title="diplometer", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.api = state
    for router in ROUTERS:
        app.include_router(router, prefix="/api")

    @app.exception_handler(BadQuery)
    async def bad_query(_request: Request, exc: BadQuery) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(DiplometerError)
    async def diplometer_error(_request: Request, exc: DiplometerError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    # the dashboard: static files shipped in the package, served at / after the API routes
    app.mount("/", StaticFiles(directory=DASHBOARD, html=True), name="dashboard")
    app.add_middleware(Guard, max_body=max_body)
    return app
