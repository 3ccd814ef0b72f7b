"""Actor mentions: countries, organisations, parties, government bodies and persons with roles.

Countries, organisations and titles come from the gazetteer (rules, diacritics-insensitive).
Persons come from two sources that cover each other's blind spots: the statistical NER run
on the accent-folded text (it misreads Vietnamese names with diacritics, not without) and
names glued to a title ("Party General Secretary Nguyễn Phú Trọng"). A surname or given name
used alone after the full name resolves to the same person within the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from . import gazetteer, leaders
from .records import Mention
from .sentences import headline_end
from .textutil import fold_key
from .timex import MONTH_DAY

_NAME_WORD = r"[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][\w'\u2019\-]*"
_PARTICLE = r"(?:van|von|de|da|del|della|der|den|bin|binti|al|el|la|le|du|dos|das|ter|ten)"
_NAME_AFTER_TITLE = re.compile(rf"[ \t]+((?:{_NAME_WORD})(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?:{_NAME_WORD})){{0,4}})")
_NAME_APPOSED = re.compile(rf",[ \t]+((?:{_NAME_WORD})(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?:{_NAME_WORD})){{1,3}})(?=\s*,)")
_NAME_BEFORE_TITLE = re.compile(rf"(?<![\w.])((?:{_NAME_WORD})(?:[ \t]+(?:{_NAME_WORD})){{1,3}}),\s+"
                                rf"(?:(?:a|the|then|former|also)\s+)?$")
_NAME_BEFORE_WHO = re.compile(rf"(?<![\w.])((?:{_NAME_WORD})(?:[ \t]+(?:{_NAME_WORD})){{1,3}}),\s+who\s+"
                              r"(?:serves|is|was|heads|leads|holds)\b")
# ", head of the Presidential Council, ...", ", who serves as X's foreign minister," (not any other relative
# clause: ", who handed over a message to the Amir")
# (a finite verb after the comma starts the predicate, not an appositive: "X and Y, held talks ...")
_APPOSITIVE = re.compile(r",\s+(?!(?:whom|whose|which|where|when|while)\b|who\b(?!\s+(?:is|was|serves\s+as|served\s+as|"
                         r"has\s+been|had\s+been|also\s+serves\s+as)\b)|[a-z]+ed\b|(?:held|met|said|told|made|took|gave|"
                         r"sent|went|began|spoke|paid|left|came|has|have|had|will|would|is|are|was|were)\b)([^,;]{3,160}?)"
                         r"(?=,|;|\.(?:\s|$)|\s+(?:said|says|told|stressed|wrote|noted)\b)")
_COUNTERPART = re.compile(r"\bcounterparts?\b|\bled\s+by(?:\s+(?:its|his|her|their|the))?(?:\s+(?:head|chief|leader|"
                          r"chairman|chairwoman|chair|president|secretary))?\b")
_HONORIFICS = frozenset({"datuk", "seri", "tan", "sri", "dato", "samdech", "techo", "dr", "dr.", "sheikh", "h.e.",
                         "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord", "hon", "hon."})
_LED_BY_PREFIX = re.compile(r"^led\s+by(?:\s+(?:its|his|her|their|the))?\s*")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DATELINE_HEAD = re.compile(r"\s*[A-Z\u00C0-\u1EF9][A-Z\u00C0-\u1EF9 .'-]{1,30}(?=,|\s+\(|\s+[-\u2014]|[ \t]*\n)|"
                            # "Bogotá, Apr 17 (Prensa Latina)": a city in title case before a date or an agency
                            r"\s*[A-Z\u00C0-\u1EF9][\w\u00C0-\u1EF9 .'-]{1,30}?(?=,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                            r"Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\s+\((?-i:[A-Z])[\w ]+\)\s*[-\u2014])")
# ranks and honorifics between a title and the name ("Foreign Minister Sheikh Sabah", "Prime Minister
# Datuk Seri Anwar")
_RANKS = (r"(?:Col|Gen|Lt|Maj|Adm|Brig|Capt|Dr|Mr|Ms|Mrs|Colonel|General|Admiral|Brigadier|Marshal|Sheikh|Sheikha|Shaikh|"
          r"Datuk(?:\s+Seri)?|Dato['\u2019]?(?:\s+Sri)?|Tan\s+Sri|Sayyid|Sayyed|Haji|Samdech|Sir|Dame|Prince|Princess|Eng|Hon)\.?")
_RANKS_GAP = re.compile(rf"\s{{0,2}}(?:{_RANKS}\s+)*")
_TITLE_TO_NAME = re.compile(rf"\s*,?\s*(?:and\s+)?(?:{_RANKS}\s+)*")
# "Chinese Foreign Minister", "Palestinian leader", "Iran's religious leader": the words between
# a nationality and the name it belongs to
_GLUE = re.compile(r"(?:['\u2019]s)?(?:\s+(?:[A-Z][\w-]*|leader|religious|spiritual|supreme|rebel|strongman|dictator|"
                   r"ruler|military|opposition|dissident|activist|former|ousted|exiled|veteran)){0,3}\s{0,2}")
# "commander of the self-styled Libyan National Army": a qualifier before the owner is no owner of its own
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:self-styled|so-called|self-proclaimed|breakaway|rebel|outlawed|banned|"
                         r"ruling|main|rival|powerful|eastern-based|western-based)\s+)?")
_PAREN = re.compile(r"\s*\([^)]{1,12}\)")
_STOP_NAME_WORDS = frozenset(
    ["Crown", "Prince", "Princess", "King", "Queen", "Emir", "Amir", "Sheikh", "Sheikha", "Shaikh", "Datuk", "Dato", "Seri",
     "Samdech", "Royal", "Highness", "Majesty", "Caretaker", "Eng", "Hon",
     "Senator", "The", "A", "An", "And", "Of", "In", "On", "At", "For", "To", "With", "By", "From", "Party", "State",
     "Government", "Ministry", "Minister", "President", "Committee", "Central", "National", "Assembly",
     "Secretary", "General", "Commission", "External", "Relations", "Foreign", "Affairs", "Deputy", "Prime",
     "Vice", "Chairman", "Chairwoman", "Ambassador", "Mr", "Mrs", "Ms", "Dr", "His", "Her", "Their",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
     "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
     "Politburo", "Secretariat", "Council", "Union", "People", "Republic", "Kingdom", "Democratic"]
)


_PERSON_NEXT = re.compile(r",\s+(?:who|whose)\b|,\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:minister|president|secretary|"
                          r"ambassador|envoy|chairman|chairwoman|spokesman|spokeswoman|leader)\b")
_STATE_BODY = re.compile(r"\b(?:Department|Ministry|Treasury|Office|Agency|Council|Commission|Parliament|Senate|"
                         # but not a trade's bureau ("the Cable Television Advertising Bureau", a trade group)
                         r"(?<!Advertising\s)(?<!Credit\s)(?<!Business\s)(?<!Tourism\s)(?<!Visitors\s)(?<!Convention\s)Bureau|"
                         r"Authority|Administration|Directorate|Inspectorate|Coast\s+Guard|Coastguard|Prefecture|Gendarmerie|Defen[cs]e\s+Forces?|"
                         r"Carabinieri|Carabineros|Federal\s+Service|"
                         r"House\s+of\s+(?:Representatives|Commons|Lords|Councillors|Deputies)|Chamber\s+of\s+Deputies|"
                         r"Duma|Knesset|Majlis|"
                         r"Congress|Assembly|Army|Navy|Air\s+Force|Police|Guard|Court|Cabinet|Presidency|Palace|[Ee]mbassy|Consulate|"
                         r"Party\s+Committee|People['\u2019]s\s+Committee|"
                         # a state's bank ("the State Bank of Pakistan", "the Reserve Bank of India")
                         r"(?:Central|State|Reserve)\s+Bank)\b")
# the head words of parties, movements, fronts and armed groups the gazetteer does not list
_MOVEMENT = re.compile(r"\b(?:Party|Front|Movement|Alliance|Organi[sz]ation|Coalition|Brigades?|Forum|"
                       r"Association|Federation|Forces|Liberation\s+\w+|Resistance|Foundation|"
                       r"(?:Workers|Students|Trade|Teachers|Journalists|Farmers)['\u2019]?\s+Union)$")
# armed groups named for what they are ("Southern Andean Guerrilla Coordinator")
_ARMED_WORDS = re.compile(r"\b(?:Guerrillas?|Rebels?|Insurgents?|Militias?|Revolutionary|Liberation|Mujahideen)\b")
# "Movement for Democratic Change", "National Union of Mineworkers", "Front for the Liberation of ..."
_MOVEMENT_OF = re.compile(r"\b(?:Party|Front|Movement|Alliance|Congress|League|Union|Council|Army|Coalition)\s+(?:for|of)\s+"
                          r"(?!.*\b(?:Bank|Corp|Inc|Company|Ltd|Insurance)\b)")
# "the ZANU-PF party", "the CGT labour federation", "the Azimio alliance", "the Gran Grif gang": a body
# the model reads by its name alone, whose noun after it says it is political
_MOVEMENT_AFTER = re.compile(r"\s+(?:(?:labou?r|trade|opposition|ruling|political|armed|criminal|union)\s+)?(?P<noun>party|"
                             r"alliance|coalition|movement|front|federation|confederation|gang|militia|rebels|rebel\s+group|"
                             r"armed\s+group)\b", re.IGNORECASE)
# "the CGT union", "the Nemuro fishing cooperative", "the NUMSA metalworkers' union": the same, said after the name
_CIVIL_AFTER = re.compile(r"\s+(?:[a-z]+['\u2019]?\s+)?(?:union|charity|foundation|co-?operative|association)\b")
# "Catholic charity Caritas", "metalworkers' union NUMSA", "the main labour federation, the CGT,", "main
# opposition BNP", "rights group Memorial": a body the words before its name say is no company
_MOVEMENT_BEFORE = re.compile(r"\b(?:charity|union|federation|confederation|NGO|party|opposition|movement|alliance|gang|"
                              r"militia|foundation|(?:rights|militant|rebel|armed|advocacy|campaign|environmental|pressure|"
                              r"activist|aid|relief|humanitarian|opposition)\s+(?:group|agency|organi[sz]ation))"
                              r"(?:,\s+the|\s+the)?\s+$", re.IGNORECASE)
_GENERIC_BODIES = frozenset({"party", "state", "states", "government", "ministry", "parliament", "army",
                             "navy", "police", "court", "cabinet", "senate", "house", "politburo"})
_OTHER_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


@dataclass(frozen=True)
class Found:
    """Everything named in one article, sorted by position."""

    actors: list[Mention]
    places: list[Mention]  # capitals and cities used as locations


_CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|cents|euros?|pounds?\s+sterling|yuan|yen|won|rupees?|rubles?|roubles?|"
                             r"francs?|dinars?|riyals?|ringgit|pesos?)\b", re.IGNORECASE)


_BASED_AFTER = re.compile(r"-(?:based|headquartered|registered)\b")


def country_mentions(text: str) -> tuple[list[Mention], list[Mention]]:
    """Country names and adjectives (actors) and capitals (places)."""
    actors, places = [], []
    for place in gazetteer.find_places(text):
        if _CURRENCY_AFTER.match(text, place.end):
            continue  # "1.4 million U.S. dollars", "Singapore dollars": a currency, not a country
        if _BASED_AFTER.match(text, place.end) and place.kind != "capital":
            continue  # "a Norway-based rights group": where a body sits, no side (a city still places the story)
        entry = gazetteer.country(place.iso3)
        name = entry.name if entry else place.iso3
        if place.kind == "capital":
            places.append(Mention(place.start, place.end, place.text, f"place:{fold_key(place.text)}",
                                  place.text, "place", place.iso3, role="capital"))
        else:
            actors.append(Mention(place.start, place.end, place.text, f"country:{place.iso3}", name,
                                  "country", place.iso3, role=None if place.kind == "name" else place.kind))
    return actors, places


# "the North's foreign ministry", "the South said": in a report on the two Koreas, the halves are the states
_KOREAN_HALF = re.compile(r"\b[Tt]he\s+(North|South)(?=(?:'s|\u2019s)?\b)(?!\s+[A-Z0-9]|-)")


def _korean_halves(text: str, countries: list[Mention], places: list[Mention]) -> list[Mention]:
    if not any(m.country in ("PRK", "KOR") for m in countries + places):
        return []
    out = []
    for found in _KOREAN_HALF.finditer(text):
        iso3 = "PRK" if found.group(1) == "North" else "KOR"
        entry = gazetteer.country(iso3)
        out.append(Mention(found.start(1), found.end(1), found.group(1), f"country:{iso3}", entry.name if entry else iso3,
                           "country", iso3))
    return out


_EVENT_NAME_AFTER = re.compile(r"\s+(?:Summit|Forum|Conference|Expo)\b")  # "the World Government Summit"
_TITLE_AFTER_BODY = re.compile(r"\s+(?:Secretary|Minister)\s+(?-i:[A-Z])|" + _EVENT_NAME_AFTER.pattern)


def organisation_mentions(text: str, countries: list[Mention], home: str | None,
                          places: list[Mention] = ()) -> list[Mention]:
    """Organisations, parties and government bodies; bodies take the adjacent country, else
    that of a capital the sentence opens with ("In Moscow, the foreign ministry ..."), else home."""
    out = []
    for org in gazetteer.find_organizations(text):
        if org.type == "government_body" and _TITLE_AFTER_BODY.match(text, org.end):
            continue  # "Chief Cabinet Secretary Yoshimasa Hayashi", "the World Government Summit": a word of a name
        if org.key == "friendship_association":  # one per name; the first country named is its own
            inside = [c for c in countries if org.start <= c.start and c.end <= org.end]
            out.append(Mention(org.start, org.end, org.text, f"org:{fold_key(org.name)}", org.name,
                               "organization", inside[0].country if inside else None, role=org.kind))
            continue
        # "Peru's Congress" is Peru's even though a bare "Congress" is taken as the US one
        owner = _adjacent_country(text, org.start, org.end, countries) if org.type == "government_body" else None
        if org.type == "government_body" and not owner and not org.country:
            owner = _opening_capital(text, org.start, places) or _capital_before(text, org.start, places)
        country = owner or org.country or (home if org.type == "government_body" else None)
        key = org.key if org.country == country or org.type != "government_body" else f"{org.key}:{country}"
        out.append(Mention(org.start, org.end, org.text, key, org.name, org.type, country, role=org.kind))
    bylines = {(m.start(), m.end()) for m in _agency_pattern().finditer(text) if _is_byline(text, m.start(), m.end())}
    # "--AKP" signing off is the agency, not a party of the same letters
    bylines |= {(o.start, o.end) for o in out if _agency_pattern().fullmatch(o.text) and _is_byline(text, o.start, o.end)}
    return [o for o in out if (o.start, o.end) not in bylines] + _agency_mentions(text)


_OPENING_IN = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))In\s+$")


def _opening_capital(text: str, start: int, places: list[Mention]) -> str | None:
    """The country of a capital that opens the sentence before `start` ("In Moscow, ...")."""
    for place in places:
        if (place.end < start and place.role == "capital" and place.country
                and _OPENING_IN.search(text, max(0, place.start - 6), place.start)
                and text[place.end:place.end + 1] == "," and not re.search(r"[.!?]\s", text[place.end:start])):
            return place.country
    return None


def _capital_before(text: str, start: int, places: list[Mention]) -> str | None:
    """The country of a capital whose body this is ("Tehran's foreign ministry", "Moscow's embassy")."""
    return next((place.country for place in places if place.role == "capital" and place.country
                 and 0 < start - place.end <= 4 and re.fullmatch(r"['\u2019]s\s+(?:the\s+)?", text[place.end:start])), None)


def _is_byline(text: str, start: int, end: int) -> bool:
    """The agency named in the dateline, in brackets or in the sign-off."""
    body = headline_end(text)
    return start < body + 80 or text[start - 1:start] in "(-—" or end > len(text) - 20


# agency names that are also a place or a first name ("the ruins of Petra", "Petra Kvitova"): read in bylines only
_BYLINE_ONLY = frozenset({"petra"})


def _agency_mentions(text: str) -> list[Mention]:
    """A state news agency named in the body speaks for its state ("the KCNA accused ...");
    in the dateline or a bracket it is only the byline."""
    out = []
    for match in _agency_pattern().finditer(text):
        country = _agencies()[match.group().lower()]
        if country and not _is_byline(text, match.start(), match.end()) and match.group().lower() not in _BYLINE_ONLY:
            out.append(Mention(match.start(), match.end(), match.group(), f"agency:{match.group().lower()}",
                               match.group(), "organization", country, role="media"))
    return out


def _adjacent_country(text: str, start: int, end: int, countries: list[Mention]) -> str | None:
    """A country named just before ("Vietnam's National Assembly") or after ("... of Laos")."""
    for mention in countries:
        gap_before = text[mention.end:start]
        if 0 <= start - mention.end <= 4 and re.fullmatch(r"(?:['’]s)?\s*", gap_before):
            return mention.country
        if 0 <= mention.start - end <= 9 and _OF_COUNTRY.fullmatch(text[end:mention.start]):
            return mention.country
    return None


def person_mentions(text: str, doc: Doc | None, taken: list[Mention], home: str | None,
                    countries: list[Mention], day: date | None = None, found_titles: list | None = None) -> list[Mention]:
    """Persons from titles and from NER, keyed so that one real person has one key (`found_titles`:
    the gazetteer's titles in `text`, when the caller has them already)."""
    found_titles = gazetteer.find_titles(text) if found_titles is None else found_titles
    titles = _with_counterparts(text, _with_portfolios(text, found_titles))
    spans = (_titled_names(text, titles, countries) + _appositive_names(text, titles) + _ner_names(doc)
             + leaders.find(text) + [(m.start(1), m.end(1)) for m in _NAME_BEFORE_WHO.finditer(text)
                                     if not any(w in _STOP_NAME_WORDS for w in m.group(1).split())])
    spans = [(a, b) for a, b in spans if not _agency_pattern().fullmatch(text[a:b])]  # "Prensa Latina"
    spans = [_after_title(a, b, titles, text) for a, b in spans]
    spans = [(a + len(m.group()), b) if (m := _BODY_LEAD.match(text, a, b)) and a + len(m.group()) < b else (a, b)
             for a, b in spans]
    spans = _drop_overlaps(spans, taken)
    spans = _drop_overlaps(spans + _short_names(text, spans), taken)
    # "received by Chairperson of the Senate of the Oliy Majlis Tanzila Narbayeva": a title the NER read as a
    # name is no second person when the titled name follows it
    spans = [(a, b) for a, b in spans if not _title_before_its_name(a, b, titles, spans)]
    people: list[Mention] = []
    known: dict[str, str] = {}  # folded name -> key of the full name
    international = [m for m in taken if m.type == "organization" and not m.country]
    for start, end in spans:
        name = text[start:end]
        key = _person_key(name, known, day)
        role = _role_for(text, start, end, titles, countries)
        country = _person_country(text, start, end, titles, countries)
        if country is None and _serves(text, start, titles, international):
            country = ""  # an international body's official: no nationality to assume
        if country is None and role and "spokes" in role.lower():
            # "Niger's military government rejected the measures. ... spokesman Colonel X called them
            # illegal": a spokesman no one is named for speaks for the state body told just before
            breaks = [b.end() for b in _SENTENCE_END.finditer(text, 0, start)]
            since = breaks[-2] - 1 if len(breaks) >= 2 else 0  # the sentence before this one, and this one
            bodies = sorted((m for m in countries + taken if m.country and since <= m.start and m.end <= start
                             and m.type in ("country", "government_body", "organization") and m.role != "adjective"),
                            key=lambda m: m.start)
            country = bodies[0].country if bodies else None
        if country is None or role is None:
            term = leaders.lookup(name, day)  # the dictionary of office holders, dated
            if term is not None:
                country = country if country is not None else (term.country or "")
                role = role or term.title
            elif country is None:
                country = leaders.country_by_surname(name, day)
        if country is None:
            # "Argentine prosecutor Alberto Nisman", "Kuwait's emir Sheikh Nawaf", "Dmitry Medvedev,
            # deputy chairman of Russia's Security Council": a public role written in lower case
            country, role = _lowercase_role(text, start, end, countries) or (country, role)
        if country is None and (apposed := _HEAD_OF.match(text, end)):
            # "Liu Jianchao, head of the International Department of the Communist Party of China": the body's state
            # (a state or a party named, not a body whose state was only assumed: "the head of the UN-backed Government")
            body = next((m for m in countries if apposed.end() <= m.start <= apposed.end() + 60 and m.country
                         and m.type in ("country", "party") and m.role != "adjective"
                         and "," not in text[apposed.end():m.start]), None)
            country, role = (body.country, role or apposed.group("role")) if body else (country, role)
        if role is None and (bare := _BARE_ROLE.search(text, max(0, start - 40), start)):
            role = bare.group("role")  # "opposition leader X", "Labour leader X": a public role, no country said
        if country is None and role:  # "In Georgetown, Foreign Minister Hugh Todd rejected ...": Guyana's
            country = _opening_capital(text, start, [m for m in taken if m.type == "place"])
        if country is None and role and text.endswith(f"Its {role}, ", 0, start):
            # "Belize rejected the note. Its Foreign Minister, Eamon Courtenay, said ...": the state just told of
            told = [m for m in countries if m.type == "country" and m.role != "adjective" and m.end <= start - len(role) - 6]
            country = told[-1].country if told else None
        people.append(Mention(start, end, name, key, name, "person", country, role))
    people = _coordinated_nationality(text, people, titles, countries)
    people = [replace(p, country=None) if p.country == "" else p for p in _share_roles(people, home)]
    found = people + _title_references(text, titles, people, taken, home)
    found += [m for m in _local_offices(text) if not any(m.start < o.end and o.start < m.end for o in found + taken)]
    return sorted(found, key=lambda m: m.start)


# ", head of the ... of", ", spokesman for the ...": an office in a body named after the person
_HEAD_OF = re.compile(r",\s+(?:the\s+)?(?P<role>head|chief|director(?:-general)?|leader|chair(?:man|woman|person)?|"
                      r"secretary[\s-]general|deputy\s+head|spokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?")


def _coordinated_nationality(text: str, people: list[Mention], titles: list, countries: list[Mention]) -> list[Mention]:
    """"Paraguayan President Santiago Peña and Foreign Minister Rubén Ramírez": the nationality before
    the first title is that of the second titled name joined to it ("talks between Chinese President X
    and Prime Minister Y" are two sides: not taken)."""
    def title_before(person: Mention):
        return next((t for t in titles if t.end <= person.start and _TITLE_TO_NAME.fullmatch(text, t.end, person.start)),
                    None)
    out = list(people)
    for i in range(1, len(out)):
        prev, person = out[i - 1], out[i]
        if person.country is not None or not prev.country:
            continue
        title, prev_title = title_before(person), title_before(prev)
        if (title and prev_title and re.fullmatch(r"\s+and\s+", text[prev.end:title.start])
                and _glued_before(text, prev_title.start, countries) == prev.country
                and not re.search(r"\bbetween\s+(?:[\w-]+\s+){0,2}$", text[max(0, prev_title.start - 40):prev_title.start])):
            out[i] = replace(person, country=prev.country)
    return out


# offices named in lower case with no one holding them in the article ("the president pardoned",
# "the regional governor acquiesced"): the office acts, of the reporting country or of none named
_UNNAMED_OFFICE = re.compile(r"(?<=\b[Tt]he )(?:(?:regional|provincial|state|city|county|district|local|interim|acting|"
                             r"military|outgoing)\s+)?(?:(president|premier|king|emir|sultan|[Hh]ead\s+of\s+[Ss]tate|[Hh]ead\s+of\s+[Gg]overnment)|"
                             r"(governor|mayor|county\s+clerk|archbishop|bishop|chief\s+justice))\b(?![\w-])")


# "the governor of Oklahoma", "the Illinois governor", "the mayor of Kandahar": the office of a place
_LOCAL_OFFICE = re.compile(r"\b[Tt]he\s+(?:(?P<before>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+)?(?P<office>governor|mayor|"
                           r"chief\s+minister|premier|police\s+chief)(?:\s+of\s+(?P<after>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))?\b")


def _local_offices(text: str) -> list[Mention]:
    out = []
    for match in _LOCAL_OFFICE.finditer(text):
        place = match.group("after") or match.group("before")
        where = gazetteer.place_country(place) if place and bool(match.group("after")) != bool(match.group("before")) else None
        if where:
            office = " ".join(match.group("office").split()).title()
            key = f"office:{where[0]}:{fold_key(place)}:{fold_key(office)}"
            out.append(Mention(match.start(), match.end(), match.group(), key, f"the {office} of {place}", "person",
                               where[0], office))
    return out


def _unnamed_offices(text: str) -> list:
    return [gazetteer.TitleMention(m.start(), m.end(), m.group(), (m.group(1) or m.group(2)).title(),
                                   "head_of_state" if m.group(1) else "local", "state")
            for m in _UNNAMED_OFFICE.finditer(text)]


def _lowercase_titles(text: str, people: list[Mention]) -> list:
    """"the emir", "the president": the lower-case form of a title a person of the article holds."""
    words = {p.role.strip() for p in people if p.role and len(p.role.split()) <= 2 and p.role[:1].isupper()}
    if not words:
        return []
    pattern = re.compile(r"(?<=\bthe )(?:" + "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
                         + r")\b")
    return [gazetteer.TitleMention(m.start(), m.end(), m.group(), m.group(), "official", "state")
            for m in pattern.finditer(text)]


def _serves(text: str, start: int, titles: list, bodies: list[Mention]) -> bool:
    """"Pacific Islands Forum Secretary General Baron Waqa": the title belongs to the body."""
    glued = [t for t in titles if t.end <= start and start - t.end <= 2]
    return bool(glued) and any(b.end <= glued[0].start and _GLUE.fullmatch(text[b.end:glued[0].start])
                               for b in bodies)


def _title_references(text: str, titles: list, people: list[Mention], taken: list[Mention],
                      home: str | None = None) -> list[Mention]:
    """"the Prime Minister's visit": a title standing alone refers back to the one person of the
    article who holds it."""
    out = []
    lowercase = _lowercase_titles(text, people)
    titles = titles + lowercase + [t for t in _unnamed_offices(text)
                                   if not any(t.start < o.end and o.start < t.end for o in titles + lowercase)]
    for title in titles:
        if title.title == "counterpart" or not _THE_BEFORE.search(text, max(0, title.start - 5), title.start):
            continue
        if any(title.start < m.end and m.start < title.end + 3 for m in people + taken):
            continue
        names = {_spelled(title.text), _spelled(title.title)}  # "the Amir" is the person titled "Emir"
        office = " ".join(_spelled(title.title).split())
        names |= _GENERIC_OFFICES.get(office, set())  # "the head of state"
        holders = {p.key: p for p in people if p.role and any(n in _spelled(p.role) for n in names)}
        if len(holders) > 1:  # "the Amir" is the living one, not "the late Amir X" or a former one
            holders = {k: p for k, p in holders.items()
                       if not _FORMER.search(text, max(0, p.start - 40), p.start)} or holders
        # "The head of state asked ... to greet President X": the one told before
        if len(holders) > 1 and office in _GENERIC_OFFICES:
            told = {p.key for p in people if p.start < title.start}
            holders = {k: p for k, p in holders.items() if k in told} or holders
        if len(holders) > 1:  # "the Foreign Minister" of a national agency's story is its own
            holders = {k: p for k, p in holders.items() if p.country and p.country == home}
        if len(holders) == 1:
            person = next(iter(holders.values()))
            out.append(replace(person, start=title.start, end=title.end, text=title.text))
        elif not holders and home and title.level in ("head_of_state", "head_of_government", "local") and not _OF_AFTER.match(
                text, title.end):
            # "His Highness the Amir sent a cable": the reporting country's office holder, unnamed
            out.append(Mention(title.start, title.end, title.text, f"office:{home}:{fold_key(title.title)}",
                               f"the {title.title}", "person", home, title.title))
        elif not holders and not home and title.level in _OFFICES and not _OF_AFTER.match(text, title.end):
            # "The prime minister ruled out early elections" in a report that names no country:
            # the office acts, of a country the report does not say
            out.append(Mention(title.start, title.end, title.text, f"office::{fold_key(title.title)}",
                               f"the {title.title}", "person", None, title.title))
    return out


# the generic names of an office and the titles of those who hold it
_GENERIC_OFFICES = {"head of state": {"president", "king", "queen", "emir", "sultan", "monarch"},
                    "head of government": {"prime minister", "premier", "chancellor"}}
# offices that act for a state even unnamed ("the prime minister ruled out"), unlike "the envoy"
_OFFICES = frozenset({"head_of_state", "head_of_government", "deputy_head_of_state", "deputy_head_of_government",
                      "minister", "foreign_minister", "parliament_head", "head_of_party", "local"})
# a body's last word the model glued to the name after it ("Representatives Khaled Al-Zoubi")
_BODY_LEAD = re.compile(r"(?:Representatives|Assembly|Council|House|Parliament|Senate|Committee|Ministry|Affairs|"
                        r"Commission|Congress|Deputies)\s+(?=[A-Z])")
_OF_BODY = re.compile(r"\s+of\s+the\s+[\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]*|of|the|and)){1,6}\s+")
# "the President of Paraguay" is not the home one, but "the President of the Republic" is
_OF_AFTER = re.compile(r"\s+of\b(?!\s+the\s+Republic\b(?!\s+of\b))|['\u2019]s\b")
# "then President X", but not "was then received by President X"
_FORMER = re.compile(r"\b(?:late|former|ex-|(?<!was )(?<!were )(?<!and )(?<!is )then|outgoing|previous)\s+(?:[\w-]+\s+){0,3}$",
                     re.IGNORECASE)
_TITLE_SPELLINGS = re.compile(r"\bamir\b")  # transliterations of one title


def _spelled(title: str) -> str:
    return _TITLE_SPELLINGS.sub("emir", title.lower())


# "Minister Responsible for Foreign Affairs", "Minister in charge of Trade": the portfolio is the title's
_IN_CHARGE = re.compile(r"\s+(?:Responsible\s+for|in\s+[Cc]harge\s+of)\s+(?:the\s+)?"
                        r"([A-Z][\w'\u2019-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'\u2019-]*){0,3})")


_PORTFOLIO_ENDS = frozenset({"Affairs", "Relations", "Cooperation", "Trade", "Defence", "Defense", "Finance", "Economy",
                             "Development", "Security", "Justice", "Health", "Education", "Energy", "Tourism", "Industry",
                             "Investment", "Labour", "Labor", "Transport", "Environment", "Agriculture", "Planning"})


def _with_portfolios(text: str, titles: list) -> list:
    out = []
    for title in titles:
        held = _IN_CHARGE.match(text, title.end) if title.level.endswith("minister") else None
        if held:
            level = "foreign_minister" if held.group(1).startswith("Foreign") else title.level
            words = held.group(1).split()
            ends = [k for k, w in enumerate(words) if w in _PORTFOLIO_ENDS] or [0]
            end = held.start(1) + len(" ".join(words[:ends[-1] + 1]))
            title = gazetteer.TitleMention(title.start, end, text[title.start:end], text[title.start:end], level, title.pillar)
        out.append(title)
    return out


def _with_counterparts(text: str, titles: list) -> list:
    """"his Australian counterpart Anthony Albanese": a counterpart is titled like the subject."""
    extra = [gazetteer.TitleMention(m.start(), m.end(), m.group(), "counterpart", "counterpart", "state")
             for m in _COUNTERPART.finditer(text)
             if not any(t.start < m.end() and m.start() < t.end for t in titles)]
    return sorted(titles + extra, key=lambda t: t.start)


def _title_end(text: str, title, owners: list[Mention]) -> int:
    """Where the title phrase ends: after "of (the) <country or body>..." when one follows
    ("First Secretary of the Communist Party of Cuba Central Committee Miguel ...")."""
    return _title_owner(text, title, owners)[0]


def _title_owner(text: str, title, owners: list[Mention]) -> tuple[int, str | None]:
    if title.level == "diplomat" and (post := _TO_POST.match(text, title.end)):
        # "Kyrgyz Ambassador to Seoul Aibek Toktogulov": the posting ends the title, and is not
        # the diplomat's country
        place = next((p for p in gazetteer.find_places(text[post.end():post.end() + 60])
                      if p.start == 0 and p.kind != "adjective"), None)
        if place:
            return post.end() + place.end, None
    straddling = next((o for o in owners if o.start < title.end <= o.end and o.start >= title.start), None)
    if straddling is not None:  # "General Secretary of the Communist Party" inside "Communist Party of Viet Nam"
        end, country, pos = straddling.end, straddling.country, straddling.end
        gap = re.match(r"(?:['\u2019]s)?\s+", text[pos:])
        pos += gap.end() if gap else 0
    else:
        of = _OF_COUNTRY.match(text, title.end)
        if not of:
            return title.end, None
        end, country, pos = title.end, None, of.end()
    while True:
        owner = next((o for o in owners if o.start == pos), None)
        if owner is None:
            return end, country
        country = country or owner.country
        end = owner.end
        paren = _PAREN.match(text, end)
        end = paren.end() if paren else end
        gap = re.match(r"(?:['\u2019]s)?\s+", text[end:])
        pos = end + (gap.end() if gap else 0)


_TO_POST = re.compile(r"\s+to\s+(?:the\s+)?")
_BODY_WORDS = frozenset({"Army", "Forces", "Front", "Council", "Movement", "Guard", "Navy", "Ministry", "Committee", "Command",
                         "Alliance", "Brigade", "Brigades", "Militia", "Parliament", "Government", "Assembly"})
_COMPANY_WORDS = frozenset({"Corp", "Corporation", "Inc", "Co", "Company", "Ltd", "Plc", "PLC", "LLC", "Motors", "Electric",
                            "Dynamics", "Mills", "Holdings", "Bancorp", "Insurance", "Foods", "Airlines"})


def _titled_names(text: str, titles: list, countries: list[Mention]) -> list[tuple[int, int]]:
    spans = []
    for title in titles:
        match = _NAME_AFTER_TITLE.match(text, _title_end(text, title, countries))
        if not match and (title.title == "counterpart" or _opens_on(text, title)):
            # "her Uzbek counterpart, Abdulaziz Kamilov, who ...", "The Minister of Foreign Affairs, Ramtane Lamamra,"
            match = _NAME_APPOSED.match(text, title.end)
        if not match:
            continue
        words = match.group(1).split()
        if any(w.rstrip(".,") in _COMPANY_WORDS for w in words) or words[-1].rstrip(".,") in _BODY_WORDS:
            # "Fremont General Corp.", "General Motors": a company, not a general; "commander of the
            # Libyan National Army": a body, not a person
            continue
        while words and words[-1].rstrip("’'s") in _STOP_NAME_WORDS:
            words.pop()
        while words and words[0] in _STOP_NAME_WORDS:
            words.pop(0)
        if words:
            start = text.index(words[0], match.start(1))
            end = text.index(words[-1], start) + len(words[-1])
            end -= 2 if text[end - 2:end] in ("'s", "’s") else 0
            spans.append((start, end))
    return spans


def _short_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every later use of a full name's first or last word alone ("Trung said ..."), or of the
    middle one of three (the paternal surname of Spanish names)."""
    words = set()
    for start, end in spans:
        parts = text[start:end].split()
        if len(parts) >= 2:
            words |= {parts[0], parts[-1]}
        if len(parts) == 3 and parts[1][:1].isupper():  # "Salgado" of "Martín Salgado Ruiz"
            words.add(parts[1])
    words -= _STOP_NAME_WORDS
    if not words:
        return []
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                         + r")(?![\w-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _title_before_its_name(start: int, end: int, titles: list, spans: list[tuple[int, int]]) -> bool:
    """The span is inside a title and a name starts within 60 characters after that title."""
    return any(t.start <= start and end <= t.end and any(t.end < c <= t.end + 60 for c, _ in spans) for t in titles)


def _appositive_names(text: str, titles: list) -> list[tuple[int, int]]:
    """"Lê Hoài Trung, member of the Party Central Committee, said ..."."""
    spans = []
    for title in titles:
        match = _NAME_BEFORE_TITLE.search(text, max(0, title.start - 80), title.start)
        if match and not any(w in _STOP_NAME_WORDS for w in match.group(1).split()):
            spans.append((match.start(1), match.end(1)))
    return spans


def _ner_names(doc: Doc | None) -> list[tuple[int, int]]:
    if doc is None:
        return []
    spans = []
    whole = doc.text  # Doc.text rebuilds the string from every token on each call
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [t for t in ent if t.text[:1].isupper() and t.text not in _STOP_NAME_WORDS]
        group = _GROUP.match(whole, ent.start_char)
        if len(ent) == 1 and group and group.end() > ent.end_char:
            continue  # "Riot police fired": the first word of a collective, not a name
        if gazetteer.place_country(ent.text):
            continue  # "flew to Nakhchivan": a place the model took for a person
        if MONTH_DAY.fullmatch(ent.text) and ent.text != "May":  # "May" alone may be a surname
            continue  # "NEW DELHI, Jul 16 (PTI)": a dateline's month the model took for a person
        if words and "\n" not in ent.text:
            end = words[-1].idx + len(words[-1].text)
            if whole[end - 2:end] in ("'s", "’s"):
                end -= 2
            spans.append((words[0].idx, end))
    return spans


def _drop_overlaps(spans: list[tuple[int, int]], taken: list[Mention]) -> list[tuple[int, int]]:
    """Longest first, no overlap with each other or with countries and organisations."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if any(start < m.end and m.start < end for m in taken):
            continue
        if any(start < e and s < end for s, e in chosen):
            continue
        chosen.append((start, end))
    return sorted(chosen)


def _person_key(name: str, known: dict[str, str], day: date | None = None) -> str:
    """Full names key themselves (honorifics dropped); one word, or the last words of one longer
    name, join the full name holding them;
    a name the dictionary of office holders knows keys as that office holder's full name."""
    term = leaders.lookup(name, day)
    if term is not None:
        full = fold_key(term.name)
        # "Sabah Khalid Al-Hamad Al-Sabah" told first, the dictionary's "Sabah Al-Khalid Al-Hamad Al-Sabah"
        same = next((key for known_name, key in known.items() if _core(known_name) == _core(full)), None)
        key = same or f"person:{full}"
        known.setdefault(full, key)
        return key
    words = [w for w in fold_key(name).split() if w not in _HONORIFICS]
    folded = " ".join(words)
    if len(words) >= 2:
        # "Pérez Almeida" after "Rodolfo Pérez Almeida", "Sabah Khaled" after "Sabah Khaled Al-Hamad
        # Al-Sabah": the full name's person
        longer = {key for full, key in known.items() if _name_part(words, full.split())}
        if folded not in known and len(longer) == 1:
            return longer.pop()
        # "A H Mahmood Ali" after the headline's "Mahmood Ali": the person already keyed
        shorter = {key for full, key in known.items() if len(full.split()) >= 2 and _name_part(full.split(), words)}
        if folded not in known and len(shorter) == 1:
            known[folded] = shorter.pop()
        known.setdefault(folded, f"person:{folded}")
        return known[folded]
    holders = {key for full, key in known.items() if folded in full.split()}
    return holders.pop() if len(holders) == 1 else f"person:{folded}"


def _name_part(part: list[str], whole: list[str]) -> bool:
    """Whether the words `part` open or close the longer name `whole`."""
    return len(part) < len(whole) and part in (whole[:len(part)], whole[-len(part):])


def _core(folded: str) -> str:
    """A folded name with the Arabic article left off its words ("al-khalid" is "khalid")."""
    return " ".join(w[3:] if w.startswith(("al-", "el-")) else w for w in folded.split())


def _after_title(start: int, end: int, titles: list, text: str) -> tuple[int, int]:
    """A name the NER read with its title ("Archbishop Desmond Tutu"): the name after the title,
    so that the title is its role."""
    # also a name the NER starts inside the title ("... Minister of Foreign Affairs and International
    # Cooperation Sok Pheakdey" read as "International Cooperation Sok Pheakdey")
    inside = [t for t in titles if t.start <= start < t.end < end and text[t.end:t.end + 1] == " "]
    return (max(t.end for t in inside) + 1, end) if inside else (start, end)


_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:(?:\s+(?:and|of|for|the|&)\s+|,\s+|\s+)"
                        r"[A-Z][\w'\u2019-]*){0,6}\s+")


