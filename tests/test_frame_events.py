"""The frame extractor: roles, headlines, several events a sentence, reports told from the rest."""

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.extraction.documents import Document, Post, Sentence
from timeline.extraction.frame_events import FrameRecogniser, Subject
from timeline.extraction.frame_patterns import compile_frame
from timeline.extraction.frame_titles import frame_titles
from timeline.extraction.frames import FrameMatcher
from timeline.extraction.lemmas import tokenise
from timeline.extraction.merge import merge_candidates

POST = Post(title="A post", post_date=dt.date(2019, 2, 15), line=1, sentences=[], comments=[])
WORKING_LINKS_CRCS = {
    "Bristol, Gloucestershire, Somerset and Wiltshire",
    "Dorset, Devon and Cornwall",
    "Wales",
}


def recogniser_of(vocabulary):
    return FrameRecogniser(vocabulary)


@pytest.fixture(scope="module")
def recogniser(vocabulary):
    return recogniser_of(vocabulary)


NO_SUBJECT = Subject()


def _post_of(title, *texts):
    sentences = [Sentence(text, line) for line, text in enumerate(texts, start=1)]
    return replace(POST, title=title, sentences=sentences)


def _found(recogniser, text, subject=NO_SUBJECT):
    return recogniser.sentence_candidates(Sentence(text, 3), POST, "doc.txt", subject, lead=False)


def test_lemmas_fold_auxiliaries_into_their_verb():
    tokens = tokenise("The CRCs were not taken over by Seetec.")
    verb = next(t for t in tokens if t.lemma == "take")
    assert verb.passive and verb.negated and "be" in verb.auxiliaries
    assert [t.lemma for t in tokens if t.lemma in ("be", "not")] == []


@pytest.mark.parametrize(
    ("text", "type_", "title"),
    [
        (
            "Working Links entered administration on 15 February 2019.",
            "company_collapsed",
            "Working Links enters administration",
        ),
        (
            "Working Links has gone into administration.",
            "company_collapsed",
            "Working Links enters administration",
        ),
        (
            "Seetec took over the Dorset, Devon and Cornwall CRC on 15 February 2019.",
            "ownership_changed",
            "Seetec takes over Dorset, Devon and Cornwall CRC",
        ),
        (
            "The Dorset, Devon and Cornwall CRC was taken over by Seetec on 15 February 2019.",
            "ownership_changed",
            "Seetec takes over Dorset, Devon and Cornwall CRC",
        ),
        (
            "HM Inspectorate of Probation rated Wales CRC 'Inadequate' on 12 February 2019.",
            "report_published",
            "HM Inspectorate of Probation rates Wales CRC 'Inadequate'",
        ),
        (
            "Napo registered a dispute with the MoJ last December.",
            "industrial_action",
            "Napo declares dispute with MoJ",
        ),
        (  # an owner appointed to run CRCs changes their hands; a person is a new head
            "On 15 February 2019 the MoJ appointed Seetec as the new parent company in Wales.",
            "ownership_changed",
            "MoJ appoints Seetec as new owner",
        ),
        (
            "The minister confirmed on 14 February 2019 that his candidate to be the next Chief "
            "Inspector of Probation is Justin Russell.",
            "appointment",
            "Justin Russell named as new head of HM Inspectorate of Probation",
        ),
        (
            "On 7 February 2019 the MoJ appointed Jo Farrar as chief executive of HMPPS.",
            "appointment",
            "MoJ appoints Jo Farrar",
        ),
    ],
)
def test_frame_events_fill_roles_into_a_headline(recogniser, text, type_, title):
    (candidate,) = _found(recogniser, text)
    assert (candidate.type, candidate.title) == (type_, title)
    assert candidate.templated


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


def test_frame_events_a_date_that_ends_a_period_does_not_date_the_event(recogniser):
    found = _found(recogniser, "The firm has extended its banking facility until the end of 2022.")
    assert all(c.date.year != 2022 for c in found)
    text = "The settlement is provided for in the results for the year ended 31 December 2013."
    assert all(str(c.date) != "2013-12-31" for c in _found(recogniser, text))


