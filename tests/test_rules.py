"""One example per attribution rule and per error cause fixed (benchmarks/ACCURACY.md).

Every sentence here is written for the test; none is taken from an annotated corpus. Each row
gives the text and the records expected: (kind, quote, speaker) and, where it matters, the
rule that must fire.
"""
from __future__ import annotations

import pytest

import quotex


def got(text: str, unattributed: bool = False) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.quote, q.speaker) for q in quotex.extract(text, unattributed=unattributed)]


def rules(text: str) -> list[str]:
    return [q.rule for q in quotex.extract(text)]


REPORTED = [
    # so is a contrast or a circumstance the writer adds at the end with ", while" or ", with"
    ("Bell said the ferry will stay open, with two new boats arriving in May.",
     [("indirect", "the ferry will stay open", "Bell")]),
    ("About half of the riders said the fares were fair, while a third wanted them cut.",
     [("indirect", "the fares were fair", "half of the riders")]),
    # a relative clause that runs to the end of a reported clause is the writer's word on the noun
    # before it
    ("Bell said he would run against Tom Ruiz, who has led the council since 2012.",
     [("indirect", "he would run against Tom Ruiz", "Bell")]),
    ("Bell said she will close the ferry route, which opened in 1994.",
     [("indirect", "she will close the ferry route", "Bell")]),
    # a comparison with "as" and an auxiliary before its subject is the writer's addition
    ("Two council members said they will not back the levy, as has the mayor of Salem.",
     [("indirect", "they will not back the levy", "Two council members")]),
    # an object ends at the speaker's next verb known by an auxiliary or an irregular past
    ("Ruiz talked about the ferry schedule and made remarks about the harbor.",
     [("indirect", "the ferry schedule", "Ruiz")]),
    # a concession after a dash that no dash closes is the writer's, not part of what was said
    ("Aides say the senator will seek a third term — though it is unclear whether voters will agree.",
     [("indirect", "the senator will seek a third term", "Aides")]),
    # a participle cue's record ends before a second participle of the speaker with its own object
    ("The mayor spoke for an hour, proposing a new levy on ferries and taunting the council over its budget.",
     [("indirect", "a new levy on ferries", "The mayor")]),
    # a first sentence in title case is read as a headline only when it is short
    ("House Mary Told Budget John Boris Week Leader Leader Week Vote Police City Council People Angela " * 30, []),
    # a second verb of the sentence's subject in a list
    ("The agency delayed the report, admitted it withheld emails, and closed the office.",
     [("indirect", "it withheld emails", "The agency")]),
    # an opening participle after a conjunction or adverb takes the main clause's subject
    ("Now, after noting the cost of the ferry, Ruiz left the hall.",
     [("indirect", "the cost of the ferry", "Ruiz")]),
    # adverbs of frequency between a subject and its verb
    ("The union has twice complained that the ferry was late.",
     [("indirect", "the ferry was late", "The union")]),
    # NUMBER in other_senses.txt is a number in digits, not the word "number"
    ("The economy added 151,000 jobs.", []),
    ("Ruiz added number theory was hard.", [("indirect", "number theory was hard", "Ruiz")]),
    # a verb that asks or wants its object to speak reports nothing said ("led" does)
    ("The council wanted Ana Ruiz to say the bridge was safe.", []),
    ("Bell challenged Ana Ruiz to admit the bridge was unsafe.", []),
    ("The vote led Ana Ruiz to declare the bridge was safe.", [("indirect", "the bridge was safe", "Ana Ruiz")]),
    # a passive cue whose agent follows after a few words: the agent said it, of the subject
    ("The old mill was recommended for the prize by the city council.",
     [("indirect", "The old mill", "the city council")]),
    # a participle cue after a verb of beginning or stopping: the subject of that verb speaks
    ("Ana Ruiz has lately begun saying that the bridge is unsafe.",
     [("indirect", "the bridge is unsafe", "Ana Ruiz")]),
    # a to-infinitive cue: its speaker is the object of a verb that hands it on, or else the
    # sentence's subject
    ("Ana Ruiz went on the radio to say the bridge was unsafe.",
     [("indirect", "the bridge was unsafe", "Ana Ruiz")]),
    ("The vote led Ana Ruiz to declare that the race was over.",
     [("indirect", "the race was over", "Ana Ruiz")]),
    # ... or, past a subordinate clause's opening or a long phrase, the subject of a verb of going
    # or using that the infinitive follows; not that of another verb, nor a future "going to"
    ("The hall was quiet until Kiro Tan went before the harbor board on Friday to declare that the ferry was late.",
     [("indirect", "the ferry was late", "Kiro Tan")]),
    ("In the debate on the levy, Tom Vey used his closing minutes of the evening to say the budget was short.",
     [("indirect", "the budget was short", "Tom Vey")]),
    ("The hall was quiet until Kiro Tan failed before the harbor board on Friday to declare that the ferry was late.", []),
    ("The hall was quiet until Kiro Tan was going to declare that the ferry was late.", []),
    # a participle right after a noun (a memo explaining …) speaks for the subject of the verb
    # whose object it modifies; not after a noun of people (voters saying …: they speak)
    ("Ana Ruiz sent a memo to the board in April explaining that the fares would rise.",
     [("indirect", "the fares would rise", "Ana Ruiz")]),
    ("The mayor met with voters saying the vote was rigged.", []),
    # a participle after a quotation's inverted speaker and a phrase of place or time
    ("“The port is safe,” said Jo Ruiz during the hearing, adding that the ferry would run.",
     [("direct", "The port is safe,", "Jo Ruiz"), ("indirect", "the ferry would run", "Jo Ruiz")]),
    # a second verb after "and" through a verb that hands its subject on ("and moved to | stress")
    ("After the vote, though, Jo Ruiz quickly dropped the whole fare plan for the harbor and moved to stress"
     " that the ferry was safe.",
     [("indirect", "the ferry was safe", "Jo Ruiz")]),
    # a short phrase of place or time between "but" and a second verb
    ("The mayor stayed silent, but in a radio interview said she had signed the deal.",
     [("indirect", "she had signed the deal", "The mayor")]),
    # "neither" and "either" open a description as other determiners do
    ("Ruiz and Bell oppose the plan, but neither mayor has spoken out about the vote.",
     [("indirect", "the vote", "neither mayor")]),
    # a count of people as a clause's subject: "…, at least 21,000 said", "… and 160 have not …"
    ("Since May, when she asked crews to stay, at least 2,000 said they would.",
     [("indirect", "they would", "at least 2,000")]),
    # a relative joined by "and" or "but" to an earlier one names the same phrase; "many of whom"
    ("The plan angered the crews, many of whom say the fares are unfair.",
     [("indirect", "the fares are unfair", "the crews")]),
    ("The mayor met Jo Ruiz, whose district backed Bell but who suggested that the ferry could close.",
     [("indirect", "the ferry could close", "Jo Ruiz")]),
    # a participle after "and" and a verb of beginning goes on with the sentence's subject
    ("Ana Ruiz left the council for a bank and began writing columns defending the tax cuts.",
     [("indirect", "columns defending the tax cuts", "Ana Ruiz")]),
    # a participle after a preposition: the subject of the clause its phrase ends (a relative "who"
    # too), not a mention of an earlier clause
    ("Jo Ruiz praised the crews but then stopped short of calling for a new vote.",
     [("indirect", "a new vote", "Jo Ruiz")]),
    ("The crews met the mayor, who later made a point of saying the fares would rise.",
     [("indirect", "the fares would rise", "the mayor")]),
    # a speech noun after a verb that makes the statement: the speaker is that verb's subject
    ("Ana Ruiz made no mention of the bridge in her speech.",
     [("indirect", "the bridge", "Ana Ruiz")]),
    ("Ana Ruiz made an impassioned call for a new bridge.",
     [("indirect", "a new bridge", "Ana Ruiz")]),
    # (a lower-case modifier the tokenizer splits, a combining mark first, keeps the determiner
    # in reach of the search: its pre-test reads the tokens of the search's own window)
    ("Ana Ruiz made an \u0345old \u0345and \u0345odd call for a new bridge.",
     [("indirect", "a new bridge", "Ana Ruiz")]),
    # a "who" after a dash names the subject before the dash; the aside ends at the next dash
    ("Ana Ruiz — who said last year that the bridge was safe — now says it must close.",
     [("indirect", "the bridge was safe", "Ana Ruiz"), ("indirect", "it must close", "Ana Ruiz")]),
    # "who" after a phrase whose head is no person stands for the person that ends the phrase
    ("Ana Ruiz went on the radio with Tom Bell, who said the plan would fail.",
     [("indirect", "the plan would fail", "Tom Bell")]),
    ("The mayor spoke with Bell, who said the plan would fail.",
     [("indirect", "the plan would fail", "Bell")]),
    ("Ruiz sent a letter to the mayor, who said the plan would fail.",
     [("indirect", "the plan would fail", "the mayor")]),
    # (but a person's head, a source idiom or a name keeps the whole phrase)
    ("Ruiz hired a spokesman for Bell, who said the plan would fail.",
     [("indirect", "the plan would fail", "a spokesman for Bell")]),
    ("Ruiz met people familiar with the talks, who said the plan would fail.",
     [("indirect", "the plan would fail", "people familiar with the talks")]),
    ("Ruiz met the head of the Alliance for Safe Bridges, who said the plan would fail.",
     [("indirect", "the plan would fail", "the head of the Alliance for Safe Bridges")]),
    # two roles joined by "and" describe one speaker
    ("The veteran mayor and former state senator said the city needed a bridge.",
     [("indirect", "the city needed a bridge", "The veteran mayor and former state senator")]),
    # a person after "after" opens a clause of time with its own speaker
    ("The bill stalled after the state's governor suggested he would veto it.",
     [("indirect", "he would veto it", "the state's governor")]),
    # the mention before the verb sits in a relative clause of the subject, which speaks
    ("So even economists who favor new taxes agree that the plan will be slow.",
     [("indirect", "the plan will be slow", "economists")]),
    # a participle after a dash goes on with the sentence's speaker, as after a comma
    ("Ana Ruiz changed her vote on the spot — saying she now backs the bridge.",
     [("indirect", "she now backs the bridge", "Ana Ruiz")]),
    # a negated auxiliary stands between the subject and its verb like "did not" does
    ("Ana Ruiz won't say whether the bridge will reopen.",
     [("indirect", "whether the bridge will reopen", "Ana Ruiz")]),
    ("Ana Ruiz isn't saying what the bridge will cost.",
     [("indirect", "what the bridge will cost", "Ana Ruiz")]),
    # verb + that, and the gap before "that"
    ("Mayor Ana Ruiz said on Monday that the bridge would reopen.",
     [("indirect", "the bridge would reopen", "Ana Ruiz")]),
    ("The agency told reporters that the data was lost.",
     [("indirect", "the data was lost", "The agency")]),
    ("Ruiz said to the crowd that the bridge would reopen.",
     [("indirect", "the bridge would reopen", "Ruiz")]),
    ("Ruiz said on Friday to the Daily Planet that the bridge would reopen.",
     [("indirect", "the bridge would reopen", "Ruiz")]),
    ("Ruiz told The United Gazette on Friday that the bridge would reopen.",      # a name in -ed is no verb
     [("indirect", "the bridge would reopen", "Ruiz")]),
    ("Ruiz said in an interview with the Daily Planet last week that the bridge would reopen.",
     [("indirect", "the bridge would reopen", "Ruiz")]),
    ("Ruiz told a crowded hall in Ohio that the bridge would reopen.",
     [("indirect", "the bridge would reopen", "Ruiz")]),
    ("Ruiz said the engineer J.K. Bell had checked the bridge.",                 # run-together initials end no sentence
     [("indirect", "the engineer J.K. Bell had checked the bridge", "Ruiz")]),
    # what a content verb takes is the statement, but an addressee is not
    ("Ruiz stressed the fragile state of the budget.",
     [("indirect", "the fragile state of the budget", "Ruiz")]),
    ("Ruiz warned against building the bridge.", [("indirect", "building the bridge", "Ruiz")]),
    # whom it was said to may stand between a verb and its particle
    ("Ruiz spoke to CNN about the bridge.", [("indirect", "the bridge", "Ruiz")]),
    ("Ruiz talked with Fox News about the ferry.", [("indirect", "the ferry", "Ruiz")]),
    ("Friends speak with admiration of Ruiz.", []),
    ("Earlier, Bell, author of a book, spoke with the Planet about Ruiz.", []),     # Ruiz is no speaker
    ("Ruiz emphasized the need for a second bridge.", [("indirect", "the need for a second bridge", "Ruiz")]),
    ("Ruiz reiterated her support for the ferry.", [("indirect", "her support for the ferry", "Ruiz")]),
    ("Ruiz argued against the plan.", [("indirect", "the plan", "Ruiz")]),
    # a time word before a bare clause is a whole word: not "once|-closed", "again|st"
    ("Ruiz said once-closed roads would reopen.", [("indirect", "once-closed roads would reopen", "Ruiz")]),
    ("Ruiz described a plan that would close the bridge.",
     [("indirect", "a plan that would close the bridge", "Ruiz")]),
    ("Ruiz reported raising the tax on the bridge.", [("indirect", "raising the tax on the bridge", "Ruiz")]),
    ("Ruiz said to the camera.", []),
    # an object ends at a clause of time with a participle or its own subject pronoun
    ("Ruiz announced the new bridge plan before leaving the city.", [("indirect", "the new bridge plan", "Ruiz")]),
    # an object ends at a participle after a comma, but not at an adjective in a list
    ("Ruiz promised to build a new bridge, leaving the ferry crews without work.",
     [("indirect", "to build a new bridge", "Ruiz")]),
    ("Ruiz called the ferry a slow, noisy and costly boat.",
     [("indirect", "the ferry a slow, noisy and costly boat", "Ruiz")]),
    # an object ends at the speaker's next verb with its own object after "and" / "but" (not at an
    # adjective joined to another: "a fair and balanced review")
    ("Ruiz mentioned the ferry crews and thanked them for their work.",
     [("indirect", "the ferry crews", "Ruiz")]),
    ("Ruiz called for a fair and balanced review of the toll.",
     [("indirect", "a fair and balanced review of the toll", "Ruiz")]),
    # what is said in a subordinate clause opened inside the sentence ends where the main clause resumes
    ("In a year when Ruiz talked about the new toll, the council kept quiet.",
     [("indirect", "the new toll", "Ruiz")]),
    ("In the weeks since Ruiz says the toll is fair, Bell said the bridge is safe.",
     [("indirect", "the toll is fair", "Ruiz"), ("indirect", "the bridge is safe", "Bell")]),
    # an object ends at the writer's indefinite apposition that runs to its end (not one it encloses)
    ("Ruiz cited the budget report, a document the council ignored.",
     [("indirect", "the budget report", "Ruiz")]),
    ("Ruiz called Bell, a lawyer, a careless builder.",
     [("indirect", "Bell, a lawyer, a careless builder", "Ruiz")]),
    # an object ends at a spaced hyphen as at a dash
    ("Ruiz stressed the fragile state of the budget - a point the council ignored.",
     [("indirect", "the fragile state of the budget", "Ruiz")]),
    # "call" names its object, but not after a description or as a telephone call
    ("Ruiz called the budget a dangerous gamble.",
     [("indirect", "the budget a dangerous gamble", "Ruiz")]),
    ("A group called Friends of the Bridge met on Monday.", []),
    ("Ruiz called the mayor to thank her.", []),
    ("Ruiz called him a careless builder.", [("indirect", "him a careless builder", "Ruiz")]),   # a pronoun named
    ("Ruiz called it reckless.", [("indirect", "it reckless", "Ruiz")]),
    ("Ruiz called him at home on Monday.", []),
    ("Ruiz called it quits.", []),
    # bare clause after a verb that takes one, with a time word or a pronoun-led phrase first
    ("Ruiz said Tuesday the bridge was safe.", [("indirect", "the bridge was safe", "Ruiz")]),
    ("Ruiz said after the vote she would resign.", [("indirect", "she would resign", "Ruiz")]),
    ("Ruiz says running for office is hard.", [("indirect", "running for office is hard", "Ruiz")]),
    ("Only 9 percent say the bridge is safe.", [("indirect", "the bridge is safe", "9 percent")]),
    ("Ruiz said: The bridge is safe.", [("indirect", "The bridge is safe", "Ruiz")]),
    ("The deal is done, his aide, Tad Lee, told The Daily Planet.",
     [("indirect", "The deal is done", "Tad Lee")]),
    ("Ruiz says voters are “right to be angry,” and hungry for change.",
     [("indirect", "voters are “right to be angry,” and hungry for change", "Ruiz"),
      ("partial", "right to be angry,", "Ruiz")]),
    # an object is not a clause: "added a note", "told the newspaper"
    ("He added a note of caution about the budget.", []),
    ("Ruiz added a stop to her tour in May.", []),                      # the month is no modal
    ("Ruiz maintains a wide lead over Lee among older voters.", []),     # "maintain" needs "that"
    ("Ruiz told the Daily Planet on Friday.", []),
    ("“The bridge is safe,” Ruiz told Daily Planet Sports.",        # a capitalised word is no verb
     [("direct", "The bridge is safe,", "Ruiz")]),
    ("“The bridge is safe,” Ruiz said late last week.",              # after a quotation, an adverbial
     [("direct", "The bridge is safe,", "Ruiz")]),
    ("“The bridge is safe,” Ruiz told the council as she walked out.",   # an addressee and a clause of time
     [("direct", "The bridge is safe,", "Ruiz")]),
    ("Ruiz told reporters she would not resign.", [("indirect", "she would not resign", "Ruiz")]),
    # a named addressee before a bare clause is no part of it
    ("Ruiz told CNN the bridge was unsafe.", [("indirect", "the bridge was unsafe", "Ruiz")]),
    ("Ruiz told The Daily Planet the bridge was unsafe.", [("indirect", "the bridge was unsafe", "Ruiz")]),
    ("Ruiz told CNN the story.", []),
    ("Ruiz pointed out the bridge had been closed twice.", [("indirect", "the bridge had been closed twice", "Ruiz")]),
    ("Ruiz told Channel Five she'd run again.", [("indirect", "she'd run again", "Ruiz")]),
    # the cue closes the clause, or stands inside it
    ("The bridge will reopen in May, the mayor's office said in a statement.",
     [("indirect", "The bridge will reopen in May", "the mayor's office")]),
    ("The bridge, Ruiz said, will reopen in May.",
     [("indirect", "The bridge", "Ruiz"), ("indirect", "will reopen in May", "Ruiz")]),
    ("The bridge will close for a month, Ruiz said, and the ferry will run twice an hour.",   # "and" goes on
     [("indirect", "The bridge will close for a month", "Ruiz"), ("indirect", "and the ferry will run twice an hour", "Ruiz")]),
    ("The bridge, according to the council, will reopen in May.",
     [("indirect", "The bridge", "the council"), ("indirect", "will reopen in May", "the council")]),
    ("The bridge is safe, according to the council, although the mayor disagrees.",
     [("indirect", "The bridge is safe", "the council")]),
    ("According to early results of a survey conducted for the council by a firm in Ohio, the bridge is safe.",
     [("indirect", "the bridge is safe", "early results of a survey conducted")]),
    ("During her years in office, Ruiz said, the city grew.",
     [("indirect", "the city grew", "Ruiz")]),
    # an adverbial before "X said," is part of what was said when a clause follows the comma
    ("In the long run, Ruiz said, the levy will pay for the bridge.",
     [("indirect", "In the long run", "Ruiz"), ("indirect", "the levy will pay for the bridge", "Ruiz")]),
    ("In an interview on Monday, Ruiz said, the levy will pay for the bridge.",     # (not the occasion)
     [("indirect", "the levy will pay for the bridge", "Ruiz")]),
    # the clause before a parenthetical cue is part of what was said when "that" follows it
    ("It is no surprise, Ruiz said, that the ferry is late.",
     [("indirect", "It is no surprise", "Ruiz"), ("indirect", "the ferry is late", "Ruiz")]),
    ("The town resisted, but the cost was so high, Ruiz noted, that the ferry closed.",
     [("indirect", "the cost was so high", "Ruiz"), ("indirect", "the ferry closed", "Ruiz")]),
    # a relative clause with no pronoun: the noun it modifies is a part of what was said
    ("The toll was a burden the council said was unfair.",
     [("indirect", "a burden", "the council"), ("indirect", "was unfair", "the council")]),
    ("In the end the agency said was wrong.", [("indirect", "was wrong", "the agency")]),
    # a speaker named after the verb may be followed by adverbials that end the sentence
    ("The bridge is safe, said Ana Ruiz in a statement.", [("indirect", "The bridge is safe", "Ana Ruiz")]),
    ("The bridge is safe, said members will help in May.", []),
    ("Since then, according to the council, the ferry has run late.",
     [("indirect", "Since then", "the council"), ("indirect", "the ferry has run late", "the council")]),
    ("But, according to the council, the ferry has run late.",
     [("indirect", "the ferry has run late", "the council")]),
    ("As Ruiz noted, the city has grown.", [("indirect", "the city has grown", "Ruiz")]),
    ("As reported by the Daily Planet, the bridge was closed for a week.",    # a passive with its agent
     [("indirect", "the bridge was closed for a week", "Daily Planet")]),
    ("As the Daily Planet reported, even on Monday, the bridge was closed.",    # the main clause goes on
     [("indirect", "even on Monday, the bridge was closed", "Daily Planet")]),
    ("As the Daily Planet reported on Monday, the bridge was closed.",          # adverbials before the comma
     [("indirect", "the bridge was closed", "Daily Planet")]),
    # inverted: "…, said X" — only when X ends the clause
    ("The bridge is safe, said Ana Ruiz, the city engineer.",
     [("indirect", "The bridge is safe", "Ana Ruiz")]),
    ("The firm lobbied on taxes, at both the state and city levels, said Jo Ruiz, an engineer.",   # not "taxes"
     [("indirect", "The firm lobbied on taxes, at both the state and city levels", "Jo Ruiz")]),
    # a participle or a second verb continues the sentence's speaker
    ("Ruiz praised the crews, saying the work was done early.",
     [("indirect", "the work was done early", "Ruiz")]),
    ("Ruiz thanked the crews and said the work was done early.",
     [("indirect", "the work was done early", "Ruiz")]),
    ("Ruiz later thanked the crews and said the work was done early.",     # an adverb ends the subject
     [("indirect", "the work was done early", "Ruiz")]),
    ("Ruiz paused, then said the work was late.", [("indirect", "the work was late", "Ruiz")]),
    ("Ruiz describes herself as a builder and has said that the work was late.",   # ends the first
     [("indirect", "herself as a builder", "Ruiz"), ("indirect", "the work was late", "Ruiz")]),
    ("Ruiz praised the crews but has also said the work was late.",
     [("indirect", "the work was late", "Ruiz")]),
    ("Meanwhile, she thanked the crews, saying the work was done early.",
     [("indirect", "the work was done early", "she")]),
    ("Ruiz called the plan “a farce,” adding that the work was late.",       # a comma inside the mark
     [("indirect", "the plan “a farce", "Ruiz"), ("partial", "a farce,", "Ruiz"),
      ("indirect", "the work was late", "Ruiz")]),
    # the name a verb gives its object ends it, unless a second name is joined to it
    ("Ruiz called the plan “a farce” and walked out of the hall.",
     [("indirect", "the plan “a farce”", "Ruiz"), ("partial", "a farce", "Ruiz")]),
    ("Ruiz called the plan “a farce” and “a waste.”",
     [("indirect", "the plan “a farce” and “a waste.”", "Ruiz"), ("partial", "a farce", "Ruiz"),
      ("partial", "a waste.", "Ruiz")]),
    ("Ruiz hailed the vote as “historic,” saying the work was late.",       # no inverted speaker
     [("partial", "historic,", "Ruiz"), ("indirect", "the work was late", "Ruiz")]),
    ("But a few days later, Ruiz toured the site, saying the work was late.",
     [("indirect", "the work was late", "Ruiz")]),
    ("Pressed by critics, Ruiz revised the plan, promising to finish early.",
     [("indirect", "to finish early", "Ruiz")]),
    ("Jo Ruiz, who ran in 2012, 2016 and 2020, said the work was late.",    # commas in a relative clause
     [("indirect", "the work was late", "Jo Ruiz")]),
    ("The 57-year-old engineer says the work was late.",     # a hyphenated age inside a description
     [("indirect", "the work was late", "The 57-year-old engineer")]),
    # a word that is both verb and noun, after a possessive, is the noun
    ("Ruiz defended her early-morning tweets in public.", []),
    ("Ruiz, the city engineer, has long argued that the bridge needs work.",
     [("indirect", "the bridge needs work", "Ruiz")]),
    # according to, both ways
    ("According to the city engineer, the bridge is safe.",
     [("indirect", "the bridge is safe", "the city engineer")]),
    ("The council spent $2 million last year, according to an audit by Jo Ruiz, a city accountant.",  # an apposition
     [("indirect", "The council spent $2 million last year", "Jo Ruiz")]),
    ("Other big costs, according to the audit, include repairs to the bridge.",
     [("indirect", "Other big costs", "the audit"), ("indirect", "include repairs to the bridge", "the audit")]),
    ("The bridge is safe, according to two engineers.",
     [("indirect", "The bridge is safe", "two engineers")]),
    # with no comma, a report or count that closes the sentence is the source; a manner is not
    ("Ruiz leads Bell by 271 delegates according to a count by the Daily Planet.",
     [("indirect", "Ruiz leads Bell by 271 delegates", "Daily Planet")]),
    ("Votes were counted according to the law.", []),
    # a role set off by commas after the source's name is its apposition, not what it says
    ("According to Ana Ruiz, the city's chief engineer, the bridge is safe.",
     [("indirect", "the bridge is safe", "Ana Ruiz")]),
    # (but a subject with an aside of its own is what it says, and so is a subject with a name
    # or an aside after it)
    ("According to Ana Ruiz, the bridge, which opened in 1990, is safe.",
     [("indirect", "the bridge, which opened in 1990, is safe", "Ana Ruiz")]),
    ("According to Ana Ruiz, the city's chief economist, Tom Bell, will resign.",
     [("indirect", "the city's chief economist, Tom Bell, will resign", "Ana Ruiz")]),
    ("According to Ana Ruiz, the mayor's office, not the council, approved the plan.",
     [("indirect", "the mayor's office, not the council, approved the plan", "Ana Ruiz")]),
    # a parenthesis that opens with "According to X," holds the statement up to its close
    ("Ruiz waved. (According to the police, the crowd was calm.)",
     [("indirect", "the crowd was calm", "the police")]),
    # "That's according to X": the demonstrative stands for the statement
    ("Tolls rose by a third. That's according to the council.",
     [("indirect", "That", "the council")]),
    ("The fund is run exactly according to the rules.", []),
    # a source no mention reads (a participle after its noun) is the phrase up to its punctuation
    ("The bridge is safe, according to a memo released Friday by the council.",
     [("indirect", "The bridge is safe", "a memo released Friday by the council")]),
    # speech nouns with a possessor; a determiner alone names nobody
    ("Critics rejected her claim that the bridge was safe.",
     [("indirect", "the bridge was safe", "her")]),
    ("Critics rejected a Daily Planet report that the bridge was unsafe.",
     [("indirect", "the bridge was unsafe", "Daily Planet")]),
    ("The claim that the bridge was unsafe caused alarm.", []),
    # the content of a speech noun in the subject ends at the sentence's own verb; in a fronted
    # phrase, at its comma; before a dash and a joining word, the writer goes on
    ("Ana Ruiz's claim that the bridge would not be closed has not been tested.",
     [("indirect", "the bridge would not be closed", "Ana Ruiz")]),
    ("Despite Ana Ruiz's claims that the bridge is safe, all the firms stayed away.",
     [("indirect", "the bridge is safe", "Ana Ruiz")]),
    ("Despite Ana Ruiz's claims that her plan costs less, all the firms stayed away.",
     [("indirect", "her plan costs less", "Ana Ruiz")]),
    ("Voters cheered her claim that the bridge was safe - and one that made engineers wince.",
     [("indirect", "the bridge was safe", "her")]),
    # a speech noun that may take a to-infinitive as its content: "promise to", "pledge to"
    ("Voters liked Ana Ruiz's promise to fix the roads.",
     [("indirect", "to fix the roads", "Ana Ruiz")]),
    ("Ana Ruiz's pledge to stay neutral - and one that angered the unions - was praised.",
     [("indirect", "to stay neutral", "Ana Ruiz")]),
    ("Ana Ruiz's claim to the title was disputed.", []),
    # a speech noun's author after "by" or "from" speaks its content (not a relative "that")
    ("Officials pushed back against claims by the mayor that the bridge was unsafe.",
     [("indirect", "the bridge was unsafe", "the mayor")]),
    ("Ruiz shared a tweet from a reporter that appeared to mock the council.", []),
    # indirect questions and content verbs
    ("Reporters asked whether the bridge would reopen.",
     [("indirect", "whether the bridge would reopen", "Reporters")]),
    ("Ruiz noted how quickly the bridge had been built.",
     [("indirect", "how quickly the bridge had been built", "Ruiz")]),
    ("Ruiz said if elected she would fix the bridge.",
     [("indirect", "if elected she would fix the bridge", "Ruiz")]),
    ("The union called for an independent inquiry in a statement on Monday.",
     [("indirect", "an independent inquiry", "The union")]),
    ("Ruiz touted the new bridge on her weekly radio show.",          # the occasion ends the object
     [("indirect", "the new bridge", "Ruiz")]),
    ("Ruiz cited the traffic figures at every rally.",
     [("indirect", "the traffic figures", "Ruiz")]),
    # a statement verb whose noun-phrase object is what was said: "noted | the cost"
    ("Ruiz noted the steep cost of the new bridge.", [("indirect", "the steep cost of the new bridge", "Ruiz")]),
    ("Ruiz recalled her first visit to the old bridge.", [("indirect", "her first visit to the old bridge", "Ruiz")]),
    ("The city engineer confirmed the closure of the bridge.",
     [("indirect", "the closure of the bridge", "The city engineer")]),
    # what a verb's prepositional object names: after an addressee "reminded voters of | …", "agreed with | …"
    ("Ruiz reminded voters of the six years she spent on the council.",
     [("indirect", "the six years she spent on the council", "Ruiz")]),
    ("Ruiz reminded the crowd.", []),
    # what is told is itself the statement when it is a story, a tale or a joke
    ("Ruiz told a joke about the old bridge.", [("indirect", "a joke about the old bridge", "Ruiz")]),
    ("Ruiz tells the story of the old ferry.", [("indirect", "the story of the old ferry", "Ruiz")]),
    ("The engineers agreed with the council's assessment of the bridge.",
     [("indirect", "the council's assessment of the bridge", "The engineers")]),
    # a stand taken on something: "agreed on | …", "spoke out against | …", "cautioned against | …"
    ("The engineers agreed on a plan to rebuild the bridge.",
     [("indirect", "a plan to rebuild the bridge", "The engineers")]),
    ("Ruiz has spoken out against the toll on the new bridge.",
     [("indirect", "the toll on the new bridge", "Ruiz")]),
    ("Several engineers cautioned against closing the old bridge.",
     [("indirect", "closing the old bridge", "Several engineers")]),
    ("Ruiz hinted at a shake-up of the bridge board.", [("indirect", "a shake-up of the bridge board", "Ruiz")]),
    ("The engineers complained of the noise from the old bridge.",
     [("indirect", "the noise from the old bridge", "The engineers")]),
    ("The mayor vowed not to raise taxes.", [("indirect", "not to raise taxes", "The mayor")]),
    ("The mayor boasted of her record on the bridge.", [("indirect", "her record on the bridge", "The mayor")]),
    ("Ruiz said having the bridge open is a relief.",        # a gerund may open the clause
     [("indirect", "having the bridge open is a relief", "Ruiz")]),
    # an aside between commas before the clause's pronoun subject is part of what was said
    ("Ruiz says, win or lose in the vote, she is staying.",
     [("indirect", "win or lose in the vote, she is staying", "Ruiz")]),
    ("Ruiz says despite the delays, she trusts the builders.",
     [("indirect", "despite the delays, she trusts the builders", "Ruiz")]),
    # a one-word answer is what was said
    ("Asked about the bridge, Ruiz said no.", [("indirect", "no", "Ruiz")]),
    ("Most of the council said yes, but Ruiz did not.", [("indirect", "yes", "the council")]),
    # a paragraph with no marks after "X added:" is what X said
    ("Ruiz added:\n\nThe bridge is safe. It will reopen.",
     [("indirect", "The bridge is safe. It will reopen", "Ruiz")]),
    # its lines with no blank line between go on with what X said, up to a label line
    ("Ruiz added:\n\nThe bridge is safe.\nIt will reopen in May.\nEditor's note: Ruiz is the mayor.",
     [("indirect", "The bridge is safe", "Ruiz"), ("indirect", "It will reopen in May", "Ruiz")]),
    # a headline in title case: its capitalised verb is a cue
    ("Council Reveals Bridge Will Reopen\n\nThe council met on Monday.",
     [("indirect", "Bridge Will Reopen", "Council")]),
    ("Ruiz Announces Plan For New Bridge\n\nThe mayor spoke on Monday.",
     [("indirect", "Plan For New Bridge", "Ruiz")]),
    ("Engineers Say Bridge Is Safe\n\nThe span opened in 1990.", [("indirect", "Bridge Is Safe", "Engineers")]),
    ("The council pointed out some figures:\n\nThe bridge cost $5 million and carries 9,000 cars a day.",   # a short object before the colon
     [("indirect", "The bridge cost $5 million and carries 9,000 cars a day", "The council")]),
    # after any determiner, a phrase with no verb is an object, not a clause
    ("Ruiz added some colour to the debate.", []),
    # appeals are not statements
    ("The mayor urged residents to stay home.", []),
    ("The union demanded that the council close the bridge.", []),
    ("Ruiz pushed for a new bridge.", []),                    # advocacy, not a statement
    ("The survey indicates that most drivers avoid the bridge.", []),   # evidence, not speech
    # not statements: passive, refusals, relative "what X says"
    ("It was also added that the bridge was closed.", []),
    ("Ruiz declined to comment on the report.", []),
    # a verb form in -s after a determiner is a plural noun
    ("Some states remained too close to call.", []),
    ("The campaign will poll in battleground states like Ohio.", []),   # mostly a noun: needs "that"
    ("Council members, mayors, state party chairs and other officials are expected.", []),
    ("The deal is done, the ministry states.", [("indirect", "The deal is done", "the ministry")]),
    ("His claims were false.", []),
    ("The council said the bridge report was wrong.", [("indirect", "the bridge report was wrong", "The council")]),
    ("A strong jobs report has cleared the way for the bridge.", []),    # a noun before its verb
    ("“The bridge is open,” Ruiz said to cheers.", [("direct", "The bridge is open,", "Ruiz")]),  # no plan
    ("What Ruiz says the plan will cost is unclear.", []),
    # a relative clause's predicate after its speech verb is what was said
    ("The council dropped what Ruiz said was a reckless plan.", [("indirect", "was a reckless plan", "Ruiz")]),
    ("The fee, which Ruiz said was too high, was cut.", [("indirect", "was too high", "Ruiz")]),
    # or the complement of "as" after it, up to its comma
    ("The council will vote on the toll, which Ruiz described as a tax on commuters, next week.",
     [("indirect", "as a tax on commuters", "Ruiz")]),
    # a clause ends at a semicolon and before a later speaker's clause
    ("Ruiz said the east span is safe; the west span is closed.",
     [("indirect", "the east span is safe", "Ruiz")]),
    ("Ruiz said the span was safe, but she denied that it had been inspected.",
     [("indirect", "the span was safe", "Ruiz"), ("indirect", "it had been inspected", "Ruiz")]),
    ("Ruiz said the council had lost the count, and several aides said the vote was fair.",
     [("indirect", "the council had lost the count", "Ruiz"), ("indirect", "the vote was fair", "several aides")]),
    ("Ruiz said the bridge was unsafe, while Tan said it should stay open.",
     [("indirect", "the bridge was unsafe", "Ruiz"), ("indirect", "it should stay open", "Tan")]),
    ("Ruiz said the bridge was safe, but declined to reopen it.",        # the speaker's second verb
     [("indirect", "the bridge was safe", "Ruiz")]),
    ("Ruiz said the talks are stuck, but there is no crisis yet.",       # the content goes on
     [("indirect", "the talks are stuck, but there is no crisis yet", "Ruiz")]),
    # a clause of time that ends the sentence after the cue is the narrator's; after a comma,
    # a reason is still part of what was said
    ("The bridge is safe, Ruiz said as she left the station.",
     [("indirect", "The bridge is safe", "Ruiz")]),
    ("The bridge is safe, Ruiz said when asked about the vote.",
     [("indirect", "The bridge is safe", "Ruiz")]),
    ("The bridge is safe, Ruiz said, because it was inspected.",
     [("indirect", "The bridge is safe", "Ruiz"), ("indirect", "because it was inspected", "Ruiz")]),
    # a preposition such as "like" opens an adverbial, not the subject a participle goes back to
    ("Like Bell, Ruiz also rejected the plan, arguing that the bridge was safe.",
     [("indirect", "the bridge was safe", "Ruiz")]),
    # a participle's speaker is the subject of the nearest clause, not one of a clause before it
    ("While the engineers called for a new bridge, Ruiz stayed with her plan, noting that the old one was safe.",
     [("indirect", "a new bridge", "the engineers"), ("indirect", "the old one was safe", "Ruiz")]),
    ("The engineers say the bridge is safe, but Ruiz has sued the builder, saying the old one was unsafe.",
     [("indirect", "the bridge is safe, but Ruiz has sued the builder", "The engineers"),
      ("indirect", "the old one was unsafe", "Ruiz")]),
    # a clause said in a subordinate clause after a conjunction or comma ends where the main one resumes
    ("And while Ruiz said the bridge was safe, she closed it anyway.",
     [("indirect", "the bridge was safe", "Ruiz")]),
    ("However, while the council says the bridge is safe, it is not.",
     [("indirect", "the bridge is safe", "the council")]),
    # a clause said in an aside after the subject ends where the subject's own verb resumes
    ("Ruiz, who had said the bridge was safe, closed it on Monday.", [("indirect", "the bridge was safe", "Ruiz")]),
    ("Ruiz, who met Bell and said the bridge was safe, closed it on Monday.",
     [("indirect", "the bridge was safe", "Ruiz")]),
    # a quotation after a colon with a cue of its own is quoted, not part of the clause before it
    ("Ruiz said the bridge had failed its last test: “It is not safe,” she told the council.",
     [("indirect", "the bridge had failed its last test", "Ruiz"), ("direct", "It is not safe,", "Ruiz")]),
    ("Ruiz said she had one message for the council: “Fix it.”",
     [("indirect", "she had one message for the council: “Fix it.”", "Ruiz"), ("direct", "Fix it.", "Ruiz")]),
    # a parenthesis that closes what was said is the writer's aside
    ("Ruiz called the new toll a burden (although she voted for it in May).",
     [("indirect", "the new toll a burden", "Ruiz")]),
    ("Ruiz said the toll would rise in May (the council had planned it for June).",
     [("indirect", "the toll would rise in May", "Ruiz")]),
    # a relative clause with its own cue is its own record: the clause before ends at its comma
    ("Ruiz said the toll rose by a third last year, which she said was far too much.",
     [("indirect", "the toll rose by a third last year", "Ruiz"), ("indirect", "was far too much", "Ruiz")]),
    # a concession is part of what was said unless it turns to a person
    ("Ruiz said the span was safe, though there was still some rust.",
     [("indirect", "the span was safe, though there was still some rust", "Ruiz")]),
    ("Ruiz said the span was safe, although she closed it.", [("indirect", "the span was safe", "Ruiz")]),
    # a new clause of the narrator's about a person ends the clause said after "but" alone or a dash
    ("Ruiz said the bridge was safe but she closed it anyway.", [("indirect", "the bridge was safe", "Ruiz")]),
    ("Ruiz promised the council would fund the bridge - and she made sure to thank the crews.",
     [("indirect", "the council would fund the bridge", "Ruiz")]),
    # "Where" opens a subordinate clause like "When": the clause said ends at its comma
    ("Where the engineers insisted the bridge was safe, the council voted to close it.",
     [("indirect", "the bridge was safe", "the engineers")]),
    # a source after the statement holds all of it, the speaker's words within it too
    ("On Monday, Ruiz said the bridge would reopen, according to the Daily Planet.",
     [("indirect", "On Monday, Ruiz said the bridge would reopen", "Daily Planet"),
      ("indirect", "the bridge would reopen", "Ruiz")]),
    # a second verb of the sentence's subject, after adverbs
    ("Ruiz backed the plan, but now said the bridge was unsafe.",
     [("indirect", "the bridge was unsafe", "Ruiz")]),
    ("Ruiz mocked his rivals and even assured the crowd that the bridge was safe.",
     [("indirect", "the bridge was safe", "Ruiz")]),
    # an opening participle's speaker is the main clause's subject, after the comma
    ("After suggesting on Monday that the bridge was unsafe, Ruiz voted to close it.",
     [("indirect", "the bridge was unsafe", "Ruiz")]),
    ("Noting that the bridge was old, the council voted to close it.",
     [("indirect", "the bridge was old", "the council")]),
    ("Warning signs were everywhere, Ruiz said.",        # a noun, not an opening participle
     [("indirect", "Warning signs were everywhere", "Ruiz")]),
    # adverbs between a verb and its particle: "spoke passionately about", "has spoken out about"
    ("Ruiz spoke passionately about the bridge.", [("indirect", "the bridge", "Ruiz")]),
    # and where or to whom it was said: "talked openly on local radio about", "to his staff about"
    ("Ruiz talked openly on local radio about the ferry.", [("indirect", "the ferry", "Ruiz")]),
    ("Bell was talking to her closest aides about a second ferry.", [("indirect", "a second ferry", "Bell")]),
    ("Ruiz gained four points in a state poll to 31 points.", []),
    ("Ruiz has spoken out about the council's plan.", [("indirect", "the council's plan", "Ruiz")]),
    ("Ruiz pointed out to reporters that the span was old.", [("indirect", "the span was old", "Ruiz")]),
    # cues whose object is what was said: a quotation reported, a plan promoted, a plea
    ("The Daily Planet quoted a council aide as saying the bridge was unsafe.",
     [("indirect", "a council aide as saying the bridge was unsafe", "Daily Planet")]),
    ("Ruiz talked up her plan for the bridge.", [("indirect", "her plan for the bridge", "Ruiz")]),
    ("Ruiz talked of a new bridge.", [("indirect", "a new bridge", "Ruiz")]),
    ("Ruiz pleaded guilty to lying about the bridge.", [("indirect", "lying about the bridge", "Ruiz")]),
    # a day with "'s" opens the clause; it is not an adverbial of time
    ("Ruiz said Monday's vote would settle it.", [("indirect", "Monday's vote would settle it", "Ruiz")]),
    # a participle after an article is an adjective, no cue of its own: "a written statement"
    ("Ruiz said in a written statement that the span was safe.", [("indirect", "the span was safe", "Ruiz")]),
    # a commitment in a to-infinitive: "agreed to pay"
    ("The council agreed to pay for the bridge.", [("indirect", "to pay for the bridge", "The council")]),
    # an indefinite apposition after a clause with a verb is the writer's comment, not what was said
    ("Ruiz said the span was closed, a blow to the city.", [("indirect", "the span was closed", "Ruiz")]),
    ("Ruiz said the mayor, a lawyer, would run again.",
     [("indirect", "the mayor, a lawyer, would run again", "Ruiz")]),
    ("Ruiz said tolls rose 3 percent, compared with 2 percent last year.",
     [("indirect", "tolls rose 3 percent", "Ruiz")]),
    ("On Monday, Ruiz said the bridge would reopen, the Daily Planet reported.",
     [("indirect", "On Monday, Ruiz said the bridge would reopen", "Daily Planet"),
      ("indirect", "the bridge would reopen", "Ruiz")]),
    # a participle after a dash, or after a comma and an adverb, is the sentence speaker's
    ("Ruiz flipped her choice on the spot \u2014 saying she was rooting for Bell.",
     [("indirect", "she was rooting for Bell", "Ruiz")]),
    ("Ruiz raised doubts about the bridge, falsely suggesting that it was unsafe.",
     [("indirect", "it was unsafe", "Ruiz")]),
    # a verb or adjective after "be" that hands its subject on to an infinitive cue
    ("Democratic voters are slightly more likely to say that Ruiz represents them.",
     [("indirect", "Ruiz represents them", "Democratic voters")]),
    ("Ruiz is poised to argue that the bridge is safe.", [("indirect", "the bridge is safe", "Ruiz")]),
    # a restrictive "who" after a plural speaks in its place, with its number ("who | say")
    ("Ruiz is winning with voters who say taxes matter most.", [("indirect", "taxes matter most", "voters")]),
    # a subject the mention before the verb misses, joined to the sentence's opening mention
    ("Experts on Ohio and nuclear energy said the ferry was a mistake.",
     [("indirect", "the ferry was a mistake", "Experts")]),
    # a noun phrase with no determiner, as headlines have it, before a cue or after the closing comma
    ("Union chief says the ferry will close.", [("indirect", "the ferry will close", "Union chief")]),
    ("The ferry will close in March, analyst says.", [("indirect", "The ferry will close in March", "analyst")]),
    # a long aside between the sentence's subject and its verb, with commas, a place or a relative clause
    ("Ruiz, during a visit to the ferry depot in Salem, Oregon, said she would close the pier.",
     [("indirect", "she would close the pier", "Ruiz")]),
    ("Ruiz, meanwhile, who has no endorsements, said the vote was rigged.",
     [("indirect", "the vote was rigged", "Ruiz")]),
    ("The bridge, a landmark, is safe, said Ruiz.", [("indirect", "The bridge, a landmark, is safe", "Ruiz")]),
    # a closing speaker with words its mention leaves out before it, or after "as"
    ("The ferry will close in March, the news site River Info reported.",
     [("indirect", "The ferry will close in March", "River Info")]),
    ("The ferry will close in March, city trial counsel Jo Ruiz wrote in a filing.",
     [("indirect", "The ferry will close in March", "Jo Ruiz")]),
    ("The ferry will close in March, as Jo Ruiz noted in the Planet.",
     [("indirect", "The ferry will close in March", "Jo Ruiz")]),
    ("Her son is a sailor, a fact he often mentions.", []),
    # a passive report names its source after "by": what was reported is the subject or the clause before
    ("Ruiz's move was first reported by the Daily Planet.", [("indirect", "Ruiz's move", "Daily Planet")]),
    ("The ferry will stop in March, as first reported by the Daily Planet on Tuesday.",
     [("indirect", "The ferry will stop in March", "Daily Planet")]),
    # a source after "according to" that no mention reads is the phrase up to its comma
    ("According to the schedule published Thursday, Ruiz will speak next week.",
     [("indirect", "Ruiz will speak next week", "the schedule published Thursday")]),
    ("Ruiz will speak in May, according to a report Tuesday from the Planet, the city paper.",
     [("indirect", "Ruiz will speak in May", "a report Tuesday from the Planet")]),
    # a document or a count after "according to" is its author's
    ("The bridge will cost two million, according to a tally by the Daily Planet.",
     [("indirect", "The bridge will cost two million", "Daily Planet")]),
    ("The bridge will cost two million, according to a study by Jo Ruiz, a professor, whose work was praised.",
     [("indirect", "The bridge will cost two million", "Jo Ruiz")]),
    # a statement whose speaker opens another's reported clause is part of what that one says
    ("Ruiz said Bell had told the council that the bridge would close.",
     [("indirect", "Bell had told the council that the bridge would close", "Ruiz")]),
    ("The council noted that Bell has acknowledged the bridge is unsafe.",
     [("indirect", "Bell has acknowledged the bridge is unsafe", "The council")]),
    ("Ruiz said that the council ignored Bell's warning that the bridge was unsafe.",
     [("indirect", "the council ignored Bell's warning that the bridge was unsafe", "Ruiz")]),
    # a speech verb with a word that makes another verb of it reports nothing: "added up", "added 40"
    ("The repair costs added up to two million, Ruiz said.",
     [("indirect", "The repair costs added up to two million", "Ruiz")]),
    ("The port added 40 cranes last year, Ruiz said.",
     [("indirect", "The port added 40 cranes last year", "Ruiz")]),
    ("Bell won the primary, claiming 60 percent of the vote.", []),
    # an adverbial after the cue is not what was said: a time ("late Thursday", "a few days
    # later"), or, after a quotation that opens the sentence, the occasion ("to loud applause")
    ("The bridge was closed, the Daily Planet reported late Thursday.",
     [("indirect", "The bridge was closed", "Daily Planet")]),
    ("As the Daily Planet reported a few days later, the bridge was closed.",
     [("indirect", "the bridge was closed", "Daily Planet")]),
    ("“The bridge is safe,” Ruiz said to loud applause.", [("direct", "The bridge is safe,", "Ruiz")]),
    # a clause that opens with a participle cue is that cue's record, not a second copy under
    # the cue before it
    ("The bridge will close, Ruiz said, adding that the ferry will run.",
     [("indirect", "The bridge will close", "Ruiz"), ("indirect", "the ferry will run", "Ruiz")]),
    ("According to Ana Bell, writing for the Daily Planet, the bridge is safe.",
     [("indirect", "the bridge is safe", "Ana Bell")]),
    # a cue inside a modifier of a noun reports nothing the noun said: a passive participle, a
    # participle followed by the noun's own verb, a noun form and its relative "that"
    ("The span is unsafe, a fact first reported by the Daily Planet in May.", []),
    ("A merger announced Monday would close the plant.", []),
    ("Two sailors called Safe Bridges Now, are suing the city.", []),
    ("Ruiz toured coastal states that have lost ferries.", []),
    # before "X said, “…”" with a quotation that opens its own sentence, only a main clause is
    # said too: a participle phrase, a clause of time or a lone adverb frames the quotation
    ("Asked about the ferry, Ruiz said, “It will run again.”", [("direct", "It will run again.", "Ruiz")]),
    ("While she was touring the docks, Ruiz said, “It will run again.”", [("direct", "It will run again.", "Ruiz")]),
    ("Still, Ruiz added, “It will run again.”", [("direct", "It will run again.", "Ruiz")]),
    # before "X said": a label, a colon and a quotation; the quotation is the record
    ("The mayor's answer to critics: “Wait and see,” Ruiz said.", [("direct", "Wait and see,", "Ruiz")]),
    ("The ferry is late, Ruiz said, “but it will run again.”",
     [("indirect", "The ferry is late", "Ruiz"), ("direct", "but it will run again.", "Ruiz")]),
    # an object that is a pronoun with only an adverbial reports nothing of its own; with a
    # complement it does
    ("The ferry broke down again. Ruiz mentioned it on the radio.", []),
    ("The ferry broke down again. Ruiz described it as a scandal.", [("indirect", "it as a scandal", "Ruiz")]),
    # a statement reported anywhere inside another's that-clause is part of what was reported
    ("Ana Ruiz said that the council learned of the leak after Tom Bell had warned that the dam was weak.",
     [("indirect", "the council learned of the leak after Tom Bell had warned that the dam was weak", "Ana Ruiz")]),
    # so is one inside a bare clause, unless its speaker opens a clause of its own there
    ("Ana Ruiz said the vote failed because Tom Bell told the board it was rigged.",
     [("indirect", "the vote failed because Tom Bell told the board it was rigged", "Ana Ruiz")]),
    # what a speaker posts is the statement ("post" and "posts" are mostly nouns)
    ("Ana Ruiz posted a photo of the flooded bridge on her page.",
     [("indirect", "a photo of the flooded bridge", "Ana Ruiz")]),
    ("His posts that day were angry.", []),
    # a quantity may open the clause's subject with a word that is otherwise a preposition
    ("The agency said about half of the ferries were late.",
     [("indirect", "about half of the ferries were late", "The agency")]),
    ("Ruiz said about halfway through the debate.", []),
    # after a negated or refused verb of saying, "when" opens an indirect question
    ("Ruiz has not said when the bridge will reopen.",
     [("indirect", "when the bridge will reopen", "Ruiz")]),
    ("The board did not complain when the ferry ran late.", []),
    # an object that is one quotation from mark to mark is the quotation's record, not a
    # reported statement too; one with words of the writer's after it stays reported
    ("The mayor cited “broken pumps and leaking pipes.”",
     [("direct", "broken pumps and leaking pipes.", "The mayor")]),
    ("Ana Ruiz has called for “a full recount” of the ballots.",
     [("indirect", "“a full recount” of the ballots", "Ana Ruiz"), ("partial", "a full recount", "Ana Ruiz")]),
    # an object said inside the adverbial that opens the sentence ends where the main clause begins
    ("At the moment Ana Ruiz announced her bid for mayor, Tom Bell was abroad.",
     [("indirect", "her bid for mayor", "Ana Ruiz")]),
    # an object ends at the speaker's next verb after an auxiliary or an adverb of frequency
    ("Ruiz did not mention the budget at all but did insist that the ferry would run.",
     [("indirect", "the budget at all", "Ruiz"), ("indirect", "the ferry would run", "Ruiz")]),
    ("Ana Ruiz talks about the ferry at every meeting and always gets a cheer.",
     [("indirect", "the ferry at every meeting", "Ana Ruiz")]),
    # "call" with no quotation names nothing when a day, an emphatic reflexive or a name in
    # apposition shows a call made to someone
    ("Mayor Ana Ruiz called both council members Tuesday night and asked for calm.", []),
    ("Ana Ruiz is calling the big donors herself.", []),
    ("Ana Ruiz called a council candidate, Tom Bell.", []),
    ("Ana Ruiz called the ferry plan a costly mistake.", [("indirect", "the ferry plan a costly mistake", "Ana Ruiz")]),
    # an object ends before another speaker's clause that it ran on to; one left with a single
    # word is none
    ("Ana Ruiz called for a full inquiry after the Planet reported that the dam was weak.",
     [("indirect", "a full inquiry", "Ana Ruiz"), ("indirect", "the dam was weak", "Planet")]),
    ("Ana Ruiz cited the old maps: Bell says the dam was built on sand.",
     [("indirect", "the old maps", "Ana Ruiz"), ("indirect", "the dam was built on sand", "Bell")]),
    ("Tom Bell agreed with her, Ana Ruiz said the dam was weak.", [("indirect", "the dam was weak", "Ana Ruiz")]),
    # a statement reported inside an object, with its cue there too, is part of that object
    ("Ana Ruiz called for new rules to end what Tom Bell said were harsh penalties.",
     [("indirect", "new rules to end what Tom Bell said were harsh penalties", "Ana Ruiz")]),
    # (but a clause of place or time inside the object speaks for its own speaker)
    ("Ana Ruiz pointed to an April hearing where Tom Bell said the dam was weak.",
     [("indirect", "an April hearing where Tom Bell said the dam was weak", "Ana Ruiz"),
      ("indirect", "the dam was weak", "Tom Bell")]),
]