def _portfolio_between(text: str, title, end: int, start: int) -> bool:
    """A minister's portfolio the gazetteer does not list fills the gap from the title (ending at
    `end`) to the name at `start`: "Minister of Social Solidarity and Inclusion X"."""
    return title.level.endswith("minister") and bool(_PORTFOLIO.fullmatch(text, end, start))


def _opens_on(text: str, title) -> bool:
    """"The Minister of Foreign Affairs, X,", "Its Foreign Minister, X,": a title that opens its clause,
    whose holder is named between commas after it."""
    return text[max(0, title.start - 4):title.start] in ("The ", "Its ")


def _role_for(text: str, start: int, end: int, titles: list, owners: list[Mention]) -> str | None:
    """The title glued before the name, else the appositive after it."""
    before = [t for t in titles if t.end <= start and _RANKS_GAP.fullmatch(text, t.end, start)
              or ((t.title == "counterpart" or _opens_on(text, t))
                  and re.fullmatch(r",\s", text[t.end:start]))]
    if not before:
        before = [t for t in titles if t.end <= start and _title_end(text, t, owners) <= start
                  and start - _title_end(text, t, owners) <= 2 and _title_end(text, t, owners) != t.end]
        if before:
            role = text[before[-1].start:_title_end(text, before[-1], owners)]
            return role if "\n" not in role else None
        # a portfolio the gazetteer does not list: "Minister of Social Solidarity and Inclusion X"
        portfolio = [t for t in titles if t.end < start and _portfolio_between(text, t, t.end, start)]
        if portfolio:
            return text[portfolio[-1].start:start].strip()
    if before:
        first = before[0]
        while True:  # titles chained with "and": "General Secretary and State President"
            prev = [t for t in titles if t.end <= first.start and re.fullmatch(r"\s+and\s+|\s+",
                                                                                text[t.end:first.start])]
            if not prev:
                break
            first = prev[-1]
        role = _LED_BY_PREFIX.sub("", text[first.start:before[-1].end])
        return role if role and "\n" not in role else None
    match = _appositive(text, end, titles)
    if match and "\n" not in match.group(1) and any(match.start(1) <= t.start < match.end(1) for t in titles):
        return match.group(1).strip()
    return None


