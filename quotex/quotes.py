"""Quotation spans: pairing the quote marks of each paragraph.

Marks are paired in the working copy, where every double mark is '"'; the original character
says which way a mark faces (“ opens, ” closes) and the neighbouring characters decide for
straight marks. An unbalanced mark never reaches past its paragraph, except that a quotation
left open at the end of a paragraph goes on when the next paragraph opens with a mark (the
newspaper convention for multi-paragraph quotations).

Single marks quote only in a paragraph with no double marks (British style: 'Inflation is
falling,' the governor said), and not a paragraph that is nothing but one such quotation in a
text that quotes with double marks elsewhere (a section heading). There an opening mark stands before a word after a space, and
the closing mark that pairs with it follows a word or a stop; apostrophes (don't, Reuters',
'90s, 'em) never pair.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple, Sequence

from .normalize import APOSTROPHE, QUOTE
from .sentences import Span

_OPENERS = frozenset("\u201c\u201e\u201f\u00ab\u301d`")
_CLOSERS = frozenset("\u201d\u00bb\u301e\u301f")
_BEFORE_OPENING = frozenset(" \n([{/\u2014-:")   # a mark after these faces right: ' “Yes'
_AFTER_CLOSING = frozenset(" \n)]}.,;:!?\u2014-")  # a mark before these faces left: 'yes,” '
# A mark, or a run of them. A run of one and the same mark ("“““" or '""') quotes nothing: an
# even run is skipped and an odd one counts as its last mark, so a megabyte of marks costs no
# more than a few. Different marks side by side ('”“': one quotation closes, the next opens)
# are paired one by one. Written mark-then-run ('""*', not '"+') so that re finds each run
# with its fast literal search instead of trying the pattern at every character.
_MARKS = re.compile(QUOTE + QUOTE + "*")
# A markup tag left in the text, whose attribute values are in marks: <a href="…">  <tweet id="…"/>
_TAG = re.compile(r"<[A-Za-z][\w\-]*(?:[ ][^<>\n]*)?/?>")


class QuoteSpan(NamedTuple):
    open: int        # offset of the opening mark
    close: int       # offset of the closing mark; for an unclosed quotation, its paragraph end
    start: int       # first quoted character
    end: int         # one past the last quoted character
    paragraph: int   # paragraph of the opening mark
    last_paragraph: int
    closed: bool


def _facing(text: str, work: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark at ``i`` in a paragraph spanning ``lo``..``hi``."""
    before = work[i - 1] if i > lo else " "
    after = work[i + 1] if i + 1 < hi else " "
    looks_open = before in _BEFORE_OPENING and after not in _AFTER_CLOSING
    looks_close = after in _AFTER_CLOSING and before not in _BEFORE_OPENING
    ch = text[i]
    if ch in _OPENERS:
        return True, looks_close
    if ch in _CLOSERS:
        return looks_open, True
    return not looks_close, not looks_open


def _trimmed(work: str, a: int, b: int) -> tuple[int, int]:
    while a < b and work[a] in " \"'\n":
        a += 1
    while b > a and work[b - 1] in " \"'\n":
        b -= 1
    return a, b


# Elisions that open with an apostrophe and are no quotation: 'em, 'til, 'tis, 'n'
_ELISIONS = frozenset("em til tis twas cause n round bout".split())
_SINGLE = re.compile(APOSTROPHE)


def _single_quotes(work: str, para: Span) -> list[QuoteSpan]:
    """British-style quotations in a paragraph with no double marks."""
    out: list[QuoteSpan] = []
    open_at = -1
    for m in _SINGLE.finditer(work, para.start, para.end):
        i = m.start()
        before = work[i - 1] if i > para.start else " "
        after = work[i + 1] if i + 1 < para.end else " "
        if open_at < 0:
            if before in _BEFORE_OPENING and after.isalpha():
                word = work[i + 1:i + 6].split(" ", 1)[0].rstrip(".,;:!?").casefold()
                if word not in _ELISIONS:
                    open_at = i
        elif (before in ".,!?" or before.isalpha()) and after in _AFTER_CLOSING and i - open_at > 1:
            s, e = _trimmed(work, open_at + 1, i)
            if s < e:
                out.append(QuoteSpan(open_at, i, s, e, para.paragraph, para.paragraph, True))
            open_at = -1
    return out


def find_quotes(text: str, work: str, paras: Sequence[Span]) -> list[QuoteSpan]:
    """All quotation spans of a document, in order. ``text`` is the original (for the facing
    of curly marks), ``work`` the working copy."""
    out: list[QuoteSpan] = []
    if APOSTROPHE in work:
        doubles = QUOTE in work
        for p in paras:
            if work.find(APOSTROPHE, p.start, p.end) >= 0 and work.find(QUOTE, p.start, p.end) < 0:
                found = _single_quotes(work, p)
                if doubles and len(found) == 1 and not work[p.start:found[0].open].strip() \
                        and not work[found[0].close + 1:p.end].strip():
                    continue     # in a text that quotes with double marks, a paragraph that is one
                                 # single-quoted line is a section heading: 'A fight to the finish.'
                out.extend(found)
    if QUOTE not in work:
        return out
    singles = out
    out = []
    starts = [p.start for p in paras]
    tags = [m.span() for m in _TAG.finditer(work)] if "<" in work else []
    tag_starts = [a for a, _ in tags]
    open_at = -1          # offset of the open mark, -1 when no quotation is open
    open_para = cur = -1  # paragraph where it opened, paragraph of the last mark seen

    def emit(a: int, b: int, closed: bool, last: int) -> None:
        s, e = _trimmed(work, a + 1, b)
        if s < e:
            out.append(QuoteSpan(a, b, s, e, open_para, last, closed))

    def emit_unclosed() -> None:
        # Only an opening that looks like the start of an utterance is kept ("X said: “Yes ..."
        # or a paragraph that opens with a mark); a stray inch mark or typo gives nothing.
        p = paras[cur]
        head = work[paras[open_para].start:open_at].rstrip()
        if not head or head[-1] in ":,":
            emit(open_at, p.end, False, cur)

    for m in _MARKS.finditer(work):
        a, b = m.span()
        if tags and (t := bisect_right(tag_starts, a) - 1) >= 0 and a < tags[t][1]:
            continue                                 # an attribute value: <tweet id="…">
        if b - a > 1 and text.count(text[a], a, b) == b - a:
            if (b - a) % 2 == 0:
                continue
            a = b - 1
        for i in range(a, b):
            k = bisect_right(starts, i) - 1
            p = paras[k]
            can_open, can_close = _facing(text, work, i, p.start, p.end)
            if open_at >= 0 and k != cur:
                if k == cur + 1 and i == p.start and can_open:
                    cur = k                          # the quotation goes on in this paragraph
                    continue
                emit_unclosed()
                open_at = -1
            cur = k
            if open_at < 0:
                if can_open:
                    open_at, open_para = i, k
            elif can_close:
                emit(open_at, i, True, k)
                open_at = -1
            elif text[i] in _OPENERS:
                open_at, open_para = i, k            # the earlier mark was stray: start again here
    if open_at >= 0:
        emit_unclosed()
    return sorted(out + singles) if singles else out
