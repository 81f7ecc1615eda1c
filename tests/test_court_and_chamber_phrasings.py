"""News forms of trials, investigations, votes and changes of hands, each sentence told in a post
of 15 February 2019: the event of the expected type it gives, dated and titled."""

import datetime as dt

import pytest

from timeline.extraction.documents import Post, Sentence
from timeline.extraction.frame_events import Subject

POST = Post(title="A post", post_date=dt.date(2019, 2, 15), line=1, sentences=[], comments=[])


def _found(recogniser, text):
    return recogniser.sentence_candidates(Sentence(text, 3), POST, "doc.txt", Subject(), lead=False)


@pytest.mark.parametrize(
    ("text", "type_", "date", "title"),
    [
        ("The trial opened on 30 March 2018.", "legal_action", "2018-03-30", "Trial opens"),
        (
            "Their trial fell apart in April 2018, when the prosecutor offered no evidence.",
            "legal_action",
            "2018-04",
            "Trial collapses",
        ),
        (
            "Public hearings opened in November 2017 and a second set followed in 2018.",
            "legal_action",
            "2017-11",
            "Public hearings open",
        ),
        ("The two directors were charged in December 2017.", "legal_action", "2017-12", None),
        (
            "On 14 December 2018 he was jailed for life at the Old Bailey.",
            "legal_action",
            "2018-12-14",
            None,
        ),
        (
            "The SFO began investigating the tagging contract in October 2013.",
            "legal_action",
            "2013-10",
            "Serious Fraud Office begins investigation",
        ),
        (
            "G4S referred the allegations to Sussex Police in September 2017.",
            "legal_action",
            "2017-09",
            None,
        ),
        (
            "MPs approved the draft order after a debate and a division on 25 July 2018.",
            "parliamentary",
            "2018-07-25",
            "MPs approve the draft order",
        ),
        (
            "MPs gathered in Westminster Hall on Thursday afternoon to debate the report.",
            "parliamentary",
            "2019-02-14",
            "MPs hold debate",
        ),
        (
            "In a statement to Parliament on 24 January 2019 the minister accepted the review.",
            "parliamentary",
            "2019-01-24",
            None,
        ),
        (
            "The electronic monitoring contract was originally let in 2005.",
            "contract_awarded",
            "2005",
            "Contract let",
        ),
        (
            "The department put TPE on a recovery plan in February 2018.",
            "service_restructured",
            "2018-02",
            "TPE put on recovery plan",
        ),
        (
            "The council issued a section 114 notice on 5 September 2018.",
            "company_collapsed",
            "2018-09-05",
            "Section 114 notice issued",
        ),
        ("Probation was reunified in June 2018.", "service_restructured", "2018-06", None),
        (
            "In June 2018 the supervision work of the companies passed to the public sector.",
            "ownership_changed",
            "2018-06",
            "Work passes to the public sector",
        ),
        (
            "On 15 February 2019 the Ministry of Justice moved the company to Seetec.",
            "ownership_changed",
            "2019-02-15",
            None,
        ),
    ],
)
def test_court_and_chamber_phrasings_give_their_event(recogniser, text, type_, date, title):
    found = [(c.type, str(c.date), c.title) for c in _found(recogniser, text)]
    assert any(t == type_ and d == date and (title is None or ti == title) for t, d, ti in found), (
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        "The minister confirmed in March that no new franchise would be let.",
        "The firm's share price collapsed on the news.",
        "The council took control of the service in April 2018.",
    ],
)
def test_look_alikes_give_no_trial_award_or_takeover(recogniser, text):
    found = {c.type for c in _found(recogniser, text)}
    assert not found & {"legal_action", "contract_awarded", "ownership_changed"}, found


def test_a_trial_that_collapses_is_no_company_collapse(recogniser):
    found = _found(
        recogniser, "Serco tagging fraud trial collapses as SFO admits disclosure errors"
    )
    assert [(c.type, c.title) for c in found] == [("legal_action", "Trial collapses")]


def test_a_clause_of_its_own_after_as_names_no_new_owner(recogniser):
    text = "Probation service handed to new owner on 18 February 2019 as Working Links goes bust"
    (handed,) = [c for c in _found(recogniser, text) if c.type == "ownership_changed"]
    assert "Working Links" not in handed.title and "successor" not in handed.roles


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "In December Serco agreed to repay £68.5m, and its chairman apologised.",
            "agreed to repay",
            "Serco agrees to repay £68.5m",
        ),
        (
            "Serco agreed to repay £68.5m, and its chairman apologised without reservation.",
            "apologised",
            "Chairman apologises without reservation",
        ),
    ],
)
def test_a_clause_headline_ends_where_and_opens_a_clause_of_its_own(text, trigger, expected):
    from timeline.extraction.titles import clause_headline

    start = text.index(trigger)
    assert clause_headline(text, (start, start + len(trigger))) == expected


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        ("UNISON has called a strike for Monday 4 March.", "2019-02-15", "UNISON calls strike"),
        (
            "Napo members are called out on a three-hour strike on Monday 4 March.",
            "2019-02-15",
            "Napo calls members out on strike",
        ),
        ("On 3 February Napo called a strike for 11 March.", "2019-02-03", "Napo calls strike"),
    ],
)
def test_a_strike_called_is_dated_by_the_call_not_the_strike(recogniser, text, date, title):
    found = [(str(c.date), c.title) for c in _found(recogniser, text)]
    assert (date, title) in found, found