def _appositive(text: str, end: int, titles: list) -> re.Match | None:
    """The appositive after a name, unless it is the titled speaker of the next verb: in "... against
    Jamshid Sharmahd, Foreign Minister Annalena Baerbock said" Baerbock speaks; Sharmahd is no minister."""
    match = _APPOSITIVE.match(text, end)
    if match and text[match.end(1):match.end(1) + 1].isspace():
        last = max((t.end for t in titles if match.start(1) <= t.start < match.end(1)), default=None)
        if last is not None and re.search(r"\b[A-Z][a-z]", text[last:match.end(1)]):
            return None
    return match


def split_roles(role: str) -> list[str]:
    """"member of the X and head of its Y" -> two roles, when each part holds a title."""
    parts = [p.strip() for p in re.split(r"\s+and\s+(?=(?:head|member|chair|secretary|deputy|vice|president|"
                                         r"minister|director|leader|ambassador)\b)", role, flags=re.IGNORECASE)]
    return [p for p in parts if p]


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


# public roles news writes in lower case before or after a name; a country word before the role, or
# "of <country>" after it, is the person's ("Thai protest leader X", "X, deputy chairman of Russia's ...")
_ROLE_NOUN = (r"(?:prosecutor(?:-general)?|attorney[ -]general|emir|amir|sultan|king|crown\s+prince|prince|ruler|leader|"
              r"chairman|chairwoman|chairperson|chief|commander|general|envoy|negotiator|official|governor|judge|"
              r"spokes(?:man|woman|person)|senator|lawmaker|legislator|dissident|president|premier|minister|diplomat|"
              r"ambassador|mayor|speaker|ombudsman|secretary(?:-general)?)")
