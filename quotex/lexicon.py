"""Load the word lists in ``lexicons/`` once, at import.

Every list is plain text: one entry per line, ``#`` starts a comment. The engine never
hard-codes a word that belongs in one of these files.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("lexicons").joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _word(line: str) -> str:
    return line.split("[", 1)[0].strip().casefold().rstrip(".").replace("_", " ")


def _words(name: str) -> frozenset[str]:
    return frozenset(_word(line) for line in _lines(name))


def _flagged(name: str, flag: str) -> frozenset[str]:
    """The entries of a word list that carry ``[flag]``."""
    return frozenset(_word(line) for line in _lines(name) if f"[{flag}]" in line)


@dataclass(frozen=True)
class Verb:
    forms: tuple[str, ...]
    bare: bool      # may take a clause without "that"
    takes_object: bool  # "told reporters that ..."
    quote_only: bool    # attributes quotations, never opens a reported clause
    content: bool       # its object is the statement: "called for new talks"
    question: bool      # takes an indirect question: "asked whether …"
    naming: bool        # names its object with a quotation: "called the plan “a farce”"
    noun: bool          # its first two forms are mostly nouns: a cue only before "that"
    infinitive: bool    # what it reports may be a to-infinitive: "agreed to pay"
    reply: bool         # answers the speaker before: "replied", "shot back" (turns alternate)


def _verbs() -> dict[str, Verb]:
    by_form: dict[str, Verb] = {}
    for line in _lines("speech_verbs.txt"):
        words, _, flags = line.partition("[")
        flagset = set(flags.rstrip("]").split())
        forms = tuple(w.replace("_", " ") for w in words.split())
        verb = Verb(forms, "bare" in flagset, "object" in flagset, "quote" in flagset, "content" in flagset, "question" in flagset,
                    "naming" in flagset, "noun" in flagset, "infinitive" in flagset, "reply" in flagset)
        for form in forms:
            by_form.setdefault(form, verb)
    return by_form


#: in other_senses.txt, a number in digits after the form ("added 151,000 jobs"); in capitals, so
#: that it never matches the word "number" ("added number theory to the course")
NUMBER = "NUMBER"


def _other_senses() -> dict[str, frozenset[str]]:
    """Each form with the words after it that make it another verb: {"added": {"up", NUMBER}}."""
    table: dict[str, set[str]] = {}
    for line in _lines("other_senses.txt"):
        form, after = line.split()
        table.setdefault(form, set()).add(after if after == NUMBER else after.casefold())
    return {form: frozenset(after) for form, after in table.items()}


def _pronouns() -> dict[str, tuple[str, str]]:
    table = {}
    for line in _lines("pronouns.txt"):
        form, gender, number = line.split()
        table[form.casefold()] = (gender, number)
    return table


def _genders(name: str) -> dict[str, str]:
    """A word-then-gender list ("Maria f", "spokesman m"), keyed by the casefolded word."""
    return {word.casefold(): gender for word, gender in (line.split() for line in _lines(name))}


SPEECH_VERBS: dict[str, Verb] = _verbs()
FIRST_NAMES: dict[str, str] = _genders("first_names.txt")
TITLES: frozenset[str] = _words("titles.txt")
ABBREVIATIONS: frozenset[str] = _words("abbreviations.txt")
#: abbreviations only before a number ("No. 5"): "said no. The" ends a sentence
NUMBER_ABBREVIATIONS: frozenset[str] = _flagged("abbreviations.txt", "number")
FUNCTION_WORDS: frozenset[str] = _words("function_words.txt")
ADVERBS: frozenset[str] = _words("adverbs.txt")
PARTICLES: frozenset[str] = _words("particles.txt")
PRONOUNS: dict[str, tuple[str, str]] = _pronouns()
DETERMINERS: frozenset[str] = _words("determiners.txt")
#: quantifiers only nouns follow: "a few | hints", "no | claims"
NOUN_QUANTIFIERS: frozenset[str] = _words("noun_quantifiers.txt")
#: titles, role nouns and pronouns that tell a gender: "spokeswoman" f, "Mr." m, "his" m
GENDERED_WORDS: dict[str, str] = {**_genders("gendered_words.txt"),
                                  **{w: g for w, (g, _) in PRONOUNS.items() if g != "-"}}
ORGANISATIONS: frozenset[str] = _words("organisations.txt")
SPEECH_NOUNS: frozenset[str] = _words("speech_nouns.txt")
#: speech nouns whose content may be a to-infinitive: "her promise | to fix the roads"
INFINITIVE_NOUNS: frozenset[str] = _flagged("speech_nouns.txt", "to")
FINITE_VERBS: frozenset[str] = _words("finite_verbs.txt")
#: irregular pasts that end a subject ("Ruiz | struck a measured tone"), read only there
IRREGULAR_PASTS: frozenset[str] = _words("irregular_pasts.txt")
TO_VERBS: frozenset[str] = _words("to_verbs.txt")
CONTROL_VERBS: frozenset[str] = _words("control_verbs.txt")
DIRECTIVE_VERBS: frozenset[str] = _words("directive_verbs.txt")
#: verbs of beginning and stopping before a participle cue: "began | calling for"
ASPECT_VERBS: frozenset[str] = _words("aspect_verbs.txt")
REFUSAL_VERBS: frozenset[str] = _words("refusal_verbs.txt")
LIGHT_VERBS: frozenset[str] = _words("light_verbs.txt")
PURPOSE_VERBS: frozenset[str] = _words("purpose_verbs.txt")
#: nouns of people a participle after them may modify: "voters | saying …" (they speak)
PERSON_NOUNS: frozenset[str] = _words("person_nouns.txt")
#: nouns a participle modifies as an adjective: "reporting | team"
PARTICIPLE_NOUNS: frozenset[str] = _words("participle_nouns.txt")
LABELS: frozenset[str] = _words("labels.txt")
QUANTITIES: frozenset[str] = _words("quantities.txt")
NUMBER_WORDS: frozenset[str] = _words("number_words.txt")
PLURAL_NOUNS: frozenset[str] = _words("plural_nouns.txt")
PARTIES: frozenset[str] = _words("parties.txt")
CUE_GAP_WORDS: frozenset[str] = _words("cue_gap_words.txt")
ACT_PASTS: frozenset[str] = _words("act_pasts.txt")
OCCASIONS: frozenset[str] = _words("occasions.txt")
BOILERPLATE: frozenset[str] = frozenset(line.casefold() for line in _lines("boilerplate.txt"))
#: a form and the words after it that make another verb of it ("added up"; "number", one in digits)
OTHER_SENSES: dict[str, frozenset[str]] = _other_senses()
WORKS: frozenset[str] = _words("works.txt")
#: what is told that is itself the statement: "told | a joke", "tells | the story of …"
NARRATIVES: frozenset[str] = _words("narratives.txt")
