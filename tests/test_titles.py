"""Titles made from the clause that carries the trigger, as headlines."""

import datetime as dt

import pytest

from timeline.extraction.headlines import HEADLINE_LIMIT
from timeline.extraction.templates import fill_template, future_form, label_title
from timeline.extraction.titles import clause_headline


def _title(sentence: str, trigger: str, subject: str | None = None) -> str | None:
    start = sentence.index(trigger)
    return clause_headline(sentence, (start, start + len(trigger)), subject)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (  # "yesterday, only hours before …": the time goes, the comma that ends the news stays
            "The settlement between the council and the builder was struck yesterday, only hours"
            " before the two sides were due to face each other in the High Court.",
            "struck",
            "Settlement between the council and the builder struck",
        ),
        (  # ", dated 31 January 2020" is the thing's date, which a headline leaves out
            "On Friday the commemorative 50p finally went into circulation, dated 31 January 2020"
            " and carrying a line about friendship with all nations.",
            "into circulation",
            "Commemorative 50p goes into circulation",
        ),
        (  # "published early in 2018" is a participle and its time: "found" is the verb
            "A regional inspection published early in 2019 found clear progress from a very low"
            " base.",
            "found",
            "Regional inspection finds clear progress",
        ),
        (  # "12-sided" is a describing word, not the verb
            "Britain's new 12-sided pound coin went into circulation on Tuesday, as banks and post"
            " offices began handing out the coins.",
            "into circulation",
            "Britain's new 12-sided pound coin goes into circulation",
        ),
        (
            "Today, the Ministry of Justice has appointed Seetec to manage probation services.",
            "appointed",
            "Ministry of Justice appoints Seetec to manage probation services",
        ),
        (
            "We were surprised; Working Links has announced it is going into administration.",
            "into administration",
            "Working Links announces it is going into administration",
        ),
        (
            "And the union registered a dispute with the MoJ.",
            "registered a dispute",
            "Union registers a dispute with the MoJ",
        ),
        (  # the apposition that says what a name is goes
            "On 20 March Simon Roe, the service's chief executive, told the committee that it"
            " would take the work back.",
            "told",
            "Simon Roe tells the committee that it would take the work back",
        ),
        ("John Doe, Acme's finance director, resigned on Friday.", "resigned", "John Doe resigns"),
        (  # a clause joined on after a time that goes ends the headline
            "The council pulled the plug on the scheme in August last year, and the auditors put"
            " the loss at £98m.",
            "pulled the plug",
            "Council pulls the plug on the scheme",
        ),
    ],
)
def test_titles_keep_the_clause_with_the_trigger(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected


def test_titles_of_a_long_clause_end_on_a_whole_phrase_within_the_limit():
    sentence = "The inspectorate published a report " + "on a great many things " * 20 + "today."
    title = _title(sentence, "published a report")
    assert title is not None and len(title) <= HEADLINE_LIMIT
    assert not title.endswith(("…", "today", " on", " a"))
    assert title.startswith("Inspectorate publishes a report")


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "Napo members walked out on Tuesday over pay.",
            "walked out",
            "Napo members walk out over pay",
        ),
        (
            "On Friday morning the firm appointed administrators.",
            "appointed",
            "Firm appoints administrators",
        ),
        (
            "Interserve lost the contract two weeks ago.",
            "lost the contract",
            "Interserve loses the contract",
        ),
        (
            "Last summer Seetec bought the CRC from its owners.",
            "bought",
            "Seetec buys the CRC from its owners",
        ),
        (
            "ARCC took over the CRC at the same time as the big private owners took theirs.",
            "took over",
            "ARCC takes over the CRC",
        ),
        (  # a distance leading in is no part of what happened
            "A few miles away, at the High Court, Eurotunnel argued that the contracts were"
            " unlawful.",
            "argued",
            "Eurotunnel argues the contracts were unlawful",
        ),
        (  # the part of the day goes with the day: not "Afternoon Napo calls …"
            "Yesterday afternoon Napo, the probation union, called a strike ballot of its members.",
            "called",
            "Napo calls a strike ballot of its members",
        ),
        (  # the day's possessive goes with the day: not "S report follows …"
            "Today's report follows a damning verdict from the Public Accounts Committee.",
            "report follows",
            "Report follows a damning verdict from the Public Accounts Committee",
        ),
    ],
)
def test_titles_leave_out_the_words_that_date_against_the_post(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected


def test_titles_leave_out_bracketed_asides():
    sentence = "NACRO (for whom I worked from 1989 to 2000) has been named as the preferred bidder."
    assert _title(sentence, "preferred bidder") == "NACRO named as the preferred bidder"


def test_titles_drop_an_adverbial_opening_and_name_who_we_are():
    sentence = "Following a competitive process, we have today confirmed the 21 Preferred Bidders."
    assert _title(sentence, "Preferred Bidders", "MoJ") == "MoJ confirms the 21 Preferred Bidders"


def test_titles_leave_out_which_clauses():
    sentence = "Sodexo, which already runs prisons, has been named as the preferred bidder."
    assert _title(sentence, "preferred bidder") == "Sodexo named as the preferred bidder"


def test_titles_end_a_long_title_on_a_whole_phrase_after_the_trigger():
    sentence = (
        "The Ministry of Justice has appointed Seetec to manage probation services in the"
        " south-west and Wales, after the collapse of Working Links left three companies"
        " without an owner."
    )
    assert _title(sentence, "appointed") == (
        "Ministry of Justice appoints Seetec to manage probation services"
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "The weaknesses at the CRC, which had 8,136 offenders, led inspectors to rate it.",
            "to rate it",
            "Weaknesses at the CRC lead inspectors to rate it",
        ),
        (
            "The Inspector welcomes action and publishes a damning report on Dorset, Devon and"
            " Cornwall CRC, a company of Working Links that went bust after years of losses.",
            "publishes",
            "Inspector welcomes action and publishes a damning report",
        ),
    ],
)
def test_titles_commas_in_numbers_and_names_are_not_clause_ends(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (  # an opening of many commas: the clause that holds the trigger's verb
            "This morning, with the threat of legal action hanging over his head and a general "
            "election in half a year's time, Chris Grayling announced his preferred bidders.",
            "announced",
            "Chris Grayling announces his preferred bidders",
        ),
        (  # the clause the limit keeps says nothing of the trigger: no headline
            "Not unreasonably the unions asked for an urgent meeting to consider the "
            "implications of the offer, but heard that the employer has gone and imposed an award.",
            "imposed",
            None,
        ),
        (  # a relative clause is not self-contained
            "Under the changes, the service - which was split in two in June - will continue.",
            "split in two",
            None,
        ),
        (  # a clause whose subject is left behind the comma
            "The South Yorkshire region is one of six companies that Sodexo, the caterer, "
            "was chosen to run last December.",
            "chosen to run",
            None,
        ),
    ],
)
def test_titles_come_from_a_clause_that_says_what_the_trigger_says(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected


def test_titles_label_names_only_as_many_names_as_fit():
    names = ["Working Links", "Bristol, Gloucestershire, Somerset and Wiltshire", "Wales"]
    title = label_title("Report published", names)
    assert len(title) <= HEADLINE_LIMIT and title.startswith("Report published: Working Links")
    assert label_title("Report published", ["x" * 90]) == "Report published"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "On 1 July 2019 the prison returned permanently to the public sector.",
            "returned",
            "Prison returns permanently to the public sector",
        ),
        (
            "3.3 In July 2018 the Ministry of Justice ended the contracts early.",
            "ended",
            "Ministry of Justice ends the contracts early",
        ),
        (
            "The committee held a hearing on probation reform on 9 May 2018.",
            "held a hearing",
            "Committee holds a hearing on probation reform",
        ),
        (
            "Probation was split in June 2014 into the NPS and 21 companies.",
            "split",
            "Probation split into the NPS and 21 companies",
        ),
        (
            "The Chancellor announced a pay freeze for most of the public sector last November.",
            "announced",
            "Chancellor announces a pay freeze for most of the public sector",
        ),
        (
            "In the same month the Care Quality Commission rated the trust inadequate.",
            "rated",
            "Care Quality Commission rates the trust inadequate",
        ),
        (
            "The ombudsman's second report came out just before Christmas.",
            "came out",
            "Ombudsman's second report comes out",
        ),
        (
            "The Howard League announced an independent inquiry on Armistice Day 2008.",
            "announced",
            "Howard League announces an independent inquiry",
        ),
        (  # a date that is the subject stays
            "May 2013 saw the strategy published by the MoJ.",
            "published",
            "May 2013 sees the strategy published by the MoJ",
        ),
    ],
)
def test_titles_leave_out_the_date_the_event_already_carries(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected


def test_titles_drop_a_then_that_opens_the_clause():
    sentence = "Then the Ministry of Justice ended the contracts early."
    assert _title(sentence, "ended") == "Ministry of Justice ends the contracts early"


def test_titles_take_a_clause_of_its_own_after_a_joining_word():
    sentence = "Probation could be renationalised across the whole of Kent after firm fails audit"
    assert _title(sentence, "fails") == "Firm fails audit"
    assert _title("It has been hard since the minister announced cuts", "cuts") == (
        "Minister announces cuts"
    )
    assert _title("It has been hard since early 2018 with the announcement of cuts", "cuts") is None


def test_titles_take_the_clause_after_an_opening_when():
    sentence = "When the government sold the probation service, the minister called it great news."
    assert _title(sentence, "sold") == "Government sells the probation service"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{actor} takes over {target}", "{actor} to take over {target}"),
        ("{actor} launches inquiry", "{actor} to launch inquiry"),
        ("{actor} agrees to pay penalty", "{actor} agrees to pay penalty"),  # the decision
        ("Contracts to end early", "Contracts to end early"),
        ("{target} handed to {successor}", "{target} handed to {successor}"),
        ("Offender management returns to the NPS", "Offender management to return to the NPS"),
        ("Service handed to new owner", "Service to be handed to new owner"),
        ("Working Links enters administration", "Working Links to enter administration"),
        ("Probation work transfers to the NPS", "Probation work to transfer to the NPS"),
        ("Services return to the public sector", "Services to return to the public sector"),
        ("Staff walk out", "Staff to walk out"),
        ("Legal action", "Legal action"),  # a noun phrase: "action" is no verb here
        ("Pay deal", "Pay deal"),
    ],
)
def test_titles_a_decided_happening_is_headed_with_to(template, expected):
    assert future_form(template) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("In a report published, probation inspectors rated it poorly.", "published"),
        ("Under the terms announced, Interserve will receive £120m in cash.", "announced"),
    ],
)
def test_titles_never_open_on_a_preposition(sentence, trigger):
    title = _title(sentence, trigger)
    assert title is None or title.split()[0].lower() not in {"in", "under"}, title


