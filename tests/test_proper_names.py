"""Names no vocabulary lists, found as runs of capitalised words."""

import pytest

from timeline.extraction.entities import EntityMention
from timeline.extraction.proper_names import find_names, joined_names, word_names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Carillion went into compulsory liquidation on Monday.", ["Carillion"]),
        ("Chief executive Richard Howson stood down on the same day.", ["Richard Howson"]),
        (
            "Britain's business minister ordered an inquiry into Carillion.",
            ["Britain", "Carillion"],
        ),
        (
            "The Ministry of Justice said G4S would pay £9.9 million.",
            ["Ministry of Justice", "G4S"],
        ),
        ("Working Links went bust in February.", ["Working Links"]),
        ("Days after the warning, HS2 Ltd chose a joint venture.", ["HS2 Ltd"]),
        ("In July the partners were Eiffage and Kier.", ["Eiffage", "Kier"]),
        ("The firm said on Monday that it would close.", []),
        # a law's name holds commas, "and", "of" and brackets, and its year
        (
            "The Legal Aid, Sentencing and Punishment of Offenders Act 2012 rewrote them.",
            ["Legal Aid, Sentencing and Punishment of Offenders Act 2012"],
        ),
        (
            "The Sentencing Guidelines (Pre-sentence Reports) Act was passed.",
            ["Sentencing Guidelines (Pre-sentence Reports) Act"],
        ),
        ("In March the Act was passed.", []),  # "the Act" alone names none
        # a number word opening a sentence is no name: "Twenty years ago today"
        ("Twenty years ago today the London services merged.", ["London"]),
        ("Ministers told MPs and Parliament that the Government would act.", []),
        ("ANNOUNCEMENT CONTAINS INSIDE INFORMATION Carillion agrees a facility", ["Carillion"]),
        ("Emma Mercer succeeds the Group Finance Director.", ["Emma Mercer"]),
        ("KPMG was fined by the FRC.", ["KPMG", "FRC"]),
        ("PARIS, Mar 3 (Wire) - Kier said Tue Mar 3 was its last day.", ["Kier"]),  # dateline
        ("BELFAST - The firm that checks claims is to lose the work.", []),
        ("KPMG - the auditor - was fined.", ["KPMG"]),  # no dateline: the dash opens no story
        ("Last Thursday HMRC confirmed it.", ["HMRC"]),
        ("The Competition and Markets Authority closed it.", ["Competition and Markets Authority"]),
        ("The Work and Pensions Committee met.", ["Work and Pensions Committee"]),
        (
            "The Kensington and Chelsea Tenant Management Organisation ran it.",
            ["Kensington and Chelsea Tenant Management Organisation"],
        ),
        (
            "The Local Government and Social Care Ombudsman upheld it.",
            ["Local Government and Social Care Ombudsman"],
        ),
        ("Jan Smith joined Kier.", ["Jan Smith", "Kier"]),
        ("Barnsley Magistrates' Court began sitting.", ["Barnsley Magistrates' Court"]),
        ("The Prisoners’ Advice Service said so.", ["Prisoners’ Advice Service"]),
        ("As the directors' report said, Kier lost money.", ["Kier"]),
        ("Mr Hinds made a statement and Ms Cook agreed.", ["Hinds", "Cook"]),  # common words
        ("Hinds graze in the park.", []),
        ("The Leeds-based firm and a US-owned rival bid.", []),
        (
            "Kier and Mitie met the Public Accounts and Audit Committee.",
            ["Kier", "Mitie", "Public Accounts and Audit Committee"],
        ),
        (
            "The Office of Rail and Road fined Network Rail.",
            ["Office of Rail and Road", "Network Rail"],
        ),
        (
            "The Department for Business and Trade and Kier met.",
            ["Department for Business and Trade", "Kier"],
        ),
        (
            "The Committee on Standards in Public Life heard Serco.",
            ["Committee on Standards in Public Life", "Serco"],
        ),
        ("The Commission on Justice in Wales reported.", ["Commission on Justice in Wales"]),
        (
            "The Ministry of Justice in London told Serco on Friday.",
            ["Ministry of Justice", "London", "Serco"],
        ),
        ("Today's report shows that Covid hit Serco.", ["Serco"]),  # a day and a disease
        ("Changes were announced, Theresa May told MPs today.", ["Theresa May"]),  # a surname
        ("Serco said in May 2014 that it would pay.", ["Serco"]),
        ("Kier's March 2014 results were late.", ["Kier"]),
        ("Between January and June the rate rose.", []),
        ("The Chancellor of the Exchequer announced it.", []),  # a post
        ("The Director of the Serious Fraud Office spoke.", ["Serious Fraud Office"]),
        # a name may end on its number, but a count or a day is no part of one
        ("Borealis bought High Speed 1, the railway.", ["Borealis", "High Speed 1"]),
        ("Channel 4 will stay in public hands.", ["Channel 4"]),
        ("Serco ran Northumbria 3 years ago.", ["Serco", "Northumbria"]),
        # a number word written with a capital inside a sentence opens a name
        ("The homes went to Four Seasons Health Care.", ["Four Seasons Health Care"]),
        ("He said Three CRCs failed.", []),
        ("Since 1 August, Serco has run it.", ["Serco"]),
        # a thing done whose name holds "and" is one name; a body's name goes on after it
        (
            "It was in the Strategic Defence and Security Review.",
            ["Strategic Defence and Security Review"],
        ),
        ("The Pay Review Body and Serco met.", ["Pay Review Body", "Serco"]),
        # "for the" inside a name before a capital, not before a lower-case word
        ("Building Schools for the Future was launched.", ["Building Schools for the Future"]),
        ("It was the Ministry of Justice for the first time.", ["Ministry of Justice"]),
    ],
)
def test_find_names_finds_capitalised_runs_not_english_words(sentence, names):
    assert [mention.text for mention in find_names(sentence)] == names


