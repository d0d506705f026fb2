"""Properties that hold for any text: quotex never raises and every record is well formed.

The number of examples comes from the Hypothesis profile chosen in conftest.py
(HYPOTHESIS_PROFILE=ci|dev|fuzz, default ci = ``settings(max_examples=2000, deadline=None)``).
A long hunt:

    HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties.py

Three kinds of text are generated: any Unicode text; text built from the pieces quotex
reacts to (quote marks, apostrophes, odd spaces and newlines, speech verbs, capitalised names,
abbreviations, brackets and dashes); and news-like paragraphs of quotations and reported
speech in the usual orders, with marks that may be left unbalanced.
"""
from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import quotex
from quotex.model import FIELDS, KINDS

MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "“", "``", "''", "‹", "›", "‚", "〝", "〞", "＂"]
APOSTROPHES = ["don’t", "Reuters’", "’90s", "it's", "O’Brien", "rock ’n’ roll", "'em", "Jones'"]
SPACES = [" ", "  ", "\u00a0", "\n", "\n\n", "\t", "\r\n", "\r", "\u2009", "\u200b", "\u2028", "\ufeff"]
VERBS = ["said", "says", "told reporters", "added", "stated", "stressed that", "according to",
         "According to", "declined to comment", "saying", "adding that", "concluded", "noted",
         "said that", "asked", "warned", "called for", "urged", "recalled", "pointed out"]
NAMES = ["Peskov", "Dmitry Peskov", "Maria Zakharova", "Zakharova", "John Kirby", "Kirby",
         "Karine Jean-Pierre", "Sen. Amy Klobuchar, D-Minn.,", "Kremlin spokesman", "the diplomat",
         "he", "she", "they", "it", "I", "We", "CNN’s sources", "a source", "Russian diplomats",
         "White House press secretary", "Pieter van Aalst", "George W. Bush", "The Kremlin"]
WORDS = ["we", "are", "ready", "the", "talks", "have", "stalled", "that", "no", "results", "yet",
         "and", "but", "on", "Monday", "U.S.", "Dr.", "Jan.", "p.m.", "No.", "Inc.", "e.g.", "etc."]
PUNCT = [",", ".", ":", ";", "!", "?", "—", "–", "-", "(", ")", "[", "]", "…", "(…)", "...", "/", "*"]
PIECES = MARKS + APOSTROPHES + SPACES + VERBS + NAMES + WORDS + PUNCT

# any text (Hypothesis's own distribution, which includes odd code points and combining marks)
any_text = st.text(max_size=300)

# text made of the pieces quotex reacts to, with or without spaces between them
pieces = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=50)
piece_text = st.one_of(pieces.map("".join), pieces.map(" ".join))


@st.composite
def news_text(draw):
    """Paragraphs of quotations and reported speech in the usual orders."""
    mark = st.sampled_from(MARKS)
    name = st.sampled_from(NAMES)
    verb = st.sampled_from(VERBS)
    words = st.lists(st.sampled_from(WORDS + APOSTROPHES + MARKS[:4]), min_size=1, max_size=8).map(" ".join)
    paragraphs = []
    for _ in range(draw(st.integers(1, 3))):
        sentences = []
        for _ in range(draw(st.integers(1, 3))):
            o, c, n, v, w = draw(mark), draw(mark), draw(name), draw(verb), draw(words)
            sentences.append(draw(st.sampled_from([
                f"{o}{w},{c} {n} {v}.",
                f"{o}{w},{c} {v} {n}.",
                f"{n} {v}: {o}{w}.{c}",
                f"{n} {v} that {w}.",
                f"{o}{w},{c} {n}, the {w}, {v}.",
                f"{n} ({w}) {v} {w}.",
                f"{o}{w}{c} — {n}",
                f"According to {n}, {w}.",
                f"{w}, {v} {n}.",
                f"{w}, {n} {v}, {w}.",
                f"{n} {v} {o}{w}{c} {w}.",
                f"{o}{w}",
                f"{w} {n} {w}",
            ])))
        paragraphs.append(draw(st.sampled_from([" ", "", "  ", "\u00a0"])).join(sentences))
    return draw(st.sampled_from(["\n\n", "\n", "\r\n", "\n \n"])).join(paragraphs)


def check(text: str, unattributed: bool, doc) -> None:
    records = quotex.extract(text, doc=doc, unattributed=unattributed)
    n = len(text)
    for i, q in enumerate(records):
        assert q.index == i
        assert q.doc == doc
        assert q.kind in KINDS
        assert 0 <= q.start <= q.end <= n
        assert text[q.start:q.end] == q.quote
        # the speaker mention is a span of the text, or absent altogether
        if q.speaker_start is None:
            assert q.speaker_end is None and q.speaker_mention is None
        else:
            assert 0 <= q.speaker_start <= q.speaker_end <= n
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
        if not unattributed:
            assert q.speaker is not None
        # JSON round trip, in the field order of every output format
        d = q.to_dict()
        assert tuple(d) == FIELDS
        assert json.loads(json.dumps(d)) == d
        assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    keys = [(q.start, q.end) for q in records]
    assert keys == sorted(keys)
    identities = [(q.kind, q.start, q.end) for q in records]
    assert len(set(identities)) == len(identities), "duplicate records"


def check_all(text: str, doc) -> None:
    check(text, False, doc)
    check(text, True, doc)
    # the attributed records are exactly the unattributed run less the records with no speaker
    strict = [(q.kind, q.start, q.end, q.speaker) for q in quotex.extract(text)]
    loose = [(q.kind, q.start, q.end, q.speaker) for q in quotex.extract(text, unattributed=True)
             if q.speaker is not None]
    assert strict == loose


docs = st.one_of(st.none(), st.text(max_size=10))


@given(any_text, docs)
def test_any_text(text, doc):
    check_all(text, doc)


@given(piece_text, docs)
def test_text_of_marks_names_and_verbs(text, doc):
    check_all(text, doc)


@given(news_text(), docs)
def test_news_like_text(text, doc):
    check_all(text, doc)


@given(news_text(), news_text())
def test_deterministic_and_independent_of_other_documents(text, other):
    """The same text gives the same records, whatever was extracted before it."""
    first = quotex.extract(text)
    quotex.extract(other)
    assert quotex.extract(text) == first
