"""Text layouts that tests put the same words in."""
from __future__ import annotations


def hard_wrap(text: str, width: int) -> str:
    """``text`` with each paragraph broken into lines of at most ``width`` columns, as mail and
    pdftotext break them, by turning the space at each break into a line break: the same
    length, so every offset into ``text`` (a gold annotation's too) stays valid."""
    chars, column, space = list(text), 0, -1
    for i, c in enumerate(chars):
        if c == "\n":
            column, space = 0, -1
            continue
        column += 1
        if c == " ":
            space = i
        if column > width and space >= 0:
            chars[space], column, space = "\n", i - space, -1
    return "".join(chars)
