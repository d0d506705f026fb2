"""The working copy: the input with typographic variants folded, *of the same length*.

Each code point is replaced by exactly one code point, so an offset found in the working copy
is the same offset in the original text. Later stages match against the working copy and
slice the original.

What is folded: quote marks, spaces and dashes to one form each; marks written as HTML
entities or mojibake to the mark and spaces; boilerplate lines and Markdown layout to spaces;
and the line breaks inside the paragraphs of a hard-wrapped text to spaces.
"""
from __future__ import annotations

import re

from .lexicon import BOILERPLATE
from .patterns import trie_pattern

QUOTE = '"'       # every double quotation mark becomes this
APOSTROPHE = "'"  # every single quotation mark or apostrophe becomes this

_FOLD = {
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\u301f\uff02", QUOTE),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\u2039\u203a", APOSTROPHE),
    # no-break, thin, zero-width and other odd spaces, and tabs
    **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008"
                    "\u200b\u200c\u200d\u2060\ufeff\t\x0b\x0c", " "),
    "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
    # horizontal bar and en dash are used as attribution dashes in news text
    "\u2015": "\u2014", "\u2013": "\u2014",
}
# str.translate is slow on non-ASCII text; a replace per character that occurs is not
_FOLD_PAIRS = tuple(_FOLD.items())

# Two-character quote marks (``like this'' in some corpora). The mark becomes '"' plus a space,
# the space on the side away from the quoted words, so the length stays the same.
#   ``Yes,'' he said   ->   " Yes, "  he said
_OPENING_PAIR = re.compile(r"''(?=[^\W_])|``")
_CLOSING_PAIR = re.compile(r"''")


# Hard-wrapped text (mail, wire copy, pdftotext, plain-text archives) breaks its lines inside
# sentences; its paragraphs are set off by blank lines or an indent. Of the lines that another
# line of text follows, a wrapped text has most as long as its wrap width, give or take a word
# (a text with a paragraph a line has lines of any length), and most end inside a sentence (a
# list of short items ends none, but its lines are not of one length):
WRAP_COLUMNS = (40, 120)     # the range of wrap widths (the 90th percentile of those lines)
WRAP_SLACK = 20              # a line this much shorter than the width is still full
WRAP_MIN_FULL = 0.6          # the share of those lines that are full
WRAP_MAX_SENTENCE_ENDS = 0.5  # the share of those lines that may end a sentence
# What a line that ends a sentence ends with, after the marks are folded: "… said.", "[Reuters]"
_SENTENCE_END_CHARS = tuple('.!?:;"\')]\u2026')
# A next line that starts a paragraph or a list item, or is a speaker line, stays on its own:
#   "  Indented", "- item", "* item", "• item", "~ item", "— Maria Zakharova", "1. item", "2) item"
_LINE_OF_ITS_OWN = re.compile(r"[ ]{2}|[-*~\u2022\u2014]|\d{1,3}[.)][ ]")


