import re

import pytest

from diplometer.trigger_gate import TriggerGate, prefixes
from diplometer.triggers import TRIGGERS, Trigger
from diplometer.verb_triggers import VERB_TRIGGERS


def _trigger(name: str, words: str) -> Trigger:
    return Trigger(name, re.compile(rf"\b(?:{words})\b", re.IGNORECASE), "t", "AGREE", "030", None, "forward")


@pytest.mark.parametrize(("words", "expected"), [
    (r"met|Visited", {"me", "vi"}),
    (r"(?:formal\s+)?talks", {"fo", "ta"}),
    (r"(?<=troops\s)quit", {"qu"}),
    (r"[$\u20ac]\d+\s+aid", {"$", "\u20ac"}),
    (r"[a-c]x", {"ax", "bx", "cx"}),
    (r"a\s+deal|an?\s+accord", {"a ", "an"}),
    (r"(?:re)+sent|t", {"re", "t"}),
])
def test_first_characters_of_a_phrasing(words, expected):
    assert prefixes(_trigger("x", words).pattern) == frozenset(expected)


@pytest.mark.parametrize("words", [r"[\w-]+\s+would", r"(?:very\s+)?", r"[^a]bc", r".sent"])
def test_a_phrasing_that_can_start_anywhere_is_filed_under_every_start(words):
    assert prefixes(_trigger("x", words).pattern) is None
    gate = TriggerGate([_trigger("x", words)] if words != r"(?:very\s+)?" else [])
    assert not gate.matches("")


def test_the_gate_finds_what_each_phrasing_finds_and_nothing_else():
    gate = TriggerGate([_trigger("met", "met"), _trigger("late", r"[\w-]+\s+would\s+send"),
                        _trigger("sum", r"\$\d+\s+in\s+aid")])
    assert gate.matches("The two leaders met in Hanoi.")
    assert gate.matches("It said that the bloc would send observers.")
    assert gate.matches("Japan pledged US$50 in aid.")  # a symbol right after a word
    assert not gate.matches("Inflation metrics rose.")  # "met" inside a word
    assert not gate.matches("Nothing happened.")
    assert [t.name for t in gate.candidates("Officials met.")] == ["met", "late"]


SENTENCES = [
    "Vietnam's foreign minister held talks with his Lao counterpart in Vientiane on Monday.",
    "Rebels ambushed an army convoy near the border, killing six soldiers, the military said.",
    "The U.N. envoy urged both sides to return to the negotiating table before the deadline.",
    "Police fired tear gas at thousands of protesters who burned effigies outside parliament.",
    "Shares of the carmaker fell 3% after it cut its outlook for the year.",
    "Ottawa expelled two Russian diplomats and recalled its ambassador from Moscow for consultations.",
    "The ministry channelled $40 million through the World Food Programme to the drought-hit north.",
    "Troops quit the disputed village at dawn, ending a week-long standoff.",
    "Officials said Beijing would provide the vaccines by March.",
]


@pytest.mark.parametrize("table", [TRIGGERS, VERB_TRIGGERS], ids=["table", "verbs"])
def test_the_gate_agrees_with_the_table_read_entry_by_entry(table):
    gate = TriggerGate(table)
    for text in SENTENCES:
        found = [t for t in table if t.pattern.search(text)]
        assert gate.matches(text) == bool(found), text
        assert set(map(id, found)) <= set(map(id, gate.candidates(text))), text
