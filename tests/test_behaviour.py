"""What quotex extracts, one behaviour per test.

Each case is an input text and the records expected from ``quotex.extract`` as
(kind, quote, speaker) tuples, in order. The ``quote`` string is the exact span
(``text[start:end]``), so a case pins the span down to the character. The sentences are
made up for these tests (see ANNOTATION.md in shared/eval for the contract they follow).

Known failures are kept visible as ``xfail(strict=True)``: when one starts passing, pytest
reports it, and the mark should be removed.
"""
from __future__ import annotations

import pytest
from pathlib import Path

from layout import hard_wrap
from quotex import extract


def got(text: str, **kw) -> list[tuple]:
    """(kind, quote, speaker) of every record, in order."""
    return [(q.kind, q.quote, q.speaker) for q in extract(text, **kw)]


def only(text: str):
    """The one record of ``text``."""
    records = extract(text)
    assert len(records) == 1, records
    return records[0]


def bug(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# --------------------------------------------------------------------------------------------
# Orders of quotation, cue and speaker
# --------------------------------------------------------------------------------------------

ORDERS = [
    # “…,” X said
    ("“We are ready,” Peskov said.",
     [("direct", "We are ready,", "Peskov")]),
    # “…,” said X
    ("“We are ready,” said Peskov.",
     [("direct", "We are ready,", "Peskov")]),
    # X said: “…”
    ("Peskov said: “We are ready.”",
     [("direct", "We are ready.", "Peskov")]),
    # X said, “…”
    ("Peskov told reporters, “We are ready.”",
     [("direct", "We are ready.", "Peskov")]),
    # X said that … (the span leaves out "that")
    ("Peskov said that the talks had stalled.",
     [("indirect", "the talks had stalled", "Peskov")]),
    # X said … (no "that")
    ("Peskov said the talks had stalled.",
     [("indirect", "the talks had stalled", "Peskov")]),
    # X told reporters on Monday that …
    ("Peskov told reporters on Monday that the talks had stalled.",
     [("indirect", "the talks had stalled", "Peskov")]),
    # “…,” X, the role, said
    ("“We are ready,” Peskov, the Kremlin spokesman, said.",
     [("direct", "We are ready,", "Peskov")]),
    # X (role) stated that …
    ("Dmitry Peskov (Kremlin spokesman) stated that the talks had stalled.",
     [("indirect", "the talks had stalled", "Dmitry Peskov")]),
    # “…,” X (role) stated
    ("“We are ready,” Dmitry Peskov (Kremlin spokesman) stated.",
     [("direct", "We are ready,", "Dmitry Peskov")]),
    # “…” — X
    ("“We are ready.” — Dmitry Peskov",
     [("direct", "We are ready.", "Dmitry Peskov")]),
    # According to X, …
    ("According to Peskov, the talks have stalled.",
     [("indirect", "the talks have stalled", "Peskov")]),
    # …, according to X.
    ("The talks have stalled, according to Peskov.",
     [("indirect", "The talks have stalled", "Peskov")]),
    # …, X said.
    ("The vote on the new budget was close, Peskov said.",
     [("indirect", "The vote on the new budget was close", "Peskov")]),
    # …, X said, … (parenthetical: one record per contiguous part)
    ("The talks with Washington on a swap, Peskov said, have stalled for now.",
     [("indirect", "The talks with Washington on a swap", "Peskov"),
      ("indirect", "have stalled for now", "Peskov")]),
    # “…,” X said, “…” (a quotation interrupted by its cue)
    ("“We are ready,” Peskov said, “but not at any price.”",
     [("direct", "We are ready,", "Peskov"),
      ("direct", "but not at any price.", "Peskov")]),
]


@pytest.mark.parametrize("text, expected", ORDERS)
def test_order(text, expected):
    assert got(text) == expected


def test_span_offsets_are_exact():
    text = "“We are ready,” Peskov said."
    q = only(text)
    assert (q.start, q.end, q.quote) == (1, 14, "We are ready,")
    assert (q.speaker_start, q.speaker_end, q.speaker_mention) == (16, 22, "Peskov")
    assert q.cue == "said"


def test_text_must_be_a_str():
    with pytest.raises(TypeError):
        extract(b"\xe2\x80\x9cWe are ready,\xe2\x80\x9d Peskov said.")


def test_doc_is_copied_into_every_record():
    assert {q.doc for q in extract("“We are ready,” Peskov said. “We will wait.”", doc="a1")} == {"a1"}


# --------------------------------------------------------------------------------------------
# Speakers: titles and roles, surnames, pronouns, descriptions
# --------------------------------------------------------------------------------------------

ROLES = [
    # title before the name -> role
    ("Kremlin spokesman Dmitry Peskov said the talks had stalled.",
     "Dmitry Peskov", "Kremlin spokesman"),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova said the talks had stalled.",
     "Maria Zakharova", "Russian Foreign Ministry spokeswoman"),
    # apposition after the name -> role, without the article
    ("“We are ready,” Peskov, the Kremlin spokesman, said.",
     "Peskov", "Kremlin spokesman"),
    # parenthesis after the name -> role
    ("“We are ready,” Dmitry Peskov (Kremlin spokesman) stated.",
     "Dmitry Peskov", "Kremlin spokesman"),
    # apposition after an inverted verb
    ("“We are ready,” said Amy Klobuchar, a senator from Minnesota.",
     "Amy Klobuchar", "senator from Minnesota"),
    # an abbreviated title
    ("Sen. Amy Klobuchar said the bill would pass.",
     "Amy Klobuchar", "Sen."),
    # According to <title> <name>, …
    ("According to White House press secretary Karine Jean-Pierre, the United States made an offer.",
     "Karine Jean-Pierre", "White House press secretary"),
]


