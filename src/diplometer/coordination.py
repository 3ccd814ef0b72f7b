"""Coordination: a partner x pillar matrix of recent activity, and the gaps in it.

The window is the `months` before a reference day (default: the latest event date in the
record), both ends included. Each cell counts home's activities (diplomatic contact types
only: no accusations or sanctions) with a partner in one pillar inside the window, and gives
the last contact in that pillar at any time up to the reference day. Rows are every partner
home has had contact with up to the reference day, so that a partner gone silent still shows.

Gaps:
- partners with no high-level contact (head of party, state or government, or foreign
  minister, on either side) inside the window;
- pillars silent with a partner that the other pillars are busy with (at least `busy`
  activities inside the window).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .consolidate import MergedEvent, Record
from .reports import (
    ACTIVITY_TYPES,
    HIGH_LEVELS,
    PILLARS,
    Count,
    EventLine,
    actor_index,
    event_day,
    event_levels,
    event_line,
    event_partners,
    home_country,
    latest_day,
    make_count,
    partner_label,
    select_events,
)


@dataclass(frozen=True)
class Cell:
    pillar: str
    count: Count  # activities inside the window
    last: date | None  # last contact in this pillar up to the reference day
    last_ids: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    partner: str
    name: str
    cells: tuple[Cell, ...]  # in PILLARS order
    total: Count
    last_high_level: date | None
    last_high_level_ids: tuple[str, ...]


@dataclass(frozen=True)
class HighLevelGap:
    partner: str
    name: str
    last_high_level: date | None  # before the window, or None: never
    event_ids: tuple[str, ...]  # the last high-level contact(s), if any


@dataclass(frozen=True)
class PillarGap:
    partner: str
    name: str
    pillar: str
    busy: tuple[Count, ...]  # the other pillars' activity inside the window


@dataclass(frozen=True)
class Coordination:
    home: str | None
    as_of: date | None
    since: date | None
    months: int
    pillars: tuple[str, ...]
    rows: tuple[Row, ...]
    no_high_level: tuple[HighLevelGap, ...]
    silent_pillars: tuple[PillarGap, ...]
    events: tuple[EventLine, ...]  # every contact up to the reference day: the evidence


def months_before(day: date, months: int) -> date:
    """The day `months` calendar months before `day` (clamped to the month's end), plus one day."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            start = date(year, month, d)
            break
        except ValueError:
            continue
    return date.fromordinal(start.toordinal() + 1)


def _last(events: list[MergedEvent]) -> tuple[date | None, tuple[str, ...]]:
    days = [d for e in events if (d := event_day(e))]
    if not days:
        return None, ()
    last = max(days)
    return last, tuple(e.id for e in events if event_day(e) == last)


def coordination(record: Record, months: int = 12, as_of: date | None = None, home: str | None = None,
                 busy: int = 2) -> Coordination:
    """The partner x pillar matrix over the `months` before `as_of`, and its gaps."""
    home = home or home_country(record)
    as_of = as_of or latest_day(record)
    since = months_before(as_of, months) if as_of else None
    actors = actor_index(record)
    history = select_events(record, None, as_of, home, types=ACTIVITY_TYPES)
    partners = sorted({p for e in history for p in event_partners(e, home)})
    rows, no_high, silent = [], [], []
    for pid in partners:
        mine = [e for e in history if pid in event_partners(e, home)]
        recent = [e for e in mine if since is None or (event_day(e) is not None and event_day(e) >= since)]
        cells = []
        for pillar in PILLARS:
            last, last_ids = _last([e for e in mine if e.first.pillar == pillar])
            cells.append(Cell(pillar, make_count(f"{pid}:{pillar}", pillar,
                                                 (e.id for e in recent if e.first.pillar == pillar)), last, last_ids))
        high = [e for e in mine if event_levels(e, actors) & HIGH_LEVELS]
        last_high, high_ids = _last(high)
        name = partner_label(pid, record)
        rows.append(Row(pid, name, tuple(cells), make_count(pid, name, (e.id for e in recent)), last_high, high_ids))
        if since is not None and (last_high is None or last_high < since):
            no_high.append(HighLevelGap(pid, name, last_high, high_ids))
        for cell in cells:
            others = tuple(c.count for c in cells if c is not cell)
            if cell.count.value == 0 and sum(c.value for c in others) >= busy:
                silent.append(PillarGap(pid, name, cell.pillar, others))
    rows.sort(key=lambda r: (-r.total.value, r.name))
    return Coordination(home, as_of, since, months, PILLARS, tuple(rows), tuple(no_high), tuple(silent),
                        tuple(event_line(e, home, actors) for e in history))
