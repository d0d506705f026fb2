"""The records quotex produces. Field order here is the field order of every output format."""
from __future__ import annotations

from dataclasses import dataclass, fields as dataclass_fields
from typing import Optional, Sequence

#: kinds of record (see ANNOTATION.md): quoted kinds first, then reported speech
KINDS = ("direct", "partial", "block", "indirect")


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names or points to a speaker: "Kremlin spokesman Dmitry Peskov",
    "she", "the diplomat", "CNN's sources"."""

    text: str
    start: int
    end: int
    name: str            # the name part ("Dmitry Peskov"), the pronoun, or the description
    role: Optional[str]  # title or apposition ("Kremlin spokesman"), if any
    kind: str            # "name", "pronoun" or "description"
    gender: str = "-"    # "m", "f" or "-" (unknown)
    plural: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation or reported statement, linked to its speaker.

    ``start``/``end`` index the original text (``text[start:end] == quote``); the speaker
    fields give the resolved name and the mention the cue links to.
    """

    doc: Optional[str]
    index: int
    kind: str
    quote: str
    start: int
    end: int
    speaker: Optional[str]
    speaker_mention: Optional[str]
    speaker_start: Optional[int]
    speaker_end: Optional[int]
    role: Optional[str]
    cue: Optional[str]
    sentence: int
    rule: str

    def to_dict(self, fields: Sequence[str] = ()) -> dict:
        """The JSON shape of the record, with only ``fields`` (in that order) if given."""
        return {f: getattr(self, f) for f in fields or FIELDS}


FIELDS: tuple[str, ...] = tuple(f.name for f in dataclass_fields(Quote))


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read: its id, its text, and whether the text was extracted from HTML
    (then record offsets point into this text, not into the HTML)."""

    id: str
    text: str
    from_html: bool = False
