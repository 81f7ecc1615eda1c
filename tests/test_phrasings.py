"""Phrasings of news the frames read (tests/golden/phrasings.yaml): a verb whose "not" is what
it reports ("would not renew the contract": it ends), work ended, taken back, let and paid for,
accounts filed, a state held "since" a date, and a date named just before "when"."""

import datetime as dt
from pathlib import Path

import pytest
import yaml
from factories import document_of, sentence_candidates

CASES = yaml.safe_load((Path(__file__).parent / "golden/phrasings.yaml").read_text())
POSTED = dt.date(2016, 9, 14)


def _found(recogniser, text, posted=POSTED):
    return [(c.type, str(c.date), c.title) for c in sentence_candidates(recogniser, text, posted)]


def _dated(recogniser, text, posted=POSTED):
    found = sentence_candidates(recogniser, text, posted)
    return [(c.type, str(c.date), c.title) for c in found if c.evidence != "undated"]


def test_phrasings_golden_file_has_every_case():
    assert len(CASES) == 1029


@pytest.mark.parametrize("case", CASES, ids=[case["covers"][:40] for case in CASES])
def test_a_phrasing_gives_its_event_first(recogniser, case):
    posted = dt.date.fromisoformat(str(case["posted"]))
    found = _found(recogniser, case["sentence"], posted)
    assert found[:1] == [(case["type"], str(case["date"]), case["title"])]


def test_a_negated_frame_never_matches_its_verb_unnegated(recogniser):
    found = _found(recogniser, "HMRC renewed the contract.")
    assert [f for f in found if f[0] != "contract_awarded"] == []


def test_a_taxonomy_frame_may_be_marked_negated():
    from timeline.taxonomy import Frame

    assert Frame(pattern="{actor} renew ** contract*", negated=True).negated
    assert not Frame(pattern="{actor} renew ** contract*").negated


def test_the_strike_that_ended_early_ends_no_contract(recogniser):
    assert _found(recogniser, "The strike ended early.") == []


def test_no_new_franchise_let_is_no_award(recogniser):
    found = _found(
        recogniser, "The minister confirmed in March that no new franchise would be let."
    )
    assert [f for f in found if f[0] == "contract_awarded"] == []


def test_something_of_someones_a_preposition_governs_is_talked_about_not_reported(recogniser):
    text = (
        "This move followed receipt of an inadequate reply to our pre action protocol letter"
        " yesterday afternoon."
    )
    assert [f for f in _found(recogniser, text) if f[0] == "legal_action"] == []
    kept = _found(recogniser, "In response to the collapse of Working Links in February 2015, …")
    assert kept[:1] == [("company_collapsed", "2015-02", "Working Links collapses")]


def test_a_happening_dated_after_its_document_is_a_forecast_not_an_event(recogniser):
    text = "In England the change takes effect from December 2020, when the contracts run out."
    assert _found(recogniser, text, dt.date(2019, 5, 16)) == []
    assert _found(recogniser, text, dt.date(2021, 1, 10))[:1] == [
        ("contract_terminated", "2020-12", "Contracts expire")
    ]


def test_a_participle_after_a_present_clause_dated_after_its_document_forecasts(recogniser):
    text = "We remain on track, as planned, with the new providers taking over in early 2015."
    assert _found(recogniser, text, dt.date(2014, 10, 29)) == []
    text = "The union wrote to the minister on 3 November, threatening legal action."
    assert [f[0] for f in _found(recogniser, text, dt.date(2014, 10, 29))] == ["legal_action"]


def test_a_clause_describing_a_name_takes_no_date_from_the_sentences_news(recogniser):
    searched = (
        "Officers searched the home of its founder on Wednesday as part of an inquiry into"
        " Harbour Medical Supplies, a company that won government contracts early in the pandemic."
    )
    found = _dated(recogniser, searched, dt.date(2022, 4, 29))
    assert [f[:2] for f in found] == [("legal_action", "2022-04-27")]
    papers = (
        "On 6 December the House of Commons agreed a motion demanding to see all"
        " the papers on the contracts awarded to Harbour Medical Supplies."
    )
    found = _dated(recogniser, papers, dt.date(2022, 12, 8))
    assert [f[:2] for f in found] == [("parliamentary", "2022-12-06")]
    dated = (
        "Its latest contract, a direct award that began on April 1, 2020, was due to run until"
        " October."
    )
    assert ("contract_awarded", "2020-04-01") in [f[:2] for f in _found(recogniser, dated)]