def test_frame_events_a_hedge_in_a_later_wh_clause_leaves_the_decision_alone(recogniser):
    text = (
        "Ministers announced in July 2018 that the contracts would end early, and are deciding"
        " what should replace them."
    )
    (decision,) = _found(recogniser, text)
    assert (decision.type, str(decision.date)) == ("contract_terminated", "2018-07")
    assert decision.title.startswith("Contracts to end")


def test_frame_events_a_decided_happenings_written_title_is_told_to_come(recogniser):
    text = "On 16 May 2019 ministers announced that offender management would return to the NPS."
    (decision,) = _found(recogniser, text)
    assert decision.title == "Offender management to return to the NPS"


def test_frame_events_a_posts_subject_is_named_in_its_prose_not_its_menus(recogniser):
    post = _post_of(
        "Staff in dispute as new owner plans job cuts",
        "News | Sport | Business | What's On | Jobs | Property | Announcements",
        "By Helen Smith, Home Affairs Reporter",
        "Unions have declared a dispute with the three companies that supervise offenders here.",
        "Napo served notice on the companies run by Working Links, which was sold only days ago.",
    )
    assert recogniser.subjects.subject(post).organisation == "Working Links"


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


def test_frame_events_a_report_named_with_its_publication_between_commas(recogniser):
    text = "The inspectorate's first review, published in November 2020, praised providers."
    (review,) = _found(recogniser, text)
    assert (review.type, str(review.date)) == ("report_published", "2020-11")
    assert review.title == "Inspectorate's first review published"


def test_frame_events_an_agreement_to_end_later_is_dated_by_the_agreement(recogniser):
    text = (
        "In December 2013 the trust and Serco agreed to end the contract 17 months early,"
        " at the end of May 2015."
    )
    ended = [c for c in _found(recogniser, text) if c.type == "contract_terminated"]
    assert [str(c.date) for c in ended] == ["2013-12"]


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


def test_frame_events_titles_spell_names_as_the_vocabulary_does():
    from timeline.extraction.entities import EntityMention
    from timeline.extraction.frame_titles import canonical_spellings

    mentions = [
        EntityMention("owner", "Working Links", "Working links", 0, 13),
        EntityMention("owner", "MTCnovo", "MTC Novo", 20, 28),  # an alias: left as written
    ]
    title = "Working links and MTC Novo lose contracts"
    assert canonical_spellings(title, mentions) == "Working Links and MTC Novo lose contracts"


def test_frame_events_the_firm_stands_for_the_posts_subject(recogniser):
    (candidate,) = _found(
        recogniser, "The firm went into administration yesterday.", Subject("Working Links")
    )
    assert candidate.title == "Working Links enters administration"


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


def test_frame_events_a_past_happening_without_a_date_only_joins_a_dated_one(recogniser):
    (undated,) = _found(recogniser, "Working Links went into administration.")
    assert undated.evidence == "undated"
    assert merge_candidates([undated]) == []
    (dated,) = _found(recogniser, "Working Links entered administration on 15 February 2019.")
    (event,) = merge_candidates([dated, undated])
    assert event.date == "2019-02-15" and len(event.sources) == 1


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


def test_frame_events_a_slot_narrowed_to_owners_takes_no_minister():
    from timeline.extraction.entities import EntityFinder
    from timeline.extraction.frame_patterns import compile_frame
    from timeline.extraction.frames import FrameMatcher
    from timeline.extraction.proper_names import find_names
    from timeline.vocabulary import load_vocabulary

    roles = {"actor": ["owner", "body", "name"]}
    sentence = "Sodexo was one of them, the Ministry of Justice announced preferred bidders."
    vocabulary = load_vocabulary()
    mentions = EntityFinder(vocabulary).find(sentence, None).mentions
    mentions = [*mentions, *find_names(sentence, mentions)]
    narrowed = compile_frame("contract_awarded", "{actor:owner} preferred bidder*", (), roles)
    broad = compile_frame("contract_awarded", "{actor} preferred bidder*", (), roles)
    tokens = tokenise(sentence, mentions)
    (narrow_match,) = FrameMatcher([narrowed], roles).find(tokens)
    (broad_match,) = FrameMatcher([broad], roles).find(tokens)
    assert [t.entity.name for t in broad_match.roles["actor"]] == ["MoJ"]
    assert [t.entity.name for t in narrow_match.roles["actor"]] == ["Sodexo"]


