"""Building blocks for patterns of the standard library's ``re``, which is several times
faster than ``regex`` on the whole-document passes but has no ``\\p{Lu}``: letter classes
(built once, at import, from the Latin, Greek and Cyrillic blocks, where news names are
written) and word lists compiled as prefix tries."""
from __future__ import annotations

import re
from typing import Iterable


def _class(test) -> str:
    ranges: list[list[int]] = []
    for cp in [*range(0x41, 0x530), *range(0x1E00, 0x1F00)]:
        if test(chr(cp)):
            if ranges and cp == ranges[-1][1] + 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


#: upper-case letters, for use inside [...]: "[" + UPPER + "]"
UPPER = _class(str.isupper)
#: lower-case letters, for use inside [...]
LOWER = _class(str.islower)


def trie_pattern(words: Iterable[str], gap: str = "") -> str:
    """One regex for many words, factored by common prefixes ("sa(?:id|ys|y)") so that the
    engine tests a few characters per position instead of every word. Longer words win.
    ``gap``, a pattern of one word with its leading space, may stand (lazily, up to three
    times) between the words of a multi-word entry: "spoke | passionately | about"."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    space = f"(?:{gap}){{0,3}}?[ ]+" if gap else "[ ]+"

    def walk(node: dict) -> tuple[str, int]:
        """The pattern of the words under ``node``, and one more than the longest one's length
        (children are built first: the longest branch goes first, ties by letter, so the
        pattern is the same every run)."""
        children = []
        depth = 1 if "" in node else 0
        for ch, child in node.items():
            if ch:
                pattern, d = walk(child)
                children.append((-d, ch, pattern))
                depth = max(depth, d)
        if not children:
            return "", 1
        children.sort()
        branches = [(space if ch == " " else re.escape(ch)) + pattern for _, ch, pattern in children]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = f"(?:{body})?" if len(branches) == 1 else body[:-1] + "|)"
        return body, depth + 1

    return walk(trie)[0]