def test_a_speaker_who_opens_a_clause_of_its_own_inside_a_reported_clause_keeps_a_record():
    assert ("indirect", "it was not", "Tom Bell") in got("Ana Ruiz said the plan was sound while Tom Bell said it was not.")


def test_a_clause_set_against_the_host_keeps_its_own_speaker_even_in_a_that_clause():
    assert ("indirect", "the count was fair", "Tom Bell") in \
        got("Ana Ruiz said that the vote failed while Tom Bell insisted that the count was fair.")
    assert ("indirect", "the count was fair", "Tom Bell") in \
        got("Ana Ruiz said the vote failed, yet on Monday Tom Bell insisted the count was fair.")


def test_quoted_words_inside_a_reported_clause_keep_the_record_that_names_their_speaker():
    records = got("Ana Ruiz said the vote failed because Tom Bell called the plan “a total sham.”")
    assert any(r[2] == "Tom Bell" and "a total sham" in r[1] for r in records)


def test_a_clause_before_x_said_and_a_quotation_is_said_when_it_has_a_verb_of_its_own():
    # a capitalised word in -ing or -ed opens a participle phrase only with no verb or name after it
    for clause in ("Nothing has changed", "Spending has doubled", "Fred Bell is wrong", "But the plan is sound"):
        assert ("indirect", clause, "Ruiz") in got(f"{clause}, Ruiz said, “We are stuck.”")


