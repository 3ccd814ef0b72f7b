"""Economic indicators: currencies, scales, names, qualifiers, years, countries, respective."""
from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import Doc

from diplometer.facts import find_indicators


def _summary(found):
    return [(i.name, i.value, i.unit, i.year, i.qualifier) for i in found]


def _two_figures() -> Doc:
    return (Doc("In 2019, total registered foreign investment in Indonesia surpassed 28 billion USD while "
                "its combined export-import turnover exceeded 330 billion USD.")
            .year("2019", 2019).country("Indonesia", "IDN"))


def test_two_figures_each_with_its_own_name_and_qualifier():
    found = _two_figures().run(find_indicators, home="IDN")
    assert _summary(found) == [
        ("fdi_registered", 28e9, "USD", 2019, "more_than"),
        ("trade_turnover", 330e9, "USD", 2019, "more_than"),
    ]
    assert all(i.country == "IDN" for i in found)


def test_respective_figures_map_onto_the_previous_names():
    previous = _two_figures().run(find_indicators, home="IDN")
    doc = Doc("The respective figures for 2020 were 29 billion USD and 305 billion USD.").year("2020", 2020)
    found = doc.run(find_indicators, home="IDN", previous=previous)
    assert _summary(found) == [
        ("fdi_registered", 29e9, "USD", 2020, "exact"),
        ("trade_turnover", 305e9, "USD", 2020, "exact"),
    ]
    assert found[0].country == "IDN"


def test_respectively_with_names_listed_in_the_sentence():
    doc = (Doc("Exports and imports reached USD 12 billion and USD 9.5 billion, respectively, in 2021.")
           .year("2021", 2021))
    assert _summary(doc.run(find_indicators, home="KHM")) == [
        ("exports", 12e9, "USD", 2021, "exact"),
        ("imports", 9.5e9, "USD", 2021, "exact"),
    ]


def test_respective_without_previous_gives_nothing():
    doc = Doc("The respective figures were 3 billion USD and 4 billion USD.")
    assert doc.run(find_indicators, home="KHM", previous=None) == []


@pytest.mark.parametrize(("figure", "value", "unit"), [
    ("USD 31 billion", 31e9, "USD"),
    ("31 billion USD", 31e9, "USD"),
    ("US$4.3 billion", 4.3e9, "USD"),
    ("$4.3bn", 4.3e9, "USD"),
    ("$750m", 750e6, "USD"),
    ("VND 5 trillion", 5e12, "VND"),
    ("5 trillion VND", 5e12, "VND"),
    ("5 trillion dong", 5e12, "VND"),
    ("€2 billion", 2e9, "EUR"),
    ("2.5 million euros", 2.5e6, "EUR"),
    ("USD 1,200 million", 1.2e9, "USD"),
    ("1.8 billion US dollars", 1.8e9, "USD"),
    ("450 billion yen", 450e9, "JPY"),
    ("12 billion yuan", 12e9, "CNY"),
    ("RMB 12 billion", 12e9, "CNY"),
    ("3 trillion won", 3e12, "KRW"),
    ("£900 million", 900e6, "GBP"),
    ("80 billion rupees", 80e9, "INR"),
    ("S$2 billion", 2e9, "SGD"),
    ("40 million Australian dollars", 40e6, "AUD"),
    ("RM45 billion", 45e9, "MYR"),
    ("Rp 30 trillion", 30e12, "IDR"),
    ("Rs 1,200 crore", 1.2e10, "INR"),
    ("Rs. 4 lakh crore", 4e12, "INR"),
    ("75 lakh rupees", 7.5e6, "INR"),
])
def test_currency_before_and_after(figure, value, unit):
    [found] = Doc(f"Last year exports reached {figure}.", day=date(2023, 4, 2)).run(find_indicators)
    assert (found.name, found.value, found.unit, found.year) == ("exports", value, unit, 2023)


def test_gdp_growth_is_domestic_macroeconomics_not_reported():
    doc = Doc("The Philippine economy grew 5.6 percent in 2022.").year("2022", 2022).country(
        "Philippine", "PHL")
    assert doc.run(find_indicators, home="PHL") == []


def test_growth_of_other_indicators_and_falls():
    doc = Doc("Exports fell 3.5% while GDP growth reached 6%.")
    assert _summary(doc.run(find_indicators, home="LKA")) == [
        ("exports_growth", -3.5, "percent", 2023, "exact"),
    ]


