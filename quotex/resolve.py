"""Resolution: from the mention a cue links to ("he", "Kirby", "the diplomat") to the speaker
as the article names it most fully ("John Kirby").

Records are resolved in text order. A surname takes the fullest name that ends with it; a
pronoun or a definite description takes the nearest earlier speaker that fits (gender for
he/she, organisations and groups for it/they); a continuation takes its source's speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .attribute import Attribution
from .lexicon import DETERMINERS, FIRST_NAMES, ORGANISATIONS, TITLES
from .patterns import UPPER
from .mentions import NameIndex, is_title
from .model import Mention


LOOK_BACK = 1000   # characters searched before a pronoun for a person it may name
RECENT = 40        # earlier speakers a pronoun or description may point to (bounded: linear time)

# A first name and a surname: "Ana Ruiz", "Karine Jean-Pierre"
_FULL_NAME = re.compile(rf"\b([{UPPER}][a-z]+)[ ]+[{UPPER}][\w'\-]+")


@dataclass(slots=True)
class Speaker:
    name: str
    role: Optional[str]
    gender: str     # "m", "f", "-"
    group: bool     # an organisation, place or group: "it"/"they", not "he"/"she"


def _last_word(name: str) -> str:
    words = name.split()
    w = words[-1] if words else name
    return w[:-2] if w.endswith(("'s", "\u2019s")) else w


def _is_group(name: str, mention: Mention) -> bool:
    last = _last_word(name)
    # a single unknown word ("Kirby") is more often a surname than an organisation
    return mention.plural or (last.isupper() and len(last) > 1) or last.casefold() in ORGANISATIONS


def _clean_role(role: Optional[str]) -> Optional[str]:
    """The role without a leading article and with single spaces."""
    if not role:
        return None
    words = role.split()
    while words and words[0].casefold() in ("the", "a", "an"):
        words.pop(0)
    return " ".join(words).strip(" ,") or None


class Resolver:
    def __init__(self, names: NameIndex, text: str = ""):
        self.names = names
        self.text = text
        self.history: list[Speaker] = []
        self.known: dict[str, Speaker] = {}

    def full_name(self, name: str, gender: str) -> str:
        """"Kirby" -> "John Kirby", the fullest, most frequent name ending with the surname."""
        if len(name.split()) > 1:
            return name
        options = self.names.get(_last_word(name))
        if not options:
            return name
        for full, _ in options.most_common():
            known = self.known.get(full)
            if gender == "-" or known is None or known.gender in ("-", gender):
                return full
        return name

    def _antecedent(self, gender: str, group: bool) -> Optional[Speaker]:
        for sp in reversed(self.history[-RECENT:]):
            if group:
                if sp.group:
                    return sp
            elif not sp.group and (gender == "-" or sp.gender in ("-", gender)):
                return sp
        return None

    def _named_before(self, pos: int, gender: str) -> Optional[Speaker]:
        """The nearest person named in the text before ``pos`` whose first name fits
        ``gender``: "Ana Ruiz met John Kirby. … she said" -> Ana Ruiz."""
        if gender == "-":
            return None
        for m in reversed(list(_FULL_NAME.finditer(self.text, max(0, pos - LOOK_BACK), pos))):
            if FIRST_NAMES.get(m.group(1).casefold()) == gender:
                name = m.group()
                return self.known.get(name) or Speaker(name, None, gender, False)
        return None

    def speaker(self, m: Mention) -> Optional[Speaker]:
        if m.kind == "pronoun":
            # they/them/we and it: a group or organisation; he/she/I: a person
            group = m.plural or m.text.casefold() in ("it", "its")
            return (self._antecedent(m.gender, group) or (None if group else self._named_before(m.start, m.gender))
                    or Speaker(m.text, None, m.gender, group))
        if m.kind == "description":
            words = m.name.split()       # the antecedent of "which": "the union, which said"
            head = words[-1].casefold()
            if words[0].casefold() == "the" and len(words) <= 4:
                for sp in reversed(self.history[-RECENT:]):   # "the source" after "a source"
                    if head in sp.name.casefold().split() or (sp.role and head in sp.role.casefold()):
                        return sp
                if head.rstrip("s") in TITLES or head in TITLES:   # "the diplomat" -> last person
                    person = self._antecedent(m.gender, False)
                    if person is not None:
                        return person
                if head in ORGANISATIONS:              # "the broadcaster" -> last organisation
                    body = self._antecedent("-", True)
                    if body is not None and body.name.split()[0].casefold() not in DETERMINERS:
                        return body                    # (a named one: not "the clerk" for "the court")
            return Speaker(m.name, _clean_role(m.role), m.gender, m.plural or not is_title(head))
        # one person, one name: no-break or doubled spaces in the text do not make another
        name = self.full_name(" ".join(m.name.removesuffix("'s").removesuffix("\u2019s").split()), m.gender)
        known = self.known.get(name)
        role = _clean_role(m.role) or (known.role if known else None)
        gender = m.gender if m.gender != "-" else (known.gender if known else "-")
        if gender == "-" and " " in name:                 # "Kirby" -> "John Kirby": a man
            gender = FIRST_NAMES.get(name.split()[0].casefold(), "-")
        sp = Speaker(name, role, gender, _is_group(name, m) and gender == "-")
        self.known[name] = sp
        return sp

    def resolve(self, records: list[Attribution]) -> list[Optional[Speaker]]:
        """One speaker (or None) per record, in the records' order."""
        out: list[Optional[Speaker]] = []
        by_record: dict[int, Optional[Speaker]] = {}               # id(record) -> speaker
        by_mention: dict[tuple[int, int], Optional[Speaker]] = {}  # mention offsets -> speaker
        for r in records:
            if r.same_as is not None and id(r.same_as) in by_record:
                sp = by_record[id(r.same_as)]
            elif r.mention is None:
                sp = None
            else:
                key = (r.mention.start, r.mention.end)
                sp = by_mention.get(key) or self.speaker(r.mention)
                by_mention[key] = sp
            by_record[id(r)] = sp
            out.append(sp)
            if sp is not None and (not self.history or self.history[-1] is not sp):
                self.history.append(sp)
        return out
