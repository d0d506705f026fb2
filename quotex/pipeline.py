"""``extract``: text in, records out. Runs the stages in order and does no I/O."""
from __future__ import annotations

from typing import Optional

from .attribute import attribute
from .cues import find_cues
from .mentions import NameIndex
from .model import Quote
from .normalize import working_copies
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
    paras = paragraphs(work)
    quotes = find_quotes(source, work, paras)
    sents = sentences(work, paras, [(q.open, q.close) for q in quotes])
    names = NameIndex(source, work)
    records = attribute(source, work, paras, sents, quotes, find_cues(work), names)
    speakers = Resolver(names, source).resolve(records)
    out: list[Quote] = []
    seen = set()
    for r, sp in zip(records, speakers):
        if sp is None and not unattributed:
            continue
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
