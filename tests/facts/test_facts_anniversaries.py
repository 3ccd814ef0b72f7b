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


# ------------------------------------------------------------ partner and year from the context

def _future(doc: Doc, sub: str, year: int) -> Doc:
    return doc.time(sub, date(year, 1, 1), date(year, 12, 31), "year", future=True)


def test_partner_named_in_an_earlier_sentence():
    doc = _future(Doc("He added that next year marks the 65th anniversary of diplomatic ties.", day=date(2024, 2, 7),
                      prefix="Indonesia's foreign minister met her Egyptian counterpart in Cairo on Tuesday. "),
                  "next year", 2025)
    [found] = doc.run(find_anniversaries, home="IDN")
    assert (found.partner.country, found.partner.key, found.relation, found.ordinal, found.year, found.since) == (
        "EGY", "country:EGY", "diplomatic_ties", 65, 2025, 1960)


def test_the_two_countries_take_the_article_counterpart_most_named():
    prefix = ("Ghana's President hosted the Nigerian leader in Accra, where Nigeria and Ghana signed a trade "
              "pact. Officials from Togo also attended. ")
    doc = Doc("The visit coincides with the 40th anniversary of relations between the two countries.",
              prefix=prefix, day=date(2023, 3, 1))
    [found] = doc.run(find_anniversaries, home="GHA")
    assert (found.partner.country, found.year, found.since) == ("NGA", 2023, 1983)


def test_partner_named_only_after_the_sentence():
    doc = Doc("The two nations celebrated the 30th anniversary of diplomatic relations today.",
              prefix="", suffix=" The Chilean ambassador thanked Peru for its support.")
    [found] = doc.run(find_anniversaries, home="PER")
    assert found.partner.country == "CHL"


def test_no_implied_partner_without_home_or_for_other_relations():
    prefix = "Kenya's president met the Tanzanian president. "
    doc = Doc("They marked the 60th anniversary of diplomatic relations.", prefix=prefix)
    assert doc.run(find_anniversaries, home=None) == []
    doc = Doc("They marked the 60th anniversary of the founding of the bloc.", prefix=prefix)
    assert doc.run(find_anniversaries, home="KEN") == []


def test_partner_inside_a_dashed_pair_or_an_organisation_name():
    doc = (Doc("The Chile–Peru Friendship Society held a gala to mark the 60th anniversary of diplomatic ties "
               "between the two countries (May 2, 1963 – 2023).")
           .actor("Chile–Peru Friendship Society", "organization", iso="CHL")
           .day("May 2, 1963", date(1963, 5, 2)).year("2023", 2023))
    [found] = doc.run(find_anniversaries, home="CHL")
    assert (found.partner.country, found.year, found.since) == ("PER", 2023, 1963)


def test_several_heads_share_the_only_foreign_country_of_the_sentence():
    doc = (Doc("The two countries are marking the 45th anniversary of diplomatic relations and the 15th "
               "anniversary of their strategic partnership this year, and Mexico hopes Brazil will invest more.")
           .country("Mexico", "MEX").country("Brazil", "BRA").year("this year", 2023))
    found = doc.run(find_anniversaries, home="MEX")
    assert _summary(found) == [("BRA", "diplomatic_ties", 45, 2023, 1978), ("BRA", "partnership", 15, 2023, 2008)]


def test_start_year_after_launched_gives_the_year_marked():
    doc = (Doc("The trip comes as the former rivals mark the 20th anniversary of their comprehensive "
               "partnership, launched in 2004.", prefix="Japan's premier arrived in Canberra on Friday. ",
               day=date(2024, 5, 3))
           .year("2004", 2004))
    [found] = doc.run(find_anniversaries, home="AUS")
    assert (found.partner.country, found.relation, found.ordinal, found.year, found.since) == (
        "JPN", "partnership", 20, 2024, 2004)


def test_date_range_start_is_not_the_year_marked():
    doc = (Doc("Norway and Vietnam celebrated the 50th anniversary of their diplomatic relations "
               "(November 25, 1971 – November 25, 2021) in Oslo.", day=date(2021, 11, 26))
           .country("Norway", "NOR").country("Vietnam", "VNM")
           .day("November 25, 1971", date(1971, 11, 25)).day("November 25, 2021", date(2021, 11, 25)))
    [found] = doc.run(find_anniversaries, home="NOR")
    assert (found.partner.country, found.year, found.since) == ("VNM", 2021, 1971)


def test_a_bracketed_start_year_alone():
    doc = (Doc("Seoul and Hanoi toasted the 25th anniversary of diplomatic ties with Vietnam (1992).",
               day=date(2017, 12, 22)).country("Vietnam", "VNM").year("1992", 1992))
    [found] = doc.run(find_anniversaries, home="KOR")
    assert (found.year, found.since) == (2017, 1992)


def test_recalled_anniversary_and_a_past_year_that_is_not_a_start():
    doc = (Doc("The leaders recalled that the two sides celebrated the 40th anniversary of diplomatic "
               "relations last year.", prefix="Fiji's leader held talks with the Samoan premier. ",
               day=date(2024, 4, 2))
           .year("last year", 2023))
    [found] = doc.run(find_anniversaries, home="FJI")
    assert (found.partner.country, found.year, found.since) == ("WSM", 2023, 1983)
    doc = (Doc("In 1998 the two countries marked the 5th anniversary of ties with Slovakia.", day=date(2024, 4, 2))
           .country("Slovakia", "SVK").year("1998", 1998))
    [found] = doc.run(find_anniversaries, home="CZE")
    assert (found.year, found.since) == (1998, 1993)


def test_partner_is_never_the_home_country():
    doc = Doc("Uruguay celebrated the 50th anniversary of relations between the two countries.",
              prefix="Uruguay's foreign minister spoke in Montevideo. ").country("Uruguay", "URY")
    assert doc.run(find_anniversaries, home="URY") == []
