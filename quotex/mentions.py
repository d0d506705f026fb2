"""Speaker mentions: names with their titles, pronouns, and descriptions.

A mention is read from tokens of the working copy; its strings are sliced from the original
``text`` (same offsets), so names keep their own apostrophes and spaces. It is read leftwards
from a speech verb (``Kremlin spokesman Dmitry Peskov said``) or rightwards from it (``said
Leslie Wimes, a Florida activist``), and split into the name and the role: titles and
appositions go to the role.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional, Sequence

import re
from functools import lru_cache
from itertools import product

from .lexicon import (ABBREVIATIONS, ADVERBS, ASPECT_VERBS, DETERMINERS, FINITE_VERBS, FIRST_NAMES, FUNCTION_WORDS,
                      GENDERED_WORDS, IRREGULAR_PASTS, NUMBER_WORDS, ORGANISATIONS, PARTICLES, PARTIES, PERSON_NOUNS,
                      PLURAL_NOUNS, PRONOUNS, QUANTITIES, SPEECH_VERBS, TITLES, TO_VERBS)
from .model import Mention

# Tokens of the working copy.  "U.S."  "Jean-Pierre"  "Russia's"  "25,000"  ","
# (the standard library's re, which is faster here; [^\W\d_] is a letter). Initialisms and words
# share their first letter, tried once; [a-zA-Z0-9\w] is \w with its ASCII letters and digits in
# the set's bitmap, tested before the slower Unicode category (the same set, found faster).
_TOKEN = re.compile(r"""
    [^\W\d_](?:
        (?:\.[^\W\d_])+\.                     # initialisms with dots: U.S.  D.C.
      | [a-zA-Z0-9\w'\-]*(?<!')               # words, with inner hyphens and apostrophes
    )
  | \d(?:[\d.,:]*\d)?                       # numbers
  | \S                                      # any other character on its own
""", re.X)

Token = tuple[str, int, int]   # text, start, end (offsets into the working copy)

# Days and times that stand between a subject and its verb: "Sanders on Tuesday said"
_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today"
                        " tonight week weekend month year morning afternoon evening night".split())
# A year in digits, no count of people: "in | 2010"
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that open a clause before a count that is its subject: "… and | 160 have not announced"
_CLAUSE_OPENERS = frozenset("and but while whereas".split())
# Pronouns that can be the subject of a speech verb
_SUBJECT_PRONOUNS = frozenset("he she it we they i you".split())
# Prepositions of a phrase that stands between a subject and its verb: "Trump in an interview said"
_PLACE_PREPOSITIONS = frozenset("in on at during via through after before".split())
# Prepositions that tie a description to a name: "advisers to Mr. Obama", "a spokesman for Clinton"
_LINKS_NOUN_TO_NAME = frozenset("to for of at with from".split())
# Words after which "with"/"to" go on describing a source: "a source familiar with the talks"
_IDIOMS = frozenset((("familiar", "with"), ("close", "to"), ("briefed", "on")))
# A party and state label: "R-Wis.", "D-N.Y.", "I-Vt."
_PARTY_STATE = re.compile(r"[DRI]-[A-Z]")
# Pronouns that stand for unnamed speakers: "someone asked", "many say"
_INDEFINITE = frozenset("someone somebody everyone everybody anyone anybody nobody others many some all"
                        " both most several few half another neither none".split())
# Of these, the ones that also stand between a subject and its verb: "they have both said"
_FLOATING = frozenset("both all".split())
# Determiners that make any head plural: "those surveyed say"
_PLURAL_DETERMINERS = frozenset("these those many several both few various numerous".split())
# Words that open a phrase after "those" as a subject: "those over 60", "those close to him"
_AFTER_THOSE = frozenset("over under around in with from at near close among aged above below inside outside".split())
# Object pronouns of a partitive subject: "most of them said"
_PARTITIVE_PRONOUNS = frozenset("them us you".split())
# Nouns of time that head a phrase standing before a verb but never speak: "this week", "on Monday"
_TIME_NOUNS = frozenset("week weekend month year day morning afternoon evening night time decade hour minute".split())
# Words before a day or time word in the same phrase: "on Tuesday", "this past week", "late last week"
_TIME_MODIFIERS = frozenset("on in last this late early earlier past next".split())
# Words before the number of a span of time: "less than two weeks ago", "about a year ago"
_APPROXIMATORS = frozenset("less more than about nearly almost just only some over under".split())
# Words in -ly that are not adverbs
_LY_NOUNS = frozenset("family ally rally assembly supply reply monopoly anomaly jelly belly bully folly".split())
# A form of "be" before a speech verb makes it passive: "it was also added" names no speaker
_BE = frozenset("is was were are be been being 's".split())
# Stems of negated auxiliaries whose spelling changes: "can't" -> can, "won't" -> will
_NEGATED_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}
# Words that cannot be the last word of a description subject ("the report that said" is not one)
_NOT_A_HEAD = FUNCTION_WORDS | ADVERBS | _BE | frozenset(
    "who whom which that what it said says also new percentage".split())
# Verbs of speech that end the clause before a description read leftwards (with the finite
# verbs): "Ruiz said | Republican senators say", "Ruiz knew | party leaders said"
_SPOKE = frozenset("said says".split())


def tokenize(work: str, start: int, end: int) -> list[Token]:
    """Tokens of ``work[start:end]``; an abbreviation or initial keeps its full stop ("Sen.",
    "W."). Merging in Python is faster than an abbreviation alternative in the pattern."""
    toks: list[Token] = []
    for m in _TOKEN.finditer(work, start, end):
        t = m[0]
        if t == "." and toks:
            prev, ps, pe = toks[-1]
            if pe == m.start() and prev[0].isalpha() and (
                    (len(prev) == 1 and prev.isupper()) or prev.casefold() in ABBREVIATIONS):
                toks[-1] = (prev + ".", ps, m.end())
                continue
        toks.append((t, m.start(), m.end()))
    return toks


@lru_cache(maxsize=65536)
def _key(t: str) -> str:
    t = t.casefold().rstrip(".")
    return t[:-2] if t.endswith("'s") else t


@lru_cache(maxsize=65536)
def is_title(t: str) -> bool:
    k = _key(t)
    return k in TITLES or (k.endswith("s") and k[:-1] in TITLES)


def is_organisation(t: str) -> bool:
    """A name's last word that marks an organisation or place ("Court", "Ministry") or an acronym."""
    return _key(t) in ORGANISATIONS or (len(t) > 1 and t.isupper())


