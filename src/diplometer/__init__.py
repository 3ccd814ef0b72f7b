"""diplometer: dated foreign-affairs news in, an evidence-linked diplomatic record out."""
from __future__ import annotations

__version__ = "0.1.0"
