"""The term review over a hand-made record with known answers, and its invariants over the sample.

`synthetic_record()` is shared with the other analysis tests (tests/ is on the path).
"""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from diplometer.consolidate import Actor, MergedEvent, MergedFact, Record, consolidate
from diplometer.pipeline import extract_all
from diplometer.readers import read_paths
from diplometer.records import (
    ActorRef,
    Anniversary,
    Article,
    Event,
    Indicator,
    Membership,
    ReportedCount,
    Source,
    When,
)
from diplometer.reports import (
    Count,
    build_report,
    count_checks,
    event_partners,
    home_country,
    role_levels,
    unit_types,
)
from diplometer.sample import sample_dir

VNM, LAO, KHM, CHN = (ActorRef(f"country:{c}", c, c) for c in ("VNM", "LAO", "KHM", "CHN"))
SEC = ActorRef("person:a", "Anh Secretary", "VNM")  # head of party
PM = ActorRef("person:b", "Binh Premier", "VNM")  # head of government
LAO_FM = ActorRef("person:c", "Chan Minister", "LAO")  # foreign minister
KHM_PRES = ActorRef("person:d", "Dara President", "KHM")  # head of state
LPRP = ActorRef("lprp", "Lao People's Revolutionary Party", "LAO")
VUFO = ActorRef("vufo", "Viet Nam Union of Friendship Organisations", "VNM")
CHN_FA = ActorRef("org:china-viet nam friendship association", "China–Viet Nam Friendship Association", "CHN")
ASEAN = ActorRef("asean", "ASEAN", None)
LAO_PM = ActorRef("person:e", "Eng Premier", "LAO")


def day(text: str) -> When:
    d = date.fromisoformat(text)
    return When(d, d, "day", text)


def source(doc: str, text: str, start: int = 0) -> Source:
    return Source(doc, start, start + len(text), text)


def event(ident: str, type_: str, pillar: str | None, when: When | None, actors: list[ActorRef],
          counterparts: list[ActorRef], text: str = "", modality: str | None = None) -> MergedEvent:
    src = source(f"doc-{ident}", text or f"Sentence about {ident}.")
    first = Event(type_, "CONSULT", "040", None, tuple(actors), tuple(counterparts), when, src, "met", "test", 0.9,
                  pillar=pillar, modality=modality)
    return MergedEvent(ident, first, [first], actors, counterparts, when, [src], 0.9)


def fact(ident: str, record: object) -> MergedFact:
    return MergedFact(ident, record, [record.source])  # type: ignore[attr-defined]