@lru_cache(maxsize=65536)
def is_name_word(t: str) -> bool:
    """A capitalised word that can be part of a name: "Peskov", "Jean-Pierre", "J.", "CNN"."""
    return t[0].isupper() and t[0].isalpha() and _key(t) not in FUNCTION_WORDS


def _possessive(t: str) -> bool:
    return t.endswith(("'s", "s'"))


_CONTRACTION = re.compile(r"'(?:s|re|m|ve|d|ll)$")


@lru_cache(maxsize=4096)
def pronoun(t: str) -> Optional[tuple[str, str]]:
    """(gender, number) of a pronoun, also contracted ("He's claiming"); None otherwise."""
    if len(t) > 1 and t.isupper():     # "US" is a country, "IT" a trade
        return None
    return PRONOUNS.get(_CONTRACTION.sub("", t.casefold()))


def pronoun_mention(text: str, tok: Token) -> Optional[Mention]:
    """A mention of a pronoun token ("she", "They", "He's"), as the original text writes it."""
    pr = pronoun(tok[0])
    if pr is None:
        return None
    word = text[tok[1]:tok[2]]
    return Mention(word, tok[1], tok[2], word, None, "pronoun", pr[0], pr[1] == "pl")


@lru_cache(maxsize=65536)
def _genders(w: str) -> tuple[Optional[str], Optional[str]]:
    """The gender a word tells as a title ("Mrs.", "spokeswoman") and as a first name ("Maria")."""
    return GENDERED_WORDS.get(_key(w)), FIRST_NAMES.get(w.casefold()) if w[:1].isupper() else None


def _gender(words: Sequence[str]) -> str:
    """"f", "m" or "-", from a title ("Mrs.", "spokeswoman") or else a first name ("Maria"):
    a title anywhere wins over every first name, so the first first name waits for the end."""
    first = None
    for w in words:
        title, name = _genders(w)
        if title:
            return title
        if not first:
            first = name
    return first or "-"


def _person_before_place(toks: Sequence[Token], run: int) -> Optional[tuple[int, int]]:
    """(where the phrase starts, where "of" stands) when the name run that starts at ``run`` is
    a place or body after a person's name and "of" or "from": "Ana Bell of | Riverton",
    "Jo Ruiz of the Salem Chamber of | Commerce". None for "Secretary of State", "Bank of
    America", "the University of Texas": the first name run is a title or an organisation."""
    of = None
    while True:
        k = run - 1 if run > 0 and toks[run - 1][0].casefold() in DETERMINERS else run
        if k < 2 or toks[k - 1][0] not in ("of", "from"):
            break
        start = _name_run_start(toks, k - 1)
        if start == k - 1:
            break
        run, of = start, k - 1             # go on left: "… of the Salem Chamber | of Commerce"
    if of is None:
        return None
    if run > 0 and toks[run - 1][0].casefold() in DETERMINERS:
        return None                        # "the University of Texas", "the Duke of Kent"
    if of - run < 2 and not (run > 0 and is_title(toks[run - 1][0])):
        return None                        # one word is a person after a title only: "Prince Charles of Wales" (not "Friends of the Earth")
    last = toks[of - 1][0]
    if is_title(last) or is_organisation(last) or _possessive(last) or not toks[run][0][0].isalpha():
        return None
    return run, of


def _name_run_start(toks: Sequence[Token], end: int) -> int:
    """Index where the run of name words ending just before ``end`` starts (``end`` if none).
    Particles join name words: "Pieter van Aalst"."""
    i = end
    while i > 0:
        t = toks[i - 1][0]
        if is_name_word(t) and not (i != end and _possessive(t)):
            i -= 1
        elif t.casefold() in PARTICLES and i < end and i - 1 > 0 and is_name_word(toks[i - 2][0]):
            i -= 1
        elif t == "of" and i < end and i - 1 > 0 and is_title(toks[i - 2][0]) and toks[i - 2][0][0].isupper():
            i -= 1      # "Secretary of State Antony Blinken"
        else:
            break
    return i


def build(text: str, toks: Sequence[Token], extra_role: Optional[tuple[int, int]] = None) -> Optional[Mention]:
    """A mention from the tokens of one noun phrase. ``extra_role`` is the offsets of an
    apposition or parenthesis that belongs to it ("Maria Zakharova, the ministry spokeswoman")."""
    toks = [t for t in toks if t[0] not in ",;"] if len(toks) > 1 else list(toks)
    while toks and toks[-1][0] in ".'-":
        toks.pop()
    if not toks:
        return None
    first, last = toks[0][0], toks[-1][0]
    if len(toks) == 1 and (m := pronoun_mention(text, toks[0])):
        return m
    start, end = toks[0][1], toks[-1][2]
    words = [t[0] for t in toks]
    role_span = extra_role
    if is_name_word(last) and not _possessive(last):
        run = _name_run_start(toks, len(toks))
        # titles inside the run belong to the role: "Russian Foreign Minister | Sergei Lavrov"
        cut = run
        for j in range(run, len(toks) - 1):
            if is_title(toks[j][0]):
                cut = j + 1
            elif toks[j][0] == "of" and j == cut and j + 2 < len(toks):
                cut = j + 2     # "Secretary of State | Antony Blinken"

        name_toks = toks[cut:]
        person = _person_before_place(toks, cut)
        if person is not None:                # "Mayor Jo Ruiz | of Salem": the place is part of the role
            first_name, of = person
            while first_name < of - 1 and is_title(toks[first_name][0]):
                first_name += 1
            name = text[toks[first_name][1]:toks[of - 1][2]]
            lead = 1 if _key(first) in DETERMINERS else 0
            titles = (toks[lead][1], toks[first_name - 1][2]) if first_name > lead else None
            place = text[toks[of][1]:end]
            place_role = f"{text[titles[0]:titles[1]]} {place}" if titles else place    # "Mayor of Salem"
            if extra_role is not None:
                place_role += ", " + text[extra_role[0]:extra_role[1]]
            return Mention(text[start:end], start, end, name, place_role, "name", _gender(words))
        if cut > 0:
            lead = 1 if _key(first) in DETERMINERS else 0
            if cut > lead:
                r = (toks[lead][1], toks[cut - 1][2])
                role_span = r if role_span is None else (r[0], role_span[1]) if r[0] < role_span[0] else (role_span[0], r[1])
        if not name_toks:
            return None
        if not is_title(last) or not all(is_title(t[0]) for t in name_toks):    # (last: the common answer, cheaply)
            name = text[name_toks[0][1]:name_toks[-1][2]]
            role = text[role_span[0]:role_span[1]] if role_span else None
            return Mention(text[start:end], start, end, name, role, "name", _gender(words))
    # a description: "the diplomat", "Russian diplomats", "CNN's sources", "the President"
    k = _key(last)
    if k in _NOT_A_HEAD or not last[0].isalpha() or (is_ly_adverb(last) and _key(first) not in DETERMINERS):
        return None     # an adverb heads no noun phrase: "but | gradually | turned tougher" (but "a tally")
    # the head noun stands before "of", "to", …: "advisers | to the mayor"
    link = next((i for i in range(1, len(toks)) if toks[i][0] in _LINKS_NOUN_TO_NAME), len(toks))
    if 1 < link < len(toks) and (toks[link - 1][0], toks[link][0]) in _IDIOMS:
        link -= 1       # "sources | close to the mayor"
    head = _key(toks[link - 1][0])
    plural = _is_plural(head) or \
        _is_share(head) or first.casefold() in _PLURAL_DETERMINERS
    role = text[role_span[0]:role_span[1]] if role_span else None
    phrase = text[start:end]
    return Mention(phrase, start, end, phrase, role, "description", _gender(words), plural)


