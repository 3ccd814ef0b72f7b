"""The SQLite (and optionally PostgreSQL) event record."""
from __future__ import annotations

import os
from datetime import date

import pytest
from sqlalchemy import create_engine, inspect, text

from diplometer import store as store_mod
from diplometer.errors import BadDatabaseUrl, SchemaTooNew, UnknownTable
from diplometer.records import (
    ActorRef,
    Anniversary,
    Article,
    Event,
    Extraction,
    Indicator,
    Membership,
    Mention,
    Policy,
    ReportedCount,
    Source,
    TimeExpr,
    When,
)
from diplometer.store import KINDS, TABLES, Store, content_hash, drop_tables, resolve_url


def make_extraction(doc_id: str = "d1", day: date | None = date(2024, 3, 5),
                    body: str = "Viet Nam and Japan met in Ha Noi.", trigger: str = "met") -> Extraction:
    article = Article(id=doc_id, text=body, date=day, title="Talks", url="https://x/1",
                      source="vn", origin="a.txt:1")
    src = Source(document=doc_id, start=0, end=len(body), text=body)
    when = When(start=date(2024, 3, 5), end=date(2024, 3, 5), precision="day", text="today")
    vnm = ActorRef("country:VNM", "Viet Nam", "VNM")
    jpn = ActorRef("country:JPN", "Japan", "JPN")
    return Extraction(
        article=article,
        mentions=[Mention(0, 8, "Viet Nam", "country:VNM", "Viet Nam", "country", "VNM"),
                  Mention(13, 18, "Japan", "country:JPN", "Japan", "country", "JPN", role=None)],
        events=[Event("meet", "CONSULT", "040", "visit", (vnm,), (jpn,), when, src, trigger, "r1", 0.9,
                      location="Ha Noi", modality="planned")],
        anniversaries=[Anniversary(jpn, "diplomatic relations", 50, 2023, 1973, src)],
        indicators=[Indicator("trade", 120.5, "USD bn", 2023, "over", "VNM", src)],
        memberships=[Membership("VNM", "UNHRC", "member", date(2023, 1, 1), None, src)],
        policies=[Policy("strategy", "Act East", None, src)],
        counts=[ReportedCount(None, 12, "about", "visits", when, src)],
        times=[TimeExpr(20, 25, "today", when)],
    )


def save(st: Store, ex: Extraction) -> str:
    return st.save(ex, content_hash(ex.article))


def counts(st: Store) -> dict[str, int]:
    return {name: st.count(name) for name in TABLES}


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "d.db")


PG_URL = os.environ.get("DIPLOMETER_TEST_PG_URL")
needs_pg = [pytest.mark.slow, pytest.mark.skipif(not PG_URL, reason="set DIPLOMETER_TEST_PG_URL")]


def reset_pg(url: str) -> None:
    """Empty the throwaway PostgreSQL database named by DIPLOMETER_TEST_PG_URL."""
    drop_tables(url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_pg)])
def st(request, db):
    """The API-level tests run on SQLite, and on PostgreSQL too when one is given."""
    if request.param == "postgresql":
        reset_pg(PG_URL)
    with Store.open(db if request.param == "sqlite" else PG_URL) as opened:
        yield opened


# --- URLs -------------------------------------------------------------------------------------