def test_neither_one_nor_the_other_did_it(recogniser):
    text = "Neither the council nor the trust issued proceedings on 3 June."
    assert _found(recogniser, text, dt.date(2025, 10, 1)) == []
    text = "The council and the trust issued proceedings on 3 June."
    assert [f[:2] for f in _found(recogniser, text, dt.date(2025, 10, 1))] == [
        ("legal_action", "2025-06-03")
    ]


def test_what_no_one_did_is_no_happening(recogniser):
    for text in (
        "No one who moved across has been made redundant by Care UK.",
        "Nobody has been made redundant by Care UK.",
    ):
        assert _found(recogniser, text, dt.date(2014, 3, 19)) == []
    text = "Forty staff who moved across have been made redundant by Care UK."
    assert [f[0] for f in _found(recogniser, text, dt.date(2014, 3, 19))] == ["job_cuts"]


def test_a_reason_after_a_comma_attributes_no_decision(recogniser):
    text = (
        "NHS Direct told health commissioners yesterday that it had no choice but to pull out "
        "of its 111 contracts in north Essex, because the terms it had agreed were "
        "financially unsustainable."
    )
    found = _dated(recogniser, text, dt.date(2013, 7, 4))
    assert [f[:2] for f in found] == [("contract_terminated", "2013-07-03")]


def test_a_day_written_within_a_time_pointed_to_dates_finer(recogniser):
    text = "Care UK staff also struck for two days earlier this month, on 6 and 7 April."
    found = _dated(recogniser, text, dt.date(2014, 4, 22))
    assert [f[:2] for f in found] == [("industrial_action", "2014-04-06")]


def test_a_count_of_times_hedges_unless_it_multiplies_a_sum(recogniser):
    posted = dt.date(2006, 7, 20)
    sums = "In June the NAO put its cost at £12.4bn, twice the value of the central contracts."
    assert [f[:2] for f in _dated(recogniser, sums, posted)] == [("report_published", "2006-06")]
    counted = "In June the NAO put its cost at £12.4bn, as it has done twice before."
    assert _dated(recogniser, counted, posted) == []


@pytest.mark.parametrize(
    ("described", "told"),
    [
        (  # a trigger word read with no frame
            "Capita, which has sold businesses to reduce its debts, said the deal would help.",
            "Capita has sold businesses to reduce its debts.",
        ),
        (  # a frame
            "Interserve, which has gone into administration, said its staff would be paid.",
            "Interserve has gone into administration.",
        ),
    ],
)
def test_what_a_name_has_done_in_a_clause_after_it_is_no_news_of_the_day(
    recogniser, described, told
):
    posted = dt.date(2020, 12, 11)
    assert _dated(recogniser, described, posted) == []
    assert [f[1] for f in _dated(recogniser, told, posted)] == ["2020-12-11"]


def test_what_something_does_in_a_relative_clause_is_no_happening(recogniser):
    posted = dt.date(2021, 10, 22)
    told = "In 2020 Alkuri merged with a private business."
    assert [f[:2] for f in _dated(recogniser, told, posted)] == [("service_restructured", "2020")]
    described = (
        "Shell deals, in which a listed company raises money and then merges with a private"
        " business, boomed in 2020."
    )
    assert _dated(recogniser, described, posted) == []


def test_what_was_called_for_or_any_such_thing_is_no_happening(recogniser):
    posted = dt.date(2018, 1, 29)
    for text in (
        "James Morris today repeated his call for the council leader, Steve Eling, to resign.",
        "The alliance today urged ministers to end the contract with Serco.",
        "In June 2013 peers voted for an amendment to make any restructuring of probation"
        " subject to the approval of Parliament.",
    ):
        assert [f for f in _dated(recogniser, text, posted) if f[0] != "parliamentary"] == []
    told = "The council leader, Steve Eling, announced today that he would resign."
    assert [f[0] for f in _dated(recogniser, told, posted)] == ["appointment"]


def test_how_something_is_done_is_no_happening(recogniser):
    posted = dt.date(2024, 12, 19)
    text = "From the Careers Office: a blog about how the Army finds its soldiers"
    assert _found(recogniser, text, posted) == []


