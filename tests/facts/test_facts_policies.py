"""Policy documents and policy-making meetings: types, titles as written, attached dates."""
from __future__ import annotations

from datetime import date

from facts_helpers import Doc

from diplometer.facts import find_policies


def _summary(found):
    return [(p.type, p.title, (p.date.start, p.date.end) if p.date else None) for p in found]


def test_directive_with_dated():
    doc = (Doc("The ministry carried out Directive No 15-CT/TW dated March 3, 2022, on economic diplomacy.")
           .day("March 3, 2022", date(2022, 3, 3)))
    assert _summary(doc.run(find_policies)) == [
        ("directive", "Directive No 15-CT/TW", (date(2022, 3, 3), date(2022, 3, 3)))]


def test_numbered_resolution_and_decree_without_dates():
    doc = Doc("Resolution No 22-NQ/TW and Decree 80/2020/ND-CP guide international integration.")
    assert _summary(doc.run(find_policies)) == [
        ("resolution", "Resolution No 22-NQ/TW", None),
        ("decree", "Decree 80/2020/ND-CP", None),
    ]


def test_congress_resolution_absorbs_the_congress():
    doc = Doc("Diplomats work towards realising the 12th National Party Congress's Resolution.")
    assert _summary(doc.run(find_policies)) == [
        ("resolution", "12th National Party Congress's Resolution", None)]


def test_conference_with_a_date_far_after_the_title():
    doc = (Doc("The second national conference on economic diplomacy convened by the Government under the "
               "chairmanship of the Prime Minister in the capital on August 9, 2022 set new goals.")
           .day("August 9, 2022", date(2022, 8, 9)))
    assert _summary(doc.run(find_policies)) == [
        ("conference", "national conference on economic diplomacy", (date(2022, 8, 9), date(2022, 8, 9)))]


def test_numbered_diplomatic_conference_keeps_its_number():
    doc = Doc("Envoys gathered for the 31st Diplomatic Conference in December 2021.").time(
        "December 2021", date(2021, 12, 1), date(2021, 12, 31), "month")
    assert _summary(doc.run(find_policies)) == [
        ("conference", "31st Diplomatic Conference", (date(2021, 12, 1), date(2021, 12, 31)))]


def test_plenum_with_a_date():
    doc = (Doc("Speaking at the eighth plenum of the 13th Party Central Committee on October 2, the leader "
               "praised diplomats.").day("October 2", date(2023, 10, 2)))
    assert _summary(doc.run(find_policies)) == [
        ("plenum", "eighth plenum of the 13th Party Central Committee", (date(2023, 10, 2), date(2023, 10, 2)))]


def test_congress_start_of_a_span_gets_no_date():
    doc = (Doc("From the 12th National Party Congress to late 2020, the sector grew.")
           .time("late 2020", date(2020, 9, 1), date(2020, 12, 31), "part_of_year"))
    assert _summary(doc.run(find_policies)) == [("congress", "12th National Party Congress", None)]


def test_congress_of_a_named_party():
    doc = Doc("He attended the 20th National Congress of the Communist Party of China in Beijing.")
    assert _summary(doc.run(find_policies)) == [
        ("congress", "20th National Congress of the Communist Party of China", None)]


def test_laws_strategies_and_plans():
    doc = Doc("The Law on Overseas Vietnamese and the Land Law were revised under the Inflation Reduction Act.")
    assert [(p.type, p.title) for p in doc.run(find_policies)] == [
        ("law", "Law on Overseas Vietnamese"), ("law", "Land Law"), ("law", "Inflation Reduction Act")]
    doc = Doc("Japan's National Security Strategy names new threats.")
    assert [(p.type, p.title) for p in doc.run(find_policies)] == [("strategy", "National Security Strategy")]
    doc = Doc("They realised the master plan approved by the Politburo.")
    assert _summary(doc.run(find_policies)) == [("plan", "master plan", None)]
    doc = Doc("Both sides adopted the ASEAN-Korea Plan of Action for 2021-2025.")
    assert [(p.type, p.title) for p in doc.run(find_policies)] == [("plan", "ASEAN-Korea Plan of Action")]


def test_policy_date_is_never_the_article_date_and_never_a_far_unattached_time():
    doc = (Doc("Priorities in 2024 include the master plan approved by the Politburo relating to Directive "
               "No 9-CT/TW dated May 5, 2019.")
           .year("2024", 2024).day("May 5, 2019", date(2019, 5, 5)))
    assert _summary(doc.run(find_policies)) == [
        ("plan", "master plan", None),
        ("directive", "Directive No 9-CT/TW", (date(2019, 5, 5), date(2019, 5, 5))),
    ]


def test_deduplicated_within_a_sentence():
    doc = Doc("Directive No 12-CT/TW built on Directive No 12-CT/TW and the 11th Party Congress, which "
              "the 11th Party Congress endorsed.")
    assert [(p.type, p.title) for p in doc.run(find_policies)] == [
        ("directive", "Directive No 12-CT/TW"), ("congress", "11th Party Congress")]


def test_negatives():
    assert Doc("The US Congress passed a budget.").run(find_policies) == []
    assert Doc("Disputes must be settled under international law.").run(find_policies) == []
    assert Doc("The International Law Commission met in Geneva.").run(find_policies) == []
    assert Doc("She gave a press conference and outlined a new strategy.").run(find_policies) == []
    assert Doc("The plan was discussed at the conference.").run(find_policies) == []


def test_congress_with_a_party_acronym_and_a_whole_date_range():
    doc = (Doc("He was re-elected a day after the 9th KPRP National Congress, held from March 4 to 9, closed.")
           .time("March 4 to 9", date(2023, 3, 4), date(2023, 3, 9), "range"))
    [found] = doc.run(find_policies, home="KHM")
    assert (found.type, found.title) == ("congress", "9th KPRP National Congress")
    assert (found.date.start, found.date.end) == (date(2023, 3, 4), date(2023, 3, 9))


def test_a_single_day_after_from_is_still_an_open_end():
    doc = (Doc("Growth has been steady since the 9th KPRP National Congress, from March 4 onwards.")
           .day("March 4", date(2023, 3, 4)))
    [found] = doc.run(find_policies, home="KHM")
    assert found.date is None
