"""Fact extractors: anniversaries, indicators, memberships, policies and reported counts.

Every extractor has the same signature::

    find_<kind>(sentence, article, mentions, times, home, previous=None) -> list[<Record>]

`mentions` and `times` are those found inside `sentence` (absolute offsets into
`article.text`); `home` is the article's home country (ISO 3166-1 alpha-3) or None; `previous`
is the list of indicators of the preceding sentence(s) (used by "the respective figures ...").
The extractors never call the time tagger, and the gazetteer only in one rare case: an
anniversary head left without a partner ("the two countries celebrate the 30th anniversary of
their ties") looks the counterpart up in the sentence and the article (`find_places`). Each
extractor first checks cheap keywords so that most sentences cost one regex search.
"""
from __future__ import annotations

from diplometer.facts.anniversaries import find_anniversaries
from diplometer.facts.counts import find_counts
from diplometer.facts.indicators import find_indicators
from diplometer.facts.memberships import find_memberships
from diplometer.facts.policies import find_policies

__all__ = ["find_anniversaries", "find_counts", "find_indicators", "find_memberships", "find_policies"]