_ROLE_BEFORE = re.compile(rf"(?:'s?|\u2019s?)?\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<role>{_ROLE_NOUN})\s+(?:{_RANKS}\s+)*$")
_ROLE_AFTER = re.compile(rf",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?P<role>{_ROLE_NOUN})\s+of\s+(?:the\s+)?$")


# the few lower-case roles that are public whoever holds them, after a party's or camp's name
_BARE_ROLE = re.compile(r"(?:\b(?:opposition|rebel|protest|separatist|militia|party|union|student|tribal|insurgent|"
                        r"militant|junta|coup|independence|campaign)\s+|[A-Z][\w-]+\s+)"
                        r"(?P<role>leader|prosecutor|senator|lawmaker|legislator|dissident|governor|mayor|commander|envoy|"
                        r"negotiator)\s+$")


def _lowercase_role(text: str, start: int, end: int, countries: list[Mention]) -> tuple[str, str] | None:
    """The country and role of a person whose public role is written in lower case next to the name."""
    for country in countries:
        if not country.country:
            continue
        if country.end <= start and start - country.end <= 60:
            found = _ROLE_BEFORE.fullmatch(text, country.end, start)
        elif country.start >= end and country.start - end <= 60:
            found = _ROLE_AFTER.fullmatch(text, end, country.start)
        else:
            continue
        if found:
            return country.country, " ".join(found.group("role").split())
    return None


