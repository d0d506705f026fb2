"""``extract``: text in, records out. Runs the stages in order and does no I/O."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Optional

from .attribute import Attribution, attribute
from .cues import find_cues
from .mentions import NameIndex
from .model import Quote
from .normalize import escaped_marks, working_copies
from .quotes import find_quotes
from .resolve import Resolver
from .sentences import paragraphs, sentences


def extract(text: str, *, doc: Optional[str] = None, unattributed: bool = False) -> list[Quote]:
    """Every quotation and reported statement in ``text``, with its speaker.

    ``doc`` is copied into each record. Quotations with no speaker anywhere in the text (scare
    quotes, titles) are left out unless ``unattributed`` is true; then their speaker is None.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    source, work = working_copies(text)     # (records are sliced from text itself, below)
    paras = paragraphs(work, text)
    quotes = find_quotes(source, work, paras)
    sents = sentences(work, paras, [(q.open, q.close) for q in quotes])
    names = NameIndex(source, work)
    records = attribute(source, work, paras, sents, quotes, find_cues(work), names)
    speakers = Resolver(names, source).resolve(records)
    escaped = escaped_marks(text)
    out: list[Quote] = []
    seen = set()
    for r, sp in zip(records, speakers):
        if sp is None and not unattributed:
            continue
        if escaped:
            r = _widened(r, escaped)
        key = (r.kind, r.start, r.end)
        if key in seen:
            continue
        seen.add(key)
        m = r.mention
        # (positional, in the order of Quote's fields: keywords cost a fifth of the call)
        out.append(Quote(
            doc, len(out), r.kind, text[r.start:r.end], r.start, r.end,                # doc index kind quote start end
            sp.name if sp else None,                                                    # speaker
            text[m.start:m.end] if m else None, m.start if m else None, m.end if m else None,  # speaker_mention, _start, _end
            sp.role if sp else None,                                                    # role
            text[r.cue.start:r.cue.end] if r.cue else None, r.sentence, r.rule))        # cue sentence rule
    return out


def _widened(r: Attribution, escaped: list[tuple[int, int]]) -> Attribution:
    """``r`` with an end that falls inside a mark written as an entity moved out to hold it all:
    '&quot;no&quot;' not ';no&quot;'."""
    start, end = r.start, r.end
    for offset in (start, end):
        k = bisect_right(escaped, (offset, _LAST)) - 1      # the last mark that starts before it
        if k >= 0:
            a, b = escaped[k]
            start = a if a < start < b else start
            end = b if a < end < b else end
    return r if (start, end) == (r.start, r.end) else replace(r, start=start, end=end)


_LAST = 1 << 62     # a span end after every offset, for bisecting (start, end) pairs