def test_a_chronology_entry_never_dates_by_its_post_what_its_label_does_not_date(recogniser):
    text = (
        "8 March 2021. Greensill Capital enters administration, a week after Credit Suisse"
        " froze the funds that bought its notes."
    )
    found = _dated(recogniser, text, dt.date(2022, 5, 1))
    assert [f[:2] for f in found] == [("company_collapsed", "2021-03-08")]


@pytest.mark.parametrize(
    ("posted", "kind", "not_it", "it"),
    [
        # naming someone as the person who did something appoints no one
        (
            dt.date(2022, 4, 29),
            "appointment",
            "Last November the government published a list of the firms, naming Lady Reade as"
            " the person who had referred Harbour Medical to it.",
            "Last November the Home Office named Jane Reade as its new chief inspector.",
        ),
        # giving a committee the papers on contracts awards none
        (
            dt.date(2022, 12, 8),
            "contract_awarded",
            "On 6 December the House of Commons agreed a motion requiring the government to give"
            " the Public Accounts Committee the papers and correspondence on the contracts.",
            "On 6 December the Home Office handed Serco a new eight-year contract.",
        ),
    ],
    ids=["named as the person who", "given the papers on the contracts"],
)
def test_a_near_phrasing_reports_what_the_other_does_not(recogniser, posted, kind, not_it, it):
    assert [f for f in _dated(recogniser, not_it, posted) if f[0] == kind] == []
    assert [f[0] for f in _dated(recogniser, it, posted)] == [kind]


def test_a_period_a_date_starts_dates_nothing(recogniser):
    text = "The partner who signed the accounts from 2014 onwards was fined £350,000."
    assert [f for f in _found(recogniser, text, dt.date(2023, 10, 1)) if f[1] == "2014"] == []


def test_the_same_time_is_when_the_last_sentence_said_it_not_a_time_it_foretold(recogniser):
    from timeline.extraction.documents import Post, Sentence

    post = Post("Contracts cut short", dt.date(2018, 7, 27), 1)
    post.sentences = [
        Sentence("Mr Gauke announced on Friday that the contracts will end in 2020.", 2),
        Sentence("At the same time Mr Gauke launched a consultation on probation.", 3),
    ]
    document = document_of(post)
    found = recogniser.candidates(document)
    (launch,) = [c for c in found if "consultation" in c.title.lower()]
    assert (str(launch.date), launch.evidence) == ("2018-07-27", "relative")


def test_a_date_in_what_a_body_found_does_not_date_its_finding(recogniser):
    text = "Inspectors found that the unification of probation services in June last year had hurt."
    found = _found(recogniser, text, dt.date(2022, 8, 1))
    assert [f for f in found if f[0] == "report_published" and f[1] == "2021-06"] == []


def test_people_who_found_themselves_somewhere_made_no_finding(recogniser):
    text = "In June 2014 colleagues in this office found themselves working for new employers."
    assert [
        f for f in _found(recogniser, text, dt.date(2021, 6, 28)) if f[0] == "report_published"
    ] == []


def test_a_should_no_one_decided_still_hedges(recogniser):
    assert _found(recogniser, "In July the contract should be extended.", dt.date(2019, 9, 1)) == []


def test_jails_as_a_noun_jail_no_one(recogniser):
    text = "People who cleaned and maintained 52 jails for the collapsed contractor are moving."
    assert [
        f for f in _found(recogniser, text, dt.date(2018, 2, 1)) if f[0] == "legal_action"
    ] == []


def test_a_bill_that_has_become_unsustainable_appoints_no_one(recogniser):
    text = "Its rent bill has become unsustainable, the company said on 14 March."
    assert [
        f for f in _found(recogniser, text, dt.date(2011, 7, 12)) if f[0] == "appointment"
    ] == []


def test_failures_of_no_named_firm_are_no_collapse(recogniser):
    text = "The judges found that failures of investigation in April 2019 made the trials unfair."
    assert [f for f in _found(recogniser, text) if f[0] == "company_collapsed"] == []


def test_covid_restrictions_lifted_are_no_court_order(recogniser):
    text = "Covid-19 restrictions on probation delivery were not lifted until March 2022."
    assert [f for f in _found(recogniser, text) if f[0] == "legal_action"] == []