def _wrap_breaks(work: str) -> list[int]:
    """Where the line breaks inside the paragraphs of a hard-wrapped text are ("talks with\n
    Washington were"); none in a text with a paragraph a line, or with no break between two
    lines of text."""
    lines = work.split("\n")
    if max(map(len, lines)) < WRAP_COLUMNS[0]:
        return []                       # (short lines only: a list, or 1 MB of "x\n")
    inner = [i for i in range(len(lines) - 1)
             if lines[i].strip() and lines[i + 1].strip() and not _LINE_OF_ITS_OWN.match(lines[i + 1])]
    if len(inner) < 2:
        return []
    ends = [lines[i].rstrip() for i in inner]
    lengths = sorted(map(len, ends))
    width = lengths[(len(lengths) - 1) * 9 // 10]
    if not WRAP_COLUMNS[0] <= width <= WRAP_COLUMNS[1] or \
            sum(n >= width - WRAP_SLACK for n in lengths) < WRAP_MIN_FULL * len(lengths) or \
            sum(e.endswith(_SENTENCE_END_CHARS) for e in ends) > WRAP_MAX_SENTENCE_ENDS * len(ends):
        return []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return [starts[i + 1] - 1 for i in inner]


def _spaces_at(text: str, breaks: list[int]) -> str:
    """``text`` with a space at each of ``breaks`` and at a carriage return just before one."""
    pieces, done = [], 0
    for k in breaks:
        cut = k - 1 if k and text[k - 1] == "\r" else k
        pieces += (text[done:cut], " " * (k + 1 - cut))
        done = k + 1
    pieces.append(text[done:])
    return "".join(pieces)


# Marks written as HTML entities or as mojibake (UTF-8 read as Windows-1252), which scraped text
# keeps: each becomes its character padded with spaces to the same length, the character on the
# side of the quoted words:  '&quot;Yes,&quot; he'  ->  '     "Yes,"      he'
_ENTITY = re.compile(r"&(?:amp;)?(?P<name>quot|ldquo|rdquo|bdquo|laquo|raquo|mdash|ndash|nbsp|amp"
                     r"|#(?:34|160|171|187|821[12]|822[012]|[xX](?:22|[aA]0|[aA][bB]|[bB][bB]|201[3-4cdeCDE])));")
_MOJIBAKE = re.compile("\u00e2\u20ac(?P<name>[\u0153\u009d\u201d\u201c]?)")
# What each entity or mojibake tail stands for: an opening or closing mark, one that faces the way
# its neighbours say, a dash, a space or an ampersand
_ENTITY_KIND = {
    **dict.fromkeys("ldquo bdquo laquo #171 #8220 #8222 #xab #x201c #x201e \u0153".split(), "open"),
    **dict.fromkeys("rdquo raquo #187 #8221 #xbb #x201d \u009d".split(), "close"),
    **dict.fromkeys(("quot", "#34", "#x22", ""), "mark"),     # ("": mojibake that lost its last byte)
    **dict.fromkeys("mdash ndash #8211 #8212 #x2013 #x2014 \u201d \u201c".split(), "dash"),
    **dict.fromkeys("nbsp #160 #xa0".split(), "space"),
    "amp": "amp",
}


def _unescaped(m: re.Match) -> str:
    n, name = m.end() - m.start(), m.group("name").casefold()
    kind = _ENTITY_KIND[name]
    if kind == "mark":          # opening before a word after a space, else closing
        text, a, b = m.string, m.start(), m.end()
        kind = "open" if (a == 0 or not text[a - 1].strip() or text[a - 1] in "([") and b < len(text) and \
            text[b].isalnum() else "close"
    if kind == "open":
        return " " * (n - 1) + QUOTE
    if kind == "close":
        return QUOTE + " " * (n - 1)
    if kind == "dash":
        return "\u2014" + " " * (n - 1)
    if kind == "amp":
        return "&" + " " * (n - 1)
    return " " * n


# A phrase of the boilerplate lexicon, in lower, sentence, title or upper case: "Story continues
# below advertisement". Where it stands alone it becomes spaces. (Case-blind matching or a "\b"
# before the phrase would cost the pattern its fast search for a first letter.)
_BOILERPLATE = re.compile(trie_pattern(sorted({v for p in BOILERPLATE
                                               for v in (p, p.capitalize(), p.title(), p.upper())})))
# What may stand before a phrase that stands alone: a line start or a sentence's end, then spaces
_ALONE_BEFORE = re.compile(r'(?:^|(?<=[.!?"\]\)]))[ ]*\Z', re.M)
# ... and after it: spaces, then a line end or what opens a sentence
_ALONE_AFTER = re.compile(r'[ ]*(?:$|[ ]["(\[A-Z0-9])', re.M)
# A text with none of these (each phrase's longest word but its first letter, in lower and upper
# case) has no boilerplate: a few substring tests spare most texts the pattern
_BOILERPLATE_KEYS = tuple({k for p in BOILERPLATE for k in (max(p.split(), key=len)[1:],)
                           for k in (k, k.upper())})


def _without_boilerplate(work: str) -> str:
    """``work`` with each boilerplate phrase that stands alone blanked out."""
    if not any(k in work for k in _BOILERPLATE_KEYS):
        return work
    pieces, done = [], 0
    for m in _BOILERPLATE.finditer(work):
        a, b = m.span()
        line_start = work.rfind("\n", 0, a) + 1
        if _ALONE_BEFORE.search(work, max(line_start, a - 8), a) and _ALONE_AFTER.match(work, b):
            pieces += (work[done:a], " " * (b - a))
            done = b
    if not pieces:
        return work
    pieces.append(work[done:])
    return "".join(pieces)


# Markdown (and html2text's rendering of a page) marks emphasis with stars, which stand in the way
# of names: "**Ruiz** said", "**TRUMP:** We will …" become "  Ruiz   said" (not a bullet: "* item")
_EMPHASIS = re.compile(r"\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}")
# ... and a quoted block (or a quoted mail) with "> " before each line: "> “We will not stop,” …"
_QUOTED_LINE = re.compile(r"^[ ]*>[> ]*", re.M)


def _without_markdown(work: str) -> str:
    """``work`` with emphasis stars and the markers of quoted lines blanked out."""
    if "*" in work:
        work = _EMPHASIS.sub(lambda m: " " * (m.end() - m.start()), work)
    if ">" in work:
        work = _QUOTED_LINE.sub(lambda m: " " * (m.end() - m.start()), work)
    return work


def escaped_marks(text: str) -> list[tuple[int, int]]:
    """The spans of the marks ``text`` writes as entities or mojibake, in order: a record that
    starts or ends inside one is widened to hold all of it."""
    found = []
    if "&" in text:
        found += [m.span() for m in _ENTITY.finditer(text)]
    if "\u00e2\u20ac" in text:
        found += [m.span() for m in _MOJIBAKE.finditer(text)]
    return sorted(found)


def _fold(text: str) -> str:
    """A same-length copy of ``text`` with quote marks, spaces, dashes and line breaks folded."""
    if "&" in text:
        text = _ENTITY.sub(_unescaped, text)
    if "\u00e2\u20ac" in text:
        text = _MOJIBAKE.sub(_unescaped, text)
    if "\r\n" in text:                 # one line break, not two: "…\r\n" -> "… \n"
        text = text.replace("\r\n", " \n")
    if "--" in text:                   # a typed dash: "Kall -- co-editor of … -- said"
        text = text.replace("--", "\u2014 ")
    if "''" in text or "``" in text:
        text = _OPENING_PAIR.sub(' "', text)
        text = _CLOSING_PAIR.sub('" ', text)
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def working_copies(text: str) -> tuple[str, str]:
    """The two same-length copies of ``text`` the stages read: the text as written but with the
    lines of a hard-wrapped text joined (names are sliced from it, so "Maria\nZakharova" reads
    as "Maria Zakharova"), and the working copy, also folded (patterns match against it)."""
    work = _without_boilerplate(_fold(text))
    breaks = _wrap_breaks(work) if "\n" in work else []
    if breaks:      # (the markdown after: the lines of a wrapped quoted block join too)
        return _spaces_at(text, breaks), _without_markdown(_spaces_at(work, breaks))
    return text, _without_markdown(work)


def working_copy(text: str) -> str:
    """The working copy of ``text``: see ``working_copies``."""
    return working_copies(text)[1]
