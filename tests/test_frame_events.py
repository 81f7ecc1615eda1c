"""The frame extractor: which frames a sentence holds and which of them report, an event per
clause, the CRCs and owners an event carries (who acted: test_who_acted.py; when:
test_frame_dating.py; headlines: test_frame_headlines.py)."""

import datetime as dt
from dataclasses import replace

import pytest
from factories import FRAME_POST as POST
from factories import WORKING_LINKS_CRCS, document_of, sentence_candidates
from factories import frame_found as _found
from factories import frame_recogniser as recogniser_of

from timeline.extraction.documents import Post, Sentence
from timeline.extraction.frame_patterns import compile_frame
from timeline.extraction.frames import FrameMatcher
from timeline.extraction.lemmas import tokenise
from timeline.extraction.merge import merge_candidates


def test_lemmas_fold_auxiliaries_into_their_verb():
    tokens = tokenise("The CRCs were not taken over by Seetec.")
    verb = next(t for t in tokens if t.lemma == "take")
    assert verb.passive and verb.negated and "be" in verb.auxiliaries
    assert [t.lemma for t in tokens if t.lemma in ("be", "not")] == []


def test_frame_events_bidders_named_is_an_award_and_named_to_come_is_none(recogniser):
    (candidate,) = _found(recogniser, "The winning bidders were announced yesterday.")
    assert (candidate.type, candidate.title) == ("contract_awarded", "Winning bidders announced")
    assert _found(recogniser, "The winning bidders will be named next month.") == []


def test_frame_events_a_happening_named_as_a_noun_phrase_is_no_report(recogniser):
    text = "The expected grand announcement was something of a damp squib and raises questions."
    assert _found(recogniser, text) == []


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("In March 2016 the regional trusts were abolished.", "service_restructured"),
        ("The new resettlement service began operating in May 2016.", "service_restructured"),
        ("In April 2020 case management moved from the CRC into the NPS.", "service_restructured"),
        ("Last week the firm's sale to Seetec was completed.", "ownership_changed"),
        ("Jo Farrar took over as chief executive in March 2019.", "appointment"),
        ("The chairman quit with immediate effect on 3 May 2018.", "appointment"),
        ("In June 2017 the ministry changed the contracts to pay more.", "funding_changed"),
        ("Serco agreed to repay £68.5m in December 2013.", "funding_changed"),
        ("Shareholders voted against the rescue plan on 15 March 2019.", "funding_changed"),
        ("Mitie extended its banking facility on 25 June 2020.", "funding_changed"),
        (
            "In a report published on 3 May 2018, the Justice Committee said the reforms failed.",
            "report_published",
        ),
        ("That report came out in March 2019.", "report_published"),
        ("G4S and Serco were stripped of the work on 12 December 2013.", "contract_terminated"),
        (
            "In February 2012 Circle took operational control of the hospital.",
            "service_restructured",
        ),
        (
            "The hospital returned to NHS management at the end of March 2015.",
            "service_restructured",
        ),
        (
            "On 24 March 2020 the CRCs switched to exceptional delivery models.",
            "service_restructured",
        ),
        (
            "On 9 January 2015 Circle opened talks with the regulator with a view to withdrawing.",
            "contract_terminated",
        ),
        ("In 2006 Serco beat a co-operative of local GPs to the contract.", "contract_awarded"),
        ("The NAO today publishes a memorandum on the service.", "report_published"),
        (
            "In July 2012 the Care Quality Commission reported that the service lacked staff.",
            "report_published",
        ),
        ("On 15 March 2019 the group's lenders took control of Interserve.", "company_collapsed"),
        ("The chief inspector of probation resigned on 2 February 2015.", "appointment"),
        ("Aslef drivers stopped work on Tuesday 13 December 2016.", "industrial_action"),
        ("On 19 December 2016 the guards began a 48-hour strike.", "industrial_action"),
        ("The new timetable came into force on 20 May 2018.", "service_restructured"),
        ("On 4 June 2018 the minister asked the regulator to hold an inquiry.", "policy_announced"),
        ("Learndirect changed hands again in August 2020.", "ownership_changed"),
        ("The main contracts ran out at the end of July 2018.", "contract_terminated"),
        ("On 11 August 2017 Learndirect lost its legal fight with Ofsted.", "legal_action"),
        (
            "Providers moved to Exceptional Delivery Models on 24 March 2020.",
            "service_restructured",
        ),
        (
            "On 11 July 2013 the minister referred the case to the Serious Fraud Office.",
            "legal_action",
        ),
        ("The Serious Fraud Office opened an investigation in November 2013.", "legal_action"),
        (
            "In July 2013 the Justice Secretary informed Parliament of the overcharging.",
            "parliamentary",
        ),
        (
            "On 11 June 2020 the Lord Chancellor scrapped the competition for new partners.",
            "policy_announced",
        ),
    ],
)
def test_frame_events_general_phrasings_of_each_type(recogniser, text, type_):
    assert type_ in [c.type for c in _found(recogniser, text)]


