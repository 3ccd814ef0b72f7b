"""Round trips through diplometer.codec for every record type."""
from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from diplometer import records
from diplometer.codec import from_dict, to_dict
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
    Sentence,
    Source,
    TimeExpr,
    When,
)

SRC = Source(document="d1", start=0, end=20, text="Viet Nam and Japan met.")
WHEN = When(start=date(2024, 3, 1), end=date(2024, 3, 31), precision="month", text="March")
VNM = ActorRef(key="country:VNM", name="Viet Nam", country="VNM")
JPN = ActorRef(key="country:JPN", name="Japan", country=None)

SAMPLES = [
    Article(id="d1", text="Viet Nam and Japan met.", date=date(2024, 3, 5), title="T", url=None,
            source="vn", origin="a.txt:3"),
    Article(id="d2", text="x"),
    Sentence(start=0, end=3, text="abc"),
    WHEN,
    TimeExpr(start=1, end=6, text="March", value=WHEN, future=True),
    SRC,
    Mention(start=0, end=8, text="Viet Nam", key="country:VNM", name="Viet Nam", type="country",
            country="VNM", role=None),
    VNM,
    Event(type="meet", plover="CONSULT", cameo="040", mode="visit", actors=(VNM,),
          counterparts=(JPN, VNM), date=WHEN, source=SRC, trigger="met", rule="r1",
          confidence=0.8, location="Ha Noi", pillar=None, context="ctx", modality="planned"),
    Event(type="meet", plover="CONSULT", cameo="040", mode=None, actors=(), counterparts=(),
          date=None, source=SRC, trigger="met", rule="r1", confidence=1.0),
    Anniversary(partner=JPN, relation="diplomatic relations", ordinal=50, year=2023, since=1973,
                source=SRC),
    Indicator(name="trade", value=120.5, unit="USD bn", year=2023, qualifier="over", country="VNM",
              source=SRC),
    Membership(country="VNM", body="UNHRC", role="member", start=date(2023, 1, 1), end=None,
               source=SRC),
    Policy(type="strategy", title="Act East", date=None, source=SRC),
    ReportedCount(actor=VNM, count=12, qualifier="about", unit="visits", period=WHEN, source=SRC),
    ReportedCount(actor=None, count=3, qualifier="", unit="deals", period=None, source=SRC),
]


@pytest.mark.parametrize("record", SAMPLES, ids=lambda r: type(r).__name__)
def test_round_trip(record):
    data = to_dict(record)
    assert from_dict(type(record), json.loads(json.dumps(data))) == record


def test_every_record_type_is_covered():
    classes = {obj for obj in vars(records).values()
               if isinstance(obj, type) and dataclasses.is_dataclass(obj)}
    assert classes - {type(r) for r in SAMPLES} == {Extraction}


def test_extraction_round_trip():
    ex = Extraction(article=SAMPLES[0], mentions=[SAMPLES[6]], events=[SAMPLES[8], SAMPLES[9]],
                    times=[SAMPLES[4]], counts=[SAMPLES[-1]])
    back = from_dict(Extraction, json.loads(json.dumps(to_dict(ex))))
    assert back == ex
    assert isinstance(back.events[0].actors, tuple)
    assert isinstance(back.events, list)


def test_encoding_shape():
    data = to_dict(SAMPLES[8])
    assert data["date"] == {"start": "2024-03-01", "end": "2024-03-31", "text": "March",
                            "precision": "month"}
    assert data["actors"] == [{"key": "country:VNM", "name": "Viet Nam", "country": "VNM"}]
    assert data["pillar"] is None
    assert to_dict(SAMPLES[0])["date"] == "2024-03-05"


def test_missing_keys_use_defaults_and_unknown_keys_are_ignored():
    article = from_dict(Article, {"id": "x", "text": "t", "extra": 1})
    assert article == Article(id="x", text="t")


def test_int_becomes_float_where_declared():
    ind = from_dict(Indicator, {**to_dict(SAMPLES[11]), "value": 3})
    assert ind.value == 3.0 and isinstance(ind.value, float)


def test_rejects_non_dataclasses():
    with pytest.raises(TypeError):
        to_dict({"a": 1})
    with pytest.raises(TypeError):
        from_dict(dict, {})