def test_percent_and_money_in_one_clause():
    doc = Doc("Two-way trade rose 12 per cent to nearly USD 8 billion.")
    assert _summary(doc.run(find_indicators, home="NZL")) == [
        ("trade_turnover_growth", 12.0, "percent", 2023, "exact"),
        ("trade_turnover", 8e9, "USD", 2023, "less_than"),
    ]


def test_percent_without_change_or_name_is_dropped():
    assert Doc("The tariff stays at 8% for steel.").run(find_indicators) == []
    assert Doc("About 40% of respondents agreed.").run(find_indicators) == []


def test_tourist_arrivals_as_counts():
    doc = Doc("Thailand welcomed 28 million foreign tourists in 2019.").year("2019", 2019).country(
        "Thailand", "THA")
    [found] = doc.run(find_indicators, home="THA")
    assert (found.name, found.value, found.unit, found.year, found.country) == (
        "tourist_arrivals", 28e6, "count", 2019, "THA")
    doc = (Doc("International arrivals reached around 12.6 million in the first half of 2023.")
           .time("the first half of 2023", date(2023, 1, 1), date(2023, 6, 30), "part_of_year"))
    [found] = doc.run(find_indicators, home="THA")
    assert (found.name, found.value, found.unit, found.year, found.qualifier) == (
        "tourist_arrivals", 12.6e6, "count", 2023, "about")


def test_subject_country_and_bilateral_partner():
    doc = Doc("Japan's exports to the region rose to USD 80 billion.").country("Japan", "JPN")
    [found] = doc.run(find_indicators, home="VNM")
    assert found.country == "JPN"
    doc = (Doc("Two-way trade between Vietnam and South Korea hit USD 87 billion in 2022.")
           .country("Vietnam", "VNM").country("South Korea", "KOR").year("2022", 2022))
    [found] = doc.run(find_indicators, home="VNM")
    assert (found.name, found.country, found.year) == ("trade_turnover", "KOR", 2022)