@pytest.mark.parametrize(
    "text",
    [
        # what a deed describes, where a thing is told, an infinitive joined on: no happening
        "The contract remains some way short of what the ministry bought in 2012.",
        "As set out in the Circular of 5 February 2019, the Deleveraging Plan had support.",
        "A4e worked from 1991 to help redundant steelworkers retrain and find new jobs.",
        # asked about, or asked for: no report
        "In March 2021 the minister did not say how many offices have closed since 2019.",
        "MPs asked whether the contract was terminated in March 2009.",
        "Kent, Surrey and Sussex CRC branch | Please pass on to colleagues on leave",
    ],
)
def test_words_that_tell_no_happening_of_their_frame_give_no_event(recogniser, text):
    assert _found(recogniser, text) == []


def test_a_name_ending_in_a_thing_done_is_what_was_done_not_who(recogniser):
    text = "HM Prison and Probation Service launched a Race Action Programme in December 2020."
    assert _found(recogniser, text) == [
        ("policy_announced", "2020-12", "HMPPS launches Race Action Programme")
    ]


def test_a_contract_handed_to_no_one_named_is_awarded_by_its_giver(recogniser):
    text = "In December 2011 the Ministry of Justice handed the work to a small agency."
    assert [f for f in _found(recogniser, text) if f[0] == "contract_awarded"] == [
        ("contract_awarded", "2011-12", "MoJ awards contract")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a thing named, then denied: never done
        "In March 2023 the minister told MSPs that a direct award to another operator had been"
        " ruled out.",
        # a measure of something, no grade given
        "In January 2020 complaints rose by 221 per cent, the worst rate of any operator.",
    ],
)
def test_a_noun_denied_or_measured_is_no_event_of_its_frame(recogniser, text):
    assert [
        f for f in _found(recogniser, text) if f[0] in ("contract_awarded", "report_published")
    ] == []


def test_a_plan_launched_on_a_day_is_announced_that_day(recogniser):
    text = "The Anti-social Behaviour Action Plan launched on 27 March 2023 promised more hours."
    assert [f[:2] for f in _found(recogniser, text)] == [("policy_announced", "2023-03-27")]


def test_a_retired_high_court_judge_grades_nothing(recogniser):
    text = "In September 2020 Sir Wyn, a retired High Court judge, was appointed to lead it."
    assert [f for f in _found(recogniser, text) if f[0] == "report_published"] == []


def test_what_a_court_found_is_its_ruling(recogniser):
    text = "The High Court found in 2019 that Horizon contained bugs, errors and defects."
    assert _found(recogniser, text) == [
        ("legal_action", "2019", "High Court finds Horizon contained bugs, errors and defects")
    ]
    audit = "The NAO found in March 2019 that the reforms had cost £467m more."
    assert _found(recogniser, audit) == [
        ("report_published", "2019-03", "NAO finds the reforms had cost £467m more")
    ]


def test_a_past_happening_a_trigger_word_finds_is_not_dated_by_its_post(recogniser):
    text = "Gradually, offence related courses and programmes were introduced into the prisons."
    assert _found(recogniser, text) == []


def test_an_award_scrapped_is_no_award(recogniser):
    found = _found(recogniser, "UPDATE 2-Britain scraps West Coast rail award to FirstGroup")
    assert [f[0] for f in found] == ["contract_terminated"]


def test_a_state_a_relative_clause_starts_before_the_verb_dates_no_happening(recogniser):
    text = (
        "The private firm that has supervised offenders across Kent, Surrey and Sussex since 2015"
        " has handed its work over to the public sector."
    )
    assert [(f[0], f[1]) for f in _found(recogniser, text)] == [
        ("contract_terminated", str(POSTED))
    ]


def test_a_rival_beaten_outside_a_competition_wins_no_contract(recogniser):
    found = _found(recogniser, "Unison beat the government in the High Court in 2017.")
    assert [f for f in found if f[0] == "contract_awarded"] == []


def test_services_a_body_introduced_are_not_new_services(recogniser):
    found = _found(recogniser, "He said the service had introduced measures since July.")
    assert [f for f in found if f[2] == "New services introduced"] == []


def test_a_date_glossing_today_in_brackets_is_no_aside(recogniser):
    text = "G4S plc announced today (26 February 2016) that it had begun selling the business."
    found = _found(recogniser, text, dt.date(2016, 2, 26))
    assert ("ownership_changed", "2016-02-26") in [(t, d) for t, d, _ in found]