def test_a_pronoun_object_with_an_adverbial_and_a_complement_is_a_statement():
    assert [r for r in got("The ferry broke down again. Ruiz cited it repeatedly as proof of neglect.")
            if r[0] == "indirect"] == [("indirect", "it repeatedly as proof of neglect", "Ruiz")]


def test_a_clause_of_place_inside_an_object_keeps_its_own_speaker():
    records = got("Ana Ruiz pointed to the hearing where Tom Bell said the levy was illegal.")
    assert ("indirect", "the levy was illegal", "Tom Bell") in records


def test_a_purpose_clause_inside_an_indirect_question_says_nothing():
    assert got("Ana Ruiz was asked whether Tom Bell had gone to Salem to say the levy was fair.") == []


def test_a_participle_after_a_phrase_that_names_a_person_is_not_the_clause_subjects():
    # the letter's writer or the reporter may be the one arguing or asking: no speaker is guessed
    assert got("The Daily Planet ran a letter from Tom Bell in May arguing for a new levy.") == []
    assert got("The Daily Planet sent a reporter to the hall in April asking about the levy.") == []


def test_a_number_after_a_date_is_no_count_of_speakers():
    assert got("Tom Bell was born in 1961, 20 said he lied.") == []
    assert got("The council met for hours, 43 said the plan was fair.") == [("indirect", "the plan was fair", "43")]


