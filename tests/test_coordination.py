"""The coordination matrix and its gaps over the hand-made record of test_reports."""
from __future__ import annotations

from datetime import date

from diplometer.coordination import coordination, months_before
from test_reports import synthetic_record


def test_months_before() -> None:
    assert months_before(date(2023, 8, 1), 3) == date(2023, 5, 2)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 3, 1)  # 29 February, plus a day
    assert months_before(date(2024, 1, 15), 12) == date(2023, 1, 16)


def test_matrix_over_three_months() -> None:
    coord = coordination(synthetic_record(), months=3)
    assert (coord.home, coord.as_of, coord.since) == ("VNM", date(2023, 8, 1), date(2023, 5, 2))
    cells = {r.partner: {c.pillar: (c.count.value, c.last) for c in r.cells} for r in coord.rows}
    assert set(cells) == {"CHN", "KHM", "LAO", "asean"}  # the accusation e7 is no contact; undated e10 is out
    assert cells["CHN"] == {"party": (0, None), "state": (0, None), "people": (1, date(2023, 6, 1))}
    assert cells["LAO"] == {"party": (0, date(2023, 3, 20)), "state": (0, date(2023, 1, 10)), "people": (0, None)}
    assert cells["asean"]["state"] == (1, date(2023, 7, 1))
    assert [r.partner for r in coord.rows[:2]] == ["asean", "CHN"]  # busiest first, then by name
    gaps = {g.partner: g.last_high_level for g in coord.no_high_level}
    assert gaps == {"CHN": None, "KHM": date(2023, 3, 5), "LAO": date(2023, 3, 20)}
    assert coord.silent_pillars == ()  # nobody has two activities in the window
    assert {e.id for e in coord.events} == {"e1", "e2", "e3", "e4", "e5", "e6"}


def test_silent_pillars_and_a_longer_window() -> None:
    record = synthetic_record()
    silent = {(g.partner, g.pillar) for g in coordination(record, months=3, busy=1).silent_pillars}
    assert silent == {("CHN", "party"), ("CHN", "state"), ("asean", "party"), ("asean", "people")}
    year = coordination(record, months=12)
    assert year.no_high_level[0].partner == "CHN" and len(year.no_high_level) == 1
    lao = next(r for r in year.rows if r.partner == "LAO")
    assert lao.total.event_ids == ("e1", "e3") and lao.last_high_level_ids == ("e3",)
    pillar_gaps = {(g.partner, g.pillar) for g in coordination(record, months=12).silent_pillars}
    assert ("KHM", "party") in pillar_gaps and ("LAO", "people") in pillar_gaps


def test_reference_day_can_be_given() -> None:
    coord = coordination(synthetic_record(), months=1, as_of=date(2023, 1, 31))
    assert [r.partner for r in coord.rows] == ["LAO"] and coord.rows[0].total.event_ids == ("e1",)
    assert coord.no_high_level == ()
