"""Reported counts of diplomatic activities: number, qualifier, unit, actor, period."""
from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import Doc

from diplometer.facts import find_counts


def test_person_after_a_leading_span_with_an_open_start():
    doc = (Doc("The report noted that from the 12th National Party Congress to late May, President Ramos "
               "chaired and took part in 75 external activities, including state visits.")
           .actor("Ramos", "person", iso="PHL", key="person:fidel ramos")
           .time("late May", date(2023, 5, 21), date(2023, 5, 31), "part_of_year"))
    [found] = doc.run(find_counts, home="PHL")
    assert (found.count, found.qualifier, found.unit) == (75, "exact", "external activities")
    assert (found.actor.key, found.actor.name, found.actor.country) == ("person:fidel ramos", "Ramos", "PHL")
    assert (found.period.start, found.period.end, found.period.text) == (
        date(2023, 5, 21), date(2023, 5, 31), "to late May")


def test_first_body_of_a_listed_subject_and_more_than():
    doc = (Doc("Members of the Cabinet, the Senate and the Foreign Ministry also attended more than 40 "
               "diplomatic activities.")
           .actor("Cabinet", "government_body", iso="NGA").actor("Senate", "government_body", iso="NGA")
           .actor("Foreign Ministry", "government_body", iso="NGA"))
    [found] = doc.run(find_counts, home="NGA")
    assert (found.count, found.qualifier, found.unit, found.actor.name) == (
        40, "more_than", "diplomatic activities", "Cabinet")
    assert found.period is None


def test_part_of_year_period():
    doc = (Doc("In the first half of the year, the Ministry of Foreign Affairs held 35 external activities.")
           .time("the first half of the year", date(2023, 1, 1), date(2023, 6, 30), "part_of_year")
           .actor("Ministry of Foreign Affairs", "government_body", iso="IDN"))
    [found] = doc.run(find_counts, home="IDN")
    assert found.actor.name == "Ministry of Foreign Affairs"
    assert (found.count, found.period.start, found.period.end) == (35, date(2023, 1, 1), date(2023, 6, 30))


def test_from_to_period_is_combined():
    doc = (Doc("Prime Minister Okafor received 120 foreign delegations from January to June.")
           .actor("Okafor", "person", iso="NGA")
           .time("January", date(2023, 1, 1), date(2023, 1, 31), "month")
           .time("June", date(2023, 6, 1), date(2023, 6, 30), "month"))
    [found] = doc.run(find_counts, home="NGA")
    assert (found.count, found.unit, found.actor.name) == (120, "foreign delegations", "Okafor")
    assert (found.period.start, found.period.end, found.period.precision, found.period.text) == (
        date(2023, 1, 1), date(2023, 6, 30), "range", "from January to June")


def test_trips_and_since():
    doc = (Doc("Minister Haddad has made 12 overseas trips since 2021.")
           .actor("Haddad", "person", iso="LBN")
           .time("since 2021", date(2021, 1, 1), date(2023, 6, 1), "range"))
    [found] = doc.run(find_counts, home="LBN")
    assert (found.count, found.unit, found.actor.name, found.period.start) == (
        12, "overseas trips", "Haddad", date(2021, 1, 1))


def test_no_actor_mention_gives_none():
    [found] = Doc("The agency conducted over 200 diplomatic activities.").run(find_counts)
    assert (found.count, found.qualifier, found.actor) == (200, "more_than", None)


def test_passive_actor_and_about():
    doc = (Doc("Some 30 working sessions were chaired by Foreign Minister Dlamini.")
           .actor("Dlamini", "person", iso="SWZ"))
    [found] = doc.run(find_counts, home="SWZ")
    assert (found.count, found.qualifier, found.unit, found.actor.name) == (30, "about", "working sessions",
                                                                          "Dlamini")


def test_number_words_and_country_actor():
    doc = Doc("Norway made three official visits to the region.").country("Norway", "NOR")
    [found] = doc.run(find_counts, home="NOR")
    assert (found.count, found.unit, found.actor.key) == (3, "official visits", "country:NOR")


def test_nearly_is_less_than():
    [found] = Doc("Officials joined nearly 60 online meetings.").run(find_counts)
    assert (found.count, found.qualifier) == (60, "less_than")


@pytest.mark.parametrize("text", [
    "500 people attended the ceremony.",
    "The two visits were a success.",
    "In 2022 visits resumed after the pandemic.",
    "Exports grew 8 percent and reached USD 5 billion in activities.",
    "The 13th Congress set tasks for external activities.",
    "He spent $40 on meetings.",
])
def test_no_false_counts(text):
    assert Doc(text).run(find_counts) == []


def test_coordinated_exchange_units_are_one_count():
    doc = (Doc("Lim said that this year the department had held more than 15 delegation exchanges and "
               "experience exchanges with partner parties.")
           .actor("Lim", "person", iso="SGP").year("this year", 2023))
    [found] = doc.run(find_counts, home="SGP")
    assert (found.count, found.qualifier, found.unit) == (
        15, "more_than", "delegation exchanges and experience exchanges")
    assert found.period.start == date(2023, 1, 1)
