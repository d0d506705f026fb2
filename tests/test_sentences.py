"""Golden rules for the sentence splitter (``quotex.sentences``).

Each rule is an input and the sentences expected, as slices of the input. Paragraphs are
lines; a sentence never ends inside a quotation (so a quotation and its cue stay together).
Known failures stay in the table as ``xfail(strict=True)``: never delete a rule, fix the
splitter and remove the mark.
"""
from __future__ import annotations

import pytest

from quotex.normalize import working_copy
from quotex.quotes import find_quotes
from quotex.sentences import paragraphs, sentences


def split(text: str) -> list[str]:
    work = working_copy(text)
    paras = paragraphs(work)
    quoted = [(q.open, q.close) for q in find_quotes(text, work, paras)]
    return [text[s.start:s.end] for s in sentences(work, paras, quoted)]


def bug(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


GOLDEN_RULES = [
    # plain stops
    ("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
    ("What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
    ("There it is! I found it.", ["There it is!", "I found it."]),
    ("Is this it?! Yes.", ["Is this it?!", "Yes."]),
    ("Wait!!! Stop.", ["Wait!!!", "Stop."]),
    ("Wait... What happened?", ["Wait...", "What happened?"]),
    ("The talks failed… The next round is in May.", ["The talks failed…", "The next round is in May."]),
    ("The Kremlin said so. 2022 was a hard year.", ["The Kremlin said so.", "2022 was a hard year."]),
    ("The vote was 52 to 48. Democrats objected.", ["The vote was 52 to 48.", "Democrats objected."]),
    # numbers
    ("It grew 2.5 percent. Prices rose.", ["It grew 2.5 percent.", "Prices rose."]),
    ("She has $100.00 in her bag.", ["She has $100.00 in her bag."]),
    # initials
    ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
    ("George W. Bush spoke. He left.", ["George W. Bush spoke.", "He left."]),
    ("The author J.K. Bell spoke. He left.", ["The author J.K. Bell spoke.", "He left."]),
    ("George H.W. Bush spoke.", ["George H.W. Bush spoke."]),
    ("He moved to L.A. The city was warm.", ["He moved to L.A.", "The city was warm."]),
    # a run of 16 or more spaces inside a line is a layout gap, as a line break is
    ("Ruiz said the talks" + " " * 20 + "Bell left.", ["Ruiz said the talks", "Bell left."]),
    ("Ruiz said the talks" + " " * 4 + "had failed.", ["Ruiz said the talks    had failed."]),
    # "No." and "fig." abbreviate only before a number
    ("Bill No. 5 passed. Ruiz said no. Bell said yes.", ["Bill No. 5 passed.", "Ruiz said no.", "Bell said yes."]),
    ("See fig. 2 below.", ["See fig. 2 below."]),
    # titles never end a sentence
    ("Mr. and Mrs. Smith arrived. They left.", ["Mr. and Mrs. Smith arrived.", "They left."]),
    ("Sen. Warren and Rep. Jordan spoke on Monday.", ["Sen. Warren and Rep. Jordan spoke on Monday."]),
    ("Dr. Jane Smith arrived at 5 p.m. on Friday.", ["Dr. Jane Smith arrived at 5 p.m. on Friday."]),
    ("Gen. Mark Milley spoke. He left.", ["Gen. Mark Milley spoke.", "He left."]),
    ("Govs. Ruiz and Bell spoke. They left.", ["Govs. Ruiz and Bell spoke.", "They left."]),
    ("Fr. Tom Ruiz spoke. He left.", ["Fr. Tom Ruiz spoke.", "He left."]),
    ("Prof. Li said the U.K. economy grew 2.5 percent. Others disagreed.",
     ["Prof. Li said the U.K. economy grew 2.5 percent.", "Others disagreed."]),
    # states and parties
    ("Amy Klobuchar, D-Minn., spoke on Monday. She left early.",
     ["Amy Klobuchar, D-Minn., spoke on Monday.", "She left early."]),
    ("Rep. Jim Jordan, R-Ohio, spoke. He left.", ["Rep. Jim Jordan, R-Ohio, spoke.", "He left."]),
    # months, places, companies
    ("The vote is on Jan. 6 in Washington.", ["The vote is on Jan. 6 in Washington."]),
    ("He was born on Jan. 5, 2001, in Ohio.", ["He was born on Jan. 5, 2001, in Ohio."]),
    ("The talks ended in Jan. The next round is in March.",
     ["The talks ended in Jan.", "The next round is in March."]),
    ("I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
    ("St. Louis is in Missouri.", ["St. Louis is in Missouri."]),
    ("She lives on Main St. in Ohio.", ["She lives on Main St. in Ohio."]),
    ("Apple Inc. said it would appeal.", ["Apple Inc. said it would appeal."]),
    ("They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
     ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
    ("He cited Smith et al. in the report.", ["He cited Smith et al. in the report."]),
    ("It is No. 1 in the charts.", ["It is No. 1 in the charts."]),
    # U.S. and friends: a sentence end only when a function word follows
    ("I visited the U.S. last year.", ["I visited the U.S. last year."]),
    ("I work for the U.S. Government in Virginia.", ["I work for the U.S. Government in Virginia."]),
    ("I have lived in the U.S. for 20 years.", ["I have lived in the U.S. for 20 years."]),
    ("The U.S. and the U.K. agreed.", ["The U.S. and the U.K. agreed."]),
    ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
    ("I live in the U.S. The talks go on.", ["I live in the U.S.", "The talks go on."]),
    ("The U.N. Security Council met. It adjourned.", ["The U.N. Security Council met.", "It adjourned."]),
    ("He moved to Washington, D.C. The city was cold.", ["He moved to Washington, D.C.", "The city was cold."]),
    ("He moved to Washington, D.C. in 2001.", ["He moved to Washington, D.C. in 2001."]),
    ("It was 10 a.m. on Monday. Nobody came.", ["It was 10 a.m. on Monday.", "Nobody came."]),
    pytest.param("The meeting ran until 5 p.m. Nobody left.", ["The meeting ran until 5 p.m.", "Nobody left."], id="pm-then-capital"),
    # brackets
    ("He asked (why not?) and left.", ["He asked (why not?) and left."]),
    ("(It was late.) Nobody came.", ["(It was late.)", "Nobody came."]),
    ("He said it was over. (It was not.)", ["He said it was over.", "(It was not.)"]),
    ("Peskov (Kremlin spokesman) spoke. Zakharova followed.",
     ["Peskov (Kremlin spokesman) spoke.", "Zakharova followed."]),
    # quotations: no sentence end inside one
    ("“We tried. We failed,” he said. Then he left.", ["“We tried. We failed,” he said.", "Then he left."]),
    ("“Is it over?” she asked. “No.”", ["“Is it over?” she asked.", "“No.”"]),
    ("“The U.S. will not wait. Nor will we,” Kirby said.", ["“The U.S. will not wait. Nor will we,” Kirby said."]),
    ("“Yes.” — Peskov", ["“Yes.” — Peskov"]),
    ("He said: “We tried. We failed.” Then he left.", ["He said: “We tried. We failed.”", "Then he left."]),
    ("He said: “We tried. We failed.”Then he left.", ["He said: “We tried. We failed.”", "Then he left."]),
    ("“It is over.” “It is not.”", ["“It is over.”", "“It is not.”"]),
    pytest.param("It rained.“No,” he said.", ["It rained.", "“No,” he said."], id="glued-opening-mark"),
    # paragraphs: one per line, trimmed
    ("One.\nTwo.", ["One.", "Two."]),
    ("One.\r\nTwo.", ["One.", "Two."]),
    ("First line\n\nSecond line", ["First line", "Second line"]),
    ("  Indented line.  ", ["Indented line."]),
    ("No stop at the end", ["No stop at the end"]),
    ("", []),
    (" \n\n \t ", []),
    # hard-wrapped text (each line ends where the next word would not fit): a paragraph runs to a
    # blank line, a short last line, a list item or a speaker's turn
    ("The council met on Monday to discuss the new\nbridge and the ferry, which the mayor said would\n"
     "close in May. Residents were not told of the plan\nuntil a week later, when the notices went up.\n\n"
     "The next meeting is in June, the clerk said, and\nit will be open to all.",
     ["The council met on Monday to discuss the new\nbridge and the ferry, which the mayor said would\nclose in May.",
      "Residents were not told of the plan\nuntil a week later, when the notices went up.",
      "The next meeting is in June, the clerk said, and\nit will be open to all."]),
    ("The council met on Monday to discuss the new\nbridge and the ferry, which the mayor said would\n"
     "close in May. Residents were not told of the plan\nuntil a week later, when the notices went up.\n"
     "They asked for:\n- a new date\n- a vote",
     ["The council met on Monday to discuss the new\nbridge and the ferry, which the mayor said would\nclose in May.",
      "Residents were not told of the plan\nuntil a week later, when the notices went up.",
      "They asked for:", "- a new date", "- a vote"]),
    ("Mayor Ruiz: We will build the bridge this year and the ferry\nwill run until the bridge opens, whatever "
     "it costs the city\nReporter: Will the council pay for all of it, or will the\nstate help with the cost "
     "of the new bridge?\nMayor Ruiz: The state will pay half of it, and the city will\npay the rest of it "
     "over the next ten years, as we planned",
     ["Mayor Ruiz: We will build the bridge this year and the ferry\nwill run until the bridge opens, whatever it "
      "costs the city", "Reporter: Will the council pay for all of it, or will the\nstate help with the cost of "
      "the new bridge?", "Mayor Ruiz: The state will pay half of it, and the city will\npay the rest of it over the "
      "next ten years, as we planned"]),
    ("RUIZ: We will build the bridge this year and the\nferry will run until it opens, whatever it costs\n"
     "the city and its people\nBELL: We will not pay for it, and the council will\nnot vote for it either, "
     "not this year and not the\nnext",
     ["RUIZ: We will build the bridge this year and the\nferry will run until it opens, whatever it costs\n"
      "the city and its people",
      "BELL: We will not pay for it, and the council will\nnot vote for it either, not this year and not the\nnext"]),
    # a boilerplate line of a scraped page, or such a phrase between two sentences, is no sentence
    # (boilerplate.txt); inside a sentence it is a word
    ("He left.\nAdvertisement\nShe stayed.", ["He left.", "She stayed."]),
    ("He left.  Story continues below advertisement  She stayed.", ["He left.", "She stayed."]),
    ("He ran a campaign advertisement. She stayed.", ["He ran a campaign advertisement.", "She stayed."]),
    # (nor is a headline, byline and dateline of one width: each opens with a capital)
    ("Council votes to close the ferry after a decade of losses\nBy Tom Bell and Ana Ruiz, Staff "
     "Writers, Salem Daily Planet\nPublished Monday, March 3, 2025, updated at 10:42 in the\n“It loses money,” "
     "said Jo Cole, the clerk.",
     ["Council votes to close the ferry after a decade of losses",
      "By Tom Bell and Ana Ruiz, Staff Writers, Salem Daily Planet",
      "Published Monday, March 3, 2025, updated at 10:42 in the", "“It loses money,” said Jo Cole, the clerk."]),
    # (short lines of a list are no wrapped text, nor are lines that end their sentences, nor two
    # lines alone, nor a table's rows)
    ("Mayor Ana Ruiz says the bridge will reopen next month\nTom Bell said on Monday that the repairs "
     "were finished\nThe city", ["Mayor Ana Ruiz says the bridge will reopen next month",
                                 "Tom Bell said on Monday that the repairs were finished", "The city"]),
    ("Name      Role        City      Comment\nAna Ruiz  Mayor       Salem     will reopen the bridge\n"
     "Tom Bell  Engineer    Salem     says the repairs are done\nJo Cole   Clerk       Salem     has no comment",
     ["Name      Role        City      Comment", "Ana Ruiz  Mayor       Salem     will reopen the bridge",
      "Tom Bell  Engineer    Salem     says the repairs are done", "Jo Cole   Clerk       Salem     has no comment"]),
    ("Stop the cuts\nOpen the ferry\nFix the bridge", ["Stop the cuts", "Open the ferry", "Fix the bridge"]),
    ("The council met on Monday to discuss the bridge.\nThe mayor said the ferry would close.\n"
     "Residents were not told of it.",
     ["The council met on Monday to discuss the bridge.", "The mayor said the ferry would close.",
      "Residents were not told of it."]),
]


@pytest.mark.parametrize("text, expected", GOLDEN_RULES)
def test_sentences(text, expected):
    assert split(text) == expected