def test_find_names_a_wires_mark_is_no_part_of_a_name():
    found = find_names("UPDATE 2-Serco to stay on contact tracing as jobs are cut")
    assert [m.name for m in found] == ["Serco"]


def test_find_names_leaves_what_the_vocabulary_already_named():
    sentence = "Seetec took over from Working Links."
    taken = [EntityMention("owner", "Working Links", "Working Links", 22, 35)]
    assert [m.text for m in find_names(sentence, taken)] == ["Seetec"]


def test_word_names_a_firm_called_by_an_english_word_is_a_name_where_its_document_says_so():
    sentences = [
        "Ofgem said that Bulb had 1.7 million customers when it failed.",
        "The government lent Bulb money to keep it trading.",
    ]
    words = word_names(sentences)
    assert words == {"Bulb"}
    opening = "Bulb went into special administration on 24 November."
    assert [m.text for m in find_names(opening)] == []
    assert [m.text for m in find_names(opening, (), words)] == ["Bulb"]
    # the sentences it opens count too, and a list is no longer name ("Ofgem, Bulb and …")
    listed = [
        "Bulb was founded in 2015 by two former consultants.",
        "The deal was agreed by Ofgem, Bulb and Octopus Energy in the autumn.",
    ]
    assert word_names(listed) == {"Bulb"}


@pytest.mark.parametrize(
    "sentences",
    [
        # written in small letters too: a common noun
        ["The Government said it would act at once.", "The minister said the government acted."],
        ["It was said by the Government that it would act.", "Later the government acted."],
        # once only
        ["Ofgem said that Bulb had 1.7 million customers when it failed."],
        # a place, a quoted rating, a piece of a longer name, a verb, a noun after "the"
        ["The commissioner in Slough was appointed.", "A new trust in Slough was then formed."],
        ["It was rated 'Requires improvement' here.", "Then it was rated 'Requires improvement'."],
        ["The council set up Brick by Brick in 2016.", "By 2020 Brick by Brick had built little."],
        [
            "Ofsted said that learndirect Limited failed.",
            "It said learndirect Limited must act.",
        ],
        ["Inspectors rated it Requires improvement.", "They rated it Requires improvement again."],
        ["Ministers asked the Treasury for money.", "Officials at the Treasury refused it flatly."],
    ],
)
def test_word_names_leaves_common_nouns_places_ratings_and_pieces_of_names(sentences):
    assert word_names(sentences) == frozenset()


def test_joined_names_a_name_written_again_and_again_with_a_small_word_inside_is_one():
    sentences = [
        "Babylon GP at Hand began registering patients in Birmingham.",
        "The CCG holds the GP at Hand contract.",
        "Patients who joined GP at Hand were told to register elsewhere.",
        "Serco at Yarl's Wood was criticised.",  # once: two names
        "In Leeds at Christmas the pilot closed.",
    ]
    joined = joined_names(sentences)
    assert joined == {"GP at Hand"}
    found = find_names("The CCG holds the GP at Hand contract.", (), joined)
    assert [m.text for m in found] == ["CCG", "GP at Hand"]
    assert "Hand" not in [m.text for m in find_names("Serco at Yarl's Wood left.", (), joined)]


@pytest.mark.parametrize(
    "name",
    [
        "Department for Digital, Culture, Media and Sport",
        "Department for Business, Innovation and Skills",
        "Commons Culture, Media and Sport Committee",
        "Environment, Food and Rural Affairs Committee",
    ],
)
def test_a_body_named_by_a_list_is_one_name(name):
    sentence = f"In July the {name} opened a consultation."
    assert name in [mention.text for mention in find_names(sentence)]


def test_a_list_of_firms_is_no_body():
    sentence = "In July Serco, G4S and Capita won contracts."
    assert "Serco, G4S and Capita" not in [mention.text for mention in find_names(sentence)]