def test_frame_events_a_common_verb_with_no_one_named_is_no_report(recogniser):
    assert _found(recogniser, "The deal has bought the ministry little, MPs said on Tuesday.") == []
    (sale,) = _found(recogniser, "Aurelius bought Working Links on 1 July 2016.")
    assert sale.type == "ownership_changed"


def test_frame_events_a_resignation_needs_someone_named_or_a_post(recogniser):
    recorded = _found(recogniser, "A report in May recorded that 40 staff had resigned.")
    assert [c.type for c in recorded] == ["report_published"]  # the report, no resignation
    (governor,) = _found(recogniser, "The governor resigned on Friday.")
    assert (governor.type, governor.title) == ("appointment", "Governor resigns")


def test_frame_events_not_to_renew_is_an_ending_never_an_award(recogniser):
    text = "The council decided in March 2019 not to renew the contract with the firm."
    (ending,) = _found(recogniser, text)
    assert (ending.type, str(ending.date)) == ("contract_terminated", "2019-03")
    assert _found(recogniser, "The firm agreed not to bid for the contract.") == []


def test_frame_events_a_hedge_in_a_later_wh_clause_leaves_the_decision_alone(recogniser):
    text = (
        "Ministers announced in July 2018 that the contracts would end early, and are deciding"
        " what should replace them."
    )
    (decision,) = _found(recogniser, text)
    assert (decision.type, str(decision.date)) == ("contract_terminated", "2018-07")
    assert decision.title.startswith("Contracts to end")


def test_frame_events_a_happening_named_after_despite_is_no_report(recogniser):
    text = "Grayling hands probation contracts to private firms despite legal challenge"
    found = _found(recogniser, text)
    assert [c.type for c in found if c.evidence != "undated"] == ["contract_awarded"]


def test_frame_events_judging_by_is_no_rating(recogniser):
    text = "Judging by this press release, Working Links has been sold to Seetec."
    assert "report_published" not in [c.type for c in _found(recogniser, text)]
    text = "The MoJ rated all 35 trusts in England and Wales as Good in March 2013."
    (rated,) = _found(recogniser, text)
    assert (rated.type, rated.rating, rated.roles) == (
        "report_published",
        "Good",
        {"actor": ("MoJ",)},
    )


@pytest.mark.parametrize(
    "text",
    [
        "In February inspectors changed the way cases are assessed and reviewed.",
        "On Friday the MoJ said five areas had signed a protocol under which offenders are"
        " assessed for treatment.",
    ],
)
def test_frame_events_a_rating_verb_no_grade_follows_is_no_rating(recogniser, text):
    assert "report_published" not in [c.type for c in _found(recogniser, text)]
    graded = text.replace(" and reviewed", " 'Inadequate'").replace(" for treatment", " as Good")
    assert "report_published" in [c.type for c in _found(recogniser, graded)]


def test_frame_events_a_happening_named_in_passing_takes_only_the_names_of_its_phrase(recogniser):
    text = (
        "Relations between Working Links and its staff have soured since early 2018 with the"
        " announcement of contract termination."
    )
    (ended,) = _found(recogniser, text)
    assert (ended.type, ended.owners, ended.crcs) == ("contract_terminated", (), ())
    text = "Today we see the latest DDC HMIP report released, a coincidence."
    (report,) = _found(recogniser, text)
    assert report.crcs == ("Dorset, Devon and Cornwall",)


