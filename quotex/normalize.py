"""The working copy: the input with typographic variants folded, *of the same length*.

Each code point is replaced by exactly one code point, so an offset found in the working copy
is the same offset in the original text. Later stages match against the working copy and
slice the text: records from the original, names from a copy of it (``working_copies``).

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
# sentences; its paragraphs are set off by blank lines, an indent or a short last line. Its mark
# is greedy filling: a line ends where the next word would not have fitted the width. A text
# counts as wrapped when, of the lines that another line of text follows,
WRAP_MAX_SENTENCE_ENDS = 0.5  # at most this share end a sentence,
WRAP_MIN_LINES = 3            # at least this many end inside one ("open" lines), and of those
WRAP_COLUMNS = (40, 120)      # the width (the 90th percentile of their lengths) is in this range,
WRAP_MIN_FULL = 0.75          # this share end where the next word would not have fitted,
WRAP_MIN_LOWER = 0.2          # this share go on with a small letter (a headline, byline and
                              # dateline stacked are of one width too, but each opens with a capital),
WRAP_MAX_COLUMNS = 0.1        # and at most this share hold a run of spaces (a table's columns).
# Then each such line that is full joins the next one.
WRAP_SLACK = 6                # a line is full when it and the next word reach this near the width
                              # (a wrapper that breaks only at ASCII spaces, where ours see more)
# What a line that ends a sentence ends with, after the marks are folded: "… said.", "[Reuters]"
_SENTENCE_END_CHARS = tuple('.!?:;"\')]\u2026')
# A next line that starts a paragraph, a list item or a speaker's turn stays on its own:
#   "  Indented", "- item", "+ item", "* item", "• item", "▪ item", "· item", "~ item",
#   "— Maria Zakharova", "1. item", "2) item", "a) item", "RUIZ: …", "Mayor Ruiz: …", "Q. …"
_LINE_OF_ITS_OWN = re.compile(r"[ ]{2}|[-+*~\u2022\u25aa\u00b7\u2014]|\d{1,3}[.)][ ]|[a-z][)][ ]"
                              r"|[A-Z][\w.'-]*(?:[ ][A-Z][\w.'-]*){0,2}:[ ]|[QA][.:][ ]")


def _wrap_breaks(work: str) -> list[int]:
    """Where the line breaks inside the paragraphs of a hard-wrapped text are ("talks with\n
    Washington were"); none in a text with a paragraph a line, or too few lines to tell."""
    lines = work.split("\n")
    if max(map(len, lines)) < WRAP_COLUMNS[0]:
        return []                       # (short lines only: a list, or 1 MB of "x\n")
    inner = [i for i in range(len(lines) - 1)
             if lines[i].strip() and lines[i + 1].strip() and not _LINE_OF_ITS_OWN.match(lines[i + 1])]
    ends = [lines[i].rstrip() for i in inner]
    open_lines = [(i, e) for i, e in zip(inner, ends) if not e.endswith(_SENTENCE_END_CHARS)]
    if len(open_lines) < WRAP_MIN_LINES or len(open_lines) < (1 - WRAP_MAX_SENTENCE_ENDS) * len(inner):
        return []
    lengths = sorted(len(e) for _, e in open_lines)
    width = lengths[(len(lengths) - 1) * 9 // 10]   # (a long line, a link say, is no width)
    goes_on = {i: lines[i + 1].lstrip(" >") for i in inner}       # (after a quoted line's "> ")
    full = {i for i, e in zip(inner, ends) if len(e) + 1 + len((goes_on[i].split(None, 1) or [""])[0]) > width - WRAP_SLACK}
    if not WRAP_COLUMNS[0] <= width <= WRAP_COLUMNS[1] or \
            sum(i in full for i, _ in open_lines) < WRAP_MIN_FULL * len(open_lines) or \
            sum(goes_on[i][:1].islower() for i, _ in open_lines) < WRAP_MIN_LOWER * len(open_lines) or \
            sum("   " in e.strip() for e in ends) > WRAP_MAX_COLUMNS * len(ends):
        return []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return [starts[i + 1] - 1 for i in inner if i in full]


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
# side of the quoted words:  '&quot;Yes,&quot; he'  ->  '     "Yes,"      he'. An entity may be
# escaped twice ("&amp;quot;"). What each stands for: an opening or closing mark, a mark that
# faces the way its neighbours say, a dash, a space or an ampersand ("Smith &amp; Wesson": a name
# reads as "Smith & Wesson"). (Apostrophes are left alone: inside a word, padding would split it.)
_ENTITY_KIND = {
    **dict.fromkeys("ldquo bdquo laquo #171 #8220 #8222 #xab #x201c #x201e".split(), "open"),
    **dict.fromkeys("rdquo raquo #187 #8221 #xbb #x201d".split(), "close"),
    **dict.fromkeys("quot #34 #x22".split(), "mark"),
    **dict.fromkeys("mdash ndash #8211 #8212 #x2013 #x2014".split(), "dash"),
    **dict.fromkeys("nbsp #160 #xa0".split(), "space"),
    **dict.fromkeys("amp #38".split(), "ampersand"),
}
# Mojibake: "â€" and the Windows-1252 reading of the mark's last UTF-8 byte ("" when a decoder
# dropped the byte it has no character for: then a space, a stop or the end follows)
_MOJIBAKE_KIND = {"\u0153": "open", "\u009d": "close", "": "close", "\u201d": "dash", "\u201c": "dash"}
_ENTITY = re.compile(r"&(?:amp;)?(?P<name>" + "|".join(sorted(_ENTITY_KIND, key=len, reverse=True)) + ");", re.I)
_MOJIBAKE = re.compile("\u00e2\u20ac(?P<name>[\u0153\u009d\u201d\u201c]|(?=[\\s.,;:!?)\\]]|\\Z))")


def _padded(kind: str, n: int) -> str:
    if kind == "open":
        return " " * (n - 1) + QUOTE
    if kind == "close":
        return QUOTE + " " * (n - 1)
    if kind == "dash":
        return "\u2014" + " " * (n - 1)
    if kind == "ampersand":
        return "&" + " " * (n - 1)
    return " " * n


def _unescaped(m: re.Match) -> str:
    name = m.group("name").casefold()
    kind = _ENTITY_KIND.get(name) or _MOJIBAKE_KIND[name]
    if kind == "mark":          # opening before a word after a space, else closing
        text, a, b = m.string, m.start(), m.end()
        kind = "open" if (a == 0 or not text[a - 1].strip() or text[a - 1] in "([") and b < len(text) and \
            text[b].isalnum() else "close"
    return _padded(kind, m.end() - m.start())


def _unescaped_spaces(m: re.Match) -> str:
    """A space or ampersand entity as in the working copy, and any other as written: for the copy
    names are sliced from ("Ana&nbsp;Ruiz", "Smith &amp; Wesson")."""
    kind = _ENTITY_KIND[m.group("name").casefold()]
    return _padded(kind, m.end() - m.start()) if kind in ("space", "ampersand") else m.group()


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
    source = _ENTITY.sub(_unescaped_spaces, text) if "&" in text else text     # ("Ana&nbsp;Ruiz")
    breaks = _wrap_breaks(work) if "\n" in work else []
    if breaks:      # (the markdown after: the lines of a wrapped quoted block join too)
        return _spaces_at(source, breaks), _without_markdown(_spaces_at(work, breaks))
    return source, _without_markdown(work)


def working_copy(text: str) -> str:
    """The working copy of ``text``: see ``working_copies``."""
    return working_copies(text)[1]