def test_titles_a_template_naming_one_body_twice_or_running_past_the_limit_is_not_filled():
    body = "HM Inspectorate of Probation"
    rated = "{actor} rates {target} '{rating}'"
    assert fill_template(rated, {"actor": [body], "target": [body], "rating": ["Good"]}) is None
    assert fill_template(rated, {"actor": [body], "target": ["Wales CRC"], "rating": ["Good"]}) == (
        "HM Inspectorate of Probation rates Wales CRC 'Good'"
    )
    crc = "Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire CRC"
    assert (
        fill_template("{actor} takes ownership of {target}", {"actor": ["Sodexo"], "target": [crc]})
        is None
    )


def test_a_relative_time_word_leaves_the_comma_after_it_so_an_appositive_is_cut():
    from timeline.extraction.title_times import without_relative_time
    from timeline.extraction.titles import clause_headline

    text = (
        "MPs debated a Labour motion on Concentrix yesterday, the first of two Opposition day"
        " debates held on Wednesday."
    )
    start = text.index("debated")
    assert clause_headline(text, (start, start + 7)) == "MPs debate a Labour motion on Concentrix"
    assert without_relative_time("Yesterday, the MoJ announced a review") == (
        "the MoJ announced a review"
    )


def test_a_relative_time_before_a_clause_of_its_own_leaves_its_comma_so_the_clause_is_cut():
    from timeline.extraction.titles import clause_headline

    text = (
        "The Justice Committee opened its scrutiny of the draft the next day, so there is still"
        " time to change it."
    )
    start = text.index("opened")
    assert clause_headline(text, (start, start + 19)) == (
        "Justice Committee opens its scrutiny of the draft"
    )