def test_frame_events_a_noun_or_infinitive_complement_is_no_happening(recogniser):
    text = (
        "After the failure of the company to meet the union on 3 March 2017, members in both"
        " grades struck."
    )
    assert "company_collapsed" not in [c.type for c in _found(recogniser, text)]
    assert "report_published" not in [c.type for c in _found(recogniser, text)]


def test_frame_events_one_sentence_gives_an_event_per_clause(recogniser):
    found = _found(
        recogniser,
        "The MoJ terminated the contracts and appointed Seetec to run the CRCs on 15 February"
        " 2019.",
    )
    assert [c.type for c in found] == ["contract_terminated", "ownership_changed"]
    assert found[0].roles == {"actor": ("MoJ",)}
    assert found[1].roles["successor"] == ("Seetec",)


def test_frame_events_an_owners_event_carries_the_crcs_it_held_that_day(recogniser):
    (candidate,) = _found(recogniser, "Working Links went into administration yesterday.")
    assert set(candidate.crcs) == WORKING_LINKS_CRCS
    assert str(candidate.date) == "2019-02-14"


def test_frame_events_a_parent_companys_own_deal_carries_no_crcs(recogniser):
    (sale,) = _found(recogniser, "Aurelius sold its homecare business on 3 December 2018.")
    assert (sale.type, sale.owners, sale.crcs) == ("ownership_changed", ("Aurelius",), ())
    (collapse,) = _found(recogniser, "Working Links went into administration on 15 February 2019.")
    assert set(collapse.crcs) == WORKING_LINKS_CRCS


@pytest.mark.parametrize(
    "text",
    [
        "Sodexo could enter administration.",
        "Sodexo has not entered administration.",
        "Will Sodexo enter administration?",
        "Sodexo will enter administration.",
        "The Chief Inspector also publishes an annual report.",
    ],
)
def test_frame_events_hedges_negations_forecasts_and_generic_present_are_no_events(
    recogniser, text
):
    assert _found(recogniser, text) == []


def test_frame_events_reports_naming_other_actors_never_merge(recogniser):
    first = _found(recogniser, "Sodexo entered administration on 15 February 2019.")
    second = _found(recogniser, "Interserve entered administration on 15 February 2019.")
    assert len(merge_candidates(first + second)) == 2


def test_frame_events_confidence_grows_with_independent_sources(recogniser):
    (one,) = _found(recogniser, "Working Links entered administration on 15 February 2019.")
    other_post = one.source.model_copy(update={"document": "other.txt"})
    (single,) = merge_candidates([one])
    (double,) = merge_candidates([one, replace(one, source=other_post)])
    assert 0 < single.confidence < double.confidence <= 1
    assert len(double.sources) == 2


def test_frame_events_two_frames_of_one_type_and_date_in_a_sentence_are_one_report(recogniser):
    text = (
        "In 2017, HM Inspectorate of Probation said in its annual report that Working Links "
        "was one of the three CRCs judged to be performing well."
    )
    (report,) = _found(recogniser, text)
    assert report.roles == {
        "actor": ("HM Inspectorate of Probation",),
        "target": ("Working Links",),
    }
    text = (
        "In July 2017 the venture was selected by HS2 Ltd to deliver two lots, and contracts "
        "for the design stage were signed in August 2017."
    )
    assert len([c for c in _found(recogniser, text) if c.type == "contract_awarded"]) == 2


def test_frame_events_an_owner_the_sentence_names_brings_the_crcs_it_held(recogniser):
    text = "The announcement of contract termination for Working Links came in early 2018."
    (ended,) = _found(recogniser, text)
    assert ended.owners == ("Working Links",) and set(ended.crcs) == WORKING_LINKS_CRCS


def test_frame_events_to_opening_an_infinitive_is_no_preposition(recogniser):
    text = "On 5 February 2019 a motion was passed to direct the branch to issue the agreement."
    assert [c for c in _found(recogniser, text) if c.type == "ownership_changed"] == []
    passed = _found(recogniser, "On 5 February 2019 the three CRCs passed to Seetec.")
    assert [c.type for c in passed] == ["ownership_changed"]