def synthetic_record() -> Record:
    """Home Viet Nam; partners Laos, Cambodia, China and ASEAN; see each test for the answers."""
    actors = [
        Actor("person:a", "Anh Secretary", "person", "VNM", roles=["Party General Secretary"]),
        Actor("person:b", "Binh Premier", "person", "VNM", roles=["Prime Minister", "counterpart"]),
        Actor("person:c", "Chan Minister", "person", "LAO", roles=["Foreign Minister"]),
        Actor("person:d", "Dara President", "person", "KHM", roles=["President"]),
        Actor("person:e", "Eng Premier", "person", "LAO", roles=["Prime Minister"]),
        Actor("vufo", VUFO.name, "organization", "VNM"),
        Actor("asean", "ASEAN", "organization", None),
    ] + [Actor(r.key, r.name, "country", r.country) for r in (VNM, LAO, KHM, CHN)]
    events = [
        event("e1", "meeting", "state", day("2023-01-10"), [PM], [LAO_FM]),
        event("e2", "visit", "state", day("2023-03-05"), [PM], [KHM, KHM_PRES]),
        event("e3", "exchange", "party", day("2023-03-20"), [SEC], [LPRP]),
        event("e4", "agreement", "state", day("2023-03-05"), [PM, KHM_PRES], [],
              "The two prime ministers signed the Treaty on the Border."),
        event("e5", "meeting", "people", day("2023-06-01"), [VUFO], [CHN_FA]),
        event("e6", "conference", "state", day("2023-07-01"), [PM], [ASEAN]),
        event("e7", "accuse", "state", day("2023-08-01"), [CHN], [VNM]),
        event("e8", "visit", "state", day("2023-09-01"), [PM], [LAO], modality="planned:visit"),
        event("e9", "meeting", "state", day("2022-05-01"), [LAO_PM], [KHM_PRES]),
        event("e10", "message", "party", None, [SEC], [CHN]),
    ]
    ann_text = "The visit marks the 60th anniversary of diplomatic relations between the two countries."
    facts = {
        "anniversary": [
            fact("ann-1", Anniversary(LAO, "diplomatic_ties", 60, 2022, 1962, source("doc-a1", ann_text))),
            fact("ann-2", Anniversary(LAO, "diplomatic_ties", 60, 2023, 1963, source("doc-a2", ann_text))),
            fact("ann-3", Anniversary(KHM, "partnership", 10, 2023, 2013,
                                      source("doc-a3", "They mark the 10th anniversary of their partnership."))),
            fact("ann-4", Anniversary(LAO, "diplomatic_ties", 68, 2023, 1955,
                                      source("doc-a4", "Japan and Laos mark 68 years of diplomatic relations."))),
        ],
        "indicator": [
            fact("ind-2023", Indicator("trade_turnover", 2e9, "USD", 2023, "exact", "LAO", source("doc-i", "2 bn"))),
            fact("ind-2022", Indicator("trade_turnover", 1.7e9, "USD", 2022, "about", "LAO", source("doc-i", "1.7"))),
        ],
        "membership": [
            fact("mem-unsc", Membership("VNM", "United Nations Security Council", "non-permanent member",
                                        date(2020, 1, 1), date(2021, 12, 31), source("doc-m", "UNSC"))),
            fact("mem-hrc", Membership("VNM", "United Nations Human Rights Council", "member",
                                       date(2023, 1, 1), date(2025, 12, 31), source("doc-m", "HRC", 10))),
        ],
        "policy": [],
        "reported_count": [
            fact("rc-1", ReportedCount(VNM, 5, "exact", "external activities",
                                       When(date(2023, 1, 1), date(2023, 3, 31), "part_of_year", "the first quarter"),
                                       source("doc-rc", "Viet Nam held 5 external activities in the first quarter."))),
            fact("rc-2", ReportedCount(None, 3, "more_than", "experience exchanges", None,
                                       source("doc-rc2", "The commission organised more than 3 experience exchanges."))),
        ],
    }
    documents = [
        Article("doc-rc2", "The commission organised more than 3 experience exchanges.", date(2023, 4, 1)),
        Article("doc-est", "The comprehensive partnership between Viet Nam and China, established in 2008, "
                           "was reviewed.", date(2023, 6, 1)),
    ]
    return Record(documents=documents, actors=actors, events=events, facts=facts)


def all_counts(value: object) -> list[Count]:
    """Every Count anywhere inside a result."""
    if isinstance(value, Count):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [c for f in dataclasses.fields(value) for c in all_counts(getattr(value, f.name))]
    if isinstance(value, list | tuple):
        return [c for v in value for c in all_counts(v)]
    return []


def as_dict(counts: tuple[Count, ...]) -> dict[str, int]:
    return {c.key: c.value for c in counts}


# ------------------------------------------------------------------ synthetic
def test_home_is_the_most_frequent_country_and_partners_exclude_it() -> None:
    record = synthetic_record()
    assert home_country(record) == "VNM"
    e6 = next(e for e in record.events if e.id == "e6")
    assert event_partners(e6, "VNM") == ("asean",)


def test_role_levels() -> None:
    assert role_levels("Party General Secretary") == {"head_of_party"}
    assert role_levels("Prime Minister") == {"head_of_government"}
    assert role_levels("National Assembly Chairman") == {"parliament"}
    assert role_levels("President of the Việt Nam Fatherland Front (VFF) Central Committee") == {"people_org"}
    assert role_levels("counterpart") == frozenset()


