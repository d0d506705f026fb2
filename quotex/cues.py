"""Cues: the speech verbs of the lexicon and "according to", found once per document."""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from .lexicon import CUE_GAP_WORDS, DETERMINERS, NOUN_QUANTIFIERS, NUMBER, OTHER_SENSES, PERSON_NOUNS, SPEECH_NOUNS, SPEECH_VERBS, Verb
from .patterns import trie_pattern


class Cue(NamedTuple):
    start: int
    end: int
    text: str
    verb: Optional[Verb]   # None for "according to" and for nouns
    noun: bool = False     # a speech noun before "that": "his claim that …"
    # "adding", "saying" ("pushing for" too): the subject is the sentence's earlier speaker. Set
    # once by find_cues (the rules ask it many times per cue)
    participle: bool = False


# Participles capitalised where they open a sentence: "Noting that …, Ruiz said"
_OPENING_PARTICIPLES = {w[0].upper() + w[1:]: SPEECH_VERBS[w] for w in SPEECH_VERBS if w.split()[0].endswith("ing")}
# A word between a verb and its particle, or whom it was said to:   spoke | passionately | about
#   talked | at length | about   spoke | to reporters | about   talked | with | Fox | News | about
# or a phrase of where, when or to whom, of up to two words after its determiner (not one before
# "of" or "to", which belongs to another phrase: "three points in the survey | to 29"):
#   talked | on social media | about   talking | to his inner circle | about   spoke | on Monday | about
_CUE_GAP = rf"[ ]+(?:[a-z]+ly|{trie_pattern(CUE_GAP_WORDS)}" \
           rf"|(?:to|with|on|at|in)[ ]+(?:(?:the|a|an|his|her|their|its)[ ]+)?[\w'\-]+(?:[ ]+[a-z][\w'\-]*)?(?![ ]+(?:of|to)\b)" \
           rf"|(?:(?:to|with)[ ]+(?:the[ ]+)?[\w'\-]+|[A-Z][\w'\-]*)(?![ ]+of\b))"
# The gap words of a matched cue, which its lexicon entry leaves out (not its last word)
_GAP_WORDS = re.compile(rf"(?:{_CUE_GAP})+(?=[ ])")

# (the standard library's re: several times faster than regex on this whole-document pass)
# Every cue of the lexicon as a whole word, lower case only ("The Post" is not "post") but for
# an opening participle, or "according to", not inside a hyphenated word:
#   said   pointed out   spoke passionately about   Noting   According to   (not: so-called)
# One pattern of every entry would repeat the gap inside each of its multi-word entries, and
# compiling that took half of the command's start-up. So a cue is found in two steps: this pattern
# finds the first word of an entry (or "according to", or a speech noun before "that"), and the
# rest of a multi-word entry, with its gap, is matched after it by a small pattern per first word,
# compiled when first met. The result is the one the single pattern gives (tests/test_cues.py).
# The character before the cue is matched, not looked behind at: a space or a mark, [^\w\-'] (find_cues
# searches " " + work, so a cue may open the text), in a copy of the text where all of them are
# spaces (_FIRST_WORD_SPACED below).
VERB_ENTRIES: tuple[str, ...] = (*SPEECH_VERBS, *_OPENING_PARTICIPLES)
_RESTS: dict[str, list[str]] = {}        # first word -> the rests of its multi-word entries
for _entry in VERB_ENTRIES:
    _first, _, _rest = _entry.partition(" ")
    if _rest:
        _RESTS.setdefault(_first, []).append(_rest)