def _description_start(toks: Sequence[Token], end: int) -> int:
    """Start index of a description ending at ``end``: back to its determiner or possessive
    ("the interlocutors of the channel", "CNN's sources"); a bare plural ("Russian diplomats",
    "experts") needs none. Returns ``end`` when there is no description."""
    i = head_at = end - 1
    head = toks[i][0]
    if not head[0].isalpha() or _key(head) in _NOT_A_HEAD:
        return end
    j = i
    while j >= 0 and end - j <= 10:
        t = toks[j][0]
        k = t.casefold()
        if 0 < j < i and t == "-" and toks[j - 1][2] == toks[j][1] and toks[j][2] == toks[j + 1][1]:
            j -= 2              # a word split at a hyphen: "the 57-year-old engineer"
            continue
        if (k in DETERMINERS or k.split("-")[0] in DETERMINERS or (_possessive(t) and j < i)
                or (t[0].isdigit() and j < i)):          # "63 percent", "Twenty-four percent"
            if _possessive(t) and j > 0 and toks[j - 1][0].casefold() in DETERMINERS:
                j -= 1          # "the | mayor's office"
            elif _possessive(t) and is_name_word(t):
                j = _name_run_start(toks, j + 1) if j > 0 else j    # "Maria | Zakharova's deputy"
            if j > 1 and toks[j - 1][0] in _LINKS_NOUN_TO_NAME and toks[j - 2][0][0].isalpha() \
                    and _key(toks[j - 2][0]) not in _NOT_A_HEAD and not _is_participle(toks[j - 2][0]):
                j -= 2          # "the interlocutors of | the channel", "advisers to | the mayor"
                if j > 0 and (toks[j][0], toks[j + 1][0]) in _IDIOMS:
                    j -= 1      # "sources close to | her campaign"
                head, head_at = toks[j][0], j   # the noun before the link heads the phrase
                continue
            return j
        if t in _LINKS_NOUN_TO_NAME and j > 0 and toks[j - 1][0][0].isalpha() and _key(toks[j - 1][0]) not in _NOT_A_HEAD:
            j -= 1              # "supporters of | reform": the noun before the link heads the phrase
            if j > 0 and (toks[j][0], t) in _IDIOMS:
                j -= 1
            head, head_at = toks[j][0], j
            continue
        if not t[0].isalpha() or k in FUNCTION_WORDS or k in ADVERBS or k in _BE or (
                j < i and (t in FINITE_VERBS or t in _SPOKE)):
            break       # (a verb before the head ends the clause before it: "Ruiz said | senators say")
        j -= 1
    # no determiner: bare plurals and collectives ("police", "experts", "advisers to the mayor")
    j += 1
    k = _key(head)
    if _is_share(k) and end - j <= 6:
        return head_at      # "(at least) | half of voters": the share opens the phrase
    if (_is_plural(k) or k in ORGANISATIONS) and end - j <= 6:
        while j < end and (toks[j][0].casefold() in FUNCTION_WORDS):
            j += 1
        return j if j < end else end
    if 1 < j < end and toks[j - 1][0] == "and" and head_at == end - 1:
        d = _description_start(toks, j - 1)     # "The veteran mayor and | former state senator"
        if d < j - 1 and toks[d][0].casefold() in DETERMINERS and (d == 0 or toks[d - 1][0] not in ",(\u2014"):
            return d        # (not an apposition's role: "Bell, | a former mayor and candidate")
    return end


# Words that grade an adjective before "to": "more likely to say"
_COMPARATIVES = frozenset("more less most least as".split())


# Every spelling of "those" that casefolds to it ("Those", "THOSE"; "ſ" folds to "s")
_THOSE = frozenset(map("".join, product("tT", "hH", "oO", "sSſ", "eE")))


@lru_cache(maxsize=65536)
def _before_verb(t: str, progressive: bool) -> bool:
    """A word that ``before`` skips between a subject and its verb: an adverb ("also",
    "angrily"), a negated auxiliary ("didn't") and, before a form in -ing, "be" or an aspect verb
    ("Ruiz began | asking"). (Cached: it is asked of the last word of every window.)"""
    k = t.casefold()
    return (k in ADVERBS or is_ly_adverb(t) or (progressive and k in _BE) or (progressive and k in ASPECT_VERBS)
            or _is_negated_auxiliary(t, progressive))


