"""Cues are found in two steps (first word, then the rest of a multi-word entry with its gap);
the result must be the one a single pattern of every lexicon entry gives."""
from __future__ import annotations

import random
import re

from quotex import cues
from quotex.lexicon import SPEECH_NOUNS
from quotex.patterns import trie_pattern

# The definition: every entry in one pattern, the gap repeated inside each multi-word entry
SINGLE_PATTERN = re.compile(
    rf"[^a-zA-Z0-9\w\-'](?P<cue>(?P<verb>{trie_pattern(cues.VERB_ENTRIES, cues._CUE_GAP)})"
    rf"|(?P<according>[Aa]ccording[ ]+to)|(?P<noun>{trie_pattern(SPEECH_NOUNS)})(?=[ ]+that[ ]))(?![\w\-])")

# Words that go between and around entries: gaps, particles, marks, near misses
FILLERS = ["passionately", "at length", "to reporters", "with the Planet", "on social media", "on Monday",
           "to his aides", "out", "again", "the", "of", "to", "that", "-", "—", ",", ".", "Ruiz", "about",
           "according to", "According to", "so-called", "outward", "in", "at", "with", "it", "often", "up"]


def by_single_pattern(work: str) -> list[tuple[int, int, bool, bool]]:
    return [(m.start("cue"), m.end("cue"), m.group("verb") is not None, m.group("noun") is not None)
            for m in SINGLE_PATTERN.finditer(" " + work)]


# What may stand between parts besides a space: marks the cue's edges must tell from a space
SEPARATORS = [" "] * 6 + ["-", "'", "\u00a0", "\n", "é", "_", "7", '"', "\u201c", ""]


def made_up_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    entries, nouns = list(cues.VERB_ENTRIES), sorted(SPEECH_NOUNS)
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            r = rng.random()
            if r < 0.35:
                words = rng.choice(entries).split(" ")
                if len(words) > 1 and rng.random() < 0.6:
                    words.insert(1, rng.choice(FILLERS))      # a gap, or a word that is none
                if rng.random() < 0.2:
                    words = words[:-1]                         # an entry cut short
                text = " ".join(words)
                if rng.random() < 0.1:
                    text = text.capitalize() if rng.random() < 0.7 else text.upper()   # "Said", "SAID"
                parts.append(text)
            elif r < 0.45:
                parts.append(rng.choice(nouns) + rng.choice([" that", "", " than"]))
            else:
                parts.append(rng.choice(FILLERS))
        texts.append("".join(p + rng.choice(SEPARATORS) for p in parts))
    return texts


def test_two_step_cues_are_the_single_patterns():
    texts = made_up_texts(3000)
    assert sum(" " in w[a:b] for w in texts for a, b, verb, _ in cues._cue_matches(" " + w) if verb) > 500
    for work in texts:
        assert list(cues._cue_matches(" " + work)) == by_single_pattern(work), work


def test_a_gap_may_stand_inside_a_multi_word_cue():
    assert [c.text for c in cues.find_cues("Ruiz spoke passionately about the bridge.")] == ["spoke passionately about"]
    assert [c.text for c in cues.find_cues("Ruiz pointed outward.")] == []
