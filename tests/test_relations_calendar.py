"""The relationship calendar over the hand-made record of test_reports."""
from __future__ import annotations

from diplometer.relations_calendar import calendar, relations, upcoming
from test_reports import synthetic_record


def by_partner(entries) -> dict[tuple[str, str], list[tuple[int, int, bool, bool]]]:
    out: dict[tuple[str, str], list[tuple[int, int, bool, bool]]] = {}
    for e in entries:
        out.setdefault((e.partner, e.relation), []).append((e.since, e.ordinal, e.decennial, e.conflict))
    return out


def test_relations_gather_facts_treaties_and_establishments() -> None:
    found = {(r.sides, r.relation): sorted((s.since, s.origin) for s in r.sinces) for r in relations(synthetic_record())}
    assert found[(("LAO", "VNM"), "diplomatic_ties")] == [(1962, "anniversary"), (1963, "anniversary")]
    assert found[(("KHM", "VNM"), "partnership")] == [(2013, "anniversary")]
    assert found[(("JPN", "LAO"), "diplomatic_ties")] == [(1955, "anniversary")]  # the other side read from the text
    assert found[(("KHM", "VNM"), "treaty")] == [(2023, "treaty_signing")]
    assert found[(("CHN", "VNM"), "partnership")] == [(2008, "established")]


def test_round_anniversaries_in_a_year_with_conflicts_shown() -> None:
    cal = calendar(synthetic_record(), 2023)
    assert cal.home == "VNM"
    assert by_partner(cal.entries) == {
        ("LAO", "diplomatic_ties"): [(1963, 60, True, True)],
        ("KHM", "partnership"): [(2013, 10, True, False)],
        ("CHN", "partnership"): [(2008, 15, False, False)],
    }
    (lao,) = [e for e in cal.entries if e.partner == "LAO"]
    assert [s.since for s in lao.alternatives] == [1962]  # the conflicting reading is shown, not hidden
    assert lao.evidence[0].sources[0].text.startswith("The visit marks the 60th")
    assert lao.partner_name == "Lao PDR" and lao.other == "VNM"


def test_every_five_years_and_only_after_the_start() -> None:
    record = synthetic_record()
    assert by_partner(calendar(record, 2022).entries)[("LAO", "diplomatic_ties")] == [(1962, 60, True, True)]
    assert by_partner(calendar(record, 2028).entries)[("KHM", "treaty")] == [(2023, 5, False, False)]
    assert ("KHM", "treaty") not in by_partner(calendar(record, 2023).entries)  # year 0 is no anniversary
    assert calendar(record, 2024).entries == ()


def test_third_party_relations_and_filters() -> None:
    record = synthetic_record()
    entries = calendar(record, 2025).entries
    assert [(e.partner, e.other, e.ordinal) for e in entries] == [("JPN", "LAO", 70)]
    assert calendar(record, 2025, home_only=True).entries == ()
    assert [e.partner for e in calendar(record, 2023, partner="KHM").entries] == ["KHM"]


def test_upcoming_spans_the_years() -> None:
    found = [(e.year, e.since) for e in upcoming(synthetic_record(), 2023, 5, partner="LAO")]
    assert found == [(2023, 1963), (2027, 1962)]
