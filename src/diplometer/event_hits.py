"""Trigger matches in a sentence (earlier table entries winning overlaps), retyped by what is
around them: a meeting "to protest" is a diplomatic protest, "called on X" with nothing asked is a
courtesy call, relief arriving is aid, a complement belongs to its governing verb, and a meeting
"via video link" is one online meeting."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from .event_context import CLAUSE_BREAK, Hit
from .noun_triggers import noun_hits
from .passive_triggers import passive_hits
from .records import Sentence
from .trigger_gate import TriggerGate
from .triggers import TRIGGERS, Trigger
from .verb_triggers import VERB_TRIGGERS

TABLE = TriggerGate(TRIGGERS)
VERBS = TriggerGate(VERB_TRIGGERS)


def may_have_event(sentence: Sentence) -> bool:
    """Whether any phrasing of the table (read with and without modifiers) or any verb of the
    lexicon occurs in the sentence: the cheap test before the sentence is read in full."""
    text = undotted(sentence.text)
    bare = without_modifiers(text)[0]
    return (TABLE.matches(text) or (bare != text and TABLE.matches(bare)) or VERBS.matches(bare)
            or bool(passive_hits(sentence)) or bool(noun_hits(sentence)) or bool(crowd_hits(sentence))
            or bool(_ARRIVED_WHERE.search(sentence.text)))


def sentence_hits(sentence: Sentence) -> list[Hit]:
    """Trigger matches, earlier table entries winning overlaps; when no phrasing of the table
    matched, the acts told in the passive, else the verb lexicon's first match."""
    if _SPORTS_RESULT.search(sentence.text):
        return []  # "needed only 34 minutes to dispatch visiting Indonesian X 21-14, 21-12": a match, no visit
    table = _matches(TABLE, sentence)
    kept = _without_instruments(_ended(table, sentence) if table else passive_hits(sentence) or noun_hits(sentence)[:1]
                                or verb_hits(sentence)[:1] or crowd_hits(sentence), sentence)
    kept = _with_arrivals_where(kept, sentence)
    return _aid_arrivals(_with_purpose(_with_complements(_with_modes(kept, sentence), sentence), sentence), sentence)


# the score of a match: sets or goals ("21-14, 21-12"), or a score after a win ("beat Japan 3-1")
_SPORTS_RESULT = re.compile(r"\b\d{1,2}-\d{1,2},\s+\d{1,2}-\d{1,2}\b|\b(?:beat|defeated|thrashed|edged|drew\s+with|"
                            r"lost\s+to|won)\s[^.;]{0,60}?\b\d{1,2}-\d{1,2}\b(?!\s+(?:vote|votes|margin))")
# "began in Riyadh, where the minister arrived on Sunday evening", "In Niamey, where he arrived on Sunday,
# Lamamra held talks": the arrival at the place told before "where"
WHERE_SUBJECT = r",\s+where\s+(?:the\s+[\w-]+|he|she|they)\s+(?:had\s+)?"  # the words between the place and "arrived"
_ARRIVED_WHERE = re.compile(rf"[A-Z][\w'\u2019-]+{WHERE_SUBJECT}(?P<verb>arrived)\b")
_ARRIVAL_TRIGGER = Trigger("visit-arrived-where", re.compile("arrived"), "visit", "CONSULT", "042", "in_person", "forward",
                           "diplomatic")


def _with_arrivals_where(hits: list[Hit], sentence: Sentence) -> list[Hit]:
    found = _ARRIVED_WHERE.search(sentence.text)
    if found is None:
        return hits
    start, end = sentence.start + found.start("verb"), sentence.start + found.end("verb")
    if any(h.start < end and start < h.end for h in hits):
        return hits
    return sorted([*hits, Hit(_ARRIVAL_TRIGGER, start, end)], key=lambda h: h.start)