def test_a_participle_that_names_people_is_the_subject_not_an_adjective():
    assert got("In court, the accused says he was framed.") == [("indirect", "he was framed", "the accused")]
    assert got("Bell's repeated calls went unanswered.") == []


def test_an_object_that_is_one_quotation_still_ends_what_its_cue_said():
    # the quotation is the record; the text before it is no clause for an inverted "…, said X"
    assert not [r for r in got("Ruiz, citing “broken pumps,” said the ferry would not run.") if r[0] == "indirect"
                and r[2] != "Ruiz"]


@pytest.mark.parametrize("text, expected", REPORTED)
def test_reported_speech(text, expected):
    assert got(text) == expected


SPEAKERS = [
    # titles and appositions become the role; the name is the speaker
    ("Russia's Foreign Ministry spokeswoman Maria Zakharova said the talks went on.", "Maria Zakharova",
     "Russia's Foreign Ministry spokeswoman"),
    ("The spokeswoman of the ministry, Maria Zakharova, said the talks went on.", "Maria Zakharova",
     "spokeswoman of the ministry"),
    ("Jane Doe, 61, said the talks went on.", "Jane Doe", "61"),
    # a place or body after "of"/"from" is the person's role, not the speaker's name
    ("“We will win,” said Ana Bell of Riverton.", "Ana Bell", "of Riverton"),
    ("Mayor Jo Ruiz of Salem said the talks went on.", "Jo Ruiz", "Mayor of Salem"),
    ("Jo Ruiz of the Salem Chamber of Commerce said the talks went on.", "Jo Ruiz",
     "of the Salem Chamber of Commerce"),
    ("Bank of America said the talks went on.", "Bank of America", None),
    ("Friends of the Earth said the talks went on.", "Friends of the Earth", None),
    ("Sen. Ted Cruz (R-Texas) said the talks went on.", "Ted Cruz", "Sen., R-Texas"),
    ("Pieter van Aalst, a Dutch diplomat, said the talks went on.", "Pieter van Aalst", "Dutch diplomat"),
    ("Ted Cruz, R-Texas, a member of the committee, said the talks went on.", "Ted Cruz", "R-Texas"),
    # a long apposition: the name stands more than 160 characters before the verb
    ("Jo Ruiz, a harbour engineer who spent ten years building ferry piers along the coast and who now"
     " advises the council on every bridge that crosses the river near the old town, said the talks went on.",
     "Jo Ruiz", "harbour engineer who spent ten years building ferry piers along the coast and who now advises"
     " the council on every bridge that crosses the river near the old town"),
    # a party tag's comma, and a role that opens with a possessive, are no name of their own
    ("Sen. Jo Ruiz (D-Ore.), said the talks went on.", "Jo Ruiz", "Sen., D-Ore."),
    ("Jo Ruiz, Planco's Managing Editor, said the talks went on.", "Jo Ruiz", "Planco's Managing Editor"),
    # an aside with commas of its own: the subject is the name before it, not a name inside it
    ("Sen. Jo Ruiz, facing a tough race in Ohio, a swing state, said the talks went on.", "Jo Ruiz", "Sen."),
    ("Jo Ruiz, whose latest firm, Planco, builds bridges, said the talks went on.", "Jo Ruiz", None),
    ("Jane Doe, 61, a retired nurse, said the talks went on.", "Jane Doe", "61, a retired nurse"),
    ("Sen. Jo Ruiz, R-Ore., appearing on a talk show, said the talks went on.", "Jo Ruiz", "Sen., R-Ore."),
    ("Jo Ruiz, Republican of Oregon, said the talks went on.", "Jo Ruiz", "Republican of Oregon"),
    ("Jo Ruiz, Ohio director for Smith, said the talks went on.", "Jo Ruiz", "Ohio director for Smith"),
    ("Jo Ruiz, host of “Morning Talk,” has said that the talks went on.", "Jo Ruiz", "host of “Morning Talk"),
    # a full name never spans a line break: "Bridge Talks Go | Ruiz" is a headline and a name
    ("Bridge Talks Go On\n\nRuiz said the talks went on.", "Ruiz", None),
    # descriptions, groups and numbers
    ("Advisers to the mayor say the talks went on.", "Advisers to the mayor", None),
    ("Sixty percent said the talks went on.", "Sixty percent", None),
    ("Twenty-four percent said the talks went on.", "Twenty-four percent", None),
    ("Of those asked, 42% said the talks went on.", "42%", None),
    ("Kall -- co-editor of a book on debates -- said the talks went on.", "Kall", "co-editor of a book on debates"),
    ("Jo Ruiz - a lawyer for the town - said the talks went on.", "Jo Ruiz", "lawyer for the town"),
    ("Some engineers - including a few in the city - say the talks went on.", "Some engineers", None),
    ("Police said the talks went on.", "Police", None),
    ("Those surveyed say the talks went on.", "Those surveyed", None),
    ("Sources close to the mayor say the talks went on.", "Sources close to the mayor", None),
    ("A third of voters, 33%, say the talks went on.", "A third of voters, 33%", None),
    ("Executives who have worked with Jo Ruiz say the talks went on.", "Executives", None),
    ("People briefed on the plan said the talks went on.", "People", None),
    ("The officials whose plans were struck down say the talks went on.", "The officials", None),
    ("Republicans hoping to win control of the council say the talks went on.", "Republicans", None),
    ("The engineer quoted in the Daily Planet says the talks went on.", "The engineer", None),
    ("Several supporters of reform said the talks went on.", "Several supporters of reform", None),
    ("Someone asked whether the talks went on.", "Someone", None),
    ("Another said the talks went on.", "Another", None),
    ("The two met, but neither would say whether the talks went on.", "neither", None),
    ("Six in 10 said the talks went on.", "Six in 10", None),
    ("Most of them said the talks went on.", "Most of them", None),
    ("Nearly half said the talks went on.", "half", None),
    ("At least half of the delegates in each county said the talks went on.", "half of the delegates", None),
    ("Nearly nine out of 10 say the talks went on.", "nine out of 10", None),
    ("As many as two-thirds of them say the talks went on.", "two-thirds of them", None),
    ("The union, which said the talks went on, walked out.", "The union", None),
    ("Both have promised that the talks would go on.", "Both", None),
    ("Several of the delegates said the talks went on.", "Several of the delegates", None),
    ("Many people say the talks went on.", "Many people", None),
    ("Council spokesmen said the talks went on.", "Council spokesmen", None),
    # a description read leftwards stops at a verb before its head: not "Ruiz knew party leaders"
    ("Ruiz knew party leaders said the talks went on.", "party leaders", None),
    # between subject and verb
    ("Ruiz on Tuesday said the talks went on.", "Ruiz", None),
    ("Ruiz in an interview said the talks went on.", "Ruiz", None),
    ("Ruiz continues to insist that the talks went on.", "Ruiz", None),
    ("Ruiz has since said that the talks went on.", "Ruiz", None),
    ("He’s claiming that the talks went on.", "He’s", None),
    # a participle or second verb takes the subject past opening adverbials, not a noun in them
    ("Shortly after the vote, the union issued a statement saying that the talks went on.", "the union", None),
    ("In a statement, Jo Ruiz thanked the crews and said the talks went on.", "Jo Ruiz", None),
    ("The day before, in Salem, Ore., Jo Ruiz objected, insisting that the talks went on.", "Jo Ruiz", None),
    ("SALEM, Ore. - Jo Ruiz met the crews on Monday and said the talks went on.", "Jo Ruiz", None),    # a dateline
    # an opening subordinate clause with its own verb has its own subject, not the sentence's
    ("Once she was mayor, Jo Ruiz made the bridge a priority, announcing that the talks went on.", "Jo Ruiz", None),
    ("Years after Bell left, Jo Ruiz won the race by promising that the talks went on.", "Jo Ruiz", None),
    ("Just before the ferry left, the captain checked the load and said the talks went on.", "the captain", None),
    # a preposition before a determiner opens an adverbial, even with a participle in it
    ("In a letter to members released Monday, Jo Ruiz attacked the plan, arguing that the talks went on.", "Jo Ruiz", None),
    ("On the eve of her election to a second term as mayor of the city in March, Jo Ruiz rallied supporters"
     " by warning that the talks went on.", "Jo Ruiz", None),      # a long opening adverbial
    # an opening phrase with no comma before a pronoun subject, and a subject that a dash's aside
    # follows
    ("By Friday night he had dropped the toll plan, citing the floods.", "he", None),
    ("On the left, Jo Ruiz — whose brother built the port — has derided the plan, suggesting that the talks"
     " went on.", "Jo Ruiz", None),
    # prepositions that are no function words elsewhere open an adverbial too
    ("Inside the old ferry terminal, Jo Ruiz praised the crews, insisting that the talks went on.", "Jo Ruiz", None),
    ("Back in June, Jo Ruiz sent a memo to the crews arguing that the talks went on.", "Jo Ruiz", None),
    # a relative clause of an opening adverbial's noun is part of the adverbial
    ("Speaking in Salem, which hosts the first vote next week, Jo Ruiz praised the crews and said that"
     " the talks went on.", "Jo Ruiz", None),
    # ... and a phrase of time with no comma
    ("Two hours later they closed the port and said that the talks went on.", "they", None),
    # (a clause of time is no such phrase: its pronoun is not the sentence's subject)
    ("The day before he left the port, Jo Ruiz closed the hall, adding that the talks went on.", "Jo Ruiz", None),
    # a subject ends at an irregular past too
    ("In a speech on Monday, Jo Ruiz struck a hopeful tone, saying that the talks went on.", "Jo Ruiz", None),
    # a subject ends at a verb in -s before its object
    ("Jo Ruiz rips the plan, arguing that the talks went on.", "Jo Ruiz", None),
    ("Salem (Wire) — Jo Ruiz backed the plan, saying the talks went on.", "Jo Ruiz", None),
    # a document a participle follows is the object of an irregular or phrasal verb, not the speaker
    ("The council sent a letter to residents saying that the talks went on.", "The council", None),
    ("Jo Ruiz put out a statement saying the talks went on.", "Jo Ruiz", None),
    # a plural after "with" or a share is the participle's own subject
    ("Most residents backed the plan, with three in 10 saying the talks went on.", "three in 10", None),
    ("The crews met Ruiz, with many engineers saying the talks went on.", "many engineers", None),
    # a phrase of time between the subject and its verb
    ("The council less than two weeks ago said the talks went on.", "The council", None),
    ("Jo Ruiz this past week announced that the talks went on.", "Jo Ruiz", None),
    # a capitalised "Will" inside a sentence is a name, not the auxiliary
    ("The plan, which Will claims is late, was dropped.", "Will", None),
    # "here" after a subject: "officials here say"
    ("Officials here said the talks went on.", "Officials", None),
    # a participle before "with" ends the phrase: the share after it is the subject
    ("Ruiz won 60 percent, compared with 23 percent who said the talks went on.", "23 percent", None),
    # "data" is a plural without -s
    ("Official data suggest that the talks went on.", "Official data", None),
    # "those" and a phrase after it
    ("Those close to him say that the talks went on.", "Those close to him", None),
    ("Those over 60 say the talks went on.", "Those over 60", None),
    # "after"/"before" opens a clause whose subject speaks, unless a subject stands before it
    ("The crews left two hours after the union announced that the talks went on.", "the union", None),
    ("It came minutes after the union announced that the talks went on.", "the union", None),
    # an adverb heads no noun phrase: the clause's subject speaks, not "gradually"
    ("Senator Ana Ruiz waited a week but slowly came around, finally saying the talks went on.", "Ana Ruiz", "Senator"),
    # an opening prepositional phrase may hold a relative clause and is still no subject
    ("Amid angry calls from residents who wanted the ferry back, Ana Ruiz met the board, saying the talks went on.",
     "Ana Ruiz", None),
]