def test_frame_events_a_trigger_words_event_brings_its_owners_crcs(recogniser):
    found = _found(recogniser, "Working Links staff were told in January 2019 of redundancies.")
    assert found and all(set(c.crcs) == WORKING_LINKS_CRCS for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Public Accounts Committee will be looking at the same questions in parliament.",
        "Napo has been on strike twice in the last 12 months against the plans.",
    ],
)
def test_frame_events_a_forecast_or_a_summary_found_by_trigger_words_is_no_event(recogniser, text):
    assert _found(recogniser, text) == []


def test_frame_events_a_trigger_word_dated_by_what_since_tells_is_no_event(recogniser):
    text = (
        "The Windrush Compensation Scheme, meanwhile, had been open since April 2019, though by"
        " common consent it paid out far too slowly in its first years."
    )
    assert sentence_candidates(recogniser, text, dt.date(2025, 10, 1)) == []


def test_frame_events_what_a_since_clause_dates_is_its_own_happening(recogniser):
    text = (
        "The report is the first full NAO study of probation since the companies' work came back"
        " into the public service on 26 June 2021, ending the Transforming Rehabilitation"
        " experiment."
    )
    found = sentence_candidates(recogniser, text, dt.date(2025, 10, 1))
    assert [(c.type, str(c.date)) for c in found] == [("service_restructured", "2021-06-26")]


@pytest.mark.parametrize(
    ("text", "posted", "type_"),
    [
        (  # people named by a kind a participle says: no conviction
            "Inspectors said too little had changed since they last looked at probation's work"
            " with men convicted of sexual offences in 2010.",
            dt.date(2019, 1, 24),
            "legal_action",
        ),
        (  # a noun "fines": no one fined
            "On Thursday the Home Secretary told the House of Commons that the government would"
            " abolish unit fines and change the rule that stops courts giving much weight to"
            " previous convictions.",
            dt.date(1993, 5, 15),
            "legal_action",
        ),
        (  # people assessed as posing a risk: no grade
            "In a speech yesterday, the Lord Chancellor said that accredited programmes would no"
            " longer be delivered to people on probation who are assessed as posing a low risk.",
            dt.date(2025, 2, 13),
            "report_published",
        ),
    ],
)
def test_frame_events_a_kind_of_people_or_a_noun_gives_no_event_of_the_type(
    recogniser, text, posted, type_
):
    assert type_ not in [c.type for c in sentence_candidates(recogniser, text, posted)]


def test_frame_events_a_group_of_people_released_is_a_release(recogniser):
    released = (
        "The first group of offenders released under the emergency measure left custody on"
        " 10 September 2024."
    )
    found = sentence_candidates(recogniser, released, dt.date(2024, 9, 11))
    assert [c.type for c in found] == ["service_restructured"]


def test_frame_events_two_frames_making_one_headline_are_one_event(recogniser):
    text = "The discharge grant handed to prisoners on release was raised from £46 to £76 in 2021."
    found = sentence_candidates(recogniser, text, dt.date(2023, 5, 12))
    assert [c.type for c in found] == ["funding_changed"]


@pytest.mark.parametrize(
    "text",
    [
        "For a period that started at the end of April, some people on licence no longer have to"
        " report to us after the two-thirds point of their licence.",
        "Earlier this month the Home Secretary launched an independent review of remand, chaired"
        " by a retired judge, which is due to report in the spring.",
    ],
)
def test_frame_events_a_one_word_trigger_as_a_verb_after_to_is_a_duty_or_plan(recogniser, text):
    assert "report_published" not in [c.type for c in _found(recogniser, text)]