def test_a_later_time_takes_the_name_whose_verb_was_left_out_with_it():
    from timeline.extraction.title_times import without_relative_time

    made = without_relative_time("CSG went live on 1 September and Re a month later")
    assert made == "CSG went live on 1 September"
    assert without_relative_time("The MoJ fined Serco and G4S last week") == (
        "The MoJ fined Serco and G4S"
    )


def test_a_noun_that_could_be_a_verb_before_a_participle_stays_a_noun_in_the_future_form():
    from timeline.extraction.templates import future_form

    assert future_form("Joint venture wound up") == "Joint venture to be wound up"
    assert future_form("Services return to the public sector") == (
        "Services to return to the public sector"
    )


def test_a_commentators_words_are_said_plainly_in_a_title(recogniser):
    from factories import sentence_candidates

    found = sentence_candidates(
        recogniser,
        "When the Government flogged off 70 per cent of the probation service to the private"
        " sector earlier this year, the Justice Secretary insisted it was great news.",
        dt.date(2015, 12, 21),
    )
    assert [c.title for c in found] == [
        "Government sells off 70% of the probation service to the private sector"
    ]


def test_a_plan_its_maker_announced_is_headed_with_to(recogniser):
    from factories import sentence_candidates

    found = sentence_candidates(
        recogniser,
        "Two summers ago Serco announced it would change the locks on the flats.",
        dt.date(2020, 7, 1),
    )
    assert [(c.title, str(c.date)) for c in found] == [
        ("Serco to change the locks on the flats", "2018-summer")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Official Receiver announced last month that he would not seek permission to"
            " appeal.",
            "Official Receiver not to seek permission to appeal",
        ),
        (
            "Last month the council leader announced that she would not stand again.",
            "Council leader not to stand again",
        ),
    ],
)
def test_what_a_person_announced_they_would_do_is_headed_with_to(recogniser, sentence, expected):
    from factories import sentence_candidates

    found = sentence_candidates(recogniser, sentence, dt.date(2021, 4, 1))
    assert expected in [c.fuller_title or c.title for c in found]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "Last November the Inner House threw out the appeal and went further.",
            "threw out",
            "Inner House throws out the appeal",
        ),
        (
            "Last November Virgin Care lost the contract to an NHS alliance.",
            "lost the contract",
            "Virgin Care loses the contract to an NHS alliance",
        ),
        (
            "Last January Carillion went into liquidation, and Amey ran the contract alone.",
            "went into liquidation",
            "Carillion goes into liquidation",
        ),
    ],
)
def test_titles_drop_an_opening_last_month_and_a_past_verb_joined_on(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "The contact tracing operation that went live on 28 May 2020 was built on call "
            "centres.",
            "went live",
            "Contact tracing operation goes live",
        ),
        (  # "that" is a determiner here, not a relative pronoun
            "Their report on that visit was published in February 2017.",
            "published",
            "Report on that visit published",
        ),
    ],
)
def test_titles_a_relative_clauses_verb_heads_a_title_with_no_other(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (  # a break just inside the limit whose joining word runs past it still ends a phrase
            "In January 2016 an undercover BBC Panorama programme showed staff apparently using "
            "too much force when restraining boys.",
            "undercover",
            "Undercover BBC Panorama programme shows staff apparently using too much force",
        ),
        (  # a cut never leaves a clause's opening without its verb
            "The Employment Appeal Tribunal threw out the liquidators' argument that the chaos "
            "of the collapse made consultation impossible.",
            "threw out",
            "Employment Appeal Tribunal throws out the liquidators' argument",
        ),
        (  # the trigger's own clause heads, not the one it hangs from
            "London CRC is the biggest of the 21 companies created when probation was split up "
            "between the public and private sectors.",
            "split",
            "Probation split up between the public and private sectors",
        ),
        (  # "named as": no clause of its own
            "Sodexo Justice Services has been named as the preferred bidder in six of the 21 "
            "areas.",
            "preferred bidder",
            "Sodexo Justice Services named as the preferred bidder in six of the 21 areas",
        ),
        (  # a time that opens the clause goes, whatever the clause's cut
            "The following month G4S announced that it would sell its children's services "
            "business.",
            "sell",
            "G4S to sell its children's services business",
        ),
    ],
)
def test_titles_end_on_whole_phrases_of_the_triggers_clause(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected


def test_relative_made_main_keeps_a_main_verb_written_before_the_relative():
    from timeline.extraction.title_relatives import relative_made_main

    title = "Government widens a scheme that lets probation staff see"
    assert relative_made_main(title) == title
    assert relative_made_main("Contact tracing operation that goes live") == (
        "Contact tracing operation goes live"
    )
    cut = "Members who seconded to Acme One when it was set up"
    assert relative_made_main(cut) == "Members seconded to Acme One"  # no "when it" left


def test_clause_headline_of_what_was_said_to_be_planned():
    from timeline.extraction.titles import clause_headline

    text = (
        "In May this year the Justice Secretary went further and said the National Probation"
        " Service would take over the supervision of every offender from December 2020."
    )
    start = text.index("take over")
    assert clause_headline(text, (start, start + 9)) == (
        "National Probation Service to take over the supervision of every offender"
    )


def test_a_participle_left_alone_by_a_removed_date_goes_with_it():
    from timeline.extraction.titles import clause_headline

    text = "A BBC Panorama programme, broadcast on 4 September 2017, used covert footage."
    start, end = text.index("programme"), text.index("broadcast") + 9
    # and the verb a long subject once hid from headline tense takes it
    assert clause_headline(text, (start, end)) == "BBC Panorama programme uses covert footage"


def test_clause_headline_never_starts_inside_a_name_after_its_comma():
    text = (
        "Newham PDU and Barking, Dagenham and Havering PDU, whose reports came out at the same"
        " time, were both judged to require improvement."
    )
    start = text.index("judged")
    made = clause_headline(text, (start, start + len("judged")))
    assert made is None or not made.startswith("Dagenham")


def test_clause_headline_drops_the_both_its_two_times_leave():
    text = "The reforms were backed by an extra £155 million both last year and this year."
    start = text.index("backed")
    assert clause_headline(text, (start, start + 6)) == "Reforms backed by an extra £155 million"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "The tags are fitted by Serco, which won the contract in 2023 and took over the "
            "service in May.",
            "took over",
            "Serco takes over the service",
        ),
        (
            "Dame Glenys, who became Chief Inspector in March 2016, is due to retire.",
            "became",
            "Dame Glenys becomes Chief Inspector",
        ),
        (
            "The plans are in A Smarter Approach to Sentencing, which the minister laid before "
            "Parliament on Wednesday.",
            "laid",
            None,  # what the minister did to it, not what "Sentencing" did
        ),
    ],
)
def test_titles_a_relative_clause_holding_the_trigger_is_headed_by_the_name_it_describes(
    sentence, trigger, expected
):
    start = sentence.index(trigger)
    assert clause_headline(sentence, (start, start + len(trigger))) == expected