def test_a_body_named_by_description_is_not_the_last_description_that_spoke():
    records = quotex.extract("The court denied the motion, the clerk said.")
    assert [(q.quote, q.speaker) for q in records] == [("The court denied the motion", "the clerk"),
                                                       ("the motion", "The court")]


def test_a_relative_clause_in_an_opening_adverbial_leaves_the_subject_after_it():
    # "Amid calls … | that would cut service, |": the relative clause's verb is not the sentence's
    [q] = quotex.extract("Amid calls from crews to close the lines that would cut service, Jo Ruiz met the"
                         " board, noting that the talks went on.")
    assert q.speaker_mention == "Jo Ruiz"
    # a lone adverb in -ly after an opening adverbial is an adverbial too, not the subject
    [q] = quotex.extract("Still, remarkably, the mayor failed to mention the talks.")
    assert q.speaker_mention == "the mayor"
    # a comma-less opening subordinate clause is no phrase to read past: its "she" is not the subject
    assert [q.speaker_mention for q in quotex.extract("When she arrived on Monday the mayor closed the port,"
                                                      " adding that the talks went on.")] != ["she"]


def test_a_participle_after_a_preposition_takes_the_subject_of_its_own_clause():
    [q] = quotex.extract("Reporters found Ana Ruiz, who had stunned her party in May by announcing that she would quit.")
    assert (q.quote, q.speaker, q.speaker_mention) == ("she would quit", "Ana Ruiz", "who")


