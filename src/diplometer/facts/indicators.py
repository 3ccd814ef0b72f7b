"""Economic indicators: money, percentages and tourist counts tied to a named indicator.

Each figure gets the name of the nearest indicator phrase before it in its clause ("FDI
surpassed 31 billion USD while trade exceeded 668 billion USD" -> two figures, two names), or
the phrase right after it ("USD 2 billion in ODA", "12 million foreign tourists"). A figure right
after another one with no name in between ("rose 8% to USD 5 billion") inherits its name.
Figures without a recognisable name are dropped, never guessed. "respective(ly)" figures are
mapped in order onto the names listed before them in the sentence, else onto the names of
`previous` (the indicators of the preceding sentences).

Choices:
- `country` is the other economy when the clause names one that is not `home` ("trade with
  Japan", "Japan's exports", "Korean investment"), else `home`. For bilateral figures this is
  the partner: the reporting side is implied by the document.
- A percentage is kept only as the growth of an economic-diplomacy figure when a change word
  is near (`exports_growth`); falls are negative. GDP growth and inflation are domestic
  macroeconomics and are not reported.
- A conversion in brackets right after a figure ("VND 5 trillion (USD 210 million)") is dropped.
- year: a time expression right after the figure ("in 2020"), else the nearest one before it
  in the sentence, else the nearest after, else the article's year (None without a date). A
  comparison base ("up 20 percent from the previous year", "fell 4.4% from a year earlier",
  "over the same period last year") is never the year of a figure.
- Indicators are results: aggregate figures for a period. Left out, because the export has no
  field that would keep them apart from results:
  * targets and forecasts: a target word in the figure's clause ("aim to", "would reach",
    "towards", "target of", "expected to") or a later deadline right after it ("by 2030");
  * one-off amounts that belong to an event (the `aid` event, a signing): relief, grants and
    pledges ("provided USD 100,000 in emergency assistance", "a grant of 1.5 billion yen") unless
    the clause marks an aggregate ("total aid ... so far", "annual aid"), and the amount of one
    investment deal or project ("an investment package of AUD 280 million", "set up with an
    investment of Rs 22,500 crore"). ODA ("official development assistance", "ODA") is kept:
    it is reported as a flow per year.
- Indian scales are read: "Rs 22,500 crore" is 225 billion INR (crore 10^7, lakh 10^5).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from diplometer.facts._common import QUALIFIER, article_year, is_country, last_match, qualifier_of, rel, source_of
from diplometer.records import Article, Indicator, Mention, Sentence, TimeExpr

_PRE_CODES = {
    "US$": "USD", "USD": "USD", "$": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "¥": "JPY", "JPY": "JPY", "₫": "VND", "VND": "VND", "₩": "KRW", "KRW": "KRW", "₹": "INR",
    "INR": "INR", "Rs": "INR", "Rs.": "INR", "RM": "MYR", "Rp": "IDR", "CNY": "CNY", "RMB": "CNY", "A$": "AUD",
    "AU$": "AUD", "AUD": "AUD",
    "S$": "SGD", "SGD": "SGD", "C$": "CAD", "CAD": "CAD", "HK$": "HKD", "HKD": "HKD", "NZ$": "NZD",
    "NZD": "NZD", "THB": "THB", "CHF": "CHF", "RUB": "RUB", "IDR": "IDR", "MYR": "MYR", "PHP": "PHP",
    "₱": "PHP", "LAK": "LAK", "KHR": "KHR", "TWD": "TWD", "NT$": "TWD", "R$": "BRL", "BRL": "BRL",
    "ZAR": "ZAR", "AED": "AED", "SAR": "SAR", "TRY": "TRY", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
}
_POST_WORDS = (
    (r"(?:US|U\.S\.|American)\s+dollars?|USD", "USD"), (r"Singapore\s+dollars?|SGD", "SGD"),
    (r"Australian\s+dollars?|AUD", "AUD"), (r"Canadian\s+dollars?|CAD", "CAD"),
    (r"Hong\s+Kong\s+dollars?|HKD", "HKD"), (r"New\s+Zealand\s+dollars?|NZD", "NZD"),
    (r"Taiwan(?:ese)?\s+dollars?|TWD", "TWD"), (r"dollars?", "USD"), (r"VND|dong", "VND"),
    (r"euros?|EUR", "EUR"), (r"yuan|renminbi|RMB|CNY", "CNY"), (r"yen|JPY", "JPY"),
    (r"won|KRW", "KRW"), (r"rupees?|INR", "INR"), (r"pounds?(?:\s+sterling)?|GBP", "GBP"),
    (r"baht|THB", "THB"), (r"ringgit|MYR", "MYR"), (r"rupiah|IDR", "IDR"), (r"pesos?|PHP", "PHP"),
    (r"kip|LAK", "LAK"), (r"riels?|KHR", "KHR"), (r"r[ou]bles?|RUB", "RUB"),
    (r"Swiss\s+francs?|CHF", "CHF"), (r"reais|BRL", "BRL"), (r"rand|ZAR", "ZAR"),
)
_POST_RX = [(re.compile(rf"(?:{rx})$", re.IGNORECASE), code) for rx, code in _POST_WORDS]
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = (r"(?:\s*(?:trillion|billion|million|thousand|lakh\s+crore|crores?|lakhs?)\b"
          r"|\s?(?:tn|bn|bln|mn|mln)\b|[mk]\b)")
_PRE_ALT = "|".join(re.escape(k) for k in sorted(_PRE_CODES, key=len, reverse=True))
_POST_ALT = "|".join(rx for rx, _ in _POST_WORDS)
_FIGURE = re.compile(
    rf"(?<![\w$])(?P<pre>{_PRE_ALT})\s?(?P<n1>{_NUM})(?![\d])(?P<s1>{_SCALE})?"
    rf"|(?<![\w.,])(?P<n2>{_NUM})(?P<s2>{_SCALE})?\s*(?P<post>{_POST_ALT})\b"
    rf"|(?<![\w.,])(?P<np>{_NUM})\s?(?:%|percent\b|per\s+cent\b|pct\b)"
    rf"|(?<![\w.,$€£¥])(?P<nc>{_NUM})(?![\d\w])(?P<sc>\s+(?:billion|million|thousand)\b)?",
)
_SCALES = {"trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "bln": 10**9,
           "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3,
           "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5, "lakh crore": 10**12}
_CHEAP = re.compile(  # a cheap pre-check: a currency sign, a percentage, a currency word by a number
    r"[$€£¥₫₩₹₱%]|\d\s?(?:percent|per\s+cent|pct)|[Tt]ourist|[Vv]isitor|[Aa]rrival"
    r"|\b(?:[A-Z]{3}|Rs\.?|RM|Rp)\s?\d|\d\s*(?:(?:trillion|billion|million|thousand|bn|bln|mn|mln|tn|crores?|lakhs?)\s*)?"
    r"(?:[A-Z]{3}\b|crores?\b|(?:[A-Z][A-Za-z.]*\s+)*dollars?|dong|euros?|yuan|renminbi|yen|won|rupees?|pounds?|baht"
    r"|ringgit|rupiah|pesos?|kip|riels?|r[ou]bles?|(?:Swiss\s+)?francs?|reais|rand)\b")

_NAMES = (
    ("fdi_disbursed", (r"disbursed\s+(?:foreign\s+(?:direct\s+)?investment|FDI|capital)"
                      r"|(?:businesses|investors|firms|enterprises|companies)\s+(?:have\s+|had\s+)?disbursed"
                      r"|(?:FDI|foreign\s+(?:direct\s+)?investment)\s+disburse(?:ment|d)"
                      r"|reali[sz]ed\s+(?:FDI|capital|investment)")),
    ("trade_surplus", r"trade\s+surplus"),
    ("trade_deficit", r"trade\s+deficit"),
    ("trade_turnover", (r"(?:export-import|import-export|exports?\s+and\s+imports?|trade)\s+"
                       r"(?:turnover|volume|value)|two-way\s+trade|bilateral\s+trade|total\s+trade"
                       r"|trade(?!\s+(?:surplus|deficit|balance|agreements?|deals?|union|minister\w*"
                       r"|fairs?|promotion|offices?|war|talks|policy|barriers?)\b)")),
    ("fdi", (r"foreign\s+direct\s+investment|FDI|(?:foreign|overseas|registered)\s+(?:capital|investment)"
            r"|registered\s+foreign\s+(?:capital|investment)|investment\s+capital"
            r"|(?<!public\s)(?<!state\s)(?<!domestic\s)(?<!private\s)invest(?:ed|ments?)")),
    ("exports", r"export\s+(?:value|turnover|revenue|earnings)|exports?|exported|shipments"),
    ("imports", r"import\s+(?:value|turnover|bill)|imports?|imported"),
    ("oda", r"ODA|official\s+development\s+assistance|development\s+assistance"),
    ("aid", r"aid|assistance|relief|grants?|donat\w+|humanitarian"),
    ("remittances", r"remittances?"),
    ("tourism_revenue", r"tourism\s+(?:revenue|receipts|earnings|income)"),
    ("tourist_arrivals", (r"tourist\s+arrivals|(?:international|foreign|inbound|overseas)\s+"
                         r"(?:arrivals|tourists|visitors)|tourists?|visitors?|arrivals|holidaymakers")),
    ("gdp_per_capita", r"(?:GDP|income)\s+per\s+capita|per\s+capita\s+(?:GDP|income)"),
    ("gdp", r"GDP|gross\s+domestic\s+product|economic\s+growth"),
    ("economy", r"economy|economies"),
    ("loans", r"loans?|credit\s+lines?"),
    ("inflation", r"inflation|consumer\s+price\s+index|CPI"),
)
_NAME_ALT = "|".join(rf"(?P<{key}>\b(?:{rx})\b)" for key, rx in _NAMES)
_NAME_RX = re.compile(_NAME_ALT, re.IGNORECASE)
_FOLLOW_RX = re.compile(
    r"\s*(?:(?:worth\s+of|in|of)\s+(?:(?!which\b)[\w-]+\s+){0,2}?"
    r"|(?:[\w-]+\s+)?(?=(?:tourists?|visitors?|arrivals|holidaymakers)\b))"
    rf"(?:{_NAME_ALT})", re.IGNORECASE)
_BOUNDARY = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|,\s+and\b|\bmeanwhile\b", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:gr[eo]w\w*|r[io]se|rising|increas\w*|up|jump\w*|surg\w*|gain\w*|expan\w*"
                     r"|climb\w*|fell|fall\w*|drop\w*|down|declin\w*|decreas\w*|contract\w*|shr[ai]nk\w*)\b",
                     re.IGNORECASE)
_FALL = re.compile(r"\b(?:fell|fall\w*|drop\w*|down|declin\w*|decreas\w*|contract\w*|shr[ai]nk\w*)\b", re.IGNORECASE)
_PLEDGE = re.compile(r"pledg|commit|promis", re.IGNORECASE)
_DISBURSE = re.compile(r"disburs|reali[sz]", re.IGNORECASE)
_TARGET = re.compile(
    r"\b(?:targets?|targeted|targeting|aim(?:s|ed|ing)?\s+(?:to|at|for)|goals?\s+of|objectives?\s+of|striv\w+"
    r"|seek\w*\s+to|hop(?:e|es|ed|ing)\s+(?:to|that)|plan(?:s|ned|ning)?\s+to|projected|forecast\w*"
    r"|expect(?:s|ed|ing)?\s+(?:to|that)|set\s+to|on\s+track\s+to|(?:would|will|could|should|shall|may|might)"
    r"\s+(?:\w+\s+)?(?:reach|hit|exceed|surpass|top|rise|increase|grow|double|triple|climb|amount|total))\b"
    rf"|\btowards?\s+(?:{QUALIFIER}\s+)?$", re.IGNORECASE)
_DEADLINE = re.compile(r"\s*,?\s*(?:by|before|until)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_BASE_CUE = re.compile(r"\b(?:from|over|than|compared\s+(?:with|to)|against|versus|vs\.?|on)\s+$", re.IGNORECASE)
_AGGREGATE = re.compile(r"\b(?:total\w*|cumulative\w*|overall|annual\w*|a\s+year|per\s+year|so\s+far|to\s+date"
                        r"|since|over\s+the\s+(?:past|last))\b", re.IGNORECASE)
_DEAL_BEFORE = re.compile(r"\ban?\s+(?:\w+\s+)?$", re.IGNORECASE)
_DEAL_AFTER = re.compile(r"\s*(?:package|deal|project|fund)s?\b", re.IGNORECASE)


@dataclass
class _Figure:
    start: int  # relative to the sentence
    end: int
    value: float
    unit: str  # ISO 4217, percent or count
    base: str | None = None  # indicator name before unit-specific naming
    window: str = ""  # the words between the name (or the clause start) and the figure
    clause: int = 0  # where the figure's clause starts
    one_off: bool = False  # the amount of one aid transfer or investment deal, not an indicator


def find_indicators(sentence: Sentence, article: Article, mentions: list[Mention],
                    times: list[TimeExpr], home: str | None,
                    previous: list[Indicator] | None = None) -> list[Indicator]:
    """Every named economic figure in `sentence` (see the module docstring for the rules)."""
    text = sentence.text
    if not any(c.isdigit() for c in text) or not _CHEAP.search(text):
        return []
    figures = _figures(text)
    if not figures:
        return []
    if re.search(r"\brespective", text, re.IGNORECASE):
        return _respective(sentence, article, figures, times, home, previous or [], mentions)
    _name(text, figures)
    out = []
    for fig in figures:
        name, value = _final_name(fig, text)
        if name is None or _is_target(sentence, fig, times, article) or fig.one_off:
            continue
        out.append(Indicator(name, value, fig.unit, _year(sentence, fig, figures, times, article),
                             qualifier_of(fig.window[-30:]), _country(sentence, fig, mentions, home, figures),
                             source_of(sentence, article)))
    return out


def _figures(text: str) -> list[_Figure]:
    """Money, percentages and bare numbers (candidates for counts) in reading order."""
    out: list[_Figure] = []
    for m in _FIGURE.finditer(text):
        if m.group("np"):
            fig = _Figure(m.start(), m.end(), float(m.group("np").replace(",", "")), "percent")
        elif m.group("nc"):
            if m.group("sc") is None and re.fullmatch(r"(?:19|20)\d\d", m.group("nc")):
                continue  # a year
            fig = _Figure(m.start(), m.end(), _value(m.group("nc"), m.group("sc")), "count")
        else:
            num, scale = (m.group("n1"), m.group("s1")) if m.group("pre") else (m.group("n2"), m.group("s2"))
            unit = _PRE_CODES[m.group("pre")] if m.group("pre") else _post_code(m.group("post"))
            fig = _Figure(m.start(), m.end(), _value(num, scale), unit)
        if out and fig.unit != "count" and text[out[-1].end:fig.start].strip() == "(":
            continue  # a conversion of the figure before
        out.append(fig)
    return out


def _value(number: str, scale: str | None) -> float:
    factor = _SCALES[re.sub(r"\s+", " ", scale.strip().lower())] if scale else 1
    return float(Decimal(number.replace(",", "")) * factor)


def _post_code(word: str) -> str:
    for rx, code in _POST_RX:
        if rx.match(word):
            return code
    return "USD"


def _name(text: str, figures: list[_Figure]) -> None:
    """Give each figure its indicator base name and the window of words before it."""
    prev_end = 0
    for i, fig in enumerate(figures):
        start = prev_end
        for b in _BOUNDARY.finditer(text, prev_end, fig.start):
            start = b.end()
        window = text[start:fig.start]
        found = last_match(_NAME_RX, window)
        follow = _FOLLOW_RX.match(text, fig.end)
        if follow and (fig.unit != "count" or follow.lastgroup == "tourist_arrivals"):
            fig.base = follow.lastgroup
        elif found:
            fig.base = found.lastgroup
            fig.one_off = _deal(text, start + found.start(), start + found.end(), found.group(0))
            window = window[found.end():]
        elif i and figures[i - 1].base and start == prev_end and _continues(window):
            fig.base = figures[i - 1].base
            fig.one_off = figures[i - 1].one_off
            start = figures[i - 1].clause
        fig.window = window
        fig.clause = start
        if fig.base == "aid":
            fig.one_off = not _AGGREGATE.search(text, start, min(len(text), fig.end + 40))
        if fig.base in ("fdi", "aid"):
            fig.base = _refine(fig.base, text[start:min(len(text), fig.end + 20)])
        prev_end = fig.end


def _continues(window: str) -> bool:
    """Whether a figure with no name continues the one before ("rose 8% to USD 5 billion", "an increase
    of 2 percent")."""
    return len(window) < 30 or (len(window) < 60 and bool(re.search(r"\bto\s+$", window) or _CHANGE.search(window)))


def _deal(text: str, start: int, end: int, name: str) -> bool:
    """Whether a bare "investment" names one deal or project ("an investment (package) of")."""
    if not re.fullmatch(r"invest(?:ed|ments?)", name, re.IGNORECASE):
        return False
    return bool(_DEAL_BEFORE.search(text, max(0, start - 20), start) or _DEAL_AFTER.match(text, end))


def _is_target(sentence: Sentence, fig: _Figure, times: list[TimeExpr], article: Article) -> bool:
    """A goal or forecast rather than a result (see the module docstring)."""
    if _TARGET.search(sentence.text, fig.clause, fig.start):
        return True
    year = article_year(article)
    for t in times:
        if not 0 <= rel(sentence, t.start) - fig.end <= 25:
            continue
        later = t.future or (year is not None and t.value.end.year > year)
        if later and _DEADLINE.fullmatch(sentence.text[fig.end:rel(sentence, t.start)]):
            return True
    return False


def _refine(base: str, context: str) -> str:
    if base == "fdi":
        return "fdi_disbursed" if _DISBURSE.search(context) else "fdi_registered"
    return "aid_pledged" if _PLEDGE.search(context) else "aid_provided"


def _final_name(fig: _Figure, text: str) -> tuple[str | None, float]:
    """The exported name for a figure's base and unit, and its signed value."""
    base = fig.base
    if base is None:
        return None, fig.value
    if fig.unit == "count":
        return ("tourist_arrivals", fig.value) if base == "tourist_arrivals" else (None, fig.value)
    if fig.unit != "percent":
        if base in ("economy", "inflation"):
            return None, fig.value
        return ("tourism_revenue" if base == "tourist_arrivals" else base), fig.value
    if base in ("inflation", "gdp", "economy"):
        return None, fig.value  # domestic macroeconomics, not the results of economic diplomacy
    near = fig.window[-40:] + text[fig.end:fig.end + 25]
    sign = -1.0 if _FALL.search(near) else 1.0
    if _CHANGE.search(near):
        return f"{base}_growth", sign * fig.value
    return None, fig.value


def _year(sentence: Sentence, fig: _Figure, figures: list[_Figure], times: list[TimeExpr],
          article: Article) -> int | None:
    """The year governing a figure (see the module docstring)."""
    spans = [(f.start, f.end) for f in figures]
    usable = [t for t in times
              if not any(s < rel(sentence, t.end) and rel(sentence, t.start) < e for s, e in spans)
              and not _BASE_CUE.search(sentence.text, max(0, rel(sentence, t.start) - 20), rel(sentence, t.start))]
    after = [t for t in usable if 0 <= rel(sentence, t.start) - fig.end <= 15]
    if after:
        return after[0].value.end.year
    before = [t for t in usable if rel(sentence, t.end) <= fig.start]
    if before:
        return max(before, key=lambda t: t.end).value.end.year
    later = [t for t in usable if rel(sentence, t.start) >= fig.end]
    if later:
        return min(later, key=lambda t: t.start).value.end.year
    return article_year(article)


def _country(sentence: Sentence, fig: _Figure, mentions: list[Mention], home: str | None,
             figures: list[_Figure] | None = None) -> str | None:
    """The non-home economy named in the figure's clause, nearest first, else `home`."""
    inside = [(f.start, f.end) for f in figures or [fig]]
    near = [m for m in mentions if is_country(m) and m.country != home
            and fig.clause <= rel(sentence, m.start) < fig.end + 40
            and not any(s <= rel(sentence, m.start) < e for s, e in inside)]
    if not near:
        return home
    return min(near, key=lambda m: abs(rel(sentence, m.start) - fig.start)).country


def _respective(sentence: Sentence, article: Article, figures: list[_Figure], times: list[TimeExpr],
                home: str | None, previous: list[Indicator], mentions: list[Mention]) -> list[Indicator]:
    """Map "respective(ly)" figures in order onto listed names, or onto `previous` names."""
    figures = [f for f in figures if f.unit != "count"]
    listed = _distinct(m.lastgroup for m in _NAME_RX.finditer(sentence.text, 0, figures[0].start)
                       if m.lastgroup)
    source = source_of(sentence, article)
    out = []
    if len(listed) >= 2:
        for fig, base in zip(figures, listed[-len(figures):], strict=False):
            fig.base = _refine(base, sentence.text) if base in ("fdi", "aid") else base
            fig.window = sentence.text[max(0, fig.start - 30):fig.start]
            name, value = _final_name(fig, sentence.text)
            if name:
                out.append(Indicator(name, value, fig.unit, _year(sentence, fig, figures, times, article),
                                     qualifier_of(fig.window), _country(sentence, fig, mentions, home), source))
        return out
    by_name: dict[str, Indicator] = {}
    for ind in previous:
        by_name.pop(ind.name, None)
        by_name[ind.name] = ind
    names = list(by_name)[-len(figures):]
    for fig, name in zip(figures, names, strict=False):
        fig.window = sentence.text[max(0, fig.start - 30):fig.start]
        out.append(Indicator(name, fig.value, fig.unit, _year(sentence, fig, figures, times, article),
                             qualifier_of(fig.window), by_name[name].country, source))
    return out


def _distinct(items) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item in seen:
            seen.remove(item)
        seen.append(item)
    return seen