def test_resolve_url(monkeypatch, tmp_path):
    monkeypatch.delenv("DIPLOMETER_DB", raising=False)
    assert resolve_url(None) == "sqlite:///" + os.path.abspath("./diplometer.db")
    monkeypatch.setenv("DIPLOMETER_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("rel.db") == "sqlite:///" + os.path.abspath("rel.db")
    assert resolve_url("sqlite://") == "sqlite://"
    assert resolve_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_env_db_is_used_by_open(monkeypatch, tmp_path):
    monkeypatch.setenv("DIPLOMETER_DB", str(tmp_path / "env.db"))
    with Store.open(None):
        pass
    assert (tmp_path / "env.db").exists()


def test_bad_scheme():
    with pytest.raises(BadDatabaseUrl, match="notadb://x"):
        Store.open("notadb://x")


def test_unwritable_path(tmp_path):
    (tmp_path / "afile").write_text("")
    with pytest.raises(BadDatabaseUrl, match="afile"):
        Store.open(str(tmp_path / "afile" / "x.db"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_directory(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(BadDatabaseUrl):
        Store.open(str(locked / "x.db"))


def test_password_is_masked():
    assert "secret" not in store_mod.mask_url("postgresql+psycopg://me:secret@h/db")
    assert "secret" not in store_mod.mask_url("weird://me:secret@[bad")


# --- schema and migrations --------------------------------------------------------------------

def test_migration_creates_schema_and_records_version(db):
    with Store.open(db) as st:
        assert st.schema_version() == 1
    names = set(inspect(create_engine(f"sqlite:///{db}")).get_table_names())
    assert names == set(TABLES) | {"schema_version"}
    with create_engine(f"sqlite:///{db}").connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("SELECT version FROM schema_version")).scalars().all() == [1]


def test_reopen_does_not_rerun(db, monkeypatch):
    calls = []
    version, description, migrate = store_mod.MIGRATIONS[0]
    monkeypatch.setattr(store_mod, "MIGRATIONS",
                        [(version, description, lambda conn: (calls.append(1), migrate(conn)))])
    Store.open(db).close()
    Store.open(db).close()
    assert calls == [1]


def test_missing_migrations_are_applied(db, monkeypatch):
    Store.open(db).close()
    ran = []
    monkeypatch.setattr(store_mod, "MIGRATIONS",
                        store_mod.MIGRATIONS + [(2, "test", lambda conn: ran.append(2))])
    with Store.open(db) as st:
        assert st.schema_version() == 2
    assert ran == [2]


def test_failed_migration_leaves_nothing_behind(db, monkeypatch):
    Store.open(db).close()

    def half_done(conn):
        conn.execute(text("CREATE TABLE half (x INTEGER)"))
        raise RuntimeError("migration bug")

    monkeypatch.setattr(store_mod, "MIGRATIONS", store_mod.MIGRATIONS + [(2, "broken", half_done)])
    with pytest.raises(RuntimeError):
        Store.open(db)
    assert "half" not in inspect(create_engine(f"sqlite:///{db}")).get_table_names()
    monkeypatch.undo()
    with Store.open(db) as st:
        assert st.schema_version() == 1


def test_schema_too_new(db):
    Store.open(db).close()
    with create_engine(f"sqlite:///{db}").begin() as conn:
        conn.execute(text("INSERT INTO schema_version VALUES (99, 'future', 'now')"))
    with pytest.raises(SchemaTooNew, match="99"):
        Store.open(db)


def test_foreign_keys_on(db):
    with Store.open(db) as st, st._engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


# --- saving -----------------------------------------------------------------------------------

def test_round_trip(st):
    ex = make_extraction()
    assert st.document_state("d1", content_hash(ex.article)) == "new"
    assert save(st, ex) == "ingested"
    assert st.load_extraction("d1") == ex
    assert st.load_extraction("nope") is None
    assert all(n == (2 if name == "mentions" else 1) for name, n in counts(st).items())
    assert set(KINDS) == {f for f in Extraction.__dataclass_fields__ if f != "article"}


def test_idempotent_resave(st):
    ex = make_extraction()
    save(st, ex)
    before = (counts(st), list(st.documents()))
    assert st.document_state("d1", content_hash(ex.article)) == "unchanged"
    assert save(st, make_extraction()) == "unchanged"
    assert (counts(st), list(st.documents())) == before


def test_changed_content_replaces_completely(st):
    save(st, make_extraction("d1"))
    save(st, make_extraction("d2"))
    new = make_extraction("d1", body="Viet Nam and Japan signed.", trigger="signed")
    new.events.append(new.events[0])
    new.mentions.clear()
    assert st.document_state("d1", content_hash(new.article)) == "changed"
    assert save(st, new) == "replaced"
    assert st.load_extraction("d1") == new
    assert [e.trigger for e in st.load_extraction("d1").events] == ["signed", "signed"]
    c = counts(st)
    assert c["documents"] == 2 and c["events"] == 3 and c["mentions"] == 2
    with st._engine.connect() as conn:  # no orphans anywhere
        for name in KINDS:
            orphans = conn.execute(text(
                f"SELECT count(*) FROM {name} WHERE document_id NOT IN (SELECT id FROM documents)"))
            assert orphans.scalar() == 0


def test_delete(st):
    save(st, make_extraction("d1"))
    save(st, make_extraction("d2"))
    assert st.delete_document("d1") is True
    assert st.delete_document("d1") is False
    assert st.load_extraction("d1") is None
    assert counts(st)["documents"] == 1 and counts(st)["events"] == 1 and counts(st)["mentions"] == 2


def test_crash_mid_save_keeps_previous_version(st, monkeypatch):
    old = make_extraction()
    save(st, old)
    before = counts(st)
    real = store_mod._kind_rows

    def failing(name, doc_id, records):
        if name == "policies":
            raise RuntimeError("disk on fire")
        return real(name, doc_id, records)

    monkeypatch.setattr(store_mod, "_kind_rows", failing)
    new = make_extraction(body="Something else entirely.")
    with pytest.raises(RuntimeError):
        save(st, new)
    assert st.load_extraction("d1") == old
    assert counts(st) == before
    with pytest.raises(RuntimeError):
        save(st, make_extraction("d9"))
    assert st.load_extraction("d9") is None


def test_count_unknown_table(st):
    with pytest.raises(UnknownTable):
        st.count("users; drop table documents")


# --- reading ----------------------------------------------------------------------------------

def test_iter_extractions_order_and_paging(st):
    days = {"e": date(2024, 1, 2), "b": date(2024, 1, 1), "a": date(2024, 1, 2), "u": None,
            "c": date(2023, 12, 31), "t": None}
    for doc_id, day in days.items():
        save(st, make_extraction(doc_id, day=day))
    expected = ["c", "b", "a", "e", "t", "u"]
    assert [ex.article.id for ex in st.iter_extractions(batch=2)] == expected
    assert [ex.article.id for ex in st.iter_extractions()] == expected
    assert [d["id"] for d in st.documents(batch=1)] == expected
    first = next(iter(st.iter_extractions(batch=2)))
    assert first == make_extraction("c", day=date(2023, 12, 31))


def test_iter_extractions_five_docs_batch_two(st):
    for i in range(5):
        save(st, make_extraction(f"d{i}", day=date(2024, 1, 5 - i)))
    got = list(st.iter_extractions(batch=2))
    assert [ex.article.id for ex in got] == ["d4", "d3", "d2", "d1", "d0"]
    assert all(len(ex.events) == 1 and len(ex.mentions) == 2 for ex in got)


def test_documents_listing(st):
    save(st, make_extraction())
    (doc,) = st.documents()
    assert doc["date"] == "2024-03-05" and "text" not in doc and doc["origin"] == "a.txt:1"
    assert doc["content_hash"] == content_hash(make_extraction().article)
    assert next(st.documents(with_text=True))["text"].startswith("Viet Nam")


def test_empty_store(st):
    assert list(st.iter_extractions()) == [] and list(st.documents()) == []


def test_content_hash_sensitivity():
    a = make_extraction().article
    assert content_hash(a) == content_hash(make_extraction().article)
    assert content_hash(a) != content_hash(make_extraction(day=None).article)
    assert content_hash(a) != content_hash(make_extraction(body="other").article)


# --- PostgreSQL -------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(not PG_URL, reason="set DIPLOMETER_TEST_PG_URL")
def test_postgresql_round_trip():
    """Runs against a throwaway database: every diplometer table in it is dropped first."""
    url = resolve_url(PG_URL)
    reset_pg(url)
    with Store.open(url) as st:
        assert st.schema_version() == 1
        ex = make_extraction()
        assert save(st, ex) == "ingested"
        assert save(st, ex) == "unchanged"
        assert st.load_extraction("d1") == ex
        save(st, make_extraction("d0", day=None))
        save(st, make_extraction("d2", day=date(2020, 1, 1)))
        assert [e.article.id for e in st.iter_extractions(batch=1)] == ["d2", "d1", "d0"]
        assert save(st, make_extraction(body="changed")) == "replaced"
        assert st.delete_document("d1") and st.count("events") == 2
    with Store.open(url) as st:
        assert st.schema_version() == 1


def test_bulk_save_of_shards_equals_saving_one_by_one(st, tmp_path):
    """save_many (the writer of sharded runs) stores the same rows, with the same row ids, as
    save() article by article, on either backend; re-saving is a no-op."""
    from diplometer.pipeline import extract_all
    from diplometer.readers import read_paths
    from diplometer.sample import sample_dir

    articles = [a for a in read_paths([str(sample_dir())]) if not isinstance(a, Exception)][:12]
    pairs = [(e, content_hash(e.article)) for e in extract_all(articles, None)]
    with Store.open(str(tmp_path / "one-by-one.db")) as single:
        for extraction, content in pairs:
            single.save(extraction, content)
        expected = single.fingerprint()
    assert st.save_many(pairs[:5]) == ["ingested"] * 5
    assert st.save_many(pairs[5:]) == ["ingested"] * 7
    assert st.fingerprint() == expected
    assert st.save_many(pairs[:2]) == ["unchanged"] * 2 and st.fingerprint() == expected
