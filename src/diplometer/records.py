"""Typed records that flow between the pipeline stages.

Every stage takes and returns these frozen dataclasses; nested dicts never cross a module
boundary. Offsets are character offsets into `Article.text` (NFC, date line removed).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One dated news article as read from its file."""

    id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # where it came from: "path" or "path:line"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class When:
    """A closed interval of days with the words that gave it."""

    start: date
    end: date
    precision: str  # day | month | part_of_year | year | range
    text: str = ""

    def to_json(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "text": self.text, "precision": self.precision}


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in the text, normalised against the article date."""

    start: int
    end: int
    text: str
    value: When
    future: bool = False  # the expression points after the article date


@dataclass(frozen=True)
class Source:
    """The sentence a fact was read from."""

    document: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"document": self.document, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Mention:
    """A span naming an actor: a person, country, party, organisation or government body."""

    start: int
    end: int
    text: str
    key: str  # canonical identity, e.g. "country:VNM" or "person:nguyen phu trong"
    name: str  # display form
    type: str  # person | country | party | organization | government_body
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # title held in the text, e.g. "Party General Secretary"
    # the country is the reporting country's, assumed for a titled person the text gives no nationality
    assumed: bool = False


@dataclass(frozen=True)
class ActorRef:
    key: str
    name: str
    country: str | None


@dataclass(frozen=True)
class Event:
    type: str
    plover: str
    cameo: str
    mode: str | None
    actors: tuple[ActorRef, ...]
    counterparts: tuple[ActorRef, ...]
    date: When | None
    source: Source
    trigger: str
    rule: str
    confidence: float
    location: str | None = None
    pillar: str | None = None
    context: str | None = None
    modality: str | None = None  # None for events that happened; "planned:<type>" for AGREE to do
    scope: str = "international"  # or "domestic": conflict within one country


@dataclass(frozen=True)
class Anniversary:
    partner: ActorRef
    relation: str
    ordinal: int
    year: int
    since: int
    source: Source


@dataclass(frozen=True)
class Indicator:
    name: str
    value: float
    unit: str
    year: int | None
    qualifier: str
    country: str | None
    source: Source


@dataclass(frozen=True)
class Membership:
    country: str | None
    body: str
    role: str | None
    start: date | None
    end: date | None
    source: Source
    as_of: date | None = None  # the article's date, for a membership reported without a period


@dataclass(frozen=True)
class Policy:
    type: str
    title: str
    date: When | None
    source: Source


@dataclass(frozen=True)
class ReportedCount:
    actor: ActorRef | None
    count: int
    qualifier: str
    unit: str
    period: When | None
    source: Source


@dataclass
class Extraction:
    """Everything read from one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    anniversaries: list[Anniversary] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    policies: list[Policy] = field(default_factory=list)
    counts: list[ReportedCount] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
