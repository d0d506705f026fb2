"""Cues: the speech verbs of the lexicon and "according to", found once per document."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from .lexicon import SPEECH_NOUNS, SPEECH_VERBS, Verb


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    text: str
    verb: Optional[Verb]   # None for "according to" and for nouns
    noun: bool = False     # a speech noun before "that": "his claim that …"

    @property
    def participle(self) -> bool:
        """"adding", "saying": the subject is the sentence's earlier speaker."""
        return self.text.endswith("ing")


def trie_pattern(words) -> str:
    """One regex for many words, factored by common prefixes ("sa(?:id|ys|y)") so that the
    engine tests a few characters per position instead of every word. Longer words win."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
            part = "[ ]+" if ch == " " else regex.escape(ch)
            branches.append(part + walk(node[ch]))
        if not branches:
            return ""
        optional = "" in node
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return f"(?:{body})?" if len(branches) == 1 else body[:-1] + "|)"
        return body

    return walk(trie)


def _depth(node: dict) -> int:
    return 1 + max((_depth(n) for n in node.values()), default=0)


# Every cue of the lexicon as a whole word, lower case only ("The Post" is not "post"), or
# "according to", not inside a hyphenated word:   said   pointed out   According to   (not: so-called)
CUE = regex.compile(rf"(?<![\w\-'])(?:(?P<verb>{trie_pattern(SPEECH_VERBS)})|(?P<according>[Aa]ccording[ ]+to)"
                    rf"|(?P<noun>{trie_pattern(SPEECH_NOUNS)})(?=[ ]+that[ ]))(?![\w\-])")


def find_cues(work: str) -> list[Cue]:
    cues = []
    for m in CUE.finditer(work):
        text = m.group()
        verb = SPEECH_VERBS[" ".join(text.split())] if m.group("verb") else None
        cues.append(Cue(m.start(), m.end(), text, verb, m.group("noun") is not None))
    return cues
