"""Full-text search over article texts and evidence sentences, in a side index.

The index is never the truth: it is rebuilt from the cached record (documents with their
text, and every sentence an event or fact was read from) and refreshed per document by
content hash whenever the record changed, so it can be deleted at any time.

- SQLite stores: an FTS5 virtual table in a separate SQLite file next to the store
  (`<db>.search.sqlite`, or in memory when that cannot be written), tokenised with
  `unicode61 remove_diacritics 2` so that "Ha Noi" finds "Hà Nội". User input is quoted term
  by term, so FTS5 operators in a query are searched as words, never parsed.
- PostgreSQL stores: a table `diplometer_api_search` in the same database with a `tsvector`
  column and a GIN index, queried with `plainto_tsquery` and `ts_headline`.

Snippets are plain text (no markup): the article text is untrusted and the client escapes.
"""
from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from ..consolidate import Record
from ..records import Article, Source
from ..store import Store, content_hash
from ..textutil import fold_same_length
from .cache import Snapshot

ELLIPSIS = "…"


@dataclass(frozen=True)
class Passage:
    kind: str  # "article" | "sentence"
    document: str
    start: int
    end: int
    title: str
    body: str


@dataclass(frozen=True)
class Hit:
    kind: str
    document: str
    start: int
    end: int
    snippet: str


def passages(record: Record) -> dict[str, list[Passage]]:
    """Per document: the article (title and text) and each distinct evidence sentence."""
    sentences: dict[str, dict[tuple[int, int], Source]] = {}

    def add(src: Source) -> None:
        sentences.setdefault(src.document, {}).setdefault((src.start, src.end), src)

    for event in record.events:
        for member in event.members:
            add(member.source)
    for facts in record.facts.values():
        for fact in facts:
            for src in fact.sources:
                add(src)
    out: dict[str, list[Passage]] = {}
    for doc in record.documents:
        rows = [Passage("article", doc.id, 0, len(doc.text), doc.title or "", doc.text)]
        rows += [Passage("sentence", doc.id, s.start, s.end, "", s.text)
                 for (_, _), s in sorted(sentences.get(doc.id, {}).items())]
        out[doc.id] = rows
    return out


def _fingerprint(doc: Article, rows: list[Passage]) -> str:
    """Changes when the article or the sentences read from it change."""
    return f"{content_hash(doc)}:{len(rows)}:{sum(r.start * 31 + r.end for r in rows)}"