def test_frame_events_a_ruling_that_buys_a_firm_time_sells_nothing(recogniser):
    found = _found(recogniser, "Court ruling buys Northbank Water time, says consumer group")
    assert "ownership_changed" not in [c.type for c in found if c.evidence != "undated"]
    bought = _found(recogniser, "On Monday Northbank Water bought Southbank Water for £1bn.")
    assert "ownership_changed" in [c.type for c in bought]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday it is reported that the ministry has published a report on the company.",
        "On Tuesday the ministry reportedly published a report on the company.",
    ],
)
def test_frame_events_hearsay_reports_no_happening(recogniser, text):
    assert [c for c in _found(recogniser, text) if c.evidence != "undated"] == []
    said = text.replace("it is reported that ", "").replace("reportedly ", "")
    assert [c.type for c in _found(recogniser, said)] == ["report_published"]


def test_frame_events_a_telling_stands_when_what_it_tells_is_no_event(recogniser):
    text = (
        "On 12 July the Justice Secretary, Jane Holt, announced the change, saying that"
        " prisons were close to collapse."
    )
    found = [(c.type, str(c.date)) for c in _found(recogniser, text) if c.evidence != "undated"]
    assert found == [("policy_announced", "2018-07-12")]  # the frame tests post in February 2019


def test_frame_events_a_hedge_in_another_clause_hedges_nothing_here(recogniser):
    found = _found(
        recogniser, "Probation in Kent could be renationalised after Seetec fails an audit"
    )
    assert [(c.type, c.title) for c in found] == [("report_published", "Seetec fails audit")]
    hedged = _found(
        recogniser, "Probation in Kent could be renationalised if Seetec fails an audit."
    )
    assert [c.type for c in hedged] == []
    purpose = "In May 2019 the council agreed to lend the firm £2m so it could pay its debts."
    assert [c.type for c in _found(recogniser, purpose)] == ["funding_changed"]  # "so": why


def test_frame_events_announced_as_a_candidate_is_an_appointment(recogniser):
    found = _found(recogniser, "Jane Roe announced as candidate for next Chief Executive of Seetec")
    assert [(c.type, c.title) for c in found] == [("appointment", "Jane Roe named as new head")]


def test_frame_events_a_buyer_brings_only_the_crcs_it_gains(recogniser):
    found = _found(
        recogniser, "This week the MoJ has appointed Seetec to run probation in the west."
    )
    assert {c.crcs for c in found} == {tuple(sorted(WORKING_LINKS_CRCS))}


def test_frame_events_a_hedged_frame_leaves_the_sentences_names_to_the_report(recogniser):
    text = "Probation services in Essex could be renationalised after Sodexo fails an audit"
    assert [c.crcs for c in _found(recogniser, text)] == [("Essex",)]


def test_frame_events_a_trigger_word_after_an_article_or_preposition_only_names_it(recogniser):
    text = "Finally we are workers under Seetec and it is a long road back {} drastic staff cuts{}."
    assert _found(recogniser, text.format("with such", "")) == []
    assert [c.type for c in _found(recogniser, text.format("as", " hit"))] == ["job_cuts"]


@pytest.mark.parametrize(("verb", "generic"), [("includes", True), ("has included", False)])
def test_frame_events_a_trigger_word_in_the_generic_present_is_no_report(vocabulary, verb, generic):
    from timeline.extraction.events import EventRecogniser
    from timeline.extraction.report_filters import generic_present

    text = f"The policy {verb} a welcome end to plans to build new prisons."
    candidate = EventRecogniser(vocabulary).candidate(Sentence(text, 1), POST, "doc.txt")
    assert candidate.evidence == "post"
    assert generic_present(tokenise(text), candidate, set()) is generic
    assert not generic_present(tokenise(text), candidate, {"now"})


def test_frame_events_two_frames_of_one_type_share_the_sentences_names(recogniser):
    text = "Members held a debate on the Wales CRC on 3 May 2018, as the Senedd debated the cuts."
    found = _found(recogniser, text)
    assert [(c.crcs, c.roles.get("actor")) for c in found] == [(("Wales",), ("Senedd",))]
    # "probation in Wales" is the place's probation: a debate on it is no news of the Wales CRC
    placed = "Members held a debate on probation in Wales on 3 May 2018, as the Senedd debated it."
    assert [c.crcs for c in _found(recogniser, placed)] == [()]


