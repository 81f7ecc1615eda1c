"""A filled template that says less than its clause shows the clause's words: same doer first,
headline tense, no written date, a whole phrase; otherwise the template stands."""

import datetime as dt

import pytest
from factories import sentence_candidates

from timeline.extraction.documents import Post

POST = Post(title="A post", post_date=dt.date(2019, 11, 1), line=1, sentences=[], comments=[])


def _shown(recogniser, text, kind):
    found = sentence_candidates(recogniser, text, POST.post_date)
    return [(c.title, c.fuller_title) for c in found if c.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "template", "fuller"),
    [
        (
            "The Welsh government called probation a national embarrassment as the Senedd "
            "debated the future of probation in Wales this week.",
            "parliamentary",
            "Senedd holds debate",
            "Senedd debates the future of probation in Wales",
        ),
        (
            "Sodexo announced around 600 redundancies across its six CRCs last month.",
            "job_cuts",
            "Sodexo announces redundancies",
            "Sodexo announces around 600 redundancies across its six CRCs",
        ),
        (
            "Mears took over its rival's asylum business in Scotland in September.",
            "ownership_changed",
            "Mears takes over",
            "Mears takes over its rival's asylum business in Scotland",
        ),
    ],
)
def test_the_clause_shows_when_it_says_more_about_the_same_doer(
    recogniser, text, kind, template, fuller
):
    assert (template, fuller) in _shown(recogniser, text, kind)


@pytest.mark.parametrize(
    ("text", "fuller"),
    [
        (
            "The NHS plan Five Year Forward View for Mental Health, published in 2016, pointed to"
            " the gap between the needs of people in the justice system and what community"
            " services offered them.",
            "NHS plan Five Year Forward View for Mental Health published",
        ),
        (
            "The coalition government's Transforming Rehabilitation: A Strategy for Reform,"
            " published in May 2013, set out to replace the trusts.",
            "Transforming Rehabilitation: A Strategy for Reform published",
        ),
    ],
)
def test_a_clause_cut_before_its_participle_keeps_the_participle(recogniser, text, fuller):
    found = sentence_candidates(recogniser, text, POST.post_date)
    assert fuller in [c.shown_title for c in found]


def test_a_stock_headline_gives_way_to_a_clause_that_names_who(recogniser):
    """ "Judicial review sought" says less than, and the opposite of, the clause."""
    found = sentence_candidates(
        recogniser,
        "The judicial review was thrown out on 4 August by Mr Justice King.",
        POST.post_date,
    )
    assert [c.fuller_title for c in found] == ["Judicial review thrown out by Mr Justice King"]


@pytest.mark.parametrize(
    ("word", "named"),
    [("Grayling", True), ("NAO", True), ("Sodexo's", True), ("Company's", False)]
    + [("Three-year", False), ("Inspectors", False)],
)
def test_a_headline_opens_on_a_name_when_english_does_not_know_the_word(word, named):
    """Every headline's first word is capitalised: a name is one English does not list."""
    from timeline.extraction.title_judgement import _a_name

    assert _a_name(word) is named


def test_a_stock_headline_gives_way_to_a_clause_opened_by_a_name(recogniser):
    """ "Legal action threatened" says less than who received the threat."""
    found = sentence_candidates(
        recogniser,
        "Grayling originally received the letter threatening legal action on Monday last week.",
        POST.post_date,
    )
    assert [c.fuller_title for c in found] == [
        "Grayling receives the letter threatening legal action"
    ]


@pytest.mark.parametrize(
    ("clause", "stock", "more"),
    [
        # no name, but the stock's own happening told more fully by its doer
        ("Council issues its third section 114 notice", "Section 114 notice issued", True),
        (
            "Government rejects the committee's main recommendation",
            "Recommendations rejected",
            True,
        ),
        # another verb, a pronoun for a doer, a clause cut short or left hanging: the stock stands
        ("Report follows five evidence sessions", "Committee holds evidence session", False),
        ("It issues its third section 114 notice", "Section 114 notice issued", False),
        ("Evaluation the requirement made available to courts", "Scheme made available", False),
        ("Two joint inspections by the inspectorates find", "Inspectors find", False),
    ],
)
def test_a_stock_headline_gives_way_to_a_clause_telling_its_happening_more_fully(
    clause, stock, more
):
    from timeline.extraction.title_judgement import says_more_than_stock

    assert says_more_than_stock(clause, stock) is more


@pytest.mark.parametrize(
    "text",
    [
        "UNISON's probation members struck for 24 hours on Thursday 11 June 2015.",  # a date
        # another doer first: "Interserve's probation arm", not Interserve
        "Interserve's probation arm, run as Purple Futures, took over five CRCs in 2015.",
        # the clause's verb is its teller's coming to know, not the happening
        "Serco learned on Friday that Serco had been stripped of the contract.",
    ],
)
def test_the_template_stands_when_the_clause_would_read_worse(recogniser, text):
    found = sentence_candidates(recogniser, text, POST.post_date)
    assert found and all(c.fuller_title is None for c in found)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "A National Audit Office investigation published in January 2014 found that G4S "
            "and Serco had struggled to build up a supply of housing.",
            "NAO publishes report",
        ),
        (
            "In 2014 the Public Accounts Committee concluded that the move to a handful of "
            "large contractors had been badly planned.",
            "Public Accounts Committee publishes report",
        ),
    ],
)
def test_a_label_gives_way_to_the_types_headline_for_the_roles_found(recogniser, text, title):
    """Not "Report published: NAO": the type's "{actor} publishes report", ranked as a label."""
    found = sentence_candidates(recogniser, text, POST.post_date)
    assert [(c.title, c.title_kind) for c in found] == [(title, "bare")]