def test_report_counts_over_the_whole_record() -> None:
    report = build_report(synthetic_record())
    assert report.home == "VNM"
    # e8 is only planned, e9 does not involve Viet Nam
    assert report.total.value == 8 and set(report.total.event_ids) == {f"e{i}" for i in (1, 2, 3, 4, 5, 6, 7, 10)}
    assert as_dict(report.by_type) == {"meeting": 2, "visit": 1, "exchange": 1, "agreement": 1, "conference": 1,
                                       "accuse": 1, "message": 1}
    assert as_dict(report.by_pillar) == {"state": 5, "party": 2, "people": 1}
    assert as_dict(report.by_partner) == {"CHN": 3, "LAO": 2, "KHM": 2, "asean": 1}
    assert report.top_partners[0].key == "CHN" and report.top_partners[0].label == "China"
    assert as_dict(report.by_region) == {"South-eastern Asia": 4, "Eastern Asia": 3, "multilateral": 1}
    leaders = {x.key: (x.count.value, x.levels) for x in report.by_leader}
    assert leaders == {"person:b": (4, ("head_of_government",)), "person:a": (2, ("head_of_party",))}
    assert report.agreements.event_ids == ("e4",)
    assert [m.id for m in report.memberships] == ["mem-unsc", "mem-hrc"]
    (series,) = report.indicators
    assert [p.year for p in series.points] == [2022, 2023] and series.country == "LAO"


def test_report_period_actor_and_country_filters() -> None:
    record = synthetic_record()
    q1 = build_report(record, date(2023, 1, 1), date(2023, 3, 31))
    assert set(q1.total.event_ids) == {"e1", "e2", "e3", "e4"}  # the undated e10 is outside any period
    assert [m.id for m in q1.memberships] == ["mem-hrc"]
    assert [p.year for p in q1.indicators[0].points] == [2023]
    assert build_report(record, actor="Binh Premier").total.value == 4
    assert set(build_report(record, country="KHM").total.event_ids) == {"e2", "e4"}


def test_reported_counts_sit_beside_the_records_own() -> None:
    checks = {c.fact_id: c for c in count_checks(synthetic_record())}
    q1 = checks["rc-1"]
    assert (q1.reported, q1.recorded.value) == (5, 4)
    assert set(q1.recorded.event_ids) == {"e1", "e2", "e3", "e4"}
    assert q1.sources[0].text.startswith("Viet Nam held 5")
    exchanges = checks["rc-2"]  # no actor: home; no period: up to the article's date
    assert exchanges.types == ("exchange",) and exchanges.recorded.event_ids == ("e3",)
    assert exchanges.period_end == date(2023, 4, 1)


def test_unit_types() -> None:
    assert unit_types("multilateral external activities") == ("conference",)
    assert unit_types("delegation exchanges and experience exchanges") == ("exchange",)
    assert "meeting" in unit_types("external activities")
    assert unit_types("raids") != ("aid",)


def test_every_count_equals_its_evidence() -> None:
    report = build_report(synthetic_record())
    lines = {x.id for x in report.events + report.evidence}
    for count in all_counts(report):
        assert count.value == len(count.event_ids) == len(set(count.event_ids))
        assert set(count.event_ids) <= lines


# ------------------------------------------------------------------ the built-in sample
@pytest.fixture(scope="module")
def sample_record() -> Record:
    articles = [a for a in read_paths([str(sample_dir())]) if isinstance(a, Article)]
    return consolidate(extract_all(articles, None))


def test_sample_report_reproduces_the_records_counts(sample_record: Record) -> None:
    home = home_country(sample_record)
    assert home == "VNM"
    start, end = date(2023, 1, 1), date(2023, 12, 31)
    report = build_report(sample_record, start, end)
    expected = {e.id for e in sample_record.events if e.first.modality is None and e.date
                and start <= e.date.start <= end and home in {r.country for r in e.actors + e.counterparts}}
    assert set(report.total.event_ids) == expected and report.total.value == len(expected) > 0
    for breakdown in (report.by_type, report.by_pillar):
        assert sum(c.value for c in breakdown) == report.total.value
    lines = {x.id: x for x in report.events + report.evidence}
    for count in all_counts(report):
        assert count.value == len(count.event_ids) == len(set(count.event_ids))
        assert all(lines[i].sources for i in count.event_ids)
    assert all(p.sources for s in report.indicators for p in s.points)
    assert report.reported_counts and all(c.sources for c in report.reported_counts)


def test_sample_report_over_the_whole_record(sample_record: Record) -> None:
    report = build_report(sample_record)
    assert sum(c.value for c in report.by_type) == report.total.value == len(report.events)
    assert report.by_leader and report.by_leader[0].count.value >= report.by_leader[-1].count.value
