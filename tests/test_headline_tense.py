"""Headline tense and times read as an editor would: two describing words "and" joins stay as
written, an adverb inside a perfect is no verb, and "a few weeks earlier" leaves a title."""

from __future__ import annotations

import pytest

from timeline.extraction.headline_tense import present_tense
from timeline.extraction.headlines import headline
from timeline.extraction.title_times import without_relative_time


def test_two_describing_words_and_joins_are_no_second_verb():
    said = present_tense("NAO said it still lacked a structured and informed approach")
    assert said == "NAO says it still lacked a structured and informed approach"
    assert present_tense("Inspectors visited and judged its work poor") == (
        "Inspectors visit and judge its work poor"
    )


def test_an_adverb_inside_a_perfect_is_no_verb_of_the_headline():
    made = headline("the council had still not produced a credible plan")
    assert made is not None and "stills" not in made


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "External auditor published a Report a few weeks earlier",
            "External auditor published a Report",
        ),
        ("The firm collapsed two weeks later", "The firm collapsed"),
        (
            "The minister made a statement to MPs yesterday afternoon and apologised",
            "The minister made a statement to MPs and apologised",
        ),
        (
            "Talks began three months later than planned",
            "Talks began three months later than planned",
        ),
        (  # the time goes, the comma that sets off the participle after it stays
            "HMPPS closed the programme last year, having spent £153m on it",
            "HMPPS closed the programme, having spent £153m on it",
        ),
        ("Sixteen years ago the NAO found that stress rose", "the NAO found that stress rose"),
    ],
)
def test_a_time_counted_from_another_leaves_the_title(title, expected):
    assert without_relative_time(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "The reset goes live across the region last Friday, 7 June",
            "The reset goes live across the region",
        ),
        ("Sodexo cuts jobs on Friday, 7 June 2019", "Sodexo cuts jobs on Friday, 7 June 2019"),
    ],
)
def test_a_weekday_counted_from_the_post_leaves_the_title_with_its_date(title, expected):
    """ "last Friday, 7 June" dates against the post; the event's date field says when."""
    assert without_relative_time(title) == expected


def test_a_long_clause_is_never_cut_after_more_that_wants_its_than():
    made = headline(
        "The Female Offender Strategy was published in June 2018 and contained more than 50"
        " commitments, from"
        " guidance for police dealing with vulnerable women to a pilot of residential centres"
    )
    assert made == "Female Offender Strategy published"


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Sodexo and Interserve won the contracts", "Sodexo and Interserve win the contracts"),
        (
            "The Work and Pensions Committee agreed to hold an inquiry",
            "The Work and Pensions Committee agrees to hold an inquiry",
        ),  # one body, "and" in its name
        ("Dorset, Devon and Cornwall CRC cut jobs", "Dorset, Devon and Cornwall CRC cuts jobs"),
    ],
)
def test_a_name_with_and_in_it_heads_a_singular_verb(clause, expected):
    assert present_tense(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Children stopped being held there", "Children stop being held there"),
        ("Women at the centre refused meals", "Women at the centre refuse meals"),
        ("Most of them reported delays", "Most of them report delays"),
        (  # a passive still to come stays to come
            "Foreign offenders will be deported straight after sentencing",
            "Foreign offenders to be deported straight after sentencing",
        ),
        ("One of them reported delays", "One of them reports delays"),
        (  # a participle and when, between commas, is no verb of the headline
            "The inspectorate's most recent report, published last November, found that",
            "The inspectorate's most recent report, published last November, finds that",
        ),
    ],
)
def test_irregular_plurals_and_a_dated_participle_aside(clause, expected):
    assert present_tense(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "Their report, published last November, warned that too many vulnerable women were"
            " still being detained, including women who had been tortured, and that many were"
            " later released",
            "Report warns that too many vulnerable women were still being detained",
        ),
        (  # told whole only with its verb's object: else the cut before the aside stands
            "The NHS plan Five Year Forward View for Mental Health, published in 2016, pointed to"
            " the gap between the needs of people in the justice system and what services offered",
            "NHS plan Five Year Forward View for Mental Health",
        ),
        (  # "concludes that it had been …" says nothing whole: the noun phrase and when it came
            "The Justice Committee report on Transforming Rehabilitation, published on 22 June,"
            " concluded that it had been a mistake to introduce the reforms without piloting",
            "Justice Committee report on Transforming Rehabilitation published on 22 June",
        ),
    ],
)
def test_a_dated_participle_aside_goes_when_the_headline_is_whole_without_it(clause, expected):
    assert headline(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "Payments under the 2006 scheme started on 1 December",
            "Payments under the 2006 scheme start on 1 December",
        ),
        ("The contract across three counties ended", "The contract across three counties ends"),
    ],
)
def test_the_verb_agrees_with_the_head_noun_before_a_preposition(clause, expected):
    assert present_tense(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "European agriculture ministers agreed a reform of the policy",
            "European agriculture ministers agree a reform of the policy",
        ),
        ("The council leaders approved the plan", "The council leaders approve the plan"),
        ("Sodexo announces preferred bidders", "Sodexo announces preferred bidders"),
        (
            "The chairman apologised without reservation",
            "The chairman apologises without reservation",
        ),
        (
            "The evaluation published alongside the statement found that numbers were small",
            "The evaluation published alongside the statement finds that numbers were small",
        ),
    ],
)
def test_the_clauses_verb_is_found_past_nouns_and_participles(clause, expected):
    """ "ministers" could be a verb, but "agreed a reform" has its object: "agreed" is the verb;
    "published alongside" describes the evaluation, and "found" is the verb; "apologised
    without reservation" is a verb, "without" no sign of a participle."""
    assert present_tense(clause) == expected