def _person_country(text: str, start: int, end: int, titles: list, countries: list[Mention]) -> str | None:
    """A country or nationality word glued to the title before the name ("Chinese President",
    "Laos's Prime Minister", "President of the Republic of Korea"), or to a title in the
    appositive after it (", the Lao Foreign Minister,")."""
    head = start
    for title in sorted(titles, key=lambda t: -t.start):
        tail, owner = _title_owner(text, title, countries)
        if tail <= head and _TITLE_TO_NAME.fullmatch(text[tail:head]):
            if owner:
                return owner
            head = title.start
        elif tail <= head and _portfolio_between(text, title, tail, head):
            head = title.start  # "Timorese Minister of Social Solidarity and Inclusion X"
        elif tail <= head and _OF_BODY.fullmatch(text[tail:head]):
            # "Speaker of the Jordanian House of Representatives Khaled Al-Zoubi" (the body's name
            # may be read as a company's, so its country words are looked up here)
            inside = _country_named_in(text[tail:head])
            if inside:
                return inside
    for country in countries:
        if country.end <= head and _GLUE.fullmatch(text[country.end:head]):
            return country.country
    if re.search(r"\b(?:its|their)\s+$", text[max(0, head - 7):head]):  # "led by its Vice President X"
        owners = [c for c in countries if c.end <= head and head - c.end <= 120]
        if owners:
            return owners[-1].country
    for title in titles:  # "congratulating X on his re-election as general secretary of the CPC"
        if end < title.start <= end + 60 and re.search(r"\bas\s+(?:the\s+)?$", text[max(end, title.start - 8):title.start]):
            owner = _title_owner(text, title, countries)[1]
            if owner:
                return owner
    for country in countries:  # "King Hassan of Morocco", "Prince Faisal of Saudi Arabia"
        if country.start - end <= 8 and country.role is None and _OF_THE.fullmatch(text, end, country.start):
            return country.country
    match = _appositive(text, end, titles)
    if match:
        for title in titles:
            if match.start(1) <= title.start < match.end(1):
                owner = _title_owner(text, title, countries)[1] or _glued_before(text, title.start, countries)
                if owner:
                    return owner
    described = _DESCRIBED.match(text, end)
    if described:  # "Salaheddine Sidhoum, Algeria's leading human rights activist,"
        owners = [c.country for c in countries if described.start() < c.start < described.end() and c.country]
        if owners:
            return owners[0]
    return None


# an appositive naming what a person is and whose: ", Algeria's leading human rights activist",
# ", a Kenyan opposition lawmaker"
_DESCRIBED = re.compile(r",\s+(?:the\s+|an?\s+)?[\w'\u2019.-]+(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,4}?(?:activist|leader|"
                        r"dissident|journalist|cleric|lawyer|politician|lawmaker|official|businessman|writer|general|"
                        r"commander|envoy|diplomat|rebel|warlord|chief|figure|candidate|opposition|spokesman|"
                        r"spokeswoman|militant|imam|bishop|scholar)\b")


def _glued_before(text: str, start: int, countries: list[Mention]) -> str | None:
    for country in countries:
        if country.end <= start and _GLUE.fullmatch(text[country.end:start]):
            return country.country
    return None


def _share_roles(people: list[Mention], home: str | None) -> list[Mention]:
    """Give every mention of a person the role and country seen on any of its mentions."""
    roles: dict[str, str] = {}
    countries: dict[str, str] = {}
    for person in people:
        if person.role:
            roles.setdefault(person.key, person.role)
        if person.country is not None:
            countries.setdefault(person.key, person.country)
    assumed = {p.key for p in people if p.key not in countries and roles.get(p.key) and home}
    return [Mention(p.start, p.end, p.text, p.key, p.name, "person",
                    countries.get(p.key, home if roles.get(p.key) else None),
                    p.role or roles.get(p.key), p.key in assumed) for p in people]