# what a crowd of protesters did, whatever the verb ("Protesters torched a police post", "Tens of
# thousands of students filled the avenues of Belgrade"): the protest itself, read last
_CROWD_ACT = re.compile(
    r"\b(?:[Pp]rotesters|[Pp]rotestors|[Dd]emonstrators|[Mm]archers|[Rr]ioters|[Ss]trikers|(?:[Tt]ens\s+of\s+)?[Tt]housands\s+"
    r"of\s+(?:[\w-]+\s+)?(?:people|students|workers|farmers|supporters|women|teachers|opponents|citizens))\s+"
    r"(?:on\s+\w+\s+|also\s+|then\s+|later\s+)?(?P<verb>(?!(?:were|was|had|have|has|are|is|said|told|fled|died|lost|attended|"
    r"watched|celebrated|visited|voted|queued|waited|received|returned|lined|welcomed|greeted|cheered|remained|stayed|"
    r"left|killed|injured|wounded|arrested|detained|displaced|evacuated|trapped|stranded|used|needed|wanted|expected|"
    r"planned|hoped|tried|appeared|seemed|gathered|mourned|prayed)\b)(?:[a-z]+ed|took|threw|set|tore|broke|fought|burnt|ran|"
    r"went|sang|held|began|kept|spent|brought|lit|hurled|stormed|drove|rode)\b)")
_CROWD_TRIGGER = Trigger("protest-crowd-acted", _CROWD_ACT, "protest", "PROTEST", "141", None, "forward", "political")


def crowd_hits(sentence: Sentence) -> list[Hit]:
    """The verb of what a crowd of protesters did, as a protest (read only when nothing else matched)."""
    found = _CROWD_ACT.search(sentence.text)
    return [Hit(_CROWD_TRIGGER, sentence.start + found.start("verb"), sentence.start + found.end("verb"))] if found else []


# the start of a verb of ending or halting, the cheap test before the noun readings are asked
_ENDING = re.compile(r"\b(?:lift|eas|relax|scrap|end|rescind|revok|repeal|roll|waiv|loosen|drop|call|revers|withdr|"
                     r"abandon|halt|suspend|unfr|free|froze|cut|sever|br[oe]k|downgrad|pull|walk)", re.IGNORECASE)


def _ended(hits: list[Hit], sentence: Sentence) -> list[Hit]:
    """"suspended their nationwide strike", "called off the protest": a phrasing of the table (the
    strike) inside an act of ending or halting it is the ending that is reported."""
    if not _ENDING.search(sentence.text):
        return hits
    for ending in noun_hits(sentence):
        if ending.trigger.name.startswith(("noun-end-", "noun-halt-")):
            inside = [h for h in hits if ending.start < h.start and h.end <= ending.end]
            if inside and not any(h.start < ending.end and ending.start < h.end for h in hits if h not in inside):
                hits = sorted([h for h in hits if h not in inside] + [ending], key=lambda h: h.start)
    return hits


# "blasted the boat with water cannon on Monday": the weapon an act was done with is part of it
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_FORCE = frozenset({"ASSAULT", "COERCE"})


def _without_instruments(hits: list[Hit], sentence: Sentence) -> list[Hit]:
    out: list[Hit] = []
    base = sentence.start
    for hit in hits:
        prev = out[-1] if out else None
        if (prev is not None and prev.trigger.plover in _FORCE and hit.trigger.plover in _FORCE
                and hit.start - prev.end <= 80 and _WITH_BEFORE.search(sentence.text, prev.end - base, hit.start - base)
                and not CLAUSE_BREAK.search(sentence.text, prev.end - base, hit.start - base)):
            continue
        out.append(hit)
    return out


def verb_hits(sentence: Sentence) -> list[Hit]:
    """The verb lexicon's matches (the trigger of last resort), in text order."""
    return _matches(VERBS, sentence)


def _matches(gate: TriggerGate, sentence: Sentence) -> list[Hit]:
    kept: list[Hit] = []
    text = undotted(sentence.text)
    bare, where = without_modifiers(text)
    if bare != text and not gate.matches(bare):
        bare = text  # nothing to read again: one pass over the table, not two
    candidates = gate.candidates(text + " " + bare if bare != text else text)
    for trigger in candidates:
        spans = list(_spans(trigger, text))
        if bare != text:  # "established formal diplomatic relations", "formally disbanded on Monday"
            spans += [(where[lo], where[hi - 1] + 1) for lo, hi in _spans(trigger, bare)]
        for lo, hi in spans:
            start, end = sentence.start + lo, sentence.start + hi
            if not any(start < k.end and k.start < end for k in kept):
                kept.append(Hit(trigger, start, end))
    return sorted(kept, key=lambda h: h.start)