def test_frame_events_a_bare_happening_of_no_one_on_the_posts_day_is_no_event(recogniser):
    assert _found(recogniser, "The report has been published.") == []
    named = _found(recogniser, "HM Inspectorate of Probation has published its report.")
    assert [c.type for c in named] == ["report_published"]


def test_frame_events_a_capitalised_frame_wording_is_no_name(recogniser):
    assert recogniser.frames.is_frame_wording(["Preferred", "Bidders"])
    assert not recogniser.frames.is_frame_wording(["Insolvency", "Service"])
    found = _found(recogniser, "The MoJ has today confirmed the 21 Preferred Bidders.")
    assert [c.type for c in found] == ["contract_awarded"]


def test_frame_events_we_is_the_organisation_only_when_the_post_title_names_it(recogniser):
    titled = Post("Seetec statement on probation in Wales", dt.date(2019, 2, 15), 1)
    untitled = Post("The Verdict", dt.date(2019, 2, 15), 1)
    lead = [Sentence("Seetec has taken over the CRCs run by Working Links.", 2)]
    titled.sentences, untitled.sentences = lead, lead
    assert recogniser.subjects.subject(titled).speaking == "Seetec"
    assert recogniser.subjects.subject(untitled).speaking is None


def test_frame_events_it_after_a_reporting_verb_is_the_speaker(recogniser):
    said = _found(recogniser, "Interserve Plc said on Friday it had been placed in administration.")
    assert [c.title for c in said] == ["Interserve enters administration"]
    unnamed = _found(recogniser, "Staff fear it has been placed in administration.")
    assert all("Interserve" not in c.title for c in unnamed)


def test_frame_events_a_frame_with_titles_of_its_own_takes_none_of_its_types(vocabulary):
    appointment = next(t for t in vocabulary.taxonomy.event_types if t.name == "appointment")
    assert any("{target}" in title for title in appointment.title)
    for frame in appointment.frames:
        titles = frame_titles(frame, appointment)
        expected = set(frame.title) if frame.title else set(titles) & set(appointment.title)
        assert set(titles) == expected
    leaving = _found(recogniser_of(vocabulary), "She succeeds Michael Spurr, who is leaving.")
    assert all("Michael Spurr appoints" not in c.title for c in leaving)


def test_frame_events_a_trigger_word_alone_on_the_posts_day_gives_no_bare_label(recogniser):
    found = _found(recogniser, "They were completing sentence plans to meet their targets.")
    labels = {t.label for t in recogniser.vocabulary.taxonomy.event_types}
    assert all(c.title not in labels for c in found if c.evidence == "post")


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


def test_frame_events_a_name_after_a_preposition_does_not_act(recogniser):
    text = (
        "On 30 September 2013 notice was served on the Secretary of State informing him of the "
        "union's intention to ballot members for industrial action."
    )
    found = _found(recogniser, text)
    assert found and all("Secretary of State" not in c.title for c in found)
    (acted,) = _found(recogniser, "On 30 September 2013 Napo took industrial action.")
    assert acted.title == "Napo takes industrial action"


def test_frame_events_places_never_act(recogniser):
    text = "Sodexo, best known in the UK for catering, won the contract on 29 October 2014."
    assert all("UK" not in c.title and "UK" not in str(c.roles) for c in _found(recogniser, text))


def test_frame_events_an_appositive_after_a_name_is_an_aside(recogniser):
    text = (
        "Carillion, the construction group that looks after dozens of prisons in England, "
        "went into compulsory liquidation on 15 January 2018."
    )
    assert [c.title for c in _found(recogniser, text)] == ["Carillion goes into liquidation"]


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


def test_frame_events_a_hedge_in_another_clause_hedges_nothing_here(recogniser):
    found = _found(
        recogniser, "Probation in Kent could be renationalised after Seetec fails an audit"
    )
    assert [(c.type, c.title) for c in found] == [("report_published", "Seetec fails audit")]
    hedged = _found(
        recogniser, "Probation in Kent could be renationalised if Seetec fails an audit."
    )
    assert [c.type for c in hedged] == []