def home_country(text: str, countries: list[Mention]) -> str | None:
    """The reporting country: the news agency's country where one is named at the top or the
    sign-off ("(VNA)", "-- BERNAMA"), else the most named country. Not the dateline: a
    Vietnamese agency files from Beijing too."""
    agency = _agency(text)
    if agency is not None:
        return agency or _most_named(countries)
    return _most_named(countries)


def _agency(text: str, dateline: str | None = None) -> str | None:
    """The agency's ISO3, "" for an international agency, None when no agency is named; with the
    dateline's country, "" too for an agency whose namesake is the wire of the dateline's region
    ("DAKAR, March 20 (APA) -": Africa's press agency, not Azerbaijan's)."""
    edges = text[:300] + "\n" + text[-120:]
    found = _agency_pattern().search(edges)
    if not found:
        return None
    region = _NAMESAKES.get(found.group().lower())
    place = gazetteer.country(dateline) if dateline and region else None
    return "" if place is not None and place.region == region else _agencies()[found.group().lower()]


# agencies whose short name another region's wire shares: there, the regional wire files
_NAMESAKES = {"apa": "Africa"}  # Azerbaijan's APA and the Agence de Presse Africaine


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    rows = (Path(__file__).parent / "data" / "agencies.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {name.lower(): iso3 for name, _, iso3 in (r.partition("\t") for r in rows if r.strip())}


@lru_cache(maxsize=1)
def _agency_pattern() -> re.Pattern[str]:
    """Agency names; short all-capital ones ("AP", "NAN", "MAP") only as written."""
    names = sorted(_agency_names(), key=len, reverse=True)
    parts = [re.escape(n) if n.isupper() and len(n) <= 5 else f"(?i:{re.escape(n)})" for n in names]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _agency_names() -> tuple[str, ...]:
    rows = (Path(__file__).parent / "data" / "agencies.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return tuple(r.partition("\t")[0] for r in rows if r.strip())


def _seat(agency: str | None, dateline: str | None, countries: list[Mention], home: str | None) -> str | None:
    """The country whose unnamed bodies and groups ("the police", "the Department of Foreign
    Affairs", "the government") a story tells of: the dateline's, when an international wire (agency
    "") files from there, or when a national agency files about the country it files from (Prensa
    Latina from Bogotá on Colombia's peace talks); the reporting country otherwise."""
    if agency == "" and dateline:
        return dateline
    if agency and dateline and dateline != agency and _most_named(countries) == dateline:
        return dateline
    return home


def _dateline_country(text: str, places: list[Mention]) -> str | None:
    """The country of the city a wire story is filed from ("HANOI, Vietnam (AP) —")."""
    head = _DATELINE_HEAD.match(text, headline_end(text))
    if not head:
        return None
    inside = [p for p in places if head.start() <= p.start < head.end() and p.country]  # not a city in the headline
    return inside[0].country if inside else None


def _most_named(countries: list[Mention]) -> str | None:
    counts: dict[str, int] = {}
    for mention in countries:
        if mention.country:
            counts[mention.country] = counts.get(mention.country, 0) + 1
    return max(counts, key=lambda c: (counts[c], -_first(countries, c))) if counts else None


def _first(mentions: list[Mention], country: str) -> int:
    return next(m.start for m in mentions if m.country == country)


# peoples and faiths as actors ("Kurds rioted", "Tamils staged a hunger strike"), capitalised
_PEOPLES = (r"(?:Kurds|Shi['\u2019]?ites|Sunnis|Hutus?|Tutsis?|Druze|Tuaregs?|Berbers|Hindus|Muslims|Moslems|Christians|"
            r"Jews|Arabs|Tamils|Uighurs|Uyghurs|Tibetans|Chechens|Rohingyas?|Basques|Catalans|Okinawans|Yorubas?|Hausas?|"
            r"Igbos?|Ibos?|Pashtuns|Copts|Maronites|Zulus|Kikuyus?|Sikhs|Kashmiris|Baluchis?|Kosovars|Abkhaz|Ossetians|"
            r"Karens?|Shans?|Kachins?|Papuans|Acehnese|Mapuches?)\b")
_PEOPLE_NOUN = re.compile(_PEOPLES)
_GROUP = re.compile(
    r"\b(?:security\s+forces|police(?:\s+officers)?|riot\s+police|troops|soldiers|army|navy|air\s+force|"
    r"(?<=\bthe\s)(?-i:union)\b|(?<![\w-])military(?=\s+(?:has|have|had|said|says|is|was|will|would|[a-z]+ed)\b|\s*[,.;])|coast\s+guard|border\s+guards?|(?:revolutionary|national|republican|presidential)\s+guards?(?:\s+corps)?|gendarmerie|"
    r"marines|paramilitar(?:y|ies)|special\s+forces|guerrillas|settlers|youths|hackers|rioters|strikers|"
    r"(?:parliamentary|senate|congressional)\s+(?:committee|commission)|prisoners|inmates|"
    r"(?:(?:militant|rebel|armed|insurgent|separatist|jihadist|Islamist|Kurdish|Shi['\u2019]?ite|Shia|Sunni|Muslim|"
    r"Christian|Hindu|Buddhist|Jewish|Arab|tribal|ethnic|opposition|civic|student|religious)\s+)+"
    r"(?:groups?|parties|factions|militias|clerics)|(?:rebel|protest|opposition|tribal|community|student|party|church|"
    r"militia|guerrilla|insurgent|separatist|(?:trade\s+)?union)\s+(?:commanders|leaders|(?:commander|leader)(?!\s+(?-i:[A-Z])))|peshmerga|"
    r"(?:trade\s+)?unionists|(?:state|government|media|broadcast(?:ing)?|telecoms?)\s+regulators|bishops|archbishops|imams|"
    r"(?:(?:Senate|House|congressional|opposition)\s+)?(?-i:Republicans|Democrats|Socialists|Communists|Maoists|Conservatives)|"
    r"legislators|parliamentarians|senators|congressmen|(?<=leaders\sof\s)(?:several|various|the\s+main|\d+|two|three|four|"
    r"five|six|seven|eight)\s+(?:[\w-]+\s+)?parties|"
    r"(?:ruling|army|military|rebel)\s+generals|military\s+commanders|"
    r"union\s+(?:representatives|leaders|officials)|(?:city|town|municipal|county|village)\s+councils?|tribunal|"
    r"(?:independent|government|official|parliamentary)\s+(?:panel|inquiry)|"
    r"militants|rebels|insurgents|fighters|gunmen|militiamen|militias?|separatists|refugees|fundamentalists|"
    r"islamists|extremists|nationalists|dissidents|exiles|monks|clerics|tribesmen|elders|veterans|"
    r"(?:district|local|provincial|regional|municipal|city|county)\s+(?:administration|authorities|government)|"
    r"relatives|campaigners|customs\s+officers|(?:anti-[\w-]+\s+|federal\s+|intelligence\s+)agents|"
    r"(?-i:" + _PEOPLES + r")|"
    r"(?:human\s+)?rights\s+(?:groups?|activists|campaigners)|aid\s+(?:agencies|groups|workers)|relief\s+agencies|"
    r"(?:flood\s+|quake\s+|earthquake\s+|cyclone\s+|war\s+)?(?:victims|survivors)|pastoralists|evacuees|"
    r"displaced\s+(?:people|persons|families)|"
    r"protesters|protestors|demonstrators|students|workers|farmers|activists|opposition\s+supporters|supporters|opposition|"
    r"lawmakers|judges?|courts?|prosecutors|authorities|government|parliament|cabinet|regime|junta|coalition|"
    r"(?:suicide\s+)?bombers?|attackers?|assailants?|kidnappers|gunman|hitm[ae]n|saboteurs|snipers?|knifem[ae]n|people|crowds|residents|villagers|dockworkers|"
    r"(?:truck|taxi|bus|lorry)\s+drivers|truckers|fishermen|teachers|doctors|nurses|miners|unions|militiamen|forces|"
    r"ruling\s+(?:military\s+)?council|military\s+government|(?:foreign|finance|defen[cs]e|interior|justice|health|"
    r"education|trade|economy|agriculture|labou?r|information|home|energy)\s+ministry|(?:electoral|election)\s+commission|"
    r"ruling\s+party|(?:farmers'|trade|labou?r)\s+unions?)\b",
    re.IGNORECASE)


# forces that act where they serve: unmarked in a story filed from abroad, they are the host's
# the host's people an agency abroad leaves unmarked: its forces of order, its crowds and its parliament
_HOME_FORCES = frozenset({"police", "riot police", "police officers", "security forces", "gendarmerie", "protesters",
                          "demonstrators", "rioters", "crowds", "residents", "villagers", "parliament"})
_HOMELAND = {"tamil": "LKA", "uighur": "CHN", "uyghur": "CHN", "tibetan": "CHN", "chechen": "RUS", "rohingya": "MMR",
             "basque": "ESP", "catalan": "ESP", "okinawan": "JPN", "yoruba": "NGA", "hausa": "NGA", "igbo": "NGA",
             "ibo": "NGA", "pashtun": "AFG", "copt": "EGY", "maronite": "LBN", "zulu": "ZAF", "kikuyu": "KEN",
             "sikh": "IND", "kashmiri": "IND", "kosovar": "SRB", "abkhaz": "GEO", "ossetian": "GEO", "karen": "MMR",
             "shan": "MMR", "kachin": "MMR", "papuan": "IDN", "acehnese": "IDN", "mapuche": "CHL", "baluchi": "PAK"}


# states of a region acting together ("Arab foreign ministers", "Western governments"): an
# international body of no one country
_BLOC = re.compile(
    r"\b(?:(?:(?:Southern|West|East|Central|North)\s+)?(?:Arab|African|European|Gulf|Asian|Latin\s+American|Western|Nordic|"
    r"Baltic|Balkan|Islamic|Muslim|Pacific|Caribbean|South\s+American|Central\s+American|Commonwealth|"
    r"NATO|EU|ASEAN|G-?7|G-?8|G-?20|BRICS|OPEC|Eurozone|[Ee]uro\s+zone|Group\s+of\s+(?:Seven|Eight|Twenty|7|8|20)|"
    r"[Ww]orld|[Ww]ealthy|[Rr]ich|[Pp]oor|[Dd]eveloping|[Ii]ndustriali[sz]ed)"
    r"(?:\s+(?:donor|member|creditor))?\s+(?:foreign\s+|finance\s+|defen[cs]e\s+|trade\s+|energy\s+)?"
    r"(?:ministers|governments|states|nations|countries|powers|envoys|diplomats|leaders|donors|creditors|allies)"
    # "more than 130 countries", "delegates from 192 countries": states acting together
    r"|(?:(?:[Dd]elegates|[Dd]elegations|[Rr]epresentatives|[Ee]nvoys|[Mm]inisters|[Ll]eaders)\s+from\s+)?"
    r"(?:(?:[Mm]ore\s+than|[Oo]ver|[Ss]ome|[Aa]bout|[Nn]early|[Aa]lmost)\s+)?\d{2,3}\s+(?:countries|nations|states|governments))\b")


_GOVERNING = re.compile(r"authorities|government|regime|junta|cabinet|parliament|military\s+government|"
                        r"ruling\s+(?:military\s+)?council")
_IN_GAP = re.compile(r"\s+in\s+")
_SEAT_GAP = re.compile(r"(?:['\u2019]s)?\s")  # "a Moscow court", "Kyiv's government"


def group_mentions(text: str, countries: list[Mention], taken: list[Mention], home: str | None,
                   capitals: list[Mention] = ()) -> list[Mention]:
    """Collective actors ("Israeli troops", "protesters", "the police"): organisations of a
    country named just before them (the reporting country otherwise), keyed by that country;
    and blocs of states ("Arab foreign ministers"), of none."""
    out = [Mention(m.start(), m.end(), m.group(), f"bloc:{fold_key(m.group())}", m.group(), "organization", None,
                   role="regional")
           for m in _BLOC.finditer(text) if not any(m.start() < t.end and t.start < m.end() for t in taken)]
    for match in _GROUP.finditer(text):
        if any(match.start() < m.end and m.start < match.end() for m in taken + out):
            continue
        if match.group()[0].isupper() and text[match.end():match.end() + 2] in ("'s", "\u2019s"):
            continue  # inside a name: "National Assembly of People's Power", "People's Army"
        if match.group()[0].isupper() and _EVENT_NAME_AFTER.match(text, match.end()):
            continue  # "the World Government Summit"
        glued = [c for c in countries if c.end <= match.start() and _GLUE.fullmatch(text[c.end:match.start()])]
        start = glued[-1].start if glued else match.start()
        noun = match.group().lower()
        # "Sudanese refugees" in Chad are not Sudan: displaced people carry no country; a people
        # has its homeland, or none when it lives in several countries ("Kurds")
        ethnic = _PEOPLE_NOUN.fullmatch(match.group())
        # "a Moscow court", "Tehran prosecutors": the capital's country (the capital stays a place)
        seat = next((p.country for p in capitals if p.end <= match.start()
                     and _SEAT_GAP.fullmatch(text, p.end, match.start())
                     and p.role == "capital"), None)
        # "the transitional authorities in Bamako", "the junta in Niamey": a governing body of the capital after it
        seated = next((p.country for p in capitals if p.start >= match.end() and p.role == "capital"
                       and _IN_GAP.fullmatch(text, match.end(), p.start)), None) if _GOVERNING.fullmatch(noun) else None
        country = (None if noun in ("refugees", "exiles") else glued[-1].country if glued
                   else _HOMELAND.get(noun.rstrip("s")) if ethnic else seat or seated or home)
        name = f"{glued[-1].text} {noun}" if glued else noun
        out.append(Mention(start, match.end(), text[start:match.end()], f"group:{country or ''}:{noun}", name,
                           "organization", country, role="group"))
    return out


def _country_named_in(name: str) -> str | None:
    """The country a body's or title's own words name ("the Jordanian House of Representatives",
    "Montenegro Municipality Association"); a capital in it does not count."""
    return next((p.iso3 for p in gazetteer.find_places(name) if p.kind != "capital"), None)


# the prefixes of navy and coast guard ships' names, and their states
_SHIP_PREFIXES = {"HMAS": "AUS", "HMS": "GBR", "USS": "USA", "USNS": "USA", "USCGC": "USA", "INS": "IND", "HMCS": "CAN",
                  "HMNZS": "NZL", "BRP": "PHL", "KRI": "IDN", "PNS": "PAK", "ROKS": "KOR", "JS": "JPN", "TCG": "TUR",
                  "ARA": "ARG", "BNS": "BGD", "RSS": "SGP", "KD": "MYS", "HTMS": "THA", "FS": "FRA", "ITS": "ITA",
                  "ESPS": "ESP", "HNLMS": "NLD", "FGS": "DEU", "SLNS": "LKA", "NNS": "NGA", "SAS": "ZAF", "RFS": "RUS"}
_SHIP = re.compile(r"\b(" + "|".join(_SHIP_PREFIXES) + r")\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}")


def ship_mentions(text: str, taken: list[Mention]) -> list[Mention]:
    """"HMAS Adelaide", "BRP Sierra Madre": a navy's or coast guard's ship, which acts for its state."""
    return [Mention(m.start(), m.end(), m.group(), f"ship:{fold_key(m.group())}", m.group(), "organization",
                    _SHIP_PREFIXES[m.group(1)], role="group")
            for m in _SHIP.finditer(text) if not any(m.start() < t.end and t.start < m.end() for t in taken)]


def other_entities(doc: Doc | None, taken: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Named things the gazetteer does not know: companies and other bodies ("other", never an
    actor, but they show that a trigger is about them) and sub-national places."""
    if doc is None:
        return [], []
    others, places = [], []
    whole = doc.text  # built once: Doc.text joins every token on each call
    for ent in doc.ents:
        # "Kandahar", "North Kivu": a sub-national place lies in its country; "Nakhchivan" read as a
        # person is such a place, and so is "Santiago de Cuba" read as a body
        # (a city only: "the Blue Nile" read as a body is the river more often than the Sudanese state)
        where = gazetteer.place_country(ent.text) if ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG") else None
        where = None if ent.label_ == "ORG" and where and where[1] != "city" else where
        known_place = ent.label_ in ("PERSON", "ORG") and where is not None
        if (ent.label_ not in _OTHER_LABELS and not known_place) or any(
                ent.start_char < m.end and m.start < ent.end_char for m in taken):
            continue
        text = whole[ent.start_char:ent.end_char]
        if fold_key(text).removeprefix("the ") in _GENERIC_BODIES or _agency_pattern().search(text):
            continue
        if not any(c.isupper() for c in text):  # "Argentina's treasury minister": a common noun the NER took for a body
            continue
        if ent.label_ == "ORG" and _STATE_BODY.search(text):  # "the Treasury Department", "Defense Ministry"
            # "the Jordanian House of Representatives" is Jordan's, whatever the reporting country
            others.append(Mention(ent.start_char, ent.end_char, text, f"body:{fold_key(text)}", text,
                                  "government_body", _country_named_in(text),
                                  role="embassy" if re.search(r"(?i)embass|consulate", text) else "body"))
            continue
        movement = (_MOVEMENT.search(text) or _MOVEMENT_OF.search(text) or _ARMED_WORDS.search(text)
                    or _MOVEMENT_AFTER.match(whole, ent.end_char) or _MOVEMENT_AFTER.search(text)
                    or _CIVIL_AFTER.match(whole, ent.end_char)
                    or _MOVEMENT_BEFORE.search(whole, max(0, ent.start_char - 40), ent.start_char)
                    if ent.label_ == "ORG" else None)
        if movement:  # "the Fatah Party", "Forces for Defence of Democracy": a political actor
            name = re.sub(r"^[Tt]he\s+", "", text)
            party = movement.group().strip().lower().endswith("party") or (
                movement.re is _MOVEMENT_BEFORE and "party" in movement.group().lower())  # "opposition party, the BNP,"
            others.append(Mention(ent.start_char, ent.end_char, text, f"org:{fold_key(name)}", name,
                                  "party" if party else "organization", _country_named_in(text), role="movement"))
            continue
        kind = "place" if ent.label_ in ("GPE", "LOC", "FAC") or known_place else "other"
        if kind == "other" and _PERSON_NEXT.match(whole, ent.end_char):
            continue  # "Murat Nurtleu, who serves as ...": a person the NER took for a body
        mention = Mention(ent.start_char, ent.end_char, text, f"{kind}:{fold_key(text)}", text, kind,
                          where[0] if where else None, role=where[1] if where else None)
        (places if kind == "place" else others).append(mention)
    return others, places


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"\u201c]")


def _placed_groups(text: str, groups: list[Mention], places: list[Mention],
                   assumed: str | None = None) -> list[Mention]:
    """"Police arrested 27 protesters in Kandahar" in a report of no one country: a collective
    actor of no country named belongs to that of the place its sentence names (refugees, exiles,
    a people and blocs of states excepted). With `assumed`, so does one only assumed to be of that
    country (a national agency's story filed from abroad: "hundreds of people rallied in Kiev")."""
    out = []
    for group in groups:
        noun = group.name.lower()
        unplaced = group.country is None or (assumed is not None and group.country == assumed and group.name == noun)
        if unplaced and group.role == "group" and noun not in ("refugees", "exiles") and not (
                _PEOPLE_NOUN.fullmatch(group.text)):
            near = [p for p in places if p.country and not _SENTENCE_END.search(text, min(p.end, group.end),
                                                                                    max(p.start, group.start))]
            if near:
                country = min(near, key=lambda p: abs(p.start - group.start)).country
                group = replace(group, country=country, key=f"group:{country}:{noun}")
        out.append(group)
    return out


def _opened_abroad(text: str, groups: list[Mention], places: list[Mention], seat: str) -> list[Mention]:
    """"In Niamey, thousands of supporters of the takeover marched": a collective actor the national
    agency does not mark as its own, in a sentence that opens abroad, is of the place it opens in."""
    out = []
    for group in groups:
        opener = None
        if (group.role == "group" and group.country == seat and group.name == group.text.lower()  # no nationality told
                and _CROWD_NOUN.search(group.name)):
            opener = next((p for p in places if p.country and p.country != seat and p.end <= group.start
                           and _OPENS_IN.search(text, max(0, p.start - 6), p.start) and text.startswith(",", p.end)
                           and not _SENTENCE_END.search(text, p.end, group.start)), None)
        out.append(replace(group, country=opener.country, key=f"group:{opener.country}:{group.name.lower()}")
                   if opener else group)
    return out


_CROWD_NOUN = re.compile(r"\b(?:protesters|demonstrators|supporters|students|workers|farmers|youths|rioters|strikers|"
                         r"crowds?|residents|activists|villagers)$")
_OPENS_IN = re.compile(r"(?:^|[.!?\n]\s*)In\s+$")


def _ends_in_group(name: str) -> bool:
    return any(m.end() == len(name) for m in _GROUP.finditer(name))


_JOINER = re.compile(r"[\s,;&\u2013-]*(?:and\s*)?")  # what may stand between the countries of a list ("U.S.-India")


def _only_countries(start: int, end: int, text: str, countries: list[Mention]) -> bool:
    """Whether text[start:end] is nothing but country names joined by commas and "and"."""
    inside = sorted((c for c in countries if start <= c.start and c.end <= end), key=lambda c: c.start)
    if len(inside) < 2:
        return False
    rest, at = [], start
    for c in inside:
        rest.append(text[at:c.start])
        at = c.end
    rest.append(text[at:end])
    return all(_JOINER.fullmatch(part) for part in rest)



def _outside_company_names(countries: list[Mention], orgs: list[Mention], doc: Doc | None) -> list[Mention]:
    """Drop country words inside a company's name ("Royal Dutch Shell", "Bank of China")."""
    if doc is None:
        return countries
    titles = gazetteer.find_titles(doc.text)
    # "the Democratic People's Republic of Korea" read as an ORG is the country itself
    # and "[Timor-Leste's]" read as an ORG is the country, its possessive no part of a name
    names = [(e.start_char + (4 if e.text[:4].lower() == "the " else 0),
              e.end_char - (2 if e.text.endswith(("'s", "\u2019s")) else 0)) for e in doc.ents
             if e.label_ == "ORG"
             and not any(e.start_char < o.end and o.start < e.end_char for o in orgs)
             and not any(e.start_char < t.end and t.start < e.end_char for t in titles)
             and not _agency_pattern().search(e.text)
             # "Thai navy" read as an ORG is the country's navy, a collective actor
             and not _ends_in_group(e.text)
             # "[Mali, Burkina Faso] and Niger": a list of countries read as one ORG is those countries
             and not _only_countries(e.start_char, e.end_char, doc.text, countries)
             # "Foreign Minister of [Uzbekistan Abdulaziz Kamilov]": the owner's name and the person's run
             # together (but "Speaker of the [Jordanian House of Representatives]" is a body)
             and not (any(0 <= e.start_char - t.end <= 4 and doc.text[t.end:e.start_char].strip() == "of" for t in titles)
                      and any(p.start == 0 and p.kind == "name" for p in gazetteer.find_places(e.text)))]
    return [c for c in countries
            if not any(s <= c.start and c.end <= e and (e - s) > (c.end - c.start) + 1 for s, e in names)]


# "President Santiago Peña", "Minister Victoria Tauli": a capital's name between a title and another
# capitalised word is a first name
_FIRST_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'\u2019-]+")


def _first_names(text: str, places: list[Mention], titles: list) -> list[Mention]:
    ends = {t.end for t in titles}
    return [p for p in places if not (p.role == "capital" and p.start - 1 in ends and _FIRST_NAME_AFTER.match(text, p.end))]


def _marks_by_nationality(text: str, countries: list[Mention], country: str, titles: list) -> bool:
    """Whether a title is glued to the country's name or adjective somewhere ("Lao Vice President")."""
    starts = {t.start for t in titles}
    return any(c.country == country and (c.end + 1 in starts or text[c.end:c.end + 3] in ("'s ", "’s ")
                                         and c.end + 3 in starts) for c in countries)


def _owned_bodies(text: str, bodies: list[Mention], countries: list[Mention]) -> list[Mention]:
    """"the Turkish Red Crescent", "Sudan's Humanitarian Aid Commission": a body of no country named
    right after a nationality or a country's possessive is that country's."""
    out = []
    for body in bodies:
        if body.country is None and body.type in ("government_body", "organization") and body.role != "multilateral":
            owner = next((c for c in countries if c.country and c.end <= body.start
                          and text[c.end:body.start] in ((" ",) if c.role == "adjective" else ("'s ", "\u2019s "))), None)
            if owner is not None:
                body = replace(body, country=owner.country, key=f"{body.key}:{owner.country}")
        out.append(body)
    return out


def _party_bodies(text: str, orgs: list[Mention]) -> list[Mention]:
    """"the Lao People's Revolutionary Party Central Committee's Commission": a body named right after a
    party is that party's country's, whatever the reporting country."""
    parties = [o for o in orgs if o.type == "party" and o.country]
    out = []
    for body in orgs:
        owner = next((p for p in parties if body.type == "government_body" and text[p.end:body.start] == " "), None)
        if owner is not None and owner.country != body.country:
            base = body.key.rsplit(":", 1)[0] if body.country and body.key.endswith(f":{body.country}") else body.key
            body = replace(body, country=owner.country, key=f"{base}:{owner.country}")
        out.append(body)
    return out


def find_mentions(text: str, doc: Doc | None, day: date | None = None) -> tuple[Found, str | None]:
    """All actor mentions of an article (published on `day`) and its home country."""
    countries, places = country_mentions(text)
    found_titles = gazetteer.find_titles(text)
    places = _first_names(text, places, found_titles)
    countries = sorted(countries + _korean_halves(text, countries, places), key=lambda m: m.start)
    orgs = organisation_mentions(text, countries, None)
    countries = _outside_company_names(countries, orgs, doc)
    inside_orgs = countries
    countries = [c for c in countries if not any(o.start <= c.start and c.end <= o.end for o in orgs)]
    home = home_country(text, countries)
    dateline = _dateline_country(text, places)
    agency = _agency(text, dateline)
    seat = _seat(agency, dateline, countries, home)
    orgs = organisation_mentions(text, inside_orgs, seat, places)
    owners = sorted(countries + [o for o in orgs if o.country], key=lambda m: m.start)
    # a titled person of unknown nationality belongs to the reporting country only when a
    # national agency reports: an international wire's leaders can be anybody's
    # a national agency filing from abroad on a story that never names its own country ("NAIROBI
    # (Xinhua) -- Interior Cabinet Secretary X said"): the unnamed nationality is the dateline's
    # (but "Lao Vice President X ... Vice President Y" in a VNA story from Vientiane marks the host's
    # people by nationality, so the unmarked ones are the agency's)
    # and one that marks its own people by nationality ("Cuban Ambassador Rafael Mendez") but not the
    # host's leaves the host's unmarked ("Interim President Jocelerme Privert")
    abroad = bool(agency and dateline and dateline != agency
                  and not _marks_by_nationality(text, countries, dateline, found_titles)
                  and (not any(c.country == agency for c in countries)
                       or _marks_by_nationality(text, countries, agency, found_titles)))
    people = person_mentions(text, doc, countries + orgs + places, dateline if abroad else agency or dateline, owners, day,
                             found_titles)
    titles = [Mention(t.start, t.end, t.text, "", "", "title") for t in found_titles]
    groups = group_mentions(text, countries, orgs + people + titles + [c for c in countries if c.role != "adjective"],
                            seat, places)
    glued = {(g.start, g.end) for g in groups}
    countries = [c for c in countries if not any(s <= c.start and c.end <= e for s, e in glued)]
    groups += ship_mentions(text, countries + orgs + places + people + titles + groups)
    others, local_places = other_entities(doc, countries + orgs + places + people + titles + groups)
    if not seat:
        groups = _placed_groups(text, groups, places + local_places)
    else:
        groups = _opened_abroad(text, groups, places + local_places, seat)
        if agency and dateline and dateline != seat:
            groups = _placed_groups(text, groups, places + local_places, assumed=seat)
            # "HONIARA (AAP) - Police fired tear gas": a national agency abroad tells of the host's police
            # when it does not mark them as its own ("Australian Federal Police")
            groups = [replace(g, country=dateline, key=f"group:{dateline}:{g.name.lower()}")
                      if g.role == "group" and g.country == seat and g.name.lower() == g.text.lower()
                      and g.name.lower() in _HOME_FORCES else g for g in groups]
    orgs, others = _owned_bodies(text, orgs, countries), _owned_bodies(text, others, countries)
    orgs = _party_bodies(text, orgs)
    others = [replace(o, country=seat, key=f"{o.key}:{seat}") if o.type == "government_body" and seat and not o.country
              else o for o in others]
    if seat and seat != "USA" and not any(c.country == "USA" for c in countries):
        # "sent the bill to Congress" in Lima is Peru's congress, not the US one
        orgs = [replace(o, country=seat, key=f"body:congress:{seat}") if o.key == "us_congress" and o.text == "Congress"
                else o for o in orgs]
    others = _acronyms_of(text, orgs + others, others)
    actors = sorted(countries + orgs + people + others + groups, key=lambda m: (m.start, m.end))
    return Found(actors, sorted(places + local_places, key=lambda m: m.start)), home


_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]?[A-Z]{1,5})\)")


def _acronyms_of(text: str, bodies: list[Mention], others: list[Mention]) -> list[Mention]:
    """"the Ministry of External Affairs (MEA)", "the Mongolian People's Party (MPP)": letters in
    brackets after a body's name name that body where the model later took them for a company."""
    defined = {m.group(1): body for body in bodies if body.type != "other"
               and (m := _BRACKETED_ACRONYM.match(text, body.end))}
    return [replace(defined[o.text], start=o.start, end=o.end, text=o.text)
            if o.type == "other" and o.text in defined and o.start > defined[o.text].end else o for o in others]
