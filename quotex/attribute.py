"""Attribution rules: link each quotation and each reported clause to a cue and a mention.

The rules are tried in a fixed order and the one that fires is named in the record (``rule``),
so a user can see why a speaker was chosen. Mentions are linked here as written ("he",
"Kirby"); ``resolve`` turns them into names.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Optional, Sequence

import re

from . import mentions
from .cues import Cue
from .lexicon import (ACT_PASTS, ADVERBS, ASPECT_VERBS, CONTROL_VERBS, DETERMINERS, DIRECTIVE_VERBS, FINITE_VERBS, FIRST_NAMES,
                      FUNCTION_WORDS, INFINITIVE_NOUNS, LABELS, LIGHT_VERBS, NARRATIVES, NUMBER_WORDS, OCCASIONS, PARTICIPLE_NOUNS,
                      PERSON_NOUNS, PURPOSE_VERBS, REFUSAL_VERBS, SPEECH_NOUNS, TITLES, TO_VERBS, WORKS)
from .mentions import Token, tokenize
from .model import Mention
from .patterns import LOWER, UPPER, trie_pattern
from .quotes import QuoteSpan
from .sentences import Span

CLAUSE_SEARCH = 3000  # characters searched for where a reported clause stops (news clauses are < 1,000)
WORDS_SPAN = 2000     # characters read to count a clause's first ten words
THAT_SPAN = 400       # a clause after a cue up to this long is first searched for "that"; longer ones try the pattern at once
CHARS_PER_TOKEN = 25  # a generous bound on a token and its space, to read "the first n tokens"
WINDOW = 240          # characters looked at around a cue for its speaker
ROLE_TOKENS = 12      # the longest role set off by commas after a name: "the city's chief engineer"
BLOCK_LINE = 300      # characters at a paragraph's end where a block quote's name line may stand
BLOCK_ROLE_HEAD = 100 # characters read for the first words of its role, which must hold a title
BLOCK_MIN_CHARS = 20  # no shorter paragraph holds six words, a name and a role of three words
HEADLINE_CHARS = 300  # a title-case first sentence longer than this is no headline
TURN_CHARS = 300      # a turn in an exchange is short; a longer quotation paragraph goes on a monologue
MAX_CUES_PER_SENTENCE = 24   # prose never has more; hostile text may
INFINITIVE_GAP = 6    # words between a subject and a to-infinitive cue it speaks: "Ruiz | went on the radio | to say"
PURPOSE_GAP = 8       # words between a verb of going or using and its to-infinitive cue: "went | on CNN's show | to say"
SPEAKER_PHRASE = 10   # tokens a closing speaker's noun phrase may take before the mention
SOURCE_PHRASE = 14    # tokens of an "according to" source that no mention reads, up to its comma
SUBJECT_REST = 10     # tokens of a subject's modifiers that the opening mention may leave out
LIGHT_VERB_SPAN = 60  # characters before a cue read for a light verb: "made an impassioned | call"

# A quotation's speaker as a rule found it: the mention, the cue (None for a speaker with no
# verb: "— Jo Ruiz") and the rule's name
Found = tuple[Mention, Optional[Cue], str]


@dataclass(slots=True)
class Attribution:
    kind: str
    start: int
    end: int
    mention: Optional[Mention]
    cue: Optional[Cue]
    sentence: int
    rule: str
    same_as: Optional["Attribution"] = None   # the earlier record whose speaker this one shares


# A day of the week, as adverbials of time name it: "on Monday", "Tuesday night"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def _gap_word(stops: str) -> str:
    """A word of the gap between a verb and its clause: no space and none of ``stops``, and a comma
    only between other characters ("25,000"): were commas both the gap's and the words', a run of
    them could be split among the gap's words in every way (100 commas hung)."""
    return rf"[^\s{stops},]+(?:,[^\s{stops},]+)*"


# After a verb: an optional gap of up to 12 words ("on Monday", "in an interview with …"), then "that".
#   said on Monday that | told reporters that | said, however, that
_THAT_CLAUSE = re.compile(rf"(?:[ ,]+{_gap_word(';:!?')}){{0,12}}?[ ,]+that,?[ ]+(?=\S)")
# The word after "that": an auxiliary there ("a plan that | would close it") shows a relative "that"
_FIRST_WORD = re.compile(r"[\w']*")
# An indirect question after a verb that asks: "asked whether the talks would resume"
_QUESTION_GAP_WORD = _gap_word('.;:!?"')
_QUESTION_CLAUSE = re.compile(rf"(?:[ ,]+{_QUESTION_GAP_WORD}){{0,4}}?,?[ ]+(?=(?:whether|if|how|why|what|when|where|who)[ ]+\S)")
# An indirect question or a wh-clause right after any speech verb: "noted how the city grew",
# "would not say who made the call", "said if elected she would …"
_WH_CLAUSE = re.compile(r"[ ]+(?=(?:whether|if|how|why|what|who)[ ]+\S)")
# After a verb of saying, telling or asking that is negated or refused, "when" and "where" open an
# indirect question, not a clause of time: "has not said | when the vote will be", "declined to say |
# where she was" (but "said when asked", "did not complain when …" are the narrator's)
_NOT_SAYING = re.compile(rf"(?:\bnot|n't|n\u2019t|\bnever|\b(?:{trie_pattern(sorted(REFUSAL_VERBS))})[ ]+to)"
                         r"[ ]+(?:[a-z]+ly[ ]+)?(?:(?:yet|say|said)[ ]+)?\Z")
_WHEN_CLAUSE = re.compile(r"[ ]+(?=(?:when|where)[ ,]+\S)")
# A colon and the statement itself, unmarked, in the same sentence: "said: The bridge is safe."
_COLON_CLAUSE = re.compile(r":[ ]+(?=[^\s\"])")
# A one-word answer as what was said: "said yes, but …", "said no.", "said yes, yes, yes" (not
# "said no date was set", "said no to the war")
_ANSWER = re.compile(r"[ ]+((?:yes|no)(?:,[ ]+(?:yes|no))*)(?=[ ]*[,.;!?]|[ ]+(?:and|but|while)[ ])")
# Words that cannot open a bare reported clause ("said on Monday", "said to be", "said so")
_NOT_A_CLAUSE = FUNCTION_WORDS - frozenset(
    "the a an he she it we they i you this that these those there his her its our their my your"
    " some many most other another no all both each every having".split()) | frozenset(
    "to so yes goodbye hello thanks sorry nothing something anything also again repeatedly publicly"
    " privately previously recently earlier later then once not never only just simply flatly".split())
# A quantity that opens a clause's subject with a word that is otherwise a preposition:
#   "said | about half of the cost was …"   "reported | at least six planes flew …"
_QUANTITY_OPENING = re.compile(r"(?:about|around|roughly|at[ ]+least|at[ ]+most)[ ]+(?:\$?\d|(?:half|"
                               rf"{trie_pattern(sorted(NUMBER_WORDS))}|dozens|hundreds|thousands|millions|a[ ]+(?:third|quarter|fifth|dozen))\b)")
# Subject pronouns: one right after the verb opens the reported clause itself
_CLAUSE_SUBJECTS = frozenset("he she they we I".split())
# Tokens an opening phrase with no comma may take before a pronoun subject: "By Sunday afternoon | she"
_OPENER_TO_PRONOUN = 8
# Words that may open what is told after its addressee: "told Ruiz | to wait", "told CNN | there was …"
_OPENS_CLAUSE = frozenset("to not that if whether what how why there it".split())
# Addressees between a verb and its clause: "told reporters the talks had failed"
_ADDRESSEES = frozenset("him her them us me you reporters journalists lawmakers supporters".split())
# Where a reported clause stops: a following cue of the same speaker, a source tag, a
# semicolon, a concession with a pronoun subject (not "…, though there was …", "a crucial, though brief, …",
# which are part of what was said), a new clause of the narrator's about a person (after a comma or a dash,
# or "but" alone), or a second verb of the speaker:
#   ", adding that"  ", according to"  ", saying"  "; "  ", although he "  ", but she denied"  " - and he made"
#   " but he also noted"  ", but declined"
# (each alternative opens with a literal character, which lets re skip to the commas and spaces
# instead of trying every position of a long clause; the look back after a first space starts a
# match only where a run of spaces starts, not again inside it: 3,000 spaces were quadratic)
_JOINED_PRONOUN = r"(?:(?<=[,\u2014\-][ ])and|but)[ ]+(?:he|she|they|when|while|after)[ ]"
_CLAUSE_STOP = re.compile(r",[ ]+(?:adding|saying|noting|according[ ]+to|citing|he[ ]+said|she[ ]+said|they[ ]+said|it[ ]+said)\b|;[ ]|,[ ]+(?:although|though)[ ]+(?:he|she|they|it|we|I)[ ]"
                          rf"|,[ ]+{_JOINED_PRONOUN}|[ ](?:\u2014|-)[ ]+{_JOINED_PRONOUN}|[ ](?<![ ][ ])[ ]*{_JOINED_PRONOUN}"
                          r"|,[ ]+(?:and|but)[ ]+(?:(?:also|then|later)[ ]+)?(?:did|went|[a-z]{3,}ed)[ ]")
# After a clause with a verb, what the writer adds to it: an indefinite apposition or a comparison,
# also one with "as" and an auxiliary before its subject
#   "the talks failed | , a setback for the city"   "it rose 3 percent | , compared with 2 last year"
#   "they will not back him | , as has the mayor of Salem"   "| , as is the custom"
_WRITERS_ADDITION = re.compile(r",[ ]+(?:a|an|compared|as[ ]+(?:has|have|had|did|do|does|is|are|was|were))[ ]")
# A concession the writer adds after a dash, with no dash closing it later in the clause:
#   "he will seek reelection | — though it is unclear …"   "she conceded the point | - but, in fact, …"
_DASH_CONCESSION = re.compile(r"[ ]*(?:\u2014|[ ]-)[ ]+(?:though|although|even[ ]+though|despite|but)\b")
_CLOSING_DASH = re.compile(r"\u2014|[ ]-[ ]")
# A colon that opens a quotation after a clause: the quotation is quoted, not part of the clause
_COLON_QUOTE = re.compile(r":[ ]*\"")
_TAIL_CUE_SPAN = 24     # characters after a quotation where its own cue may stand: ",” he claimed"
_DASH_LEAD = re.compile(r"[ ]*[\u2014\-]{1,2}[ ]*")
_LEAD_JUNK = " ,.;:\u2014-\n'"
# A span whose tokens are all lead junk or quote marks (each such token is one of these characters,
# and a token of more than one character opens with a letter or digit), or none: "” | he said"
_ALL_LEAD_JUNK = re.compile(rf"[\s{re.escape(_LEAD_JUNK)}\"]*")


def _strip(work: str, a: int, b: int) -> tuple[int, int]:
    """Trim spaces and a final stop from a reported clause; keep closing quote marks."""
    while a < b and work[a] in " \n,":
        a += 1
    while b > a and work[b - 1] in " \n,;:":
        b -= 1
    if b > a and work[b - 1] in ".!?" and (b - a < 2 or work[b - 2] not in ".!?"):
        b -= 1
    return a, b


def _words(work: str, a: int, b: int) -> int:
    """Words in ``work[a:b]``, counted up to 10: the rules only ask "at least 2?", "more than
    8?", and a 1 MB clause must not be copied or split whole (ten words of prose fit in far
    fewer than ``WORDS_SPAN`` characters)."""
    return len(work[a:min(b, a + WORDS_SPAN)].split(None, 9))


# A word that makes the phrase after it an object or complement, not a subject:
#   "turn | the interruptions"   "during | a speech"   "for | a class"
_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]+(?:ed|s)|turn|make|take|give|get|have|for|of|in|on|at|during|with|about|to|by|from|into|out|back)[ ]+\Z")
# "with" before a participle's own subject: "with | most voters saying …"
_WITH_BEFORE = re.compile(r"\bwith[ ]+\Z")
# The last word before a phrase, to see whether it is an irregular past: "sent | a release"
_WORD_BEFORE = re.compile(r"([a-z]+)[ ]+\Z")
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _is_object(work: str, lo: int, start: int) -> bool:
    """Whether the phrase at ``start`` follows a verb or preposition that makes it an object:
    "turn | the interruptions", "sent | a release", "put out | a statement"."""
    # Both patterns end with a run of [a-z] and spaces, so they can only match from the start of the
    # last such run: found with two strips, not by trying every position of the window.
    window = work[lo:start]
    head = window.rstrip(" ")
    if len(head) == len(window):
        return False                            # no space before the phrase
    stem = head.rstrip(_ASCII_LOWER)
    if stem:                                    # (else the run may begin before the window)
        word = head[len(stem):]
        return word != "" and (_OBJECT_BEFORE.match(work, lo + len(stem), start) is not None or word in FINITE_VERBS)
    if _OBJECT_BEFORE.search(work, lo, start):
        return True
    m = _WORD_BEFORE.search(work, lo, start)
    return m is not None and m.group(1) in FINITE_VERBS


# A conjunction that joins a clause to the one before: "…, but | Ruiz has …", "…, and | the council …"
_CLAUSE_JOIN = re.compile(r",[ ]+(?:and|but|yet|though|although)[ ]+|[ ]but[ ]+")
JOIN_SEARCH = 400     # characters searched back for it
# A dateline before a story's first sentence: a place in capitals or with the agency, then a dash.
#   "WASHINGTON, Aug. 24 (UPI) — "  "ORLANDO, Fla. (Reuters) - "  "Washington (AFP) — "
_DATELINE = re.compile(rf"([{UPPER}][\w.'\-]*)(?:[ ]+[{UPPER}][\w.'\-]*){{0,3}}(?:,[ ]+[\w.]+(?:[ ]+\d+)?)?"
                       rf"(?:[ ]+\([^()\n]{{1,30}}\))?[ ]+[\u2014\-][ ]+")