def test_that_season_dates_a_title_against_the_story():
    assert without_relative_time("Parliament passes the Act that autumn") == (
        "Parliament passes the Act"
    )
    assert without_relative_time("MoJ steps in that same day and takes over") == (
        "MoJ steps in and takes over"
    )
    assert without_relative_time("Less than four years later, the Parole Board becomes") == (
        "the Parole Board becomes"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Ministry finds extra money for Through the Gate from",
            "Ministry finds extra money for Through the Gate",
        ),
        ("Council publishes the cost of the", "Council publishes the cost"),
        ("MoJ steps in", "MoJ steps in"),
        ("Union calls for", "Union calls for"),
        (
            "Watchdog estimates the cost of the administration at",
            "Watchdog estimates the cost of the administration",
        ),
        ("Probation work in Wales handed to", "Probation work in Wales handed"),
        (
            "Keir Starmer apologises in the Commons on behalf",
            "Keir Starmer apologises in the Commons",
        ),
        ("Priti Patel apologises on behalf of this", "Priti Patel apologises"),
        ("Minister apologises for this", "Minister apologises for this"),
        (
            "Rudd apologises on behalf of the government",
            "Rudd apologises on behalf of the government",
        ),
        ("Assembly members vote for a motion calling", "Assembly members vote for a motion"),
        (
            "Agency starts a rescoped programme made up",
            "Agency starts a rescoped programme",
        ),
        (
            "Greensill Capital collapses into administration a week",
            "Greensill Capital collapses into administration",
        ),
        ("The strike at the plant lasts three weeks", "The strike at the plant lasts three weeks"),
        (
            "Service Birmingham goes live, a joint venture 65%",
            "Service Birmingham goes live",
        ),
        (
            "Council suspends the chief executive for two years",
            "Council suspends the chief executive for two years",
        ),
        (
            "Ministry begins offering up to twelve weeks",
            "Ministry begins offering up to twelve weeks",
        ),
        (
            "MoJ publishes a procurement notice seeking organisations",
            "MoJ publishes a procurement notice",
        ),
        (
            "Inspectors rate the CRC as requiring improvement",
            "Inspectors rate the CRC as requiring improvement",
        ),
        (
            "High Court finds Horizon contained bugs, errors and defects capable",
            "High Court finds Horizon contained bugs, errors and defects",
        ),
    ],
)
def test_a_title_never_ends_on_a_word_that_leads_to_nothing(title, expected):
    from timeline.extraction.dangling_ends import without_dangling_end

    assert without_dangling_end(title) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "An audit investigation published last month found that the agency erred",
            "An audit investigation published last month finds that the agency erred",
        ),
        ("An audit investigation published found", "An audit investigation published found"),
        ("The firm published revised figures", "The firm publishes revised figures"),
    ],
)
def test_present_tense_leaves_a_participle_after_its_noun_when_a_verb_follows_its_time(
    clause, expected
):
    assert present_tense(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a power had since a time is what can be done now
        ("Every court has been able to make the order", "Every court can make the order"),
        ("Courts have been able to impose it", "Courts can impose it"),
        # a phrasal verb "and" joins with its object is in headline tense too
        (
            "Amber Rudd apologised in the Commons and set up a taskforce",
            "Amber Rudd apologises in the Commons and sets up a taskforce",
        ),
        (
            "The minister resigned and went off to lunch",
            "The minister resigns and went off to lunch",
        ),
        # a passive still to come keeps its "to be"
        ("The scheme is to be wound up", "The scheme to be wound up"),
        # a gerund and its object is one subject
        ("Wearing the vests became compulsory", "Wearing the vests becomes compulsory"),
        ("Serco and G4S won contracts", "Serco and G4S win contracts"),
        # a participle with its agent before a past verb is no main verb
        (
            "The scheme set up by the Act came into force",
            "The scheme set up by the Act comes into force",
        ),
        (
            "Inspectors rated two of the units they visited poor",
            "Inspectors rate two of the units they visited poor",
        ),
    ],
)
def test_powers_joined_verbs_gerunds_and_agents_take_headline_tense(clause, expected):
    assert present_tense(clause) == expected