def test_words_that_are_no_subject_give_no_speaker():
    # a clause joined by "but" with no subject of its own: "but | gradually turned"
    [q] = quotex.extract("Jo Ruiz backed the port for years but slowly soured on it, finally saying the docks were unsafe.")
    assert (q.quote, q.speaker_mention) == ("the docks were unsafe", "Jo Ruiz")
    # a form in -s after a quantifier or after a possessive and an adjective is a noun, no cue
    [q] = quotex.extract("Jo Ruiz gave a few hints about her plans, talking proudly of the new ferry.")
    assert q.speaker_mention == "Jo Ruiz"
    [q] = quotex.extract("Jo Ruiz also decried Bell's repeated calls to close the port, noting that the port"
                         " had made money.")
    assert q.speaker_mention == "Jo Ruiz"
    # a base form after a possessive is a noun, no cue: "the lawyer's | note"
    assert [(q.cue, q.speaker) for q in quotex.extract("The Planet printed the lawyer's note in full,"
                                                       " saying that Ruiz was wrong.")] == [("saying", "Planet")]


@pytest.mark.parametrize("text, speaker, role", SPEAKERS)
def test_speaker_and_role(text, speaker, role):
    [q] = quotex.extract(text)
    assert (q.speaker, q.role) == (speaker, role)


