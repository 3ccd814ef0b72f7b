"""JSON Lines and CSV export against the INTERCHANGE contract."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from diplometer.consolidate import Record, consolidate
from diplometer.export import CSV_COLUMNS, write_csv, write_jsonl
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

REQUIRED = {
    "document": {"id", "date", "title", "source"},
    "actor": {"id", "name", "aliases", "type", "country", "roles"},
    "event": {"id", "type", "actors", "counterparts", "date", "location", "pillar", "mode", "cameo", "plover",
              "sources", "confidence"},
    "anniversary": {"id", "partner", "relation", "ordinal", "year", "since", "sources"},
    "indicator": {"id", "name", "value", "unit", "year", "qualifier", "country", "sources"},
    "membership": {"id", "country", "body", "role", "start", "end", "sources"},
    "policy": {"id", "type", "title", "date", "sources"},
    "reported_count": {"id", "actor", "count", "qualifier", "unit", "period", "sources"},
    "time": {"document", "start", "end", "text", "value"},
}

SENTENCES = [
    "Moroccan Foreign Minister Amina Lahlou met Senegalese counterpart Awa Ndiaye in Dakar on Tuesday.",
    "The two countries mark the 60th anniversary of diplomatic ties this year.",
    "Bilateral trade reached about 300 million USD in 2023.",
    "Senegal is a non-permanent member of the African Union Peace and Security Council.",
    "The ministry adopted Strategy No 7 on Africa.",
    "The ministry held 25 foreign activities in the first half of the year.",
]
TEXT = " ".join(SENTENCES)
DOC_DATE = date(2024, 2, 15)
MAR = ActorRef("country:MAR", "Morocco", "MAR")
SEN = ActorRef("country:SEN", "Senegal", "SEN")


def sentence(doc: str, index: int) -> Source:
    start = TEXT.index(SENTENCES[index])
    return Source(doc, start, start + len(SENTENCES[index]), SENTENCES[index])


def mention(doc_text: str, text: str, key: str, type_: str, country: str | None, role: str | None = None,
            name: str | None = None) -> Mention:
    start = doc_text.index(text)
    return Mention(start, start + len(text), text, key, name or text, type_, country, role)


def build_extraction(doc: str = "morocco-1", title: str | None = "Morocco and Senegal",
                     source: str | None = None) -> Extraction:
    article = Article(id=doc, text=TEXT, date=DOC_DATE, title=title, source=source)
    tuesday = TEXT.index("Tuesday")
    when = When(date(2024, 2, 13), date(2024, 2, 13), "day", "Tuesday")
    lahlou = ActorRef("person:amina lahlou", "Amina Lahlou", "MAR")
    ndiaye = ActorRef("person:awa ndiaye", "Awa Ndiaye", "SEN")
    return Extraction(
        article=article,
        mentions=[
            mention(TEXT, "Moroccan", "country:MAR", "country", "MAR", "adjective", "Morocco"),
            mention(TEXT, "Amina Lahlou", "person:amina lahlou", "person", "MAR", "Foreign Minister"),
            mention(TEXT, "Awa Ndiaye", "person:awa ndiaye", "person", "SEN"),
            mention(TEXT, "Senegal", "country:SEN", "country", "SEN"),
        ],
        events=[
            Event("meeting", "CONSULT", "040", "in_person", (lahlou,), (ndiaye,), when, sentence(doc, 0),
                  "met", "meet-rule", 0.9, location="Dakar", pillar="state"),
            # no time of its own: the article date, no pillar, no location
            Event("visit", "CONSULT", "042", None, (MAR,), (SEN,),
                  When(DOC_DATE, DOC_DATE, "day", ""), sentence(doc, 0), "in Dakar", "visit-rule", 0.6),
        ],
        anniversaries=[Anniversary(SEN, "diplomatic_ties", 60, 2024, 1964, sentence(doc, 1))],
        indicators=[Indicator("trade_turnover", 3e8, "USD", 2023, "about", None, sentence(doc, 2))],
        memberships=[Membership("SEN", "African Union Peace and Security Council", "non-permanent member",
                                None, None, sentence(doc, 3))],
        policies=[Policy("strategy", "Strategy No 7", None, sentence(doc, 4))],
        counts=[ReportedCount(None, 25, "exact", "foreign activities",
                              When(date(2024, 1, 1), date(2024, 6, 30), "part_of_year", "first half of the year"),
                              sentence(doc, 5))],
        times=[TimeExpr(tuesday, tuesday + len("Tuesday"), "Tuesday", when)],
    )


@pytest.fixture
def record() -> Record:
    return consolidate([build_extraction()])


def jsonl(record: Record, include_times: bool = False) -> list[dict]:
    buffer = io.StringIO()
    count = write_jsonl(record, buffer, include_times)
    lines = buffer.getvalue().splitlines()
    assert count == len(lines)
    return [json.loads(line) for line in lines]


def test_every_kind_has_required_fields(record: Record) -> None:
    objs = jsonl(record, include_times=True)
    kinds = {o["kind"] for o in objs}
    assert kinds == set(REQUIRED)
    for obj in objs:
        missing = REQUIRED[obj["kind"]] - set(obj)
        assert not missing, (obj["kind"], missing)


def test_times_only_with_flag(record: Record) -> None:
    assert "time" not in {o["kind"] for o in jsonl(record)}
    [time] = [o for o in jsonl(record, include_times=True) if o["kind"] == "time"]
    assert TEXT[time["start"]:time["end"]] == time["text"] == "Tuesday"
    assert time["value"] == {"start": "2024-02-13", "end": "2024-02-13", "text": "Tuesday", "precision": "day"}


def test_sources_slice_document_text(record: Record) -> None:
    texts = {d.id: d.text for d in record.documents}
    checked = 0
    for obj in jsonl(record):
        for source in obj.get("sources", []):
            assert texts[source["document"]][source["start"]:source["end"]] == source["text"]
            assert source["text"] in SENTENCES
            checked += 1
    assert checked >= 7


def test_unknown_values_are_null(record: Record) -> None:
    objs = jsonl(record)
    [doc] = [o for o in objs if o["kind"] == "document"]
    assert doc["source"] is None and doc["title"] == "Morocco and Senegal" and doc["date"] == "2024-02-15"
    visit = next(o for o in objs if o["kind"] == "event" and o["type"] == "visit")
    assert visit["pillar"] is None and visit["mode"] is None and visit["location"] is None
    assert visit["date"]["basis"] == "article_date"
    meeting = next(o for o in objs if o["kind"] == "event" and o["type"] == "meeting")
    assert "basis" not in meeting["date"] and meeting["location"] == "Dakar"
    assert meeting["actors"] == [{"id": "person:amina lahlou", "name": "Amina Lahlou", "country": "MAR",
                                  "role": "Foreign Minister"}]  # refs may add fields: the role on the day
    assert 0 <= meeting["confidence"] <= 1
    [indicator] = [o for o in objs if o["kind"] == "indicator"]
    assert indicator["country"] is None and indicator["value"] == 3e8
    [membership] = [o for o in objs if o["kind"] == "membership"]
    assert membership["start"] is None and membership["end"] is None
    [policy] = [o for o in objs if o["kind"] == "policy"]
    assert policy["date"] is None
    [count] = [o for o in objs if o["kind"] == "reported_count"]
    assert count["actor"] is None and count["period"]["start"] == "2024-01-01"
    [anniversary] = [o for o in objs if o["kind"] == "anniversary"]
    assert (anniversary["ordinal"], anniversary["year"], anniversary["since"]) == (60, 2024, 1964)
    assert anniversary["partner"]["country"] == "SEN"


def test_undated_document_date_is_null() -> None:
    ex = build_extraction("undated")
    ex.article = Article(id="undated", text=TEXT, date=None)
    [doc] = [o for o in jsonl(consolidate([ex])) if o["kind"] == "document"]
    assert doc["date"] is None and doc["title"] is None


def test_actor_records(record: Record) -> None:
    actors = {o["id"]: o for o in jsonl(record) if o["kind"] == "actor"}
    lahlou = actors["person:amina lahlou"]
    assert lahlou["roles"] == ["Foreign Minister"] and lahlou["type"] == "person" and lahlou["country"] == "MAR"
    assert actors["country:MAR"]["name"] == "Morocco"
    assert "Moroccan" not in actors["country:MAR"]["aliases"]  # adjectives are not spellings of the name


def test_export_is_deterministic() -> None:
    one = jsonl(consolidate([build_extraction()]), include_times=True)
    two = jsonl(consolidate([build_extraction()]), include_times=True)
    assert one == two


def test_csv_one_row_per_record(record: Record) -> None:
    objs = jsonl(record, include_times=True)
    buffer = io.StringIO()
    count = write_csv(record, buffer, include_times=True)
    reader = csv.DictReader(io.StringIO(buffer.getvalue()))
    assert reader.fieldnames == CSV_COLUMNS
    rows = list(reader)
    assert count == len(rows) == len(objs)
    assert [json.loads(r["json"]) for r in rows] == objs
    assert [r["kind"] for r in rows] == [o["kind"] for o in objs]
    meeting = next(r for r in rows if r["kind"] == "event" and r["type"] == "meeting")
    assert meeting["date_start"] == "2024-02-13" and meeting["actor_countries"] == "MAR"
    assert meeting["sentence"] == SENTENCES[0] and meeting["documents"] == "morocco-1"
    visit = next(r for r in rows if r["kind"] == "event" and r["type"] == "visit")
    assert visit["pillar"] == "" and visit["mode"] == ""


def test_csv_document_row_has_its_date(record: Record) -> None:
    buffer = io.StringIO()
    write_csv(record, buffer)
    [doc] = [r for r in csv.DictReader(io.StringIO(buffer.getvalue())) if r["kind"] == "document"]
    assert doc["date_start"] == doc["date_end"] == "2024-02-15"