_SINGLE_WORDS = frozenset(e for e in VERB_ENTRIES if " " not in e)
_FIRST_WORDS = frozenset(e.partition(" ")[0] for e in VERB_ENTRIES)
_OTHER_CUES = rf"(?P<according>[Aa]ccording[ ]+to)|(?P<noun>{trie_pattern(SPEECH_NOUNS)})(?=[ ]+that[ ])"
# The first words, the speech nouns and "according" are one trie, without groups: the engine
# tries one alternation at each place instead of three (a sixth of find_cues). The words are all
# letters, so at most one of them is a whole word at a place, and the word tells its kind: a first
# word goes first (as in the alternation of the three), else "according to" or a noun before
# "that" is checked by _OTHER_CUE (one place in twenty).
# The pattern is "[^\w\-'](?:words)(?![\w\-])", but it is searched for in a same-length copy of the
# text, in bytes, in which every character that can stand before a word is a space: the engine
# then skips from space to space with its fast literal search instead of testing every character
# against the set (that test was half of the search). The ASCII ones become spaces by a table;
# every other character is "?" from the encoder, and so a space, a letter outside ASCII too: a
# match that starts or ends at one ("Josésaid", "saidé") is no match in the text. The words are
# ASCII, so every match in the text is one in the copy, with the same span.
_FIRST_TRIE = trie_pattern(_FIRST_WORDS | {*SPEECH_NOUNS, 'according', 'According'})
_FIRST_WORD_SPACED = re.compile(rf"[ ](?:{_FIRST_TRIE})(?![\w\-])".encode("ascii"))
# (a translation table has 256 entries; the copy holds only the first 128)
_SPACE_FOR = bytes(c if re.match(r"[\w\-']", chr(c)) else 32 for c in range(128)) + bytes([32]) * 128
_LETTER = re.compile(r"\w")
_OTHER_CUE = re.compile(rf"[^a-zA-Z0-9\w\-'](?:{_OTHER_CUES})(?![\w\-])")
_REST_OF: dict[str, re.Pattern] = {}    # first word -> its gap and rests, compiled when first met


def _rest_of(first: str) -> re.Pattern:
    pattern = _REST_OF.get(first)
    if pattern is None:
        pattern = _REST_OF[first] = re.compile(
            rf"(?:{_CUE_GAP}){{0,3}}?[ ]+(?:{trie_pattern(_RESTS[first], _CUE_GAP)})(?![\w\-])")
    return pattern


def _cue_matches(padded: str):
    """(start, end, is_verb, is_noun) of each cue in ``padded`` (" " + work), left to right, as
    one pattern of all entries would match them: the longest entry at the first place it fits."""
    spaced = padded.encode("ascii", "replace").translate(_SPACE_FOR)
    only_ascii = padded.isascii()
    pos = 0
    while (m := _FIRST_WORD_SPACED.search(spaced, pos)) is not None:
        if not only_ascii and (_LETTER.match(padded, m.start()) or _LETTER.match(padded, m.end())):
            pos = m.start() + 1         # a letter outside ASCII before or after the word
            continue
        first = padded[m.start() + 1:m.end()]
        if first not in _FIRST_WORDS:
            if (other := _OTHER_CUE.match(padded, m.start())) is not None:
                yield m.start() + 1, other.end(), False, other.group("noun") is not None
                pos = other.end()
            else:
                pos = m.start() + 1
            continue
        rest = _rest_of(first).match(padded, m.end()) if first in _RESTS else None
        if rest is not None:
            yield m.start() + 1, rest.end(), True, False
            pos = rest.end()
        elif first in _SINGLE_WORDS:
            yield m.start() + 1, m.end(), True, False
            pos = m.end()
        elif (other := _OTHER_CUE.match(padded, m.start())) is not None:
            yield m.start() + 1, other.end(), False, other.group("noun") is not None
            pos = other.end()
        else:
            pos = m.start() + 1


# Determiners after which a verb form in -s is a plural noun: "some states", "his claims"
# ("this says" and "that suggests" stay verbs: the demonstrative is the subject)
# and quantifiers that go only before nouns: "a few hints", "no claims", "multiple reports"
_NOUN_DETERMINERS = DETERMINERS - {"this", "that"} | NOUN_QUANTIFIERS
# Articles and possessives after which a form in -ed or -en is an adjective: "a written
# statement", "the proposed wall" (not "have both stated")
_ADJECTIVE_DETERMINERS = frozenset("a an the his its their our my your".split())
# The word just before a cue, matched on the 16 characters before it read backwards (a search
# forwards would try every place in them):   "the | claims" -> " eht"
# (as "(\w+)[ ]+$" would find it, "$" also before a line break that ends them)
_WORD_BEFORE_REVERSED = re.compile(r"\n?[ ]+(\w+)")
# A determiner or possessive and an adjective in -ed just before a cue:   "Trump's repeated | calls"
# (not a participle that names people, the head noun and subject itself: "the accused | says")
_ADJECTIVE_BEFORE = re.compile(rf"(?:\b(?:{trie_pattern(sorted(_ADJECTIVE_DETERMINERS | {'her'}))})|\w['\u2019]s)[ ]+([a-z]+ed)[ ]+$")


# After a form that is mostly a noun, what makes it a verb: "that" or the end of a clause
#   "It states | that …"   "…, Moscow states|."
_NOUN_FORM_AS_VERB = re.compile(r"[ ]that[ ]|[,.]")


