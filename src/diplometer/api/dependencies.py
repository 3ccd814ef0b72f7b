"""Shared state and FastAPI dependencies: the cached record, pagination, event filters, write access."""
from __future__ import annotations

import hmac
import os
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import Depends, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from spacy.language import Language

from ..nlp import load_model
from ..store import Store
from .cache import RecordCache, Snapshot
from .event_index import EventIndex
from .filters import BadQuery, EventQuery
from .search_index import SearchIndex

ENV_TOKEN = "DIPLOMETER_API_TOKEN"
MAX_LIMIT = 500  # a larger ?limit is refused (422), never silently cut
DEFAULT_LIMIT = 50

ListFormat = Literal["json", "csv", "jsonl", "parquet", "geojson"]


@dataclass
class ApiState:
    """Everything the routes share, kept on `app.state.api`."""

    store: Store
    cache: RecordCache
    events: EventIndex
    search: SearchIndex
    token: str | None
    use_ner: bool = True
    _nlp: Language | None = None
    _nlp_lock: threading.Lock = field(default_factory=threading.Lock)
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    # threads of their own for checking the store and rebuilding the record or the index, so
    # that requests waiting on a long first build never take the request threads (None: the
    # default pool, as under a TestClient without its lifespan)
    builders: anyio.CapacityLimiter | None = None

    def invalidate(self) -> None:
        """After a write through the API: the record and the event index look again at once."""
        self.cache.invalidate()
        self.events.invalidate()

    def nlp(self) -> Language | None:
        """The spaCy model for POSTed articles, loaded on first use (None: titles only)."""
        if not self.use_ner:
            return None
        with self._nlp_lock:
            if self._nlp is None:
                self._nlp = load_model()
            return self._nlp


def configured_token(token: str | None) -> str | None:
    """The explicit token, else $DIPLOMETER_API_TOKEN; empty means write access is off."""
    value = token if token is not None else os.environ.get(ENV_TOKEN)
    return value or None


async def get_state(request: Request) -> ApiState:
    return request.app.state.api


async def get_snapshot(state: Annotated[ApiState, Depends(get_state)]) -> Snapshot:
    """The cached record; a check or a rebuild runs on the builders' threads (see `ApiState`)."""
    current = state.cache.current
    if current is not None and not state.cache.watch.due():
        return current
    return await anyio.to_thread.run_sync(state.cache.get, limiter=state.builders)


async def get_event_index(state: Annotated[ApiState, Depends(get_state)]) -> EventIndex:
    """The event index, brought up to the store's state first (in a worker thread, and only
    when a check is due: most requests pass straight through)."""
    if state.events.watch.due() or state.events.current is None:
        await anyio.to_thread.run_sync(state.events.version, limiter=state.builders)
    return state.events


StateDep = Annotated[ApiState, Depends(get_state)]
SnapshotDep = Annotated[Snapshot, Depends(get_snapshot)]
EventIndexDep = Annotated[EventIndex, Depends(get_event_index)]

_bearer = HTTPBearer(auto_error=False, description=f"The token set in ${ENV_TOKEN} (or create_app(token=...))")


def require_writer(state: StateDep,
                   credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """403 when no token is configured; 401 unless `Authorization: Bearer <token>` matches."""
    if state.token is None:
        raise HTTPException(403, f"write access is disabled on this server; start it with ${ENV_TOKEN} set "
                                 "(or create_app(token=...)) to allow POST and DELETE")
    given = credentials.credentials if credentials and credentials.scheme.lower() == "bearer" else ""
    if not hmac.compare_digest(given.encode("utf-8"), state.token.encode("utf-8")):
        raise HTTPException(401, "missing or wrong token; send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int

    def wrap(self, items: list[Any], total: int) -> dict:
        return {"total": total, "limit": self.limit, "offset": self.offset, "items": items}

    def slice(self, rows: list) -> list:
        return rows[self.offset:self.offset + self.limit]


async def page(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page, 1..{MAX_LIMIT} (larger is a 422)")]
         = DEFAULT_LIMIT,
         offset: Annotated[int, Query(ge=0, le=10**9, description="Items to skip")] = 0) -> Page:
    return Page(limit, offset)


PageDep = Annotated[Page, Depends(page)]

Text = Annotated[str | None, Query(max_length=200)]


async def event_query(
    start: Annotated[date | None, Query(alias="from", description="Events ending on or after this day (YYYY-MM-DD)")] = None,
    end: Annotated[date | None, Query(alias="to", description="Events starting on or before this day")] = None,
    country: Annotated[str | None, Query(max_length=100, description="A participant country: ISO3 or name")] = None,
    dyad: Annotated[str | None, Query(max_length=201, description="Two participant countries, e.g. VNM-LAO")] = None,
    type: Annotated[str | None, Query(max_length=100, description="Event type (or PLOVER category), e.g. visit")] = None,
    plover: Annotated[str | None, Query(max_length=100, description="PLOVER category, e.g. CONSULT")] = None,
    pillar: Annotated[str | None, Query(max_length=100, description="party, state, people or unknown")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Part of a participant's name")] = None,
    source: Annotated[str | None, Query(max_length=200, description="A document's source (e.g. VNA) or id")] = None,
    scope: Annotated[Literal["international", "domestic"] | None, Query(description="international or domestic")] = None,
) -> EventQuery:
    query = EventQuery(start, end, country, dyad, type, plover, pillar, actor, source, scope)
    try:
        query.check()
    except BadQuery as exc:
        raise HTTPException(422, str(exc)) from exc
    return query


EventQueryDep = Annotated[EventQuery, Depends(event_query)]