def test_what_ought_to_have_been_stays_as_written():
    title = "Killer should have been judged high risk, inspectors find"
    assert present_tense(title) == title


def test_a_cut_never_leaves_a_day_without_its_month():
    from timeline.extraction.headline_cuts import left_open

    assert left_open("Inspectors deliver their final report to the department on 17")
    assert not left_open("Inspectors deliver their final report to the department")


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("ministers turned down the group's request", "ministers turn down the group's request"),
        ("unions called off the strike", "unions call off the strike"),
        ("contracts handed out to firms", "contracts handed out to firms"),  # a passive
    ],
)
def test_a_verb_and_its_particle_before_an_object_are_the_clauses_verb(clause, expected):
    assert present_tense(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "At the end of August the results put the loss at £50m",
            "the results put the loss at £50m",
        ),
        ("In early 2015 the trust gave up its bid", "the trust gave up its bid"),
        ("Later in 2019 HMPPS replaced the instruction", "HMPPS replaced the instruction"),
        (
            "At the start of the meeting, the chair resigned",
            "At the start of the meeting, the chair resigned",
        ),
    ],
)
def test_a_part_of_a_time_that_opens_a_clause_leaves_it(clause, expected):
    from timeline.extraction.title_times import without_date_opening

    assert without_date_opening(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The sale will not go ahead", "The sale not to go ahead"),
        ("Serco won't renew the contract", "Serco not to renew the contract"),
        (
            "The council said the sale will not go ahead",
            "The council says the sale will not go ahead",
        ),
    ],
)
def test_a_future_denied_is_headed_not_to(clause, expected):
    assert present_tense(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The NAO said there were serious failings", "The NAO says there are serious failings"),
        ("Rudd told MPs that there was no threat", "Rudd tells MPs that there is no threat"),
        ("The firm said it was the worst year", "The firm says it was the worst year"),
    ],
)
def test_what_a_telling_verb_says_there_is_is_said_in_the_present(clause, expected):
    assert present_tense(clause) == expected


def test_a_modal_perfect_in_a_later_clause_leaves_the_first_verb_to_take_headline_tense():
    from timeline.extraction.headline_tense import present_tense

    assert present_tense(
        "The committee said that the government had erred and should have waited"
    ).startswith("The committee says")
    assert present_tense("The killer should have been judged high risk") == (
        "The killer should have been judged high risk"
    )


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "Report by Dr Jayne Price based on consultation with 121 people aged 50 and over",
            "Report by Dr Jayne Price based on consultation with 121 people aged 50 and over",
        ),
        ("The firm based its bid on cost", "The firm bases its bid on cost"),
    ],
)
def test_based_on_and_aged_before_a_number_are_participles(clause, expected):
    from timeline.extraction.headline_tense import present_tense

    assert present_tense(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a thing's name, then the verb it was made by: a participle, never its own verb
        ("The Race Action Programme launched", "Race Action Programme launched"),
        ("The Diploma in Probation Studies introduced", "Diploma in Probation Studies introduced"),
        # a participle aside before a verb group is no verb of the headline
        (
            "Its first full inspection, carried out only weeks later, was published on 17 February",
            "First full inspection published on 17 February",
        ),
    ],
)
def test_a_things_name_and_its_participle_stay_a_participle(clause, expected):
    assert headline(clause) == expected
