"""Golden rules for quote-mark pairing (``quotex.quotes``).

Each rule is an input and the quoted spans expected (the words between the marks, without
the marks), as slices of the input. Known failures stay in the table as
``xfail(strict=True)``: never delete a rule, fix the pairing and remove the mark.
"""
from __future__ import annotations

import pytest

from quotex.normalize import working_copy
from quotex.quotes import find_quotes
from quotex.sentences import paragraphs


def quoted(text: str) -> list[str]:
    work = working_copy(text)
    return [text[q.start:q.end] for q in find_quotes(text, work, paragraphs(work))]


def bug(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)



GOLDEN_RULES = [
    # mark styles
    ("“Yes,” he said.", ["Yes,"]),
    ('"Yes," he said.', ["Yes,"]),
    ("«Oui», a-t-il dit.", ["Oui"]),
    ("« Nous sommes prêts », a dit Peskov.", ["Nous sommes prêts"]),
    ("„Ja“, sagte er.", ["Ja"]),
    ("``Yes,'' he said.", ["Yes,"]),
    # several quotations in a paragraph
    ("He said “yes” and “no”.", ["yes", "no"]),
    ('He said "yes" and "no".', ["yes", "no"]),
    ("“Yes,” he said, “we are ready.”", ["Yes,", "we are ready."]),
    # glued marks
    ("She called it a “mistake.” “substantial offer”Brittney Griner left.", ["mistake.", "substantial offer"]),
    pytest.param("“a mistake.”“substantial offer”", ["a mistake.", "substantial offer"], id="glued-close-open"),
    pytest.param("He said “yes”“no” twice.", ["yes", "no"], id="glued-close-open-words"),
    ('"We are ready,"Dmitry Peskov said.', ["We are ready,"]),
    ("He said:“yes.”", ["yes."]),
    ("—“Yes,” he said.", ["Yes,"]),
    # brackets and slashes around marks
    ("He said (“yes”) twice.", ["yes"]),
    ("He said [“yes”] twice.", ["yes"]),
    ("He said/“yes”/twice.", ["yes"]),
    # apostrophes are not quote marks
    ("Don’t worry, it’s the ’90s and Reuters’ desk.", []),
    ("Don't worry, it's the '90s and Reuters' desk.", []),
    ("She said “it’s fine” and left.", ["it’s fine"]),
    ("“He called it ‘a farce’ today,” she said.", ["He called it ‘a farce’ today,"]),
    # single marks pair only where no double marks stand in the paragraph
    ("He said ‘yes’ and left.", ["yes"]),              # British single quotes pair where no double marks stand
    ("He said 'yes' and \"no\".", ["no"]),
    # inch marks
    ('The 6" pipe and the 12" pipe burst.', []),
    ('The 6" pipe burst. "It was old," he said.', ["It was old,"]),
    ('He was 6\'2" tall. "I am tall," he said.', ["I am tall,"]),
    # empty and blank quotations give nothing
    ('""', []),
    ("“”", []),
    ("He said “ yes ” loudly.", ["yes"]),
    # unbalanced marks: an unclosed quotation is kept only where it looks like an utterance
    ("He said: “Yes.", ["Yes."]),
    ("He said “yes.", []),
    ("“Unclosed in a paragraph and then “closed one” here.", ["closed one"]),
    ("“First paragraph.\n\nNot a quote.", ["First paragraph."]),
    # multi-paragraph quotation: left open, and the next paragraph opens with a mark
    ("“First paragraph.\n\n“Second paragraph.”", ["First paragraph.\n\n“Second paragraph."]),
    ("Kirby said: “One.\n“Two.\n“Three.”", ["One.\n“Two.\n“Three."]),
    # an unbalanced mark never reaches past its paragraph otherwise
    ("He said “yes.\n\nThe weather was fine. “Nobody knows,” a farmer said.", ["Nobody knows,"]),
    ("The plan was a disaster”.\n\n“Nobody knows why,” a farmer said.", ["Nobody knows why,"]),
    ("The 6” pipe burst.\n\n“Nobody knows why,” a farmer said.", ["Nobody knows why,"]),
    ("", []),
    ("No quote marks at all.", []),
]


@pytest.mark.parametrize("text, expected", GOLDEN_RULES)
def test_quotes(text, expected):
    assert quoted(text) == expected


def test_offsets_are_into_the_original_text():
    # ``…'' becomes one mark plus a space in the working copy: offsets must not move
    text = "A ``quote'' and “another” and «third»."
    work = working_copy(text)
    assert len(work) == len(text)
    assert [(text[q.start:q.end], text[q.open]) for q in find_quotes(text, work, paragraphs(work))] == [
        ("quote", "`"), ("another", "“"), ("third", "«")]