@pytest.mark.parametrize("text, speaker, role", ROLES)
def test_title_goes_to_role(text, speaker, role):
    q = only(text)
    assert (q.speaker, q.role) == (speaker, role)


def test_surname_takes_the_full_name_used_earlier():
    text = "John Kirby spoke on Monday. “We made an offer,” Kirby said."
    q = only(text)
    assert (q.quote, q.speaker_mention, q.speaker) == ("We made an offer,", "Kirby", "John Kirby")


@pytest.mark.parametrize("text, expected", [
    ("Maria Zakharova said the talks had stalled. “No results yet,” she said.",
     [("indirect", "the talks had stalled", "Maria Zakharova"),
      ("direct", "No results yet,", "Maria Zakharova")]),
    ("Dmitry Peskov said the talks had stalled. “No results yet,” he said.",
     [("indirect", "the talks had stalled", "Dmitry Peskov"),
      ("direct", "No results yet,", "Dmitry Peskov")]),
])
def test_pronoun_takes_the_earlier_speaker(text, expected):
    assert got(text) == expected
    assert extract(text)[-1].speaker_mention in ("she", "he")


@pytest.mark.parametrize("text, expected", [
    ("Maria Zakharova said the talks had stalled. “No results yet,” the diplomat added.",
     [("indirect", "the talks had stalled", "Maria Zakharova"),
      ("direct", "No results yet,", "Maria Zakharova")]),
    ("Maria Zakharova said the talks had stalled. The diplomat added that no date was set.",
     [("indirect", "the talks had stalled", "Maria Zakharova"),
      ("indirect", "no date was set", "Maria Zakharova")]),
])
def test_description_takes_the_earlier_speaker(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“Nobody knows,” a farmer said.", [("direct", "Nobody knows,", "a farmer")]),
    ("“We are ready,” a ministry source said.", [("direct", "We are ready,", "a ministry source")]),
])
def test_description_with_no_name_is_the_speaker(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "“We are ready,” Peskov said. “But we will not wait forever,” he added.",
        [("direct", "We are ready,", "Peskov"), ("direct", "But we will not wait forever,", "Peskov")],
        id="he-after-surname"),
    pytest.param(
        "“We are ready,” Peskov said. He added that the talks would go on.",
        [("direct", "We are ready,", "Peskov"), ("indirect", "the talks would go on", "Peskov")],
        id="He-after-surname"),
])
def test_pronoun_takes_an_earlier_speaker_named_by_surname(text, expected):
    assert got(text) == expected


def test_they_takes_an_earlier_plural_speaker():
    text = "Officials said the talks had stalled. They added that no date was set."
    assert got(text) == [("indirect", "the talks had stalled", "Officials"),
                         ("indirect", "no date was set", "Officials")]


def test_pronoun_takes_a_person_named_earlier():
    text = "Maria Zakharova met reporters on Monday. “No results yet,” she said."
    assert got(text) == [("direct", "No results yet,", "Maria Zakharova")]