QUOTES = [
    # a mention and a past tense the lexicon does not know as a cue, after the quotation
    ("“France is still France,” an angry Ana Ruiz retaliated.", [("direct", "France is still France,", "Ana Ruiz")]),
    # a show in title case after a preposition is named, not quoted
    ("On Monday's episode of “The Morning Show,” Ana Ruiz said she would run.",
     [("indirect", "she would run", "Ana Ruiz")]),
    # a cue-only sentence after a quotation that ends its own sentence
    ("“We won.” Ruiz said.", [("direct", "We won.", "Ruiz")]),
    ("“Is it safe?” Miller, a retired worker, said as she left the station.",
     [("direct", "Is it safe?", "Miller")]),
    # … also when the cue goes on with an addressee or a clause of time, but not with a clause
    # of its own or a colon that opens another quotation
    ("The mayor spoke. “We need our fix!” Ruiz said to reporters.", [("direct", "We need our fix!", "Ruiz")]),
    ("The mayor spoke. “Who can remember?” Ruiz asks as a guard walks in.",
     [("direct", "Who can remember?", "Ruiz")]),
    ("“We won.” Ruiz said the vote was fair.", [("indirect", "the vote was fair", "Ruiz")]),
    ("The mayor spoke. “We won.” Bell added: “It was close.”", [("direct", "It was close.", "Bell")]),
    # "put it" introduces a quotation
    ("The vote was close. As Tom Bell, a former mayor, put it: “The gate is open.”",
     [("direct", "The gate is open.", "Tom Bell")]),
    # manner-of-speaking verbs close a quotation
    ("The mayor spoke. “Not true,” Ruiz shot back.", [("direct", "Not true,", "Ruiz")]),
    ("The mayor spoke. “Enough!” the crowd cried out.", [("direct", "Enough!", "the crowd")]),
    ("The mayor spoke. “It is a farce,” reacted Ruiz.", [("direct", "It is a farce,", "Ruiz")]),
    ("The band played on. In her best-known song, Ruiz sings, “The river never sleeps.”",
     [("direct", "The river never sleeps.", "Ruiz")]),
    # a source's name set off from a long headline by a dash, then a colon
    ("FEWER VOTERS THAN EXPECTED TURNED OUT IN THE STATE PRIMARIES - Jo Ruiz: “The samples were small.”",
     [("direct", "The samples were small.", "Jo Ruiz")]),
    # a credit line after a quotation that ends its paragraph
    ("The debate went on.\n\n“We will win this state.”\n\n- Jo Ruiz, speaking in Salem.",
     [("direct", "We will win this state.", "Jo Ruiz")]),
    # … but not a line of a list that names nobody
    ("The debate went on.\n\n“We will win this state.”\n\n- Fresh bread and milk for the ferry crew.", []),
    # a clause with no speech verb introduces the quotation with a colon: its subject speaks
    ("Ruiz was blunt: “The bridge is safe.”", [("direct", "The bridge is safe.", "Ruiz")]),
    ("Ruiz, in a letter to the council, then snapped: “Enough.”", [("direct", "Enough.", "Ruiz")]),
    ("The union's spokesman was clear: “No more delays.”",
     [("direct", "No more delays.", "The union's spokesman")]),
    ("The vote was close. Ruiz issued a statement, “We regret the delay.”",
     [("direct", "We regret the delay.", "Ruiz")]),
    # … but not a thing, nor a subject that its verb does not follow
    ("The plan was simple: “Build it.”", []),
    ("The timing of the vote, on a Friday night, in the rain: “Unfortunate.”", []),
    # a prose paragraph that ends with a name and more of its sentence is no block quotation
    ("Former governor Jo Ruiz announced on Sunday his warm endorsement of Sen. Ted Bell for president.\n\n"
     "Sen. Ted Bell thanked him.",
     [("indirect", "his warm endorsement of Sen. Ted Bell for president", "Jo Ruiz")]),
    # a pronoun object inside a phrasal cue: "pointed | it | out"
    ("The vote was close. “It was fair,” Ruiz pointed it out.", [("direct", "It was fair,", "Ruiz")]),
    # modifiers the mention leaves out
    ("“We won,” another aide, Ana Ruiz, said.", [("direct", "We won,", "Ana Ruiz")]),
    # a participle's speaker is the sentence's subject, not the object before it
    ("Ruiz tried to turn the interruptions to her advantage, showcasing her large crowds, shouting “Be nice.”",
     [("direct", "Be nice.", "Ruiz")]),
    # a relative clause that ends with a quotation stands between the subject and its verb
    ("Ruiz, who called the plan a “farce,” said the bridge is safe.",
     [("indirect", "the plan a “farce", "Ruiz"), ("partial", "farce,", "Ruiz"),
      ("indirect", "the bridge is safe", "Ruiz")]),
    # after a closing mark, "said" and the subject of a clause name no speaker of either side
    ("Ruiz, a critic who called the plan a “farce,” said the bridge is safe.",
     [("indirect", "the plan a “farce", "a critic"), ("partial", "farce,", "a critic")]),
    # a form of "be" after a cue starts no speaker: "comment" is a noun here
    ("The mayor’s “lame duck” comment was nearly as harsh as his.", []),
    # an addressee, then adverbials, tells nothing: "told | 300 people | gathered in …", "told CNN | on Monday"
    ("“We won,” Ruiz told 300 people gathered in Salem.", [("direct", "We won,", "Ruiz")]),
    ("“We won,” Ruiz told CNN on Monday when asked about the closed bridge.", [("direct", "We won,", "Ruiz")]),
    # titles of works and shows are not statements
    ("Ruiz said on “Face the Nation” that the bridge was safe.",
     [("indirect", "the bridge was safe", "Ruiz")]),
    # a headline credited to its author is a title
    ("“We won,” Ruiz said.\n\nNEW IN TOWN—“Bakery opens on Main Street,” by Jo Bell: “The bread is good.”",
     [("direct", "We won,", "Ruiz"), ("direct", "The bread is good.", "Jo Bell")]),
    # a fragment after an article or a possessive is a term set off, not the speaker's words
    ("Ruiz later blamed the delay on a “bad fuse,” saying the bridge was safe.",
     [("indirect", "the bridge was safe", "Ruiz")]),
    # a fragment before the sentence's speaker and cue is nobody's words
    ("A new “smart” bridge was planned, and a former engineer said the site was ready.",
     [("indirect", "the site was ready", "a former engineer")]),
    # … nor one after a preposition, a possessive or a noun for a work, where a cue follows it
    ("On CNN's “Morning Desk,” Ruiz said the bridge was safe.", [("indirect", "the bridge was safe", "Ruiz")]),
    ("Ruiz wrote in her memoir, “Hard Roads.”", []),
    # … nor one set off by commas like a whole utterance, where no cue speaks it
    ("“We won,” Ruiz said. She stars in the thriller, “Night Harbor,” this fall.", [("direct", "We won,", "Ruiz")]),
    # a quote with no cue after a quote by X is X's; a colon line introduces the next paragraph
    ("“We won,” Ruiz said. “We will build.”",
     [("direct", "We won,", "Ruiz"), ("direct", "We will build.", "Ruiz")]),
    ("Ruiz said:\n\n“We won.”", [("direct", "We won.", "Ruiz")]),
    # a thing called by a quoted name is named; nobody speaks
    ("The troupe is staging a popular play called “Sons of the Mayor,” in Salem.", []),
    # a cue of its own right before a quotation wins over a reported clause that ran on over it
    ("She said that the plan was strong, to which Bell interjected: “It is just not true.”",
     [("indirect", "the plan was strong, to which Bell interjected: “It is just not true.”", "She"),
      ("direct", "It is just not true.", "Bell")]),
    # a sentence that is only a subject and its cue, right before a quotation in the paragraph
    ("“We won,” Ruiz said. Tom Bell agreed. “It was a fair vote.”",
     [("direct", "We won,", "Ruiz"), ("direct", "It was a fair vote.", "Tom Bell")]),
    # a short question in title case goes on with the speaker; it names no work
    ("“This is silly,” Ana Ruiz wrote on her blog. “Blacklisted?”",
     [("direct", "This is silly,", "Ana Ruiz"), ("direct", "Blacklisted?", "Ana Ruiz")]),
    # verbs of manner that introduce a quotation
    ("When Bell spoke, Ruiz fired back: “That is false,” pointing at the chart.",
     [("direct", "That is false,", "Ruiz")]),
    ("As the crowd cheered, his wife whispered to him: “They love you.”", [("direct", "They love you.", "his wife")]),
    # verbs of manner that close a quotation
    ("“And the rest?” Tom Bell pressed.", [("direct", "And the rest?", "Tom Bell")]),
    ("“It was chaos,” remembered Tom Bell, a former aide.", [("direct", "It was chaos,", "Tom Bell")]),
    ("“Let me help you,” the mayor riffed on the question.", [("direct", "Let me help you,", "the mayor")]),
    # a name after a preposition before the colon is the topic, not the speaker
    ("Ruiz on Bell: ‘He Will Lose.’", [("direct", "He Will Lose.", "Ruiz")]),
    ("Another user, Tom Bell, wrote of Ms. Ruiz: “Your time is up.”", [("direct", "Your time is up.", "Tom Bell")]),
    # a subject asked in the passive does not say the question; the asker after "by" does
    ("Ruiz was asked, “Will you run again?”", []),
    ("Ruiz was asked by host Tom Bell, who backs her, “Will you run again?”",
     [("direct", "Will you run again?", "Tom Bell")]),
    # a quotation that goes on after "X said, according to Y" is still X's words (PolNeAR credits
    # Y, the source that reports them; quotex names who said them)
    ("“The gate stays shut,” Tom Bell said, according to the Daily Star. “Nobody gets in.”",
     [("indirect", "“The gate stays shut,” Tom Bell said", "Daily Star"), ("direct", "The gate stays shut,", "Tom Bell"),
      ("direct", "Nobody gets in.", "Tom Bell")]),
    # … but a fragment inside a sentence with no cue is a scare quote, nobody's words
    ("“We won,” Ruiz said. The so-called “green wall” went up in May.", [("direct", "We won,", "Ruiz")]),
    # a paragraph that is one single-quoted line, in a text that quotes with double marks, is a heading
    ("“We won,” Ruiz said.\n\n'A fight to the finish.'\n\nThe race went on.", [("direct", "We won,", "Ruiz")]),
    # a quotation that is its whole sentence and ends it inside its marks is said, however short,
    # while a title in one word is named inside a sentence
    ("“We won,” Ruiz said. “Period.”", [("direct", "We won,", "Ruiz"), ("direct", "Period.", "Ruiz")]),
    ("“We won,” Ruiz said. Bell starred in “Dune.”", [("direct", "We won,", "Ruiz")]),
    # the last part of a quotation that goes on over paragraphs, before its cue, is quoted, not
    # reported as well
    ("“We will not stop.\n\n“We will go on,” Ruiz said.", [("direct", "We will not stop.\n\n“We will go on,", "Ruiz")]),
    # runs of marks quote nothing
    ("“”“” Nothing here.", []),
    # British single quotes, where a paragraph has no double marks; apostrophes never pair
    ("'Inflation is falling,' the governor said.", [("direct", "Inflation is falling,", "the governor")]),
    ("The governor said: 'We will act.'", [("direct", "We will act.", "The governor")]),
    ("It's the Reuters' report from the '90s, don't worry, the governor said.",
     [("indirect", "It's the Reuters' report from the '90s, don't worry", "the governor")]),
]


