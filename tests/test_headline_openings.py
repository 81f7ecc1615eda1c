"""Where a clause headline begins and ends: no common word left before an aside, no cut between
two describing words, a verb after "first" in headline tense, and no "Both of" for a subject."""

import pytest

from timeline.extraction.headlines import headline
from timeline.extraction.title_relatives import relative_made_main, whose_made_main


@pytest.mark.parametrize(
    "clause",
    [
        "The second, in June 2023, rated just 52 per cent of reviews that highly",
        "The report, published in March 2019, rated the service good",
    ],
)
def test_no_headline_opens_on_a_common_word_before_an_aside(clause):
    """ "Second, rates …": what the word stands for is before the clause, or in the aside."""
    assert headline(clause) is None


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "Interserve, the outsourcing giant, entered administration",
            "Interserve, the outsourcing giant, enters administration",
        ),
        (
            "UNISON, Napo and GMB asked for the award to be reopened",
            "UNISON, Napo and GMB ask for the award to be reopened",
        ),
        (
            "The coroner, Nadia Persaud, went on to issue a report",
            "Nadia Persaud goes on to issue a report",  # the word a name follows: the name
        ),
    ],
)
def test_a_name_or_a_word_a_name_follows_may_open_before_a_comma(clause, expected):
    assert headline(clause) == expected


def test_a_long_headline_is_not_cut_between_two_describing_words():
    clause = (
        "Ofcom fined Royal Mail £10.5m for missing its first and second class delivery "
        "targets in the year to March"
    )
    assert headline(clause) == "Ofcom fines Royal Mail £10.5m"


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "The NAO first reported on the programme in July 2017",
            "NAO first reports on the programme in July 2017",
        ),
        ("The board agreed to a takeover by EP Group", "Board agrees to a takeover by EP Group"),
        (
            "The members voted by 94 per cent to accept the deal",
            "Members vote by 94 per cent to accept the deal",
        ),
    ],
)
def test_a_verb_after_first_or_before_a_preposition_takes_headline_tense(clause, expected):
    assert headline(clause) == expected


def test_a_relative_standing_for_a_share_of_something_gives_no_headline():
    assert relative_made_main("Both of which found serious failings") == ""
    assert relative_made_main("Contact tracing operation that goes live") == (
        "Contact tracing operation goes live"
    )


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The authority is to end its clean-up contract", "Authority to end its clean-up contract"),
        ("The judges unanimously dismissed both grounds", "Judges dismiss both grounds"),
        (  # a participle after its noun, the clause's verb after it
            "The actions announced today are intended to reduce it",
            "Actions announced intended to reduce it",
        ),
        ("Staff are to strike", "Staff to strike"),
        ("The scheme is to be wound up", "Scheme to be wound up"),
    ],
)
def test_a_clause_takes_headline_tense_on_its_own_verb(clause, expected):
    assert headline(clause) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Companies that take over most of probation", "Companies take over most of probation"),
        ("8 organisations that take ownership", "8 organisations take ownership"),
        ("Arriva takes over that franchise", "Arriva takes over that franchise"),
        (  # the relative's verb is not the main one
            "Company that looks after them changes hands",
            "Company that looks after them changes hands",
        ),
        ("Report on that visit published", "Report on that visit published"),
    ],
)
def test_a_plural_subjects_relative_in_the_plural_present_is_made_main(title, expected):
    assert relative_made_main(title) == expected


def test_a_long_subject_with_a_preposition_still_takes_headline_tense():
    clause = "the last report on the old Durham Tees Valley Probation Trust came out in May 2014"
    assert headline(clause).startswith(
        "Last report on the old Durham Tees Valley Probation Trust comes out"
    )


def test_a_verb_in_a_that_clause_is_never_the_headlines_verb():
    """Not "Ministers announced in 2018 that the contracts … cut short"."""
    clause = "Ministers announced in 2018 that the contracts for all 21 CRCs would be cut short"
    assert headline(clause) is None or "ll be cut" in headline(clause)  # would, or will


@pytest.mark.parametrize(
    "clause",
    ["the people who bought were told the company would stay strong because of its record"],
)
def test_a_long_headline_never_ends_on_a_subordinating_word(clause):
    assert not headline(clause).endswith("because")


