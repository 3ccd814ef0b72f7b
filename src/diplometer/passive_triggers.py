"""Acts told in the passive, their doer after "by": "New sanctions on Iran were imposed by the
EU", "The Israeli ambassador was summoned by the foreign ministry", "Pallets of meals were
parachuted into Gaza by U.S. planes".

The trigger table spells most acts with their object after the verb ("imposed sanctions on",
"summoned the ambassador"); in the passive the object comes first. Each reading here pairs the
participles of one kind of act with the nouns its subject must hold ("sanctions ... were imposed",
not "a fine was imposed"). Like the verb lexicon, these readings are used only for a sentence in
which no phrasing of the table matched.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .event_context import Hit
from .records import Sentence
from .triggers import Trigger, _t

_AUX = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?"
                  r"(?P<verb>[a-z]+)\b(?=(?:\s+[\w,'\u2019.-]+){0,8}?\s+by\b)")
# the subject's words: back to the last clause break, at most this many characters
_SUBJECT_SPAN = 90
_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|as|after|before|when)\s+|\b(?:that|which|who)\s+")


def _reading(name: str, type_: str, plover: str, cameo: str, participles: str, nouns: str,
             context: str = "diplomatic") -> tuple[Trigger, frozenset[str], re.Pattern[str]]:
    return (_t(name, participles.replace(" ", "|"), type_, plover, cameo, None, "forward", context),
            frozenset(participles.split()), re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE))


_READINGS = (
    _reading("passive-sanction", "sanction", "SANCTION", "163", "imposed slapped approved adopted announced extended "
             "tightened reimposed", r"sanctions|embargo(?:es)?|tariffs|asset\s+freezes?|travel\s+bans?|penalties|"
             r"restrictive\s+measures", "economic"),
    _reading("passive-halt", "sanction", "SANCTION", "166", "halted suspended banned blocked stopped frozen curtailed "
             "cancelled canceled", r"imports?|exports?|trade|flights|aid|deliveries|funding|assistance|cooperation|"
             r"talks|negotiations|visas?|shipments?", "economic"),
    _reading("passive-restrict", "coerce", "COERCE", "172", "imposed declared extended ordered reimposed",
             r"curfew|state\s+of\s+(?:emergency|siege)|martial\s+law|lockdown", "political"),
    _reading("passive-summoned", "accuse", "ACCUSE", "111", "summoned",
             r"ambassadors?|envoys?|charg[e\u00e9]s?|diplomats?|consuls?|attach[e\u00e9]s?|high\s+commissioners?"),
    _reading("passive-aid", "aid", "AID", "073", "delivered sent donated airlifted parachuted dropped flown shipped provided "
             "distributed airdropped trucked", r"aid|supplies|food|medicines?|meals|relief|vaccines?|tents|blankets|"
             r"rations|humanitarian", "humanitarian"),
    _reading("passive-pledge", "agree", "AGREE", "030", "made given offered announced",
             r"pledges?|promises?|commitments?"),
    _reading("passive-warning", "threaten", "THREATEN", "130", "delivered issued made", r"warnings?|ultimatums?|threats?"),
    _reading("passive-signed", "agreement", "SUPPORT", "057", "signed initialled initialed",
             r"agreements?|treat(?:y|ies)|accords?|pacts?|memorand(?:um|ums|a)|deals?|protocols?|conventions?"),
    _reading("passive-appeal", "request", "REQUEST", "103", "launched issued made", r"appeals?"),
    _reading("passive-attack", "assault", "ASSAULT", "180", "carried perpetrated staged claimed",
             r"kidnapping|abduction|attacks?|bombings?|assassination|massacre|killings?|raid|ambush", "military"),
    _reading("passive-inquiry", "accuse", "ACCUSE", "090", "opened launched ordered",
             r"inquiry|investigation|probe", "legal"),
    _reading("passive-criticism", "accuse", "ACCUSE", "111", "voiced expressed levelled leveled issued",
             r"criticism|condemnation|accusations?|complaints?|rebukes?"),
)


def passive_hits(sentence: Sentence) -> list[Hit]:
    """The participles of acts told in the passive whose subject names what the act was done to."""
    return list(_passive_hits(sentence))


@lru_cache(maxsize=16)
def _passive_hits(sentence: Sentence) -> tuple[Hit, ...]:
    """Cached: the gate asks first, then the reading of the sentence."""
    text, hits = sentence.text, []
    for found in _AUX.finditer(text):
        verb = found.group("verb").lower()
        head = max(0, found.start() - _SUBJECT_SPAN)
        breaks = [b.end() for b in _CLAUSE.finditer(text, head, found.start())]
        subject = text[breaks[-1] if breaks else head:found.start()]
        for trigger, participles, nouns in _READINGS:
            if verb in participles and nouns.search(subject):
                hits.append(Hit(trigger, sentence.start + found.start("verb"), sentence.start + found.end("verb")))
                break
    return tuple(hits)
