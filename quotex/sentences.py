"""Paragraphs and sentences, as offsets into the working copy.

Paragraphs are lines: scraped news puts one paragraph per line, with or without blank lines
between (the lines of hard-wrapped text are joined in the working copy first, in
``normalize``). Sentences never end inside a quotation, so ``“We tried. We failed,” he
said.`` is one sentence, which keeps a quotation and its cue together.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple, Optional, Sequence

import re

from .patterns import UPPER
from .lexicon import ABBREVIATIONS, FUNCTION_WORDS, NUMBER_ABBREVIATIONS, TITLES


class Span(NamedTuple):
    start: int
    end: int
    paragraph: int


# A run of text between line breaks, trimmed of spaces: "  Moscow’s position \n" -> "Moscow’s position"
_PARAGRAPH = re.compile(r"[^\s](?:[^\n]*[^\s])?")

# A possible sentence end: stop marks, closing quotes or brackets, then spaces, then what can
# open a sentence.   'agreed. The'   'happen." Only'   'happen."Only' (glued after a quote)
# The stop run is written one-then-more ("[.!?…][.!?…]*", not "[.!?…]+") so that re skips
# to the next stop mark with its fast character-set search; the look back after its first mark
# starts a match only where a run starts, not again inside it (20,000 dots were quadratic).
_BOUNDARY = re.compile(
    rf"""(?P<stop>[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*)["')\]]*
        (?: [ ]+ | (?<=["]) )                 # spaces, or nothing after a closing quote
        (?=["'(\[]?[{UPPER}\d]|")""", re.X)

# No shorter paragraph has a boundary: a stop, a space and the next sentence's first character
MIN_SPLIT = 3
# The word just before a full stop: "Sen." -> "Sen", "U.S." -> "U.S"
# Abbreviations that usually end their sentence when a capital follows: "5 p.m. Nobody left."
_CLOSING_ABBREVIATIONS = frozenset(("a.m", "p.m", "etc"))
_NEXT_WORD = re.compile(r"[\"'(\[]?([^\W\d_]+)")
# Initials run together, before the full stop: "J.K" (Rowling), "H.W" (Bush)
_INITIALS = re.compile(rf"[{UPPER}](?:\.[{UPPER}])+")


# A run of spaces inside a line that no prose has between two words: a layout gap (table
# columns, a scraped caption) that ends a paragraph as a line break does. It also keeps every
# run of spaces the rules meet short, whatever the input.
_LAYOUT_GAP = " " * 16
_SPACES = re.compile(r"[ ]+")
# The same in the text as written: spaces that the working copy made of an entity, boilerplate or
# Markdown ('&quot;Yes,&quot;&nbsp;&nbsp;&nbsp;Ruiz said') are no gap, unless the run is so long
# that it must end a paragraph anyway
_WRITTEN_GAP = re.compile(r"[^\S\n]{16}")
LONG_RUN = 64


def paragraphs(work: str, source: Optional[str] = None) -> list[Span]:
    """The paragraphs of the working copy: its lines, and the parts of a line between layout
    gaps; ``source`` is the text as written, where a gap must be blank too ("&nbsp;" is not)."""
    if _LAYOUT_GAP not in work:     # (the common case, in one pass)
        return [Span(*m.span(), i) for i, m in enumerate(_PARAGRAPH.finditer(work))]
    out: list[Span] = []
    for m in _PARAGRAPH.finditer(work):
        start, end = m.span()
        gap = work.find(_LAYOUT_GAP, start, end)
        while gap >= 0:
            run_end = _SPACES.match(work, gap).end()
            if source is None or run_end - gap >= LONG_RUN or _WRITTEN_GAP.search(source, gap, run_end):
                out.append(Span(start, gap, len(out)))
                start = run_end
            gap = work.find(_LAYOUT_GAP, run_end, end)
        out.append(Span(start, end, len(out)))
    return out


def _is_abbreviation(work: str, stop: int, next_at: int) -> bool:
    """True when the full stop at ``stop`` ends an abbreviation or an initial, not a sentence."""
    i = stop
    while i > 0 and stop - i < 12 and (work[i - 1].isalpha() or work[i - 1] == "."):
        i -= 1                                      # the word before the stop: "Sen", "U.S"
    word = work[i:stop].casefold()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():           # initials: "George W. Bush"
        return True
    if word not in ABBREVIATIONS and not _INITIALS.fullmatch(work, i, stop):   # "J.K. Rowling" reads like "U.S."
        return False
    if word in TITLES:                              # "Sen." never ends a sentence
        return True
    if word in NUMBER_ABBREVIATIONS:                # "No. 5" (not "He said no. The …")
        return work[next_at:next_at + 1].isdigit()
    nxt = _NEXT_WORD.match(work, next_at)
    if word in _CLOSING_ABBREVIATIONS and nxt and nxt.group(1)[0].isupper():
        return False                                # "until 5 p.m. Nobody left."
    return not (nxt and nxt.group(1).casefold() in FUNCTION_WORDS)   # "in the U.S. The talks" ends one


def sentences(work: str, paras: Sequence[Span], quoted: Sequence[tuple[int, int]]) -> list[Span]:
    """Split each paragraph at sentence boundaries that lie outside the ``quoted`` ranges
    (pairs of mark offsets, sorted by start)."""
    quote_starts = [a for a, _ in quoted]
    opens = set(quote_starts)
    out: list[Span] = []
    for p in paras:
        start = p.start
        if p.end - start < MIN_SPLIT:
            out.append(p)
            continue
        for m in _BOUNDARY.finditer(work, p.start, p.end):
            cut = m.start("stop") + len(m.group("stop"))
            end = next_start = m.end()
            for j in range(cut, m.end()):
                if j in opens:                      # 'rained.“No,”': the mark opens the next one
                    end = next_start = j
                    break
            while end > cut and work[end - 1] == " ":
                end -= 1
            if work[cut - 1] == "." and _is_abbreviation(work, cut - 1, next_start):
                continue
            last = end - 1                          # the stop or the closing mark after it
            k = bisect_right(quote_starts, last) - 1
            if k >= 0 and quoted[k][0] < last < quoted[k][1]:
                continue                        # inside a quotation
            out.append(Span(start, end, p.paragraph))
            start = next_start
        if start < p.end:
            out.append(Span(start, p.end, p.paragraph))
    return out
