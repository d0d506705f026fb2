"""Building blocks for patterns of the standard library's ``re``, which is several times
faster than ``regex`` on the whole-document passes but has no ``\\p{Lu}``: letter classes
(built once, at import, from the Latin, Greek and Cyrillic blocks, where news names are
written) and word lists compiled as prefix tries."""
from __future__ import annotations

import re
from typing import Iterable


def _class(test) -> str:
    ranges = []
    start = prev = None
    for cp in [*range(0x41, 0x530), *range(0x1E00, 0x1F00)]:
        if test(chr(cp)):
            if prev is not None and cp == prev + 1:
                prev = cp
                continue
            if start is not None:
                ranges.append((start, prev))
            start = prev = cp
    if start is not None:
        ranges.append((start, prev))
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

    depth: dict[int, int] = {}     # id(node) -> length of its longest word, counted once

    def longest(node: dict) -> int:
        key = id(node)
        if key not in depth:
            depth[key] = 1 + max((longest(n) for n in node.values()), default=0)
        return depth[key]

    def walk(node: dict) -> str:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: (-longest(node[c]), c)):   # (ties by letter: the same pattern every run)
            part = (f"(?:{gap}){{0,3}}?[ ]+" if gap else "[ ]+") if ch == " " else re.escape(ch)
            branches.append(part + walk(node[ch]))
        if not branches:
            return ""
        optional = "" in node
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return f"(?:{body})?" if len(branches) == 1 else body[:-1] + "|)"
        return body

    return walk(trie)
