"""A fast gate in front of the trigger table: which entries can match a sentence at all.

Most sentences of a news article report no event, and asking ~240 phrasings of each of them
one by one (or one alternation of all of them, tried at every character) costs more than the
rest of extraction. Every phrasing starts its match with one of a few short prefixes (its first
words' first two letters), which the parsed pattern tells. The gate files the table's entries
under those prefixes and tries, at each word start of a sentence, only the alternation of the
entries filed under that word's first letters. An entry whose start cannot be told (a leading
`\\w`, a negated class) is filed under every word start, so the gate never hides a match the
table would find.
"""
from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator, Sequence

from .triggers import Trigger

_ANYWHERE = None  # the start could be anything
_MAX_RANGE = 256
_DEPTH = 2  # letters of a prefix
_SPACE = " "  # every white space character is read as a space in a prefix

# A part of a pattern is read as (closed, open): `closed` are prefixes after which the match
# goes on in a way not told (or that are _DEPTH long already); `open` are whole matches of the
# part shorter than _DEPTH, which what follows the part extends.
_Prefixes = tuple[frozenset[str], frozenset[str]]
_UNKNOWN: _Prefixes = (frozenset({""}), frozenset())
_EMPTY: _Prefixes = (frozenset(), frozenset({""}))


def _chars(items) -> frozenset[str] | None:
    chars: set[str] = set()
    for kind, value in items:
        if kind is sre.LITERAL:
            chars.add(chr(value).lower())
        elif kind is sre.RANGE and value[1] - value[0] <= _MAX_RANGE:
            chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value is sre.CATEGORY_SPACE:
            chars.add(_SPACE)
        else:  # another category, a negation, a wide range
            return None
    return frozenset(chars)


def _item(op, av) -> _Prefixes:
    if op is sre.LITERAL:
        return frozenset(), frozenset({chr(av).lower()})
    if op is sre.IN or (op is sre.CATEGORY and av is sre.CATEGORY_SPACE):
        chars = _chars(av if op is sre.IN else [(op, av)])
        return _UNKNOWN if chars is None else (frozenset(), chars)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _EMPTY  # zero width: what follows starts the match
    if op is sre.SUBPATTERN:
        return _sequence(av[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        closed, open_ = _sequence(av[2])
        # after one round the part may go round again: what it matched is a prefix of unknown end
        closed = closed | {p for p in open_ if p}
        return closed, frozenset({""}) if av[0] == 0 or "" in open_ else frozenset()
    if op is sre.BRANCH:
        parts = [_sequence(branch) for branch in av[1]]
        return frozenset().union(*(c for c, _ in parts)), frozenset().union(*(o for _, o in parts))
    return _UNKNOWN  # ANY, NOT_LITERAL, other categories, GROUPREF, ...


def _sequence(items) -> _Prefixes:
    closed: set[str] = set()
    open_: set[str] = {""}
    for op, av in items:
        if not open_:
            break
        part_closed, part_open = _item(op, av)
        grown: set[str] = set()
        for prefix in open_:
            closed.update((prefix + p)[:_DEPTH] for p in part_closed)
            for p in part_open:
                longer = prefix + p
                (closed.add(longer[:_DEPTH]) if len(longer) >= _DEPTH else grown.add(longer))
        open_ = grown
    return frozenset(closed), frozenset(open_)


def prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-cased beginnings (one or two characters; one where the second cannot be told)
    that a match of `pattern` starts with; None when the start cannot be told at all."""
    closed, open_ = _sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)
    starts = closed | open_  # the pattern may end before its second character
    return _ANYWHERE if "" in starts else frozenset(starts)


_WORD_START = re.compile(r"(?<!\w)\w")
_WORD_END = re.compile(r"(?<=\w)\W")


def _key(text: str, at: int) -> str:
    return "".join(_SPACE if c.isspace() else c.lower()[0] for c in text[at:at + _DEPTH])


class TriggerGate:
    """`matches(text)`: does any entry of the table match somewhere in `text`;
    `candidates(text)`: the entries (in table order) that can begin where a match could begin,
    the only ones worth running over `text`."""

    def __init__(self, triggers: Sequence[Trigger]):
        self.triggers = tuple(triggers)
        self._entries = [(t, prefixes(t.pattern)) for t in self.triggers]
        self._anywhere = any(p is _ANYWHERE for _, p in self._entries)
        starts = {p[0] for _, found in self._entries if found is not _ANYWHERE for p in found}
        self._symbols = frozenset(c for c in starts if not (c.isalnum() or c == "_"))
        self._by_key: dict[str, re.Pattern[str] | None] = {}

    def _starts(self, text: str) -> Iterator[int]:
        for match in _WORD_START.finditer(text):
            yield match.start()
        if self._symbols:
            for i, ch in enumerate(text):
                if ch in self._symbols:
                    yield i
        if self._anywhere:  # "\b" before a non-word character: right after a word
            for match in _WORD_END.finditer(text):
                yield match.start()

    def _filed(self, key: str) -> list[Trigger]:
        return [t for t, found in self._entries
                if found is _ANYWHERE or any(key.startswith(p) for p in found)]

    def _alternation(self, key: str) -> re.Pattern[str] | None:
        if key not in self._by_key:
            filed = self._filed(key)
            self._by_key[key] = (re.compile("|".join(f"(?:{t.pattern.pattern})" for t in filed), re.IGNORECASE)
                                 if filed else None)
        return self._by_key[key]

    def matches(self, text: str) -> bool:
        for at in self._starts(text):
            pattern = self._alternation(_key(text, at))
            if pattern is not None and pattern.match(text, at):
                return True
        return False

    def candidates(self, text: str) -> list[Trigger]:
        keys = {_key(text, at) for at in self._starts(text)}
        keys |= {k[:1] for k in keys}  # a prefix is one or two characters: a key's start or all of it
        return [t for t, found in self._entries if found is _ANYWHERE or not found.isdisjoint(keys)]
