"""Anniversaries of relations: heads, relations, partner binding and the year arithmetic."""
from __future__ import annotations

from datetime import date

from facts_helpers import Doc

from diplometer.facts import find_anniversaries


def _summary(found):
    return [(a.partner.country, a.relation, a.ordinal, a.year, a.since) for a in found]


def test_three_coordinated_anniversaries_bind_to_the_following_partner():
    doc = (Doc("Thailand celebrated the 50th founding anniversary of diplomatic relations and 30 years "
               "of the signing of the Treaty of Friendship with Myanmar, and the 40th anniversary of "
               "diplomatic ties with Malaysia this year, with a series of events.")
           .country("Thailand", "THA").country("Myanmar", "MMR").country("Malaysia", "MYS")
           .year("this year", 2023))
    assert _summary(doc.run(find_anniversaries, home="THA")) == [
        ("MMR", "diplomatic_ties", 50, 2023, 1973),
        ("MMR", "treaty", 30, 2023, 1993),
        ("MYS", "diplomatic_ties", 40, 2023, 1983),
    ]


def test_future_anniversary_uses_the_year_of_next_year():
    doc = (Doc("Indonesia and Brazil will mark the 70th anniversary of diplomatic ties next year.")
           .country("Indonesia", "IDN").country("Brazil", "BRA")
           .time("next year", date(2024, 1, 1), date(2024, 12, 31), "year", future=True))
    [found] = doc.run(find_anniversaries, home="IDN")
    assert (found.partner.country, found.ordinal, found.year, found.since) == ("BRA", 70, 2024, 1954)
    assert found.partner.key == "country:BRA"
    assert found.partner.name == "Brazil"


def test_spelled_out_years_and_article_year_fallback():
    doc = (Doc("Kenya and Japan have now shared sixty years of diplomatic relations.", day=date(2023, 3, 9))
           .country("Kenya", "KEN").country("Japan", "JPN"))
    [found] = doc.run(find_anniversaries, home="KEN")
    assert (found.partner.country, found.relation, found.ordinal, found.year, found.since) == (
        "JPN", "diplomatic_ties", 60, 2023, 1963)


def test_spelled_out_ordinal():
    doc = (Doc("Officials toasted the forty-fifth anniversary of ties with Portugal.")
           .country("Portugal", "PRT"))
    [found] = doc.run(find_anniversaries, home="AGO")
    assert (found.ordinal, found.since) == (45, 2023 - 45)


def test_adjective_pair_inside_the_relation_phrase():
    doc = (Doc("Leaders hailed the 25th anniversary of Polish-Korean diplomatic ties in 2014 in Seoul.")
           .country("Polish", "POL").country("Korean", "KOR").year("2014", 2014))
    [found] = doc.run(find_anniversaries, home="POL")
    assert (found.partner.country, found.year, found.since) == ("KOR", 2014, 1989)


def test_party_ties_between_two_parties():
    doc = (Doc("The two sides marked the 30th anniversary of the establishment of party-to-party relations "
               "between the Communist Party of Vietnam and the Cuban Communist Party.")
           .country("Vietnam", "VNM").country("Cuban", "CUB"))
    [found] = doc.run(find_anniversaries, home="VNM")
    assert (found.partner.country, found.relation, found.ordinal) == ("CUB", "party_ties", 30)


def test_partnership_between_with_unknown_home_takes_the_second_country():
    doc = (Doc("Canberra hosted a gala for the 10th anniversary of the comprehensive strategic partnership "
               "between India and Australia.")
           .country("India", "IND").country("Australia", "AUS"))
    [found] = doc.run(find_anniversaries, home=None)
    assert (found.partner.country, found.relation, found.ordinal) == ("AUS", "partnership", 10)
    [found] = doc.run(find_anniversaries, home="AUS")
    assert found.partner.country == "IND"


def test_other_relation_with_an_organisation_partner():
    doc = (Doc("Delegates marked the 75th anniversary of the founding of the Mongolian People's Party.")
           .actor("Mongolian People's Party", "party", iso="MNG", key="party:mpp"))
    [found] = doc.run(find_anniversaries, home="VNM")
    assert found.relation == "other"
    assert found.partner.key == "party:mpp"
    assert found.partner.country == "MNG"
    assert found.since == 2023 - 75


def test_negatives():
    assert Doc("The firm celebrated its 60th birthday with a party.").run(find_anniversaries) == []
    assert Doc("The company marked the 25th anniversary of its founding.").run(find_anniversaries) == []
    doc = Doc("After 30 years of reform, Chile opened talks with Peru.").country("Chile", "CHL").country(
        "Peru", "PER")
    assert doc.run(find_anniversaries, home="CHL") == []
    doc = Doc("Peru celebrated the 200th anniversary of its independence.").country("Peru", "PER")
    assert doc.run(find_anniversaries, home="PER") == []
    # no partner: the only country is the home country
    doc = Doc("Ghana marked the 65th anniversary of diplomatic relations.").country("Ghana", "GHA")
    assert doc.run(find_anniversaries, home="GHA") == []


def test_no_date_and_no_time_gives_nothing():
    doc = Doc("They marked the 20th anniversary of ties with Chile.", day=None).country("Chile", "CHL")
    assert doc.run(find_anniversaries, home="ARG") == []


def test_source_is_the_sentence():
    doc = Doc("Egypt noted the 70th anniversary of diplomatic ties with India.").country("India", "IND")
    [found] = doc.run(find_anniversaries, home="EGY")
    assert found.source.document == "doc-1"
    assert doc.article.text[found.source.start:found.source.end] == doc.text
