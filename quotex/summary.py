"""``quotex speakers``: one row per speaker across many documents, merged by resolved name."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .model import KINDS, Quote


@dataclass
class SpeakerRow:
    speaker: str
    counts: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    roles: list = field(default_factory=list)      # in the order first seen
    aliases: list = field(default_factory=list)    # mentions other than the name: "Peskov", "he"
    first_doc: str = ""
    last_doc: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def as_dict(self) -> dict:
        return {"speaker": self.speaker, "quotes": self.total, **self.counts, "roles": self.roles,
                "aliases": self.aliases, "first_doc": self.first_doc, "last_doc": self.last_doc}


SORTS = ("count", "name", "first")


class SpeakerSummary:
    """Accumulates records document by document; memory grows with speakers, not records."""

    def __init__(self) -> None:
        self.rows: dict[str, SpeakerRow] = {}   # in the order first seen

    def add(self, doc_id: str, quotes: Iterable[Quote]) -> None:
        for q in quotes:
            if not q.speaker:
                continue
            row = self.rows.get(q.speaker)
            if row is None:
                row = self.rows[q.speaker] = SpeakerRow(q.speaker, first_doc=doc_id)
            row.counts[q.kind] += 1
            row.last_doc = doc_id
            if q.role and q.role not in row.roles:
                row.roles.append(q.role)
            # "Kirby", "she", "the diplomat"; not the full name with its title again
            mention = q.speaker_mention
            if mention and q.speaker not in mention and mention.casefold() not in map(str.casefold, row.aliases):
                row.aliases.append(mention)

    def sorted(self, by: str = "count") -> list[SpeakerRow]:
        rows = list(self.rows.values())
        if by == "name":
            return sorted(rows, key=lambda r: r.speaker.casefold())
        if by == "first":
            return rows
        return sorted(rows, key=lambda r: -r.total)   # stable: ties stay in first-seen order