def test_a_direction_issued_is_kept_beside_the_appointment_told_with_it(recogniser):
    text = (
        "The government issued a formal direction in October, when Eleanor Brazil, who had"
        " overseen a similar trust in Doncaster, was appointed commissioner for children's"
        " social care in Slough."
    )
    found = _found(recogniser, text, dt.date(2015, 2, 1))
    assert {(kind, date) for kind, date, _ in found} == {
        ("policy_announced", "2014-10"),
        ("appointment", "2014-10"),
    }


def test_a_post_held_elsewhere_is_an_aside_not_the_one_appointed(recogniser):
    text = "Ann Lee, chief executive of Achieving for Children, was appointed director in May."
    found = _found(recogniser, text, dt.date(2016, 9, 14))
    assert found[:1] == [("appointment", "2016-05", "Ann Lee appointed director")]


def test_a_relatives_own_past_verb_is_active_not_a_passive_frames(recogniser):
    text = (
        "Mr Hunt first told parliament about the problem in a written statement on 21 July"
        " 2016, which referred to an issue with a mail redirection service."
    )
    found = _found(recogniser, text, dt.date(2017, 6, 28))
    assert [kind for kind, _, _ in found] == ["parliamentary"]


def test_a_body_ranked_first_of_its_kind_takes_no_post(recogniser):
    ranked = (
        "In the autumn of 2020 the London Borough of Croydon became the first council in England"
        " to declare that it could not balance its budget."
    )
    assert [f for f in _found(recogniser, ranked) if f[0] == "appointment"] == []
    post = "On 9 May 2007 Lord Falconer became the first Secretary of State for Justice."
    assert [f[0] for f in _found(recogniser, post)] == ["appointment"]


@pytest.mark.parametrize(
    "text",
    [
        "The council's directly elected mayor, Ann Lowe, opened the new library in March.",
        "In March he agreed, at the request of the elected mayor, to open the new library.",
    ],
)
def test_an_elected_mayor_described_is_no_election(recogniser, text):
    assert [f for f in _found(recogniser, text) if f[0] == "appointment"] == []


def test_the_official_receiver_becoming_liquidator_is_the_collapse_not_an_appointment(
    recogniser,
):
    text = (
        "In June the High Court made a winding-up order and the Official Receiver became the"
        " liquidator."
    )
    assert [f[0] for f in _found(recogniser, text)] == ["company_collapsed"]


def test_our_own_figures_are_no_one_taking_ownership(recogniser):
    found = _found(
        recogniser, "Our own figures since the spring show more learners completing their course."
    )
    assert [f for f in found if f[0] == "ownership_changed"] == []


def test_a_quoted_gerund_subject_is_an_idea_not_a_happening(recogniser):
    text = "\"Changing the name on the contract next year doesn't pay this month's rent.\""
    assert _found(recogniser, text) == []


def test_a_month_beyond_which_a_contract_runs_does_not_date_its_ending(recogniser):
    from timeline.extraction.documents import Post
    from timeline.extraction.frame_dating import sentence_dates

    post = Post(title="A post", post_date=POSTED, line=1, sentences=[], comments=[])
    text = "HMRC will not extend the contract beyond May 2017, it said on Tuesday."
    assert [d.text for d in sentence_dates(text, post, None)] == ["Tuesday"]


def test_a_gerund_a_proposal_names_is_planned_not_done(recogniser):
    text = (
        "In July the ministry published its consultation paper, which proposed ending all the"
        " contracts two years early, in 2020."
    )
    assert [f for f in _found(recogniser, text, dt.date(2018, 10, 24)) if f[1] == "2020"] == []
    text = "In 2020 the ministry ended all the contracts two years early."
    assert _found(recogniser, text, dt.date(2021, 10, 24))[:1] == [
        ("contract_terminated", "2020", "Ministry ends all the contracts two years early")
    ]


def test_what_should_have_been_done_was_not_done(recogniser):
    text = "The committee said in November that the ministry should have set out its vision."
    assert [f for f in _found(recogniser, text) if f[0] == "policy_announced"] == []
    text = "The ministry set out its vision in November."
    assert _found(recogniser, text)[:1] == [
        ("policy_announced", "2015-11", "Ministry sets out its vision")
    ]


