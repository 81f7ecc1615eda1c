"""When a frame's event happened: the date of its own clause, never a period's end, a forecast's
time or what another clause dates; the post's day only for news of the day."""

import datetime as dt
from dataclasses import replace

import pytest
from factories import FRAME_POST as POST
from factories import document_of, no_subject, post_of
from factories import frame_found as _found
from factories import frame_recogniser as recogniser_of

from timeline.extraction.documents import Post, Sentence
from timeline.extraction.merge import merge_candidates


def test_frame_events_a_date_that_ends_a_period_does_not_date_the_event(recogniser):
    found = _found(recogniser, "The firm has extended its banking facility until the end of 2022.")
    assert all(c.date.year != 2022 for c in found)
    text = "The settlement is provided for in the results for the year ended 31 December 2013."
    assert all(str(c.date) != "2013-12-31" for c in _found(recogniser, text))


def test_frame_events_an_earlier_happening_told_without_a_date_is_no_report(recogniser):
    earlier = "The inspectorate has previously published a report on Sodexo."
    assert _found(recogniser, earlier) == []
    (today,) = _found(recogniser, "The inspectorate has published a report on Sodexo.")
    assert today.evidence == "post"


def test_frame_events_each_clause_is_dated_by_a_date_of_its_own(recogniser):
    text = (
        "Serco agreed to repay £68.5m in December 2013, and G4S agreed to pay £108.9m"
        " in March 2014."
    )
    dates = {c.title: str(c.date) for c in _found(recogniser, text)}
    assert dates == {"Serco agrees repayment": "2013-12", "G4S agrees to pay £108.9m": "2014-03"}


def test_frame_events_a_date_before_and_was_dates_the_first_verb_not_the_second(recogniser):
    text = (
        "It is the story of an agency that opened in April 1993 and was judged beyond repair"
        " by Sir David Henshaw's review in 2006."
    )
    judged = [c for c in _found(recogniser, text) if c.type == "report_published"]
    assert [str(c.date) for c in judged] == ["2006"]


def test_frame_events_an_agreement_to_end_later_is_dated_by_the_agreement(recogniser):
    text = (
        "In December 2013 the trust and Serco agreed to end the contract 17 months early,"
        " at the end of May 2015."
    )
    ended = [c for c in _found(recogniser, text) if c.type == "contract_terminated"]
    assert [str(c.date) for c in ended] == ["2013-12"]


def test_frame_events_a_past_happening_without_a_date_only_joins_a_dated_one(recogniser):
    (undated,) = _found(recogniser, "Working Links went into administration.")
    assert undated.evidence == "undated"
    assert merge_candidates([undated]) == []
    (dated,) = _found(recogniser, "Working Links entered administration on 15 February 2019.")
    (event,) = merge_candidates([dated, undated])
    assert event.date == "2019-02-15" and len(event.sources) == 1


def test_frame_events_a_bare_happening_of_no_one_on_the_posts_day_is_no_event(recogniser):
    assert _found(recogniser, "The report has been published.") == []
    named = _found(recogniser, "HM Inspectorate of Probation has published its report.")
    assert [c.type for c in named] == ["report_published"]


def test_frame_events_a_trigger_word_alone_on_the_posts_day_gives_no_bare_label(recogniser):
    found = _found(recogniser, "They were completing sentence plans to meet their targets.")
    labels = {t.label for t in recogniser.vocabulary.taxonomy.event_types}
    assert all(c.title not in labels for c in found if c.evidence == "post")


def test_frame_events_a_headlines_present_tense_reports_on_the_posts_day(recogniser):
    found = _found(recogniser, "Sodexo fails Ministry of Justice audit in Essex")
    assert [(c.type, str(c.date), c.evidence) for c in found] == [
        ("report_published", "2019-02-15", "post")
    ]
    assert _found(recogniser, "Sodexo fails Ministry of Justice audits in Essex.") == []


def test_frame_events_the_title_posts_news_dates_an_undated_lead_report(vocabulary):
    recogniser = recogniser_of(vocabulary)
    post = replace(POST, title="More Redundancies At Kent CRC")
    lead = Sentence("Sad news for colleagues as more redundancies announced by Kent CRC.", 4)
    subject = recogniser.subjects.subject(replace(post, sentences=[lead]))
    found = recogniser.sentence_candidates(lead, post, "doc.txt", subject, lead=True)
    assert [(c.type, str(c.date), c.evidence) for c in found] == [
        ("job_cuts", "2019-02-15", "post")
    ]
    later = recogniser.sentence_candidates(lead, post, "doc.txt", subject, lead=False)
    assert [c.evidence for c in later] == ["undated"]


