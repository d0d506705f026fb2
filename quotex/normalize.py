"""The working copy: the input with typographic variants folded, *of the same length*.

Each code point is replaced by exactly one code point, so an offset found in the working copy
is the same offset in the original text. Later stages match against the working copy and
slice the original.
"""
from __future__ import annotations

import re

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


def working_copy(text: str) -> str:
    """Return a same-length copy of ``text`` with quote marks, spaces and dashes folded."""
    if "--" in text:                   # a typed dash: "Kall -- co-editor of … -- said"
        text = text.replace("--", "\u2014 ")
    if "''" in text or "``" in text:
        text = _OPENING_PAIR.sub(' "', text)
        text = _CLOSING_PAIR.sub('" ', text)
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text