def test_a_clause_cut_back_to_its_saying_verb_makes_the_headline_of_what_it_told():
    from timeline.extraction.titles import clause_headline

    sentence = (
        "The Lord Chancellor announced on 12 July that most prisoners serving standard"
        " determinate sentences would be released after 40 per cent of their sentence rather"
        " than half, to relieve prison overcrowding."
    )
    start = sentence.index("announced")
    assert clause_headline(sentence, (start, start + len("announced"))) == (
        "Most prisoners serving standard determinate sentences to be released"
    )  # not "Lord Chancellor announces" cut before what was announced
    short = "The Lord Chancellor announced on 12 July that the scheme would end."
    start = short.index("announced")
    assert clause_headline(short, (start, start + len("announced"))) == (
        "Lord Chancellor announces the scheme will end"
    )


def test_a_cut_headline_ends_before_a_clause_it_left_with_no_verb():
    clause = (
        "The ministry's pilot funding came to an end in March, and the programme as a national"
        " pilot closed with it"
    )
    assert headline(clause) == "Ministry's pilot funding comes to an end in March"
    kept = "The council sold the company in May, and the staff were told in the weeks after"
    assert (
        headline(kept)
        == "Council sells the company in May, and the staff were told in the weeks after"
    )


@pytest.mark.parametrize(
    ("cut", "expected"),
    [
        ("Firm launched by the council as a wholly owned", "Firm launched by the council"),
        ("Firm launched by it as a supplier", "Firm launched by it as a supplier"),
        ("Report from the commissioners published", "Report from the commissioners published"),
    ],
)
def test_a_cut_ends_before_an_indefinite_phrase_left_with_no_noun(cut, expected):
    from timeline.extraction.headline_cuts import without_open_noun_phrase

    assert without_open_noun_phrase(cut) == expected


def test_a_second_past_verb_after_and_and_a_date_is_cut_from_the_headline():
    from timeline.extraction.titles import clause_headline

    sentence = (
        "The Home Secretary, Anne Lowe, decided against a merger, and in May 2003 announced"
        " instead that the two services would become one national service."
    )
    start = sentence.index("decided")
    assert clause_headline(sentence, (start, start + 7)) == "Anne Lowe decides against a merger"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Chief inspector, whose report comes out today, says the service is failing",
            "Chief inspector's report comes out today",
        ),
        (
            "Board is chaired by Jane Smith, whose review of staffing comes out",
            "Jane Smith's review of staffing comes out",
        ),
        (
            "Board is chaired by an academic, whose review of staffing comes out",
            "Board is chaired by an academic, whose review of staffing comes out",
        ),
    ],
)
def test_a_whose_clause_is_made_main_with_its_owner_never_the_clause_before(title, expected):
    assert whose_made_main(title) == expected


def test_a_relative_after_a_names_verb_stays_a_relative():
    title = "Michael Howard lays the order that ended the requirement"
    assert relative_made_main(title) == title  # "lays" is a noun too, but a name's verb here
    assert relative_made_main("Staff cuts that began in March") == (
        "Staff cuts that began in March"
    )


def test_a_participle_aside_holding_the_trigger_is_the_verb():
    from timeline.extraction.title_relatives import participle_aside_made_main

    clause = "The Reset, announced to Parliament in May, already means fewer appointments"
    assert participle_aside_made_main(clause, "announced") == (
        "The Reset was announced to Parliament in May"
    )
    assert participle_aside_made_main(clause, "means") == clause  # the trigger is the verb


def test_a_headline_never_opens_on_an_object_pronoun_nor_cuts_at_a_prepositions_after():
    from timeline.extraction.titles import clause_headline

    sentence = "But the company that looks after them has changed hands."
    start = sentence.index("changed")
    assert headline("them has changed hands") is None
    assert clause_headline(sentence, (start, start + 13)) == (
        "Company that looks after them changes hands"
    )


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (  # the second clause's verb is cut away: its subject goes with it
            "The last community rehabilitation company contracts end and probation in England"
            " and Wales is unified",
            "Last community rehabilitation company contracts end",
        ),
        (  # a participle keeps its "of": the headline ends before either
            "The Justice Secretary announced a review of the needs of ex-service personnel"
            " convicted of criminal offences and held in prisons",
            "Justice Secretary announces a review",
        ),
    ],
)
def test_a_long_headline_ends_on_no_half_clause(clause, expected):
    assert headline(clause) == expected