def test_a_thing_known_as_a_name_is_called_by_it():
    text = "The project, known as FiReControl, was launched in 2004 by the Office."
    start, end = text.index("project"), text.index("launched") + 8
    assert clause_headline(text, (start, end)) == "FiReControl project launched by the Office"


def test_known_as_a_phrase_in_lower_case_is_no_name():
    text = "The project, known as a white elephant, was launched in 2004 by the Office."
    start, end = text.index("project"), text.index("launched") + 8
    assert "elephant project" not in (clause_headline(text, (start, end)) or "")


def test_a_clause_joined_on_by_even_though_is_cut_whole():
    sentence = "Justin Russell said much had improved even though the rating had not moved."
    start = sentence.index("said")
    assert clause_headline(sentence, (start, start + 4)) == "Justin Russell says much had improved"


def test_a_names_description_inside_the_trigger_is_left_out():
    from timeline.extraction.title_asides import without_asides

    sentence = "The minister asked Sir Ian Bell, a former judge of the High Court, to lead it."
    span = (sentence.index("asked"), sentence.index("lead") + 4)
    text, (start, end) = without_asides(sentence, span)
    assert text == "The minister asked Sir Ian Bell to lead it."
    assert text[start:end] == "asked Sir Ian Bell to lead"
    named = "The minister named Anne Black, one of the Inspectors of Constabulary, to chair it."
    assert without_asides(named, (0, 1))[0] == "The minister named Anne Black to chair it."