# Tokens an opening adverbial may take before its comma: "Shortly after the vote in Ohio,"
_OPENER_SIZE = 24
# Conjunctions that may open a sentence before its adverbials: "But on Monday, Ruiz …"
_CONJUNCTIONS = frozenset("and but or so yet nor".split())
# Words that open a sentence's subject (or join one), not an adverbial: "Both", "All of them", "What he said"
_NOT_AN_OPENER = _CONJUNCTIONS | frozenset("all each every no what who whom whose which there here".split())
# Pronouns that open a relative clause inside a phrase: "Amid calls from voters | who …",
# "Amid calls from some to build sites | that would list them, | Ruiz …"
_RELATIVES = frozenset("who whom whose which that".split())
# Words that open a subordinate clause, whose subject is not the sentence's
_SUBORDINATORS = frozenset("while although though after when as if because since before once until whereas where".split())
# Words that open a subordinate clause at the start of a sentence: "While he acknowledged …, Ham noted …"
_SUBORDINATOR = re.compile(r"[\"']?(?:%s)\b" % "|".join(sorted(w.capitalize() for w in _SUBORDINATORS)))
# A subordinator right before a cue's subject, after a comma, a conjunction or a word of the
# sentence's opening, or opening the sentence: what is said in that clause ends where the main clause resumes.
#   "And while | he said …, he clarified …"  ", while | the board says …, it …"  "Ever since | Ruiz announced …"
#   "In a year when | Ruiz says …, Bell …"
# (not after/before/as/if/where, which also open phrases: "after the vote", "as mayor")
_CLAUSE_SUBORDINATORS = _SUBORDINATORS - {"after", "before", "as", "if", "where"}
_SUBORDINATE_WORDS = (r"(?:(?:[Ee]ven|[Ee]ver|[Jj]ust)[ ]+)?(?:%s)[ ]+"
                      % "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_CLAUSE_SUBORDINATORS)))
_SUBORDINATE_BEFORE = re.compile(rf"(?:[,;:\u2014][ ]+|\b(?:[Aa]nd|[Bb]ut|[Yy]et)[ ]+|(?<=[a-z])[ ]+){_SUBORDINATE_WORDS}\Z")
_SUBORDINATE_OPENING = re.compile(rf"[\"']?{_SUBORDINATE_WORDS}")     # the whole text before the subject
_SUBORDINATE_SPAN = 30     # characters before a subject searched for its subordinator
# A comma and the subject of a main clause after a subordinate one: ", | he clarified …", ", | Ruiz kept to …"
_MAIN_CLAUSE_AFTER = re.compile(r",[ ]+(?=(?:he|she|they|it|we|I|there|you)\b|[A-Z])")
# A relative or subordinate aside between a subject and its verb, the cue in it: "Ruiz, | who met
# Bell and said …, closed it"; its clause ends where the subject's own verb follows a comma
_ASIDE_AFTER_SUBJECT = re.compile(r",[ ]+(?:who|which|though|although|while|after|when|since|because)[ ][^,;:\"]*\Z")
# A comma and the verb of a subject an aside interrupted: ", | criticized …", ", | ultimately did not …"
_VERB_RESUMES = re.compile(rf",[ ]+(?:[a-z]+ly[ ]+)?(?:{trie_pattern(sorted(w for w in FINITE_VERBS if w.isalpha()))}|[a-z]{{2,}}ed)\b")
# Words that end a phrase of time: "The day before,", "Two weeks ago,", "This year,"
_TIME_ENDS = frozenset("week weekend month year day morning afternoon evening night decade ago before later earlier".split())
# Prepositions that open a sentence's adverbial and are no function words elsewhere ("inside" is
# an adverb too): "Inside the hall, | Ruiz …", "Back in May, | Ruiz …"
_OPENING_PREPOSITIONS = frozenset("inside outside amidst amongst beneath aboard atop".split())


def _is_opening_adverbial(toks: Sequence[Token], first: bool) -> bool:
    """Whether the tokens before a comma that opens a sentence (``first``) or follows an
    adverbial are an adverbial, not its subject: "In a statement", "Shortly after the vote",
    "Later in the summer", "The day before", "Chastened by it" (but not "Ruiz", "Both men",
    "The mayor's aide", nor after "Walking home," the name in "Ebeling reminisced")."""
    if not toks:
        return False
    k = toks[0][0].casefold()
    if len(toks) <= 4 and toks[-1][0].casefold() in _TIME_ENDS:
        return True
    if not first and k in ("which", "where") and len(toks) > 2:
        return True     # a relative clause of the adverbial's noun: "Speaking in Salem, | which hosts the vote, |"
    if k in DETERMINERS and len(toks) > 3 and mentions.is_time_noun(toks[1][0].casefold()) and \
            toks[2][0] in _SUBORDINATORS and _has_finite_verb(toks[3:], _OPENER_SIZE):
        return True     # a clause of time: "The day before he left,"  "Two weeks after she won,"
    if mentions.pronoun(k) or k in _NOT_AN_OPENER or k in DETERMINERS:
        return False
    if (k in _SUBORDINATORS or (len(toks) > 2 and toks[1][0] in _SUBORDINATORS and (
            k in ADVERBS or mentions.is_time_noun(k)))) and _has_finite_verb(toks[1:], _OPENER_SIZE):
        # a clause with its own verb: "Once he was mayor,"  "Years after Bell left," (not "even
        # after Ruiz, | who …, agreed": the comma opens an aside)
        return True
    if k in FUNCTION_WORDS and k not in ADVERBS and len(toks) > 2 and toks[1][0].casefold() in DETERMINERS:
        return True     # a preposition's object: "In a letter to members released Monday,"
    if k in _OPENING_PREPOSITIONS or (k == "back" and len(toks) > 2 and toks[1][0] in ("in", "on", "at")):
        k = "in"        # "Inside the hall,"  "Back in May,": a preposition's object
    if k in FUNCTION_WORDS:     # "Then she shattered party norms, | pledging …" is a clause
        # (but a relative clause in the object has its own verb: "Amid calls | that would …,")
        head = next((i for i, t in enumerate(toks) if t[0].casefold() in _RELATIVES and i > 1), len(toks))
        return bool(_SUBORDINATOR.match(toks[0][0])) or not _has_finite_verb(toks[1:head], past_commas=True, strict=True)
    if not first and len(toks) == 1 and mentions.is_ly_adverb(toks[0][0]):
        return True     # "However, | astoundingly, | Ruiz …"
    if first and (k.endswith(("ed", "ing")) or (len(k) > 4 and k.endswith("ly"))):
        return len(toks) == 1 or not mentions.is_name_word(toks[1][0])    # not "Carly Fiorina"
    return False


# An aside that opens right after a subject and closes right before its verb:  "Ruiz | , … , | said"
_ASIDE_OPENS = re.compile(r"[ ]*(?:,|[ ]\u2014|[ ]-[ ]|[ ]?\()")
_ASIDE_CLOSED = re.compile(r"(?:,|\u2014|[ ]-|\))[ ]*\Z")


class _Document:
    """What the rules read: the text, its layout, its quotations and its cues."""

    def __init__(self, text: str, work: str, paras: Sequence[Span], sents: Sequence[Span],
                 quotes: Sequence[QuoteSpan], cues: Sequence[Cue]):
        self.text = text          # as written, but wrapped lines joined, &nbsp; a space: mentions come from it
        self.work = work          # the working copy: everything is matched in it
        self.paras = paras
        self.sents = sents
        self.sent_starts = [s.start for s in sents]
        self.set_quotes(quotes)
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self._subjects: dict[tuple[int, int], Optional[Mention]] = {}
        self._objects: dict[tuple[int, int, bool], Optional[Mention]] = {}

    def set_quotes(self, quotes: Sequence[QuoteSpan]) -> None:
        self.quotes = quotes
        self.quote_opens = [q.open for q in quotes]
        self.opens = set(self.quote_opens)

    def in_quote(self, pos: int) -> Optional[QuoteSpan]:
        k = bisect_right(self.quote_opens, pos) - 1
        if k >= 0 and self.quotes[k].open <= pos <= self.quotes[k].close:
            return self.quotes[k]
        return None

    def cues_between(self, a: int, b: int) -> Sequence[Cue]:
        return self.cues[bisect_left(self.cue_starts, a):bisect_left(self.cue_starts, b)]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def tokens(self, a: int, b: int) -> list[Token]:
        return tokenize(self.work, a, b)

    def first_tokens(self, a: int, b: int, n: int) -> list[Token]:
        """The first ``n`` tokens of ``work[a:b]``, read from at most ``CHARS_PER_TOKEN * n``
        characters: testing a clause's first words must not tokenize a 1 MB sentence."""
        return self.tokens(a, min(b, a + CHARS_PER_TOKEN * n))[:n]

    def subject(self, sent: Span, cue: Cue) -> Optional[Mention]:
        """The mention before a cue in its sentence; read once per cue (quotes and reported
        clauses ask for the same one)."""
        key = (sent.start, cue.start)
        if key not in self._subjects:
            toks = self.tokens(max(sent.start, cue.start - WINDOW), cue.start)
            found = mentions.before(self.text, toks, progressive=cue.participle)
            if not cue.participle and cue.verb is not None and cue.start - sent.start <= WINDOW and (
                    found is None or _is_object(self.work, max(sent.start, found.start - 30), found.start)):
                # "Executives who have worked with | Lachlan Murdoch | say": the mention before
                # the verb sits in a modifier of the sentence's subject
                found = mentions.post_modified(self.text, toks) or found
            if found is not None and not cue.participle and cue.verb is not None and found.kind != "pronoun" and \
                    found.text not in ("who", "whose") and (rel := mentions.relative_head(self.text, toks, found.start)) and \
                    (rel.start > toks[0][1] or cue.start - sent.start <= WINDOW):   # (not cut off by the window)
                # "economists who favor | consumption taxes | agree": the mention sits in a relative
                # clause of the subject, which speaks
                found = rel
            if not cue.participle and _has_light_determiner(toks, max(sent.start, cue.start - LIGHT_VERB_SPAN)) and (
                    light := _LIGHT_VERB_BEFORE.search(self.work, max(sent.start, cue.start - LIGHT_VERB_SPAN), cue.start)):
                # "Ruiz made an impassioned | call for": the speaker is the subject of "made"
                found = mentions.before(self.text, [t for t in toks if t[2] <= light.start()])
            if found is None and not cue.participle and self.work.startswith(" to ", cue.start - 4):
                found = self._infinitive_subject(sent, cue, toks)
            if found is not None and cue.participle and found.kind == "description" and \
                    not self._subject_of_participle(sent, found, cue) and \
                    _is_object(self.work, max(sent.start, found.start - 30), found.start):
                # "Trump tries to turn the interruptions to his advantage, shouting …": the
                # participle's speaker is the sentence's subject, not the object before it
                found = self.opening_mention(sent, cue.start)
            self._subjects[key] = found
        return self._subjects[key]

    def subject_before_aside(self, sent: Span, cue: Cue) -> Optional[Mention]:
        """The sentence's opening subject when a long aside stands between it and its verb, which
        the mention before the verb could not read: "Ruiz, during a visit to Salem, Oregon, |
        said", "Ruiz, meanwhile, who has no endorsements, | said" (not "The bridge, a landmark,
        is safe, | said Ruiz": each part of the aside is a relative clause or has no verb)."""
        if not _ASIDE_CLOSED.search(self.work, max(sent.start, cue.start - 4), cue.start):
            return None
        m = self.opening_mention(sent, cue.start)
        if m is None or m.kind == "pronoun" or cue.start - m.end > WINDOW or \
                not _ASIDE_OPENS.match(self.work, m.end, cue.start):
            return None                         # (an aside longer than the window is no aside)
        toks = self.tokens(m.end, cue.start)
        if any(t[0] in ";:.!?" for t in toks):
            return None
        parts: list[list[Token]] = [[]]
        for t in toks:
            if t[0] in (",", "\u2014", "-", "(", ")"):
                parts.append([])
            elif t[0] != '"':
                parts[-1].append(t)
        verbless_or_relative = all(not p or p[0][0].casefold() in ("who", "whose", "which")
                                   or not _has_finite_verb(p, 40, strict=True) for p in parts)
        return m if (any(parts) or m.text.endswith(")")) and verbless_or_relative else None

    def _infinitive_subject(self, sent: Span, cue: Cue, toks: Sequence[Token]) -> Optional[Mention]:
        """The speaker of a to-infinitive cue: the object of a verb that hands it on ("the loss led
        | Ruiz | to declare …", "a chance for | Ruiz | to say …"), or else the subject of the
        sentence ("Ruiz | took to Twitter to say …", "Voters are more likely to say …")."""
        k = len(toks) - 1                       # toks[k] is "to"
        if k > 0 and toks[k - 1][0].casefold() in ("not", "never"):
            k -= 1                              # "decided not to recommend"
        if k > 0 and toks[k - 1][0].casefold() in REFUSAL_VERBS:
            return None                         # "declined to comment on …" says nothing
        obj = mentions.before(self.text, toks[:k]) if k > 0 else None
        if obj is not None:
            i = next((i for i, t in enumerate(toks) if t[1] == obj.start), 0)
            if i > 0 and toks[i - 1][0].casefold() in CONTROL_VERBS:
                return obj
            if i > 0 and toks[i - 1][0].casefold() in DIRECTIVE_VERBS:
                return None                     # "Bell urged Ruiz to say …": an appeal, said by nobody
        subj = self.opening_mention(sent, cue.start)
        if subj is None or subj.end > toks[k][1] or subj.text.casefold().split("'")[0] in _EXPLETIVES or \
                _words(self.work, subj.end, toks[k][1]) > INFINITIVE_GAP or \
                _INFINITIVE_GAP_BREAK.search(self.work, subj.end, cue.start):
            return self._purpose_subject(toks, k)  # (the word count first: it bounds the search)
        return subj

    def _purpose_subject(self, toks: Sequence[Token], k: int) -> Optional[Mention]:
        """The subject of a verb of going, appearing or using that a to-infinitive cue follows a
        few words later in the same clause: "when Ruiz | went | on the radio to say …", "Bell |
        used | her speech to call for …" (not across a comma, a quotation or a relative word, nor
        past another verb: "the polls failed to predict", "has the power to confirm")."""
        v = None
        for i in range(k - 1, max(-1, k - 1 - PURPOSE_GAP), -1):
            t = toks[i][0]
            if not t[0].isalnum() or t.casefold() in _PURPOSE_BREAK:
                return None
            if t in PURPOSE_VERBS:
                v = i
                break
            if t in FINITE_VERBS or (len(t) > 4 and t[0].islower() and t.endswith("ed")):
                return None                     # another verb: "failed | to predict", "the power | to confirm"
        if v is None or v == 0 or v == k - 1:
            return None                         # (not "I'm going | to read": a future, with no phrase between)
        while v > 0 and (toks[v - 1][0] in FINITE_VERBS or toks[v - 1][0].casefold() in ADVERBS):
            v -= 1                              # "has | taken", "had | also | gone"
        subj = mentions.before(self.text, toks[:v])
        if subj is None or subj.text.casefold().split("'")[0] in _EXPLETIVES:
            return None
        before = next((t[0].casefold() for t in reversed(toks[:v]) if t[2] <= subj.start), None)
        if before in _QUESTION_OPENERS:
            return None                         # "was asked whether | Bell had gone … to say": a question put
        return subj

    def _subject_of_participle(self, sent: Span, found: Mention, cue: Cue) -> bool:
        """Whether a plural right before a participle is its own subject: "with three in 10 |
        saying", "left 62 percent of voters | saying" (not "turned the crowds to his side, saying")."""
        return found.plural and not self.work[found.end:cue.start].strip() and (
            any(mentions.is_share(w) for w in found.text.split())
            or _WITH_BEFORE.search(self.work, max(sent.start, found.start - 6), found.start) is not None)

    def opening_mention(self, sent: Span, upto: int) -> Optional[Mention]:
        """The mention a sentence opens with, its subject in "Trump, his opponent, frowned and said …",
        past the adverbials that end before ``upto`` (a cue inside one has its own subject)."""
        start = sent.start
        dateline = _DATELINE.match(self.work, start, upto)
        if dateline and (dateline.group(1).isupper() or "(" in dateline.group()):
            start = dateline.end()      # "PARIS, Aug 31 (Reuters) - | Le Pen …", not a speaker
        toks = self.tokens(start, min(sent.end, start + WINDOW, upto))
        if toks and toks[0][0].casefold() in _CONJUNCTIONS:
            toks = toks[1:]             # "But | a few days later, Ruiz …"
        place, first = False, True
        while (comma := next((i for i, t in enumerate(toks[:_OPENER_SIZE]) if t[0] == ","), None)) is not None and (
                _is_opening_adverbial(toks[:comma], first) or (place and comma == 1 and mentions.is_name_word(toks[0][0]))):
            place = mentions.is_name_word(toks[comma - 1][0])     # "In Ames, | Iowa, | on Sunday, |"
            toks = toks[comma + 1:]     # "Chastened by it, | Trump …"  "Later that week, | Trump …"
            first = False
        if toks and toks[0][0].casefold() in FUNCTION_WORDS and toks[0][0].casefold() not in DETERMINERS and \
                toks[0][0].casefold() not in _SUBORDINATORS and toks[0][0].casefold() not in _NOT_AN_OPENER and \
                not mentions.pronoun(toks[0][0]) and (p := next((i for i, t in enumerate(toks[2:_OPENER_TO_PRONOUN], 2)
                                                                 if t[0] in _CLAUSE_SUBJECTS), None)) is not None and \
                all(t[0][0].isalnum() and t[0] not in FINITE_VERBS for t in toks[1:p]):
            # (not a subordinate clause's subject: "When | he arrived …")
            toks = toks[p:]             # a phrase with no comma before a pronoun: "By Sunday | she had …"
        elif toks and (p := next((i for i, t in enumerate(toks[2:_OPENER_TO_PRONOUN], 2) if t[0] in _CLAUSE_SUBJECTS
                                  and toks[i - 1][0].casefold() in _TIME_ENDS - _SUBORDINATORS), None)) is not None and \
                all(t[0][0].isalnum() and t[0] not in FINITE_VERBS for t in toks[:p]):
            toks = toks[p:]             # a phrase of time: "A few minutes later | they …"
        # past an opening adverbial: "On Thursday, however, | Trump spoke …"
        while toks and not mentions.pronoun(toks[0][0]) and (
                (toks[0][0].casefold() in FUNCTION_WORDS and toks[0][0].casefold() not in DETERMINERS)
                or toks[0][0].casefold() in ADVERBS or toks[0][0] == ","):
            toks.pop(0)
        return mentions.after(self.text, toks, subject=True)

    def joined_clause_subject(self, sent: Span, upto: int) -> Optional[Mention]:
        """The subject of the last clause joined before ``upto`` by ", and", ", but" or the like,
        followed by its verb: "Bell says it is safe, but | Ruiz has sued, saying …"."""
        join = None
        for join in _CLAUSE_JOIN.finditer(self.work, max(sent.start, upto - JOIN_SEARCH), upto):
            pass
        if join is None:
            return None
        m = mentions.after(self.text, self.first_tokens(join.end(), upto, 12), subject=True)
        if m is None or not _has_finite_verb(self.first_tokens(m.end, upto, 3), 3):
            return None
        return m

    def clause_subject(self, sent: Span, upto: int) -> Optional[Mention]:
        """The subject of the nearest verb before ``upto`` in the same clause (no comma, dash,
        colon or quotation between): "Bell | followed him | by speaking …", "Ryan, | who just
        a week ago | surprised Trump | by declaring …"."""
        toks = self.tokens(max(sent.start, upto - WINDOW), upto)
        lo = next((i + 1 for i in range(len(toks) - 1, -1, -1) if toks[i][0] in _CLAUSE_BREAKS), 0)
        for i in range(len(toks) - 1, lo, -1):
            t = toks[i][0]
            if t in FINITE_VERBS or (len(t) > 4 and t[0].islower() and t.endswith("ed")):
                m = mentions.before(self.text, toks[:i])
                if m is not None and m.start >= toks[lo][1]:
                    return m        # (not a phrase before the clause's comma: "…, was tepid | and distinguished")
        return None

    def object_after(self, cue: Cue, end: int, apposition: bool = True) -> Optional[Mention]:
        """The mention after a cue, read once per window (in "“…,” said Ruiz" the reported and
        the quoted reading both ask for it)."""
        key = (cue.end, min(end, cue.end + WINDOW), apposition)
        if key not in self._objects:
            self._objects[key] = mentions.after(self.text, self.tokens(cue.end, key[1]), apposition)
        return self._objects[key]


# Subjects that hold a place and speak for no one: "It is hard to say", "There's no way to tell"
_EXPLETIVES = frozenset("it there this".split())
# Words a to-infinitive's phrase may not run back over to the verb it hangs on: a new clause
_PURPOSE_BREAK = frozenset("that who whom whose which when while because if and or but than".split())
# Words that open an indirect question, whose subject is asked about, not speaking
_QUESTION_OPENERS = frozenset("whether if why how".split())
# What may not stand between a sentence's subject and a to-infinitive cue that it is to speak:
# a new clause ("Ruiz said | that the board | wanted to …") or a quotation
#   "that"  "who"  ";"  "“"  ", and they"
_INFINITIVE_GAP_BREAK = re.compile(r"[;:\"()]|\b(?:that|who|whom|whose|which|when|while|because|if|he|she|they|we|I|it)\b|[.!?][ ]")

# Up to two lower-case modifiers that a mention's role may leave out: ", retired Air Force general …"
_MODIFIERS_BEFORE = re.compile(rf"(?:[ ]+[{LOWER}][\w\-]*){{1,2}}[ ]*\Z")


def _preceded_by_comma(work: str, start: int, floor: int, modifiers: bool = False) -> Optional[int]:
    """Offset just after the text a sentence-final cue closes: the comma (or dash) before the
    speaker, or the closing mark after such a comma ("…agreement," Jordan said). With
    ``modifiers``, lower-case words a mention left out may stand between."""
    i = start
    while i > floor and work[i - 1] == " ":
        i -= 1
    if modifiers and i > floor and work[i - 1] not in ',"\u2014':
        m = _MODIFIERS_BEFORE.search(work, max(floor, start - 30), start)
        if m and not any(w.casefold() in FUNCTION_WORDS for w in m.group().split()):
            i = m.start()
    if i > floor and work[i - 1] in ",\u2014":
        return i - 1
    if i > floor + 1 and work[i - 1] == '"' and work[i - 2] in ",!?":
        return i
    return None


# The first character of a clause after the spaces before it, which is its first token's first: "said | “…"
_FIRST_CHARACTER = re.compile(r"\s*(\S)")


def _first_character(work: str, start: int, end: int) -> str:
    """The first character of ``work[start:end]`` that is no space, or "" (read directly when
    there is no space to skip, as after most cues)."""
    if start < end and not work[start].isspace():
        return work[start]
    found = _FIRST_CHARACTER.match(work, start, end)
    return found.group(1) if found else ""


def _clause_after(doc: _Document, cue: Cue, sent: Span) -> Optional[tuple[int, int, str]]:
    """The reported clause that follows a cue, with the rule's name: "said (that) …"."""
    work, verb = doc.work, cue.verb
    if cue.end < sent.end and not verb.takes_object and not (
            (after := work[cue.end]) in ",:" or after.isspace() or after.isalnum() or after == '"'):
        return None     # every pattern below needs a space, a comma or a colon after the cue, and the
                        # first token's test rejects a stop there: "“Yes,” he said." (read once, not nine times)
    # (most sentences have no "that" after the cue: a cheap find spares the gap's search)
    m = _THAT_CLAUSE.match(work, cue.end, sent.end) if sent.end - cue.end > THAT_SPAN or \
        work.find("that", cue.end, sent.end) >= 0 else None
    if m and not doc.in_quote(m.end() - 5) and not any(c.verb for c in doc.cues_between(cue.end, m.end())):
        gap = doc.tokens(cue.end, m.end())[:-1]
        # a title may stand in the gap, a clause may not ("said officials have video | that shows");
        # nor do "say they feel that way" and "described a plan that | would close it" hold one
        if work.count('"', cue.end, m.end()) % 2 == 0 and not _has_finite_verb(gap, past_commas=True, strict=True) \
                and not any(_is_infinitive_to(gap, i) for i in range(len(gap))) \
                and not (gap and gap[0][0] in _CLAUSE_SUBJECTS) \
                and not (gap and _FIRST_WORD.match(work, m.end()).group().casefold() in FINITE_VERBS):
            if not gap and verb.noun and cue.text in verb.forms[:2] and \
                    _FIRST_WORD.match(work, m.end()).group().casefold() in FINITE_VERBS:
                return None      # a noun and its relative clause: "swing states that | have voted"
            return m.end(), sent.end, "verb_that"
    colon = _COLON_CLAUSE.match(work, cue.end, sent.end)
    if colon and not doc.in_quote(colon.end()):
        return colon.end(), sent.end, "verb_colon"
    answer = _ANSWER.match(work, cue.end, sent.end)
    if answer:
        return answer.start(1), answer.end(1), "verb_answer"
    q = _QUESTION_CLAUSE.match(work, cue.end, sent.end) if verb.question else _WH_CLAUSE.match(work, cue.end, sent.end)
    if q is None and (verb.content or verb.takes_object or verb.question) and \
            (when := _WHEN_CLAUSE.match(work, cue.end, sent.end)) and \
            _NOT_SAYING.search(work, max(sent.start, cue.start - 30), cue.start):
        q = when      # "has not said | when the vote will be" (the cheap match first: it rejects most)
    if q:
        return q.end(), sent.end, "verb_question"
    if verb.infinitive and work.startswith(" to ", cue.end) and _is_infinitive_to(doc.first_tokens(cue.end, sent.end, 2), 0):
        return cue.end + 1, sent.end, "verb_infinitive"     # "agreed | to pay for it"
    if not verb.bare:
        return None
    aside = _ASIDE_BEFORE_PRONOUN.match(work, cue.end, sent.end) if not verb.noun else None
    if aside and not doc.in_quote(aside.start(1)) and not any(c.verb for c in doc.cues_between(aside.end(), aside.end() + 12)):
        toks = doc.tokens(aside.start(1), aside.end())      # (not "He may add | to his staff, he said")
        if not _has_finite_verb(toks, past_commas=True, strict=True) and not any(_is_infinitive_to(toks, i) for i in range(len(toks))):
            return aside.start(1), sent.end, "verb_clause"     # "says, win or lose, | he's staying"
    start = cue.end
    time = _TIME_BEFORE_CLAUSE.match(work, start, sent.end) or _PHRASE_BEFORE_PRONOUN.match(work, start, sent.end)
    if time:
        start = time.end()
    first_char = _first_character(work, start, min(sent.end, start + 60))
    if not first_char or (not verb.takes_object and not first_char.isalnum() and first_char != '"'):
        return None     # what the tests of the first token below reject, known before tokenizing: "he said."
    toks = doc.tokens(start, min(sent.end, start + 60))
    k = 0
    if verb.takes_object and not _has_finite_verb(toks[1:]):
        return None              # "told USA Today." / "told the group," name only the addressee
    if verb.takes_object and toks[0][0].casefold() not in _ADDRESSEES:
        k = next((i for i, t in enumerate(toks[1:8], 1) if mentions.pronoun(t[0]) and t[0][0].islower()), 0)
        if k:                    # "told African-Americans this weekend | he would …"
            return toks[k][1], sent.end, "verb_clause"
        named = _name_run_end(toks)
        if named and named < len(toks) and toks[named][0] in DETERMINERS and _has_finite_verb(toks[named + 1:]):
            return toks[named][1], sent.end, "verb_clause"     # "told The Associated Press | the bridge was …"
        if toks[0][0].casefold() in DETERMINERS and not any(t[0] == "to" for t in toks[1:7]):
            return None          # "told a dispatcher before police arrived": an addressee, no clause
                                 # (but "told his advisers to act" reports what was asked)
        link = next((t[0] for t in toks[1:6] if t[0] in FUNCTION_WORDS), None)
        if link is not None and link not in DETERMINERS and link not in _OPENS_CLAUSE and not mentions.pronoun(toks[0][0]):
            return None          # "told Reuters | in an interview", "told CNN Monday | when asked": adverbials
    if verb.takes_object and toks[0][0].casefold() in _ADDRESSEES:
        k = 1                    # "told reporters the talks failed"
        time = _TIME_BEFORE_CLAUSE.match(work, toks[0][2], sent.end)
        if time:                 # "told me this week"
            toks = doc.tokens(time.end(), min(sent.end, time.end() + 60))
            k = 0
    if k >= len(toks):
        return None
    first = toks[k][0]
    if _QUANTITY_OPENING.match(work, toks[k][1]) and _has_finite_verb(toks[k + 1:], 20):
        return toks[k][1], sent.end, "verb_clause"      # "said | about half of the cost was …"
    if ((not first[0].isalnum() and first != '"') or first.casefold() in _NOT_A_CLAUSE or first.casefold() in FINITE_VERBS
            or (first.endswith("ing") and first[0].islower() and not _has_finite_verb(toks[k + 1:], strict=True))):
        # "suggested swapping …" is an object; "says running for office is tough" a clause
        return None
    if first[0].isupper() and first.casefold().rstrip(".") in TITLES and k + 1 < len(toks) and toks[k + 1][0] in ",.":
        return None
    if first.casefold() in DETERMINERS and (not _has_finite_verb(toks[k + 1:]) or (
            toks[-1][0] == ":" and not _has_finite_verb(toks[k + 1:-1], strict=True))):
        return None          # "added a note of caution", "said the same thing", "pointed out some
                             # figures:": objects, not clauses
    for i in range(k, min(len(toks) - 1, k + 8)):
        if toks[i][0] == "," and toks[i + 1][0] == '"' and toks[i + 1][1] in doc.opens:
            return None      # "told CBS, “We are …”" introduces a quotation
    return toks[k][1], sent.end, "verb_clause"


def _name_run_end(toks: Sequence[Token]) -> int:
    """The index after a name that opens the tokens ("CNN", "The Associated Press", "Jo Ruiz"),
    0 when they open with none."""
    i = 1 if toks and toks[0][0] == "The" else 0
    j = i
    while j < len(toks) and mentions.is_name_word(toks[j][0]) and not toks[j][0].endswith(("'s", "s'")):
        j += 1
    return j if j > i else 0


def _is_infinitive_to(toks: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is the "to" of an infinitive ("urged them to act", "promised to
    ensure"), not of an addressee ("said to the crowd", "said on Friday to Vermont Edition")."""
    if toks[i][0] != "to":
        return False
    if i + 1 == len(toks):
        return True
    k = toks[i + 1][0]
    return not (k[0].isupper() or k.casefold() in DETERMINERS or k.casefold() in _ADDRESSEES
                or (k.endswith("s") and not k.endswith(("ss", "us"))))     # "said | to cheers"


def _has_finite_verb(toks: Sequence[Token], limit: int = 10, past_commas: bool = False,
                     strict: bool = False) -> bool:
    """True when the tokens, up to the first comma (or all of them), hold a likely finite verb:
    an auxiliary, a pronoun with a contracted one ("he'd"), a word in -ed or (unless ``strict``,
    as plurals look the same) in -s. When ``strict``, a word in -ed after a determiner is an
    adjective ("told a crowded hall that …")."""
    for i, (t, _, _) in enumerate(toks[:limit]):
        if t in ",;:" and not past_commas:
            return False
        k = t.casefold()
        if t in FINITE_VERBS or (len(k) > 4 and t[0].islower() and (
                (k.endswith("ed") and not (strict and i and toks[i - 1][0].casefold() in DETERMINERS))
                or (not strict and k.endswith("s") and not k.endswith("ss")))):
            return True
        if "'" in k and k[-1] != "'" and mentions.pronoun(t) is not None:
            return True
    return False


# Where an object ends: a new clause after a comma, a semicolon or a dash (a spaced hyphen too),
# a clause of time (with its own subject pronoun or a participle), a participle after a comma (not
# "including", nor one of a list of adjectives: "a slow, noisy and costly boat"), or the
# occasion it was said on (a few words may qualify it: "on its Facebook page")
#   "called for talks | , but …"   "| while in Ohio"   "| — a move …"   "| - a move …"
#   "| after he met …"   "| before leaving …"   "| , blaming the cracks …"   "| at every rally"
# or the speaker's next verb after "and" / "but", known by the object, pronoun or preposition it
# takes (not an adjective joined to another: "a fair and balanced review"), or by an auxiliary or
# an adverb of frequency before it
#   "mentioned the crews | and thanked them …"   "| and went back to …"   "| but praised her …"
#   "| but did note that …"   "| and has gone so far as …"   "| and always gets …"
# or by an irregular past with any word after it: "| and made remarks about …", "| and cast doubt on …"
_OBJECT_END = re.compile(r",[ ]+(?:but|and|while|although|which|who|as)[ ]|[ ]as[ ]+(?:he|she|they)[ ]|[;\u2014]|[ ]-[ ]|[ ](?:while|because)[ ]"
                          r"|[ ](?:after|before|until|since|when)[ ]+(?:he|she|they|we|I|it|you|[a-z]+ing)[ ]"
                          r"|,?[ ](?:and|but)[ ]+(?:(?:also|then|later)[ ]+)?(?:went|took|made|cast|[a-z]{3,}ed)[ ]+(?:the|a|an|his|her|their|its|him|them|it|us|that|this|on|for|back|right|no|to)[ ]"
                          r"|,?[ ](?:and|but)[ ]+(?:(?:has|have|had|did|does|do)[ ]+(?:(?:not|also|since|never)[ ]+)?[a-z]{3,}"
                          r"|(?:always|also|often|never|repeatedly|later)[ ]+[a-z]{3,}(?:s|ed)"
                          r"|(?:(?:also|then|later)[ ]+)?(?:went|took|made|cast|gave|said|told|spoke|wrote)[ ]+(?!(?:by|and|or)[ ])[a-z]+)[ ]"
                          r"|,[ ]+(?!including[ ]|according[ ])[a-z]{3,}ing[ ](?!(?:and|or)[ ])"
                          r"|[ ](?:in|on|at|during)[ ]+(?:(?:a|an|the|his|her|their|its|every)[ ]+)?(?:[\w'\-]+[ ]+){0,2}?"
                          rf"(?:{trie_pattern(sorted(OCCASIONS))}|{_WEEKDAY})s?\b")

# A mark that closes an opening adverbial before it reaches a comma: "In March; …", "Ruiz — who …"
_CLAUSE_BREAK = re.compile(r"[,;:\u2014\"]")
# A subordinator before a verb, with no comma between: its object ends at the next comma, where the
# main clause resumes: "In a year when | Ruiz is talking about …, Bell said …"
_SUBORDINATE_LEAD = re.compile(rf"\b{_SUBORDINATE_WORDS}[^,;:\u2014\"]*\Z")
_SUBORDINATE_LEAD_SPAN = 60
# A name set off by commas after a noun, which belongs to it: "her son | , Tom Ruiz, who …"
_NAME_APPOSITION = re.compile(rf",[ ]+[{UPPER}][\w.'\-]*(?:[ ]+[{UPPER}][\w.'\-]*){{0,3}}(?:,|[.!?]?\Z)")
# The writer's indefinite apposition to an object's last noun, which runs to its end:
#   "repeal the toll law | , a measure …"   "cited the report | , a document …"
_OBJECT_APPOSITION = re.compile(r",[ ]+(?:a|an)[ ]")


# A verb's addressee, then what the statement was about: "reminded | voters of | the six years"
_ADDRESSEE_THEN_TOPIC = re.compile(r"(?:[ ]+[^\s,;:.!?\"]+){1,5}?[ ]+(?:of|about)[ ]+(?=\S)")
# What a verb of address tells when it is itself the statement, right after it: "told | a joke",
# "tells | the story of the bridge", "told | a slightly different tale", "told | stories of …"
# (not "told CNN the story": with an addressee, a story known already)
_TELLS_A_STORY = re.compile(rf"(?=[ ]+(?:(?:{trie_pattern(sorted(DETERMINERS))})(?:[ ]+[^\s,;:.!?\"]+){{0,3}}?[ ]+)?"
                            rf"(?:{trie_pattern(sorted(NARRATIVES))})s?\b)")


def _object_after(doc: _Document, cue: Cue, sent: Span) -> Optional[tuple[int, int, str]]:
    """What a content verb takes: "called for | a full inquiry", "cited | a recent poll"; after a
    verb's addressee, what it was about: "reminded voters of | the six years he had lived there"."""
    start = cue.end
    if cue.verb.takes_object and not _TELLS_A_STORY.match(doc.work, start, sent.end):
        topic = _ADDRESSEE_THEN_TOPIC.match(doc.work, start, sent.end)
        if topic is None or _has_finite_verb(doc.tokens(start, topic.end()), past_commas=True, strict=True):
            return None          # "reminded voters they …" is a clause, "reminded the staff." names no topic
        start = topic.end()
    time = _TIME_BEFORE_CLAUSE.match(doc.work, start, sent.end) if doc.work.startswith(" ", start) else None
    if time:                                                        # (it opens with a space)
        start = time.end()
    first_char = _first_character(doc.work, start, min(sent.end, start + 40))
    if not (first_char.isalnum() or first_char == '"'):
        return None     # what the test of the first token below rejects, known before tokenizing: "he said."
    toks = doc.tokens(start, min(sent.end, start + 40))
    negated = len(toks) > 1 and toks[0][0] == "not" and toks[1][0] == "to"   # "vowed not to repeat it"
    if toks[0][0].casefold() in _NOT_A_CLAUSE and toks[0][0].casefold() not in ("to", "for") and not negated:
        return None
    if toks[0][0] == "to" and not _is_infinitive_to(toks, 0):
        return None     # an addressee, not a plan: "said | to the camera", "said | to Fox News"
    if toks[0][0].casefold() in FINITE_VERBS and (cue.text in SPEECH_NOUNS or cue.text.endswith("ing")):
        return None     # a noun before its verb, not a verb and its object: "the AP report | is wrong"
    end = sent.end
    stop = _OBJECT_END.search(doc.work, toks[0][1], sent.end)
    while stop and doc.in_quote(stop.start()):
        stop = _OBJECT_END.search(doc.work, stop.end(), sent.end)
    if stop:
        end = stop.start()       # "called for more talks | , but …" / "| while in Ohio"
    opening = doc.sents[doc.sentence_of(start)].start
    lead = _SUBORDINATE_LEAD.search(doc.work, max(opening, cue.start - _SUBORDINATE_LEAD_SPAN), cue.start)
    comma = doc.work.find(", ", toks[0][1], end)
    if comma > 0 and not doc.in_quote(comma) and not _NAME_APPOSITION.match(doc.work, comma, end) and (
            (lead and not doc.in_quote(lead.start())) or (
                comma - opening <= _OPENER_SIZE * CHARS_PER_TOKEN and    # (an opening adverbial is short:
                not _CLAUSE_BREAK.search(doc.work, opening, comma) and   # not read again for each cue)
                _is_opening_adverbial(doc.tokens(opening, comma), True))):
        # "in a year when Ruiz talked about the toll | , Bell said …"; the cue inside the adverbial
        # that opens the sentence: "At the moment Ruiz announced her bid | , Bell was …"
        end = comma
    apposition = _OBJECT_APPOSITION.search(doc.work, toks[0][1], end)
    if apposition and not doc.in_quote(apposition.start()) and doc.work.find(",", apposition.end(), end) < 0:
        end = apposition.start()     # "vowed to repeal the amendment | , a provision that …" (not
                                     # "called Bell, a lawyer, a careless builder": it closes)
    if _PRONOUN_OBJECT_ALONE.match(doc.work, toks[0][1], end):
        return None     # "mentioned | it on television": the object only points back to what was said
    return toks[0][1], end, "verb_object"


# An object that is a pronoun, alone or with an adverbial, which reports nothing of its own (not
# "described it | as a lapse", "cited it and the poll"):  "it"  "them in April"  "it in print"
# (the trailing stops belong to the bare pronoun only: the adverbial's own set takes them, and two
# neighbouring sets that both take spaces would try every split of a long run; an "as" stops the
# adverbial: "cited it repeatedly | as proof" is a complement)
_PRONOUN_OBJECT_ALONE = re.compile(r"(?:it|them|itself|themselves)(?:[ ]+(?:in|on|at|to|for|during|with|over|by|from"
                                   r"|again|often|then|now|later|earlier|recently|[a-z]+ly)\b(?:(?![ ]as[ ])[^,;\"\u201c])*"
                                   r"|[ .!?]*)\Z")


def _has_own_cue(doc: _Document, q: QuoteSpan, colon: int) -> bool:
    """Whether a quotation after a colon has a cue of its own after it (",” he claimed") and none
    right before the colon ("she replied: “…”" makes the quotation that cue's, inside the clause)."""
    return any(c.verb is not None for c in doc.cues_between(q.close, q.close + _TAIL_CUE_SPAN)) and not any(
        c.verb is not None and not doc.work[c.end:colon].strip() for c in doc.cues_between(colon - _TAIL_CUE_SPAN, colon))


def _cut_clause(doc: _Document, a: int, b: int, main: bool = False, subordinate: bool = False,
                aside: bool = False) -> tuple[int, int]:
    """A reported clause ends before a cue that continues its sentence's speech: ", adding
    that …", ", according to …", "… and said …". A ``main`` clause follows the sentence's
    opening subordinate one ("As Ruiz said, | …"), so its commas do not end it. A clause said in a
    ``subordinate`` one ("and while he said …") ends where the main clause's subject follows a comma,
    and one said in an ``aside`` after a subject ("Ruiz, who said …,") where that subject's verb does."""
    while a < b and doc.work[a] == " ":
        a += 1              # (a clause the cue closes may open with its join: "he said, | and she …")
    m = _CLAUSE_STOP.search(doc.work, a, min(b, a + CLAUSE_SEARCH))
    if m and not doc.in_quote(m.start()):
        b = m.start()
    m = _WRITERS_ADDITION.search(doc.work, a, min(b, a + CLAUSE_SEARCH))
    if m and not doc.in_quote(m.start()) and _has_finite_verb(doc.first_tokens(a, m.start(), 60), 60, past_commas=True, strict=True) \
            and doc.work.rfind("(", a, m.start()) <= doc.work.rfind(")", a, m.start()):
        b = m.start()       # "the span was closed | , a blow to the city" (not "the mayor, a lawyer, said",
                            # nor inside a parenthesis: "(rent is another, as are wages)")
    end = min(b, a + CLAUSE_SEARCH)       # (a dash is rare: two finds spare the pattern's search)
    m = _DASH_CONCESSION.search(doc.work, a, end) if doc.work.find("\u2014", a, end) >= 0 or \
        doc.work.find(" -", a, end) >= 0 else None
    if m and not doc.in_quote(m.start()) and not _CLOSING_DASH.search(doc.work, m.end(), b):
        b = m.start()       # "he will seek reelection | — though it is unclear whether …"
    m = _COLON_QUOTE.search(doc.work, a, min(b, a + CLAUSE_SEARCH))
    q = doc.in_quote(m.end() - 1) if m and m.end() - 1 in doc.opens else None
    if q is not None and not doc.in_quote(m.start()) and _has_own_cue(doc, q, m.start()) and _has_finite_verb(
            doc.first_tokens(a, m.start(), 60), 60, past_commas=True, strict=True):
        b = m.start()       # "France had lost its identity | : “France is no longer France,” he claimed"
    si = doc.sentence_of(a)
    if not main and _SUBORDINATOR.match(doc.work, doc.sents[si].start):
        comma = doc.work.find(", ", a, b)     # "While he admitted it, | Ham said …"
        if comma > 0 and not doc.in_quote(comma):
            b = comma
    if subordinate:
        for m in _MAIN_CLAUSE_AFTER.finditer(doc.work, a, min(b, a + CLAUSE_SEARCH)):
            if not doc.in_quote(m.start()):
                b = m.start()       # "and while he said he'd hold a hearing | , it's unlikely …"
                break
    if aside:
        for m in _VERB_RESUMES.finditer(doc.work, a, min(b, a + CLAUSE_SEARCH)):
            if not doc.in_quote(m.start()) and _has_finite_verb(doc.first_tokens(a, m.start(), 60), 60, past_commas=True,
                                                                 strict=True):
                b = m.start()       # "Ruiz, who had said he would debate | , criticized …" (not "said
                break               # that Bell, | appointed by Ruiz, …": the clause has no verb yet)
    for cue in doc.cues_between(a, b):
        # a base form after "and" is likely a noun: "federal and state law"
        if (cue.verb is not None and not cue.verb.quote_only and cue.text != cue.verb.forms[0]
                and not doc.in_quote(cue.start)):
            stop = (_AND_BEFORE.search(doc.work, max(a, cue.start - _AND_SPAN), cue.start)
                    or _CLAUSE_THEN_SPEAKER.search(doc.work, max(a, cue.start - _SPEAKER_SPAN), cue.start))
            if stop:
                b = stop.start()
                break
    a, b = _strip(doc.work, a, b)
    if b > a and doc.work[b - 1] == ")":
        o = doc.work.rfind("(", a, b)
        if o > a + 1 and doc.work[o - 1] == " " and doc.work.find(")", o, b - 1) < 0 and not doc.in_quote(o):
            b = _strip(doc.work, a, o)[1]     # "called them “rapists” | (although he allowed …)": the writer's aside
    return a, b


def _opens_with_participle(doc: _Document, a: int) -> bool:
    """A clause that opens with a participle cue is that cue's own record, not more of what an
    earlier cue reports: "…, Ruiz said, | adding that …", "According to Bell, | writing in …"."""
    return any(c.participle for c in doc.cues_between(a, a + 1))


def _after_role(doc: _Document, a: int, b: int) -> Optional[int]:
    """Where the clause goes on after a role set off by commas that opens it, the apposition of
    the name before: "According to Ruiz, | the city's chief engineer, | the bridge is safe"; None
    when the words before the comma have a verb or no title ("According to Ruiz, | the bridge,
    which …"), or no verb follows before the next comma ("the mayor's office, | not the council,
    approved …")."""
    work = doc.work
    comma = work.find(",", a, b)
    if comma < 0 or doc.in_quote(comma) or _NEW_CLAUSE.match(work, comma + 1, b) or _words(work, comma + 1, b) < 2:
        return None
    toks = doc.first_tokens(a, comma, ROLE_TOKENS + 1)
    if not toks or len(toks) > ROLE_TOKENS or toks[-1][2] < comma or \
            not (toks[0][0].casefold() in DETERMINERS or toks[0][0].endswith(("'s", "\u2019s"))) or \
            not any(mentions.is_title(t[0]) for t in toks) or _has_finite_verb(toks, ROLE_TOKENS, strict=True) or \
            not _has_finite_verb(doc.first_tokens(comma + 1, b, ROLE_TOKENS), ROLE_TOKENS):
        return None     # (the role holds a title; what follows it is a clause, with a verb before
                        # its first comma: not "the chief executive, | Tom Bell, will resign")
    return comma + 1


def _is_just_a_quote(doc: _Document, a: int, b: int) -> bool:
    """A clause that is one quotation from mark to mark (after an opening adverbial such as
    "As for complexity,") is a direct quote, not reported speech; so is the last part of one that
    opened in an earlier paragraph ("“We will not stop. | “We will go on,” | Ruiz said.")."""
    q = doc.in_quote(a) if doc.work[a] == '"' else None
    if q is not None and q.open < a and q.paragraph < q.last_paragraph and q.close < b and \
            doc.work[a - 1] == "\n" and not doc.work[q.close + 1:b].strip(_LEAD_JUNK):
        return True     # (its mark opens this paragraph: the newspaper's sign that it goes on)
    k = bisect_left(doc.quote_opens, a)
    if k == len(doc.quotes) or doc.quotes[k].open >= b:
        return False
    q = doc.quotes[k]
    head = doc.work[a:q.open].strip(_LEAD_JUNK)
    if head and _ADVERBIAL_OPENING.match(head) and doc.work[a:q.open].rstrip().endswith(","):
        head = ""
    while True:                       # '“It is over,” “It is not,”': quotations one after another
        tail = doc.work[q.close + 1:b].strip(_LEAD_JUNK)
        k += 1
        if k == len(doc.quotes) or doc.quotes[k].open >= b or doc.work[q.close + 1:doc.quotes[k].open].strip(_LEAD_JUNK):
            break
        q = doc.quotes[k]
    return not head and not tail


# An adverbial after a cue that is not the reported clause: time, place, medium, audience.
#   " on Monday"  " in a statement"  " Tuesday"  " late Tuesday"  " last week"  " a few days later"
#   " in an interview with CNN"
_TIME = (rf"(?:(?:(?:late|early)[ ]+)?(?:{_WEEKDAY}|yesterday)(?:[ ]+(?:morning|afternoon|evening|night))?|today|tonight|"
         r"(?:a[ ]+few|several|\w+)[ ]+(?:minutes|hours|days|weeks|months|years)[ ]+(?:later|earlier|ago)|"
         r"earlier|later|again|recently|repeatedly|publicly|privately|previously|then|once|also|twice|overnight|"
         r"at[ ]+the[ ]+time|(?:later[ ]+)?that[ ]+(?:day|night|week|morning|afternoon|evening)|"
         r"the[ ]+(?:next|following|previous)[ ]+(?:day|week|morning|evening)|"
         rf"(?:last|this|next)[ ]+(?:week|month|year|night|morning|afternoon|evening|spring|summer|fall|autumn|winter|{_WEEKDAY}))")
_ADVERBIAL_PREPOSITIONS = "in|on|at|during|after|before|from|via|through|with|over|by|while|for|about|of"
# (a word inside the phrase is no preposition, and a run of adverbials is at most six long: else
# " on Monday on Monday …" splits into phrases in exponentially many ways when what follows fails)
_ADVERBIAL = rf"(?:[ ]+(?:{_TIME}|(?:{_ADVERBIAL_PREPOSITIONS})(?:[ ]+(?!(?:{_ADVERBIAL_PREPOSITIONS})[ ])[^\s,.;:!?\"]+){{1,8}}?))"
# A clause of time that ends the sentence right after a cue is the narrator's (after a comma,
# "…, he said, because …" gives his reason). Bounded, so that a long sentence is not scanned
# once per adverbial:   "…, Ruiz said | as she left the station."
_SUBORDINATE_TO_END = r"[ ](?=(?:as[ ]+(?:he|she|they|we|I|you|it|the)|when|while)[ ][^,;:!?\"]{1,200}[.!?]*[\"']?[ ]*$)"
# A cue that closes its clause: adverbials, then the end of the sentence, a comma, or a
# subordinate clause that runs to the end of the sentence.
#   "…, the agency said in a June report."   "…, he said, …"   "…, he said as he left."
_CUE_CLOSES = re.compile(rf"(?:[ ]+(?:me|him|her|us|them|reporters|(?:the[ ]+)?[{UPPER}][\w.'\-]*(?:[ ]+[{UPPER}][\w.'\-]*){{0,4}}))?"
                         rf"{_ADVERBIAL}{{0,6}}?[ ]*(?P<stop>{_SUBORDINATE_TO_END}|[,;]|[.!?]*[\"']?[ ]*$)")
# A verb that makes a statement with the cue as its noun, then a determiner and up to three
# modifiers: "made no | mention of", "renewed his | call for", "opened with an impassioned | call for"
_LIGHT_DETERMINERS = frozenset("a an no all his her their its the any another several".split())
_LIGHT_VERB_BEFORE = re.compile(rf"\b(?:{trie_pattern(LIGHT_VERBS)})[ ]+(?:{trie_pattern(_LIGHT_DETERMINERS)})[ ]+"
                                rf"(?:(?!(?:that|this|to|of|for|on|in|and|but|or)[ ])[{LOWER}][\w\-]*[ ]+){{0,3}}\Z")


def _has_light_determiner(toks: Sequence[Token], lo: int) -> bool:
    """Whether a determiner of _LIGHT_VERB_BEFORE is a token from ``lo`` on: one is wherever the
    pattern matches there (it stands between spaces, so it is a token; the words after it may be
    more than one token each: "\u0345x"). Most windows have none, which spares the search."""
    for t, start, _ in reversed(toks):
        if start < lo:
            return False
        if t in _LIGHT_DETERMINERS:
            return True
    return False

# A dash that opens an aside before a speaker ("Ruiz | — who said …"), and the dash that closes it
_DASH_ASIDE_OPENS = re.compile(r"(?:\u2014|[ ]-)[ ]*\Z")
_DASH_ASIDE_CLOSES = re.compile(r"[ ]*\u2014|[ ]-[ ]")
# A relative clause after a comma that runs to the end of a reported clause: the writer's word on
# the noun before it ("… will face Ruiz | , who has led the council since 2012"); not one with its
# own subject, which may report speech ("… refugees, who he says are …"). So is a contrast or a
# circumstance the writer adds at the end ("… 60 percent said yes | , while 30 percent said no",
# "… denied it | , with aides calling it a smear")
_LAST_RELATIVE = re.compile(r",[ ]+(?:(?:who|which)[ ]+(?!(?:he|she|they|I|we|you)[ ])|(?:while|whereas|with)[ ])")
_RELATIVE_GOES_ON = re.compile(r"[,;]")
# After a participle cue's record, a second participle of the same speaker with its own object or
# complement: what the first one reports ends there ("…, proposing a new levy | and taunting the
# mayor", "by pledging reform | and trying to win them back"); not a noun in -ing ("jobs making
# furnaces and heating equipment"), "and according to", "and including", "and nothing"
_SECOND_PARTICIPLE = re.compile(r"[ ]+and[ ]+(?:(?:also|then)[ ]+)?(?!(?:during|according|including|[a-z]*thing)[ ])[a-z]{3,}ing[ ]+"
                                r"(?=(?:the|a|an|his|her|him|them|their|its|it|to|that|on|for|about|at|with|between|up|out)[ ])")
# Time words a bare clause may follow: "said Monday the talks had failed"
_TIME_BEFORE_CLAUSE = re.compile(rf"(?:[ ]+(?:on[ ]+)?{_TIME}(?![\w\-']))+")     # (not "again|st", "once|-closed", "Monday|'s")
# A modal or "to" before a base form makes it a verb: "he would say", "refused to comment"
_AUXILIARY_BEFORE = re.compile(rf"(?:\b(?:will|would|can|could|should|shall|may|might|must|did|does|do|to|not)|n't)[ ]+(?:[{LOWER}]+ly[ ]+)?\Z")
# Before a word that is both verb and noun, what makes it the noun: "his claim", "a Times report",
# "police's earlier claim"
_NOUN_CONTEXT = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|my|your|this|that)|'s|s')(?:[ ]+[^\W\d_][\w\-']*){0,3}?[ ]+\Z", re.I)
# Adverbials that end the sentence after a speaker named after its verb: "…, said Ana Ruiz | in a
# statement.", "…, says Tom Bell | in Salem."
_ADVERBIALS_TO_END = re.compile(rf"{_ADVERBIAL}{{1,3}}[ ]*[.!?]?[\"']?[ ]*$")
# What may follow a speaker named after its verb: the end, a comma, a role or a relative clause
#   "…, said Smith."  "…, said Smith, a lawyer"  "…, said Smith (D-Ohio)"  "…, said Smith, who …"
_SPEAKER_ENDS = re.compile(r"[ ]*(?:[,.;:!?()\u2014\"']|who\b|of\b|$)")
# Prepositions that open an adverbial, not a reported clause: "During his years in office, …"
_ADVERBIAL_OPENING = re.compile(r"(?:During|As for|As|In|On|At|After|Before|For|With|Under|Since|From|By|Despite|Amid)\b")
# After "As X said", adverbials up to the comma that ends the subordinate clause:
#   ","  " on Saturday,"  " in a column on Monday,"
_ADVERBIALS_THEN_COMMA = re.compile(rf"{_ADVERBIAL}{{0,6}}?[ ]*,")
# "As X said, …": the clause after the comma is X's
_AS_BEFORE = re.compile(r"\b[Aa]s[ ]+\Z")
# An adverbial of the occasion or span of time a statement was made in, which is no part of it
# even where the statement goes on after the cue: "During her years in office, | Ruiz said, …",
#   "In an interview on Monday, | Ruiz said, …"   "At a rally, | …"
_OCCASION_OPENING = re.compile(rf"During\b|(?:In|On|At)[ ]+(?:(?:a|an|the|his|her|their|its)[ ]+)?(?:[\w'\-]+[ ]+){{0,2}}?"
                               rf"(?:{trie_pattern(sorted(OCCASIONS))})s?\b")
# A quotation mark that opens what follows a cue's comma: "…, Ruiz said, | “We …"
_OPENS_A_QUOTE = re.compile(r"[ ]*[\"'\u201c\u2018]")
# A possessive and one word before a word that is also a speech noun: "his early-morning tweets"
_POSSESSIVE_ADJECTIVE = re.compile(r"\b(?:his|her|their|its|my|our|your)[ ]+[^\W\d_][\w\-]*[ ]+\Z", re.I)
# A relative pronoun before the subject, and a verb (or "as") right after the cue: what was said is
# the relative clause's predicate:   "what analysts said | was a sign of …"  "which he described | as a farce"
_RELATIVE_BEFORE = re.compile(r"\b(?:what|which|who|whom)[ ]+\Z", re.I)
# The next lower-case word, to test for a verb:   "said | was"   ", | was"
_PREDICATE_AFTER = re.compile(r"[ ]+([a-z']+)\b")
# A wh-word before a subject makes the cue part of a relative clause: "what Trump says his plan …"
_WH_BEFORE = re.compile(r"\b(?:what|how)[ ]+\Z", re.I)
# A short phrase of time or place before a clause that opens with a pronoun:
#   "said after the convention | he would not accept"
_PHRASE_BEFORE_PRONOUN = re.compile(
    r"[ ]+(?:after|before|during|at|in|on|last|this|earlier|later)[ ]+[^,.;:!?\"]{1,40}?(?=[ ]+(?:he|she|they|it|we|I|there)[ ])")
# An aside between commas before a clause that opens with a subject pronoun; it is part of what
# was said:   "says(,) win or lose in the primary, he's staying"  "says despite the loss, she plans …"
_ASIDE_BEFORE_PRONOUN = re.compile(r",?[ ]+([^\s,.;:!?\"][^,.;:!?\"]{0,60}?),[ ]+(?=(?:he|she|they|we|I|it)(?:'[a-z]+)?[ ])")
# "…, he said and added that …": a second verb of the same subject, maybe after auxiliaries and
# adverbs ("… but has since said", "… and even assured"); a comma may close a quotation first
# ("called the plan “a farce,” adding that …"), or a dash before a participle ("… on the spot — saying …");
# a verb of beginning may come before a participle ("… and began | saying") or a verb that hands its
# subject on before a to-infinitive ("… and moved to | stress"), and a short phrase of
# place or time before the verb ("…, but in a later interview | said", "…, at one point | calling")
# (each alternative of the join opens with a literal character, which re skips to)
_AND_JOINS = "(?:and|but|then|by|in|after|before|while|when)"
_AND_BEFORE = re.compile(rf"(?:(?:,[ ]+{_AND_JOINS}|[ ][ ]*{_AND_JOINS}|,\"?|[ ]\u2014|[ ]-)"
                         rf"(?:[ ]+(?:{trie_pattern(sorted(w for w in ADVERBS if w.isalpha()))}|[a-z]+ly))*"
                         rf"(?:[ ]+(?:{trie_pattern(sorted(ASPECT_VERBS))}|(?:{trie_pattern(sorted(w for w in TO_VERBS if w.isalpha()))})[ ]+to))?"
                         rf"(?:[ ]+(?:in|on|at|during)(?:[ ]+(?:a|an|the|his|her|their|its))?(?:[ ]+[a-z]+){{1,2}})?)[ ]*\Z")
# Characters before a cue that its conjunction and auxiliaries may take: "… but has also said"
_AND_SPAN = 30
# A preposition before a participle cue, whose speaker is the subject of the clause it ends:
#   "Bell followed him | by | speaking about …"   "Ruiz stopped short | of | calling for …"
_PREPOSITION_BEFORE = re.compile(r"\b(?:by|of|on|in|while|when|after|before|without|from)[ ]+(?:[a-z]+ly[ ]+)?\Z")
# The whole word before a participle cue: "a memo to the board in | April | explaining"
_WHOLE_WORD_BEFORE = re.compile(r"(?<![\w'\-])([A-Za-z]+)[ ]+\Z")
# A person or an author in the phrase a participle follows, whom it may be about as well as the
# clause's subject: "ran a letter | from Bell | in May arguing", "sent a | reporter | to the hall
# asking" (the letter's writer or the reporter speaks, not the one who ran or sent them)
_PERSON_IN_PHRASE = re.compile(rf"\b(?:(?:from|by)[ ]+[{UPPER}]|(?:{trie_pattern(sorted(PERSON_NOUNS))})\b)")
_PERSON_IN_PHRASE_SPAN = 60
# A participle used as an adjective before its noun (lexicons/participle_nouns.txt): "reporting | team"
_PARTICIPLE_AS_ADJECTIVE = re.compile(rf"[ ]+(?:{trie_pattern(sorted(PARTICIPLE_NOUNS))})\b")
# What ends the clause a participle's subject is looked for in, read leftwards
_CLAUSE_BREAKS = frozenset(',;:"()\u2014-')
# A new clause with its own speaker, joined or relative: "…, while | 22 percent said …", "…, and |
# critics say …", "…, though | Bell said …", "…, | which he said would be its lowest", "…, | whom he
# described as …" (its own record reports that; the clause before ends at the comma)
_CLAUSE_THEN_SPEAKER = re.compile(r",[ ]+(?:and|but|while|whereas|although|though|which|whom|who)[ ]+[^\s,;:\"][^,;:\"]{0,50}[ ]\Z")
_SPEAKER_SPAN = 70
# A sentence that opens with a participle, maybe after a preposition: its speaker is the subject
# of the main clause after the comma.   "| Noting that …, Ruiz said"  "After suggesting …, Ruiz …"
# (maybe after a conjunction or adverb: "But in describing …, Ruiz …", "Now, after arguing …, Ruiz …")
_OPENS_WITH_PARTICIPLE = re.compile(r"[\"']?(?:(?:But|Yet|And|So|Now|Still|Even|Then),?[ ]+)?"
                                    r"(?:(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Ss]ince|[Uu]pon|[Oo]n|[Ii]n|[Bb]y|[Ww]ithout|[Dd]espite"
                                    r"|[Bb]esides|[Ii]nstead[ ]of|[Rr]ather[ ]than|[Ii]n[ ]addition[ ]to)[ ]+)?")
# Commas looked at for the end of an opening participle's clause
_OPENING_COMMAS = 8


def _main_subject(doc: _Document, sent: Span, cue: Cue) -> Optional[tuple[Mention, int]]:
    """The subject after the comma that closes a sentence's opening participle clause, and that
    comma: "After suggesting that the bridge was old, | Ruiz | voted …". The subject is a name, a
    pronoun or a phrase with a determiner, and a lower-case word (its verb) follows it."""
    work = doc.work
    comma = cue.end
    for _ in range(_OPENING_COMMAS):
        comma = work.find(",", comma + 1, min(sent.end, cue.end + CLAUSE_SEARCH))
        if comma < 0:
            return None
        if doc.in_quote(comma):
            continue
        toks = doc.first_tokens(comma + 1, sent.end, 16)
        m = mentions.after(doc.text, toks, apposition=False, subject=True)
        if m is None or not (m.kind != "description" or toks[0][0].casefold() in DETERMINERS):
            continue
        verb = next((t[0] for t in toks if t[1] >= m.end), "")
        if verb[:1].islower() and verb.casefold() not in FUNCTION_WORDS - FINITE_VERBS:
            # (not a cue that closes the sentence: "Warning signs were seen, | Ruiz said.")
            return (m, comma) if _words(work, m.end, sent.end) > 2 else None
    return None


# Where what a title-case headline reports ends: a dash, a colon or a second clause
#   "Ruiz Just Revealed Who She Backs | — It May Surprise You"   "… | , And She Is Right"
_HEADLINE_CLAUSE_END = re.compile(r"[ ]+[\u2014\-]+[ ]+|,[ ]+(?:And|But|Then)[ ]|[:;]")
# A word of a headline, to test its case
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")


def _is_title_case(work: str, a: int, b: int) -> bool:
    """A headline in title case, where every word but the small ones is capitalised: "Ruiz
    Explains Why The Bridge Closed". Its clauses cannot be read by case, so what follows a
    cue is what was said."""
    if b - a > HEADLINE_CHARS:
        return False        # a headline is short: not a long first paragraph in capitals
    words = 0
    for m in _HEADLINE_WORD.finditer(work, a, b):
        if not (work[m.start()].isupper() or m.group().casefold() in _TITLE_SMALL_WORDS):
            return False    # (read no further than the first word in lower case)
        words += 1
    return words >= 4


def _headline_clause(work: str, a: int, b: int) -> Optional[tuple[int, int, str]]:
    """What a cue in a title-case headline reports: the rest of the headline up to a dash, a
    colon or a joined clause."""
    stop = _HEADLINE_CLAUSE_END.search(work, a, b)
    end = stop.start() if stop else b
    if _words(work, a, end) < 2 or work.startswith(" To ", a):
        return None     # not "…, Ruiz Says.", nor "Ruiz Responded To Bell's Attack": an addressee
    return a, end, "headline_clause"


# Words that join more of a subject to its opening mention: "The first lady | and | senator"
_SUBJECT_LINKS = frozenset("and of on in at for with from like including".split())


def _rest_of_subject(doc: _Document, a: int, b: int) -> bool:
    """Whether the words between a sentence's opening mention and its verb can be the rest of its
    subject: none, or a few with no verb, comma or quotation ("The former first lady | and U.S.
    senator | said", "Experts | on Ohio and nuclear energy | said")."""
    if b - a > CHARS_PER_TOKEN * SUBJECT_REST:
        return False                            # (and a 1 MB sentence is not tokenized per cue)
    if not doc.work[a:b].strip():
        return True
    toks = doc.tokens(a, b)
    return len(toks) <= SUBJECT_REST and toks[0][0] in _SUBJECT_LINKS and all(t[0][0].isalnum() for t in toks) \
        and not _has_finite_verb(toks, SUBJECT_REST, strict=True) and toks[-1][0].casefold() not in FUNCTION_WORDS


def _bare_closing_speaker(doc: _Document, sent: Span, cue: Cue, floor: int) -> Optional[Mention]:
    """A noun phrase with no determiner between the comma that closes a statement and a cue
    that ends the sentence, as headlines have it: "Her fate hinges on the economy, | analyst |
    says."
    """
    work = doc.work
    closes = _CUE_CLOSES.match(work, cue.end, sent.end)
    if closes is None or closes.group("stop") in (",", ";"):
        return None
    comma = work.rfind(",", max(floor, cue.start - SPEAKER_PHRASE * CHARS_PER_TOKEN), cue.start)
    if comma < 0 or doc.in_quote(comma):
        return None
    toks = doc.tokens(comma + 1, cue.start)
    if not toks or len(toks) > 6 or _has_finite_verb(toks, 6, strict=True) or toks[0][0].casefold() in FUNCTION_WORDS \
            or any(not t[0][0].isalnum() for t in toks):
        return None
    m = mentions.after(doc.text, toks, apposition=False, subject=True)
    return m if m is not None and m.kind != "pronoun" and m.start == toks[0][1] and m.end == toks[-1][2] else None


# A possessive that ends a phrase: then the cue after it is a noun ("Editor's | note")
_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|s['\u2019])\Z")
# A passive cue names its agent after "by" (not a means: "concluded by | making it clear"):
#   "a fact first reported | by the Planet"   "a call echoed | by Japan"
_PASSIVE_BY = re.compile(r"[ ]+by[ ]+(?![a-z]+ing\b)")
# A name, then the verb of the noun a naming participle follows: "a group called | Safe Bridges Now is …"
_NAME_THEN_VERB = re.compile(rf"[ ]+[{UPPER}][\w'\-]*(?:[ ]+[{UPPER}\d][\w'\-]*){{0,4}},?[ ]+([a-z']+)\b")


# A phrase of place or time after an inverted speaker: "said Ana Ruiz | at the time | , adding …"
_PHRASE_AFTER_SPEAKER = re.compile(r"[ ]+(?:in|at|on|during|after|before)[ ][^,;:\"()\u2014]{1,60}?,[ ]*\Z")


def _inverted_speaker_before(doc: _Document, sent: Span, cue: Cue) -> Optional[Mention]:
    """The speaker named after the verb that closes a quotation, when a participle follows it past
    a phrase of place or time: "“…,” said Ana Ruiz at the time, | adding …"."""
    work = doc.work
    prior = [c for c in doc.cues_between(sent.start, cue.start) if c.verb is not None and not c.participle]
    if not prior or work[max(sent.start, prior[-1].start - 2):prior[-1].start].strip() not in ('"', ',"', ','):
        return None
    m = doc.object_after(prior[-1], cue.start)
    if m is None or m.kind != "name":
        return None
    rest = work[m.end:cue.start]
    if rest.strip() == ",":
        return m
    return m if _PHRASE_AFTER_SPEAKER.fullmatch(rest) and not _has_finite_verb(doc.tokens(m.end, cue.start), 20, strict=True) else None


def _coordination(work: str, sent: Span, cue: Cue) -> Optional[re.Match]:
    """The join before a cue ("…, adding", "… and said"); before a verb that is no participle,
    only "and", "but" or "then" ("…, said X" names its speaker after the verb)."""
    found = _AND_BEFORE.search(work, max(sent.start, cue.start - _AND_SPAN), cue.start)
    if found and not cue.participle and found.group().strip(" ,").split()[:1] not in (["and"], ["but"], ["then"]):
        return None
    return found


def reported(doc: _Document, si: int, sent: Span, out: list[Attribution]) -> Optional[Mention]:
    """Reported-speech records of one sentence; returns the sentence's last speaker mention."""
    work = doc.work
    last: Optional[Mention] = None
    floor = sent.start           # text before this belongs to an earlier record
    first = len(out)             # this sentence's records start here
    for cue in doc.cues_between(sent.start, sent.end)[:MAX_CUES_PER_SENTENCE]:
        if doc.in_quote(cue.start):
            continue
        if cue.noun or (cue.text in SPEECH_NOUNS and _NOUN_CONTEXT.search(work, max(sent.start, cue.start - 40), cue.start)
                        and work.startswith(" that ", cue.end)) or \
                (cue.text in SPEECH_NOUNS and _agent_then_that(doc, cue, sent) is not None):
            if _holder(out, first, cue.start, within=True) is None:    # "Ruiz said | Bell's claim that … was false"
                _nominal(doc, si, sent, cue, out)
            continue
        if cue.text in INFINITIVE_NOUNS and _INFINITIVE_CONTENT.match(work, cue.end, sent.end) and \
                _NOUN_CONTEXT.search(work, max(sent.start, cue.start - 40), cue.start) and \
                _holder(out, first, cue.start, within=True) is None:
            _nominal(doc, si, sent, cue, out)   # "Voters liked | the mayor's promise | to fix the roads"
            continue
        if cue.verb is None:
            last = _according(doc, si, sent, cue, floor, out) or last
            continue
        # (a verb that is no participle reads the join before it only when it finds no subject:
        # the tests below that read it before then are a participle's)
        coordinated = _coordination(work, sent, cue) if cue.participle else None
        subj = None if coordinated and cue.participle else doc.subject(sent, cue)
        if subj is None and not cue.participle:
            coordinated = _coordination(work, sent, cue)
        rule_prefix = ""
        clause_sent = sent
        if subj is None and cue.participle and floor == sent.start and \
                _OPENS_WITH_PARTICIPLE.match(work, sent.start, cue.start).end() == cue.start:
            main = _main_subject(doc, sent, cue)
            if main is not None:         # what was said ends at the comma
                subj, clause_sent = main[0], Span(sent.start, main[1], sent.paragraph)
                rule_prefix = "opening_participle_"
        if subj is None and cue.participle and \
                (prep := _PREPOSITION_BEFORE.search(work, max(sent.start, cue.start - 24), cue.start)) is not None:
            # "… Bell followed him by | speaking …": the subject of the clause the phrase ends
            subj = doc.clause_subject(sent, prep.start())
            rule_prefix = "participle_" if subj is not None else rule_prefix
        if subj is None and cue.participle and not coordinated and not rule_prefix and \
                (prev := _WHOLE_WORD_BEFORE.search(work, max(sent.start, cue.start - 30), cue.start)) is not None and \
                prev.group(1) not in FUNCTION_WORDS and not prev.group(1).endswith("ly") and \
                prev.group(1) not in PERSON_NOUNS and not _PARTICIPLE_AS_ADJECTIVE.match(work, cue.end, sent.end) and \
                not _PERSON_IN_PHRASE.search(work, max(sent.start, cue.start - _PERSON_IN_PHRASE_SPAN), cue.start):
            # "Ruiz sent a memo to the board in April | explaining …": the subject of the verb whose
            # object the participle modifies
            subj = doc.clause_subject(sent, cue.start)
            rule_prefix = "participle_" if subj is not None else rule_prefix
        if subj is None and coordinated:
            # "…, adding that" / "… and said that": the sentence's speaker goes on
            # the subject of the nearest clause: not one in a clause before it ("While the engineers
            # called for it, | Ruiz stayed …, noting …", "Bell says …, but | Ruiz has …, saying …")
            found = [m for m in (last, doc.opening_mention(sent, cue.start) if cue.start - sent.start > 3 else None,
                                 doc.joined_clause_subject(sent, cue.start)) if m is not None]
            if cue.participle and (inv := _inverted_speaker_before(doc, sent, cue)) is not None:
                found.append(inv)       # "“…,” said Ana Ruiz at the time, | adding …"
            subj = max(found, key=lambda m: m.start) if found else None
            rule_prefix = "participle_" if cue.participle else "coordinated_"
        if subj is None and work.startswith(" by ", cue.end) and cue.start == sent.start + 3 and \
                work.startswith("As ", sent.start):
            last = _as_by(doc, si, sent, cue, out) or last     # "As reported by the Daily Planet, | …"
            continue
        if subj is None and (passive := _PASSIVE_BEFORE.search(work, max(sent.start, cue.start - 30), cue.start)) and \
                (agent := _passive_agent(work, cue, sent)) is not None:
            # "The move was first reported by | the Planet.", "Ruiz was confirmed as the winner by | the board."
            last = _passive_by(doc, si, sent, cue, passive.start(), floor, out, *agent) or last
            continue
        if _modifies_a_noun(work, cue, sent):
            continue
        inverted = False
        if subj is None and not cue.participle and " " not in cue.text:     # (not "…, spoke about | Ruiz.")
            clause_end = _preceded_by_comma(work, cue.start, floor)
            if clause_end is not None:
                subj = doc.object_after(cue, sent.end)
                if subj is not None and (not (_SPEAKER_ENDS.match(work, subj.end, sent.end)
                                              or (_ADVERBIALS_TO_END.match(work, subj.end, sent.end) and not _has_finite_verb(
                                                  doc.tokens(subj.start, sent.end), 40, past_commas=True, strict=True)))
                                         or subj.kind == "pronoun"):
                    subj = None          # "…, said members will help" is a clause; "…, told me." an addressee
                inverted = subj is not None
                if subj is None and cue.text != cue.verb.forms[0] and work[cue.start - 2:cue.start] == ", " and \
                        not (cue.verb.content or cue.verb.noun or cue.text in SPEECH_NOUNS) and \
                        (opening := doc.opening_mention(sent, cue.start)) is not None and opening.end < clause_end and \
                        _has_finite_verb(doc.first_tokens(opening.end, clause_end, 3), 3, strict=True):
                    # "The agency delayed the report, | admitted it withheld emails, and …": a second
                    # verb of the sentence's subject, in a list (not "…, said a spokesman for …, Jo
                    # Ruiz, who …" or "…, reported it to …", where the verb is more likely inverted)
                    subj, rule_prefix = opening, "coordinated_"
        elif subj is not None and not rule_prefix and not cue.participle and not cue.verb.takes_object and not cue.verb.naming \
                and " " not in cue.text and "," in work[subj.end:cue.start] and (clause_end := _preceded_by_comma(work, cue.start, floor)) is not None:
            # "…, a state he hoped to carry, the race will be tight, said Jo Ruiz, an analyst.": a
            # name and role alone after the verb are its speaker, not the mention before the asides
            named = doc.object_after(cue, sent.end)
            if named is not None and named.kind == "name" and _SPEAKER_ENDS.match(work, named.end, sent.end) and \
                    not _has_finite_verb(doc.first_tokens(cue.end, sent.end, 60), 60, past_commas=True, strict=True):
                subj, inverted = named, True
        if subj is None and not cue.participle and not rule_prefix:
            subj = doc.subject_before_aside(sent, cue)      # "Ruiz, during a visit to Salem, Oregon, | said"
            if subj is None and cue.verb.bare and not cue.verb.noun and cue.text not in SPEECH_NOUNS and \
                    (opening := doc.opening_mention(sent, cue.start)) is not None and opening.kind != "pronoun" \
                    and _rest_of_subject(doc, opening.end, cue.start) and not _POSSESSIVE_END.search(opening.text):
                subj = opening      # a bare noun phrase that opens a headline: "Union chief | says …", or a
                                    # subject the mention before the verb missed: "Experts | on Ohio and energy | said"
            if subj is None and cue.verb.bare and not cue.verb.noun and cue.text not in SPEECH_NOUNS:
                subj = _bare_closing_speaker(doc, sent, cue, floor)     # "…, | former rival | says."
        if subj is not None and cue.text in SPEECH_NOUNS and _POSSESSIVE_ADJECTIVE.search(
                work, max(sent.start, cue.start - 40), cue.start):
            continue             # "his early-morning tweets": a noun after a possessive
        if subj is None or (cue.text == cue.verb.forms[0] and not _fits_base_form(subj)
                            and not _AUXILIARY_BEFORE.search(work, max(sent.start, cue.start - 12), cue.start)
                            and not _LIGHT_VERB_BEFORE.search(work, max(sent.start, cue.start - LIGHT_VERB_SPAN), cue.start)):
            continue
        if _holder(out, first, subj.start) is not None:
            continue             # "Ross said | Obama had told leaders that …": Ross's clause holds it
        last = subj
        if not cue.participle and not cue.verb.quote_only and \
                _RELATIVE_BEFORE.search(work, max(sent.start, subj.start - 8), subj.start) and \
                (pred := _PREDICATE_AFTER.match(work, cue.end, sent.end)) and (pred.group(1) in FINITE_VERBS or pred.group(1) == "as"):
            a, b = _cut_clause(doc, pred.start(1), sent.end)      # "what analysts said | was a sign of …"
            # it ends where the host clause's own verb resumes: "…, which she said was a mistake, | was …"
            # or a new clause is joined to it: "…, but the incident …"
            b = next((m.start() - 1 for m in _PREDICATE_AFTER.finditer(work, a, min(b, a + CLAUSE_SEARCH))
                      if work[m.start() - 1] == "," and (m.group(1) in FINITE_VERBS or m.group(1) in ("and", "but"))), b)
            comma = work.find(",", a, b) if pred.group(1) == "as" else -1
            if comma > 0:            # "which he described | as a farce, …": a complement ends at its comma
                q = doc.in_quote(comma)
                b = q.close + 1 if q else comma
            if _words(work, a, b) >= 2:
                out.append(Attribution("indirect", a, b, subj, cue, si, "relative_verb_predicate"))
                floor = b
            continue
        if _WH_BEFORE.search(work, max(sent.start, subj.start - 8), subj.start):
            continue             # "what Trump says his plan would do": no statement is reported
        if cue.verb.naming:
            _quoted_object(doc, si, sent, cue, subj, out)
        if cue.verb.quote_only and not cue.verb.question:
            continue
        if inverted:                                    # "…, said Leslie Wimes."
            a, b = _strip(work, floor, clause_end)
            if _words(work, a, b) >= 2 and not _is_just_a_quote(doc, a, b):
                out.append(Attribution("indirect", a, b, subj, cue, si, "clause_verb_speaker"))
            floor = max(floor, subj.end)
            continue
        if subj.start < floor and not rule_prefix and (closes := _CUE_CLOSES.match(work, cue.end, sent.end)) is not None \
                and closes.group("stop") not in (",", ";") and _words(work, cue.end, closes.end()) <= 4 \
                and subj.kind != "pronoun" and (lead := _preceded_by_comma(work, subj.start, sent.start, modifiers=True)) \
                and work[lead - 1] != '"' and (host := next((r for r in out[first:] if r.start < lead < r.end), None)):
            # "Ruiz said the bridge is safe, | the Planet reported.": a source that closes the
            # sentence holds all before it, the statement reported in it too (not "“…,” he said")
            host.end = _strip(work, host.start, lead)[1]
            a, b = _strip(work, sent.start, lead)
            out.append(Attribution("indirect", a, b, subj, cue, si, "report_speaker_verb"))
            floor = closes.end()
            continue
        after = _clause_after(doc, cue, clause_sent)
        # (a headline's clause has two words, which fewer than three characters cannot hold: "he said.")
        if after is None and sent.paragraph == 0 and sent.end - cue.end >= 3 and _is_title_case(work, sent.start, sent.end):
            after = _headline_clause(work, cue.end, sent.end)     # "Ruiz Tweets A Map Of The Bridge"
        if after is None and (cue.verb.content or (cue.verb.takes_object and _TELLS_A_STORY.match(work, cue.end, sent.end))) \
                and subj.text.casefold() not in ("i", "we"):
            after = _object_after(doc, cue, clause_sent)    # not the writer's "we are talking about …"
        lead = _preceded_by_comma(work, subj.start, floor, modifiers=True) if not rule_prefix else None
        if lead is None and _AS_BEFORE.search(work, max(sent.start, subj.start - 4), subj.start) and \
                (adverbials := _ADVERBIALS_THEN_COMMA.match(work, cue.end, sent.end)):
            a, b = _cut_clause(doc, adverbials.end(), sent.end, main=True)   # "As Mr. Bown observed, | …"
            if _words(work, a, b) >= 2 and not _is_just_a_quote(doc, a, b) and work[a:a + 4] != "and ":
                out.append(Attribution("indirect", a, b, subj, cue, si, "as_speaker_verb"))
                floor = b
            continue
        if lead is None and not rule_prefix and after is None and not cue.participle and subj.start >= floor and \
                (closes := _CUE_CLOSES.match(work, cue.end, sent.end)) is not None and closes.group("stop") not in (",", ";"):
            lead = _comma_before_speaker(doc, floor, subj)   # "…, the news site River Info | reported."
        if lead is not None:
            _end_before(out, first, lead, work)      # "… that it was a bomb, | Clinton said, …"
        closed = doc.in_quote(lead - 1) if after is not None and lead is not None and work[lead - 1] == '"' else None
        if after is not None and closed is not None and not _looks_like_title(work, closed) and (
                after[2] == "verb_clause" or (after[2] == "verb_object" and not work[sent.start:closed.open].strip(' "'))):
            # "“…,” Ruiz said late last week." / "told CNN as she left" / (when the quotation opens
            # the sentence) "“…,” Ruiz said to applause.": the quotation is what was said
            after = None
        if after is not None and lead is None and not rule_prefix and not work[cue.end:after[0]].strip() and \
                (antecedent := _antecedent(doc, floor, subj, after[0])):
            # a relative clause with no pronoun, its subject's gap right after the cue: "a probe | the
            # agency said | was ongoing": the noun it modifies is what was said of it
            out.append(Attribution("indirect", antecedent[0], antecedent[1], subj, cue, si, "antecedent_speaker_verb"))
        if after is not None and after[2] == "verb_that" and lead is not None and work[lead] == "," \
                and not rule_prefix and not cue.verb.takes_object \
                and (closes := _CUE_CLOSES.match(work, cue.end, sent.end)) is not None \
                and closes.group("stop") == "," and work.startswith(" that ", closes.end()):
            # "It is no surprise, | Mr. Garin said, | that …": the clause before the cue is part of it
            # (from a clause joined with "but": "Others resisted, but | the cost was so high, X noted, that …")
            but = work.rfind(", but ", floor, lead)
            _before_part(doc, si, but + len(", but ") if but >= 0 and not doc.in_quote(but) else floor, lead, subj, cue, out, True)
        if after is not None:
            subordinate = (_SUBORDINATE_BEFORE.search(work, max(sent.start, subj.start - _SUBORDINATE_SPAN), subj.start)
                           or _SUBORDINATE_OPENING.fullmatch(work, sent.start, subj.start)) is not None
            aside = (subj.text.casefold() in ("who", "which") and work[max(sent.start, subj.start - 2):subj.start] == ", ") \
                or _ASIDE_AFTER_SUBJECT.search(work, subj.end, cue.start) is not None
            a, b = _cut_clause(doc, after[0], after[1], subordinate=subordinate, aside=aside)
            if rule_prefix == "participle_" and (second := _SECOND_PARTICIPLE.search(work, a, b)) is not None and \
                    not doc.in_quote(second.start()):
                b = second.start()      # "…, proposing a new levy | and taunting the mayor"
            relative = None
            for m in _LAST_RELATIVE.finditer(work, a, b):
                if not doc.in_quote(m.start()):
                    relative = m
            if relative is not None and not _RELATIVE_GOES_ON.search(work, relative.end(), b):
                b = relative.start()        # "… will face Ruiz | , who has led the council since 2012"
            if _DASH_ASIDE_OPENS.search(work, max(sent.start, subj.start - 3), subj.start) and \
                    (dash := _DASH_ASIDE_CLOSES.search(work, a, b)) is not None:
                # the statement was opened inside a dash's aside and ends with it: "Ruiz — who
                # said the bridge was safe | — now says …", "… — her allies claimed a victory | — …"
                b = dash.start()
            if (_words(work, a, b) >= 2 or after[2] == "verb_answer") and not (
                    after[2] == "verb_clause" and _is_just_a_quote(doc, a, b)):
                if after[2] != "verb_object" or not _is_just_a_quote(doc, a, b):
                    out.append(Attribution("indirect", a, b, subj, cue, si, rule_prefix + after[2]))
                floor = b       # (an object that is one quotation is the quotation's record, but was said)
            continue
        if lead is None:
            continue
        # The cue closes the clause before it: "…, the source added." / "…, he said, …"
        closes = _CUE_CLOSES.match(work, cue.end, sent.end)
        if closes is None:
            continue
        after_quote = _is_just_a_quote(doc, *_strip(work, sent.start, lead))
        goes_on = closes.group("stop") in (",", ";") and _words(work, closes.end(), sent.end) >= 2 and not after_quote
        # an adverbial before the cue is part of what was said when a clause of the speaker's
        # own words follows the comma right after the cue (not a quotation: "In a statement,
        # Ruiz said, “…”", nor after an object: "On Monday, police charged Ruiz with theft, …")
        # (a clause that is one quotation gives none whatever the tests: "“Yes,” | he said.")
        if not (after_quote and floor == sent.start):    # (so here, from the start, it is not one)
            _before_part(doc, si, floor, lead, subj, cue, out, just_a_quote=False if floor == sent.start else None,
                         goes_on=goes_on and work.startswith(",", cue.end) and not _OPENS_A_QUOTE.match(work, closes.end()),
                         quotation_after=_CAPITAL_QUOTATION.match(work, closes.end(), sent.end) is not None)
        floor = closes.end()
        if goes_on:
            # "The museum, Mr. Bush said, celebrated …": the clause goes on after the cue (and
            # "…, he said, and the ferry will run …" goes on with a clause joined to it)
            a, b = _cut_clause(doc, closes.end(), sent.end)
            if not _is_just_a_quote(doc, a, b) and not _opens_with_participle(doc, a):
                out.append(Attribution("indirect", a, b, subj, cue, si, "parenthetical"))
                floor = b
    if len(out) > first:         # (most sentences report nothing: the passes below read this sentence's records only)
        _drop_nested(out, first, work)
        _end_objects_before_speakers(out, first, work)
        _drop_nested_in_objects(out, first, work)
    return last


def _drop_nested(out: list[Attribution], first: int, work: str) -> None:
    """A statement reported anywhere inside another's that-clause is part of what was reported
    ("Ruiz said that | the mayor, who had told Bell that …, …"), not a record of its own; so is
    one inside a bare clause ("Ruiz said the vote failed because | Bell told …"), unless its
    speaker opens a clause of its own there: joined ("… and | Bell said …"), relative ("…, | who
    said …") or set against it ("… while | Bell said …", which holds in a that-clause too). A
    verb of the outer speaker that the clause runs past ("says he likes Bell and | calls her …")
    goes with it too. Quoted words keep the record that names their speaker ("… because Bell
    called the plan “a sham”")."""
    hosts = [r for r in out[first:] if r.rule.endswith(("verb_that", "verb_clause"))]
    if hosts:
        out[first:] = [r for r in out[first:] if _keeps_own_record(r) or not any(
            h is not r and h.start < r.cue.start and r.end <= h.end and not _opens_own_clause(r, h, work) for h in hosts)]


def _keeps_own_record(r: Attribution) -> bool:
    """Records that no host holds: no cue, a cue after what was said, or quoted words."""
    return r.cue is None or r.cue.end > r.start or r.rule.endswith("quoted_object")


def _is_relative(r: Attribution) -> bool:
    return r.mention is not None and r.mention.text.casefold() in _RELATIVES


def _opens_own_clause(r: Attribution, host: Attribution, work: str) -> bool:
    at = r.mention.start if r.mention else r.cue.start
    own = _OWN_CLAUSE_BEFORE.search(work, max(host.start, at - _OWN_CLAUSE_SPAN), at)
    if host.rule.endswith("verb_that"):
        return own is not None and own.group(1) in _CONTRASTS
    return own is not None or _is_relative(r)


# What opens a clause of its own before a speaker, after an object that runs on to it: a comma or a
# colon, a subordinator, "with" before an absolute clause, a join
#   "called for a prosecutor | after the AP reports …"   "agreed with him | , Bell said …"
#   "described themselves as liberals | with three in 10 saying …"   "cited the crowds | : He says …"
_CLAUSE_BEFORE_SPEAKER = re.compile(r"(?:[,:]|[ ](?:after|before|when|while|as|because|since|until|with|and|but))[ ]+\Z")


def _end_objects_before_speakers(out: list[Attribution], first: int, work: str) -> None:
    """What a verb takes as its object ends before another speaker's clause that the object ran
    on to ("Ruiz called for a recount | after the Planet reported that …"): that clause is its own
    speaker's record, and an object left with fewer than two words is none."""
    inner = [r for r in out[first:] if r.mention is not None and r.cue is not None]
    if not inner:
        return
    for host in [r for r in out[first:] if r.rule.endswith("object")]:
        for r in inner:
            if r is not host and host.start < r.mention.start < host.end and host.start < r.cue.start < host.end:
                opener = _CLAUSE_BEFORE_SPEAKER.search(work, max(host.start, r.mention.start - 12), r.mention.start)
                if opener is not None:
                    host.end = _strip(work, host.start, opener.start())[1]
        if _words(work, host.start, host.end) < 2:
            out.remove(host)


def _drop_nested_in_objects(out: list[Attribution], first: int, work: str) -> None:
    """A statement reported inside what a verb takes as its object, with its cue there too, is
    part of that object, as inside a that-clause: "cited reports that | the school had fired
    him", "called for new rules to end what | she said were harsh penalties", "his | promise to
    …" read as a verb. A relative "who said …" keeps its record, as in a bare clause, and so do
    a participle and an infinitive, which say something of their own ("described themselves as
    liberals, with a third | saying …", "pointed to a case | to say that …"), and quoted words."""
    hosts = [r for r in out[first:] if r.rule.endswith("object")]
    if hosts:
        out[first:] = [r for r in out[first:] if r.cue is None or r.rule.endswith("quoted_object") or r.cue.participle
                       or work.endswith("to ", 0, r.cue.start) or _is_relative(r) or _opens_clause_in_object(r, work)
                       or not any(h is not r and h.start <= r.cue.start < h.end and h.start <= r.start and r.end <= h.end
                                  for h in hosts)]


# A clause of place or time inside an object, whose speaker speaks for itself: "pointed to the
# hearing | where | Bell said …", "recalled the day | when | Bell told …"
_CLAUSE_IN_OBJECT = re.compile(r"\b(?:where|when)[ ]+\Z")


def _opens_clause_in_object(r: Attribution, work: str) -> bool:
    return r.mention is not None and _CLAUSE_IN_OBJECT.search(work, max(0, r.mention.start - 8), r.mention.start) is not None


# What opens a clause of its own before a speaker inside a reported clause, maybe with up to three
# words between (an adverbial, or the first words of the speaker's phrase): "… and | Bell said",
# "…, yet | Bell said", "… and on Monday | Bell said", "… while | Bell said" (the contrasts open
# one inside a that-clause too)
_CONTRASTS = frozenset("but yet while whereas though although".split())
_OWN_CLAUSE_BEFORE = re.compile(r"\b(and|but|yet|while|when|whereas|though|although)(?:[ ]+[^\s,;:\"]+){0,3}?[ ]+\Z")
_OWN_CLAUSE_SPAN = 60


# Words that open a new clause after a comma, not a speaker's noun phrase: "…, and | Ruiz said"
_NOT_BEFORE_SPEAKER = frozenset("and but or so yet nor while whereas when because if although though since after before"
                                " until unless once which who whom whose that where".split())


# Words that open a noun phrase a relative clause with no pronoun may follow: "| a probe | the agency said was …"
_ANTECEDENT_DETERMINERS = frozenset("a an the one".split())
# Words of such a noun phrase between its determiner and the relative clause's subject, at most
_ANTECEDENT_WORDS = 4


def _antecedent(doc: _Document, floor: int, subj: Mention, start: int) -> Optional[tuple[int, int]]:
    """The noun phrase right before a speaker whose reported clause opens with its verb, the gap
    of a relative clause with no pronoun: "a probe | the agency said | was ongoing", "a decision |
    they say | allowed it" (not "what analysts said was", which has its pronoun)."""
    first = _FIRST_WORD.match(doc.work, start).group()
    if not (first in FINITE_VERBS or (len(first) > 4 and first.islower() and first.endswith("ed"))):
        return None
    toks = doc.tokens(max(floor, subj.start - 60), subj.start)
    i = len(toks)
    while i > 0 and len(toks) - i < _ANTECEDENT_WORDS and toks[i - 1][0].isalpha() and toks[i - 1][0].islower() \
            and toks[i - 1][0] not in FUNCTION_WORDS and toks[i - 1][0] not in FINITE_VERBS:
        i -= 1
    if i == len(toks) or i == 0 or toks[i - 1][0].casefold() not in _ANTECEDENT_DETERMINERS or doc.in_quote(toks[i - 1][1]):
        return None
    if i > 1 and toks[i - 2][0].casefold() in FUNCTION_WORDS and toks[i - 2][0] not in FINITE_VERBS:
        return None         # a preposition's object: "In the end | the agency said was …"
    return toks[i - 1][1], toks[-1][2]


def _comma_before_speaker(doc: _Document, floor: int, subj: Mention) -> Optional[int]:
    """The comma before a speaker that closes the sentence when words the mention left out
    stand between: a noun phrase with no verb ("…, the news site | River Info | reported.",
    "…, Portuguese newspaper | Diario Novo | reports.") or "as" ("…, as | Ruiz | noted.")."""
    work = doc.work
    comma = work.rfind(",", max(floor, subj.start - SPEAKER_PHRASE * CHARS_PER_TOKEN), subj.start)
    if comma < 0 or doc.in_quote(comma):
        return None
    toks = doc.tokens(comma + 1, subj.start)
    if toks and toks[0][0] == "as":
        return comma if len(toks) == 1 else None
    if not toks or len(toks) > SPEAKER_PHRASE or any(not (t[0][0].isalnum() or t[0] in "'-&") for t in toks):
        return None
    if subj.kind == "pronoun" or toks[0][0].casefold() in _NOT_BEFORE_SPEAKER or (
            toks[0][0].casefold() in FUNCTION_WORDS and toks[0][0].casefold() not in DETERMINERS):
        return None     # "…, a fact | he | mentions", "…, with | 100 percent of precincts | reporting"
    if any((t[0].casefold() in _NOT_BEFORE_SPEAKER and t[0] != "and") or (t[0][0].islower() and t[0].endswith("ing"))
           for t in toks) or _has_finite_verb(toks, SPEAKER_PHRASE, strict=True):
        return None     # "…, all expressing concern about the things that | Ruiz | has said": a clause
    return comma


# A few words, then the agent of a passive cue: "was confirmed as a passenger | by | the ministry"
# (not a means: "by | making …"; no clause mark between)
# (nor a verb of its own between: "is said to be | urging | … by", "explained in an affidavit | written | by")
_BY_LATER = re.compile(r"(?:[ ]+(?![\w\-]+(?:ed|en|ing)[ ])[^\s,;:.!?\"()]+){0,8}?[ ]+by[ ]+(?![a-z]+ing\b)")
# A passive auxiliary before a cue, maybe with an adverb: "was | first | reported by", ", as | first | reported by"
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:was|were|is|are|has[ ]+been|have[ ]+been|had[ ]+been)|,[ ]+as)"
                             r"(?:[ ]+(?:first|initially|previously|also|later))?[ ]+\Z")


def _passive_agent(work: str, cue: Cue, sent: Span) -> Optional[tuple[int, int]]:
    """Where the agent of a passive cue starts, and the words what was reported needs: right
    after "by" for a content verb ("Ruiz's move | was first reported by | the Planet", two), or a
    few words on, where one will do ("Ruiz | was confirmed as the winner by | the board")."""
    if cue.verb.content and work.startswith(" by ", cue.end):
        return cue.end + 4, 2
    if not cue.verb.quote_only and (by := _BY_LATER.match(work, cue.end, sent.end)):
        return by.end(), 1
    return None


def _modifies_a_noun(work: str, cue: Cue, sent: Span) -> bool:
    """A participle cue after a noun, said by nobody in the sentence: with its agent ("a fact first
    reported by the Planet"), before the noun's own verb ("a merger announced Monday | would …"),
    or naming it ("a group called Safe Bridges Now | is …")."""
    if not cue.text.endswith("ed"):
        return False
    if _PASSIVE_BY.match(work, cue.end, sent.end):
        return True
    when = _TIME_BEFORE_CLAUSE.match(work, cue.end, sent.end)
    if when and (next_verb := _PREDICATE_AFTER.match(work, when.end(), sent.end)) and next_verb.group(1) in FINITE_VERBS:
        return True
    name_run = _NAME_THEN_VERB.match(work, cue.end, sent.end) if cue.verb.naming else None
    return name_run is not None and name_run.group(1) in FINITE_VERBS


def _passive_by(doc: _Document, si: int, sent: Span, cue: Cue, aux: int, floor: int,
                out: list[Attribution], agent_start: int, min_words: int) -> Optional[Mention]:
    """A passive report names its source after "by"; what was reported is the clause's subject,
    or the clause before ", as first reported by": "Ruiz's move | was first reported by | the
    Planet." Returns the source."""
    work = doc.work
    agent = mentions.after(doc.text, doc.tokens(agent_start, min(sent.end, agent_start + WINDOW)), False)
    if agent is None or not _CUE_CLOSES.match(work, agent.end, sent.end):
        return None
    if work[aux] == ",":
        a, b = _strip(work, floor, aux)            # "…, | as first reported by the Planet."
    else:
        start = floor
        while start < aux and work[start] in _LEAD_JUNK:
            start += 1
        toks = doc.first_tokens(start, aux, 13)
        if not toks or len(toks) > 12 or _has_finite_verb(toks, 12, past_commas=True, strict=True) \
                or any(t[0] in ',;:"' for t in toks):
            return None
        a, b = toks[0][1], toks[-1][2]
    if _words(work, a, b) >= min_words and not _is_just_a_quote(doc, a, b):
        # (what the later agent said may be one word: "Ruiz | was confirmed as the winner by …")
        out.append(Attribution("indirect", a, b, agent, cue, si, "passive_verb_by_speaker"))
    return agent


def _as_by(doc: _Document, si: int, sent: Span, cue: Cue, out: list[Attribution]) -> Optional[Mention]:
    """A passive as-clause names its speaker after "by"; the main clause is what was said:
    "As reported by the Daily Planet, | the bridge was closed." Returns the speaker."""
    agent = mentions.after(doc.text, doc.tokens(cue.end + 4, min(sent.end, cue.end + 4 + WINDOW)), False)
    comma = _ADVERBIALS_THEN_COMMA.match(doc.work, agent.end, sent.end) if agent is not None else None
    if comma is None:
        return None
    a, b = _cut_clause(doc, comma.end(), sent.end, main=True)
    if _words(doc.work, a, b) >= 2 and not _is_just_a_quote(doc, a, b):
        out.append(Attribution("indirect", a, b, agent, cue, si, "as_verb_by_speaker"))
    return agent


# A to-infinitive right after a speech noun that may take one, as its content:
#   "her promise | to fix the roads"   "his claim | to be neutral"
_INFINITIVE_CONTENT = re.compile(r"[ ]+(?=to[ ]+(?!(?:the|a|an|his|her|its|their|our|my|your|this|these|those)\b)[a-z])")
# Words that open a clause inside a noun's content, after which a verb is that clause's, not the
# host sentence's: "her claim that voters who | live there | are …", "his promise to act if | elected"
_CONTENT_JOINS = frozenset("that who whom whose which what where when while because if unless although though since "
                           "whether as than before after until".split())
# Words that may stand inside a verb group ("would | not | be", "has | also | been") or join a
# verb to the one before ("won | and | will win")
_VERB_GROUP_GAP = frozenset("not n't never also still already just even really only ever".split())
_VERB_JOINS = frozenset("and or but".split())


# A dash and a joining word end a speech noun's content: the writer goes on about the claim
#   "his claim that it was safe | — while the bridge …"   "her pledge to be neutral | - and one that …"
_DASH_THEN_JOIN = re.compile(r"[ ]*(?:\u2014|[ ]-)[ ]*(?:and|but|or|while|which|as)\b")


def _host_verb(doc: _Document, a: int, b: int, infinitive: bool, fronted: bool) -> Optional[int]:
    """Where a speech noun's content ends when the noun phrase is the sentence's subject, before
    the sentence's own verb ("His claim that the bridge is safe | was false", "Her promise to fix
    the roads | has won votes"), or when it is in a fronted phrase, at the comma that ends that
    phrase ("Despite her claim that it was safe | , the bridge …"). The content's own verb comes
    first (a to-infinitive has it); a later auxiliary after no joining word is the host's."""
    toks = doc.first_tokens(a, b, 80)
    seen, joined, in_group = infinitive, False, infinitive
    for i, (t, start, _) in enumerate(toks):
        k = t.casefold()
        if (infinitive and i < 2) or doc.in_quote(start):   # "to | fix"
            continue
        if fronted and (seen or i >= 3) and t == ",":
            return start            # (a verb in -s is no sure verb: "her claim that it costs $1 billion | ,")
        if k in _CONTENT_JOINS:
            joined, in_group = True, False
            continue
        verb = t in FINITE_VERBS or (len(k) > 4 and t[0].islower() and k.endswith("ed")
                                     and not (i and toks[i - 1][0].casefold() in DETERMINERS))
        if verb:
            if t in FINITE_VERBS and seen and not joined and not in_group and toks[i - 1][0].casefold() not in _VERB_JOINS:
                return start
            seen, joined, in_group = True, False, t in FINITE_VERBS    # "would be | closed", not "closed | has"
        elif not (in_group and k in _VERB_GROUP_GAP):
            in_group = False
    return None


def _nominal(doc: _Document, si: int, sent: Span, cue: Cue, out: list[Attribution]) -> None:
    """A speech noun with its content: "his claim that …", "a New York Times report that …".
    The speaker is the possessor or the name just before the noun; with neither, no record."""
    agent = _agent_then_that(doc, cue, sent)
    if agent is not None:           # "claims by the mayor | that …"
        _nominal_content(doc, si, sent, cue, agent[0], agent[1], out)
        return
    toks = doc.tokens(max(sent.start, cue.start - WINDOW), cue.start)
    i = len(toks)
    while i > 0 and toks[i - 1][0][0].islower() and not mentions.pronoun(toks[i - 1][0]) and \
            toks[i - 1][0].casefold() not in FUNCTION_WORDS and not toks[i - 1][0].endswith("'s"):
        i -= 1                       # adjectives: "earlier", "controversial"
    if i == 0:
        return
    t, a, b = toks[i - 1]
    if mentions.pronoun(t):          # "his claim"
        subj = mentions.pronoun_mention(doc.text, toks[i - 1])
    elif t.endswith("'s"):           # "Tulsa police's claim"
        subj = mentions.before(doc.text, list(toks[:i - 1]) + [(t[:-2], a, b - 2)])
    elif mentions.is_name_word(t):   # "a New York Times report"
        subj = mentions.before(doc.text, toks[:i])
    else:
        return
    m = (cue.text in INFINITIVE_NOUNS and _INFINITIVE_CONTENT.match(doc.work, cue.end, sent.end)) \
        or _THAT_CLAUSE.match(doc.work, cue.end, sent.end)              # "her promise | to fix the roads"
    if subj is None or m is None:
        return
    _nominal_content(doc, si, sent, cue, subj, m.end(), out)


# A speech noun's author after "by" or "from", then its content: "claims | by | the mayor that …"
_NOUN_BY = re.compile(r"[ ]+(?:by|from)[ ]+(?=\S)")


def _agent_then_that(doc: _Document, cue: Cue, sent: Span) -> Optional[tuple[Mention, int]]:
    """The author named after a speech noun and where the content that follows begins: "a report
    by the Daily Planet | that the bridge was unsafe" (a verb takes no "by" before "that")."""
    by = _NOUN_BY.match(doc.work, cue.end, sent.end)
    if by is None:
        return None
    agent = mentions.after(doc.text, doc.first_tokens(by.end(), sent.end, 14), False)
    if agent is None or agent.kind == "pronoun" or not doc.work.startswith(" that ", agent.end):
        return None
    first = _FIRST_WORD.match(doc.work, agent.end + len(" that ")).group()
    if first in FINITE_VERBS or (first.endswith("ed") and len(first) > 4):
        return None                 # a relative clause: "a tweet from a reporter that | appeared to …"
    return agent, agent.end + len(" that ")


def _nominal_content(doc: _Document, si: int, sent: Span, cue: Cue, subj: Mention, start: int,
                     out: list[Attribution]) -> None:
    """The record of a speech noun's content from ``start``, the speaker found."""
    a, b = _cut_clause(doc, start, sent.end)
    if not _has_finite_verb(doc.first_tokens(sent.start, min(subj.start, cue.start), 60), 60, past_commas=True,
                            strict=True) and \
            (host := _host_verb(doc, a, b, doc.work.startswith("to ", a),
                                _ADVERBIAL_OPENING.match(doc.work, sent.start) is not None)) is not None:
        b = _strip(doc.work, a, host)[1]    # the noun phrase is the sentence's subject or in a fronted phrase
    dash = _DASH_THEN_JOIN.search(doc.work, a, b)
    if dash is not None and not doc.in_quote(dash.start()):
        b = _strip(doc.work, a, dash.start())[1]
    if _words(doc.work, a, b) >= 2:
        out.append(Attribution("indirect", a, b, subj, cue, si, "nominal_that"))


def _fits_base_form(subj: Mention) -> bool:
    """A base form ("say", "report", "comment") is a verb only after a plural subject, I, we or
    you ("officials say"); after a singular it is a noun ("the following comment"). A relative
    pronoun takes the number of the phrase it names ("Republicans who | say")."""
    words = (subj.name if subj.text.casefold() in ("who", "that") else subj.text).split()
    last = words[-1]
    if _POSSESSIVE_END.search(last) and not last.endswith("s'"):
        return False        # "an editor's | note": a noun after a possessive
    return (subj.plural or subj.text.casefold() in ("i", "we", "you", "they") or last.endswith("s")
            or mentions.is_organisation(last) or any(mentions.is_share(w) for w in words))


def _holder(out: list[Attribution], first: int, pos: int, within: bool = False) -> Optional[Attribution]:
    """This sentence's record whose reported clause, read after its cue, opens at ``pos`` (or,
    ``within``, holds it): a cue whose subject opens it is part of what was reported, not a
    statement of its own."""
    if len(out) == first:
        return None             # (most sentences have no record before their first cue)
    return next((r for r in out[first:] if (r.start == pos or (within and r.start < pos < r.end))
                 and r.cue is not None and r.cue.end <= r.start), None)


def _end_before(out: list[Attribution], first: int, lead: int, work: str) -> None:
    """A reported clause of this sentence ends where a later speaker's clause begins (not one
    after "According to X,", which holds what follows: "according to her account, …, she said")."""
    for r in out[first:]:
        if r.start < lead < r.end and r.rule != "according_to_speaker":
            r.end = _strip(work, r.start, lead)[1]


# A quotation that opens its own sentence right after a cue's closing comma or colon:
#   "…, Ruiz said, | “We won.”"   "…, she told reporters: | “No.”"
_CAPITAL_QUOTATION = re.compile(rf"[ ]*[\"'\u201c\u2018]+[{UPPER}]")
# A word in -ing or -ed that opens the part before a cue: a participle phrase when no verb and
# no name follow it:  "Asked about it,"  "Holding up a book,"  (not "Nothing has changed,",
# "Spending will rise,", "Fred Bell is wrong,": clauses)
_FRAMING_OPENER = re.compile(r"[A-Z][a-z]+(?:ing|ed)\Z")


def _before_part(doc: _Document, si: int, a: int, b: int, subj: Mention, cue: Cue, out: list[Attribution],
                 goes_on: bool = False, quotation_after: bool = False, just_a_quote: Optional[bool] = None) -> None:
    """The clause a cue closes: "The museum, | Mr. Bush said, | celebrated …" gives "The museum".
    An adverbial with no verb is no part of it: "During his years in office, | Mr. Obama said, “…”",
    unless the statement goes on after the cue (``goes_on``): "In the long run, | Ruiz said, | the levy will …".
    When a quotation that opens its own sentence follows the cue (``quotation_after``), the
    quotation is what was said, and only a main clause before the cue is said too: "Later in
    the day, | Ruiz said, “We won.”", "When asked about it, | she said, “No.”" give none."""
    a, b = _strip(doc.work, a, b)
    toks = None         # read only when a test below needs them (most clauses pass both without)
    if (not goes_on or _OCCASION_OPENING.match(doc.work, a, b)) and _ADVERBIAL_OPENING.match(doc.work, a, b) and \
            not _has_finite_verb(toks := doc.first_tokens(a, b, 60), 60, past_commas=True, strict=True):
        return
    if quotation_after:
        toks = toks if toks is not None else doc.first_tokens(a, b, 60)
        if (not toks or toks[0][0].casefold() in _SUBORDINATORS
                or not _has_finite_verb(toks, 60, past_commas=True, strict=True)
                or (_FRAMING_OPENER.match(toks[0][0]) and not _has_finite_verb(toks[1:], 60, past_commas=True, strict=True)
                    and not (len(toks) > 1 and mentions.is_name_word(toks[1][0])))):
            return
    q = doc.in_quote(b - 1) if a < b else None
    if q is not None and q.open > a and doc.work[a:q.open].rstrip().endswith(":"):
        return      # "His verdict: “It is over,” | he said.": the quotation after the colon is the record
    if a < b and not (_is_just_a_quote(doc, a, b) if just_a_quote is None else just_a_quote):
        out.append(Attribution("indirect", a, b, subj, cue, si, "clause_speaker_verb"))


# What follows "call" when it does not name its object: "called for", "called on", "called it quits"
_NOT_NAMING = re.compile(r"[ ]+(?:for|on|upon|out|off|up|back|in|into|to|it|attention|him|her|them|me|us)\b|[^ ]")
# A pronoun and what it is called: "called him | divisive", "call it | the nerd prom" (not
# "called it quits", "called him back"); the word after the pronoun is the group
_PRONOUN_NAMED = re.compile(r"[ ]+(?:him|her|it|them)[ ]+(?!(?:out|back|up|off|down|quits|names|home)\b)([^\W\d_][\w'\-]*)")
# A telephone call, not a name: "called | Sanders to congratulate him", "called | both candidates on …"
_CALLED_SOMEONE = re.compile(r"(?:[^ ,]+[ ]+){1,3}?(?:to|and|on|onto|after|before|last|this)[ ]")


# What shows a call made to someone, not a name given, after the object of "call" with no quotation:
# a day, an emphatic reflexive, or a name in apposition that ends it (a reciprocal object is none either)
#   "called both candidates | Tuesday night and …"   "is calling major donors | himself"
#   "called a delegate candidate | , Clara Powers"   "as they call | each other"
_CALL_NOT_NAME = re.compile(rf"[ ](?:himself|herself|themselves|(?:on[ ]+)?(?:{_WEEKDAY}|yesterday|today|tonight)"
                            rf"(?:[ ]+(?:morning|afternoon|evening|night))?)(?:[ ]+and[ ]|[ .]*\Z)"
                            rf"|,[ ]+[{UPPER}][\w.'\-]*(?:[ ]+[{UPPER}][\w.'\-]*){{0,3}}[ ]*\Z")
# What may follow the name a verb gives its object and end it: a join (not one that adds a second
# name: "and a “bizarre attempt”", "and someone who …"), a dash, a parenthesis, a comma
_NAMED_ENDS = re.compile(r"[ ]*(?:[,;(\u2014]|-[ ]|[ ](?:but|while|after|before)[ ]"
                         r"|[ ]and[ ]+(?![\"'\u201c\u2018]|(?:a|an|one|someone|something|other)[ ]))")


def _quoted_object(doc: _Document, si: int, sent: Span, cue: Cue, subj: Mention, out: list[Attribution]) -> None:
    """A verb that names its object: "X called the plan “a disaster.”", "X called his vote an
    irresponsible one". Without a quotation the speaker must be a person ("a group called
    Occupy" names no statement) and the object must not be a telephone call ("called Ruiz to
    thank her")."""
    work = doc.work
    mark = work.find('"', cue.end, sent.end)
    q = doc.in_quote(mark) if mark >= 0 else None
    if q is None:
        if subj.kind == "description":
            return
        named = _PRONOUN_NAMED.match(work, cue.end, sent.end)
        if named and named.group(1).casefold() in FUNCTION_WORDS | ADVERBS and named.group(1).casefold() not in DETERMINERS:
            return               # "called her at home", "called them on it"
        if named is None and _NOT_NAMING.match(work, cue.end, sent.end):
            return
        found = _object_after(doc, cue, sent)
        if found is None or (named is None and _CALLED_SOMEONE.match(work, found[0], found[1])):
            return
        a, b = _cut_clause(doc, found[0], found[1])
        if _words(work, a, b) >= (2 if named else 3) and not _CALL_NOT_NAME.search(work, a, b) and \
                not work.startswith("each other", a):
            out.append(Attribution("indirect", a, b, subj, cue, si, "verb_naming_object"))
        return
    if work[cue.end:q.open].strip() in ("", ":", ",") or _words(work, cue.end, q.open) > 8:
        return
    a, b = _cut_clause(doc, cue.end, sent.end)
    if q.closed and a < q.close < b and _NAMED_ENDS.match(work, q.close + 1, b):
        b = q.close + 1          # "called the senator “the next Washington” | – the founder who …"
    if _words(work, a, b) >= 2:
        out.append(Attribution("indirect", a, b, subj, cue, si, "verb_quoted_object"))


# What joins a document or a count to its author: "a tally | by | the AP", "a report | from | Ruiz"
_BY_AUTHOR = re.compile(r"[ ]+(?:by|from|with)[ ]+(?=\S)")


def _source_phrase(doc: _Document, cue: Cue, end: int) -> Optional[Mention]:
    """The words after "according to" up to the comma or the sentence's end, as the source, when
    they are a phrase no mention reads: "according to | the initial schedule published Thursday |,",
    "according to | data released Friday by state regulators |." (not a clause: "according to
    | him, | …" is read as a mention already)."""
    toks = doc.first_tokens(cue.end, end, SOURCE_PHRASE + 2)
    stop = next((i for i, t in enumerate(toks) if t[0] in ',;:.!?()\u2014'), None)
    if stop is None and len(toks) <= SOURCE_PHRASE:
        stop = len(toks)
    if not stop or stop > SOURCE_PHRASE or any(t[0] == '"' for t in toks[:stop]):
        return None
    first = toks[0][0]
    if not first[0].isalnum() or (first.casefold() in FUNCTION_WORDS and first.casefold() not in DETERMINERS):
        return None
    a, b = toks[0][1], toks[stop - 1][2]
    return Mention(doc.text[a:b], a, b, doc.text[a:b], None, "description", "-", False)


def _source(doc: _Document, cue: Cue, end: int, apposition: bool = True) -> Optional[Mention]:
    """The source after "according to", with the author of a document or a count: "a tally by
    the Associated Press", "interviews with party leaders" (the author's name is its name)."""
    src = doc.object_after(cue, end, apposition)
    if src is None:
        return _source_phrase(doc, cue, end)
    if src.kind != "description" or not src.text[:1].islower():
        return src
    by = _BY_AUTHOR.match(doc.work, src.end, end)
    author = mentions.after(doc.text, doc.first_tokens(by.end(), end, 14), apposition) if by else None
    if author is None or author.kind == "pronoun":
        return src
    return Mention(doc.text[src.start:author.end], src.start, author.end, author.name, author.role, author.kind,
                   author.gender, author.plural)


def _according(doc: _Document, si: int, sent: Span, cue: Cue, floor: int, out: list[Attribution]) -> Optional[Mention]:
    work = doc.work
    if floor > sent.start and not work[floor:cue.start].strip(_LEAD_JUNK) and \
            (lead := _preceded_by_comma(work, cue.start, floor - 1)) is not None:
        # "Ruiz said the bridge is safe, according to the report": the source holds all that
        # comes before it, the statement reported in it too
        src = _source(doc, cue, sent.end)
        if src is not None:
            a, b = _strip(work, sent.start, lead)
            out.append(Attribution("indirect", a, b, src, cue, si, "clause_according_to"))
        return src
    colon = max(work.rfind(":", floor, cue.start), work.rfind(";", floor, cue.start))
    head = work[max(floor, colon + 1):cue.start].strip(_LEAD_JUNK + "(")   # also "(According to X, …)"
    if not head or all(w.casefold() in FUNCTION_WORDS for w in head.split()):
        # "According to X, …", also after a colon: "… gone unnoticed: according to X, …"
        src = _source(doc, cue, sent.end, apposition=False)
        if src is None:
            return None
        comma = work.find(",", src.end, sent.end)
        if comma < 0 or comma - src.end > 120 or doc.in_quote(comma):
            return src          # (the source may run on: "according to early results of exit polls conducted for …,")
        a, b = _cut_clause(doc, comma + 1, sent.end)
        if _opens_with_participle(doc, a):      # "According to Bell, | writing in the Planet, | …"
            aside = work.find(",", a, b)
            if aside < 0 or doc.in_quote(aside):
                return src
            a, b = _cut_clause(doc, aside + 1, sent.end)
        if src.kind == "name" and (after_role := _after_role(doc, a, b)) is not None:
            a, b = _cut_clause(doc, after_role, sent.end)   # "According to Ruiz, | the city's engineer, | …"
        close = work.find(")", a, b) if "(" in work[max(floor, colon + 1):cue.start] else -1
        if close >= 0:              # "(According to X, | the crowd was calm | .)"
            b = _strip(work, a, close)[1]
        if _words(work, a, b) >= 2 and not _is_just_a_quote(doc, a, b):
            if head and head.split()[-1].casefold() not in _CONJUNCTIONS and work[cue.start - 2:cue.start] == ", ":
                # an adverbial before the source is part of what it says: "Since May, | according
                # to X, | police have …" (not a conjunction: "But according to X, …")
                ha, hb = _strip(work, max(floor, colon + 1), cue.start)
                out.append(Attribution("indirect", ha, hb, src, cue, si, "clause_according_to"))
            out.append(Attribution("indirect", a, b, src, cue, si, "according_to_speaker"))
        return src
    lead = _preceded_by_comma(work, cue.start, floor)
    if lead is None:
        return _according_closing(doc, si, sent, cue, floor, out)
    src = _source(doc, cue, sent.end)
    if src is None:
        return None
    a, b = _strip(work, floor, lead)
    rest = _CUE_CLOSES.match(work, src.end, sent.end)
    # what follows the source goes on the clause if it has a verb or the clause still lacks one
    # ("Other costs, according to the audit, | include …"), not if it is the source's apposition
    # ("…, according to an analysis by Ruiz, | a law professor at …")
    goes_on = rest is not None and rest.group("stop") == "," and _words(work, rest.end(), sent.end) >= 2 \
        and not _NEW_CLAUSE.match(work, rest.end(), sent.end) \
        and (_has_finite_verb(doc.first_tokens(rest.end(), sent.end, 16), 16, strict=True)
             or not _has_finite_verb(doc.first_tokens(a, b, 60), 60, past_commas=True, strict=True))
    if (_words(work, a, b) >= 2 or goes_on) and not _is_just_a_quote(doc, a, b):
        out.append(Attribution("indirect", a, b, src, cue, si, "clause_according_to"))
    if goes_on:                 # "Fundraising, according to the campaign, | has surged"
        a, b = _cut_clause(doc, rest.end(), sent.end)
        if not _is_just_a_quote(doc, a, b):
            out.append(Attribution("indirect", a, b, src, cue, si, "according_to_parenthetical"))
    return src


# A source with no comma before it closes the clause when it is a report or a count that ends the
# sentence or its clause: "Ruiz leads by 271 delegates | according to a count by the AP."
# (not a manner: "exactly according to plan", "sorted according to their income")
_CLOSING_SOURCE_END = re.compile(r"(?:[ ]+[\w'\-]+){0,4}?[ ]*(?:[.!?]|,[ ]+(?:but|and|while|although)\b|$)")
# A demonstrative that stands for the statement before: "| That | 's according to …"
_THAT_IS = re.compile(r"[ ]*(That|This)(?:'s|\u2019s|[ ]+is|[ ]+was)[ ]+\Z")
_LAST_WORD = re.compile(r"([\w']+)[ ]+\Z")
_MANNER_BEFORE = re.compile(r"\b(?:exactly|strictly|precisely|only|not|is|are|was|were|be|'s|\u2019s)[ ]+\Z", re.I)


def _according_closing(doc: _Document, si: int, sent: Span, cue: Cue, floor: int,
                       out: list[Attribution]) -> Optional[Mention]:
    """"… according to X." with no comma before the source: the clause before it is X's."""
    work = doc.work
    that = _THAT_IS.match(work, floor, cue.start)
    if that is not None and not work[sent.start:that.start()].strip(_LEAD_JUNK):
        src = _source(doc, cue, sent.end)     # "That's according to the report.": "That" is its statement
        if src is not None:
            out.append(Attribution("indirect", that.start(1), that.end(1), src, cue, si, "clause_according_to"))
        return src
    if cue.start == 0 or not work[cue.start - 2:cue.start - 1].isalnum() or \
            _MANNER_BEFORE.search(work, max(floor, cue.start - 12), cue.start):
        return None
    before = _LAST_WORD.search(work, max(floor, cue.start - 40), cue.start)
    if before is None or before.group(1) in FINITE_VERBS or before.group(1).endswith(("ed", "ing")):
        return None                 # a manner after a verb: "were counted | according to the law"
    src = _source(doc, cue, sent.end)
    if src is None or src.kind == "pronoun" or (src.text.split()[0].casefold() not in ("a", "an", "the") and src.kind != "name") \
            or not _CLOSING_SOURCE_END.match(work, src.end, sent.end):
        return None
    a, b = _cut_clause(doc, floor, cue.start)
    if _words(work, a, b) >= 3 and _has_finite_verb(doc.first_tokens(a, b, 60), 60, past_commas=True) \
            and not _is_just_a_quote(doc, a, b):
        out.append(Attribution("indirect", a, b, src, cue, si, "clause_according_to"))
    return src


# A word that opens a new clause, not the rest of the one before a parenthetical source:
#   "Trump is first, according to the poll, | although Carson …"
_NEW_CLAUSE = re.compile(r"[ ]*(?:and|but|or|so|yet|although|though|while|whereas|which|whose|who|as|because|since|if|when)\b")


# Between a cue and the opening mark: a short addressee or time, then a colon or comma.
#   told reporters: “   said on Monday, “
_OBJECT_BEFORE_QUOTE = re.compile(r"(?:[ ]+(?!that\b)[^\s.;:!?\"]+){1,3}[ ]*[:,][ ]*\Z")


def _tail_speaker(doc: _Document, q: QuoteSpan, end: int) -> Optional[Found]:
    """A cue right after the closing mark: “…,” she said / “…,” said X / “…” — X."""
    work = doc.work
    lo = q.close + 1
    if (act := _speaker_acts(doc, q, end)) is not None:
        return act
    for cue in doc.cues_between(lo, min(end, lo + 160))[:2]:
        if _ALL_LEAD_JUNK.fullmatch(work, lo, cue.start):   # (no token left after the junk)
            if cue.participle and cue.verb is not None:
                return None     # "“…,” telling the council …": an addressee, not a speaker
            m = doc.object_after(cue, end)
            if m is not None and (pred := _PREDICATE_AFTER.match(work, m.end, end)) and pred.group(1) in FINITE_VERBS:
                return None     # "“…,” said | the bridge | is safe": a clause's subject, no speaker
            rule = "quote_according_to" if cue.verb is None else "quote_verb_speaker"
            return (m, cue, rule) if m else None
        if cue.verb is None:
            return None
        sent = doc.sents[doc.sentence_of(cue.start)]
        toks = None
        if sent.start <= lo:
            m = doc.subject(sent, cue)
        else:
            toks = _without_lead_junk(doc.tokens(lo, cue.start))
            m = mentions.before(doc.text, toks)
        if m is None or m.start < lo:
            return None
        if _ALL_LEAD_JUNK.fullmatch(work, lo, m.start):
            return m, cue, "quote_speaker_verb"     # (nothing before the mention but junk: "“…,” | he said")
        # words the mention left out before it may only be modifiers: "another aide, Name, told"
        toks = toks if toks is not None else _without_lead_junk(doc.tokens(lo, cue.start))
        prefix = [t[0] for t in toks if t[2] <= m.start]
        if len(prefix) <= 5 and not any(t in FINITE_VERBS or t in '.:;,"' for t in prefix):
            return m, cue, "quote_speaker_verb"
        return None
    dash = _DASH_LEAD.match(work, lo, end)
    if dash:
        m = mentions.after(doc.text, doc.tokens(dash.end(), min(end, dash.end() + 200)))
        if m and m.kind == "name":
            return m, None, "quote_dash_speaker"
    return None


def _without_lead_junk(toks: list[Token]) -> list[Token]:
    """The tokens from the first that is no lead junk or quote mark on."""
    k = 0
    while k < len(toks) and toks[k][0] in _LEAD_JUNK + '"':
        k += 1
    return toks[k:]


# Particles after the pasts of lexicons/act_pasts.txt: "shot | back", "cut | in", "went | on"
_ACT_PARTICLES = frozenset("back in on up out".split())
# What must follow a quotation somewhere in its first tokens for _speaker_acts to find an act:
# a word in -ed or one of those pasts, a particle maybe, then a stop or a comma (a cheap
# test that spares parsing a mention after most quotations): "… retaliated." "… shot back,"
_ACT_SHAPE = re.compile(rf"[^\n]*?(?:ed|\b(?:{'|'.join(map(re.escape, sorted(ACT_PASTS)))}))(?:\s+(?:{'|'.join(sorted(_ACT_PARTICLES))}))?\s*[.,]")


def _speaker_acts(doc: _Document, q: QuoteSpan, end: int) -> Optional[Found]:
    """“…,” X <verb>ed. — a mention and a past tense that the lexicon does not know as a cue, and
    nothing else, after a quotation that ends with a comma, "?" or "!" inside its marks: the
    mention said it ("“Let me talk,” Trump shot back.", "“Quiet,” an angry Ruiz retaliated.")."""
    work = doc.work
    if work[q.close - 1:q.close] not in (",", "?", "!") or \
            not _ACT_SHAPE.match(work, q.close + 1, min(end, q.close + 1 + CHARS_PER_TOKEN * 12)):
        return None
    toks = doc.first_tokens(q.close + 1, end, 12)
    if not toks or toks[0][0] in _LEAD_JUNK + '"':
        return None
    m = mentions.after(doc.text, toks, apposition=False, subject=True)
    if m is None:
        return None
    rest = [t for t in toks if t[1] >= m.end]
    if not rest or not rest[0][0][:1].islower() or not (rest[0][0].endswith("ed") or rest[0][0] in ACT_PASTS) or \
            doc.cues_between(rest[0][1], rest[0][2]):
        return None
    k = 2 if len(rest) > 1 and rest[1][0] in _ACT_PARTICLES else 1
    if k < len(rest) and rest[k][0] in (".", ","):
        return m, None, "quote_speaker_act"
    return None


def _next_sentence_cue(doc: _Document, q: QuoteSpan, si: int) -> Optional[Found]:
    """A quotation that ends its sentence, followed by a sentence that is only a cue:
    “We won.” Smith said."""
    if si + 1 >= len(doc.sents) or doc.sents[si + 1].paragraph != doc.sents[si].paragraph:
        return None
    nxt = doc.sents[si + 1]
    found = _tail_speaker(doc, q, nxt.end)
    if found is None or found[1] is None:
        return None
    closes = _CUE_CLOSES.match(doc.work, found[1].end, nxt.end)
    if closes is None or closes.group("stop") in (",", ";"):
        # the cue may go on with an addressee or a clause of its own time, not with what was said:
        # "“…?” Ruiz asked reporters during a break." / "“…!” Ruiz said to a crowd of 500."
        # (not "“…” Bell said the vote was fair.", "“…” Bell added: “…”" nor "Ruiz said, “…” | Bell …")
        sent = doc.sents[si]
        if doc.work[sent.start:q.open].strip(" '") or found[1].verb is None or doc.work.startswith(":", found[1].end) \
                or _clause_after(doc, found[1], nxt) is not None:
            return None
    return found[0], found[1], "quote_next_sentence_cue"


# A credit line that makes up the next paragraph: a dash, a name and perhaps a role.
#   "…”\n\n- Jo Ruiz.   "…”\n\n—Jo Ruiz, speaking at the rally."
_CREDIT_LINE = re.compile(r"[\u2014\-][ ]*(?=[^\W\d_])")
_CREDIT_WORDS = 12


def _credit_line(doc: _Document, q: QuoteSpan) -> Optional[Found]:
    """A quotation that ends its paragraph, credited on the next line: "“…”\n\n- Jo Ruiz."."""
    para = doc.paras[q.last_paragraph]
    if not q.closed or q.last_paragraph + 1 >= len(doc.paras) or doc.work[q.close + 1:para.end].strip(" .,'\""):
        return None
    nxt = doc.paras[q.last_paragraph + 1]
    dash = _CREDIT_LINE.match(doc.work, nxt.start, nxt.end)
    if dash is None or _words(doc.work, dash.end(), nxt.end) > _CREDIT_WORDS:
        return None
    m = mentions.after(doc.text, doc.tokens(dash.end(), nxt.end))
    return (m, None, "quote_credit_line") if m is not None and m.kind == "name" else None


# A dash that sets a source's name off from a headline before it: "… IN IOWA - | Jo Ruiz: “…”"
_DASH_BEFORE_NAME = re.compile(r"[ ][\u2014\-][ ]*\Z")


# Prepositions before a name that make it what a statement is about, not who makes it:
#   "Ruiz on | Bell: “…”"   "wrote of | Ms. Bell: “…”"
_TOPIC_PREPOSITIONS = frozenset("on of about to with at for from against over".split())


def _head_speaker(doc: _Document, sent: Span, q: QuoteSpan, lo: int,
                  last: Optional[Mention]) -> Optional[Found]:
    """A cue right before the opening mark: X said: “…” / X told reporters, “…” / According to X, “…”."""
    work = doc.work
    cues = doc.cues_between(lo, q.open)
    if cues:
        cue = cues[-1]
        gap = work[cue.end:q.open]
        if gap.strip() in ("", ":", ",", "that") or _OBJECT_BEFORE_QUOTE.match(gap):
            if cue.verb is None:
                m = doc.object_after(cue, q.open, apposition=False)
                return (m, cue, "according_to_quote") if m else None
            m = doc.subject(sent, cue)
            if m is not None and cue.verb.naming and m.kind == "description" and not gap.strip() and \
                    not work[m.end:cue.start].strip() and m.text[:1].islower():
                return None     # "a play called | “Sons of Trump”": the thing is named, nobody speaks
            if m is None and cue.participle and last is not None:
                return last, cue, "participle_quote"
            if m is not None:
                return m, cue, "speaker_verb_quote"
    head = work[lo:q.open].rstrip()
    if head.endswith(":"):                 # "Peskov: “…”"
        toks = doc.tokens(lo, lo + len(head) - 1)
        m = mentions.before(doc.text, toks)
        at = next((i for i, t in enumerate(toks) if t[1] >= m.start), len(toks)) if m is not None else 0
        if at and toks[at - 1][0].casefold() in _TOPIC_PREPOSITIONS:
            # a name after a preposition is the topic, the one before it speaks: "Ruiz on Bell: “…”"
            # (not "wrote of Ms. Bell: “…”", "later that month on CNN: “…”")
            m = mentions.before(doc.text, toks[:at - 1])
            if m is None or m.kind == "pronoun" or m.start != (toks[0][1] if toks else lo):
                return None
            return m, None, "speaker_colon_quote"
        if m and m.kind == "name" and (m.start <= (toks[0][2] if toks else lo) + 40
                                       or _DASH_BEFORE_NAME.search(work, max(lo, m.start - 4), m.start)):
            return m, None, "speaker_colon_quote"    # (or after a headline: "POLLS MISSED - Jo Ruiz: “…”")
    return None


def _colon_intro(doc: _Document, q: QuoteSpan) -> Optional[Found]:
    """A quotation that opens a paragraph after one ending "…, he said:"."""
    para = doc.paras[q.paragraph]
    if q.open != para.start or q.paragraph == 0:
        return None
    prev = doc.paras[q.paragraph - 1]
    if not doc.work[prev.start:prev.end].endswith(":"):
        return None
    si = doc.sentence_of(prev.end - 1)
    sent = doc.sents[si]
    cues = doc.cues_between(sent.start, sent.end)
    for cue in reversed(cues):
        if cue.verb is not None:
            m = doc.subject(sent, cue)
            if m:
                return m, cue, "colon_intro"
    m = doc.opening_mention(sent, sent.end)    # "Sanders made the following comment:"
    return (m, None, "colon_intro") if m is not None and m.kind == "name" else None


# Short words that stay lower-case in a title: "Keeping Up with the Joneses"
_TITLE_SMALL_WORDS = frozenset("a an the and but or nor of in on at to for with by from as is it vs".split())


# An author's credit after the closing mark: the quotation is the title of a piece.
#   "“Art show opens in the Bronx,” | by Jo Ruiz: …"   "''Bridges of the North,'' | by A.B. Cole"
_BY_AUTHOR_AFTER = re.compile(rf",?[ ]+by[ ]+[{UPPER}]")


# What stands before the title of a show, a book or a programme: a preposition, a possessive
# or a noun for a work (lexicons/works.txt), perhaps with a comma.
#   on “Face the Nation”   NBC's “Today”   her memoir, “Hard Roads”   a play titled “Exit”
_TITLE_BEFORE = re.compile(rf"(?:\b(?:on|in|of|with|from|at|for|{trie_pattern(sorted(WORKS))})|['\u2019]s|s')[ ]*,?[ ]*\Z", re.I)
_TITLE_CONTEXT = 40


def _named_work(work: str, q: QuoteSpan, lo: int) -> bool:
    """A short title-case quotation after a preposition, a possessive or a noun for a work names
    the work, even where a cue follows it: "on ABC's “This Week,” Ruiz said …"."""
    return _TITLE_BEFORE.search(work, max(lo, q.open - _TITLE_CONTEXT), q.open) is not None and _looks_like_title(work, q)


# An article or a possessive right before a quoted fragment: a word set off as someone's term,
# not a quotation of what the sentence's speaker said.
#   "a “bad earpiece”"   "the party's “basement dwellers”"   "its “safety check” feature"
_SCARE_QUOTE_BEFORE = re.compile(r"(?:\b(?:a|an|the|his|her|its|their|our|my|your)|['\u2019]s|s')[ ]*\Z", re.I)
_SCARE_CONTEXT = 24


def _looks_like_title(work: str, q: QuoteSpan) -> bool:
    """A short quotation in title case names a work, a show or a slogan ("Face the Nation",
    “Morning Joe”); nobody is quoted."""
    words = work[q.start:q.end].strip(" .,!?;:").split()
    if not 1 <= len(words) <= 7:
        return False
    capital = [w for w in words if w.casefold() not in _TITLE_SMALL_WORDS]
    return bool(capital) and all(w[0].isupper() or not w[0].isalpha() for w in capital)


# What a sentence ends with, inside its marks: “It's Our Time.” (a title has no stop: “War and Peace”)
_ENDS_SENTENCE = re.compile(r"[.?!][ ]*\Z")
# What a question ends with, inside its marks: “Blacklisted?” “Which Is It?”
_ASKS = re.compile(r"\?[ ]*\Z")


def _asks(work: str, q: QuoteSpan) -> bool:
    """A whole utterance that looks like a title is still said, not named, when it asks:
    “Blacklisted?”, “Which Is It?”."""
    return _ASKS.search(work, q.start, q.end) is not None


def _is_whole_sentence(work: str, sent: Span, q: QuoteSpan) -> bool:
    """A quotation that is its sentence and ends it inside its marks is said, not named, however
    short: “Period.”, “Never!” (a title is named inside a sentence: 'starred in “Dune.”')."""
    return q.closed and _ENDS_SENTENCE.search(work, q.start, q.end) is not None and \
        not work[sent.start:q.open].strip(" '") and not work[q.close + 1:sent.end].strip(" '")


def _utterance(work: str, lo: int, q: QuoteSpan, by_head: bool) -> bool:
    """A quotation that makes up a whole utterance (direct) rather than a fragment (partial)."""
    head = work[lo:q.open].rstrip()
    return by_head or not head or head.endswith((":", ",", "\u2014"))


def _subject_before_intro(doc: _Document, sent: Span, q: QuoteSpan) -> Optional[Mention]:
    """The subject of a clause with no speech verb that introduces a quotation with a colon or
    a comma, the quotation ending the sentence: "Ruiz was blunt: “The bridge is safe.”",
    "Ruiz issued a statement, “We regret it.”"."""
    work = doc.work
    colon = max(work.rfind(":", sent.start, q.open), work.rfind(",", sent.start, q.open))
    if colon < 0 or work[colon + 1:q.open].strip(" '") or work[q.close + 1:sent.end].strip(" .!?'\""):
        return None
    m = doc.opening_mention(sent, colon)
    if m is None or (m.kind == "pronoun" and m.text.casefold() in ("it", "you")):
        return None
    if m.kind == "description" and not (mentions.is_title(m.name.split()[-1]) or mentions.is_organisation(m.name.split()[-1])):
        return None     # "The plan was simple: “…”": a person or a body says things, a plan does not
    # its verb follows it, past adverbs and an aside: "Ruiz | then | snapped:", "Ruiz, in a
    # letter, | wrote:" (not "The timing of …", "Each election cycle, there's …")
    toks = doc.first_tokens(m.end, colon, 14)
    if toks and toks[0][0] == ",":
        close = next((i for i in range(1, len(toks)) if toks[i][0] == ","), None)
        toks = toks[close + 1:] if close is not None else []
    verb = next((t for t in toks if t[0].casefold() not in ADVERBS), None)
    return m if verb is not None and _has_finite_verb([verb]) else None


# A passive verb of asking or address after a clause's subject: the subject is spoken to, and
# only the one after "by", if any, says the quotation that follows.
#   "Ruiz | was asked, “…”"   "Ruiz | was asked by | host Tom Bell, who …, “…”"
_PASSIVE_ASKED = re.compile(r"[ ]+(?:was|were|is|are|been|being)[ ]+(?:asked|told|questioned|pressed)\b(?:[ ]+(?P<by>by)[ ]+)?")


def _passive_asker(doc: _Document, sent: Span, q: QuoteSpan) -> Optional[list[Optional[Mention]]]:
    """Who says a quotation that ends a sentence opened by a passive verb of asking, as a list of
    one (the asker after "by", or None, but never the subject): "Ruiz was asked, “Why?”"."""
    work = doc.work
    colon = max(work.rfind(":", sent.start, q.open), work.rfind(",", sent.start, q.open))
    if colon < 0 or work[colon + 1:q.open].strip(" '") or work[q.close + 1:sent.end].strip(" .!?'\""):
        return None
    m = doc.opening_mention(sent, colon)
    passive = _PASSIVE_ASKED.match(work, m.end, colon) if m is not None else None
    if passive is None:
        return None
    if passive.group("by") is None:
        return [None]
    asker = mentions.after(doc.text, doc.first_tokens(passive.end(), colon, 14))
    return [asker if asker is not None and asker.kind != "pronoun" else None]


def _cue_sentence_before(doc: _Document, si: int, sent: Span, q: QuoteSpan) -> Optional[Mention]:
    """The speaker of a sentence that is only a subject and its cue, right before a quotation
    that opens the next sentence of the paragraph: "Bell agreed. “It is late.”"."""
    work = doc.work
    if si == 0 or work[sent.start:q.open].strip(" '") or doc.sents[si - 1].paragraph != sent.paragraph:
        return None
    prev = doc.sents[si - 1]
    if '"' in work[prev.start:prev.end]:
        return None     # "“…,” Ruiz said. “…”" goes on by continuation
    cues = doc.cues_between(prev.start, prev.end)
    if not cues or cues[-1].verb is None or cues[-1].participle:
        return None
    closes = _CUE_CLOSES.match(work, cues[-1].end, prev.end)
    if closes is None or closes.group("stop") in (",", ";"):
        return None
    return doc.subject(prev, cues[-1])


def _opens_with_quote(doc: _Document, paragraph: int) -> bool:
    para = doc.paras[paragraph]
    a, b = _strip(doc.work, para.start, para.end)
    return a < b and doc.work[a] == '"'


def _is_whole_paragraph(doc: _Document, q: QuoteSpan) -> bool:
    """Whether a closed quotation makes up its paragraph, all but a final stop."""
    para = doc.paras[q.paragraph]
    return q.closed and _strip(doc.work, para.start, para.end) == _strip(doc.work, q.open, q.close + 1)


def _conversation_turn(doc: _Document, q: QuoteSpan, previous: Attribution,
                       out: Sequence[Attribution]) -> Optional[Attribution]:
    """In an exchange of quoted paragraphs, the record whose speaker a paragraph that is only a
    quotation answers for: the speaker before the last, not the last ("“Are you coming?” Ruiz
    asked. | “No,” Bell replied. | “Why not?”" is Ruiz's). An exchange is two turns by two
    speakers, each a paragraph that opens with a quotation, where the first asks or the second
    answers ("replied", lexicon flag [reply]), or where the second asks and this answers it
    ("“We won,” Bell said. | “Did you?” Ruiz asked. | “Yes.”" is Bell's)."""
    work = doc.work
    if not _is_whole_paragraph(doc, q) or q.close - q.open > TURN_CHARS or q.paragraph < 2:
        return None                   # not a short paragraph that is only the quotation
    last_turn = doc.sents[previous.sentence].paragraph
    if last_turn != q.paragraph - 1 or previous.mention is None or not _opens_with_quote(doc, last_turn):
        return None
    earlier = next((r for r in reversed(out) if r.mention is not None and r.kind != "indirect"
                    and doc.sents[r.sentence].paragraph < last_turn), None)
    if earlier is None or doc.sents[earlier.sentence].paragraph != last_turn - 1 or \
            not _opens_with_quote(doc, last_turn - 1) or \
            _surname(earlier.mention) == _surname(previous.mention):
        return None
    asked = work[earlier.end - 1] == "?" or (earlier.cue is not None and earlier.cue.verb is not None
                                             and earlier.cue.verb.question)
    answered = previous.rule == "conversation_turn" or (
        previous.cue is not None and previous.cue.verb is not None and previous.cue.verb.reply)
    answers_the_last = not _asks(work, q) and (work[previous.end - 1] == "?" or (
        previous.cue is not None and previous.cue.verb is not None and previous.cue.verb.question))
    return earlier if asked or answered or answers_the_last else None


def _surname(m: Mention) -> str:
    return m.name.split()[-1].casefold() if m.name.split() else ""


def quoted(doc: _Document, si: int, sent: Span, qs: Sequence[QuoteSpan], last: Optional[Mention],
           reports: Sequence[Attribution], previous: Optional[Attribution], out: list[Attribution]) -> Optional[Attribution]:
    """Records for the quotations that open in one sentence; returns the last one."""
    work = doc.work
    for n, q in enumerate(qs):
        lo = qs[n - 1].close + 1 if n else sent.start
        tail_si = doc.sentence_of(q.close) if not q.closed or q.close > sent.end else si
        tail_end = qs[n + 1].open if n + 1 < len(qs) else doc.sents[tail_si].end
        found = _tail_speaker(doc, q, tail_end)
        if found is None and n + 1 == len(qs) and not work[q.close + 1:tail_end].strip(" .,!?"):
            found = _next_sentence_cue(doc, q, tail_si) or _credit_line(doc, q)
        host = next((r for r in reports if r.start <= q.start and q.end <= r.end + 1), None) if reports else None
        by_head = False
        if found is None and host is None:
            found = _head_speaker(doc, sent, q, lo, last)
            by_head = found is not None
        elif found is None and (head := _head_speaker(doc, sent, q, lo, last)) is not None and \
                head[1] is not None and head[1].verb is not None and head[1].start > host.start and \
                not (_looks_like_title(work, q) and not _ENDS_SENTENCE.search(work, q.start, q.end)):
            # a cue of its own right before the quotation, inside a reported clause that ran on over
            # it: "After Bell said that …, Ruiz said: “…”" is Ruiz's, not Bell's (a title stays in
            # the clause: "Lavrov has read “War and Peace” three times, an aide said")
            found, host = head, None
        naming = by_head and found is not None and found[1] is not None and found[1].verb is not None and found[1].verb.naming
        kind = "direct" if _utterance(work, lo, q, by_head and not naming) else "partial"   # what he called “rumours”
        if found is not None and host is None and _named_work(work, q, lo):
            found = None             # "on ABC's “This Week,” | Ruiz said": the cue is not the title's
            rec = Attribution(kind, q.start, q.end, None, None, si, "title")
        elif found is not None:
            m, cue, rule = found
            rec = Attribution(kind, q.start, q.end, m, cue, si, rule)
        elif kind == "direct" and previous is not None and (turn := _conversation_turn(doc, q, previous, out)) is not None:
            rec = Attribution(kind, q.start, q.end, turn.mention, None, si, "conversation_turn", turn)   # “Yes.”
        elif (_looks_like_title(work, q) and (kind == "partial" or not (work[lo:q.open].rstrip(" '").endswith(":")
                                                                     or _asks(work, q) or _is_whole_sentence(work, sent, q)))) \
                or (host is None and _BY_AUTHOR_AFTER.match(work, q.close + 1, sent.end + 1)):
            # with no cue, one set off by commas too ("the thriller, “Low Tide,” and …"); but a
            # colon introduces an utterance ("Ruiz snapped: “Enough.”"), and a question is asked
            # (“Blacklisted?” goes on with the speaker before)
            rec = Attribution(kind, q.start, q.end, None, None, si, "title")
        elif host is not None:
            rec = Attribution(kind, q.start, q.end, host.mention, host.cue, si, "inside_reported", host)
        elif last is not None and (kind == "direct" or (
                not _SCARE_QUOTE_BEFORE.search(work, max(lo, q.open - _SCARE_CONTEXT), q.open) and any(
                    not doc.in_quote(c.start) and (c.end <= q.open or (c.participle and last.end <= q.open))
                    for c in doc.cues_between(sent.start, sent.end)))):
            # the sentence's speaker: "X, treating it — “…” — as …"; a fragment only after the
            # cue or inside its speaker's clause, not before it ("a “smart” bridge …, and an
            # official said …"), nor one after an article ("blamed it on a “bad earpiece,” …")
            rec = Attribution(kind, q.start, q.end, last, None, si, "sentence_cue")
        elif (intro := _colon_intro(doc, q)) is not None:
            rec = Attribution(kind, q.start, q.end, intro[0], intro[1], si, intro[2])
        elif n == 0 and kind == "direct" and (before := _cue_sentence_before(doc, si, sent, q)) is not None:
            rec = Attribution(kind, q.start, q.end, before, None, si, "cue_sentence_before")
        elif n == 0 and (asked := _passive_asker(doc, sent, q)) is not None:
            rec = Attribution(kind, q.start, q.end, asked[0], None, si, "passive_asker" if asked[0] else "unattributed")
        elif n == 0 and (subject := _subject_before_intro(doc, sent, q)) is not None:
            rec = Attribution(kind, q.start, q.end, subject, None, si, "subject_colon_quote")
        elif previous is not None and previous.mention is not None and kind == "direct" and (
                q.paragraph <= doc.sents[previous.sentence].paragraph + 1):
            # only a whole utterance goes on: a fragment inside a sentence with no cue ("the
            # so-called “rebels”", "a “smart” bridge") is a scare quote or a title
            rec = Attribution(kind, q.start, q.end, previous.mention, None, si, "continuation", previous)
        else:
            rec = Attribution(kind, q.start, q.end, None, None, si, "unattributed")
        out.append(rec)
        if rec.mention is not None and rec.rule != "title":
            previous = rec
            last = rec.mention
    # '“It is over,” “It is not,” Peskov said.': quotations side by side share the cue after them
    mine = out[len(out) - len(qs):] if len(qs) > 1 else []     # (one quotation has none beside it)
    for n in range(len(mine) - 2, -1, -1):
        r, nxt = mine[n], mine[n + 1]
        if r.rule == "unattributed" and nxt.mention is not None and \
                not work[qs[n].close + 1:qs[n + 1].open].strip(" ,\u2014"):
            mine[n] = out[len(out) - len(qs) + n] = Attribution(
                r.kind, r.start, r.end, nxt.mention, nxt.cue, si, "quote_run", nxt)
    return previous


# A trailing name-and-role line after a block quotation with no marks:
#   "…because it was made sincerely John Kirby strategic communications coordinator at the …"
# It opens with the space before the name, so that re jumps from space to space instead of
# trying every position.
_BLOCK_NAME = re.compile(rf"[ ](?<=[{LOWER}\d.!?)\u2026][ ])([{UPPER}][\w'\-]+(?: [{UPPER}][\w'\-]+){{1,2}})(?:,)? (?=[{LOWER}])")


def block_quotes(doc: _Document, names: mentions.NameIndex, out: list[Attribution]) -> set[int]:
    """Paragraphs with no marks that end with a speaker's name and role line; returns their
    numbers (what they say is quoted, so no cue inside them opens a reported clause)."""
    work = doc.work
    found = set()
    for para in doc.paras:
        if para.end - para.start < BLOCK_MIN_CHARS or work.find('"', para.start, para.end) >= 0:
            continue
        # the name-and-role line closes the paragraph: look only at its end (from the space before)
        for m in _BLOCK_NAME.finditer(work, max(para.start, para.end - BLOCK_LINE - 1), para.end):
            head = work[para.start:m.start(1)]
            if len(head.split(None, 5)) < 6:          # fewer than six words before the name
                continue
            last_word = head.rsplit(None, 1)[-1]
            if last_word.casefold() in FUNCTION_WORDS or last_word.endswith("'s"):
                continue
            if doc.cues_between(m.end(), para.end):
                continue         # (the cheap tests first: most candidates fail one, and are not tokenized)
            # a title in the role's first four tokens, read from a window cut at a space (no token spans one)
            cut = work.rfind(" ", m.end(), min(para.end, m.end() + BLOCK_ROLE_HEAD))
            line_start = doc.tokens(m.end(), cut)[:4] if cut >= 0 else []
            if len(line_start) == 4 and not any(mentions.is_title(t[0]) for t in line_start):
                continue
            role_toks = doc.tokens(m.end(), para.end)
            if not (3 <= len(role_toks) <= 30) or not any(mentions.is_title(t[0]) for t in role_toks[:4]):
                continue
            if (role_toks[0][0].casefold() in FUNCTION_WORDS and role_toks[0][0].casefold() not in DETERMINERS) \
                    or role_toks[0][0].casefold() in ADVERBS:
                continue         # the sentence goes on: "… endorsed Sen. Jo Ruiz | for governor."
                                 # (a role may open with an article: "John Kirby, the coordinator …")
            if any(t[0].casefold() in FINITE_VERBS or (t[0].endswith("ed") and t[0][0].islower()) for t in role_toks):
                continue         # a role line has no verb: "… coordinator at the NSC"
            if any(t[0] in ".!?" for t in role_toks[:-1]):
                continue
            name = doc.text[m.start(1):m.end(1)]
            words = name.split()
            if (names.get(words[-1]) or Counter())[name] < 2 or mentions.is_organisation(words[-1]):
                continue         # a person named elsewhere in the article too
            a, b = para.start, m.start(1)
            while b > a and work[b - 1] in " ":
                b -= 1
            s, e = m.start(1), m.end(1)
            role = doc.text[role_toks[0][1]:role_toks[-1][2]].rstrip(".")
            mention = Mention(name, s, e, name, role, "name")
            out.append(Attribution("block", a, b, mention, None, doc.sentence_of(a), "block_name_line"))
            found.add(para.paragraph)
            break
    return found


# A line that opens with a speaker's name and a colon: transcripts and headlines.
#   "PENCE: Well, look …"   "Sanders: Clinton needs a plan"   '"WALLACE: Let's start …'
_SPEAKER_LINE = re.compile(rf'"?(?P<name>[{UPPER}][\w.\'\-]*(?:[ ]+[{UPPER}][\w.\'\-]*){{0,2}})[ ]?:[ ]+(?=[^\s"])')
# A list of names after the label, not words said: "Iowa: Jo Ruiz, Ana Bell, Ed Cole Jr., …"
_NAME_LIST = re.compile(rf"(?:[{UPPER}][\w.'\-]*(?:[ ]+[{UPPER}][\w.'\-]*){{0,3}},[ ]+){{3}}")
# A line of stage directions in a transcript: "(CROSSTALK)", "[Applause]"
_STAGE_DIRECTION = re.compile(r'"?[(\[]')


def _names_a_source(label: str) -> bool:
    """Whether a headline's label names who speaks, though the article does not name it again:
    a person by first name, a title, a body, a document or people ("Ana Bell:", "Newspaper:",
    "Report:", "Insiders:"; not "Stealth Mode:", "WOW:")."""
    words = label.split()
    last = words[-1]
    return (words[0].casefold() in FIRST_NAMES or mentions.is_title(last) or last.casefold() in SPEECH_NOUNS
            or (mentions.is_organisation(last) and not last.isupper())
            or (last.endswith("s") and not last.endswith("ss") and last[1:].islower()))


def speaker_lines(doc: _Document, out: list[Attribution]) -> set[int]:
    """Records for lines "NAME: words"; in a transcript (two or more such lines with names in
    capitals) the unlabelled paragraphs that follow a line are the same speaker's. Returns the
    offsets where such lines start, so that a stray mark there is not read as a quotation."""
    work = doc.work
    found = []
    colon = work.find(":")
    while colon >= 0:           # (most paragraphs have no colon: only those that have one are read)
        para = doc.paras[doc.sents[doc.sentence_of(colon)].paragraph]
        colon = work.find(":", max(colon, para.end) + 1)
        m = _SPEAKER_LINE.match(work, para.start, para.end)
        if m and m.group("name").casefold().rstrip(".") not in LABELS and _words(work, m.end(), para.end) >= 3 \
                and not _NAME_LIST.match(work, m.end(), para.end):
            found.append((para, m))
    if not found:
        return set()
    transcript = sum(1 for _, m in found if m.group("name").isupper()) >= 2
    # outside a transcript, a label must name someone the article names again ("Sanders: …";
    # not "BOOM: …"), unless it opens the headline, the first line ("Insiders: Ruiz will win")
    found = [(p, m) for p, m in found if (transcript and m.group("name").isupper())
             or work.count(m.group("name").split()[-1]) > 1 or (p.paragraph == 0 and _names_a_source(m.group("name")))]
    starts = set()
    by_para = {p.paragraph: m for p, m in found}
    speaker: Optional[Mention] = None
    for para in doc.paras:
        m = by_para.get(para.paragraph)
        if m is not None:
            name = doc.text[m.start("name"):m.end("name")]
            speaker = Mention(name, m.start("name"), m.end("name"), name, None, "name")
            a = m.end()
            starts.add(para.start)
        elif transcript and speaker is not None and speaker.text.isupper() and not _STAGE_DIRECTION.match(work, para.start, para.end):
            a = para.start
            starts.add(para.start)
        else:
            if transcript and _STAGE_DIRECTION.match(work, para.start, para.end):
                continue
            speaker = None
            continue
        if not transcript and m is None:
            continue
        a, b = _strip(work, a, para.end)
        while a < b and work[a] == '"':
            a += 1
        if a < b and not (m is not None and _is_just_a_quote(doc, a, b)):    # "Ruiz: ‘We Will Win’" is quoted
            out.append(Attribution("indirect", a, b, speaker, None, doc.sentence_of(a), "speaker_line"))
    return starts


# A headline's label before its colon, with lower-case words too: "Clinton camp: …",
# "Former AG Mukasey at RNC: …", "Ruiz to the council: …"
_HEADLINE_LABEL = re.compile(r"([^:;,\n\"]{2,60}?)[ ]?:[ ]+(?=[^\s\"])")
# A kicker and a dash before a headline's label: "EXCLUSIVE – | Roger Stone: …"
_KICKER = re.compile(rf"[{UPPER}]+[ ]+[\u2014\-]+[ ]+")


# Words after a headline label's speaker that name whom or where it was said to
_LABEL_LINKS = frozenset("to at on in".split())


def headline_label(doc: _Document, out: list[Attribution]) -> None:
    """A headline (the first line) "X: words" whose label holds lower-case words, which a speaker
    line does not read: the label's mention speaks when the article names it again or it names
    a source ("Clinton camp: Trump's rhetoric threatens security." -> Clinton)."""
    work = doc.work
    if not doc.paras:
        return
    para = doc.paras[0]
    if any(para.start <= r.start < para.end for r in out):
        return
    m = _HEADLINE_LABEL.match(work, para.start, para.end)
    if m is None or m.group(1).casefold().strip() in LABELS or _NAME_LIST.match(work, m.end(), para.end):
        return
    start = m.start(1)
    kicker = _KICKER.match(work, start, m.end(1))
    if kicker:
        start = kicker.end()
    toks = doc.tokens(start, m.end(1))
    if not toks or len(toks) > 8 or _has_finite_verb(toks, 8, strict=True):
        return
    speaker = mentions.after(doc.text, toks, apposition=False, subject=True)
    if speaker is None or speaker.kind == "pronoun" or speaker.start != toks[0][1] or not toks[0][0][0].isalpha() \
            or toks[0][0].casefold() in ("a", "an", "the"):
        return          # not "2016 Nerdcast: …", "A Curious Plan: …"
    rest = [t for t in toks if t[1] >= speaker.end]
    if rest and rest[0][0].casefold() not in _LABEL_LINKS:
        return          # whom or where it was said: "Ruiz to the council:", "Ruiz at the convention:"
                        # (not "Ruiz and Bell: a tortured relationship", "Spoiler no more: …")
    last = speaker.text.split()[-1]
    if last.isupper() or not (work.count(last) > 1 or _names_a_source(speaker.text)):
        return
    a, b = _strip(work, m.end(), para.end)
    if _words(work, a, b) >= 3 and not _is_just_a_quote(doc, a, b):
        out.append(Attribution("indirect", a, b, speaker, None, doc.sentence_of(a), "headline_label"))


def attribute(text: str, work: str, paras: Sequence[Span], sents: Sequence[Span], quotes: Sequence[QuoteSpan],
              cues: Sequence[Cue], names: mentions.NameIndex) -> list[Attribution]:
    """All records of a document, in text order, with mentions as written."""
    doc = _Document(text, work, paras, sents, quotes, cues)
    out: list[Attribution] = []
    line_starts = speaker_lines(doc, out)
    headline_label(doc, out)
    if line_starts:        # a stray mark that opens a speaker line is no quotation
        doc.set_quotes([q for q in quotes if q.open not in line_starts])
        quotes = doc.quotes
    blocks = block_quotes(doc, names, out)
    qi = ci = 0
    cue_starts = doc.cue_starts
    previous: Optional[Attribution] = None
    for si, sent in enumerate(sents):
        first = len(out)
        while ci < len(cue_starts) and cue_starts[ci] < sent.start:
            ci += 1
        has_cue = ci < len(cue_starts) and cue_starts[ci] < sent.end     # (most lines of a list have none)
        last = reported(doc, si, sent, out) if has_cue and sent.paragraph not in blocks else None
        reports = out[first:]
        if reports:
            previous = reports[-1]
        q_first = qi
        while qi < len(quotes) and quotes[qi].open < sent.end:
            qi += 1
        if qi > q_first:
            previous = quoted(doc, si, sent, quotes[q_first:qi], last, reports, previous, out) or previous
    colon_paragraphs(doc, out)
    out.sort(key=lambda r: (r.start, r.end))
    return _outside_speaker_lines(out)


def _outside_speaker_lines(out: list[Attribution]) -> list[Attribution]:
    """A statement reported inside a speaker's line ("TAPPER: Trump said | he would …") is part of
    what that speaker said, not a record of its own. ``out`` is in text order."""
    lines = [r for r in out if r.rule == "speaker_line"]
    if not lines:
        return out
    starts = [r.start for r in lines]
    kept = []
    for r in out:
        k = bisect_right(starts, r.start) - 1
        if r.kind == "indirect" and r.rule != "speaker_line" and r.cue is not None and k >= 0 and \
                lines[k].start <= r.cue.start and r.end <= lines[k].end:
            continue
        kept.append(r)
    return kept


# The mark that opens an item of a list: "• ", "- ", "* ", or the "l " a lost bullet leaves
_LIST_ITEM = re.compile(r"(?:[\u2022\u00b7*\-]|l)[ ]+")
# A line that opens with its own label: "Editor's note: …", "Update: …"
_LABEL_LINE = re.compile(r"[^\s:][^:\n]{0,30}:[ ]")
# Lines or list items after the first that go on with what was said after a colon, at most
_COLON_LINES = 12


def colon_paragraphs(doc: _Document, out: list[Attribution]) -> None:
    """A paragraph with no marks after one that ends "X added:" (or with a short object: "X pointed
    out some figures:") is what X said, unmarked: "The governor added:\n\nIt's typical of her. …"."""
    work = doc.work
    taken = {doc.sents[r.sentence].paragraph for r in out}
    for prev in [p for p in doc.paras[:-1] if work[p.end - 1] == ":"]:     # (one test a paragraph)
        para = doc.paras[prev.paragraph + 1]
        if para.paragraph in taken or work.find('"', para.start, para.end) >= 0:
            continue
        sent = doc.sents[doc.sentence_of(prev.end - 1)]
        cue = next((c for c in reversed(doc.cues_between(sent.start, sent.end)) if c.verb is not None), None)
        m = doc.subject(sent, cue) if cue is not None and _words(work, cue.end, prev.end - 1) <= 4 else None
        if m is None:
            continue
        a, b = _strip(work, para.start, para.end)
        out.append(Attribution("indirect", a, b, m, cue, doc.sentence_of(a), "colon_paragraph"))
        # the lines that follow it with no blank line between, or the items of a list, go on
        # with what X said: "X said:\nLet no one … .\nIt cannot be … ." / "X argued:\n\n• …\n\n• …"
        bullet = _LIST_ITEM.match(work, para.start, para.end)
        for nxt in doc.paras[para.paragraph + 1:para.paragraph + 1 + _COLON_LINES]:
            last = doc.paras[nxt.paragraph - 1]
            same_block = "\n\n" not in work[last.end:nxt.start]
            item = bullet is not None and work.startswith(bullet.group(), nxt.start)
            if nxt.paragraph in taken or not (same_block or item) or (not item and work.find('"', nxt.start, nxt.end) >= 0) \
                    or work.endswith(":", last.start, last.end) or _LABEL_LINE.match(work, nxt.start, nxt.end):
                break
            a, b = _strip(work, nxt.start, nxt.end)
            out.append(Attribution("indirect", a, b, m, cue, doc.sentence_of(a), "colon_paragraph"))