def _spans(trigger: Trigger, text: str) -> Iterator[tuple[int, int]]:
    """Where the trigger matches, but not in capitals (tickers and headlines: "MET")."""
    for match in trigger.pattern.finditer(text):
        if not (match.group().isupper() and len(match.group()) > 2):
            yield match.span()


_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")


def undotted(text: str) -> str:
    """The text with the dots of "U.N." and "U.S." read as letters (same length), so that a gap of
    words in a phrasing ("barred the U.N. envoy from") steps over them as over any other word."""
    return _DOTTED.sub(lambda m: m.group().replace(".", "_"), text) if "." in text else text


# words that qualify an act without changing what it is: the table spells each act once, and
# reads it again with these left out ("issued a flat rejection", "formally ceded", "agreed late
# on Tuesday to"); never a negation or a modal, which change what was reported
_MODIFIER = re.compile(
    r"\b(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:late|early)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:yesterday|today|overnight|last\s+(?:week|night|month)|this\s+week|at\s+the\s+weekend)\b|"
    r"\b(?:formal|formally|official|officially|fresh|renewed|flat|firm|firmly|strong|strongly|sharp|sharply|"
    r"swiftly|quickly|promptly|immediately|publicly|openly|jointly|unilaterally|unanimously|reportedly|"
    r"also|again|finally|already|further|repeatedly|once\s+again|effectively|tentatively|provisionally|"
    r"overwhelmingly|narrowly|abruptly|hastily|quietly|secretly|briefly|temporarily|partially|"
    r"partly|fully|largely|all\s+but|sincere|sincerest|heartfelt|profound|deep|deepest|warm|warmest|cordial)\b\s*,?",
    re.IGNORECASE)


@lru_cache(maxsize=16)
def without_modifiers(text: str) -> tuple[str, tuple[int, ...]]:
    """The text with its modifiers (`_MODIFIER`) left out, and for each of its characters the
    offset of that character in `text` (cached: a sentence is asked for it up to three times)."""
    parts: list[str] = []
    where: list[int] = []
    at = 0
    for match in _MODIFIER.finditer(text):
        lo, hi = match.span()
        while hi < len(text) and text[hi] == " ":
            hi += 1
        while lo > at and text[lo - 1] == " " and (hi == len(text) or text[hi] in ",.;:)"):
            lo -= 1  # "relations on Monday, ending": "relations, ending"
        parts.append(text[at:lo])
        where.extend(range(at, lo))
        at = hi
    if not parts:
        return text, ()
    parts.append(text[at:])
    where.extend(range(at, len(text)))
    return "".join(parts), tuple(where)


# "a contingent of 450 Rwandan peacekeepers arrived in Bangui", "rescue teams from Algeria arrived
# in southern Turkey": who arrives is help, so the arrival is aid given, not a visit paid
_HELPERS = re.compile(r"\b(?:peacekeep\w+|(?:batch|contingent|detachment)\s+of\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:police|officers|troops|soldiers)|(?:search[\s-]and[\s-])?rescue\s+(?:teams?|workers|units?|personnel)|rescuers|"
                      r"medics|medical\s+(?:teams?|experts|staff|personnel|brigades?)|doctors|nurses|health\s+workers|(?:\w+\s+)?brigades?\s+of|"
                      r"field\s+hospital|relief\s+(?:workers|teams?|convoys?|supplies)|"
                      r"aid\s+(?:workers|convoys?|shipments?|supplies|flights?|planes?)|firefighters|"
                      # "600,000 vaccine doses donated by China arrived in Phnom Penh"
                      r"(?:doses|supplies|tonnes|tons|equipment|goods)\s+(?:[\w-]+\s+){0,3}?(?:donated|gifted|provided)\s+by|humanitarian\s+"
                      r"(?:aid|supplies|convoys?|workers))\b[^.;]*$", re.IGNORECASE)