def test_frame_events_a_posts_title_is_a_headline_that_reports(recogniser):
    post = Post("Private probation firm Seetec collapses", dt.date(2019, 2, 15), 1)
    post.sentences = [Sentence("Staff were told this morning.", 2)]
    document = document_of(post)
    found = recogniser.candidates(document)
    assert [(c.type, str(c.date), c.source.line) for c in found] == [
        ("company_collapsed", "2019-02-15", 1)
    ]


def _document_of(*texts, title="News", posted=dt.date(2019, 2, 20)):
    post = Post(title, posted, 1)
    post.sentences = [Sentence(text, line) for line, text in enumerate(texts, start=2)]
    return document_of(post)


def test_frame_events_an_opening_it_means_whom_the_sentence_before_opened_on(recogniser):
    document = _document_of(
        "Working Links did not last that long.", "It went into administration on 15 February 2019."
    )
    [collapse] = recogniser.candidates(document)
    assert collapse.owners == ("Working Links",) and collapse.title.startswith("Working Links")
    assert str(collapse.date) == "2019-02-15"


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (  # a name no vocabulary lists, not the post's own subject
            "The Regional Offender Service itself is barely five months old.",
            "It replaced the 42 local services in April.",
            "Regional Offender Service replaces the 42 local services",
        ),
        (  # "It was the same day …" stands for no one
            "The Regional Offender Service came in with little training.",
            "It was the same day the companies were sold to their new owners.",
            None,
        ),
        (  # an abbreviation is no name "It" stands for
            "The CRC had been warned for months.",
            "It replaced the 42 local services in April.",
            "Service restructured",
        ),
    ],
)
def test_frame_events_an_opening_it_after_a_name_no_vocabulary_lists(
    recogniser, before, after, expected
):
    found = recogniser.candidates(_document_of(before, after))
    titles = [c.title for c in found if c.source.line == 3]
    assert (
        titles == ([expected] if expected else [])
        or expected is None
        and all("Regional" not in title for title in titles)
    )


@pytest.mark.parametrize(
    "before",
    [
        "Staff in Bristol had been warned for months.",  # opens on no one
        "Dorset, Devon and Cornwall CRC was rated inadequate in January.",  # a CRC is no "It"
        "Seetec said that Working Links could not go on.",  # an "It" two sentences on is not …
    ],
)
def test_frame_events_an_opening_it_means_no_one_else(recogniser, before):
    texts = [before, "It went into administration on 15 February 2019."]
    if before.startswith("Seetec"):
        texts.insert(1, "The news came as a shock.")
    found = [
        c for c in recogniser.candidates(_document_of(*texts)) if c.source.line == len(texts) + 1
    ]
    assert [(c.owners, c.crcs) for c in found if c.type == "company_collapsed"] == [((), ())]


def test_frame_events_what_a_name_also_did_is_dated_by_the_sentence_before(recogniser):
    document = _document_of(
        "Ownership of the CRC passed to Working Links on 1 February 2015.",
        "Working Links also acquired the CRCs for Wales.",
    )
    found = recogniser.candidates(document)
    assert [(c.type, str(c.date), c.evidence) for c in found if c.source.line == 3] == [
        ("ownership_changed", "2015-02-01", "relative")
    ]


def test_frame_events_a_happening_that_marks_a_time_is_not_the_posts_news(recogniser):
    document = _document_of(
        "Inspectors found poor work, most of it from the months before the company changed hands.",
        title="Probation firm told it requires improvement under new owner",
        posted=dt.date(2019, 9, 21),
    )
    found = recogniser.candidates(document)
    assert [(c.type, c.source.line) for c in found] == [("report_published", 2)]


def test_frame_events_of_two_frames_as_heavy_the_one_starting_first_wins(vocabulary):
    roles = {"actor": ["owner", "body", "name"], "target": ["owner", "body", "name"]}
    frames = [
        compile_frame("bought", "buy the shares of {target}", (), roles),
        compile_frame("rushed", "{actor} rush in to buy ** {target}", (), roles),
    ]
    text = "Kier rushed in to buy the shares of Mitie."
    mentions = recogniser_of(vocabulary).entities.find(text, None).mentions
    found = FrameMatcher(frames, roles).find(tokenise(text, mentions))
    assert [match.type for match in found] == ["rushed"]