def before(text: str, toks: Sequence[Token], progressive: bool = False) -> Optional[Mention]:
    """The speaker mention that ends the tokens (the subject before a speech verb), or None.
    Auxiliaries and adverbs before the verb are skipped: "Zakharova also said". A form of
    "be" makes the verb passive ("it was added") unless ``progressive`` ("he is telling")."""
    end = len(toks)
    while end > 0 and _before_verb(toks[end - 1][0], progressive):
        if toks[end - 1][0].casefold() in _FLOATING and (end == 1 or toks[end - 2][0] in (",", ";") or (
                end == 2 and toks[0][0].casefold() in ("and", "but"))):
            break       # "Both have promised": the quantifier is the subject, not an adverb
        if end > 1 and is_name_word(toks[end - 1][0]) and not toks[end - 2][0][0].isupper():
            break       # "In particular, Will wrote": a capital inside a sentence makes a name, not "will"
        end -= 1
    if end == 0:
        return None
    last = toks[end - 1][0]
    if end >= 2 and _key(last) in _TIME_WORDS:      # "Sanders on Tuesday said"
        k = end - 1
        while k > max(0, end - 3) and toks[k - 1][0].casefold() in _TIME_MODIFIERS:
            k -= 1      # "Ruiz this past week said", "Ruiz late last week said"
        return before(text, toks[:k], progressive)
    if end >= 3 and last == "ago":     # "The council less than two weeks ago said"
        k = _description_start(toks, end - 1)
        if k < end - 1 and _key(toks[end - 2][0]).rstrip("s") in _TIME_NOUNS:
            while k > 0 and toks[k - 1][0].casefold() in _APPROXIMATORS:
                k -= 1
            return before(text, toks[:k], progressive)
    if last.casefold() in _BE:
        return None
    # "Those over 60 say", "those around him say": "those" two to four words back
    if end >= 3 and (toks[end - 3][0] in _THOSE or (end >= 4 and toks[end - 4][0] in _THOSE)
                     or (end >= 5 and toks[end - 5][0] in _THOSE)):
        for j in range(end - 3, max(-1, end - 6), -1):
            if toks[j][0].casefold() == "those" and toks[j + 1][0].casefold() in _AFTER_THOSE and all(
                    t[0][0].isalnum() and t[0].casefold() not in _BE and t[0] not in FINITE_VERBS for t in toks[j + 1:end]):
                a, b = toks[j][1], toks[end - 1][2]
                return Mention(text[a:b], a, b, text[a:b], None, "description", "-", True)
    if last[0].isdigit():
        if end >= 3 and last.isdigit() and len(last) <= 3 and toks[end - 2][0] == ",":
            head = before(text, toks[:end - 2])     # an age: "Ramil Carr, 31"
            age = toks[end - 1]
            if head is not None and head.kind == "name":
                return _with_role(text, head, (age[1], age[2]), end=age[2])
            # (else a count of people, its own clause: "…, 43 said the same")
        if not _YEAR.fullmatch(last) and (
                end == 1 or (toks[end - 2][0] in (",", ";") and not (end >= 3 and toks[end - 3][0][0].isdigit()))
                or toks[end - 2][0].casefold() in _CLAUSE_OPENERS
                or (end >= 3 and toks[end - 2][0] == "least" and toks[end - 3][0].casefold() == "at")):
            # a count of people as the subject: "…, 43 said the same", "… and 160 have not announced",
            # "at least 21,000 said" (not after a date: "born in 1961, | 20 said", "on Dec. 7, | 12 said")
            a = toks[end - 3][1] if toks[end - 2][0] == "least" else toks[end - 1][1]
            b = toks[end - 1][2]
            return Mention(text[a:b], a, b, text[a:b], None, "description", "-", True)
    if last == "to" and end >= 2:      # "Trump continues to insist"
        k = end - 1
        for size in (2, 1):
            if k - size >= 0 and " ".join(t[0] for t in toks[k - size:k]).casefold() in TO_VERBS:
                j = k - size
                if j > 0 and _key(toks[j - 1][0]) in _COMPARATIVES:
                    j -= 1          # "more | likely"
                while j > 1 and (toks[j - 1][0].casefold() in _BE or is_ly_adverb(toks[j - 1][0])):
                    j -= 1          # "Voters are slightly more | likely to say": the subject of "be"
                return before(text, toks[:j])
        return None
    if last == '"' and end >= 4 and toks[end - 2][0] == "," and not progressive:
        k = end - 3
        while k > end - 9 and k > 0 and toks[k][0] not in ('"', ","):
            k -= 1
        if toks[k][0] == '"' and k < end - 3 and toks[k - 1][0][0].isalnum() and toks[k + 1][0][0].isupper():
            return before(text, toks[:end - 1])   # "Jo Ruiz, host of “Morning Talk,” said": a title's mark
        # a relative clause that ends with a quotation: "Ruiz, who called it a “farce,” said"
        c = next((c for c in range(end - 4, max(0, end - 40), -1) if toks[c][0] in ";:.!?()" or (
            toks[c][0] == "," and toks[c + 1][0] in _ASIDE_OPENERS)), None)
        # (the quotation opens inside it: not "“He is not Ruiz, who won,” said Diaz")
        return before(text, toks[:c]) if c is not None and toks[c][0] == "," and any(
            t[0] == '"' for t in toks[c + 2:end - 2]) else None
    if last == ")":                               # "Dmitry Peskov (Kremlin press secretary)"
        o = end - 1
        while o > 0 and toks[o][0] != "(" and end - o < 20:
            o -= 1
        if toks[o][0] == "(" and o > 0:
            inside = (toks[o + 1][1], toks[end - 2][2]) if end - 2 > o else None
            m = before(text, toks[:o])
            if m and m.kind == "name":
                return _with_role(text, m, inside)
        return None
    if last == "-" and not progressive and _is_spaced(text, toks[end - 1]):
        last = "\u2014"                            # a typed dash: "X - the role - said"
    if last in (",", "\u2014"):                    # "X, the role, said" / "X — the role — said"
        if last == "," and end >= 3 and toks[end - 2][0] == ")":
            m = before(text, toks[:end - 1])        # "Sen. Jo Ruiz (D-R.I.), said": a party tag's comma
            if m is not None and m.kind == "name":
                return m
        o = end - 2
        while o >= 0 and toks[o][0] != last and not (last == "\u2014" and toks[o][0] == "-" and _is_spaced(text, toks[o])) \
                and end - o < 40:
            o -= 1
        if o <= 0 or toks[o][0] not in (last, "-"):
            return None
        if last == ",":
            o = _aside_start(toks, o, end)
        inner = toks[o + 1:end - 1]
        if not inner or (last != "," and any(t[0] == '"' for t in inner)):
            return None                           # "— ''That makes me smart'' —" is no apposition
        opener = inner[0][0]
        opener_key = opener.casefold()
        if opener[0].islower() and opener_key not in DETERMINERS and not is_title(opener) and (
                opener_key in FUNCTION_WORDS or opener_key in ADVERBS or opener_key.endswith(("ing", "ed", "ly"))):
            # an aside: "CNN, citing sources, reported", "Ryan, R-Wis., appearing on Fox, said"
            tag = toks[o - 2] if o > 2 and toks[o - 1][0] == "." else toks[o - 1]     # "R-Ore" "."
            tagged = o > 1 and (tag[0].isdigit() or _PARTY_STATE.match(text, tag[1]))
            return before(text, toks[:o + 1] if tagged else toks[:o])
        if len(inner) <= 3 and (opener[0].isdigit() or _PARTY_STATE.match(text, inner[0][1])):
            head = before(text, toks[:o])     # "Paul Ryan, R-Wis., said"  "Jane Doe, 60, said"
            if head is not None and head.kind == "description" and opener[0].isdigit():
                a, b = head.start, inner[-1][2]     # "A third of independents, 33%, say"
                return Mention(text[a:b], a, b, text[a:b], None, "description", "-", True)
            return _with_role(text, head, (inner[0][1], inner[-1][2]), end=inner[-1][2]) if head and head.kind == "name" else None
        if opener[0].islower():               # "Meeks (D-N.Y.), chairman of the PAC, said"
            head = before(text, toks[:o])
            if head is None or head.kind == "pronoun":
                return None
            k = next((i for i, t in enumerate(toks) if t[1] == head.start), 0)
            if (head.kind == "description" or _PARTY_STATE.match(head.text)) and k > 1 and toks[k - 1][0] == ",":
                name = before(text, toks[:k - 1])  # "Pruitt, the attorney general, one of …, said"
                if name is not None and name.kind == "name":
                    return _with_role(text, name, (head.start, head.end))
            return _with_role(text, head, (inner[0][1], inner[-1][2]), end=inner[-1][2]) if head.kind == "name" else head
        if len(inner) == 1 and _key(opener) in ABBREVIATIONS:   # "Wilson, of Springfield, Va., said"
            return before(text, list(toks[:o]) + [toks[end - 1]])
        if _key(opener) in PARTIES:            # "Lindsey Graham, Republican of South Carolina, said"
            head = before(text, toks[:o])
            return _with_role(text, head, (inner[0][1], inner[-1][2]), end=inner[-1][2]) if head and head.kind == "name" else None
        inner_m = build(text, inner)
        run = _name_run_start(inner, len(inner))
        # "Jo Ruiz, state director for Smith, said": a role that ends with a name, not a name
        ends_role = not progressive and 1 < run and inner[run - 1][0] in _LINKS_NOUN_TO_NAME \
            and inner[run - 2][0].islower() and not any(t[0] == "," for t in inner)
        if inner_m and inner_m.kind == "name" and _key(opener) not in DETERMINERS and not ends_role and not (
                _possessive(opener) and len(inner) > 1):    # "Jo Ruiz, | Time's managing editor, | said": a role
            role = _role_before(toks, o)        # "the ministry's spokeswoman, Maria Zakharova,"
            if role:
                return _with_role(text, inner_m, role, start=role[0])
            head = before(text, toks[:o])
            return inner_m if head is None or head.kind != "name" else None
        head = before(text, toks[:o])
        if head and head.kind == "name":        # "Douglas Brinkley, a historian, recalled"
            return _with_role(text, head, (inner[0][1], inner[-1][2]), end=inner[-1][2])
        return None
    if last in _PARTITIVE_PRONOUNS and end >= 3 and toks[end - 2][0] == "of" and (
            toks[end - 3][0].casefold() in _INDEFINITE or _is_count(toks[end - 3][0]) or _is_share(toks[end - 3][0])):
        a, b = toks[end - 3][1], toks[end - 1][2]       # "most of them said"
        return Mention(text[a:b], a, b, text[a:b], None, "description", "-", True)
    if pronoun(last):
        if _CONTRACTION.sub("", last.casefold()) not in _SUBJECT_PRONOUNS:
            return None                          # "his recently revealed plan": no speaker
        return pronoun_mention(text, toks[end - 1])
    if is_name_word(last) and not _possessive(last):
        i = _name_run_start(toks, end)
        # the role runs left over titles, modifiers and possessives: "Kremlin press secretary"
        j = i
        if i > 0 and (is_title(toks[i - 1][0]) or (i < end - 1 and any(is_title(t[0]) for t in toks[i:end - 1]))):
            while j > 0 and i - j < 6:
                t = toks[j - 1][0]
                if not t[0].isalpha() or t.casefold() in FUNCTION_WORDS or t.casefold() in ADVERBS or t in SPEECH_VERBS:
                    break            # "Song said | Democratic presidential candidate Hillary Clinton"
                j -= 1
            while j < i and not (is_title(toks[j][0]) or is_name_word(toks[j][0]) or _possessive(toks[j][0])):
                j += 1      # a role starts at a title, a name or a possessive, not "press"
        if j > 0 and toks[j - 1][0].casefold() in DETERMINERS:
            j -= 1
        person = _person_before_place(toks, j)
        if person is not None:                # "Angela Merkel | of Germany"
            return _coordinated(text, toks, person[0], build(text, toks[person[0]:end]))
        if j > 1 and toks[j - 1][0] in _LINKS_NOUN_TO_NAME:
            d = _description_start(toks, j - 1)   # "advisers to Mr. Obama", "a spokesman for Clinton"
            if d < j - 1:
                start, stop = toks[d][1], toks[end - 1][2]
                noun = _key(toks[j - 2][0])
                return Mention(text[start:stop], start, stop, text[start:stop], None, "description",
                               _gender([toks[j - 2][0]]), noun.endswith("s") and not noun.endswith("ss"))
        m = build(text, toks[j:end])
        return _coordinated(text, toks, j, m)
    if last.startswith("wh") and _CONTRACTION.sub("", last) in ("who", "which") and end >= 3 and toks[end - 2][0] in ("and", "but"):
        # "Jo Ruiz, whose district backed Bell but | who said …": the relative before names the same
        rel = next((j for j in range(end - 3, max(0, end - _RELATIVE_SPAN), -1) if toks[j][0] in _EARLIER_RELATIVES), None)
        if rel is None:
            return None
        m = before(text, toks[:rel - 1] if toks[rel - 1][0] in (",", "\u2014") else toks[:rel])
        if m is None or m.kind == "pronoun":
            return None
        word = toks[end - 1]
        return Mention(word[0], word[1], word[2], m.name, m.role, m.kind, m.gender, m.plural)
    if last == "whom" and end >= 4 and toks[end - 2][0] == "of" and (
            toks[end - 3][0].casefold() in _INDEFINITE or toks[end - 3][0].casefold() == "each"):
        # "the families, | many of whom | say …"
        k = end - 4 if toks[end - 4][0] in (",", "\u2014") else end - 3
        m = before(text, toks[:k]) if k > 0 else None
        if m is None or m.kind == "pronoun":
            return None
        a, b = toks[end - 3][1], toks[end - 1][2]
        return Mention(text[a:b], a, b, m.name, m.role, m.kind, m.gender, toks[end - 3][0].casefold() != "each")
    if last.startswith("wh") and _CONTRACTION.sub("", last) in ("who", "which") and end >= 2:   # "the leader, who said", "who've said"
        k = end - 2 if toks[end - 2][0] == "," or toks[end - 2][0] == "\u2014" or (
            toks[end - 2][0] == "-" and _is_spaced(text, toks[end - 2])) else end - 1   # "Ruiz — who said"
        m = before(text, toks[:k])
        if last.casefold().startswith("who"):  # (a person; "which" stands for the phrase)
            m = _person_in_phrase(text, toks[:k], m)
        if m is None and k == end - 1 and last == "who" and toks[k - 1][0][0].islower() and _is_plural(_key(toks[k - 1][0])):
            noun_tok = toks[k - 1]                 # "by 6 in 10 voters | who say": a plain
            m = Mention(noun_tok[0], noun_tok[1], noun_tok[2], noun_tok[0], None, "description", "-", True)
        if m is None or m.kind == "pronoun":
            return None
        word = toks[end - 1]                       # the cue links to "who", which names m
        return Mention(word[0], word[1], word[2], m.name, m.role, m.kind, m.gender, m.plural)
    if last == "%" and end >= 2 and toks[end - 2][0][0].isdigit():     # "42% say"
        a, b = toks[end - 2][1], toks[end - 1][2]
        return Mention(text[a:b], a, b, text[a:b], None, "description", "-", True)
    if end >= 3 and toks[end - 2][0] == "in" and _is_count(toks[end - 1][0]) and _is_count(toks[end - 3][0]):
        a, b = toks[end - 3][1], toks[end - 1][2]           # "six in 10 said"
        return Mention(text[a:b], a, b, text[a:b], None, "description", "-", True)
    if end >= 4 and toks[end - 3][0] == "out" and toks[end - 2][0] == "of" and _is_count(toks[end - 1][0]) \
            and _is_count(toks[end - 4][0]):
        a, b = toks[end - 4][1], toks[end - 1][2]           # "nine out of 10 say"
        return Mention(text[a:b], a, b, text[a:b], None, "description", "-", True)
    if last.casefold() in _INDEFINITE:           # "someone asked", "others say", "Both have said"
        word = toks[end - 1]
        return Mention(word[0], word[1], word[2], word[0], None, "description", "-",
                       not last.casefold().endswith(("one", "body", "other", "neither")))
    if last[0].islower():
        j = _description_start(toks, end)
        if j < end:
            if _key(last) in _TIME_NOUNS:         # "Trump this week also said"
                return before(text, toks[:j])
            if j > 0 and toks[j - 1][0].casefold() in _PLACE_PREPOSITIONS and not (
                    not progressive and toks[j - 1][0].casefold() in ("after", "before") and is_title(last)):
                # (but "… after | the governor | suggested": a person opens a clause of time)
                m = before(text, toks[:j - 1])    # "Trump, in a statement, said" / "Trump in an interview said"
                if progressive or toks[j - 1][0].casefold() not in ("after", "before") or (
                        m is not None and not _is_time(m)):
                    return m
                # "two hours after | news outlets declared": the phrase is the subject of a clause
                # (but "after a man | claiming …" is a man who claims)
            return build(text, toks[j:end])
    return None