def _is_noun_or_adjective(work: str, start: int, text: str) -> bool:
    """A form in -s after a determiner is a plural noun ("his claims"), one in -ed or -en an
    adjective ("a written statement", "the proposed wall"). (Only forms with those endings are
    asked: ``_Form.maybe_noun_or_adjective``.)"""
    if start == 0:
        return False
    m = _WORD_BEFORE_REVERSED.match(work[max(0, start - 16):start][::-1])
    if m is None:
        return False
    word = m.group(1)[::-1]
    # (the adjective is the word before, in lower case and in -ed: a look at that word spares
    # most searches, "United States" among them)
    if text.endswith("s") and work.endswith("ed", 0, start - m.start(1)) and word[0].islower() and \
            (adjective := _ADJECTIVE_BEFORE.search(work, max(0, start - 40), start)) and \
            adjective.group(1) not in PERSON_NOUNS:
        return True     # "his repeated calls", "the oft-cited claims"
    return word.casefold() in (_NOUN_DETERMINERS if text.endswith("s") else _ADJECTIVE_DETERMINERS)


# The word after a cue, a number in digits counting as NUMBER:   "added | up"   "added | 1 million"
_NEXT_WORD = re.compile(r"[ ]+(?:(?P<number>\$?\d)|(?P<word>[a-z]+))")


def _is_other_sense(work: str, end: int, after: frozenset[str]) -> bool:
    """Whether the word after a form is one ``after`` (its entry in lexicons/other_senses.txt)
    that makes another verb of it: "the costs added | up", "the economy added | 151,000 jobs"."""
    m = _NEXT_WORD.match(work, end)
    return m is not None and (NUMBER if m.group("number") else m.group("word")) in after


def _verb_of(text: str) -> Optional[Verb]:
    """The lexicon entry of a cue as written: "said", "pointed  out", "Noting", and with the
    words of a gap left out, "spoke out about" ("spoke about"), "made abundantly clear that"."""
    verb = SPEECH_VERBS.get(text) or _OPENING_PARTICIPLES.get(text)
    if verb is not None or " " not in text:     # (most cues are one word: nothing to rejoin)
        return verb
    joined = " ".join(text.split())
    for key in (joined, _GAP_WORDS.sub("", joined)):
        verb = SPEECH_VERBS.get(key) or _OPENING_PARTICIPLES.get(key)
        if verb is not None:
            return verb
    return None


class _Form(NamedTuple):
    """What a verb cue's text tells before its context is read, worked out once per form."""
    verb: Optional[Verb]
    maybe_noun_or_adjective: bool     # in -s, -ed or -en: "his claims", "a written statement"
    other_senses: Optional[frozenset[str]]   # its words in lexicons/other_senses.txt: "added | up"
    noun_form: bool                   # mostly a noun: "his remarks"
    participle: bool


def _form(text: str) -> _Form:
    verb = _verb_of(text)
    return _Form(verb, text.endswith(("s", "ed", "en")), OTHER_SENSES.get(text),
                 verb is not None and verb.noun and text in verb.forms[:2],
                 _is_participle(text))


def _is_participle(text: str) -> bool:
    return text.split(" ", 1)[0].endswith("ing")


# One-word forms only: those are the lexicon's, so the table stays small whatever the corpus
# (a gap makes a form of its own: "talked with Fox News about")
_FORMS: dict[str, _Form] = {}


def find_cues(work: str) -> list[Cue]:
    cues = []
    for start, end, is_verb, is_noun in _cue_matches(" " + work):
        start, end = start - 1, end - 1     # (offsets in " " + work are one more than in work)
        text = work[start:end]
        if not is_verb:
            cues.append(Cue(start, end, text, None, is_noun, _is_participle(text)))
            continue
        form = _FORMS.get(text)
        if form is None:
            form = _form(text)
            if " " not in text:
                _FORMS[text] = form
        if (form.maybe_noun_or_adjective and _is_noun_or_adjective(work, start, text)) or \
                (form.other_senses and _is_other_sense(work, end, form.other_senses)):
            continue
        if form.verb is None:
            continue    # (every form the pattern matches is in the lexicon; this is a guard)
        if form.noun_form and not _NOUN_FORM_AS_VERB.match(work, end):
            continue    # "swing states like Ohio", "his remarks": nouns
        cues.append(Cue(start, end, text, form.verb, False, form.participle))
    return cues