def test_frame_events_of_two_frames_as_heavy_a_mention_does_not_hide_a_report(vocabulary):
    roles = {"target": ["owner", "body", "name"]}
    frames = [
        compile_frame("named", "staff buyout of {target}", (), roles, mention=True),
        compile_frame("completed", "buyout of {target} ** complete", (), roles),
    ]
    text = "The staff buyout of Sodexo has been completed."
    mentions = recogniser_of(vocabulary).entities.find(text, None).mentions
    found = FrameMatcher(frames, roles).find(tokenise(text, mentions))
    assert "completed" in [match.type for match in found]


def test_frame_events_a_generic_announcement_stands_in_a_clause_of_its_own(recogniser):
    found = _found(
        recogniser,
        "Sodexo entered administration in 2013, and in May 2014 the MoJ set out plans for reform.",
    )
    assert [(c.type, str(c.date)) for c in found] == [
        ("company_collapsed", "2013"),
        ("policy_announced", "2014-05"),
    ]
    (announced,) = _found(
        recogniser, "The MoJ announced on 3 May 2014 that Sodexo had entered administration."
    )
    assert announced.type == "company_collapsed"


def test_frame_events_a_frame_is_found_past_an_aside_and_shares_its_subject(recogniser):
    found = _found(
        recogniser,
        "We have therefore agreed that the contract to run HMP Altcourse, which was awarded in "
        "2011 and was due to run until 2026, will come to an end.",
    )
    assert sorted((c.type, str(c.date), c.title) for c in found) == [
        ("contract_awarded", "2011", "Contract for HMP Altcourse awarded"),
        ("contract_terminated", "2019-02-15", "Contract for HMP Altcourse to end"),
    ]


def test_frame_events_an_aside_holding_a_list_ends_where_the_sentence_resumes(recogniser):
    found = _found(
        recogniser,
        "On 19 July 2018 councillors agreed that the joint venture with Capita, which runs "
        "planning, highways, building control and a handful of other functions, will not be "
        "renewed.",
    )
    assert [(c.type, str(c.date)) for c in found] == [("contract_terminated", "2018-07-19")]


def test_frame_events_a_rating_raised_is_the_new_one_and_heads_the_crcs_report(recogniser):
    (report,) = _found(
        recogniser,
        "On 2 April 2019 HM Inspectorate of Probation published its latest report on Durham "
        "Tees Valley Community Rehabilitation Company, and raised its overall rating from "
        '"Requires improvement" to "Good".',
    )
    assert report.rating == "Good"
    assert report.title == "HM Inspectorate of Probation rates Durham Tees Valley CRC 'Good'"


def test_frame_events_the_crc_a_post_is_about_is_carried_by_its_reports(recogniser):
    from factories import frame_found

    from timeline.extraction.frame_events import Subject

    about = Subject(organisation="Sodexo", crc="South Yorkshire")
    said = (
        "When inspectors last examined probation work in the county, in a report published in"
        " June 2017, they judged the CRC's work acceptable."
    )
    (report,) = frame_found(recogniser, said, about)
    assert report.crcs == ("South Yorkshire",)
    other = (
        "The same partnership also runs the CRC for Derbyshire, Leicestershire, Nottinghamshire"
        " and Rutland, which was rated 'requires improvement' in a report published in"
        " January 2019."
    )
    assert all("South Yorkshire" not in c.crcs for c in frame_found(recogniser, other, about))


@pytest.mark.parametrize(
    "text",
    [
        "Justin Russell said much had improved, even though the rating had not moved in June.",
        "In November 2017 officials proposed a provisional high-risk rating for the firm.",
    ],
)
def test_frame_events_a_rate_or_rating_no_one_gave_is_no_report(recogniser, text):
    assert "report_published" not in [c.type for c in _found(recogniser, text)]


def test_frame_events_a_rating_given_is_a_report(recogniser):
    text = "The CRC was rated 'requires improvement' in a report published in January 2019."
    assert [c.type for c in _found(recogniser, text)] == ["report_published"]