class SearchIndex:
    """Common refresh logic; backends supply the SQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._generation = -1
        with self.engine.begin() as conn:
            self._create(conn)

    def refresh(self, snapshot: Snapshot) -> None:
        """Bring the index up to the snapshot: reindex changed documents, drop removed ones."""
        if self._generation == snapshot.generation:
            return
        with self._lock:
            if self._generation == snapshot.generation:
                return
            wanted = passages(snapshot.record)
            with self.engine.begin() as conn:
                have = dict(conn.execute(text(f"SELECT document, fingerprint FROM {self.docs_table}")).all())
                for doc_id in set(have) - set(wanted):
                    self._drop(conn, doc_id)
                for doc_id, rows in wanted.items():
                    fingerprint = _fingerprint(snapshot.documents_by_id[doc_id], rows)
                    if have.get(doc_id) != fingerprint:
                        self._drop(conn, doc_id)
                        self._insert(conn, rows)
                        conn.execute(text(f"INSERT INTO {self.docs_table} (document, fingerprint) VALUES (:d, :f)"),
                                     {"d": doc_id, "f": fingerprint})
            self._generation = snapshot.generation

    def _drop(self, conn: Connection, doc_id: str) -> None:
        conn.execute(text(f"DELETE FROM {self.docs_table} WHERE document = :d"), {"d": doc_id})
        conn.execute(text(f"DELETE FROM {self.table} WHERE document = :d"), {"d": doc_id})

    def _insert(self, conn: Connection, rows: list[Passage]) -> None:
        conn.execute(text(f"INSERT INTO {self.table} (kind, document, pos_start, pos_end, title, body) "
                          "VALUES (:kind, :document, :start, :end, :title, :body)"),
                     [vars(r) for r in rows])

    table = "search_passages"
    docs_table = "search_docs"

    def _create(self, conn: Connection) -> None:
        raise NotImplementedError

    def search(self, query: str, limit: int, offset: int) -> tuple[int, list[Hit]]:
        raise NotImplementedError

    def close(self) -> None:
        self.engine.dispose()


def fts5_query(query: str) -> str | None:
    """Each word as a quoted FTS5 string (all must match); None when no word is left."""
    words = re.findall(r"\w+", query)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words) or None


class SqliteSearchIndex(SearchIndex):
    """FTS5 in its own SQLite file (or in memory)."""

    def _create(self, conn: Connection) -> None:
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {self.docs_table} (document TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)"))
        conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table} USING fts5("
                          "body, title, kind UNINDEXED, document UNINDEXED, pos_start UNINDEXED, pos_end UNINDEXED, "
                          "tokenize = 'unicode61 remove_diacritics 2')"))

    def search(self, query: str, limit: int, offset: int) -> tuple[int, list[Hit]]:
        match = fts5_query(query)
        if match is None:
            return 0, []
        with self._lock, self.engine.connect() as conn:  # one connection when in memory: take turns
            total = conn.execute(text(f"SELECT count(*) FROM {self.table} WHERE {self.table} MATCH :q"),
                                 {"q": match}).scalar_one()
            rows = conn.execute(text(
                f"SELECT kind, document, pos_start, pos_end, snippet({self.table}, 0, '', '', '{ELLIPSIS}', 24) "
                f"FROM {self.table} WHERE {self.table} MATCH :q "
                "ORDER BY rank, document, kind, pos_start LIMIT :limit OFFSET :offset"),
                {"q": match, "limit": limit, "offset": offset}).all()
        return total, [Hit(r[0], r[1], int(r[2]), int(r[3]), r[4]) for r in rows]


class PostgresSearchIndex(SearchIndex):
    """A tsvector table in the store's own PostgreSQL database. Accents are folded before
    indexing and in the query ("Ha Noi" finds "Hà Nội", as FTS5's remove_diacritics does);
    the snippet comes from the text as written."""

    table = "diplometer_api_search_v2"
    docs_table = "diplometer_api_search_docs_v2"

    def _create(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(4216000002)"))
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {self.docs_table} (document TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)"))
        conn.execute(text(
            f"CREATE TABLE IF NOT EXISTS {self.table} (id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, "
            "document TEXT NOT NULL, pos_start INTEGER NOT NULL, pos_end INTEGER NOT NULL, title TEXT, body TEXT NOT NULL, "
            "folded TEXT NOT NULL, tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', folded)) STORED)"))
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{self.table}_tsv ON {self.table} USING GIN (tsv)"))
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{self.table}_document ON {self.table} (document)"))

    def _insert(self, conn: Connection, rows: list[Passage]) -> None:
        conn.execute(text(f"INSERT INTO {self.table} (kind, document, pos_start, pos_end, title, body, folded) "
                          "VALUES (:kind, :document, :start, :end, :title, :body, :folded)"),
                     [{**vars(r), "folded": fold_same_length(f"{r.title or ''} {r.body}")} for r in rows])

    def search(self, query: str, limit: int, offset: int) -> tuple[int, list[Hit]]:
        if not re.search(r"\w", query):
            return 0, []
        query = fold_same_length(query)
        with self.engine.connect() as conn:
            total = conn.execute(text(f"SELECT count(*) FROM {self.table} WHERE tsv @@ plainto_tsquery('english', :q)"),
                                 {"q": query}).scalar_one()
            rows = conn.execute(text(
                # the snippet is cut from the text as written, around any of the words
                "SELECT kind, document, pos_start, pos_end, ts_headline('english', body, "
                "replace(q::text, ' & ', ' | ')::tsquery, "
                "'StartSel=\"\", StopSel=\"\", MaxWords=30, MinWords=12, FragmentDelimiter=\"…\"') "
                f"FROM {self.table}, plainto_tsquery('english', :q) AS q WHERE tsv @@ q "
                "ORDER BY ts_rank(tsv, q) DESC, document, kind, pos_start LIMIT :limit OFFSET :offset"),
                {"q": query, "limit": limit, "offset": offset}).all()
        return total, [Hit(r[0], r[1], int(r[2]), int(r[3]), r[4]) for r in rows]


def side_file(store_url: str, suffix: str) -> str | None:
    """The path of a side index next to a SQLite store (`<db><suffix>`), or None when the store
    is in memory or the file or its folder cannot be written."""
    database = make_url(store_url).database
    if not database or database == ":memory:":
        return None
    path = database + suffix
    folder = os.path.dirname(os.path.abspath(path))
    writable = os.access(folder, os.W_OK) and (not os.path.exists(path) or os.access(path, os.W_OK))
    return path if writable else None


def open_index(store: Store, path: str | None = None) -> SearchIndex:
    """The index for a store: PostgreSQL in place, otherwise an FTS5 side file (`path` overrides)."""
    url = make_url(store.url)
    if url.get_backend_name() == "postgresql":
        return PostgresSearchIndex(create_engine(store.url))
    side = path if path is not None else side_file(store.url, ".search.sqlite")
    if side is None or side == ":memory:":
        from sqlalchemy.pool import StaticPool

        return SqliteSearchIndex(create_engine("sqlite://", poolclass=StaticPool,
                                               connect_args={"check_same_thread": False}))
    return SqliteSearchIndex(create_engine("sqlite:///" + os.path.abspath(side), connect_args={"timeout": 30}))


