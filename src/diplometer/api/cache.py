"""The consolidated record, cached in the app and rebuilt only when the store changed.

The change marker is (number of documents, latest `ingested_at`), read with one cheap query
through an engine of our own on the store's URL (store.py is left as it is). It is checked at
most every `check_interval` seconds; writes made through the API invalidate at once. A
replacement saved within the same second as the latest ingest, by another process, keeps the
same marker and is seen only at the next change (ingested_at has one-second resolution).

A `Snapshot` is immutable once built: requests share it without locks, and per-snapshot
memos (filtered event lists, forecasts) die with it.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, func, select

from ..consolidate import Actor, MergedEvent, Record, consolidate
from ..records import Article
from ..reports import home_country, resolve_country
from ..store import Store, documents

T = TypeVar("T")
Marker = tuple[int, str | None]


class Memo:
    """A least-recently-used store of computed values, safe across request threads; the
    computation runs outside the lock, so a slow one never blocks the others' look-ups."""

    def __init__(self) -> None:
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T], size: int) -> T:
        """The value for `key`, computed once; at most `size` values are kept."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        with self._lock:
            self._items[key] = value
            while len(self._items) > size:
                self._items.popitem(last=False)
        return value


def event_sort_key(event: MergedEvent) -> tuple[date, str]:
    """Date then id, undated last: the order of `lookup.filter_events` and of every event list."""
    return (event.date.start if event.date else date.max, event.id)


@dataclass
class Snapshot:
    """One consolidated record plus the indexes the routes need."""

    record: Record
    marker: Marker
    generation: int
    home: str | None
    events: list[MergedEvent]  # sorted by event_sort_key
    events_by_id: dict[str, MergedEvent]
    actors_by_id: dict[str, Actor]
    documents_by_id: dict[str, Article]
    _memo: Memo = field(default_factory=lambda: Memo())

    @classmethod
    def build(cls, record: Record, marker: Marker, generation: int) -> Snapshot:
        events = sorted(record.events, key=event_sort_key)
        resolve_country("VNM", record)  # builds the gazetteer once here, not in 50 request threads at a time
        return cls(record, marker, generation, home_country(record), events, {e.id: e for e in events},
                   {a.id: a for a in record.actors}, {d.id: d for d in record.documents})

    def memo(self, key: Hashable, compute: Callable[[], T], size: int = 128) -> T:
        """`compute()` once per key for this snapshot (LRU of `size` entries)."""
        return self._memo.get(key, compute, size)


def marker_engine(store: Store) -> Engine:
    """A small engine of our own on the store's database, for the change marker only."""
    return create_engine(store.url, pool_pre_ping=True)


def change_marker(engine: Engine) -> Marker:
    """(document count, latest ingested_at): changes whenever a document is added or removed."""
    with engine.connect() as conn:
        count, latest = conn.execute(select(func.count(), func.max(documents.c.ingested_at))).one()
    return int(count), latest


class MarkerWatch:
    """Throttled checks of the store's change marker, one thread at a time: `follow` returns the
    value it is given while the store is unchanged, else what `rebuild` makes of the new marker.
    While one request checks (and rebuilds), the others keep the value they have instead of
    queueing behind it; only a first build makes them wait."""

    def __init__(self, store: Store, check_interval: float) -> None:
        self.engine = marker_engine(store)
        self.check_interval = check_interval
        self._lock = threading.Lock()
        self._checked = float("-inf")

    def invalidate(self) -> None:
        """Check again at the next `follow` (after a write through the API)."""
        self._checked = float("-inf")

    def due(self) -> bool:
        """Would the next `follow` look at the store?"""
        return time.monotonic() - self._checked >= self.check_interval

    def follow(self, current: Callable[[], T | None], marker_of: Callable[[T], Marker],
               rebuild: Callable[[Marker], T]) -> T:
        value = current()
        if value is not None and time.monotonic() - self._checked < self.check_interval:
            return value
        if value is not None and not self._lock.acquire(blocking=False):
            return value
        if value is None:
            self._lock.acquire()
        try:
            marker = change_marker(self.engine)
            self._checked = time.monotonic()
            value = current()
            return value if value is not None and marker_of(value) == marker else rebuild(marker)
        finally:
            self._lock.release()

    def close(self) -> None:
        self.engine.dispose()


class RecordCache:
    """Holds the current Snapshot; `get()` rebuilds it when the store's marker moved."""

    def __init__(self, store: Store, check_interval: float = 1.0) -> None:
        self.store = store
        self.watch = MarkerWatch(store, check_interval)
        self._snapshot: Snapshot | None = None
        self._generation = 0

    @property
    def current(self) -> Snapshot | None:
        """The snapshot last built, if any (`get()` brings it up to date)."""
        return self._snapshot

    def record_for(self, marker: Marker) -> Record | None:
        """The record already built for this store state, if there is one (never builds)."""
        current = self._snapshot
        return current.record if current is not None and current.marker == marker else None

    def invalidate(self) -> None:
        """Force a rebuild at the next `get()` (after a write through the API)."""
        self._snapshot = None
        self.watch.invalidate()

    def get(self) -> Snapshot:
        """The current snapshot, rebuilt first when the store changed (see `MarkerWatch`)."""
        return self.watch.follow(lambda: self._snapshot, lambda s: s.marker, self._rebuild)

    def _rebuild(self, marker: Marker) -> Snapshot:
        record = consolidate(self.store.iter_extractions())
        self._generation += 1
        self._snapshot = Snapshot.build(record, marker, self._generation)
        return self._snapshot

    def close(self) -> None:
        self.watch.close()
