"""Partner profiles over the hand-made record of test_reports."""
from __future__ import annotations

from datetime import date

import pytest

from diplometer.partners import UnknownPartner, partner_profile, resolve_partner
from test_reports import synthetic_record


def test_resolve_partner_by_code_name_or_actor() -> None:
    record = synthetic_record()
    assert resolve_partner(record, "LAO") == "LAO"
    assert resolve_partner(record, "Laos") == "LAO"
    assert resolve_partner(record, "Chan Minister") == "LAO"
    assert resolve_partner(record, "asean") == "asean"
    with pytest.raises(UnknownPartner):
        resolve_partner(record, "Atlantis")


def test_profile_of_laos() -> None:
    profile = partner_profile(synthetic_record(), "Laos")
    assert (profile.partner, profile.name, profile.home) == ("LAO", "Lao PDR", "VNM")
    assert [x.id for x in profile.events] == ["e1", "e3"]  # planned e8 and Laos-Cambodia e9 left out
    assert {c.key: c.value for c in profile.by_pillar} == {"party": 1, "state": 1, "people": 0}
    contacts = {c.level: (c.last, c.event_ids) for c in profile.last_contact}
    assert contacts == {
        "head_of_party": (date(2023, 3, 20), ("e3",)),
        "head_of_state": (None, ()),
        "head_of_government": (date(2023, 1, 10), ("e1",)),
        "foreign_minister": (date(2023, 1, 10), ("e1",)),
        "parliament": (None, ()),
        "people_org": (None, ()),
    }
    assert profile.agreements.value == 0
    assert [p.year for p in profile.indicators[0].points] == [2022, 2023]
    assert profile.as_of == date(2023, 8, 1)
    assert [(a.year, a.since, a.ordinal) for a in profile.anniversaries] == [(2023, 1963, 60), (2027, 1962, 65)]


def test_profile_of_cambodia_and_an_organisation() -> None:
    record = synthetic_record()
    khm = partner_profile(record, "KHM", as_of=date(2028, 1, 1), years_ahead=1)
    assert khm.agreements.event_ids == ("e4",)
    assert {c.level: c.last for c in khm.last_contact}["head_of_state"] == date(2023, 3, 5)
    assert [(a.relation, a.ordinal) for a in khm.anniversaries] == [("partnership", 15), ("treaty", 5)]
    asean = partner_profile(record, "asean")
    assert asean.total.event_ids == ("e6",) and asean.indicators == ()