def test_she_skips_a_male_speaker():
    text = ("Maria Zakharova said the talks had stalled. Dmitry Peskov said no date was set. "
            "“No results yet,” she said.")
    assert got(text)[-1] == ("direct", "No results yet,", "Maria Zakharova")


def test_possessive_description_after_a_name():
    text = "“We are ready,” Maria Zakharova’s deputy said."
    assert [(q.quote, q.speaker_mention) for q in extract(text)] == [
        ("We are ready,", "Maria Zakharova’s deputy")]


# --------------------------------------------------------------------------------------------
# Continuations and multi-paragraph quotations
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“We made an offer,” Kirby said. “We hope they accept it.”",          # same paragraph
    "“We made an offer,” Kirby said.\n\n“We hope they accept it.”",       # next paragraph
    "“We made an offer,” Kirby said.\n“We hope they accept it.”",         # next line
], ids=["same-paragraph", "next-paragraph", "next-line"])
def test_quotation_with_no_cue_continues_the_previous_speaker(text):
    assert got(text) == [("direct", "We made an offer,", "Kirby"),
                         ("direct", "We hope they accept it.", "Kirby")]


def test_continuation_does_not_jump_over_an_unrelated_paragraph():
    text = ("“We made an offer,” Kirby said.\n\nThe weather was fine.\n\n"
            "“We hope they accept it.”")
    assert got(text) == [("direct", "We made an offer,", "Kirby")]


@pytest.mark.parametrize("text, quote", [
    ("Kirby said: “We made a serious offer.\n\n“It was made sincerely.”",
     "We made a serious offer.\n\n“It was made sincerely."),
    ("Kirby said: “We made a serious offer. We call on them to accept it.\n“It was made sincerely.”",
     "We made a serious offer. We call on them to accept it.\n“It was made sincerely."),
], ids=["blank-line", "single-newline"])
def test_multi_paragraph_quotation_is_one_record(text, quote):
    assert got(text) == [("direct", quote, "Kirby")]


def test_quotation_of_several_sentences_is_one_record():
    assert got("“We tried. We failed. We will try again,” Peskov said.") == [
        ("direct", "We tried. We failed. We will try again,", "Peskov")]


# --------------------------------------------------------------------------------------------
# Partial quotations, block quotations, and what is not a statement
# --------------------------------------------------------------------------------------------

def test_partial_quote_inside_reported_clause_gives_two_records():
    text = "Zakharova said that the talks were handled by “the relevant ministries” in Moscow."
    assert got(text) == [
        ("indirect", "the talks were handled by “the relevant ministries” in Moscow", "Zakharova"),
        ("partial", "the relevant ministries", "Zakharova"),
    ]


def test_partial_quote_in_the_writers_sentence():
    # (whether the sentence also gives an indirect record for "called for …" is not pinned here)
    text = "Lavrov called for a return to “quiet diplomacy” on the issue."
    assert ("partial", "quiet diplomacy", "Lavrov") in got(text)


def test_block_quote_with_trailing_name_and_role():
    text = ("Janet Moore said the budget was too small.\n\n"
            "Our schools need more teachers and smaller classes. We cannot wait another year "
            "Janet Moore education secretary of Ohio")
    assert got(text) == [
        ("indirect", "the budget was too small", "Janet Moore"),
        ("block", "Our schools need more teachers and smaller classes. We cannot wait another year",
         "Janet Moore"),
    ]
    assert extract(text)[1].role == "education secretary of Ohio"


@pytest.mark.parametrize("text", [
    "Kremlin spokesman Dmitry Peskov declined to comment on the reports.",
    "A spokesman for the ministry declined to comment.",
    "Peskov refused to comment on the report.",
])
def test_declined_to_comment_gives_nothing(text):
    assert got(text) == []


@pytest.mark.parametrize("text", [
    "The family watched “Gone with the Wind” on Sunday.",
    "She watched “Top Gun: Maverick” twice last week.",
    "The word “sanctions” appears six times in the text.",
])
def test_title_or_word_in_quote_marks_is_not_attributed(text):
    assert got(text) == []
    assert all(q.speaker is None for q in extract(text, unattributed=True))


def test_unattributed_flag_keeps_scare_quotes_with_no_speaker():
    text = "The family watched “Gone with the Wind” on Sunday."
    assert got(text, unattributed=True) == [("partial", "Gone with the Wind", None)]


