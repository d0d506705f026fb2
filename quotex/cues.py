"""Cues: the speech verbs of the lexicon and "according to", found once per document."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from .lexicon import SPEECH_VERBS, Verb


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    text: str
    verb: Optional[Verb]   # None for "according to"

    @property
    def participle(self) -> bool:
        """"adding", "saying": the subject is the sentence's earlier speaker."""
        return self.text.endswith("ing")


def _alternation(forms) -> str:
    # longest first so that "pointed out" wins over "pointed"; spaces match any run of spaces
    return "|".join(regex.escape(f).replace(r"\ ", r"[ ]+") for f in sorted(forms, key=len, reverse=True))


# Every cue of the lexicon as a whole word, lower case only ("The Post" is not "post"), or
# "according to":   said   pointed out   According to
CUE = regex.compile(rf"\b(?:(?P<verb>{_alternation(SPEECH_VERBS)})|(?P<according>[Aa]ccording[ ]+to))\b")


def find_cues(work: str) -> list[Cue]:
    cues = []
    for m in CUE.finditer(work):
        text = m.group()
        verb = SPEECH_VERBS[" ".join(text.split())] if m.group("verb") else None
        cues.append(Cue(m.start(), m.end(), text, verb))
    return cues