def test_a_phrase_between_a_verb_and_its_that_clause_is_left_out():
    from timeline.extraction.title_asides import without_asides

    sentence = "The Court of Appeal ruled, on a preliminary point, that the firm need not show it."
    span = (sentence.index("ruled"), sentence.index("that") + 4)
    text, (start, end) = without_asides(sentence, span)
    assert text == "The Court of Appeal ruled that the firm need not show it."
    assert text[start:end] == "ruled that"
    kept = "The board ruled, on 5 May, that the firm need not show it."  # a date stays
    assert without_asides(kept, (0, 1))[0] == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (  # a list of words inside a name, commas and all, is part of the description
            "Jo Farrar, a director general at the Ministry of Housing, Communities and Local"
            " Government, succeeded Michael Spurr.",
            "Jo Farrar succeeded Michael Spurr.",
        ),
        (  # a description of ten words or more is no aside a headline drops
            "Colin Port resigned from Southwest One, the back-office company his force owns with"
            " two Somerset councils and IBM, saying it had failed.",
            "Colin Port resigned from Southwest One, the back-office company his force owns with"
            " two Somerset councils and IBM, saying it had failed.",
        ),
    ],
)
def test_a_names_description_runs_to_the_comma_its_list_does_not_continue(sentence, kept):
    from timeline.extraction.title_asides import without_asides

    assert without_asides(sentence, (0, 1))[0] == kept