def test_title_inside_reported_clause_is_not_a_quotation():
    text = "Lavrov has read “War and Peace” three times, an aide said."
    assert got(text) == [("indirect", "Lavrov has read “War and Peace” three times", "an aide")]


@pytest.mark.parametrize("text", [
    "“We are ready,” Peskov told the newspaper Izvestia.",
    "“We are ready,” Peskov told the Tass news agency.",
])
def test_addressee_after_told_is_not_a_reported_clause(text):
    assert got(text) == [("direct", "We are ready,", "Peskov")]


def test_description_speaker_keeps_its_trailing_phrase():
    text = "The talks have stalled, according to a source familiar with the matter."
    assert got(text) == [("indirect", "The talks have stalled", "a source familiar with the matter")]


def test_what_he_called_is_a_partial_quote():
    text = "Peskov declined to comment on what he called “rumours” in the press."
    assert [q.kind for q in extract(text)] == ["partial"]


# --------------------------------------------------------------------------------------------
# Unbalanced marks
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a stray closing mark
    "The mayor said the plan was a disaster”.\n\n“Nobody knows why,” a farmer said.",
    # an inch mark
    "The 6” pipe burst on Monday.\n\n“Nobody knows why,” a farmer said.",
    # a quotation opened and never closed, then a paragraph that does not open with a mark
    "The mayor called the plan “a disaster.\n\nLater, a farmer said: “Nobody knows why.”",
], ids=["stray-closer", "inch-mark", "unclosed-opener"])
def test_unbalanced_mark_does_not_swallow_the_next_paragraph(text):
    records = got(text)
    assert records[-1][1:] in (("Nobody knows why,", "a farmer"), ("Nobody knows why.", "a farmer"))
    assert all("\n" not in quote for _, quote, _ in records)


# --------------------------------------------------------------------------------------------
# Quote marks, apostrophes, glued marks and odd spaces
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“We are ready,” Peskov said.",      # curly
    '"We are ready," Peskov said.',      # straight
    "«We are ready,» Peskov said.",      # guillemets
    "« We are ready, » Peskov said.",    # guillemets with spaces inside
    "„We are ready,“ Peskov said.",      # German low-high
    "``We are ready,'' Peskov said.",    # TeX / PTB style
], ids=["curly", "straight", "guillemets", "spaced-guillemets", "low-high", "backticks"])
def test_quote_mark_styles(text):
    assert got(text) == [("direct", "We are ready,", "Peskov")]


def test_apostrophes_inside_a_quotation_are_not_marks():
    text = "“We don’t know what Reuters’ sources saw in the ’90s,” Peskov said."
    assert got(text) == [("direct", "We don’t know what Reuters’ sources saw in the ’90s,", "Peskov")]


@pytest.mark.parametrize("text", [
    "Don’t worry about Reuters’ story from the ’90s.",
    "Don't worry about Reuters' story from the '90s.",
])
def test_apostrophes_alone_give_no_quotation(text):
    assert got(text, unattributed=True) == []


@pytest.mark.parametrize("text", [
    "“What we know is that there are no agreements in this area,”Dmitry Peskov said.",
    '"What we know is that there are no agreements in this area,"Dmitry Peskov said.',
], ids=["curly", "straight"])
def test_glued_closing_mark_is_still_attributed(text):
    assert got(text) == [
        ("direct", "What we know is that there are no agreements in this area,", "Dmitry Peskov")]


def test_no_break_spaces():
    text = "“We are ready,”\u00a0Dmitry\u00a0Peskov said."
    q = only(text)
    assert (q.quote, q.speaker_mention) == ("We are ready,", "Dmitry\u00a0Peskov")


def test_no_break_spaces_become_spaces_in_the_speaker_name():
    assert only("“We are ready,”\u00a0Dmitry\u00a0Peskov said.").speaker == "Dmitry Peskov"


def test_doubled_spaces_keep_the_span_exact():
    text = "“We are  ready,”  Dmitry  Peskov  said."
    q = only(text)
    assert (q.quote, q.speaker_mention) == ("We are  ready,", "Dmitry  Peskov")


def test_doubled_spaces_are_collapsed_in_the_speaker_name():
    assert only("“We are  ready,”  Dmitry  Peskov  said.").speaker == "Dmitry Peskov"


def test_speaker_name_keeps_the_articles_apostrophe():
    # ANNOTATION.md writes speakers as the article does, e.g. `CNN’s sources`
    assert only("“We are ready,” Sean O’Brien said.").speaker == "Sean O’Brien"


