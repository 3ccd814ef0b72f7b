"""Library ingest(): summary counts, rejected inputs, idempotence, replacement, partial runs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplometer.ingest import IngestSummary, ingest
from diplometer.store import TABLES, Store

KENYA = """date 2024-05-13
Kenyan President William Ruto held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Monday.
The two leaders signed an agreement on port financing.
"""
CHILE = """date 2024-06-02
Chilean President Gabriel Boric held phone talks with Brazilian President Luiz Lula on Saturday.
They discussed regional trade.
"""
NORWAY = """date 2024-07-20
Norwegian Foreign Minister Espen Eide paid an official visit to Ghana from July 17 to 19.
He met Ghanaian Foreign Minister Shirley Botchwey in Accra.
"""
KENYA_EDITED = """date 2024-05-14
Kenyan President William Ruto received Indian External Affairs Minister Subrahmanyam Jaishankar in Nairobi.
"""

GOOD_JSONL = [
    {"id": "peru-1", "date": "2024-03-01", "title": "Peru and Chile",
     "text": "Peruvian Foreign Minister Javier Gonzalez met Chilean Foreign Minister Alberto van Klaveren "
             "in Lima on Friday.", "source": "wire"},
    {"id": "peru-2", "date": "2024-03-02", "title": "Peru aid",
     "text": "Peru sent relief supplies to Ecuador on Saturday.", "source": "wire"},
]


def counts(store: Store) -> dict[str, int]:
    return {name: store.count(name) for name in TABLES}


def write_good(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kenya.txt").write_text(KENYA, encoding="utf-8")
    (folder / "chile.txt").write_text(CHILE, encoding="utf-8")
    (folder / "norway.txt").write_text(NORWAY, encoding="utf-8")


def write_corpus(folder: Path) -> None:
    """3 good seed-format texts, a JSONL with 2 good lines and 1 broken one, 4 bad files."""
    write_good(folder)
    lines = [json.dumps(GOOD_JSONL[0]), "{not json at all", json.dumps(GOOD_JSONL[1])]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"date 2024-01-01\nabc\x00\x01\x02def")
    (folder / "latin1.txt").write_bytes("date 2024-01-01\nMinister Jos\xe9 visited Spain.\n".encode("latin-1"))
    (folder / "baddate.txt").write_text("date 2024/01/05\nThe minister visited Peru.\n", encoding="utf-8")


GOOD_IDS = {"kenya", "chile", "norway", "peru-1", "peru-2"}
BAD_FILES = {"empty.txt", "binary.txt", "latin1.txt", "baddate.txt"}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    write_corpus(folder)
    return folder


def test_summary_counts_and_rejections(corpus: Path, tmp_path: Path) -> None:
    seen: list[tuple[str, str]] = []
    with Store.open(str(tmp_path / "a.db")) as store:
        summary = ingest([str(corpus)], store, None, on_result=lambda s, w: seen.append((s, w)))
        stored = {doc["id"] for doc in store.documents()}
    assert (summary.ingested, summary.replaced, summary.unchanged) == (5, 0, 0)
    assert len(summary.rejected) == 5
    assert not summary.ok
    for name in BAD_FILES:
        assert sum(name in message for message in summary.rejected) == 1, (name, summary.rejected)
    jsonl = [m for m in summary.rejected if "feed.jsonl" in m]
    assert len(jsonl) == 1 and "feed.jsonl:2" in jsonl[0] and "E105" in jsonl[0]
    codes = {name: next(m for m in summary.rejected if name in m) for name in BAD_FILES}
    assert "E101" in codes["empty.txt"]
    assert "E102" in codes["binary.txt"]
    assert "E103" in codes["latin1.txt"]
    assert "E104" in codes["baddate.txt"]
    assert stored == GOOD_IDS
    assert sorted(s for s, _ in seen) == ["ingested"] * 5 + ["rejected"] * 5
    assert summary.line() == "ingested 5 (0 replaced) / unchanged 0 / rejected 5"


def test_reingest_is_unchanged(corpus: Path, tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "a.db")) as store:
        ingest([str(corpus)], store, None)
        before = counts(store)
        again = ingest([str(corpus)], store, None)
        after = counts(store)
    assert (again.ingested, again.replaced, again.unchanged) == (0, 0, 5)
    assert len(again.rejected) == 5
    assert before == after
    assert before["documents"] == 5 and before["events"] > 0 and before["mentions"] > 0


def test_edited_article_replaces_its_rows(tmp_path: Path) -> None:
    folder = tmp_path / "good"
    write_good(folder)
    with Store.open(str(tmp_path / "a.db")) as store:
        first = ingest([str(folder)], store, None)
        assert first.ingested == 3 and first.ok
        old_events = store.load_extraction("kenya").events
        assert old_events
        (folder / "kenya.txt").write_text(KENYA_EDITED, encoding="utf-8")
        second = ingest([str(folder)], store, None)
        assert (second.ingested, second.replaced, second.unchanged) == (0, 1, 2)
        assert "(1 replaced)" in second.line()
        new = store.load_extraction("kenya")
        replaced_counts = counts(store)
    assert new is not None and new.article.text.startswith("Kenyan President William Ruto received")
    assert all(e.source.document == "kenya" for e in new.events)
    assert not any("Fumio Kishida" in e.source.text for e in new.events)
    assert not any(m.key == "person:fumio kishida" for m in new.mentions)
    # The same folder ingested into a fresh database gives exactly the same rows: no orphans.
    with Store.open(str(tmp_path / "fresh.db")) as fresh:
        ingest([str(folder)], fresh, None)
        assert counts(fresh) == replaced_counts


def test_nonexistent_path_is_rejected_not_raised(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "gone.txt"
    with Store.open(str(tmp_path / "a.db")) as store:
        summary = ingest([str(missing)], store, None)
        assert store.count("documents") == 0
    assert summary.ingested == 0 and len(summary.rejected) == 1
    assert "gone.txt" in summary.rejected[0]


def test_failure_while_saving_keeps_earlier_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "good"
    write_good(folder)
    real_save = Store.save
    calls: list[str] = []

    def flaky_save(self: Store, extraction, content_hash: str) -> str:
        calls.append(extraction.article.id)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real_save(self, extraction, content_hash)

    reported: list[tuple[str, str]] = []
    monkeypatch.setattr(Store, "save", flaky_save)
    db = str(tmp_path / "a.db")
    with Store.open(db) as store, pytest.raises(RuntimeError, match="disk on fire"):
        ingest([str(folder)], store, None, on_result=lambda s, w: reported.append((s, w)))
    monkeypatch.setattr(Store, "save", real_save)
    with Store.open(db) as store:
        stored = [doc["id"] for doc in store.documents()]
        assert stored == [calls[0]]
        assert store.load_extraction(calls[1]) is None
        assert store.count("events") == len(store.load_extraction(calls[0]).events)
    assert reported == [("ingested", calls[0])]  # everything reported is stored


def test_summary_ok_and_line() -> None:
    summary = IngestSummary(ingested=2, replaced=1, unchanged=3)
    assert summary.ok
    assert summary.line() == "ingested 3 (1 replaced) / unchanged 3 / rejected 0"


def test_same_stem_in_two_folders_is_stable(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "east").mkdir(parents=True)
    (folder / "west").mkdir()
    (folder / "east" / "talks.txt").write_text(KENYA, encoding="utf-8")
    (folder / "west" / "talks.txt").write_text(NORWAY, encoding="utf-8")
    with Store.open(str(tmp_path / "a.db")) as store:
        first = ingest([str(folder)], store, None)
        # nothing silently lost: each file is either stored or reported
        assert store.count("documents") + len(first.rejected) == 2
        assert first.replaced == 0
        again = ingest([str(folder)], store, None)
    assert (again.ingested, again.replaced) == (0, 0)