@pytest.mark.parametrize(("words", "qualifier"), [
    ("nearly", "less_than"), ("almost", "less_than"), ("under", "less_than"), ("less than", "less_than"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
    ("more than", "more_than"), ("over", "more_than"), ("above", "more_than"), ("exceeded", "more_than"),
    ("hit", "exact"),
])
def test_qualifiers(words, qualifier):
    [found] = Doc(f"Remittances reached {words} USD 3 billion.").run(find_indicators)
    assert (found.name, found.qualifier) == ("remittances", qualifier)


def test_disbursed_oda_and_aid_names():
    [found] = Doc("Disbursed FDI amounted to USD 19.7 billion.").run(find_indicators)
    assert found.name == "fdi_disbursed"
    doc = Doc("Japan has provided about 3 trillion yen in ODA to the country.").country("Japan", "JPN")
    [found] = doc.run(find_indicators, home="VNM")
    assert (found.name, found.value, found.unit, found.qualifier, found.country) == (
        "oda", 3e12, "JPY", "about", "JPN")
    [found] = Doc("Donors have pledged a total of USD 2 billion in aid so far.").run(find_indicators, home="AUS")
    assert (found.name, found.unit, found.value) == ("aid_pledged", "USD", 2e9)
    [found] = Doc("Its annual aid to the Pacific reached NZD 150 million.").run(find_indicators, home="NZL")
    assert (found.name, found.unit) == ("aid_provided", "NZD")


@pytest.mark.parametrize("text", [
    "Australia pledged AUD 10 million in humanitarian aid.",
    "The government donated USD 200,000 to flood victims.",
    "Chile provided USD 50,000 in emergency assistance to Peru and another USD 50,000 to Bolivia.",
    "Under the notes, Seoul will extend a grant of 3 billion won for a clinic.",
    "Beijing will give the country 80 million yuan in grant aid for schools.",
])
def test_one_off_aid_amounts_are_event_attributes_not_indicators(text):
    assert Doc(text).run(find_indicators, home="KOR") == []


@pytest.mark.parametrize("text", [
    "Canada announced an investment package of CAD 500 million for clean energy.",
    "The plant, built with an investment of about Rs 9,000 crore, opened on Monday.",
    "The two sides aim to lift bilateral trade to USD 20 billion.",
    "He hoped two-way trade would reach 50 billion USD soon.",
    "They agreed to push trade towards USD 8 billion.",
    "The government's target is exports of USD 400 billion.",
    "Bilateral trade is to hit USD 10 billion by 2027.",
])
def test_targets_and_deal_amounts_are_not_indicators(text):
    doc = Doc(text, day=date(2023, 6, 1))
    if "2027" in text:
        doc.time("2027", date(2027, 1, 1), date(2027, 12, 31), "year", future=True)
    assert doc.run(find_indicators, home="IND") == []


def test_a_result_with_to_reach_is_kept_and_aggregate_investment_too():
    [found] = Doc("Trade rose steadily to reach USD 12 billion in 2022.").run(find_indicators, home="PER")
    assert (found.name, found.value) == ("trade_turnover", 12e9)
    doc = Doc("Korean investment in Peru reached USD 5 billion.").country("Korean", "KOR")
    [found] = doc.run(find_indicators, home="PER")
    assert (found.name, found.country) == ("fdi_registered", "KOR")


def test_outward_investment_disbursed_by_businesses():
    doc = (Doc("Thai businesses disbursed about USD 300 million in Laos last year.", day=date(2024, 3, 1))
           .country("Thai", "THA").country("Laos", "LAO").year("last year", 2023))
    [found] = doc.run(find_indicators, home="THA")
    assert (found.name, found.value, found.unit, found.year, found.qualifier, found.country) == (
        "fdi_disbursed", 3e8, "USD", 2023, "about", "LAO")


def test_comparison_base_is_not_the_year_and_to_figure_inherits_the_name():
    doc = (Doc("Garment exports fell 3.1% in 2023 from a year earlier to $40.2 billion.")
           .year("2023", 2023).year("a year earlier", 2022))
    assert _summary(doc.run(find_indicators, home="BGD")) == [
        ("exports_growth", -3.1, "percent", 2023, "exact"),
        ("exports", 40.2e9, "USD", 2023, "exact"),
    ]
    doc = (Doc("Two-way trade hit USD 6 billion in 2022, up 15 percent from the previous year.")
           .year("2022", 2022).year("the previous year", 2021))
    assert _summary(doc.run(find_indicators, home="NPL"))[1] == ("trade_turnover_growth", 15.0, "percent", 2022, "exact")
    doc = (Doc("Trade reached USD 9 billion in 2023, an increase of about 4 percent over the previous year.")
           .year("2023", 2023).year("the previous year", 2022))
    assert _summary(doc.run(find_indicators, home="NPL"))[1] == ("trade_turnover_growth", 4.0, "percent", 2023, "about")


def test_a_country_inside_a_currency_is_not_the_partner():
    doc = (Doc("Brazil-Chile trade reached 12 billion U.S. dollars in 2022.")
           .country("Brazil", "BRA").country("Chile", "CHL").country("U.S.", "USA").year("2022", 2022))
    [found] = doc.run(find_indicators, home="BRA")
    assert (found.name, found.value, found.unit, found.country) == ("trade_turnover", 12e9, "USD", "CHL")


def test_year_right_after_a_figure_beats_the_one_before():
    doc = (Doc("In 2022, imports climbed to USD 40 billion, up from USD 35 billion in 2021.")
           .year("2022", 2022).year("2021", 2021))
    found = doc.run(find_indicators, home="BGD")
    assert [(i.name, i.value, i.year) for i in found] == [("imports", 40e9, 2022), ("imports", 35e9, 2021)]


def test_no_date_gives_no_year():
    [found] = Doc("Exports reached USD 3 billion.", day=None).run(find_indicators)
    assert found.year is None


def test_bracketed_conversion_is_dropped():
    found = Doc("Remittances reached VND 400 trillion (USD 16 billion).").run(find_indicators)
    assert _summary(found) == [("remittances", 400e12, "VND", 2023, "exact")]


@pytest.mark.parametrize("text", [
    "The 2021 summit drew 500 delegates from 30 countries.",
    "Call +84 24 3825 1234 for details.",
    "He was born in 1965 and served two terms.",
    "The 13th Party Congress opened on 25 January.",
    "The company raised USD 5 million from its shareholders.",
    "The ministry held 35 external activities.",
    "Trade ministers met for the 5th time.",
])
def test_no_false_indicators(text):
    assert Doc(text).run(find_indicators) == []