def _person_in_phrase(text: str, toks: Sequence[Token], m: Optional[Mention]) -> Optional[Mention]:
    """Whom "who" after the tokens stands for: the phrase ``m`` that ends them, or the person
    that ends it after a link when the phrase's head is no person: "went on the radio with |
    Tom Bell, who said", "a letter from | the mayor, who …" (not "a spokesman for | Bell")."""
    if m is None or m.kind != "description":
        return m
    for i in range(len(toks) - 2, 0, -1):
        if toks[i][1] <= m.start:
            break
        if toks[i][0] in _LINKS_TO_A_PERSON:
            head = toks[i - 1][0]
            if not head.islower() or is_title(head) or _key(head) in PERSON_NOUNS or (head, toks[i][0]) in _IDIOMS:
                return m        # (not "people familiar with | the talks, who …", "the Partnership for | Jobs, which …")
            inner = before(text, toks[i + 1:])
            return inner if inner is not None and inner.kind != "pronoun" and inner.start == toks[i + 1][1] else m
    return m


# Links after which a phrase may end with a person its head is not: "the radio with | Bell"
_LINKS_TO_A_PERSON = frozenset("with from to for".split())
# Relative words that an earlier relative clause opens with, and how far back one is looked for
# before "and who" / "but who"
_EARLIER_RELATIVES = frozenset("who whose which".split())
_RELATIVE_SPAN = 40