def test_frame_events_a_date_after_the_posts_day_dates_no_report(recogniser):
    found = _found(recogniser, "Seetec took over the Kent CRC in 2015, ahead of cuts next year.")
    assert [str(c.date) for c in found] == ["2015"]
    forecast = _found(recogniser, "Seetec took over the Kent CRC, ahead of cuts next year.")
    assert [c.evidence for c in forecast] == ["undated"]
    written_out = _found(recogniser, "Seetec took over the Kent CRC on 3 March 2019.")
    assert [str(c.date) for c in written_out] == ["2019-03-03"]  # the post's date is wrong


def test_frame_events_a_bare_trigger_word_report_needs_a_day_or_month_written(recogniser):
    text = "There has been no survey since {} and, although the trust plans to conduct one, well."
    assert _found(recogniser, text.format("2015")) == []
    kept = _found(recogniser, text.format("3 March 2015"))
    assert [(c.type, str(c.date)) for c in kept] == [("policy_announced", "2015-03-03")]


def test_frame_events_a_generic_frame_beside_a_specific_one_needs_a_date_of_its_own(recogniser):
    text = "On 3 May the Senedd debated the new model for {} announced {}."
    both = _found(recogniser, text.format("Wales", "in January 2018"))
    assert sorted(c.type for c in both) == ["parliamentary", "policy_announced"]
    echo = _found(recogniser, text.format("Wales", "by the minister"))
    assert [c.type for c in echo] == ["parliamentary"]


def test_frame_events_a_bare_label_dated_only_by_today_is_no_event(vocabulary):
    from timeline.extraction.report_filters import nothing_to_show
    from timeline.partial_date import PartialDate

    found = _found(recogniser_of(vocabulary), "In 2017 the CRC was rated 'Good' by the inspectors.")
    today = replace(found[0], evidence="relative", date=PartialDate(2019, 2, 15), roles={})
    posted = PartialDate(2019, 2, 15)
    assert nothing_to_show(replace(today, title_kind="bare", rating=None), True, posted)
    assert not nothing_to_show(replace(today, title_kind="written", rating=None), True, posted)


def test_frame_events_tomorrow_or_next_week_dates_nothing_a_post_reports(recogniser):
    found = _found(recogniser, "Seetec took over the Kent CRC, with a meeting for staff tomorrow.")
    assert [c.evidence for c in found] == ["undated"]


@pytest.mark.parametrize(
    "between",
    [
        [],
        ["It cited contracts which it won in 2015."],  # a background year: no time pointed back to
    ],
)
def test_frame_events_the_same_day_is_the_day_an_earlier_sentence_named(recogniser, between):
    told = [
        "Kier issued a profit warning on 4 June 2019.",
        *between,
        "Its chairman, Philip Cox, stood down on the same day.",
    ]
    post = replace(
        POST,
        post_date=dt.date(2019, 6, 10),
        sentences=[Sentence(text, line) for line, text in enumerate(told, 1)],
    )
    document = document_of(post)
    [stood_down] = [c for c in recogniser.candidates(document) if c.type == "appointment"]
    assert (str(stood_down.date), stood_down.evidence) == ("2019-06-04", "relative")
    assert stood_down.title == "Philip Cox stands down"


def test_frame_events_an_undated_buyer_in_an_undated_document_gains_nothing(recogniser):
    undated = Post(title="A briefing", post_date=None, line=1, sentences=[], comments=[])
    text = "The Ministry of Justice has appointed Seetec to run probation in the west."
    found = recogniser.sentence_candidates(
        Sentence(text, 3), undated, "doc.md", no_subject(), False
    )
    assert [c.type for c in found] == ["ownership_changed"]


def test_frame_dating_a_state_a_relative_clause_starts_dates_no_happening(recogniser):
    text = "The Post Office settled the group claim, ending a legal battle that has run since 2016."
    assert all(str(c.date) != "2016" for c in _found(recogniser, text))
    dated = (
        "The Post Office settled the group claim in December 2018, ending a battle that began "
        "in 2016."
    )
    assert [str(c.date) for c in _found(recogniser, dated)] == ["2018-12"]


