"""The consolidated events in indexed SQL tables: event pages and timelines without the record.

The in-memory record (`cache`) costs minutes and gigabytes to build at a million events; the
event list, one event and the timeline are instead answered from a side index of the
consolidated events, written once per store change and kept on disk between runs:

- SQLite stores: a separate SQLite file next to the store (`<db>.events.sqlite`, in memory
  when that cannot be written), so that writing it never holds the store's write lock;
- PostgreSQL stores: tables `diplometer_api_evx_*` in the store's own database.

Like the search index it is never the truth: `meta.marker` names the store state it was built
from, and a different store state rebuilds it (one transaction, so readers see the old or the
new index, never half of one). Each event row holds its finished JSON (`event_json`), so a page
is 50 strings joined, and `countries` repeats the days so that a country's timeline is read from
one index alone. The filters mean exactly what `filters.select` means over the record; a test
compares the two on every filter.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.event import listen

from ..consolidate import Record, consolidate
from ..export import event_json
from ..gazetteer import country as gazetteer_country
from ..reports import event_countries, home_country
from ..store import Store
from ..textutil import fold_key
from .cache import Marker, MarkerWatch, Memo, event_sort_key
from .filters import BadQuery, EventQuery, dyad_sides
from .search_index import side_file

T = TypeVar("T")
SCHEMA = 2  # bump when the tables change: an older index is dropped and rebuilt
UNDATED = date.max.isoformat()  # undated events sort last, as in `cache.event_sort_key`
CHUNK = 5000  # events written per INSERT batch while building


@dataclass(frozen=True)
class Names:
    """Table names: plain in the side file, prefixed in a shared PostgreSQL database."""

    meta: str
    events: str
    countries: str
    sources: str
    actors: str


SIDE = Names("meta", "events", "countries", "sources", "actors")
SHARED = Names(*(f"diplometer_api_evx_{n}" for n in ("meta", "events", "countries", "sources", "actors")))


@dataclass(frozen=True)
class Version:
    """One built state of the index: the store marker it came from and its home country."""

    marker: Marker
    home: str | None
    events: int
    span: int = 0  # the longest event, in days from its first to its last
    plovers: tuple[str, ...] = ()  # the PLOVER categories that occur

    @property
    def documents(self) -> int:
        return self.marker[0]


_IDENT = {"c": "c.event_id", "e": "e.id"}  # the event id column of each driving table


@dataclass(frozen=True)
class Where:
    """A filter in SQL: the FROM clause, conditions and parameters, and the alias of the table
    that drives it ("c", the country rows, when a country is asked for, else "e", the events)."""

    source: str
    conditions: tuple[str, ...]
    params: dict
    prefix: str

    @property
    def ident(self) -> str:
        """The event id column of the driving table."""
        return _IDENT[self.prefix]

    @property
    def order(self) -> str:
        """Date then id, undated last: the order of every event list."""
        return f"{self.prefix}.sort_day, {self.ident}"

    def key(self) -> tuple:
        return (self.source, self.conditions, tuple(sorted(self.params.items())))

    def narrowed(self, *conditions: str, params: dict | None = None, source: str | None = None) -> Where:
        """The same filter with more conditions (and parameters, or a joined source)."""
        return Where(source or self.source, self.conditions + conditions, self.params | (params or {}), self.prefix)


def _rows(record: Record) -> Iterator[tuple[dict, list[dict], list[dict]]]:
    """Per event: its row, its country rows and its source rows."""
    actors = {a.id: a for a in record.actors}
    documents = {d.id: d for d in record.documents}
    for event in sorted(record.events, key=event_sort_key):
        first = event.first
        start = event.date.start.isoformat() if event.date else None
        end = event.date.end.isoformat() if event.date else None
        sort_day = start or UNDATED
        names = "\n".join(dict.fromkeys(fold_key(r.name) for r in event.actors + event.counterparts))
        members = [{"rule": m.rule, "trigger": m.trigger, "confidence": m.confidence, "source": m.source.to_json()}
                   for m in event.members]
        row = {"id": event.id, "sort_day": sort_day, "day_start": start, "day_end": end, "type": first.type,
               "plover": first.plover, "pillar": first.pillar or "unknown", "scope": first.scope, "names": names,
               "body": _dumps(event_json(event, actors)), "members": _dumps(members)}
        countries = [{"country": c, "sort_day": sort_day, "event_id": event.id, "day_start": start, "day_end": end,
                      "type": row["type"], "plover": row["plover"], "pillar": row["pillar"], "scope": row["scope"]}
                     for c in event_countries(event)]
        sources = []
        for document in dict.fromkeys(s.document for s in event.sources):
            doc = documents.get(document)
            origin = doc.source.casefold() if doc is not None and doc.source else None
            sources.append({"event_id": event.id, "document": document, "source": origin})
        yield row, countries, sources


def _actor_rows(record: Record) -> list[dict]:
    """Every spelling of every actor with its country, for country names given as an actor."""
    rows = []
    for actor in record.actors:
        spellings = {fold_key(actor.id), fold_key(actor.name)} | {fold_key(a) for a in actor.aliases}
        rows += [{"actor_id": actor.id, "spelling": s, "is_name": s == fold_key(actor.name), "country": actor.country}
                 for s in spellings]
    return rows


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class EventIndex:
    """The index over one store; `version()` keeps it in step with the store (see `cache`)."""

    def __init__(self, store: Store, engine: Engine, names: Names, check_interval: float = 1.0,
                 record: Callable[[Marker], Record | None] | None = None) -> None:
        self.store = store
        self.engine = engine
        self.t = names
        self._record = record  # a record already built for this marker, if the caller has one
        self.watch = MarkerWatch(store, check_interval)
        self._version: Version | None = None
        self._memos = Memo()
        with self.engine.begin() as conn:
            self._create(conn)

    # ------------------------------------------------------------ keeping in step
    def invalidate(self) -> None:
        """Check the store at the next `version()` (after a write through the API)."""
        self.watch.invalidate()

    def version(self) -> Version:
        """The index's current version, rebuilt first when the store changed (see `MarkerWatch`)."""
        return self.watch.follow(lambda: self._version, lambda v: v.marker, self._update)

    def _update(self, marker: Marker) -> Version:
        self._version = self._stored_version(marker) or self._build(marker)
        return self._version

    def _stored_version(self, marker: Marker) -> Version | None:
        """The version on disk when it was built from this very store state."""
        with self.engine.connect() as conn:
            meta = dict(conn.execute(text(f"SELECT key, value FROM {self.t.meta}")).all())
        if "marker" not in meta or tuple(json.loads(meta["marker"])) != tuple(marker):
            return None
        return Version(marker, meta.get("home") or None, int(meta.get("events", 0)), int(meta.get("span", 0)),
                       tuple(json.loads(meta.get("plovers", "[]"))))

    def _build(self, marker: Marker) -> Version:
        record = (self._record(marker) if self._record else None) or consolidate(self.store.iter_extractions())
        home = home_country(record)
        t = self.t
        with self.engine.begin() as conn:
            self._lock_for_build(conn)
            conn.execute(text(f"DELETE FROM {t.meta} WHERE key <> 'schema'"))
            for table in (t.events, t.countries, t.sources, t.actors):
                conn.execute(text(f"DELETE FROM {table}"))
            chunk: list[tuple[dict, list[dict], list[dict]]] = []
            for item in _rows(record):
                chunk.append(item)
                if len(chunk) >= CHUNK:
                    self._insert(conn, chunk)
                    chunk = []
            self._insert(conn, chunk)
            actors = _actor_rows(record)
            if actors:
                conn.execute(text(f"INSERT INTO {t.actors} (actor_id, spelling, is_name, country) "
                                  "VALUES (:actor_id, :spelling, :is_name, :country)"), actors)
            span = max(((e.date.end - e.date.start).days for e in record.events if e.date), default=0)
            plovers = sorted({e.first.plover for e in record.events if e.first.plover})
            conn.execute(text(f"INSERT INTO {t.meta} (key, value) VALUES (:k, :v)"),
                         [{"k": "marker", "v": json.dumps(list(marker))}, {"k": "home", "v": home or ""},
                          {"k": "events", "v": str(len(record.events))}, {"k": "span", "v": str(span)},
                          {"k": "plovers", "v": json.dumps(plovers)}])
        return Version(marker, home, len(record.events), span, tuple(plovers))

    def _insert(self, conn: Connection, chunk: list[tuple[dict, list[dict], list[dict]]]) -> None:
        if not chunk:
            return
        t = self.t
        conn.execute(text(f"INSERT INTO {t.events} (id, sort_day, day_start, day_end, type, plover, pillar, scope, "
                          "names, body, members) VALUES (:id, :sort_day, :day_start, :day_end, :type, :plover, "
                          ":pillar, :scope, :names, :body, :members)"), [row for row, _, _ in chunk])
        countries = [c for _, cs, _ in chunk for c in cs]
        if countries:
            conn.execute(text(f"INSERT INTO {t.countries} (country, sort_day, event_id, day_start, day_end, type, "
                              "plover, pillar, scope) VALUES (:country, :sort_day, :event_id, :day_start, :day_end, "
                              ":type, :plover, :pillar, :scope)"), countries)
        sources = [s for _, _, ss in chunk for s in ss]
        if sources:
            conn.execute(text(f"INSERT INTO {t.sources} (event_id, document, source) "
                              "VALUES (:event_id, :document, :source)"), sources)

    def _lock_for_build(self, conn: Connection) -> None:
        """Serialise builds from several server processes (PostgreSQL; SQLite writers queue anyway)."""

    def _create(self, conn: Connection) -> None:
        t = self.t
        tables = (t.meta, t.events, t.countries, t.sources, t.actors)
        if inspect(conn).has_table(t.meta):
            stored = conn.execute(text(f"SELECT value FROM {t.meta} WHERE key = 'schema'")).scalar()
            if stored != str(SCHEMA):  # an index written by an older diplometer: start again
                for table in tables:
                    conn.execute(text(f"DROP TABLE IF EXISTS {table}"))
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {t.meta} (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
        conn.execute(text(
            f"CREATE TABLE IF NOT EXISTS {t.events} (id TEXT PRIMARY KEY, sort_day TEXT NOT NULL, day_start TEXT, "
            "day_end TEXT, type TEXT, plover TEXT, pillar TEXT NOT NULL, scope TEXT, names TEXT NOT NULL, "
            "body TEXT NOT NULL, members TEXT NOT NULL)"))
        conn.execute(text(
            f"CREATE TABLE IF NOT EXISTS {t.countries} (country TEXT NOT NULL, sort_day TEXT NOT NULL, "
            "event_id TEXT NOT NULL, day_start TEXT, day_end TEXT, type TEXT, plover TEXT, pillar TEXT NOT NULL, "
            "scope TEXT, PRIMARY KEY (country, sort_day, event_id))"))
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {t.sources} (event_id TEXT NOT NULL, document TEXT NOT NULL, "
                          "source TEXT, PRIMARY KEY (event_id, document))"))
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {t.actors} (actor_id TEXT NOT NULL, spelling TEXT NOT NULL, "
                          "is_name BOOLEAN NOT NULL, country TEXT)"))
        # every filter column leads an index that then runs in sort order: a page is a range scan
        for table, columns in ((t.events, ("sort_day", "id")), (t.events, ("type", "sort_day", "id")),
                               (t.events, ("plover", "sort_day", "id")), (t.events, ("pillar", "sort_day", "id")),
                               (t.events, ("day_start",)),
                               (t.countries, ("country", "type", "sort_day", "event_id")),
                               (t.countries, ("country", "plover", "sort_day", "event_id")),
                               (t.countries, ("event_id", "country")),
                               (t.sources, ("document",)), (t.sources, ("source",)), (t.actors, ("spelling",))):
            name = f"ix_{table}_{'_'.join(columns)}"
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(columns)})"))
        conn.execute(text(f"INSERT INTO {t.meta} (key, value) SELECT 'schema', :v WHERE NOT EXISTS "
                          f"(SELECT 1 FROM {t.meta} WHERE key = 'schema')"), {"v": str(SCHEMA)})

    # ------------------------------------------------------------ reading
    @property
    def home(self) -> str | None:
        """The home country of the current version (the most frequent one among events)."""
        return self._version.home if self._version else None

    def current_span(self) -> int:
        return (self._version or self.version()).span

    def current_plovers(self) -> tuple[str, ...]:
        return (self._version or self.version()).plovers

    @property
    def current(self) -> Version | None:
        """The version last checked, if any (`version()` brings it up to date)."""
        return self._version

    def resolve_country(self, value: str, name: str = "country") -> str:
        """ISO3 of a code or name (the gazetteer), else of the one country of the actors so
        named (exact spelling first, then part of a name): `reports.resolve_country`'s rule."""
        wanted = value.strip()
        found = gazetteer_country(wanted) if wanted else None
        if found:
            return found.iso3
        key = fold_key(wanted)
        countries: set[str] = set()
        if key:
            with self.engine.connect() as conn:
                exact = conn.execute(text(f"SELECT DISTINCT actor_id, country FROM {self.t.actors} "
                                          "WHERE spelling = :s"), {"s": key}).all()
                if not exact:
                    exact = conn.execute(text(f"SELECT DISTINCT actor_id, country FROM {self.t.actors} "
                                              f"WHERE is_name AND spelling LIKE :p ESCAPE '\\'"),
                                         {"p": f"%{_like(key)}%"}).all()
            countries = {c for _, c in exact if c}
        if len(countries) != 1:
            raise BadQuery(f"{name} {value!r} is not a country in the gazetteer or the record; "
                           "give an ISO3 code or a name")
        return countries.pop()

    def where(self, query: EventQuery) -> Where:
        """`query` as SQL over the index (country names resolved here; BadQuery if unknown)."""
        query.check()
        t = self.t
        wanted = [self.resolve_country(query.country)] if query.country else []
        if query.dyad:
            left, right = dyad_sides(query.dyad)
            wanted += [self.resolve_country(left, "dyad side"), self.resolve_country(right, "dyad side")]
        wanted = list(dict.fromkeys(wanted))
        conditions: list[str] = []
        params: dict = {}
        needs_events = False  # only the actor names are not on the country rows
        if wanted:
            source, prefix = f"{t.countries} c", "c"
            conditions.append("c.country = :c0")
            params["c0"] = wanted[0]
            for i, other in enumerate(wanted[1:], 1):
                conditions.append(f"EXISTS (SELECT 1 FROM {t.countries} c{i} WHERE c{i}.event_id = c.event_id "
                                  f"AND c{i}.country = :c{i})")
                params[f"c{i}"] = other
        else:
            source, prefix = f"{t.events} e", "e"
        ident = _IDENT[prefix]
        if query.start or query.end:
            conditions.append(f"{prefix}.day_start IS NOT NULL")
        if query.start:
            # an event overlapping `from` began at most the longest event span before it: a
            # bound on the sort key that the indexes can range over
            floor = query.start - timedelta(days=self.current_span())
            conditions += [f"{prefix}.day_end >= :start", f"{prefix}.sort_day >= :floor"]
            params |= {"start": query.start.isoformat(), "floor": floor.isoformat()}
        if query.end:
            conditions += [f"{prefix}.day_start <= :end", f"{prefix}.sort_day <= :end"]
            params["end"] = query.end.isoformat()
        if query.type:
            upper = query.type.upper()
            if upper in self.current_plovers():
                conditions.append(f"({prefix}.type = :type OR {prefix}.plover = :type_upper)")
                params |= {"type": query.type, "type_upper": upper}
            else:  # no event has that PLOVER category: the type alone decides
                conditions.append(f"{prefix}.type = :type")
                params["type"] = query.type
        if query.plover:
            conditions.append(f"{prefix}.plover = :plover")
            params["plover"] = query.plover.upper()
        if query.pillar:
            conditions.append(f"{prefix}.pillar = :pillar")
            params["pillar"] = query.pillar
        if query.scope:
            conditions.append(f"{prefix}.scope = :scope")
            params["scope"] = query.scope
        actor = fold_key(query.actor) if query.actor else ""
        if actor:
            conditions.append("e.names LIKE :actor ESCAPE '\\'")
            params["actor"] = f"%{_like(actor)}%"
            needs_events = True
        if query.source:
            conditions.append(f"EXISTS (SELECT 1 FROM {t.sources} s WHERE s.event_id = {ident} "
                              "AND (s.document = :src OR s.source = :src_folded))")
            params |= {"src": query.source, "src_folded": query.source.casefold()}
        if wanted and needs_events:
            source += f" JOIN {t.events} e ON e.id = c.event_id"
        return Where(source, tuple(conditions), params, prefix)

    def _sql(self, columns: str, where: Where, tail: str = "") -> str:
        clause = f" WHERE {' AND '.join(where.conditions)}" if where.conditions else ""
        return f"SELECT {columns} FROM {where.source}{clause}{tail}"

    def memo(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()` once per key and index version (an LRU of 256): totals and timelines
        are asked for again with every page of the same filter."""
        return self._memos.get((self._version.marker if self._version else None, key), compute, 256)

    def count(self, where: Where) -> int:
        """How many events match."""
        def compute() -> int:
            with self.engine.connect() as conn:
                return int(conn.execute(text(self._sql("count(*)", where)), where.params).scalar_one())
        return self.memo(("count", where.key()), compute)

    def _ordered_bodies(self, where: Where, tail: str) -> str:
        """SQL for (sort day, id, JSON text) of the matching events in list order; `tail` limits."""
        chosen = self._sql(f"{where.ident} AS id, {where.prefix}.sort_day AS sort_day", where,
                           f" ORDER BY {where.order}{tail}")
        return (f"SELECT p.sort_day, p.id, b.body FROM ({chosen}) p JOIN {self.t.events} b ON b.id = p.id "
                "ORDER BY p.sort_day, p.id")

    def page(self, where: Where, limit: int, offset: int) -> list[str]:
        """The JSON texts of one page of matching events, by date then id."""
        with self.engine.connect() as conn:
            rows = conn.execute(text(self._ordered_bodies(where, " LIMIT :limit OFFSET :offset")),
                                where.params | {"limit": limit, "offset": offset})
            return [r[2] for r in rows]

    def bodies(self, where: Where) -> Iterator[str]:
        """Every matching event's JSON text, by date then id, read in keyset pages of 2,000."""
        page = where
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(text(self._ordered_bodies(page, " LIMIT 2000")), page.params).all()
            if not rows:
                return
            yield from (r[2] for r in rows)
            day, ident = where.prefix + ".sort_day", where.ident
            page = where.narrowed(f"({day} > :after_day OR ({day} = :after_day AND {ident} > :after_id))",
                                  params={"after_day": rows[-1][0], "after_id": rows[-1][1]})

    def day_counts(self, where: Where) -> list[tuple[date, int]]:
        """(start day, number of matching dated events) per start day."""
        day = f"{where.prefix}.day_start"
        dated = where.narrowed(f"{day} IS NOT NULL")

        def compute() -> list[tuple[date, int]]:
            with self.engine.connect() as conn:
                rows = conn.execute(text(self._sql(f"{day}, count(*)", dated, f" GROUP BY {day}")),
                                    dated.params).all()
            return [(date.fromisoformat(d), int(n)) for d, n in rows]
        return self.memo(("days", dated.key()), compute)

    def country_counts(self, where: Where) -> dict[str, int]:
        """Matching events per participant country."""
        joined = where.narrowed(source=f"{where.source} JOIN {self.t.countries} x ON x.event_id = {where.ident}")

        def compute() -> dict[str, int]:
            with self.engine.connect() as conn:
                rows = conn.execute(text(self._sql("x.country, count(*)", joined, " GROUP BY x.country")),
                                    joined.params).all()
            return {country: int(n) for country, n in rows}
        return self.memo(("countries", joined.key()), compute)

    def event(self, event_id: str) -> tuple[str, str] | None:
        """(event JSON, members JSON) of one event, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(text(f"SELECT body, members FROM {self.t.events} WHERE id = :i"), {"i": event_id}).first()
        return (row[0], row[1]) if row else None

    scratch: str | None = None  # a temporary side file of ours, deleted on close

    def close(self) -> None:
        self.engine.dispose()
        self.watch.close()
        if self.scratch:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(self.scratch + suffix)


class PostgresEventIndex(EventIndex):
    def _lock_for_build(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(4216000003)"))

    def _create(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(4216000003)"))
        super()._create(conn)


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _wal(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI connection
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def open_event_index(store: Store, path: str | None = None, check_interval: float = 1.0,
                     record: Callable[[Marker], Record | None] | None = None) -> EventIndex:
    """The event index for a store: PostgreSQL in place, otherwise a side SQLite file (`path`
    overrides; for ":memory:", or when the folder cannot be written, a temporary file that is
    deleted on `close()`)."""
    if make_url(store.url).get_backend_name() == "postgresql":
        return PostgresEventIndex(store, create_engine(store.url), SHARED, check_interval, record)
    side = path if path is not None else side_file(store.url, ".events.sqlite")
    scratch = None
    if side is None or side == ":memory:":
        handle, scratch = tempfile.mkstemp(prefix="diplometer-events-", suffix=".sqlite")
        os.close(handle)
        side = scratch
    # as many pooled connections as request threads: a connection opened per request costs more than the query
    engine = create_engine("sqlite:///" + os.path.abspath(side), connect_args={"timeout": 60}, pool_size=40,
                           max_overflow=10)
    listen(engine, "connect", _wal)
    index = EventIndex(store, engine, SIDE, check_interval, record)
    index.scratch = scratch
    return index