_UNITS = ("batch", "contingent", "detachment")
_GIVEN = re.compile(r"\b(?:donated|gifted|provided|granted)\s+by\b", re.IGNORECASE)
_MISSION = re.compile(r"\b(?:mission|force)\b", re.IGNORECASE)
_AID = next(t for t in TRIGGERS if t.name == "aid")
_PEACEKEEPING = next(t for t in TRIGGERS if t.name == "peacekeeping")


def _aid_arrivals(hits: list[Hit], sentence: Sentence) -> list[Hit]:
    """An arrival whose subject is relief or peacekeepers is the aid they bring."""
    out = []
    for i, hit in enumerate(hits):
        words = sentence.text[hit.start - sentence.start:hit.end - sentence.start].lower()
        # ("A plane carrying 30 tonnes of humanitarian aid from Kazakhstan arrived": the cargo is the arrival's subject)
        lo = (hits[i - 1].start if hits[i - 1].trigger.type == "aid" else hits[i - 1].end) if i else sentence.start
        helpers = _HELPERS.search(sentence.text, lo - sentence.start, hit.start - sentence.start)
        if helpers and helpers.group().lower().startswith(_UNITS) and not _MISSION.search(sentence.text):
            helpers = None  # a contingent arriving is help only when it serves a mission or force
        if hit.trigger.name == "visit-verb" and words.startswith(("arrived", "landed")) and helpers:
            aid = _PEACEKEEPING if helpers.group().lower().startswith(("peacekeep", *_UNITS)) else _AID
            hit = Hit(replace(aid, name=f"{aid.name}-arrived"), hit.start, hit.end)
        elif hit.trigger.name == "cooperate-phrase-2" and "handed over" in words and helpers and _GIVEN.search(
                sentence.text, lo - sentence.start, hit.start - sentence.start):
            # "The first batch of relief goods donated by the Chinese government was handed over to Myanmar"
            hit = Hit(replace(_AID, name="aid-handed-over"), hit.start, hit.end)
        out.append(hit)
    return out


# "met the ambassador to protest against the boarding": a meeting held to protest is a
# diplomatic protest, which PLOVER codes ACCUSE (disapprove), not a civil PROTEST
_TO_PROTEST = re.compile(r"\bto\s+(?:lodge\s+(?:an?\s+)?(?:\w+\s+)?)?protests?\b(?!\s+(?:march|rally|movement))",
                         re.IGNORECASE)