def test_what_a_consultation_is_on_is_no_happening_but_an_inquiry_into_one_may_be(recogniser):
    text = "On 6 July the department opened a consultation on a change of ownership."
    assert [f for f in _found(recogniser, text) if f[0] == "ownership_changed"] == []
    text = "In July the council opened a consultation on cutting 400 posts."
    assert "job_cuts" in [f[0] for f in _found(recogniser, text)]


def test_a_name_past_a_comma_that_opens_a_clause_of_its_own_fills_no_role_before_it(recogniser):
    text = (
        "The taxpayer might have received more when a third of QinetiQ was sold to the Carlyle"
        " Group, the National Audit Office concluded in a report published today."
    )
    sold = [f for f in _found(recogniser, text) if f[0] == "ownership_changed"]
    assert sold and all("NAO" not in f[2] for f in sold)


def test_a_happening_still_to_be_worked_out_is_none(recogniser):
    text = (
        "On 14 May the landlords agreed to defer half the rent, to give time for a restructuring"
        " to be worked out."
    )
    assert [f[0] for f in _found(recogniser, text)] == ["funding_changed"]


# Round 43: sentences that tell no happening of a type a frame reads in them (None: of any).
NOT_SUCH = [
    ("Unions call for more staff, weeks after the service was reorganised.", None),
    ("The Met Office has bought its own supercomputers for decades and housed them on site.", None),
    ("He said the 40 offences that the men committed to the court were serious.", None),
    (
        "On 1 August the union committee agreed to recommend the offer from HMPPS to members.",
        "ownership_changed",
    ),
    (
        "At the end of February 2023 the revised rules came into force, and the Justice"
        " Secretary extended them to transgender women convicted of violent offences.",
        "contract_awarded",
    ),
    (
        "Facilities management companies Sodexo and OCS began running night-time cover at"
        " approved premises on 1 March.",
        "funding_changed",
    ),
    ("In July 2014 ministers had agreed not to sell the loan book.", "ownership_changed"),
    # Round 44
    (
        "In June 2006 the town's MP used a debate to argue against a suggested move to Exeter.",
        "ownership_changed",
    ),
    (
        "In March 2016 the Cabinet Office moved the firm's risk rating to amber.",
        "ownership_changed",
    ),
    ("The shares were later suspended and the rest of the licences lapse automatically.", None),
    (
        "HMRC told the union that the fraud work contracted out to Concentrix will come back.",
        "contract_awarded",
    ),
    (
        "Guidance said key work would be temporarily suspended, and prison officers redeployed.",
        "job_cuts",
    ),
    ("The 14.8 billion pound settlement agreed in 2010 may not be the last.", "legal_action"),
    ("Clarke was sacked in a cabinet reshuffle the following month.", "contract_terminated"),
    (
        "Staff were told of a voluntary scheme, and no figure has yet been given for how many"
        " posts will go.",
        "appointment",
    ),
    ("Essex probation firm told to stop relying on phone calls to supervise offenders", None),
    (
        "Discussions with BT about the cost of the LDL contract began in the autumn of 2013.",
        "contract_awarded",
    ),
]


def test_no_before_an_object_denies_nothing_after_it(recogniser):
    text = "The port has had no regular ferry since the operator went bust in 2013."
    assert "company_collapsed" in [f[0] for f in _found(recogniser, text)]


@pytest.mark.parametrize(("text", "kind"), NOT_SUCH, ids=[t[:40] for t, _ in NOT_SUCH])
def test_a_sentence_tells_no_such_happening(recogniser, text, kind):
    found = _found(recogniser, text, dt.date(2023, 3, 1))
    assert [f for f in found if kind is None or f[0] == kind] == []


def test_a_contract_extended_until_a_time_is_extended(recogniser):
    found = _found(recogniser, "The council extended them until March 2026.")
    assert found[0][0] == "contract_awarded"


def test_by_a_date_dates_only_its_own_clauses_past_perfect(recogniser):
    done = "By March 2003 the company had repaid all it had borrowed under the loan."
    assert _dated(recogniser, done, dt.date(2009, 3, 1))[0][:2] == ("funding_changed", "2003-03")
    later = (
        "By July 2007 the project was two years late and its cost had risen to 690 million"
        " pounds, auditors found."
    )
    assert _dated(recogniser, later, dt.date(2009, 3, 1)) == []


def test_a_state_held_since_a_time_no_date_names_is_not_dated_by_its_post(recogniser):
    text = "For most of the time since then the CRC has been supervised by Working Links."
    assert _dated(recogniser, text) == []