def test_an_abbreviated_month_does_not_end_the_clause(recogniser):
    text = "The minister announced on Sept. 28, 2018 that he would not extend the contract."
    assert "contract_terminated" in {c.type for c in _found(recogniser, text)}


def test_a_finding_of_his_department_is_not_the_firm_named_before(recogniser):
    text = (
        "The minister said on 28 September 2018 that he would not extend LSER's contract, saying"
        " an investigation by his department had found the company had not declared £25m."
    )
    reports = [c for c in _found(recogniser, text) if c.type == "report_published"]
    assert all("LSER" not in c.title and "LSER" not in c.roles.get("actor", ()) for c in reports)


def test_a_report_used_last_month_to_call_for_something_is_still_published(recogniser):
    text = "The Chief Inspector used his final annual report last month to call for a review."
    assert "report_published" in {c.type for c in _found(recogniser, text)}
    failure = "The failure of the company to meet the union was criticised in May 2018."
    assert "company_collapsed" not in {c.type for c in _found(recogniser, failure)}


def test_a_clause_headline_keeps_a_list_its_commas_join():
    from timeline.extraction.titles import clause_headline

    text = (
        "Leaders are under pressure this summer, after inspectors found that the needs of Black,"
        " Asian and minority ethnic people on probation were not being met."
    )
    start = text.index("found")
    made = clause_headline(text, (start, start + 5))
    assert made is not None and "Black, Asian and minority ethnic people" in made


def test_extra_time_is_no_extra_money(recogniser):
    text = "On 8 February 2019 the employers agreed to give us an extra 28 days to call action."
    assert "funding_changed" not in {c.type for c in _found(recogniser, text)}
    money = "On 8 February 2019 the CRCs were given an extra £22m."
    assert "funding_changed" in {c.type for c in _found(recogniser, money)}


def test_a_passive_with_itself_between_its_verbs_is_still_passive(recogniser):
    text = "In 2016 Working Links was itself bought by Aurelius, a German investment group."
    titles = [c.title for c in _found(recogniser, text) if c.type == "ownership_changed"]
    assert titles == ["Aurelius buys Working Links"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Its latest contract, a direct award that began on April 1, 2018, was due to run on.",
            "Direct award contract begins",
        ),
        (
            "South Yorkshire got the same grade in March 2018.",
            "South Yorkshire CRC keeps its rating",
        ),
    ],
)
def test_a_noun_is_no_passive_verb_yet_its_happening_is_found(recogniser, text, title):
    assert [c.title for c in _found(recogniser, text)] == [title]


def test_a_dated_rows_date_and_a_named_strategy_are_not_in_the_way(recogniser):
    row = "27 July 2018 Ministry announces that it will end the CRC contracts early"
    assert all(not c.title.startswith("27 July") for c in _found(recogniser, row))
    published = (
        "In May 2013 the Ministry of Justice published Transforming Rehabilitation: A Strategy."
    )
    assert "policy_announced" in {c.type for c in _found(recogniser, published)}


def test_a_press_releases_news_present_announces_a_decision(recogniser):
    row = "27 July 2018 Ministry announces that it will end the CRC contracts early"
    assert "contract_terminated" in {c.type for c in _found(recogniser, row)}


def test_the_buyer_after_to_is_not_what_was_sold(recogniser):
    text = "On 3 February 2019 Serco agreed to sell its stake in the joint venture to Sodexo."
    sold = [c for c in _found(recogniser, text) if c.type == "ownership_changed"]
    assert sold and all(c.roles.get("target") != ("Sodexo",) for c in sold)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The new unified probation service was launched on Saturday 26 January 2019,"
            " bringing together the staff of both services.",
            "New unified probation service launched",
        ),
        (
            "In December 2013 two contracts for the courts were also referred to the SFO.",
            "Case referred to Serious Fraud Office",
        ),
        ("Eddie Aston joined the Group on 8 July 2013 as its chief.", "Eddie Aston joins as chief"),
    ],
)
def test_titles_without_their_dates_and_trailing_participles(recogniser, text, title):
    assert title in [c.title for c in _found(recogniser, text)]


def test_a_chronologys_day_takes_the_year_of_its_month_label(recogniser):
    text = "August 2018. On 20 August the Chief Inspector of Prisons sends an Urgent Notification."
    assert ("report_published", "2018-08-20") in [
        (c.type, str(c.date)) for c in _found(recogniser, text)
    ]
    weekday = "Working Links, which has run the CRC since February 2015, collapsed on Friday."
    assert "2015-02" not in {str(c.date)[:7] for c in _found(recogniser, weekday)}


def test_a_report_that_says_this_inspection_found_is_the_days_news():
    from timeline.extraction.titles import clause_headline

    text = "This inspection found that Oakwood had improved significantly."
    start = text.index("inspection")
    assert clause_headline(text, (start, text.index("that") + 4)) == (
        "Inspection finds Oakwood had improved significantly"
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "In May 2013 the Ministry of Justice published Transforming Rehabilitation: A Strategy"
            " for Reform.",
            "published",
            "Ministry of Justice publishes Transforming Rehabilitation: A Strategy for Reform",
        ),
        (
            "The chief inspector said: staff were overloaded and the work was poor in 2018.",
            "overloaded",
            "Staff overloaded and the work was poor",
        ),
    ],
)
def test_a_names_colon_is_no_clause_edge_but_a_sayings_is(text, trigger, expected):
    from timeline.extraction.titles import clause_headline

    start = text.index(trigger)
    assert clause_headline(text, (start, start + len(trigger))) == expected