# Words that open a modifier after a subject's head: "officials | whose laws were struck down |
# say", "a statement | posted on the website | said", "people | with knowledge of the talks | said"
_POST_MODIFIER_OPENERS = frozenset("who whose that in of with from at over privy familiar close".split())
# Words that may open a sentence before its subject: "But | executives who … say"
_SENTENCE_LINKS = frozenset("but and yet so though although".split())


def _may_be_post_modified(toks: Sequence[Token]) -> bool:
    """Whether ``post_modified`` may find a subject: a necessary condition, which most sentences
    fail, read back over the last 20 tokens. The modifier it reads runs to the end of the tokens,
    is at most 20 tokens of words, numbers and "-", "'", "%", "$", and opens with an opener or a
    word in -ed or -ing; the last other mark before it is in the subject, whose tokens hold no comma, full stop or
    quotation mark (a parenthesis may, which then ends with ")")."""
    seen = False
    for t, _, _ in reversed(toks[-20:]):
        if not (t[0].isalnum() or t in "-'%$"):
            return seen and t not in ",.;:!?\"("
        if not seen and (t in _POST_MODIFIER_OPENERS or (t[0].islower() and t.endswith(("ed", "ing")))):
            seen = True
    return seen


def post_modified(text: str, toks: Sequence[Token]) -> Optional[Mention]:
    """The noun phrase that opens the tokens (a sentence up to its speech verb) when all that
    stands between it and the verb is one modifier of it: "Executives who have worked with Jo Ruiz
    say", "A spokesman for the mayor's office said". A name takes no participle ("Peskov declined
    to comment on reports"), and no comma, quote or form of "be" may stand there."""
    if not _may_be_post_modified(toks):     # (a tenth of the cost of reading the phrase)
        return None
    i = 1 if toks and toks[0][0].casefold() in _SENTENCE_LINKS else 0
    m = after(text, toks[i:], apposition=False)
    if m is None or m.kind == "pronoun":
        return None
    n = next((k for k in range(i, len(toks)) if toks[k][2] >= m.end), len(toks)) + 1
    if n - i > 1 and toks[n - 1][0][0].islower() and toks[n - 1][0].endswith(("ed", "ing")):
        m = build(text, toks[i:n - 1])      # "critics | clamoring to block it | say"
        n -= 1
        if m is None:
            return None
    if not 1 <= len(toks) - n <= 20:
        return None
    rest = [t[0] for t in toks[n:]]
    if any(not (t[0].isalnum() or t in "-'%$") for t in rest):
        return None
    opener = rest[0]
    relative = opener in ("who", "whose", "that")
    common = m.kind == "description" or _key(m.text) in PLURAL_NOUNS     # "People | briefed on it"
    participle = opener[0].islower() and (opener.endswith("ing") or common and opener.endswith("ed"))
    if not (relative or participle or opener in _POST_MODIFIER_OPENERS):
        return None
    if not relative and any(t.casefold() in _BE or t.casefold() in ADVERBS for t in rest):
        return None     # "The bill in Ohio has been said …": a verb of the sentence, no modifier
    return m


