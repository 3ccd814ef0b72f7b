"""Memberships and offices in multilateral bodies."""
from __future__ import annotations

from datetime import date

from facts_helpers import Doc

from diplometer.facts import find_memberships


def _summary(found):
    return [(m.country, m.body, m.role, m.start, m.end) for m in found]


def test_non_permanent_membership_term_with_a_range():
    doc = (Doc("Brazil completed its two-year non-permanent membership term at the United Nations "
               "Security Council for 2022-2023.")
           .country("Brazil", "BRA").years("2022-2023", 2022, 2023))
    assert _summary(doc.run(find_memberships, home=None)) == [
        ("BRA", "United Nations Security Council", "non-permanent member", date(2022, 1, 1),
         date(2023, 12, 31)),
    ]


def test_short_un_name_is_expanded():
    doc = Doc("Ecuador serves as a non-permanent member of the UN Security Council for 2023-2024.").years(
        "2023-2024", 2023, 2024)
    [found] = doc.run(find_memberships, home="ECU")
    assert (found.country, found.body, found.start, found.end) == (
        "ECU", "United Nations Security Council", date(2023, 1, 1), date(2024, 12, 31))


def test_elected_with_a_bare_term_range():
    doc = Doc("Malaysia was elected to the Human Rights Council for the 2022-2024 term.").country(
        "Malaysia", "MYS")
    [found] = doc.run(find_memberships, home="MYS")
    assert _summary([found]) == [
        ("MYS", "United Nations Human Rights Council", "member", date(2022, 1, 1), date(2024, 12, 31))]


def test_chairmanship():
    doc = Doc("Laos holds the ASEAN chairmanship in 2024.").country("Laos", "LAO").year("2024", 2024)
    [found] = doc.run(find_memberships, home="VNM")
    assert _summary([found]) == [
        ("LAO", "Association of Southeast Asian Nations (ASEAN)", "chair", date(2024, 1, 1),
         date(2024, 12, 31))]


def test_listing_gives_one_membership_per_body():
    doc = (Doc("Chile also secured roles in several UN bodies such as the General Assembly, the Economic "
               "and Social Council, and UNESCO.").country("Chile", "CHL"))
    found = doc.run(find_memberships, home="CHL")
    assert [(m.country, m.body, m.role, m.start, m.end) for m in found] == [
        ("CHL", "United Nations General Assembly", None, None, None),
        ("CHL", "United Nations Economic and Social Council", None, None, None),
        ("CHL", "United Nations Educational, Scientific and Cultural Organization (UNESCO)", None, None,
         None),
    ]


def test_term_and_listing_in_one_sentence_keep_their_own_periods():
    doc = (Doc("Norway finished its term as a non-permanent member of the Security Council for 2021-2022 "
               "and won seats on bodies including the Human Rights Council.")
           .country("Norway", "NOR").years("2021-2022", 2021, 2022))
    found = doc.run(find_memberships, home="NOR")
    assert _summary(found) == [
        ("NOR", "United Nations Security Council", "non-permanent member", date(2021, 1, 1),
         date(2022, 12, 31)),
        ("NOR", "United Nations Human Rights Council", None, None, None),
    ]


def test_accession_has_a_start_and_no_end():
    doc = Doc("Vietnam joined the WTO in 2007.").country("Vietnam", "VNM").year("2007", 2007)
    [found] = doc.run(find_memberships, home="VNM")
    assert _summary([found]) == [("VNM", "World Trade Organization (WTO)", "member", date(2007, 1, 1), None)]


def test_home_country_when_no_subject_is_named():
    [found] = Doc("It took over the APEC chairmanship this year.").run(find_memberships, home="PER")
    assert (found.country, found.role, found.start) == ("PER", "chair", None)


def test_negatives():
    assert Doc("The UN Security Council met on Monday to discuss the crisis.").run(find_memberships) == []
    assert Doc("The President of the General Assembly visited the capital.").run(find_memberships) == []
    assert Doc("He is a member of the National Security Council staff.").run(find_memberships) == []
    assert Doc("Members of the delegation toured the museum.").run(find_memberships) == []


def test_playing_a_role_is_not_a_membership_listing():
    doc = Doc("Thailand has played an active role in keeping unity among ASEAN members and UN agencies.")
    assert doc.run(find_memberships, home="THA") == []


def test_united_nations_alone_needs_a_boundary():
    doc = Doc("Mexico took seats in several United Nations mechanisms such as the Human Rights Council.")
    assert [m.body for m in doc.run(find_memberships, home="MEX")] == ["United Nations Human Rights Council"]
    doc = Doc("Timor-Leste became a member of the United Nations in 2002.").year("2002", 2002)
    [found] = doc.run(find_memberships, home="TLS")
    assert (found.body, found.role, found.start, found.end) == ("United Nations", "member", date(2002, 1, 1), None)


def test_joining_people_of_a_body_is_not_an_accession():
    doc = (Doc("On Tuesday the Thai premier joined other ASEAN leaders at the opening of the summit.")
           .country("Thai", "THA"))
    assert doc.run(find_memberships, home="THA") == []
    doc = Doc("Chile joined fellow APEC members in backing the statement.").country("Chile", "CHL")
    assert doc.run(find_memberships, home="CHL") == []
    doc = Doc("Timor-Leste joined ASEAN as its 11th member.").country("Timor-Leste", "TLS")
    [found] = doc.run(find_memberships, home="TLS")
    assert (found.country, found.body, found.end) == ("TLS", "Association of Southeast Asian Nations (ASEAN)", None)