def test_frame_events_a_headlines_present_tense_reports_on_the_posts_day(recogniser):
    found = _found(recogniser, "Sodexo fails Ministry of Justice audit in Essex")
    assert [(c.type, str(c.date), c.evidence) for c in found] == [
        ("report_published", "2019-02-15", "post")
    ]
    assert _found(recogniser, "Sodexo fails Ministry of Justice audits in Essex.") == []


def test_frame_events_announced_as_a_candidate_is_an_appointment(recogniser):
    found = _found(recogniser, "Jane Roe announced as candidate for next Chief Executive of Seetec")
    assert [(c.type, c.title) for c in found] == [("appointment", "Jane Roe named as new head")]


def test_frame_events_a_frame_with_an_empty_title_list_takes_the_clause(vocabulary):
    found = _found(
        recogniser_of(vocabulary), "The Ministry of Justice announced the bidders today."
    )
    assert [c.title for c in found] == ["Ministry of Justice announces the bidders"]


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


def test_frame_events_a_participle_after_its_noun_titles_the_noun_phrase(recogniser):
    found = _found(
        recogniser, "The Senedd discussed the new model for Wales announced in June 2018."
    )
    assert ("policy_announced", "New model for Wales announced") in [
        (c.type, c.title) for c in found
    ]


def test_frame_events_a_date_after_the_posts_day_dates_no_report(recogniser):
    found = _found(recogniser, "Seetec took over the Kent CRC in 2015, ahead of cuts next year.")
    assert [str(c.date) for c in found] == ["2015"]
    forecast = _found(recogniser, "Seetec took over the Kent CRC, ahead of cuts next year.")
    assert [c.evidence for c in forecast] == ["undated"]
    written_out = _found(recogniser, "Seetec took over the Kent CRC on 3 March 2019.")
    assert [str(c.date) for c in written_out] == ["2019-03-03"]  # the post's date is wrong


def test_frame_events_a_buyer_brings_only_the_crcs_it_gains(recogniser):
    found = _found(
        recogniser, "This week the MoJ has appointed Seetec to run probation in the west."
    )
    assert {c.crcs for c in found} == {tuple(sorted(WORKING_LINKS_CRCS))}


def test_frame_events_a_hedged_frame_leaves_the_sentences_names_to_the_report(recogniser):
    text = "Probation services in Essex could be renationalised after Sodexo fails an audit"
    assert [c.crcs for c in _found(recogniser, text)] == [("Essex",)]


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


def test_frame_events_who_receives_a_threat_does_not_make_it(recogniser):
    found = _found(
        recogniser, "Seetec received the letter threatening legal action on 3 February 2019."
    )
    assert [(c.type, c.roles.get("actor")) for c in found] == [("legal_action", None)]


def test_frame_events_after_a_letters_salutation_we_is_not_the_posts_subject(recogniser):
    from pathlib import Path

    from timeline.extraction.documents import Document

    post = Post("Seetec statement on probation in Wales", dt.date(2019, 2, 15), 1)
    said = "In 2017 we cut 30 jobs."
    post.sentences = [
        Sentence("Seetec has taken over the CRCs run by Working Links.", 2),
        Sentence(said, 3),
        Sentence("Dear all", 4),
        Sentence(said, 5),
    ]
    document = Document(Path("doc.txt"), "doc.txt", [post], [])
    cuts = [c for c in recogniser.candidates(document) if c.type == "job_cuts"]
    assert [(c.source.line, c.owners) for c in cuts] == [(3, ("Seetec",)), (5, ())]


def test_frame_events_a_frame_written_in_the_passive_never_swaps_its_roles(recogniser):
    found = _found(recogniser, "In 2017 Seetec was rated 'Good' by HM Inspectorate of Probation.")
    assert [(c.roles.get("target"), c.rating) for c in found] == [(("Seetec",), "Good")]
    bare = _found(recogniser, "In 2017 the CRC was rated 'Good' by HM Inspectorate of Probation.")
    assert [c.roles.get("target") for c in bare] == [None]  # "CRC" alone names no one


