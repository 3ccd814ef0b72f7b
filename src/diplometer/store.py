"""The event record on disk: SQLite by default, PostgreSQL by URL (SQLAlchemy Core).

One row per document in `documents`, and one table per extracted kind holding each record as
JSON (`payload`, written by `diplometer.codec`) next to a few indexed columns to filter on. The
payload is the truth; the indexed columns are copies for querying.

A document is saved in a single transaction that first deletes every row it had, so a crash
leaves either the old version or the new one, never a mix; saving unchanged content (same
`content_hash`) writes nothing. The schema is versioned in `schema_version` and brought up to
date by `MIGRATIONS` when a store is opened.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Self

from sqlalchemy import (
    Column,
    Connection,
    Date,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from diplometer import codec
from diplometer.errors import BadDatabaseUrl, SchemaTooNew, StoreWriteFailed, UnknownTable
from diplometer.records import (
    Anniversary,
    Article,
    Event,
    Extraction,
    Indicator,
    Membership,
    Mention,
    Policy,
    ReportedCount,
    TimeExpr,
)

DEFAULT_DB = "./diplometer.db"
ENV_DB = "DIPLOMETER_DB"

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", Text, primary_key=True),
    Column("content_hash", String(40), nullable=False),
    Column("date", Date, nullable=True),
    Column("title", Text), Column("url", Text), Column("source", Text),
    Column("origin", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),  # ISO 8601 UTC; same text on every backend
    Index("ix_documents_date_id", "date", "id"),
)


def _kind_table(name: str, *columns: Column) -> Table:
    """A per-kind table: one row per record, in document order (`seq`), payload plus filters."""
    table = Table(
        name, metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"),
               nullable=False),
        Column("seq", Integer, nullable=False),
        *columns,
        Column("payload", Text, nullable=False),
    )
    Index(f"ix_{name}_document_seq", table.c.document_id, table.c.seq)
    for column in columns:
        Index(f"ix_{name}_{column.name}", column)
    return table


@dataclass(frozen=True)
class Kind:
    """How one `Extraction` list maps to its table."""

    table: Table
    record: type
    columns: Callable[[Any], dict[str, Any]]  # record -> indexed column values


def _when(value: Any, attr: str) -> Any:
    return getattr(value, attr) if value is not None else None


KINDS: dict[str, Kind] = {
    "mentions": Kind(
        _kind_table("mentions", Column("key", Text), Column("type", Text),
                    Column("country", Text)),
        Mention, lambda r: {"key": r.key, "type": r.type, "country": r.country}),
    "events": Kind(
        _kind_table("events", Column("type", Text), Column("plover", Text),
                    Column("date_start", Date), Column("date_end", Date)),
        Event, lambda r: {"type": r.type, "plover": r.plover,
                          "date_start": _when(r.date, "start"), "date_end": _when(r.date, "end")}),
    "anniversaries": Kind(
        _kind_table("anniversaries", Column("relation", Text), Column("year", Integer)),
        Anniversary, lambda r: {"relation": r.relation, "year": r.year}),
    "indicators": Kind(
        _kind_table("indicators", Column("name", Text), Column("year", Integer)),
        Indicator, lambda r: {"name": r.name, "year": r.year}),
    "memberships": Kind(
        _kind_table("memberships", Column("body", Text)),
        Membership, lambda r: {"body": r.body}),
    "policies": Kind(
        _kind_table("policies", Column("type", Text)),
        Policy, lambda r: {"type": r.type}),
    "counts": Kind(
        _kind_table("counts", Column("unit", Text)),
        ReportedCount, lambda r: {"unit": r.unit}),
    "times": Kind(
        _kind_table("times", Column("start", Date)),  # the day the expression starts, not its offset
        TimeExpr, lambda r: {"start": r.value.start}),
}

TABLES: dict[str, Table] = {"documents": documents, **{name: k.table for name, k in KINDS.items()}}


def _migration_1(conn: Connection) -> None:
    """Version 1 is the table definitions above; a later change to them needs its own migration
    (and this function must then create the version-1 shape explicitly)."""
    for table in TABLES.values():
        table.create(conn)


Migration = tuple[int, str, Callable[[Connection], None]]

# Ordered and append-only: a released migration is never edited, a new one is added at the end.
MIGRATIONS: list[Migration] = [
    (1, "documents and one table per extracted kind", _migration_1),
]


def resolve_url(db: str | None) -> str:
    """Turn a CLI `--db` value into an SQLAlchemy URL.

    None means $DIPLOMETER_DB, else ./diplometer.db; anything without "://" is a file path
    (made absolute so the URL does not depend on the working directory later).
    """
    if db is None:
        db = os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" not in db:
        return "sqlite:///" + os.path.abspath(os.path.expanduser(db))
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix):]
    return db


def default_shard_dir(url: str) -> Path:
    """Where an engine's shards go by default: beside an SQLite file, else ./diplometer-shards."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(parsed.database + ".shards")
    return Path("diplometer-shards")