def test_an_exchange_of_quoted_turns_alternates_its_speakers():
    text = ("“Are you coming?” asked Maria Ruiz.\n\n“No,” Tom Bell replied.\n\n“Why not?”\n\n"
            "“I am busy.”\n\n“Then I will go alone.”\n\n“Fine.”")
    assert got(text) == [("direct", "Are you coming?", "Maria Ruiz"), ("direct", "No,", "Tom Bell"),
                         ("direct", "Why not?", "Maria Ruiz"), ("direct", "I am busy.", "Tom Bell"),
                         ("direct", "Then I will go alone.", "Maria Ruiz"), ("direct", "Fine.", "Tom Bell")]


def test_an_answer_to_the_last_turns_question_is_the_turn_before_it():
    text = "“We won,” said Maria Ruiz.\n\n“Did you?” Tom Bell asked.\n\n“Yes.”"
    assert got(text)[-1] == ("direct", "Yes.", "Maria Ruiz")


def test_a_retort_makes_an_exchange_too():
    text = "“We will win,” said Maria Ruiz.\n\n“Not a chance,” Tom Bell shot back.\n\n“Wait and see.”"
    assert got(text)[-1] == ("direct", "Wait and see.", "Maria Ruiz")


def test_after_a_plain_answer_a_long_quotation_paragraph_goes_on_with_the_answer():
    answer = "“We will build it,” Tom Bell said."
    more = "“" + "The money is there and the council has voted for it twice. " * 6 + "”"
    text = f"“Will you build the bridge?” asked Maria Ruiz.\n\n{answer}\n\n{more}"
    assert got(text)[-1][2] == "Tom Bell"


def test_one_speaker_quoted_twice_is_no_exchange():
    text = "“Are you coming?” asked Maria Ruiz.\n\n“Now?” Ruiz replied.\n\n“Yes, now.”"
    assert got(text)[-1] == ("direct", "Yes, now.", "Maria Ruiz")


@pytest.mark.parametrize("text, expected", QUOTES)
def test_quotations(text, expected):
    assert got(text) == expected


def test_transcript_turns_and_their_follow_on_paragraphs():
    text = ("HOST: Will the bridge reopen?\n\nRUIZ: Yes, in May.\n\nWe are sure of it.\n\n"
            "(CROSSTALK)\n\nHOST: Thank you both.")
    assert got(text) == [("indirect", "Will the bridge reopen", "HOST"),
                         ("indirect", "Yes, in May", "RUIZ"),
                         ("indirect", "We are sure of it", "RUIZ"),
                         ("indirect", "Thank you both", "HOST")]


def test_a_statement_reported_inside_a_speaker_line_is_that_speakers():
    text = "HOST: Ana Ruiz said the ferry would run again. Do you agree with her?\n\nBELL: No, the ferry is too old."
    assert got(text) == [("indirect", "Ana Ruiz said the ferry would run again. Do you agree with her", "HOST"),
                         ("indirect", "No, the ferry is too old", "BELL")]


def test_headline_label_must_be_named_again():
    assert got("Ruiz: The bridge will reopen in May\n\nMayor Ana Ruiz spoke on Monday.") == [
        ("indirect", "The bridge will reopen in May", "Ana Ruiz")]
    assert got("Stealth Mode: The bridge will reopen in May\n\nThe mayor spoke on Monday.") == []
    # in the headline, a label that names people, a body or a document speaks, named again or not
    assert got("Engineers: The bridge will reopen in May\n\nThe mayor spoke on Monday.") == [
        ("indirect", "The bridge will reopen in May", "Engineers")]
    assert got("Report: The bridge will reopen in May\n\nThe mayor spoke on Monday.") == [
        ("indirect", "The bridge will reopen in May", "Report")]
    assert got("The mayor spoke on Monday.\n\nEngineers: The bridge will reopen in May") == []
    assert got("WOW: The bridge will reopen in May\n\nThe mayor spoke on Monday.") == []     # capitals alone
    assert got("Ohio: Jo Ruiz, Ana Bell, Ed Cole Jr., Lee Park\n\nThey all ran in Ohio.") == []   # a list of names
    # a label before one quotation is a quote's speaker, not reported speech
    assert got("Ruiz: ‘We Will Reopen the Bridge’\n\nMayor Ana Ruiz spoke on Monday.") == [
        ("direct", "We Will Reopen the Bridge", "Ana Ruiz")]


def test_relative_who_takes_the_number_of_its_phrase():
    # a base form after "who" is a verb when the phrase "who" names is plural
    found = [(q.quote, q.speaker_mention) for q in quotex.extract(
        "The audit gave new hope to critics who say the ferry is a waste of money.")]
    assert found == [("the ferry is a waste of money", "who")]


def test_title_case_headline_reports_what_follows_its_cue():
    assert got("Jo Ruiz Just Revealed Who She Backs For Mayor — It May Surprise You\n\nRuiz spoke on Monday.") == [
        ("indirect", "Who She Backs For Mayor", "Jo Ruiz")]
    assert got("Jo Ruiz Responded To Bell's Attack With One Line\n\nRuiz spoke on Monday.") == []    # an addressee
    assert got("The Ferry Will Close In March, Jo Ruiz Says\n\nRuiz spoke on Monday.") == [
        ("indirect", "The Ferry Will Close In March", "Jo Ruiz")]


def test_headline_label_with_lower_case_words():
    # whom or where it was said after the speaker, before the colon
    assert got("Mayor Ruiz to the council: The bridge will reopen in May.\n\nJo Ruiz spoke on Monday.") == [
        ("indirect", "The bridge will reopen in May", "Ruiz")]
    assert got("Ruiz and Bell: A tortured friendship.\n\nJo Ruiz spoke on Monday. Bell too.") == []


def test_pronouns_resolve_by_gender_and_number():
    text = ("Ana Ruiz met John Kirby. “We agree,” Kirby said. “So do we,” she said. "
            "The council said it agreed. “Fine,” they said.")
    assert [(q.quote, q.speaker) for q in quotex.extract(text) if q.kind == "direct"] == [
        ("We agree,", "John Kirby"), ("So do we,", "Ana Ruiz"), ("Fine,", "The council")]


def test_description_resolves_to_the_last_person_quoted():
    text = "“We agree,” Kremlin spokesman Dmitry Peskov said. The official added that talks went on."
    assert [q.speaker for q in quotex.extract(text)] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_every_record_names_its_rule():
    assert rules("The bridge, Ruiz said, will reopen in May.") == ["clause_speaker_verb", "parenthetical"]
    assert rules("“We won,” Ruiz said.") == ["quote_speaker_verb"]


def test_markup_attribute_values_are_not_quotations():
    # marks inside a tag left in the text quote nothing: <a href="…">
    assert all("http" not in quote for _, quote, _ in got('Ruiz said in <a href="http://x.com/a">a video</a> that the bridge was safe.'))


def test_block_credit_line_may_open_with_an_article():
    text = ("We made a serious offer and we stand by it because it was made sincerely John Kirby, the strategic "
            "communications coordinator at the White House\n\nJohn Kirby spoke later. John Kirby left.")
    assert [(kind, speaker) for kind, _, speaker in got(text)] == [("block", "John Kirby")]


def test_a_quotation_after_a_quoted_cue_sentence_goes_on_by_continuation():
    assert rules("“We won,” Ruiz said. “We will build.”") == ["quote_speaker_verb", "continuation"]
