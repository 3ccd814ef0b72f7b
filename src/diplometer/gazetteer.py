"""The gazetteer: countries, organisations and titles, and fast finders for them in running text.

Data lives in three tab-separated files under ``diplometer/data`` (one header row each, lists
inside a cell separated by ``|``):

* ``countries.tsv``      iso3, name, aliases, adjectives, capitals, region, subregion,
  intermediate_region (UN M49 names; the last column may be empty)
* ``organizations.tsv``  key, name, aliases, type, country, kind
* ``titles.tsv``         title, level, pillar (a title may hold ``...``: a run of capitalised
  words, as in "General Secretary of the ... Party")
* ``places.tsv``         name, iso3, kind (``region`` or ``city``), aliases: sub-national places
  that are no capital ("Kandahar", "Oklahoma", "North Kivu"), with the country they lie in;
  names shared by places of two countries ("Punjab") or with a country ("Georgia") are left out.
  They are looked up, not searched for: the model finds the place, the table gives its country.

Design
------
The files are read once by ``_gazetteer()`` (an ``lru_cache``d loader; nothing mutable lives at
module level) into frozen dataclasses plus one ``_Matcher`` per kind of mention.

A matcher holds two compiled *trie* regexes built from every surface form sorted into a prefix
tree, so that Python's ``re`` never tries more than a handful of alternatives at a position and
the greedy optional groups give the longest form first:

* ``exact`` is case-sensitive. It holds all-caps forms ("US", "DPRK", "U.S.", "WHO"), which
  must match exactly, and every other single-word form ("China", "Turkish", "President"),
  which must be capitalised (the form as written, or all in upper case for headlines).
* ``loose`` is case-insensitive. It holds multi-word forms ("Viet Nam", "prime minister") and
  single words written in lower case in the data ("spokesperson", "ambassador").

Inside a form any run of spaces or a hyphen/dash matches any run of spaces or a hyphen/dash, and
an apostrophe matches straight and curly ones. Both regexes run on ``fold_same_length(text)``,
so accents do not matter ("Việt Nam" = "Viet Nam") and offsets are those of the original
text, which must be NFC (as ``Article.text`` is). Every form is wrapped in word-boundary
look-arounds, so possessives ("China's") match the name part.

Candidates from both regexes (and from the few ``...`` patterns) are merged longest first,
never overlapping: "Papua New Guinea" hides "Guinea", "Deputy Prime Minister" hides "Prime
Minister". *Blockers* are forms that win that contest and are then dropped, so "Latin America",
"South China Sea" or "Party Congress" name no country or body. A few forms carry a *guard*
that looks at the context ("Congress" after an ordinal is a party congress; "General" must
precede a name).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Generic, TypeVar

from diplometer.textutil import fold_key, fold_same_length, nfc

REGIONS = ("Africa", "Americas", "Asia", "Europe", "Oceania")

T = TypeVar("T")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    region: str
    subregion: str
    intermediate: str = ""  # M49 intermediate region, e.g. "Western Africa", "Caribbean"


@dataclass(frozen=True)
class Organization:
    key: str
    name: str
    aliases: tuple[str, ...]
    type: str  # organization | party | government_body
    country: str | None
    kind: str  # multilateral | regional | party | ministry | parliament | people | ...


@dataclass(frozen=True)
class Title:
    title: str
    level: str
    pillar: str  # party | state | people


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    iso3: str
    kind: str  # name | adjective | capital


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    text: str
    key: str
    name: str
    type: str
    country: str | None
    kind: str


@dataclass(frozen=True)
class TitleMention:
    start: int
    end: int
    text: str
    title: str
    level: str
    pillar: str


# --------------------------------------------------------------------------- surface forms

_SEP = r"(?:\s*[-‐‑–—]\s*|\s+)"
_APOS = r"['’ʼ‘]"
_SEP_RX = re.compile(_SEP)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_APOS_RX = re.compile(_APOS)
_CAPWORD = r"(?-i:[A-Z])[\w'’.]*"
_CAPRUN = rf"{_CAPWORD}(?:{_SEP}(?:(?:of|the|for){_SEP})*{_CAPWORD}){{0,7}}"
_LEFT, _RIGHT = r"(?<!\w)", r"(?![\w$])"

# Forms that win the longest-match contest and are then dropped.
_PLACE_BLOCKERS = (
    "Latin America", "South America", "North America", "Central America", "Latin American",
    "South American", "North American", "Central American", "African American", "Asian American",
    "Native American", "Pan American", "Inter-American", "Ibero-American", "Iberoamerican", "Pan-American",
    "Afro-American", "American Samoa", "Korean Peninsula",
    "Korean War", "New Guinea", "Gulf of Guinea", "Niger Delta", "Niger River", "Congo River",
    "Congo Basin", "Indian Ocean", "West Indies", "West Indian", "South China Sea", "East China Sea",
    "Sea of Japan", "Gulf of Mexico", "Gulf of Thailand", "Gulf of Tonkin", "New Mexico", "Lao Cai",
    "Washington Post", "Washington state", "Paris Agreement", "Jordan River",
)
_ORG_BLOCKERS = (
    "National Security Council", "Party Congress", "National Party Congress", "Commonwealth of Australia",
    "Commonwealth of Dominica", "Commonwealth of The Bahamas",
)
_TITLE_BLOCKERS = (
    "General Assembly", "General Department", "General Directorate", "General Statistics Office",
    "General Election", "General Elections", "General Staff", "General Confederation",
    "General Conference", "General Council", "General Secretariat", "General Motors",
    "General Electric", "General Agreement", "General Administration", "General Office",
    "Premier League",
)


@lru_cache(maxsize=8192)
def _key(form: str) -> str:
    """Lookup key of a surface form: folded, lower case, one apostrophe, separators as one space."""
    return _SEP_RX.sub(" ", _APOS_RX.sub("'", fold_key(form))).strip()


def _fold(form: str) -> str:
    return fold_same_length(nfc(form)).strip()


def _is_loose(form: str) -> bool:
    """Multi-word forms and lower-case single words match case-insensitively."""
    return bool(re.search(r"\s", form)) or form == form.lower()


def _exact_variants(form: str) -> tuple[str, ...]:
    """Case-sensitive forms: acronyms as written, other single words also in upper case."""
    return (form,) if form == form.upper() else (form, form.upper())


# --------------------------------------------------------------------------- trie regex


def _tokens(form: str) -> Iterator[str]:
    """Split a form into trie tokens: one character, or " " for a separator, "'" for an apostrophe."""
    for piece in re.finditer(rf"{_SEP}|{_APOS}|.", form, re.DOTALL):
        text = piece.group()
        yield " " if _SEP_RX.fullmatch(text) else "'" if _APOS_RX.fullmatch(text) else text


def _token_rx(token: str) -> str:
    return _SEP if token == " " else _APOS if token == "'" else re.escape(token)


def _emit(node: dict) -> str:
    branches = [_token_rx(tok) + _emit(child) for tok, child in sorted(node.items()) if tok]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a form may end here: the longer ones are tried first
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


def _trie_regex(forms: Iterable[str]) -> re.Pattern[str]:
    """One case-sensitive regex for all forms; a first-character look-ahead lets `re` skip fast."""
    root: dict = {}
    for form in forms:
        node = root
        for token in _tokens(form):
            node = node.setdefault(token, {})
        node[""] = {}
    if not root:
        return re.compile(r"(?!x)x")
    first = "".join(sorted(re.escape(tok) for tok in root if tok not in ("", " ", "'")))
    return re.compile(f"(?=[{first}]){_LEFT}(?:{_emit(root)}){_RIGHT}")


def _template_rx(template: str) -> str:
    """A title template with "..." (a run of capitalised words) as regex source."""
    left, right = (part.strip() for part in template.split("...", 1))
    pieces = [_SEP.join(_tokens_rx(part)) for part in (left, right)]
    return f"{pieces[0]}{_SEP}{_CAPRUN}{_SEP}{pieces[1]}"


def _templates_regex(templates: Iterable[str]) -> re.Pattern[str] | None:
    """All templates in one case-insensitive regex, template i in group "t<i>"."""
    templates = tuple(templates)
    sources = [f"(?P<t{i}>{_template_rx(t)})" for i, t in enumerate(templates)]
    first = "".join(sorted({re.escape(t[0]) for t in templates}))
    if not sources:
        return None
    return re.compile(f"(?=[{first}]){_LEFT}(?:{'|'.join(sources)}){_RIGHT}", re.IGNORECASE)


def _tokens_rx(part: str) -> list[str]:
    return ["".join(_token_rx(t) for t in _tokens(word)) for word in part.split()]


# --------------------------------------------------------------------------- matcher


Guard = Callable[[str, int, int], bool]


@dataclass(frozen=True)
class _Matcher(Generic[T]):
    exact: re.Pattern[str]  # run on the folded text
    loose: re.Pattern[str]  # run on the folded, lower-cased text
    lookup: Mapping[str, T | None]  # form key -> payload; None: a blocker
    templates: re.Pattern[str] | None = None  # one named group per payload: t0, t1, ...
    template_payloads: tuple[T, ...] = ()
    guards: Mapping[str, Guard] = field(default_factory=lambda: MappingProxyType({}))

    def scan(self, text: str) -> list[tuple[int, int, T]]:
        folded, lowered = _folded(text)
        found: list[tuple[int, int, T | None]] = []
        for regex, haystack in ((self.exact, folded), (self.loose, lowered)):
            for match in regex.finditer(haystack):
                key = _key(match.group())
                guard = self.guards.get(key)
                if guard is None or guard(folded, match.start(), match.end()):
                    found.append((match.start(), match.end(), self.lookup[key]))
        if self.templates is not None:
            found.extend((m.start(), m.end(), self.template_payloads[int((m.lastgroup or 't0')[1:])])
                         for m in self.templates.finditer(folded))
        return [(s, e, p) for s, e, p in _longest_first(found) if p is not None]


@lru_cache(maxsize=8)
def _folded(text: str) -> tuple[str, str]:
    """The text without accents, and that lower-cased, both with the original offsets.

    Cached so that the three finders run on one article fold it once.
    """
    folded = _NON_ASCII.sub(lambda run: fold_same_length(run.group()), text)  # = fold_same_length(text)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few characters lower-case to two
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)
    return folded, lowered


def _longest_first(found: list[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    """Keep the longest candidates that do not overlap a longer (or earlier equal) one."""
    if not found:
        return []
    taken = bytearray(max(end for _, end, _ in found))
    kept: list[tuple[int, int, T]] = []
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
        start, end = cand[0], cand[1]
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            kept.append(cand)
    return sorted(kept, key=lambda c: c[0])


def _build(entries: Iterable[tuple[str, T | None]], identity: Callable[[T | None], object],
           templates: Iterable[tuple[str, T]] = (),
           guards: Mapping[str, Guard] | None = None) -> _Matcher[T]:
    """Compile (form, payload) pairs; the first payload of a key wins, conflicts are errors."""
    lookup: dict[str, T | None] = {}
    exact: set[str] = set()
    loose: set[str] = set()
    for form, payload in entries:
        folded = _fold(form)
        key = _key(folded)
        if key in lookup and identity(lookup[key]) != identity(payload):
            if payload is None or lookup[key] is None:
                continue  # a real form and a blocker: the real form stays
            raise ValueError(f"gazetteer: {form!r} names both {identity(lookup[key])} and {identity(payload)}")
        lookup.setdefault(key, payload)
        if _is_loose(folded):
            loose.add(key)
        else:
            exact.update(_exact_variants(folded))
    templates = tuple(templates)
    return _Matcher(exact=_trie_regex(exact), loose=_trie_regex(loose), lookup=MappingProxyType(lookup),
                    templates=_templates_regex(form for form, _ in templates),
                    template_payloads=tuple(payload for _, payload in templates),
                    guards=MappingProxyType(dict(guards or {})))


# --------------------------------------------------------------------------- guards

_ORDINAL_BEFORE = re.compile(r"(?:\d+(?:st|nd|rd|th)|[Pp]arty['’]?s?|National|[Cc]ongress)\s+$")


def _congress_ok(folded: str, start: int, end: int) -> bool:
    """US Congress, not the 13th (Party) Congress nor the Congress of a party."""
    before = folded[max(0, start - 24):start]
    return not _ORDINAL_BEFORE.search(before) and not re.match(r"\s+of\s", folded[end:end + 5])


def _general_ok(folded: str, start: int, end: int) -> bool:
    """The rank "General" stands before a name."""
    return bool(re.match(r"\s+[A-Z]", folded[end:end + 3]))


def _nam_ok(folded: str, start: int, end: int) -> bool:
    """"NAM" is the Non-Aligned Movement, not the end of an upper-case "VIET NAM"."""
    return not re.search(r"VIET\s+$", folded[max(0, start - 6):start])


# --------------------------------------------------------------------------- loading


def _rows(name: str) -> Iterator[list[str]]:
    text = (files("diplometer") / "data" / name).read_text(encoding="utf-8")
    for line in nfc(text).splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _load_countries() -> tuple[Country, ...]:
    out = []
    for row in _rows("countries.tsv"):
        row += [""] * (8 - len(row))
        out.append(Country(row[0], row[1], _split(row[2]), _split(row[3]), _split(row[4]),
                           row[5], row[6], row[7]))
    return tuple(out)


def _load_organizations() -> tuple[Organization, ...]:
    return tuple(Organization(r[0], r[1], _split(r[2]), r[3], r[4] or None, r[5])
                 for r in _rows("organizations.tsv"))


def _load_titles() -> tuple[Title, ...]:
    return tuple(Title(r[0], r[1], r[2]) for r in _rows("titles.tsv"))


@lru_cache(maxsize=1)
def _places() -> Mapping[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for row in _rows("places.tsv"):
        for name in (row[0], *_split(row[3] if len(row) > 3 else "")):
            table[fold_key(name)] = (row[1], row[2])
    return MappingProxyType(table)


def place_country(name: str) -> tuple[str, str] | None:
    """The country and kind (``region``, ``city``) of a sub-national place ("Kandahar" -> AFG),
    or None for a place the table does not hold; a leading "the" and "province", "state" or
    "region" after the name do not matter ("the Kurdistan region", "Sindh province")."""
    return _places().get(_PLACE_AFFIX.sub("", fold_key(name)))


_PLACE_AFFIX = re.compile(r"^the\s+|\s+(?:province|state|region|governorate|oblast|district|county|city|prefecture)$")


def _plural(adjective: str) -> str | None:
    """"Americans", "Thais"; none for "Swiss", "Turkish", "French", "Chinese", "Sino"."""
    if adjective.endswith(("s", "sh", "ch", "ese", "x", "z")) or adjective in ("Sino", "Lao"):
        return None
    return adjective + "s"


def _place_entries(countries: tuple[Country, ...]) -> Iterator[tuple[str, tuple[str, str] | None]]:
    for c in countries:  # names first, so a form that is also a capital stays a name
        for form in (c.name, *c.aliases):
            yield form, (c.iso3, "name")
    for c in countries:
        for adj in c.adjectives:
            yield adj, (c.iso3, "adjective")
            plural = _plural(adj)
            if plural:
                yield plural, (c.iso3, "adjective")
    for c in countries:
        for cap in c.capitals:
            yield cap, (c.iso3, "capital")
    for form in _PLACE_BLOCKERS:
        yield form, None
    # a sub-national place whose name opens with a capital's or a country's ("Santiago de Cuba") is that
    # place, not the capital: blocked here, it is looked up in places.tsv where it is named
    opening = {fold_key(f) for c in countries for f in (c.name, *c.aliases, *c.capitals)}
    for row in _rows("places.tsv"):
        words = row[0].split()
        if len(words) > 1 and any(fold_key(" ".join(words[:n])) in opening for n in range(1, len(words))):
            yield row[0], None


def _org_entries(orgs: tuple[Organization, ...]) -> Iterator[tuple[str, Organization | None]]:
    for org in orgs:
        for form in dict.fromkeys(v for f in (org.name, *org.aliases) for v in _spellings(f)):
            yield form, org
    for form in _ORG_BLOCKERS:
        yield form, None


# British and American spellings of one body's name ("Organisation for Security and Cooperation in
# Europe", "Organization for Security and Co-operation in Europe")
_SPELLING_PAIRS = (("Organization", "Organisation"), ("Co-operation", "Cooperation"), ("Defense", "Defence"),
                   ("Program", "Programme"), ("Center", "Centre"))


def _spellings(form: str) -> list[str]:
    forms = [form]
    for a, b in _SPELLING_PAIRS:
        for one, other in ((a, b), (b, a)):
            word = re.compile(rf"\b{re.escape(one)}\b")
            forms += [word.sub(other, f) for f in forms if word.search(f)]
    return list(dict.fromkeys(forms))


@dataclass(frozen=True)
class _Gazetteer:
    countries: tuple[Country, ...]
    organizations: tuple[Organization, ...]
    titles: tuple[Title, ...]
    by_iso3: Mapping[str, Country]
    by_form: Mapping[str, Country]
    org_by_form: Mapping[str, Organization]
    places: _Matcher[tuple[str, str]]
    orgs: _Matcher[Organization]
    title_matcher: _Matcher[Title]


def _country_index(countries: tuple[Country, ...]) -> dict[str, Country]:
    """Form key -> country; names beat adjectives, which beat capitals."""
    index: dict[str, Country] = {}
    for forms_of in (lambda c: (c.name, *c.aliases), lambda c: c.adjectives, lambda c: c.capitals):
        for c in countries:
            for form in forms_of(c):
                index.setdefault(_key(form), c)
    return index


_FRIENDSHIP = re.compile(rf"{_LEFT}Friendship{_SEP}(?:Association|Society|Group|Parliamentarians{_APOS}?"
                         rf"{_SEP}Group|Parliamentary{_SEP}Group)s?{_RIGHT}")
_NAMES_BEFORE = re.compile(rf"{_LEFT}(?:The{_SEP})?({_CAPRUN}){_SEP}$")
_FRIENDSHIP_ORG = Organization("friendship_association", "Friendship Association", (), "organization", None,
                               "people")


def _friendship_spans(text: str) -> list[tuple[int, int, Organization]]:
    """"<Names> Friendship Association/Society/Group": found by its head, then widened to the left."""
    folded = _folded(text)[0]
    spans = []
    for match in _FRIENDSHIP.finditer(folded):
        window_start = max(0, match.start() - 160)
        names = _NAMES_BEFORE.search(folded, window_start, match.start())
        start = names.start(1) if names else match.start()
        spans.append((start, match.end(), _FRIENDSHIP_ORG))
    return spans


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    countries = _load_countries()
    orgs = _load_organizations()
    titles = _load_titles()
    plain = [t for t in titles if "..." not in t.title]
    templates = tuple((t.title, t) for t in titles if "..." in t.title)
    title_entries = [*((t.title, t) for t in plain), *((form, None) for form in _TITLE_BLOCKERS)]
    return _Gazetteer(
        countries=countries, organizations=orgs, titles=titles,
        by_iso3=MappingProxyType({c.iso3: c for c in countries}),
        by_form=MappingProxyType(_country_index(countries)),
        org_by_form=MappingProxyType({_key(f): o for o in reversed(orgs) for f in (o.key, o.name, *o.aliases)}),
        places=_build(_place_entries(countries), lambda p: p and p[0]),
        orgs=_build(_org_entries(orgs), lambda o: o and o.key,
                    guards={"congress": _congress_ok, "nam": _nam_ok}),
        title_matcher=_build(title_entries, lambda t: t and (t.level, t.pillar), templates,
                             guards={"general": _general_ok}),
    )


# --------------------------------------------------------------------------- public API


def countries() -> tuple[Country, ...]:
    """Every country in the gazetteer, in file order."""
    return _gazetteer().countries


def organizations() -> tuple[Organization, ...]:
    return _gazetteer().organizations


def titles() -> tuple[Title, ...]:
    return _gazetteer().titles


def country(code_or_name: str) -> Country | None:
    """Look a country up by ISO3 code, name, alias, adjective or capital (case and accents ignored)."""
    gaz = _gazetteer()
    text = code_or_name.strip()
    found = gaz.by_iso3.get(text.upper()) if len(text) == 3 else None
    return found or gaz.by_form.get(_key(text)) or gaz.by_form.get(re.sub(r"^the ", "", _key(text)))


def organization(key_or_name: str) -> Organization | None:
    """Look an organisation up by its key, name or alias (case and accents ignored)."""
    return _gazetteer().org_by_form.get(_key(key_or_name))


def region_of(iso3: str) -> tuple[str, str] | None:
    """(region, subregion) of a country, UN M49 names."""
    found = _gazetteer().by_iso3.get(iso3.upper())
    return (found.region, found.subregion) if found else None


def find_places(text: str) -> list[PlaceMention]:
    """Country names, aliases, adjectives and capitals in NFC text, longest first, in text order."""
    return [PlaceMention(s, e, text[s:e], iso3, kind)
            for s, e, (iso3, kind) in _gazetteer().places.scan(text)]


def find_organizations(text: str) -> list[OrgMention]:
    """Organisations, parties and government bodies in NFC text, in text order.

    A "<Names> Friendship Association" gets the key "friendship_association" and its own words as name.
    """
    found = _longest_first(_gazetteer().orgs.scan(text) + _friendship_spans(text))
    return [OrgMention(s, e, text[s:e], o.key, text[s:e] if o is _FRIENDSHIP_ORG else o.name, o.type,
                       o.country, o.kind) for s, e, o in found]


def find_titles(text: str) -> list[TitleMention]:
    """Titles and offices ("Deputy Prime Minister", "General Secretary of the ... Party")."""
    return [TitleMention(s, e, text[s:e], t.title, t.level, t.pillar)
            for s, e, t in _gazetteer().title_matcher.scan(text)]
