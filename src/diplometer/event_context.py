"""What every step of event finding shares: the article context around a sentence, a trigger
match, and the small tests and operations on actor mentions used by all of them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import gazetteer
from .records import Article, Mention, When
from .triggers import Trigger

CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|which|who|during\s+which|in\s+which|where|saying|adding)\b")
# (and an appositive trip: "Singapore's prime minister, on his first official visit to Malaysia, met ...")
ON_A_TRIP = r",\s+on\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b"
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|where)\b[^,;]*|" + ON_A_TRIP + r"[^,;]*")


def relative_clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of non-restrictive relative clauses (", who died on Saturday") in text[lo:hi]."""
    return [m.span() for m in _RELATIVE_CLAUSE.finditer(text, lo, hi)]


@dataclass(frozen=True)
class Context:
    """What the event finder needs to know about the article around a sentence."""

    article: Article
    home: str | None
    last_person: Mention | None = None
    last_sides: tuple[Mention, ...] = ()  # participants of the article's latest event
    inherited: tuple[Mention, ...] = ()  # actors of the previous verb this one is coordinated with
    last_when: When | None = None  # the time of the article's latest dated event ("during that visit")
    # the time of the article's latest dated event of each type ("during his stay" is the visit's,
    # "following the talks" the meeting's)
    when_by_type: dict[str, When] = field(default_factory=dict)
    when_sides: tuple[Mention, ...] = ()  # ... and its participants
    dateline_end: int = 0  # times before this offset date the filing, not the events
    dateline_country: str | None = None  # the country of the dateline's city
    # what earlier sentences left open, shared across the article ("In his message, X said"
    # answers a message whose recipients an earlier sentence named)
    memory: dict[str, tuple] = field(default_factory=dict)  # sides told last by kind; the span of an attack
    # the whole article is about one country's own affairs: its cooperative events between one
    # country's sides ("the president pledged to", "the factions met") are domestic events, not
    # international ones whose other side was missed
    domestic: bool = False
    # the sentence is the article's lead: the news it reports is the article's own occasion, dated
    # by the article even when it names no day ("Venezuela dismissed claims that ...")
    lead: bool = False


@dataclass(frozen=True)
class Hit:
    trigger: Trigger
    start: int
    end: int


# things done rather than said: a past-tense report of one is specific without a partner or a date
MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "CONCEDE", "RETREAT", "SANCTION"})


def is_side(mention: Mention) -> bool:
    """Anything but a company or other unknown body can be a side of a diplomatic event."""
    return mention.type != "other"


def political(mention: Mention) -> bool:
    """Countries, parties, public bodies, and persons with a title or a known country."""
    if mention.type == "person":
        return bool(mention.role or mention.country)
    return mention.type in ("country", "party", "government_body", "organization")


def home_mention(iso3: str) -> Mention:
    entry = gazetteer.country(iso3)
    return Mention(0, 0, "", f"country:{iso3}", entry.name if entry else iso3, "country", iso3)


def same_actor(a: Mention, b: Mention) -> bool:
    return a.key == b.key or (a.type == "country" and b.type != "country" and a.country == b.country)


def dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for mention in mentions:
        if mention.key not in seen:
            seen.add(mention.key)
            out.append(mention)
    return out


def one_country(actors: list[Mention]) -> bool:
    """The article's actors belong to one country (or to none it names) and no international body is
    among them: a report of that country's own affairs. News agencies and lone nationality adjectives ("..., Norwegian
    mediators said") do not count beside a country named otherwise; "Kenyan troops" and "the Kenyan
    minister" do. A rights group commenting on the country's affairs ("Amnesty International urged
    the authorities to free ...") does not make them international."""
    sides = [m for m in actors if m.role != "media" and m.type != "place"]
    countries = ({m.country for m in sides if m.country and m.role != "adjective"}
                 or {m.country for m in sides if m.country})
    return len(countries) <= 1 and not any(m.type == "organization" and not m.country
                                           and m.role not in ("group", "movement", "ngo") for m in sides)
