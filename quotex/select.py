"""Which records a user asked for: ``--kind``, ``--speaker``, ``--min-words``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from .model import Quote


def _words(s: Optional[str]) -> set[str]:
    return set(s.casefold().replace("\u2019", "'").split()) if s else set()


@dataclass(frozen=True)
class Selection:
    kinds: frozenset[str] = frozenset()   # empty: every kind
    speaker: Optional[str] = None         # matches the resolved name or the mention ("Peskov", "he")
    min_words: int = 0

    def wants(self, q: Quote) -> bool:
        if self.kinds and q.kind not in self.kinds:
            return False
        if self.min_words and len(q.quote.split()) < self.min_words:
            return False
        if self.speaker:
            asked = _words(self.speaker)
            if not (asked <= _words(q.speaker) or asked <= _words(q.speaker_mention)):
                return False
        return True

    def apply(self, quotes: Iterable[Quote]) -> list[Quote]:
        return [q for q in quotes if self.wants(q)]