def test_a_renamed_aside_is_left_out():
    from timeline.extraction.title_asides import without_asides

    sentence = "Stafford Hospital, renamed County Hospital, passed to the new trust."
    assert without_asides(sentence, (0, 1))[0] == "Stafford Hospital passed to the new trust."


def test_a_date_taken_from_a_title_takes_the_report_it_dated_with_it():
    from timeline.extraction.title_times import without_dates

    title = "Midlands division rated Good overall in a report published on 18 December 2018"
    assert without_dates(title) == "Midlands division rated Good overall"
    kept = "Inspectors publish a report on Wales in December 2018"
    assert without_dates(kept) == "Inspectors publish a report on Wales"


def test_a_clause_a_subordinator_opens_before_the_trigger_does_not_head_it():
    from timeline.extraction.titles import clause_headline

    text = (
        "When the timetable for services changed in May, the operator cancelled hundreds of "
        "services."
    )
    start = text.index("cancelled")
    assert clause_headline(text, (start, len(text) - 1)) == "Operator cancels hundreds of services"


def test_titles_make_a_participle_aside_after_a_later_subject_its_verb():
    sentence = (
        "And the new Lord Chancellor, Shabana Mahmood, appointed on 5 July, has been in post"
        " less than a month."
    )
    assert _title(sentence, "appointed") == "Shabana Mahmood appointed"
    spoken = "In July, Andy Burnham, the health secretary, announced an inquiry, as MPs had urged."
    assert _title(spoken, "announced") == "Andy Burnham announces an inquiry"


def test_two_describing_words_a_comma_lists_are_one_subjects_not_a_clause_break():
    sentence = (
        "26 June 2021. The contracts of the community rehabilitation companies end and a single,"
        " unified Probation Service takes over the supervision of all offenders."
    )
    assert _title(sentence, "takes over") == (
        "Single, unified Probation Service takes over the supervision of all offenders"
    )
    kept = "On 11 July the company said that, as a result, Southern Cross would cease trading."
    assert _title(kept, "cease trading") == "Southern Cross to cease trading"


def test_a_reports_finding_heads_the_report_it_was_told_in():
    sentence = (
        "In a report published in May, Mr Newsam recommended that children's services be run"
        " by a trust."
    )
    assert _title(sentence, "report published") == (
        "Mr Newsam recommends that children's services be run by a trust"
    )
    unrelated = "In a report published in May, the council's leader resigned."
    assert _title(unrelated, "report published") is None


def test_a_thing_made_public_before_the_sentences_own_verb_heads_as_made_public():
    from timeline.extraction.headlines import headline

    made = headline("The draft Energy Bill published on Wednesday is long and technical")
    assert made == "Draft Energy Bill published"
    assert headline("The draft Energy Bill is long and technical") != made


def test_a_time_of_its_own_at_a_headlines_end_is_no_cut_span():
    from timeline.extraction.dangling_ends import without_dangling_end

    made = "Act receives Royal Assent in the last days"
    assert without_dangling_end(made) == made
    assert without_dangling_end("Firm collapses into administration a week") == (
        "Firm collapses into administration"
    )
    for rate in ("Courts can order curfews of up to 20 hours a day", "Staff paid £50 a week"):
        assert without_dangling_end(rate) == rate  # a rate, no span a cut left
    assert without_dangling_end("Shabana Mahmood announces the change, days") == (
        "Shabana Mahmood announces the change"
    )  # no comma left where the cut time was


def test_a_number_written_with_a_comma_is_no_opening_to_cut_away():
    from timeline.extraction.titles import clause_headline

    text = (
        "In a written statement the minister said nearly 8,000 staff and almost 200 buildings"
        " had moved into the new organisation."
    )
    start = text.index("moved")
    made = clause_headline(text, (start, start + 5)) or ""
    assert not made.startswith("000")


def test_a_passive_relative_clause_heads_its_own_happening():
    text = (
        "The government announced the plan in July, in its response to a consultation on a new"
        " arrears strategy that was launched last December."
    )
    start = text.index("consultation")
    assert clause_headline(text, (start, text.index("launched") + 8)) == (
        "Consultation on a new arrears strategy launched"
    )