def test_frame_dating_finding_out_is_no_finding(recogniser):
    text = (
        "My laptop still says Seetec on the login screen and my team spent Monday 11 February "
        "2019 finding out which shared drive had gone where."
    )
    assert [c for c in _found(recogniser, text) if c.type == "report_published"] == []


def test_frame_dating_a_verbs_own_phrase_may_tell_no_happening_of_its_frame(recogniser):
    left = "On 10 September 2018 around 1,700 people walked out of jails across England."
    assert [c for c in _found(recogniser, left) if c.type == "industrial_action"] == []
    aware = "Capita became aware of the incident on 31 March 2018."
    assert [c for c in _found(recogniser, aware) if c.type == "appointment"] == []


def test_frame_dating_a_happening_from_a_day_until_another_time_is_dated_by_its_start(recogniser):
    text = (
        "Sleeper trains to Aberdeen were cancelled from 10 November 2020 and will not run until"
        " December at the earliest."
    )
    assert [str(c.date) for c in _found(recogniser, text)] == ["2020-11-10"]
    period = "The firm ran the Aberdeen sleeper trains from 2015 to 2023."
    assert all(str(c.date) != "2015" for c in _found(recogniser, period))


def test_frame_dating_two_verb_phrases_joined_by_and_keep_their_own_dates(recogniser):
    text = (
        "Sodexo was handed the contract in December 2014 and took ownership of the CRC in"
        " February 2015."
    )
    dates = {c.type: str(c.date) for c in _found(recogniser, text)}
    assert dates == {"contract_awarded": "2014-12", "ownership_changed": "2015-02"}
    shared = "Ofsted inspected the company in March 2017 and rated it 'Inadequate'."
    assert {str(c.date) for c in _found(recogniser, shared)} == {"2017-03"}


def test_a_verb_joined_by_and_after_a_time_has_the_first_clauses_subject(recogniser):
    text = (
        "Blackstone, the American private equity firm, bought Southern Cross in September 2004,"
        " and two months later bought Nursing Home Properties."
    )
    found = {(c.title, str(c.date)) for c in _found(recogniser, text)}
    assert found == {
        ("Blackstone buys Southern Cross", "2004-09"),
        ("Blackstone buys Nursing Home Properties", "2004-11"),
    }


def test_frame_events_news_that_comes_months_after_a_happening_dates_it(recogniser):
    text = (
        "The collapse comes seven months after ministers announced that all 21 contracts would"
        " be terminated early."
    )
    dates = {c.type: str(c.date) for c in _found(recogniser, text)}
    assert dates.get("contract_terminated") == "2018-07"  # told on 15 February 2019
    assert dates.get("company_collapsed") != "2018-07"  # the collapse is not what it counts to


@pytest.mark.parametrize(
    ("text", "type_", "date"),
    [  # FRAME_POST is dated 16 February 2019
        (
            "The force confirmed on Friday that Port stood down at the end of January.",
            "appointment",
            "2019-01",
        ),
        (  # a date in the told clause's object is no date of its verb's
            "The police said on Friday that they had closed their investigation into"
            " allegations made last summer.",
            "legal_action",
            "2019-02-15",
        ),
    ],
)
def test_frame_events_a_told_happening_with_its_own_date_is_not_dated_by_the_telling(
    recogniser, text, type_, date
):
    dates = {c.type: str(c.date) for c in _found(recogniser, text)}
    assert dates.get(type_) == date


def test_frame_events_a_happening_over_a_range_of_months_is_dated_by_its_start(recogniser):
    text = "Between December 2015 and November 2016 Capita closed 35 of the 38 local offices."
    (found,) = _found(recogniser, text)
    assert (str(found.date), found.title) == ("2015-12", "Capita closes 35 of the 38 local offices")


def test_frame_events_a_report_that_followed_another_is_dated_by_its_own_date(recogniser):
    text = (
        "The first review was published on 17 January, and her review of the second case"
        " followed a week later, on 24 January."
    )
    dates = sorted(str(c.date) for c in _found(recogniser, text) if c.type == "report_published")
    assert dates == ["2019-01-17", "2019-01-24"]