@pytest.mark.parametrize(
    ("clause", "reads_well"),
    [
        ("Welsh Government debates the future of probation", True),  # "of" inside is whole
        ("Carillion wins two of the four regional contracts to look", False),
        ('Inspectorate publishes "A thematic review of work to prepare"', False),
        ("Serco has been succeeded", False),
        ("Staff stop work and", False),
        ("Carillion wins contract in May", False),  # a date written
        ("Deal signed in 2012", False),
        ("Theresa May tells the Commons there is no specific threat", True),  # a name's "May"
        ("Localism Act 2011 receives Royal Assent", True),  # a name's year
        ("Home Secretary Theresa May, answering an urgent question", False),  # no verb left
        ("Serco wins contract, beating Capita", True),
    ],
)
def test_a_clause_reads_well_when_it_ends_on_a_whole_phrase(clause, reads_well):
    from timeline.extraction.title_judgement import _reads_well

    assert _reads_well(clause, clause.split()[1:2]) is reads_well


def test_a_title_drops_a_phrase_left_wanting_its_of():
    from timeline.extraction.titles import clause_headline

    text = (
        "On 23rd October the Welsh Government debated the future of probation in the context of"
        " the new proposed model for Wales announced earlier this summer."
    )
    start = text.index("debated")
    assert clause_headline(text, (start, start + 7)) == (
        "Welsh Government debates the future of probation"
    )


def test_a_clause_that_adds_a_count_says_more(recogniser):
    (cuts,) = sentence_candidates(
        recogniser, "Sodexo cut 600 jobs in May 2015.", dt.date(2015, 6, 1)
    )
    assert (cuts.title, cuts.fuller_title) == ("Sodexo cuts jobs", "Sodexo cuts 600 jobs")


def test_a_clause_that_drops_the_templates_sum_says_no_more():
    from timeline.extraction.title_judgement import says_more

    values = {"actor": ["Office for Budget Responsibility"]}
    filled = "Office for Budget Responsibility puts cost at £6.5bn"
    cut = "Office for Budget Responsibility puts the cost of keeping the supplier running"
    assert not says_more(cut, filled, values)
    whole = "Office for Budget Responsibility puts the cost of keeping the supplier at £6.5 billion"
    assert says_more(whole, filled, values)


def test_a_participles_noun_phrase_keeps_whose_it_is(recogniser):
    (review,) = sentence_candidates(
        recogniser,
        "HMIP's thematic review of the EDM arrangements, published on 18 November 2020, praised"
        " staff.",
        dt.date(2021, 4, 1),
    )
    assert review.title == "HMIP's thematic review of the EDM arrangements published"


def test_a_participles_noun_phrase_reaches_back_a_few_words_not_through_of(recogniser):
    found = sentence_candidates(
        recogniser,
        "On 23rd October the Welsh Government debated the future of probation in the context of"
        " the new proposed model for Wales announced earlier this summer.",
        dt.date(2018, 11, 20),
    )
    titles = {c.type: c.title for c in found}
    assert titles["policy_announced"] == "New proposed model for Wales announced"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "The Public Accounts Committee, in a report published on 12 March, called the "
            "scheme a costly failure.",
            "Public Accounts Committee calls the scheme a costly failure",
        ),
        (
            "The chief inspector, whose report came out in June, said the service had improved.",
            "Chief inspector's report comes out",
        ),
    ],
)
def test_a_report_told_in_an_aside_or_a_relative_is_headed_by_who_made_it(recogniser, text, shown):
    """ "Report published" is all the words that date it say: the headline says whose report
    it was, without the aside that tells where they said it."""
    found = sentence_candidates(recogniser, text, POST.post_date)
    assert [c.fuller_title or c.title for c in found if c.type == "report_published"] == [shown]


def test_a_clause_that_drops_the_rating_does_not_replace_the_rating_headline(recogniser):
    (report,) = sentence_candidates(
        recogniser,
        "HM Inspectorate of Probation published its second report on Wales CRC in May 2020 and"
        " again rated it Requires improvement overall.",
        dt.date(2020, 6, 1),
    )
    assert report.title == "HM Inspectorate of Probation rates Wales CRC 'Requires improvement'"
    assert report.fuller_title is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "HM Inspectorate of Probation rated Derbyshire, Nottinghamshire, Leicestershire and"
            " Rutland CRC 'Requires improvement' in January 2019.",
            "HM Inspectorate of Probation rates DLNR CRC 'Requires improvement'",
        ),
        (
            "Sodexo took over Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire"
            " CRC in February 2015.",
            "Sodexo takes over BeNCH CRC",
        ),
        (
            "Seetec took over Kent, Surrey and Sussex CRC in February 2015.",
            "Seetec takes over Kent, Surrey and Sussex CRC",
        ),
    ],
)
def test_a_headline_too_long_for_a_units_full_name_writes_its_abbreviation(recogniser, text, title):
    found = sentence_candidates(recogniser, text, dt.date(2019, 6, 1))
    assert found[0].title == title