_ACCUSE = next(t for t in TRIGGERS if t.name == "accuse")
_MEET = next(t for t in TRIGGERS if t.name == "meet")
_PHONE = next(t for t in TRIGGERS if t.name == "phone")
_BY_PHONE = re.compile(r"\b(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b", re.IGNORECASE)
_MEETINGS = frozenset({"meet", "discussed-with"})  # talks whose mode a phone or video word may tell
_CALLED_ON = re.compile(r"called\s+on", re.IGNORECASE)
_ASKED = re.compile(r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+|\bfor\b|\bnot\s+to\b")
# "called on His Highness the Prime Minister Sheikh Jaber Al-Mubarak": a titled name, "the" and "of" inside it
_CALLED_PERSON = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+(?:(?:the|of)\s+)?){1,8}?(?:[A-Z][\w'.-]*)\b"
                            r"(?:\s+(?:at|in|on|during|before|after|and)\b|\s*$)")
# "called on the visiting leader at his hotel": a courtesy call on the guest told before
_CALLED_GUEST = re.compile(r"\s+the\s+visiting\s+(?:[\w-]+\s+){0,2}?(?:leader|president|premier|prime\s+minister|minister|"
                           r"delegation|guest|dignitary|envoy)\b", re.IGNORECASE)


def calls_on_guest(text: str, end: int) -> bool:
    """Whether a call-on ending at `end` is on the guest told before ("called on the visiting leader")."""
    return bool(_CALLED_GUEST.match(text, end))


_DIPLOMATIC_PARTY = re.compile(r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|diplomats?|charg[eé]s?\s+d'affaires|consuls?|"
                               r"counterparts?|representatives?|ministers?|officials?)\b", re.IGNORECASE)


def _with_purpose(hits: list[Hit], sentence: Sentence) -> list[Hit]:
    """A meeting with a diplomat or official whose purpose clause is "to protest" is coded as the
    diplomatic protest it was; "called on" someone with nothing asked of them is a courtesy call."""
    out = []
    base = sentence.start
    for i, hit in enumerate(hits):
        if hit.trigger.plover == "REQUEST" and _CALLED_ON.fullmatch(sentence.text, hit.start - base, hit.end - base):
            stop = CLAUSE_BREAK.search(sentence.text, hit.end - base)
            rest = sentence.text[hit.end - base:stop.start() if stop else len(sentence.text)]
            if not _ASKED.search(rest) and (_CALLED_PERSON.match(rest) or calls_on_guest(sentence.text, hit.end - base)):
                hit = Hit(replace(_MEET, name="call-on", role="forward"), hit.start, hit.end)
        if hit.trigger.name == "discussed-with" and _BY_PHONE.search(sentence.text, hit.start - base, hit.end - base):
            hit = Hit(replace(_PHONE, name="discussed-by-phone"), hit.start, hit.end)  # "discussed X by phone with Y"
        if hit.trigger.name == "meet":
            stop = hits[i + 1].start if i + 1 < len(hits) else sentence.end
            purpose = _TO_PROTEST.search(sentence.text, hit.end - base, stop - base)
            if (purpose and not CLAUSE_BREAK.search(sentence.text, hit.end - base, purpose.start())
                    and _DIPLOMATIC_PARTY.search(sentence.text, hit.end - base, purpose.start())):
                hit = Hit(replace(_ACCUSE, name="accuse-meeting"), hit.start, hit.end)
        out.append(hit)
    return out


# verbs whose infinitive complement is what they are about: "threatened to impose sanctions"
# is a threat, "urged Israel to withdraw" a request, "agreed to hold exercises" an agreement
_GOVERNING = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE"})
_TO_COMPLEMENT = re.compile(r"\s*(?:[\w'\u2019.-]+\s+){0,4}?to\s+(?:[\w-]+\s+){0,2}")
_AFTER_TO = re.compile(r"\s*(?:[\w-]+\s+){0,2}")


def _with_complements(hits: list[Hit], sentence: Sentence) -> list[Hit]:
    """Drop a trigger that is the infinitive complement of a governing one before it, so that
    the governing verb keeps the whole stretch (and the partners named in it)."""
    out: list[Hit] = []
    base = sentence.start
    for hit in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.trigger.plover in _GOVERNING and not prev.trigger.name.startswith("sign"):
            gap = sentence.text[prev.end - base:hit.start - base]
            ends_to = sentence.text[:prev.end - base].rstrip().lower().endswith(" to")
            if (_AFTER_TO if ends_to else _TO_COMPLEMENT).fullmatch(gap):
                continue
        out.append(hit)
    return out


def _with_modes(hits: list[Hit], sentence: Sentence) -> list[Hit]:
    """"held talks with X via video link" is one online meeting, not talks plus a video call; "in
    another cable, X expressed condolences" is one message."""
    out: list[Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        pair = {prev.trigger.name, hit.trigger.name} if prev is not None else set()
        modes = {"phone", "online"}
        close = (prev is not None and hit.start - prev.end <= 80
                 and not CLAUSE_BREAK.search(sentence.text, prev.end - sentence.start, hit.start - sentence.start))
        if close and pair == {"message-said", "message"} and prev.trigger.name == "message-said":
            out[-1] = hit  # "In another cable, the Amir expressed condolences": one message, told by its verb
            continue
        if close and pair & _MEETINGS and pair & modes:
            mode = hit.trigger if hit.trigger.name in modes else prev.trigger
            # keep the meeting's words as the trigger so the partner named after them stays on the right
            out[-1] = Hit(mode, prev.start, prev.end if prev.trigger.name in _MEETINGS else hit.end)
        else:
            out.append(hit)
    return out