def test_frame_events_a_trigger_word_after_an_article_or_preposition_only_names_it(recogniser):
    text = "Finally we are workers under Seetec and it is a long road back {} drastic staff cuts{}."
    assert _found(recogniser, text.format("with such", "")) == []
    assert [c.type for c in _found(recogniser, text.format("as", " hit"))] == ["job_cuts"]


def test_frame_events_a_bare_label_dated_only_by_today_is_no_event(vocabulary):
    from timeline.extraction.report_filters import nothing_to_show
    from timeline.partial_date import PartialDate

    found = _found(recogniser_of(vocabulary), "In 2017 the CRC was rated 'Good' by the inspectors.")
    today = replace(found[0], evidence="relative", date=PartialDate(2019, 2, 15), roles={})
    posted = PartialDate(2019, 2, 15)
    assert nothing_to_show(replace(today, title_kind="bare", rating=None), True, posted)
    assert not nothing_to_show(replace(today, title_kind="written", rating=None), True, posted)


@pytest.mark.parametrize(("verb", "generic"), [("includes", True), ("has included", False)])
def test_frame_events_a_trigger_word_in_the_generic_present_is_no_report(vocabulary, verb, generic):
    from timeline.extraction.events import EventRecogniser
    from timeline.extraction.report_filters import generic_present

    text = f"The policy {verb} a welcome end to plans to build new prisons."
    candidate = EventRecogniser(vocabulary).candidate(Sentence(text, 1), POST, "doc.txt")
    assert candidate.evidence == "post"
    assert generic_present(tokenise(text), candidate, set()) is generic
    assert not generic_present(tokenise(text), candidate, {"now"})


def test_frame_events_tomorrow_or_next_week_dates_nothing_a_post_reports(recogniser):
    found = _found(recogniser, "Seetec took over the Kent CRC, with a meeting for staff tomorrow.")
    assert [c.evidence for c in found] == ["undated"]


def test_frame_events_two_frames_of_one_type_share_the_sentences_names(recogniser):
    text = (
        "Members held a debate on probation in Wales on 3 May 2018, as the Senedd debated the cuts."
    )
    found = _found(recogniser, text)
    assert [(c.crcs, c.roles.get("actor")) for c in found] == [(("Wales",), ("Senedd",))]


def test_frame_events_a_posts_title_is_a_headline_that_reports(recogniser):
    from pathlib import Path

    from timeline.extraction.documents import Document

    post = Post("Private probation firm Seetec collapses", dt.date(2019, 2, 15), 1)
    post.sentences = [Sentence("Staff were told this morning.", 2)]
    document = Document(Path("doc.txt"), "doc.txt", [post], [])
    found = recogniser.candidates(document)
    assert [(c.type, str(c.date), c.source.line) for c in found] == [
        ("company_collapsed", "2019-02-15", 1)
    ]


def test_frame_events_the_same_day_is_the_day_an_earlier_sentence_named(recogniser):
    post = replace(
        POST,
        post_date=dt.date(2019, 6, 10),
        sentences=[
            Sentence("Kier issued a profit warning on 4 June 2019.", 1),
            Sentence("Its chairman, Philip Cox, stood down on the same day.", 2),
        ],
    )
    document = Document(Path("doc.txt"), "doc.txt", [post], [])
    [stood_down] = [c for c in recogniser.candidates(document) if c.type == "appointment"]
    assert (str(stood_down.date), stood_down.evidence) == ("2019-06-04", "relative")
    assert stood_down.title == "Philip Cox stands down"


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


def test_frame_events_an_acronym_a_frame_names_is_no_name(recogniser):
    assert recogniser.frames.is_frame_wording(["NPS"])
    assert not recogniser.frames.is_frame_wording(["KPMG"])


def test_frame_events_an_entity_in_a_closed_subordinate_clause_fills_no_role(recogniser):
    found = _found(
        recogniser,
        "In Kent, where Seetec had run it since the collapse of Working Links in 2019, unpaid "
        "work moved into the NPS in March 2020.",
    )
    (moved,) = [c for c in found if c.type == "service_restructured"]
    assert (moved.roles, moved.title) == ({}, "Probation work moves into the NPS")
    (awarded,) = _found(
        recogniser,
        "Sodexo was pleased on Friday when the minister, Jo Bloggs, awarded the contract to it.",
    )
    assert awarded.roles.get("actor") == ("Jo Bloggs",)


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


