"""The dated dictionary of office holders."""
from __future__ import annotations

from datetime import date

import pytest

from diplometer import leaders
from diplometer.leaders import Term


@pytest.fixture
def dictionary(monkeypatch: pytest.MonkeyPatch):
    terms = {
        "ana souza": (Term("Ana Souza", "BRA", "head_of_government", "Prime Minister", date(2015, 1, 1),
                       date(2019, 12, 31)),
                      Term("Ana Souza", "BRA", "head_of_state", "President", date(2020, 1, 1), None)),
    }
    monkeypatch.setattr(leaders, "_index", lambda: terms)
    monkeypatch.setattr(leaders, "_forms", lambda: ("Ana Souza",))
    leaders._by_prefix.cache_clear()
    yield
    leaders._by_prefix.cache_clear()


def test_the_title_held_on_the_day(dictionary: None) -> None:
    assert leaders.lookup("Ana Souza", date(2017, 5, 1)).title == "Prime Minister"
    assert leaders.lookup("ana  souza", date(2022, 5, 1)).title == "President"


def test_no_match_far_outside_every_term(dictionary: None) -> None:
    assert leaders.lookup("Ana Souza", date(2010, 1, 1)) is None
    assert leaders.lookup("Somebody Else", date(2017, 1, 1)) is None


def test_dictionary_gives_a_bare_name_its_country(dictionary: None) -> None:
    from diplometer.mentions import find_mentions

    found, _ = find_mentions("Ana Souza met Chilean President Gabriel Boric on Monday.", None, date(2021, 3, 1))
    people = {m.name: (m.country, m.role) for m in found.actors if m.type == "person"}
    assert people["Ana Souza"] == ("BRA", "President")


def test_a_namesake_takes_the_office_holders_country_only(dictionary: None) -> None:
    """A longer name ending in an office holder's ("Maria Ana Souza") is a compatriot, within the
    holder's terms; a lookup of the full name still finds nobody (no title, no shared key)."""
    assert leaders.country_by_surname("Maria Ana Souza", date(2021, 5, 3)) == "BRA"
    assert leaders.country_by_surname("Maria Ana Souza", date(2010, 5, 3)) is None
    assert leaders.country_by_surname("Ana Souza", date(2021, 5, 3)) is None  # the full name is lookup's
    assert leaders.lookup("Maria Ana Souza", date(2021, 5, 3)) is None


def test_shipped_dictionary_files_parse() -> None:
    index = leaders._index()
    assert all(isinstance(k, str) and v for k, v in index.items())


def test_a_surname_two_office_holders_share_names_the_one_in_office_that_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """"Aliyev" is Heydar's until 2003 and Ilham's after; on a day both held office it names nobody.
    (The same person written with and without accents across files is one person.)"""
    terms = {"souza": (Term("Ana Souza", "BRA", "head_of_state", "President", date(2015, 1, 1), date(2019, 12, 31)),
                       Term("Pedro Souza", "BRA", "head_of_state", "President", date(2020, 1, 1), None),
                       Term("Lía Souza", "BRA", "foreign_minister", "Foreign Minister", date(2021, 1, 1), None),
                       Term("Lia Souza", "BRA", "head_of_government", "Prime Minister", date(2010, 1, 1), date(2011, 1, 1)))}
    monkeypatch.setattr(leaders, "_index", lambda: terms)
    assert leaders.lookup("Souza", date(2017, 5, 1)).name == "Ana Souza"
    assert leaders.lookup("Souza", date(2020, 6, 1)).name == "Pedro Souza"
    assert leaders.lookup("Souza", date(2022, 6, 1)) is None  # Pedro and Lía both in office
    assert leaders.lookup("Souza", date(2010, 6, 1)).title == "Prime Minister"
