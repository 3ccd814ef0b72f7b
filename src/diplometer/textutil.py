"""Text helpers shared by every stage: NFC normalisation and length-preserving accent folding."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "‑": "-", "–": "-", "—": "-"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isascii():
        return char
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if len(base) == 1:
        return base
    ascii_form = unidecode(char)
    return ascii_form if len(ascii_form) == 1 else char


def fold_same_length(text: str) -> str:
    """Strip accents character by character so that offsets stay valid ("Hà Nội" -> "Ha Noi").

    Expects NFC text: a combining mark left over folds to itself.
    """
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text)


def fold_key(text: str) -> str:
    """A comparison key: accents off, lower case, quotes unified, spaces collapsed."""
    text = fold_same_length(nfc(text)).translate(_QUOTES).lower()
    return _SPACES.sub(" ", text).strip()