def test_a_long_names_tail_goes_when_the_headline_would_not_fit_with_it():
    clause = (
        "The Independent Commission on the Constitutional Future of Wales recommended the"
        " devolution of probation in its final report in January 2024"
    )
    assert headline(clause).startswith("Independent Commission recommends devolution of probation")
    assert (
        headline("The Ministry of Justice announced plans") == "Ministry of Justice announces plans"
    )


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (  # a cut appositive goes with what it lost
            "The new company ordered ten e320 trains from Siemens, the first trains in its fleet"
            " able to run beyond France and Belgium",
            "New company orders ten e320 trains from Siemens",
        ),
        (  # a word after a possessive describes, it is no verb
            "The Sentencing Council's expanded explanations came into force",
            "Sentencing Council's expanded explanations come into force",
        ),
    ],
)
def test_a_headline_ends_on_no_half_appositive_and_takes_no_describing_word_for_its_verb(
    clause, expected
):
    assert headline(clause) == expected


def test_a_likeness_after_the_news_leaves_the_headline():
    from timeline.extraction.titles import clause_headline

    sentence = (
        "In September 2019 Magnox Ltd became a subsidiary of the authority, which now buys in"
        " help through smaller contracts, as it already did at Sellafield."
    )
    start = sentence.index("became")
    assert clause_headline(sentence, (start, start + 6)) == (
        "Magnox Ltd becomes a subsidiary of the authority"
    )


@pytest.mark.parametrize(
    "clause",
    [
        "Several have won contracts in regions where they have no staff yet",
        "Most of them reported the volume of work was below what they had bid for",
        "Some of them were convicted of robbery",
    ],
)
def test_no_headline_opens_on_a_quantifier_standing_for_something_said_before(clause):
    assert headline(clause) is None


def test_a_quantifier_before_its_noun_opens_a_headline():
    made = headline("Several charities have won contracts in regions where they have no staff")
    assert made is not None and made.startswith("Several charities")


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "Alizeti bought a 25 per cent stake in the Tote from Betfred in May for about"
            " £20 million",
            "Alizeti buys a 25 per cent stake in the Tote from Betfred in May",
        ),
        (
            "Most of the firms reported the volume of work was well below what they had bid for",
            "Most of the firms report the volume of work was well below what they had bid for",
        ),
    ],
)
def test_a_long_headline_never_ends_on_a_preposition_a_name_leaves_wanting(clause, expected):
    assert headline(clause) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Ministry lifts the restrictions that had stopped QinetiQ bidding",
        "Council ends the contract that had run since 2010",
    ],
)
def test_a_relative_after_the_main_verbs_object_stays_a_relative(title):
    assert relative_made_main(title) == title


def test_a_trigger_from_a_name_into_its_participle_aside_heads_as_the_participle():
    from timeline.extraction.title_relatives import participle_aside_made_main

    clause = "The Offender Rehabilitation Bill, introduced in the Lords in May, would put it in law"
    made = participle_aside_made_main(clause, "Bill, introduced in")
    assert made == "The Offender Rehabilitation Bill was introduced in the Lords in May"
    clause = "MPs consider a bill on autism, introduced in the Commons in January, this week"
    assert participle_aside_made_main(clause, "bill on autism, introduced in") == clause


@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        (
            "When HM Inspectorate of Prisons arrived in May it found the prison in turmoil.",
            "HM Inspectorate of Prisons found the prison in turmoil.",
        ),
        (
            "When the inspectorate looked at part of the CRC's work in 2017 it judged it good.",
            "the inspectorate judged it good.",
        ),
        ("When the strike began, it closed the depot.", None),  # a comma: an opening
    ],
)
def test_when_x_did_it_did_the_rest_makes_x_the_doer(sentence, made):
    from timeline.extraction.title_relatives import when_it_made_main

    rest = sentence.index(" it ") + 4
    verb = sentence[rest:].split()[0]
    rewritten, span = when_it_made_main(sentence, (rest, rest + len(verb)))
    assert rewritten == (made or sentence)
    assert rewritten[span[0] : span[1]] == verb  # the trigger still on its verb