# Marks that end a relative clause before the verb it stands in front of
_ENDS_RELATIVE = frozenset(',;:"()\u2014')
# Words after which a noun phrase opens a clause as its subject: "So even | economists who …"
_OPENS_SUBJECT = frozenset("that and but so even also while because as when if though although".split())


def relative_head(text: str, toks: Sequence[Token], inner: int) -> Optional[Mention]:
    """The subject whose relative clause holds the mention at ``inner`` and runs on to the verb
    after the tokens: "Current and former officials | who spoke with the Planet | said",
    "economists | who favor consumption taxes | agree". No comma, quote or dash may stand in
    the clause (an aside, "Ruiz, who …, said", is read elsewhere), and it is short."""
    # the last "who" or mark, read back over the 12 tokens a clause may take (one further back
    # makes the clause too long, as no "who" does); most windows hold no "who" there at all
    if len(toks) < 2 or text.find("who", toks[max(1, len(toks) - 12)][1], inner) < 0:
        return None
    for w in range(len(toks) - 1, max(0, len(toks) - 13), -1):
        if toks[w][0] in ("who", "whose") or toks[w][0] in _ENDS_RELATIVE:
            break
    else:
        return None
    if toks[w][0] not in ("who", "whose") or toks[w][2] > inner:
        return None
    m = before(text, toks[:w])
    if m is None or m.kind == "pronoun":
        return None
    h = next((k for k in range(w) if toks[k][1] == m.start), 0)
    if h > 0 and toks[h - 1][0].casefold() not in _OPENS_SUBJECT:
        return None     # "… choose | the candidate who won …": an object, not the subject
    return m


# Words that open an aside after a name, which may hold commas of its own: "Ruiz, whose firm,
# Planco, builds bridges, said"
_ASIDE_OPENERS = frozenset("who whose which".split())


def _aside_start(toks: Sequence[Token], o: int, end: int) -> int:
    """The comma that opens the aside before a verb's comma: the last comma ``o`` unless an
    earlier one follows a name and opens a relative clause or a participle ("Sen. Jo Ruiz, |
    facing a race in Ohio, a swing state, said"), so that the subject is not "Ohio"."""
    for c in range(o - 1, max(0, end - 40), -1):
        t = toks[c][0]
        if t in ';:"()' or t in ".!?":
            break
        if t == "," and is_name_word(toks[c - 1][0]):
            k = toks[c + 1][0]
            if k in _ASIDE_OPENERS or (k[0].islower() and k.endswith("ing") and k not in FUNCTION_WORDS):
                return c
    return o


def _is_participle(t: str) -> bool:
    """"compared", "linked": a participle before "with"/"to", which ends a phrase, not a noun
    the phrase hangs from ("compared with | 23 percent")."""
    return len(t) > 5 and t[0].islower() and t.endswith("ed")


def _is_time(m: Mention) -> bool:
    """A description of a span of time, which never speaks: "two hours", "a few months"."""
    return m.kind == "description" and is_time_noun(m.text.split()[-1])


def is_time_noun(t: str) -> bool:
    """A noun that names a span of time, singular or plural: "years", "week", "hours"."""
    return _key(t).rstrip("s") in _TIME_NOUNS


def _is_negated_auxiliary(t: str, progressive: bool) -> bool:
    """"didn't", "hasn't", "won't" (and "isn't" before a form in -ing): an auxiliary between a
    subject and its verb, as "did" and "not" are: "Ruiz didn't say", "Ruiz isn't saying"."""
    k = t.casefold()
    if not k.endswith("n't") or len(k) < 5:
        return False
    stem = _NEGATED_STEMS.get(k[:-3], k[:-3])
    return stem in ADVERBS or (progressive and stem in _BE)


def _is_count(t: str) -> bool:
    return t[0].isdigit() or t.casefold() in NUMBER_WORDS


def _is_spaced(text: str, tok: Token) -> bool:
    """A hyphen with a space on each side stands for a dash: "Ruiz - the mayor - said"."""
    return text[tok[1] - 1:tok[1]] == " " and text[tok[2]:tok[2] + 1] == " "


def _is_plural(k: str) -> bool:
    """A plural head noun (casefolded): "officials", "people", "spokesmen"."""
    return (k.endswith("s") and not k.endswith("ss")) or k.endswith("men") or k in PLURAL_NOUNS


def _is_share(t: str) -> bool:
    """"half", "percent", "two-thirds": a share of a group, which speaks as a plural."""
    return _key(t).split("-")[-1] in QUANTITIES


def is_share(t: str) -> bool:
    """A word that counts or measures a share of people, who take a plural verb: "9 percent say",
    "Nine in 10 say", "40% say", "half say"."""
    return _is_count(t) or t.endswith("%") or _is_share(t)


def is_ly_adverb(t: str) -> bool:
    """"forcefully", "angrily": a manner adverb between a subject and its verb."""
    return len(t) > 4 and t.endswith("ly") and t[0].islower() and t not in _LY_NOUNS


def _role_before(toks: Sequence[Token], o: int) -> Optional[tuple[int, int]]:
    """Offsets of a role phrase that ends at token ``o`` and opens with a determiner or a
    possessive: "In turn, | the official representative of the Russian Foreign Ministry"."""
    best = None
    for j in range(o - 1, max(-1, o - 13), -1):
        t = toks[j][0]
        if not (t[0].isalnum() or t in "-'"):
            break
        if (t.casefold() in DETERMINERS or _possessive(t)) and any(is_title(x[0]) for x in toks[j:o]):
            best = j
    return (toks[best][1], toks[o - 1][2]) if best is not None else None


def _coordinated(text: str, toks: Sequence[Token], j: int, m: Optional[Mention]) -> Optional[Mention]:
    """"The Kremlin, Russian Foreign Ministry and the US have both stated": the whole list."""
    if m is None or j < 2 or toks[j - 1][0] not in ("and", "&"):
        return m
    k = j - 1
    first = None
    while k > 0:
        prev = before(text, toks[:k])
        if prev is None or prev.kind == "pronoun":
            break
        first = prev
        k = next(i for i, t in enumerate(toks) if t[1] == prev.start)
        if k > 0 and toks[k - 1][0] == ",":
            k -= 1
            continue
        break
    if first is None:
        return m
    text = text[first.start:m.end]
    return Mention(text, first.start, m.end, text, None, "name", "-", True)


