"""The event index answers exactly what the record answers, for every filter (see event_index)."""
from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from diplometer.api.cache import Snapshot, change_marker, marker_engine
from diplometer.api.event_index import open_event_index
from diplometer.api.filters import BadQuery, EventQuery, select
from diplometer.consolidate import consolidate
from diplometer.reports import event_countries
from diplometer.store import Store


@pytest.fixture(scope="module")
def both(sample_db: str, tmp_path_factory: pytest.TempPathFactory):
    store = Store.open(sample_db)
    engine = marker_engine(store)
    snapshot = Snapshot.build(consolidate(store.iter_extractions()), change_marker(engine), 1)
    index = open_event_index(store, str(tmp_path_factory.mktemp("evx") / "events.sqlite"))
    index.version()
    yield snapshot, index
    index.close()
    engine.dispose()
    store.close()


def _queries(snapshot: Snapshot) -> list[EventQuery]:
    events = snapshot.events
    countries = sorted({c for e in events for c in event_countries(e)})
    types = sorted({e.first.type for e in events}) + sorted({e.first.plover.lower() for e in events if e.first.plover})
    plovers = sorted({e.first.plover for e in events if e.first.plover})
    names = sorted({r.name for e in events for r in e.actors + e.counterparts})
    documents = sorted({d.id for d in snapshot.record.documents})
    sources = sorted({d.source for d in snapshot.record.documents if d.source})
    days = sorted(e.date.start for e in events if e.date)
    rng = random.Random(3)
    one = [EventQuery()]
    one += [EventQuery(country=c) for c in countries] + [EventQuery(country=c.lower()) for c in countries[:5]]
    one += [EventQuery(country="Laos"), EventQuery(country="Viet Nam")]
    one += [EventQuery(type=t) for t in types] + [EventQuery(plover=p.lower()) for p in plovers]
    one += [EventQuery(pillar=p) for p in ("party", "state", "people", "unknown")]
    one += [EventQuery(scope=s) for s in ("international", "domestic")]
    one += [EventQuery(actor=n) for n in rng.sample(names, min(15, len(names)))]
    one += [EventQuery(actor=n.split()[-1].upper()) for n in rng.sample(names, min(10, len(names)))]
    one += [EventQuery(actor="%"), EventQuery(actor="_"), EventQuery(actor="   ")]
    one += [EventQuery(source=d) for d in rng.sample(documents, min(8, len(documents)))]
    one += [EventQuery(source=s.lower()) for s in sources] + [EventQuery(source="nobody")]
    one += [EventQuery(dyad=f"{a}-{b}") for a, b in itertools.combinations(countries[:6], 2)]
    one += [EventQuery(start=days[len(days) // 3]), EventQuery(end=days[len(days) // 2]),
            EventQuery(start=days[len(days) // 4], end=days[len(days) // 4] + timedelta(days=40)),
            EventQuery(start=date(1990, 1, 1), end=date(1990, 2, 1))]
    mixed = []
    for _ in range(120):
        start = rng.choice(days) if rng.random() < 0.4 else None
        mixed.append(EventQuery(
            start=start, end=(start or days[0]) + timedelta(days=rng.randrange(400)) if rng.random() < 0.4 else None,
            country=rng.choice(countries) if rng.random() < 0.5 else None,
            dyad=f"{rng.choice(countries)}-{rng.choice(countries)}" if rng.random() < 0.15 else None,
            type=rng.choice(types) if rng.random() < 0.3 else None,
            plover=rng.choice(plovers) if rng.random() < 0.2 else None,
            pillar=rng.choice(("party", "state", "people", "unknown")) if rng.random() < 0.3 else None,
            actor=rng.choice(names).split()[0] if rng.random() < 0.2 else None,
            source=rng.choice(documents + sources) if rng.random() < 0.15 else None,
            scope=rng.choice(("international", "domestic")) if rng.random() < 0.2 else None))
    return one + mixed


def test_every_filter_selects_the_same_events_in_the_same_order(both) -> None:
    snapshot, index = both
    checked = nonempty = 0
    for query in _queries(snapshot):
        expected = [e.id for e in select(snapshot, query)]
        where = index.where(query)
        assert [json.loads(b)["id"] for b in index.bodies(where)] == expected, query
        assert index.count(where) == len(expected), query
        assert [json.loads(b)["id"] for b in index.page(where, 7, 3)] == expected[3:10], query
        dated = Counter(e.date.start for e in select(snapshot, query) if e.date)
        assert sorted(index.day_counts(where)) == sorted(dated.items()), query
        checked += 1
        nonempty += bool(expected)
    assert checked > 200 and nonempty > 100


def test_unknown_countries_are_refused_by_both(both) -> None:
    snapshot, index = both
    for query in (EventQuery(country="Atlantis"), EventQuery(dyad="VNM-Atlantis"), EventQuery(dyad="VNM")):
        with pytest.raises(BadQuery):
            select(snapshot, query)
        with pytest.raises(BadQuery):
            index.where(query)


def test_index_is_kept_on_disk_and_rebuilt_only_when_the_store_changed(small_db: str, tmp_path: Path) -> None:
    side = str(tmp_path / "events.sqlite")
    with Store.open(small_db) as store:
        first = open_event_index(store, side, check_interval=0)
        built = first.version()
        first.close()
        again = open_event_index(store, side, check_interval=0)
        again._build = None  # the stored version must be taken as it is
        assert again.version() == built
        again.close()
        store.delete_document("api-003-japan-call")
        later = open_event_index(store, side, check_interval=0)
        assert later.version().documents == built.documents - 1
        assert later.version().events < built.events
        later.close()


def test_an_index_asked_in_memory_is_a_scratch_file_removed_on_close(small_db: str) -> None:
    with Store.open(small_db) as store:
        index = open_event_index(store, ":memory:")
        assert index.version().events > 0
        scratch = index.scratch
        assert scratch and Path(scratch).exists()
        index.close()
        assert not Path(scratch).exists()


def test_partner_counts_match_the_record(both) -> None:
    from diplometer.reports import event_partners

    snapshot, index = both
    for query in _queries(snapshot)[::5]:
        expected = Counter(p for e in select(snapshot, query) for p in event_partners(e, snapshot.home)
                           if len(p) == 3 and p.isupper())
        got = {c: n for c, n in index.country_counts(index.where(query)).items() if c != index.home}
        assert got == dict(expected), query


def test_an_index_from_an_older_schema_is_dropped_and_rebuilt(small_db: str, tmp_path: Path) -> None:
    import sqlite3

    side = tmp_path / "old.sqlite"
    with sqlite3.connect(side) as conn:  # what the first version of the index looked like
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("CREATE TABLE countries (country TEXT, sort_day TEXT, event_id TEXT, day_start TEXT, day_end TEXT)")
    with Store.open(small_db) as store:
        index = open_event_index(store, str(side))
        version = index.version()
        assert version.events > 0
        where = index.where(EventQuery(country="VNM", type="meeting"))
        assert index.count(where) == len(list(index.bodies(where)))
        index.close()