def drop_tables(url: str, extra: tuple[str, ...] = ()) -> None:
    """Drop the store's tables (and `extra` ones) from the database at `url`: for throw-away
    test and benchmark databases only."""
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as conn:
            for name in [*KINDS, "documents", "schema_version", *extra]:
                conn.execute(text(f"DROP TABLE IF EXISTS {name}" + (" CASCADE" if conn.dialect.name == "postgresql" else "")))
    finally:
        engine.dispose()


def mask_url(url: str) -> str:
    """The URL with any password replaced, fit for error messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # not parseable as a URL: mask what looks like user:password@
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def content_hash(article: Article) -> str:
    """Identity of an article's content: re-ingesting the same hash is a no-op."""
    parts = [article.id, article.date.isoformat() if article.date else None, article.title,
             article.text, article.url, article.source]
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _payload(record: Any) -> str:
    return json.dumps(codec.to_dict(record), ensure_ascii=False, separators=(",", ":"))


def _make_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 30} if url.startswith("sqlite") else {})
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    """WAL + foreign keys, and real transactions.

    Python's sqlite3 module neither begins a transaction before DDL nor lets us choose
    BEGIN IMMEDIATE, so we take over BEGIN ourselves (the recipe from the SQLAlchemy docs).
    Writers begin IMMEDIATE so that two writers queue on the lock instead of failing when a
    read turns into a write.
    """
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("diplometer_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class Store:
    """An open event record. Use `Store.open(db)`, preferably as a context manager."""

    def __init__(self, engine: Engine, url: str) -> None:
        self._engine = engine
        self.url = url

    @classmethod
    def open(cls, db: str | None = None) -> Store:
        """Open (creating and migrating as needed) the store at a path or URL."""
        url = resolve_url(db)
        try:
            engine = _make_engine(url)
        except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as exc:
            raise BadDatabaseUrl(url=mask_url(url), reason=_reason(exc)) from exc
        store = cls(engine, url)
        try:
            store._migrate()
        except (DBAPIError, StoreWriteFailed) as exc:  # cannot connect, or cannot even write the schema
            engine.dispose()
            reason = _reason(exc.__cause__ if isinstance(exc, StoreWriteFailed) and exc.__cause__ else exc)
            raise BadDatabaseUrl(url=mask_url(url), reason=reason) from exc
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction (committed on success, rolled back on any exception). A database
        that cannot take the write (disk full, read-only, I/O error) is a StoreWriteFailed."""
        try:
            with self._engine.connect() as conn:
                conn = conn.execution_options(diplometer_write=True)
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise StoreWriteFailed(url=mask_url(self.url), reason=_reason(exc)) from exc

    def _migrate(self) -> None:
        known = MIGRATIONS[-1][0]
        with self._write() as conn:
            if conn.dialect.name == "postgresql":  # serialise concurrent first opens
                conn.execute(text("SELECT pg_advisory_xact_lock(4216000001)"))
            schema_version.create(conn, checkfirst=True)
            found = conn.execute(select(func.max(schema_version.c.version))).scalar() or 0
            if found > known:
                raise SchemaTooNew(found=found, known=known)
            for version, description, migrate in MIGRATIONS:
                if version > found:
                    migrate(conn)
                    conn.execute(insert(schema_version).values(
                        version=version, description=description, applied_at=_now()))

    def schema_version(self) -> int:
        with self._engine.connect() as conn:
            return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0

    def document_state(self, doc_id: str, content_hash: str) -> str:
        """"new", "unchanged" or "changed" relative to what is stored for `doc_id`."""
        with self._engine.connect() as conn:
            return _state(conn, doc_id, content_hash)

    def save(self, extraction: Extraction, content_hash: str) -> str:
        """Store one document's extraction: "ingested", "replaced" or "unchanged"."""
        return self.save_many([(extraction, content_hash)])[0]

    def save_many(self, items: list[tuple[Extraction, str]]) -> list[str]:
        """Store many documents' extractions in one transaction (the bulk load of a shard).

        The rows are the same, in the same order, as `save` called on each item in turn; the
        inserts are batched per table. Returns each item's status like `save`.
        """
        statuses: list[str] = []
        with self._write() as conn:
            docs: list[dict] = []
            rows: dict[str, list[dict]] = {name: [] for name in KINDS}
            for extraction, content in items:
                article = extraction.article
                state = _state(conn, article.id, content)
                if state == "unchanged":
                    statuses.append("unchanged")
                    continue
                if state == "changed":
                    _delete_rows(conn, article.id)
                docs.append(dict(id=article.id, content_hash=content, date=article.date, title=article.title,
                                 url=article.url, source=article.source, origin=article.origin, text=article.text,
                                 ingested_at=_now()))
                for name in KINDS:
                    rows[name].extend(_kind_rows(name, article.id, getattr(extraction, name)))
                statuses.append("ingested" if state == "new" else "replaced")
            if docs:
                conn.execute(insert(documents), docs)
            for name, kind_rows in rows.items():
                if kind_rows:
                    conn.execute(insert(KINDS[name].table), kind_rows)
        return statuses

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document and everything read from it; False if it was not stored."""
        with self._write() as conn:
            return _delete_rows(conn, doc_id)

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise UnknownTable(table=table, known=", ".join(TABLES))
        with self._engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(TABLES[table])).scalar_one()

    def fingerprint(self) -> str:
        """A digest of every stored row (row ids included, ingestion times left out): two stores
        with the same fingerprint hold the same record, whichever engine filled them."""
        digest = hashlib.sha256()
        with self._read() as conn:
            for name, table in TABLES.items():
                columns = [c for c in table.c if c.name != "ingested_at"]
                query = select(*columns).order_by(*table.primary_key.columns)
                for row in conn.execute(query):
                    digest.update(json.dumps([name, *row], default=str, ensure_ascii=False).encode("utf-8"))
        return digest.hexdigest()

    def documents(self, with_text: bool = False, batch: int = 500) -> Iterator[dict]:
        """Stored documents as dicts (dates as ISO strings), in date then id order.

        The text is left out unless asked for, since listings rarely need it.
        """
        for page in self._pages(batch):
            for row in page:
                item = dict(row._mapping)
                item["date"] = item["date"].isoformat() if item["date"] else None
                if not with_text:
                    del item["text"]
                yield item

    def iter_extractions(self, batch: int = 500) -> Iterator[Extraction]:
        """Every stored extraction, by document date (undated last) then id, `batch` at a time.

        Each page is read in its own short transaction and the connection is released before
        yielding, so a slow consumer holds no lock. Documents saved during iteration may or may
        not be seen; each yielded Extraction is internally consistent.
        """
        for page in self._pages(batch, with_records=True):
            yield from page

    def list_documents(self, start: date | None = None, end: date | None = None, source: str | None = None,
                       limit: int | None = None, offset: int = 0) -> tuple[int, list[Article]]:
        """(how many match, one page of them without their text): by date then id, undated
        last; a date bound leaves undated documents out; `source` ignores case."""
        conditions = []
        if start is not None or end is not None:
            conditions.append(documents.c.date.is_not(None))
        if start is not None:
            conditions.append(documents.c.date >= start)
        if end is not None:
            conditions.append(documents.c.date <= end)
        if source:
            conditions.append(func.lower(documents.c.source) == source.lower())
        columns = [c for c in documents.c if c.name != "text"]
        with self._read() as conn:
            total = conn.execute(select(func.count()).select_from(documents).where(*conditions)).scalar_one()
            query = (select(*columns).where(*conditions)
                     .order_by(documents.c.date.is_(None), documents.c.date, documents.c.id).offset(offset))
            rows = conn.execute(query.limit(limit) if limit is not None else query).all()
        return int(total), [Article(id=r.id, text="", date=r.date, title=r.title, url=r.url, source=r.source)
                            for r in rows]

    def articles(self, ids: Iterable[str]) -> dict[str, Article]:
        """The stored articles with these ids (missing ids are left out)."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        with self._read() as conn:
            rows = conn.execute(select(documents).where(documents.c.id.in_(wanted))).all()
        return {row.id: _article(row) for row in rows}

    def load_extraction(self, doc_id: str) -> Extraction | None:
        with self._read() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
            if row is None:
                return None
            return _extractions(conn, [row])[0]

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A read transaction that sees one snapshot (REPEATABLE READ on PostgreSQL)."""
        with self._engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    def _pages(self, batch: int, with_records: bool = False) -> Iterator[list]:
        """Keyset pages of document rows (or Extractions): dated ones, then undated ones.

        Two passes instead of one ORDER BY because NULL dates sort first on SQLite and last
        on PostgreSQL, and a keyset condition over a nullable column is awkward.
        """
        if batch < 1:
            raise ValueError("batch must be at least 1")
        for dated in (True, False):
            last: tuple | None = None
            while True:
                with self._read() as conn:
                    rows = conn.execute(_page_query(dated, last, batch)).all()
                    if not rows:
                        break
                    page = _extractions(conn, rows) if with_records else rows
                last = (rows[-1].date, rows[-1].id)
                yield page
                if len(rows) < batch:
                    break


def _reason(exc: BaseException) -> str:
    """The driver's own message, without SQLAlchemy's SQL echo and background link."""
    message = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return message[0] if message else type(exc).__name__


def _state(conn: Connection, doc_id: str, content_hash: str) -> str:
    stored = conn.execute(
        select(documents.c.content_hash).where(documents.c.id == doc_id)).scalar_one_or_none()
    if stored is None:
        return "new"
    return "unchanged" if stored == content_hash else "changed"


def _delete_rows(conn: Connection, doc_id: str) -> bool:
    """Delete a document's rows from every table explicitly (not trusting cascade alone)."""
    for kind in KINDS.values():
        conn.execute(delete(kind.table).where(kind.table.c.document_id == doc_id))
    return conn.execute(delete(documents).where(documents.c.id == doc_id)).rowcount > 0


def _kind_rows(name: str, doc_id: str, records: list) -> list[dict]:
    kind = KINDS[name]
    return [{"document_id": doc_id, "seq": seq, "payload": _payload(record), **kind.columns(record)}
            for seq, record in enumerate(records)]


def _page_query(dated: bool, last: tuple | None, batch: int) -> Any:
    query = select(documents)
    if dated:
        query = query.where(documents.c.date.is_not(None))
        if last is not None:
            query = query.where(or_(documents.c.date > last[0],
                                    and_(documents.c.date == last[0], documents.c.id > last[1])))
        query = query.order_by(documents.c.date, documents.c.id)
    else:
        query = query.where(documents.c.date.is_(None))
        if last is not None:
            query = query.where(documents.c.id > last[1])
        query = query.order_by(documents.c.id)
    return query.limit(batch)


def _article(row: Any) -> Article:
    return Article(id=row.id, text=row.text, date=row.date, title=row.title, url=row.url,
                   source=row.source, origin=row.origin or "")


def _extractions(conn: Connection, rows: list) -> list[Extraction]:
    """Rebuild Extractions for a page of document rows with one query per kind."""
    by_id = {row.id: Extraction(article=_article(row)) for row in rows}
    for name, kind in KINDS.items():
        t = kind.table
        query = (select(t.c.document_id, t.c.payload).where(t.c.document_id.in_(list(by_id)))
                 .order_by(t.c.document_id, t.c.seq))
        for doc_id, payload in conn.execute(query):
            getattr(by_id[doc_id], name).append(codec.from_dict(kind.record, json.loads(payload)))
    return list(by_id.values())