def test_frame_events_the_agent_of_a_passive_verb_does_not_act_in_the_clause_after(recogniser):
    text = "Sodexo was asked by the MoJ to take over Wales CRC."
    (match,) = recogniser.frames.find(tokenise(text, recogniser.entities.find(text, None).mentions))
    assert [token.text for token in match.roles["actor"]] == ["Sodexo"]


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


def test_frame_events_the_subject_of_a_post_is_the_first_named_of_those_named_as_often(
    recogniser,
):
    post = _post_of(
        "Notes on outsourcing",
        "Mitie: a week of reckoning",
        "Posted by Zoe Young",
        "The company fell over in January 2018.",
    )
    assert recogniser.subjects.subject(post).organisation == "Mitie"
    document = Document(Path("doc.txt"), "doc.txt", [post], [])
    (collapsed,) = recogniser.candidates(document)
    assert (collapsed.title, str(collapsed.date)) == ("Mitie collapses", "2018-01")


def test_frame_events_the_firm_is_a_company_never_the_ministry_the_post_names(recogniser):
    post = _post_of(
        "Kier wins road contract",
        "The Ministry of Justice chose Kier to rebuild the road.",
        "The MoJ said Kier was the cheapest bidder.",
        "The firm agreed in July 2020 to pay a £2 million penalty.",
    )
    subject = recogniser.subjects.subject(post)
    assert (subject.organisation, subject.speaking) == ("Kier", None)
    (penalty,) = _found(recogniser, post.sentences[2].text, subject)
    assert penalty.title == "Kier agrees to pay penalty"


def test_frame_events_a_name_before_a_deferred_prosecution_agreement_did_not_enter_it(
    recogniser,
):
    found = _found(
        recogniser,
        "Kier agreed in July 2020 to pay the Serious Fraud Office's costs under a deferred "
        "prosecution agreement.",
    )
    assert [c.roles.get("actor") for c in found if "prosecution" in c.title] == [None]


def test_frame_events_a_decision_announced_is_headed_as_to_come(recogniser):
    (decided,) = _found(
        recogniser, "The MoJ announced on 2 May 2019 that Seetec would take over Wales CRC."
    )
    assert (decided.title, str(decided.date)) == ("Seetec to take over Wales CRC", "2019-05-02")


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


def test_frame_events_a_group_of_crcs_named_at_once_fills_a_role_with_all_of_them(recogniser):
    (taken,) = _found(
        recogniser, "On 15 February 2019 Seetec took over the three Working Links CRCs."
    )
    assert set(taken.roles["target"]) == WORKING_LINKS_CRCS
    assert taken.title == "Seetec takes over three CRCs"


def test_frame_events_an_apposition_of_whom_is_passed_over(recogniser):
    (taken,) = _found(
        recogniser,
        "Seetec, owners of Kent, Surrey and Sussex CRC, took over Wales CRC on 15 February 2019.",
    )
    assert taken.roles["actor"] == ("Seetec",)


def test_frame_events_a_relative_clause_acts_for_the_name_before_its_comma(recogniser):
    (handed,) = _found(
        recogniser,
        "Staff could not save HMP Altcourse, which was handed to Sodexo in December 2013.",
    )
    assert (handed.title, str(handed.date)) == ("HMP Altcourse handed to Sodexo", "2013-12")
    found = _found(
        recogniser,
        "Seetec bought Working Links, a troubled firm, which entered administration on 15 "
        "February 2019.",
    )
    (entered,) = [c for c in found if c.type == "company_collapsed"]
    assert entered.roles["actor"] == ("Working Links",)


def test_frame_events_an_undated_buyer_in_an_undated_document_gains_nothing(recogniser):
    undated = Post(title="A briefing", post_date=None, line=1, sentences=[], comments=[])
    text = "The Ministry of Justice has appointed Seetec to run probation in the west."
    found = recogniser.sentence_candidates(Sentence(text, 3), undated, "doc.md", NO_SUBJECT, False)
    assert [c.type for c in found] == ["ownership_changed"]