def test_frame_events_a_happening_told_as_done_is_never_dated_after_its_post(recogniser):
    text = (
        "In July 2018 ministers announced that the contracts would end in December 2020, and"
        " launched a consultation on what should replace them."
    )
    found = {c.type: str(c.date) for c in _found(recogniser, text)}
    assert found.get("policy_announced") == "2018-07"  # not December 2020: told in 2019


@pytest.mark.parametrize(
    ("posted", "texts", "expected"),
    [
        (  # a story told in order from last year keeps its bare dates in that year
            dt.date(2019, 5, 23),
            [
                "On 19 January last year the minister told MPs about the case.",
                "The review, published on 7 February, found the rules had been followed.",
                "In March three judges quashed the decision.",
            ],
            [("report_published", "2018-02-07"), ("legal_action", "2018-03")],
        ),
        (  # a bare month after a written year is the writer's own year's
            dt.date(2014, 8, 19),
            [
                "The Home Office put the programme out to tender in January 2013.",
                "In May the inspectorate published a report on the programme.",
            ],
            [("report_published", "2014-05")],
        ),
        (  # a month with its own year word keeps it in a story from last year
            dt.date(2019, 5, 23),
            [
                "On 19 January last year the minister told MPs about the case.",
                "The ministry abandoned the plans in March this year.",
            ],
            [("policy_announced", "2019-03")],
        ),
        (  # a bare day after a day written with its year is in that year
            dt.date(2023, 7, 20),
            [
                "The company was incorporated on 12 May 2020.",
                "On 12 June it was awarded a contract to supply face masks.",
            ],
            [("contract_awarded", "2020-06-12")],
        ),
        (  # but a bare month after it is still the writer's own year's
            dt.date(2023, 7, 20),
            [
                "The company was incorporated on 12 May 2020.",
                "In June the department published a report on the contracts.",
            ],
            [("report_published", "2023-06")],
        ),
    ],
)
def test_a_story_told_in_order_keeps_its_bare_dates_in_the_year_it_told(
    recogniser, posted, texts, expected
):
    post = replace(post_of("A post", *texts), post_date=posted)
    document = document_of(post)
    found = {(c.type, str(c.date)) for c in recogniser.candidates(document)}
    assert set(expected) <= found


@pytest.mark.parametrize(
    ("text", "type_", "date"),
    [
        (
            "On 23 April 2015 the election court declared the 2014 mayoral election void.",
            "legal_action",
            "2015-04-23",
        ),
        (
            "He was pushed out as chief executive after the July 2017 profit warning.",
            "funding_changed",
            "2017-07",
        ),
        ("The 2014 reforms split probation in two.", "service_restructured", "2014"),
    ],
)
def test_a_year_that_names_what_was_done_to_dates_it_only_when_nothing_else_does(
    recogniser, text, type_, date
):
    """ "the 2014 mayoral election" says which election was declared void, not when; "the July
    2017 profit warning" is the happening itself, and its time dates it."""
    assert [str(c.date) for c in _found(recogniser, text) if c.type == type_] == [date]


def test_frame_events_it_is_months_since_dates_what_the_sentence_tells_after_it(recogniser):
    text = (
        "It is six months since the trust and Serco announced that they had agreed to end the"
        " contract early."
    )
    ended = [c for c in _found(recogniser, text) if c.type == "contract_terminated"]
    assert [str(c.date) for c in ended] == ["2018-08"]  # six months before 15 February 2019


def test_a_date_before_and_the_belongs_to_the_clause_before_when_the_triggers_own_has_one(
    recogniser,
):
    text = (
        "The ministry approved the plan in March 2010 and the merger took effect at the start"
        " of 2011."
    )
    dates = {c.type: str(c.date) for c in _found(recogniser, text)}
    assert dates == {"policy_announced": "2010-03", "service_restructured": "2011"}


def test_a_law_named_with_its_year_received_royal_assent_in_that_year(recogniser):
    text = "The Banking (Special Provisions) Act 2008 received Royal Assent late on 21 February."
    assert [str(c.date) for c in _found(recogniser, text)] == ["2008-02-21"]
    later = "The Criminal Justice Act 2003 came into force on 4 April."
    assert [str(c.date) for c in _found(recogniser, later)] != ["2003-04-04"]
