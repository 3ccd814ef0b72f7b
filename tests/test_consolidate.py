"""Consolidation over hand-built extractions: event merging, actor folding, facts, stable ids."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from diplometer.consolidate import build_actors, consolidate, merge_events
from diplometer.records import (
    ActorRef,
    Anniversary,
    Article,
    Event,
    Extraction,
    Indicator,
    Mention,
    Source,
    When,
)

PER = ActorRef("country:PER", "Peru", "PER")
CHL = ActorRef("country:CHL", "Chile", "CHL")
BOL = ActorRef("country:BOL", "Bolivia", "BOL")
D = date(2024, 4, 10)


def day(d: date, text: str = "on Wednesday") -> When:
    return When(d, d, "day", text)


def src(doc: str, start: int = 0, text: str = "A sentence.") -> Source:
    return Source(doc, start, start + len(text), text)


def event(doc: str, type_: str = "meeting", actors=(PER,), counterparts=(CHL,), when: When | None = None,
          start: int = 0, confidence: float = 0.8) -> Event:
    return Event(type=type_, plover="CONSULT", cameo="040", mode="in_person", actors=tuple(actors),
                 counterparts=tuple(counterparts), date=when if when is not None else day(D),
                 source=src(doc, start), trigger="met", rule="test", confidence=confidence)


def extraction(doc: str, *events: Event, mentions=(), **facts) -> Extraction:
    article = Article(id=doc, text="A sentence. Another one.", date=D, title=doc, source="wire")
    return Extraction(article=article, mentions=list(mentions), events=list(events), **facts)


def person(text: str, key: str, name: str | None = None, role: str | None = None,
           country: str | None = None) -> Mention:
    return Mention(0, len(text), text, key, name or text, "person", country, role)


# ------------------------------------------------------------------ events
def test_same_event_in_two_documents_merges() -> None:
    record = consolidate([extraction("a", event("a")), extraction("b", event("b", actors=(CHL,),
                                                                              counterparts=(PER,)))])
    assert len(record.events) == 1
    merged = record.events[0]
    assert {s.document for s in merged.sources} == {"a", "b"}
    assert merged.confidence > 0.8  # corroborated by a second document


def test_different_partners_same_day_stay_apart() -> None:
    events = merge_events([event("a", counterparts=(CHL,)), event("a", start=20, counterparts=(BOL,))])
    assert len(events) == 2


def test_article_date_fallback_merges_within_slack() -> None:
    fallback = When(date(2024, 4, 12), date(2024, 4, 12), "day", "")
    explicit = day(date(2024, 4, 10))
    merged = merge_events([event("a", when=fallback), event("b", when=explicit)])
    assert len(merged) == 1
    assert merged[0].date == explicit  # the date the words gave wins over the article date
    too_far = When(date(2024, 4, 20), date(2024, 4, 20), "day", "")
    assert len(merge_events([event("a", when=too_far), event("b", when=explicit)])) == 2


def test_explicit_different_days_do_not_merge() -> None:
    one, two = day(date(2024, 4, 10)), day(date(2024, 4, 11), "on Thursday")
    assert len(merge_events([event("a", when=one), event("b", when=two)])) == 2


def test_different_types_never_merge() -> None:
    merged = merge_events([event("a", type_="meeting"), event("b", type_="phone_call"),
                           event("c", type_="agreement")])
    assert sorted(m.first.type for m in merged) == ["agreement", "meeting", "phone_call"]


# ------------------------------------------------------------------ actors
def test_surname_folds_into_only_full_name() -> None:
    full = person("Ichiro Sato", "person:ichiro sato", role="Foreign Minister", country="JPN")
    short = person("Sato", "person:sato")
    actors, remap = build_actors([extraction("a", mentions=[full]), extraction("b", mentions=[short])])
    people = [a for a in actors if a.type == "person"]
    assert len(people) == 1
    assert people[0].name == "Ichiro Sato"
    assert "Sato" in people[0].aliases
    assert people[0].documents == {"a", "b"}
    assert remap == {"person:sato": "person:ichiro sato"}


def test_surname_shared_by_two_full_names_is_not_folded() -> None:
    mentions = [person("Ichiro Sato", "person:ichiro sato"), person("Kenji Sato", "person:kenji sato"),
                person("Sato", "person:sato")]
    actors, remap = build_actors([extraction("a", mentions=mentions)])
    assert remap == {}
    assert sorted(a.name for a in actors if a.type == "person") == ["Ichiro Sato", "Kenji Sato", "Sato"]


def test_surname_fold_rewrites_event_participants() -> None:
    full = person("Ichiro Sato", "person:ichiro sato", country="JPN")
    short = person("Sato", "person:sato")
    ev = event("b", actors=(ActorRef("person:sato", "Sato", None),), counterparts=(CHL,))
    record = consolidate([extraction("a", mentions=[full]), extraction("b", ev, mentions=[short])])
    assert [a.key for a in record.events[0].actors] == ["person:ichiro sato"]
    assert record.events[0].actors[0].name == "Ichiro Sato"


def test_diacritics_variant_is_one_actor() -> None:
    key = "person:nguyen van an"
    actors, _ = build_actors([
        extraction("a", mentions=[person("Nguyễn Văn An", key, role="Deputy Prime Minister", country="VNM")]),
        extraction("b", mentions=[person("Nguyen Van An", key, country="VNM")]),
    ])
    assert len(actors) == 1
    only = actors[0]
    assert only.name in {"Nguyễn Văn An", "Nguyen Van An"}
    assert {only.name, *only.aliases} == {"Nguyễn Văn An", "Nguyen Van An"}
    assert only.roles == ["Deputy Prime Minister"]
    assert only.documents == {"a", "b"}


def test_places_are_not_actors() -> None:
    place = Mention(0, 4, "Lima", "place:lima", "Lima", "place", "PER", "capital")
    actors, _ = build_actors([extraction("a", mentions=[place])])
    assert actors == []


# ------------------------------------------------------------------ ids and facts
def build() -> list[Extraction]:
    anniv = Anniversary(CHL, "diplomatic_ties", 50, 2024, 1974, src("a", 0))
    anniv_b = Anniversary(CHL, "diplomatic_ties", 50, 2024, 1974, src("b", 12))
    trade = Indicator("trade_turnover", 5.2e9, "USD", 2023, "about", "PER", src("a", 12))
    trade_b = Indicator("trade_turnover", 5.2e9, "USD", 2023, "about", "PER", src("b", 0))
    return [
        extraction("a", event("a"), event("a", type_="visit", start=12),
                   mentions=[person("Ichiro Sato", "person:ichiro sato")],
                   anniversaries=[anniv], indicators=[trade]),
        extraction("b", event("b"), mentions=[person("Sato", "person:sato")],
                   anniversaries=[anniv_b], indicators=[trade_b, trade_b]),
    ]


def test_ids_are_stable() -> None:
    one, two = consolidate(build()), consolidate(build())
    assert [e.id for e in one.events] == [e.id for e in two.events]
    assert [a.id for a in one.actors] == [a.id for a in two.actors]
    for kind in one.facts:
        assert [f.id for f in one.facts[kind]] == [f.id for f in two.facts[kind]]
    assert len({e.id for e in one.events}) == len(one.events) == 2


def test_facts_deduplicated_with_sources_merged() -> None:
    record = consolidate(build())
    [anniv] = record.facts["anniversary"]
    assert [(s.document, s.start) for s in anniv.sources] == [("a", 0), ("b", 12)]
    [trade] = record.facts["indicator"]
    assert [(s.document, s.start) for s in trade.sources] == [("a", 12), ("b", 0)]
    assert record.facts["membership"] == [] and record.facts["policy"] == []
    assert record.facts["reported_count"] == []


def test_different_indicator_years_stay_apart() -> None:
    ex = extraction("a", indicators=[Indicator("exports", 1e9, "USD", 2022, "exact", "PER", src("a")),
                                     Indicator("exports", 1e9, "USD", 2023, "exact", "PER", src("a", 30))])
    assert len(consolidate([ex]).facts["indicator"]) == 2


def test_role_on_the_event_date_follows_the_titles_over_time() -> None:
    from datetime import date

    from diplometer.consolidate import Actor

    actor = Actor("person:x", "X", "person", "VNM",
                  role_history=[(date(2020, 1, 5), "Prime Minister"), (date(2021, 4, 6), "President")])
    assert actor.role_on(date(2020, 6, 1)) == "Prime Minister"
    assert actor.role_on(date(2022, 1, 1)) == "President"
    assert actor.role_on(date(2019, 1, 1)) == "Prime Minister"


def test_meetings_with_two_hosts_in_one_sentence_have_distinct_ids() -> None:
    from datetime import date

    from diplometer.consolidate import merge_events
    from diplometer.records import ActorRef, Event, Source, When

    source = Source("d", 0, 10, "sentence")
    guest = ActorRef("person:guest", "Guest", "RUS")
    hosts = [ActorRef("person:host one", "Host One", "VNM"), ActorRef("person:host two", "Host Two", "VNM")]
    day = When(date(2024, 6, 19), date(2024, 6, 19), "day", "June 19")
    events = [Event("meeting", "CONSULT", "040", "in_person", (guest,), (h,), day, source, "held talks",
                    "trigger:meet", 0.9) for h in hosts]
    merged = merge_events(events)
    assert len(merged) == 2 and merged[0].id != merged[1].id


def test_reports_without_a_time_date_the_event_by_the_first_report() -> None:
    later = When(D + timedelta(days=1), D + timedelta(days=1), "day", "")
    first = When(D, D, "day", "")
    merged = merge_events([event("a", when=later, confidence=0.9), event("b", when=first, confidence=0.6)])
    assert len(merged) == 1 and merged[0].date.start == D


def test_two_unnamed_office_holders_of_one_article_send_two_messages() -> None:
    amir = ActorRef("office:KWT:amir", "the Amir", "KWT")
    prince = ActorRef("office:KWT:crown prince", "the Crown Prince", "KWT")
    cables = [event("k1", "message", actors=(amir,), counterparts=(CHL,), start=0),
              event("k1", "message", actors=(prince,), counterparts=(CHL,), start=80)]
    assert len(merge_events(cables)) == 2
    # across articles "the Amir" may be the person another report names: one message
    named = ActorRef("person:nawaf al-ahmad", "Nawaf Al-Ahmad", "KWT")
    copies = [event("k1", "message", actors=(amir,), counterparts=(CHL,)),
              event("k2", "message", actors=(named,), counterparts=(CHL,))]
    assert len(merge_events(copies)) == 1


def test_one_sentence_telling_two_acts_of_one_kind_keeps_both() -> None:
    from dataclasses import replace
    arrest = replace(event("a", type_="coerce", counterparts=()), plover="COERCE", cameo="173", trigger="arrested")
    emergency = replace(arrest, cameo="172", trigger="declared a state of emergency")
    told_again = replace(arrest, source=src("a", 40))  # the arrest told again in a later sentence
    assert len(merge_events([arrest, emergency])) == 2
    assert len(merge_events([arrest, told_again])) == 1


def test_hostile_acts_of_one_day_in_opposite_directions_stay_two() -> None:
    def accuse(doc: str, actors, counterparts) -> Event:
        return replace(event(doc, "accuse", actors, counterparts), plover="ACCUSE", cameo="111")

    apart = merge_events([accuse("a", (PER,), (CHL,)), accuse("b", (CHL,), (PER,))])
    assert len(apart) == 2
    # a clash one report tells as mutual and another as one side's act is one event
    one_clash = merge_events([accuse("a", (PER, CHL), ()), accuse("b", (CHL,), (PER,))])
    assert len(one_clash) == 1
    # meetings have no direction: the host's and the guest's reports are one meeting
    assert len(merge_events([event("a"), event("b", actors=(CHL,), counterparts=(PER,))])) == 1


def test_an_undated_threat_of_a_state_the_first_does_not_name_is_no_retelling_of_it() -> None:
    """"West African leaders gave the junta a week ... Paris said it would respond firmly to any attack":
    the second threat shares two sides with the first and has no time, but a state the first does not
    name makes it."""
    arg = ActorRef("country:ARG", "Argentina", "ARG")
    first = replace(event("a", "threaten", actors=(BOL,), counterparts=(PER, CHL)), plover="THREATEN", cameo="130")
    undated = When(D, D, "day", "")
    other = replace(event("a", "threaten", actors=(arg,), counterparts=(PER, CHL), when=undated, start=40),
                    plover="THREATEN", cameo="130")
    assert len(merge_events([first, other])) == 2
    # told again by one of its sides, even the wrong way round, it stays one
    assert len(merge_events([first, replace(other, actors=(CHL,), counterparts=(BOL, PER))])) == 1