def _with_role(text: str, m: Mention, role: Optional[tuple[int, int]], start: Optional[int] = None,
               end: Optional[int] = None) -> Mention:
    role_text = m.role
    if role:
        role_text = text[role[0]:role[1]]
        if m.role and m.role not in role_text:
            role_text = f"{m.role}, {role_text}"    # "Sen., D-Mass."
    s = m.start if start is None else start
    e = m.end if end is None else end
    return Mention(text[s:e], s, e, m.name, role_text, m.kind, m.gender if m.gender != "-" else
                   _gender(role_text.split()) if role_text else "-", m.plural)


_STOP_AFTER = frozenset(",.;:!?\"()")
_ENDS_NP = frozenset("who whom whose which that in on at during after before when while to with for about from"
                     " by as and but or than because since if told said says".split())


def after(text: str, toks: Sequence[Token], apposition: bool = True, subject: bool = False) -> Optional[Mention]:
    """The speaker mention that opens the tokens (after "said" or "according to"), with a
    parenthesis or (if ``apposition``) an apposition as its role: "said Leslie Wimes, a
    Florida activist.". A ``subject`` (the tokens open a clause) ends at its verb."""
    if not toks:
        return None
    first = toks[0][0]
    k = first.casefold()
    if k in _BE or k in FUNCTION_WORDS and not (k in DETERMINERS or pronoun(first)):
        return None          # "promising to lift …", "claiming that …", "“…” comment was" name no speaker
    if subject and (is_ly_adverb(first) or first in ADVERBS):
        return None          # "…, but | gradually turned …": a verb phrase with no subject of its own
    if (m := pronoun_mention(text, toks[0])):
        return m
    n = 1 if first not in _STOP_AFTER else 0
    seen_name = n == 1 and is_name_word(first)
    stop = min(len(toks), 14)
    while n < stop and toks[n][0] not in _STOP_AFTER:
        t = toks[n][0]
        k = t.casefold()
        lower = t[0].islower()
        if subject and (t in ("\u2014", "\u2013") or (t == "-" and _is_spaced(text, toks[n]))):
            break            # "Mrs. Ruiz | -- whose husband signed it -- has derided …": an aside
        if k in _ENDS_NP and not (t == "of" and n + 1 < len(toks)) and (toks[n - 1][0].casefold(), t) not in _IDIOMS:
            break
        if lower and k in _BE:
            break            # "said | the bridge | is safe": a clause, whose subject is no speaker
        if (seen_name or subject) and lower and (
                is_ly_adverb(t) or t.endswith("ed") or (subject and (t in FINITE_VERBS or t in IRREGULAR_PASTS))
                or (subject and t in ADVERBS and toks[n - 1][0].casefold() not in DETERMINERS)):
            break            # "Mr. Schultz | generally supported …"  "the union | issued …"  "Ruiz | then said …"
        if subject and seen_name and n + 1 < len(toks) and lower and t.endswith("s") and \
                toks[n + 1][0].casefold() in DETERMINERS:
            break            # "Ruiz | rips the plan": a verb in -s before its object
        seen_name = seen_name or is_name_word(t)
        n += 1
    if n == 0:
        return None
    m = build(text, toks[:n])
    if m is None or m.kind == "pronoun":
        return m
    rest = toks[n:]
    if rest and rest[0][0] == "(":
        close = next((i for i, t in enumerate(rest[:20]) if t[0] == ")"), None)
        if close and close > 1:
            return _with_role(text, m, (rest[1][1], rest[close - 1][2]), end=rest[close][2])
    if apposition and m.kind == "name" and len(rest) > 1 and rest[0][0] == "," and (
            rest[1][0].casefold() in DETERMINERS or is_title(rest[1][0])) and rest[1][0][0].islower():
        stop = 1
        while stop < len(rest) and rest[stop][0] not in _STOP_AFTER and stop < 25:
            stop += 1
        return _with_role(text, m, (rest[1][1], rest[stop - 1][2]), end=rest[stop - 1][2])
    return m


# A word with nothing glued to it: "Maria", "W.", "Jean-Pierre" (not "B,”" or "(Reuters)")
_CLEAN_WORD = re.compile(r"[^\W\d_][\w'\-]*\.?$")


class NameIndex:
    """Surname -> counts of the full names that end with it in the document ("Kirby" ->
    {"John Kirby": 2}). Titles and sentence-opening words are stripped from the front. Each
    surname is looked up when first asked for: an article asks for a handful."""

    def __init__(self, text: str, work: str):
        self._text, self._work = text, work
        self._cache: dict[str, Optional[Counter]] = {}

    def get(self, surname: str) -> Optional[Counter]:
        if surname not in self._cache:
            self._cache[surname] = self._look_up(surname)
        return self._cache[surname]

    def _look_up(self, surname: str) -> Optional[Counter]:
        found: dict[str, int] = {}          # (a Counter only when a name is found: most surnames find none or few)
        text, work = self._text, self._work
        at = work.find(surname)
        while at >= 0:
            end = at + len(surname)
            # (a name has a word before the surname, with a space between: no name across a line break)
            if at > 0 and text[at - 1] == " " and (
                    end == len(work) or not (work[end].isalnum() or work[end] == "-")):
                # the capitalised words just before: "Maria Zakharova", "George W. Bush", "Pieter van Aalst"
                # (the words of text[at - 60:at - 1] split at spaces, read from the right: most
                # occurrences stop at the first, "said | Kirby", so the rest is never split)
                lo, stop = max(0, at - 60), at - 1
                name = [text[at:end]]
                while True:
                    space = text.rfind(" ", lo, stop)
                    w = text[space + 1 if space >= 0 else lo:stop]
                    if not (w and (is_name_word(w) or w in PARTICLES) and _CLEAN_WORD.match(w) and not _possessive(w)):
                        break
                    name.insert(0, w)
                    if space < 0:
                        break
                    stop = space
                while len(name) > 1 and (_key(name[0]) in FUNCTION_WORDS or is_title(name[0]) or name[0] in PARTICLES):
                    name.pop(0)
                if len(name) >= 2 and not any(is_title(w) for w in name):
                    key = " ".join(name)
                    found[key] = found.get(key, 0) + 1
            at = work.find(surname, end)
        return Counter(found) if found else None