def test_role_keeps_the_articles_apostrophe():
    q = only("Russia’s Foreign Ministry spokeswoman Maria Zakharova said the talks had stalled.")
    assert q.role == "Russia’s Foreign Ministry spokeswoman"


# --------------------------------------------------------------------------------------------
# Abbreviations
# --------------------------------------------------------------------------------------------

ABBREVIATIONS = [
    ("“The U.S. will not wait. Nor will we,” Kirby said.",
     [("direct", "The U.S. will not wait. Nor will we,", "Kirby")]),
    ("Jane Smith said the U.S. vaccine was safe.",
     [("indirect", "the U.S. vaccine was safe", "Jane Smith")]),
    ("Dr. Jane Smith said the vaccine was safe.",
     [("indirect", "the vaccine was safe", "Jane Smith")]),
    ("“It works,” said Dr. Jane Smith.",
     [("direct", "It works,", "Jane Smith")]),
    ("“We are ready,” Sen. Amy Klobuchar said.",
     [("direct", "We are ready,", "Amy Klobuchar")]),
    ("The vote on Jan. 6 was close, Peskov said.",
     [("indirect", "The vote on Jan. 6 was close", "Peskov")]),
    ("Sen. Amy Klobuchar (D-Minn.) said the bill would pass.",
     [("indirect", "the bill would pass", "Amy Klobuchar")]),
]


@pytest.mark.parametrize("text, expected", ABBREVIATIONS)
def test_abbreviations_do_not_split_sentences(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Amy Klobuchar, D-Minn., said the bill would pass.",
        [("indirect", "the bill would pass", "Amy Klobuchar")], id="party-state-apposition"),
    pytest.param(
        "“We are ready,” Amy Klobuchar, D-Minn., said.",
        [("direct", "We are ready,", "Amy Klobuchar")], id="party-state-after-quote"),
    pytest.param(
        "Jane Smith said on Jan. 5 that the vaccine was safe.",
        [("indirect", "the vaccine was safe", "Jane Smith")], id="said-on-jan-that"),
])
def test_abbreviations_in_attributions(text, expected):
    assert got(text) == expected


# --------------------------------------------------------------------------------------------
# Quotations next to each other and to sentence ends
# --------------------------------------------------------------------------------------------

def test_quotation_ending_a_sentence_keeps_its_own_speaker():
    text = "Peskov said: “We are ready.” Zakharova said the talks had stalled."
    assert got(text) == [("direct", "We are ready.", "Peskov"),
                         ("indirect", "the talks had stalled", "Zakharova")]


def test_reported_clause_stops_at_the_end_of_its_sentence():
    text = "The mayor said the plan was “a disaster.” She said the city would sue."
    assert got(text) == [("indirect", "the plan was “a disaster.”", "The mayor"),
                         ("partial", "a disaster.", "The mayor"),
                         ("indirect", "the city would sue", "The mayor")]


def test_quotation_glued_to_the_previous_sentence_is_direct():
    assert [q.kind for q in extract("It rained.“No,” he said.")] == ["direct"]


def test_two_glued_quotations_are_two_records():
    assert got("Peskov said: “It is over.”“It is not.”") == [
        ("direct", "It is over.", "Peskov"), ("direct", "It is not.", "Peskov")]


def test_two_quotations_before_one_cue_are_not_a_reported_clause():
    assert got("“It is over,” “It is not,” Peskov said.") == [
        ("direct", "It is over,", "Peskov"), ("direct", "It is not,", "Peskov")]


SEED_ARTICLES = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEED_ARTICLES, ids=[s.stem for s in SEED_ARTICLES])
@pytest.mark.parametrize("width", [60, 72, 100])
def test_a_hard_wrapped_article_gives_the_records_of_the_article(seed, width):
    text = seed.read_text(encoding="utf-8")
    wrapped = hard_wrap(text, width)
    assert wrapped != text
    expected = [(q.kind, q.start, q.end, q.speaker, q.rule) for q in extract(text)]
    assert [(q.kind, q.start, q.end, q.speaker, q.rule) for q in extract(wrapped)] == expected


def test_a_line_break_inside_a_sentence_of_a_hard_wrapped_text_joins_it():
    text = ("Kremlin spokesman Dmitry Peskov said on Tuesday that the talks with\r\n"
            "Washington were going nowhere, and he added that the next round of the\r\n"
            "talks was not yet set, though both sides had asked for one before the\r\n"
            "summer. The talks began in May.\r\n")
    assert got(text)[0] == ("indirect", "the talks with\r\nWashington were going nowhere", "Dmitry Peskov")
    one_line = text.replace("\r\n", "  ")       # (the same length: the same offsets)
    assert [(q.kind, q.start, q.end, q.speaker) for q in extract(text)] == \
        [(q.kind, q.start, q.end, q.speaker) for q in extract(one_line)]


# Marks that scraped text writes as HTML entities or as mojibake (UTF-8 read as Windows-1252)
# quote as the marks do; the spans are of the text as written.
ESCAPED_MARKS = [
    ("&quot;We will not wait,&quot; Kirby said.", [("direct", "We will not wait,", "Kirby")]),
    ("&#8220;We will not wait,&#8221; Kirby said.", [("direct", "We will not wait,", "Kirby")]),
    ("&ldquo;We will not wait,&rdquo; Kirby said &mdash; twice.", [("direct", "We will not wait,", "Kirby")]),
    ("\u00e2\u20ac\u0153We will not wait,\u00e2\u20ac\u009d Kirby said.", [("direct", "We will not wait,", "Kirby")]),
    # (the last byte of a closing mark is often lost)
    ("\u00e2\u20ac\u0153We will not wait,\u00e2\u20ac Kirby said.", [("direct", "We will not wait,", "Kirby")]),
    ("Ruiz said the bridge is \u00e2\u20ac\u0153safe\u00e2\u20ac.", [("indirect", "the bridge is \u00e2\u20ac\u0153safe\u00e2\u20ac", "Ruiz"),
                                                  ("partial", "safe", "Ruiz")]),
    # (a mojibake apostrophe is no mark)
    ("Ruiz said the bridge won\u00e2\u20ac\u2122t open.", [("indirect", "the bridge won\u00e2\u20ac\u2122t open", "Ruiz")]),
    # an escaped space or ampersand in a name reads as written plainly
    ("Ana&nbsp;Ruiz said the bridge is safe.", [("indirect", "the bridge is safe", "Ana Ruiz")]),
    ("&ldquo;We will not wait,&rdquo; said Johnson&amp;Johnson spokesman Tom Bell.",
     [("direct", "We will not wait,", "Tom Bell")]),
    # a reported clause that opens with an escaped mark holds all of it
    ("Kirby said &quot;no&quot; to the plan.",
     [("indirect", "&quot;no&quot; to the plan", "Kirby"), ("partial", "no", "Kirby")]),
]


@pytest.mark.parametrize("text, expected", ESCAPED_MARKS)
def test_marks_written_as_entities_or_mojibake_quote(text, expected):
    assert got(text) == expected


def test_a_boilerplate_line_between_a_quote_and_its_speaker_is_skipped():
    text = ("Peskov said the talks were over. \u201cWe have nothing to add,\u201d he told reporters.  "
            "Story continues below advertisement  \u201cNothing at all.\u201d")
    assert got(text)[-1] == ("direct", "Nothing at all.", "Peskov")


# Markdown, and html2text's rendering of a page: emphasis stars and the "> " of a quoted block
# are layout, not words
MARKDOWN = [
    ("**Ana Ruiz** said the plan would fail.", [("indirect", "the plan would fail", "Ana Ruiz")]),
    ("> “We will not stop,” Ruiz said.", [("direct", "We will not stop,", "Ruiz")]),
    # (a hard-wrapped quoted block joins like any wrapped text)
    ("> “We will build the bridge this year and the ferry will run\n> until the bridge opens, whatever it costs "
     "the city and the\n> state and the people who live here, and we will not stop\n> until it is done,” Ruiz said.",
     [("direct", "We will build the bridge this year and the ferry will run\n> until the bridge opens, whatever it "
                 "costs the city and the\n> state and the people who live here, and we will not stop\n> until it is done,",
       "Ruiz")]),
    ("**RUIZ:** We will build the bridge this year.\n\n**BELL:** We will not pay for it.",
     [("indirect", "We will build the bridge this year", "RUIZ"), ("indirect", "We will not pay for it", "BELL")]),
]


@pytest.mark.parametrize("text, expected", MARKDOWN)
def test_markdown_layout_is_no_part_of_the_words(text, expected):
    assert got(text) == expected
