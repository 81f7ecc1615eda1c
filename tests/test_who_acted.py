"""Who acted in a frame's event: the names its roles take, the post's subject that "the firm"
and "we" stand for, and the names that never act (places, a frame's own wording, asides)."""

import datetime as dt

import pytest
from factories import WORKING_LINKS_CRCS, document_of
from factories import frame_found as _found
from factories import post_of as _post_of

from timeline.extraction.documents import Post, Sentence
from timeline.extraction.frame_events import Subject
from timeline.extraction.frame_patterns import compile_frame
from timeline.extraction.frames import FrameMatcher
from timeline.extraction.lemmas import tokenise


def test_frame_events_a_posts_subject_is_named_in_its_prose_not_its_menus(recogniser):
    post = _post_of(
        "Staff in dispute as new owner plans job cuts",
        "News | Sport | Business | What's On | Jobs | Property | Announcements",
        "By Helen Smith, Home Affairs Reporter",
        "Unions have declared a dispute with the three companies that supervise offenders here.",
        "Napo served notice on the companies run by Working Links, which was sold only days ago.",
    )
    assert recogniser.subjects.subject(post).organisation == "Working Links"


def test_frame_events_the_firm_stands_for_the_posts_subject(recogniser):
    (candidate,) = _found(
        recogniser, "The firm went into administration yesterday.", Subject("Working Links")
    )
    assert candidate.title == "Working Links enters administration"


def test_frame_events_a_slot_narrowed_to_owners_takes_no_minister():
    from timeline.extraction.entities import EntityFinder
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


def test_frame_events_a_narrowed_slot_stops_at_a_subject_of_another_kind():
    from timeline.extraction.entities import EntityFinder
    from timeline.extraction.proper_names import find_names
    from timeline.vocabulary import load_vocabulary

    roles = {"actor": ["owner", "body", "name"]}
    sentence = (
        "Under the Criminal Justice Act, HM Prison and Probation Service stepped in to take over"
        " the running of the prison."
    )
    vocabulary = load_vocabulary()
    mentions = EntityFinder(vocabulary).find(sentence, None).mentions
    mentions = [*mentions, *find_names(sentence, mentions)]
    narrowed = compile_frame(
        "contract_awarded", "{actor:owner/name} take over the running", (), roles
    )
    broad = compile_frame("contract_awarded", "{actor} take over the running", (), roles)
    tokens = tokenise(sentence, mentions)
    (narrow_match,) = FrameMatcher([narrowed], roles).find(tokens)
    (broad_match,) = FrameMatcher([broad], roles).find(tokens)
    assert [t.entity.name for t in broad_match.roles["actor"]] == ["HMPPS"]
    assert "actor" not in narrow_match.roles


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


def test_frame_events_a_reports_imprint_says_who_we_are_and_a_bodys_we_reports(recogniser):
    report = Post("An inspection of Dorset, Devon and Cornwall CRC", dt.date(2019, 2, 15), 1)
    report.sentences = [
        Sentence("This summary sets out the main findings of our inspection.", 2),
        Sentence("Published by: HM Inspectorate of Probation, 1 Bridge Street, Manchester", 3),
    ]
    subject = recogniser.subjects.subject(report)
    assert subject.speaking == "HM Inspectorate of Probation"
    found = recogniser.sentence_candidates(
        Sentence("In April 2017 we reported on probation work in Gwent.", 4),
        report,
        "doc.pdf",
        subject,
        lead=False,
    )
    assert [(c.type, str(c.date), c.roles.get("actor")) for c in found] == [
        ("report_published", "2017-04", ("HM Inspectorate of Probation",))
    ]
    unsigned = Post("An inspection of Dorset, Devon and Cornwall CRC", dt.date(2019, 2, 15), 1)
    unsigned.sentences = report.sentences[:1]
    assert recogniser.subjects.subject(unsigned).speaking is None


def test_frame_events_it_after_a_reporting_verb_is_the_speaker(recogniser):
    said = _found(recogniser, "Interserve Plc said on Friday it had been placed in administration.")
    assert [c.title for c in said] == ["Interserve enters administration"]
    unnamed = _found(recogniser, "Staff fear it has been placed in administration.")
    assert all("Interserve" not in c.title for c in unnamed)


def test_frame_events_a_name_after_a_preposition_does_not_act(recogniser):
    text = (
        "On 30 September 2013 notice was served on the Secretary of State informing him of the "
        "union's intention to ballot members for industrial action."
    )
    found = _found(recogniser, text)
    assert found and all("Secretary of State" not in c.title for c in found)
    (acted,) = _found(recogniser, "On 30 September 2013 Napo took industrial action.")
    assert acted.title == "Napo takes industrial action"


def test_frame_events_a_name_beside_one_after_a_preposition_does_not_act(recogniser):
    text = (
        "On 16 August 2018 the inspector wrote to the Justice Secretary, David Gauke, invoking the"
        " urgent notification protocol."
    )
    (issued,) = _found(recogniser, text)
    assert issued.roles.get("actor") is None and "Gauke" not in issued.title


def test_frame_events_places_never_act(recogniser):
    text = "Sodexo, best known in the UK for catering, won the contract on 29 October 2014."
    assert all("UK" not in c.title and "UK" not in str(c.roles) for c in _found(recogniser, text))


def test_frame_events_an_appositive_after_a_name_is_an_aside(recogniser):
    text = (
        "Carillion, the construction group that looks after dozens of prisons in England, "
        "went into compulsory liquidation on 15 January 2018."
    )
    assert [c.title for c in _found(recogniser, text)] == ["Carillion goes into liquidation"]


def test_frame_events_as_with_a_subject_of_its_own_opens_another_clause(recogniser):
    text = "Serco stayed on the scheme on 11 August 2020 as ministers cut 6,000 tracer jobs."
    cuts = [c for c in _found(recogniser, text) if c.type == "job_cuts"]
    # ministers of no ministry named: no one acts, and not Serco
    assert [c.roles.get("actor") for c in cuts] == [None]
    named = "Sodexo, named as the preferred bidder, cut 200 jobs on 3 March 2015."
    assert {c.roles.get("actor") for c in _found(recogniser, named)} == {("Sodexo",)}


def test_frame_events_who_receives_a_threat_does_not_make_it(recogniser):
    found = _found(
        recogniser, "Seetec received the letter threatening legal action on 3 February 2019."
    )
    assert [(c.type, c.roles.get("actor")) for c in found] == [("legal_action", None)]


def test_frame_events_after_a_letters_salutation_we_is_not_the_posts_subject(recogniser):
    post = Post("Seetec statement on probation in Wales", dt.date(2019, 2, 15), 1)
    said = "In 2017 we cut 30 jobs."
    post.sentences = [
        Sentence("Seetec has taken over the CRCs run by Working Links.", 2),
        Sentence(said, 3),
        Sentence("Dear all", 4),
        Sentence(said, 5),
    ]
    document = document_of(post)
    cuts = [c for c in recogniser.candidates(document) if c.type == "job_cuts"]
    assert [(c.source.line, c.owners) for c in cuts] == [(3, ("Seetec",)), (5, ())]


def test_frame_events_a_frame_written_in_the_passive_never_swaps_its_roles(recogniser):
    found = _found(recogniser, "In 2017 Seetec was rated 'Good' by HM Inspectorate of Probation.")
    assert [(c.roles.get("target"), c.rating) for c in found] == [(("Seetec",), "Good")]
    bare = _found(recogniser, "In 2017 the CRC was rated 'Good' by HM Inspectorate of Probation.")
    assert [c.roles.get("target") for c in bare] == [None]  # "CRC" alone names no one


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


def test_frame_events_the_agent_of_a_passive_verb_does_not_act_in_the_clause_after(recogniser):
    text = "Sodexo was asked by the MoJ to take over Wales CRC."
    (match,) = recogniser.frames.find(tokenise(text, recogniser.entities.find(text, None).mentions))
    assert [token.text for token in match.roles["actor"]] == ["Sodexo"]


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
    document = document_of(post)
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


def test_frame_events_a_participles_agent_does_not_act_in_the_sentence(recogniser):
    text = (
        "One of the largest contracts ever put out to tender by the NHS collapsed on 3 "
        "December 2015, eight months after it began."
    )
    assert all("NHS" not in str(c.roles) for c in _found(recogniser, text))


def test_frame_events_a_heading_of_names_reports_nothing(recogniser):
    assert _found(recogniser, "Public Accounts Committee (April).") == []
    assert _found(recogniser, "Committee: Justice Committee (chair: Sir Alan Beith)") == []


def test_frame_events_a_name_just_before_to_is_who_does_the_infinitive(recogniser):
    text = (
        "On 26 January 2018 the MoJ announced Acme Facility Services Limited to take over the work."
    )
    (found,) = _found(recogniser, text)
    assert found.roles["actor"] == ("Acme Facility Services Limited",)
    assert "Acme Facility Services Limited to take over the work" in found.title
    agreed = "In October 2011 it agreed with the Acme Department to extend the franchise."
    assert all("Acme Department" not in c.title for c in _found(recogniser, agreed))


def test_frame_events_a_past_tense_with_its_object_after_it_is_no_passive(recogniser):
    text = "In March 2017 Ofsted inspected Acme, the biggest FE provider, and rated it inadequate."
    (found,) = _found(recogniser, text)
    assert found.type == "report_published" and found.rating == "Inadequate"
    assert found.roles == {"actor": ("Ofsted",)} and not found.title.startswith("FE")
    (judged,) = _found(recogniser, "When the inspectorate looked again in 2017 it judged it good.")
    assert (judged.type, str(judged.date), judged.rating) == ("report_published", "2017", "Good")


def test_frame_events_a_wish_dated_after_its_post_is_no_happening(recogniser):
    wish = "The ministry wants contracts signed before the general election in 2020."
    assert _found(recogniser, wish) == []
    (signed,) = _found(recogniser, "The contracts were signed in February 2014.")
    assert signed.type == "contract_awarded"


def test_frame_events_savings_moved_are_no_schools_moved(recogniser):
    assert _found(recogniser, "In May 2015 school savings moved to the central account.") == []


def test_frame_events_a_month_is_never_who_acted(recogniser):
    text = "He was moved to chief whip in July's reshuffle and replaced by Nicky Morgan."
    assert all(
        "July" not in str(c.roles) and "July" not in c.title for c in _found(recogniser, text)
    )


def test_frame_events_a_gap_never_passes_a_word_opening_another_clause(recogniser):
    text = "The lenders were owed money under a guarantee Acme Rail gave when the contracts were "
    found = _found(recogniser, text + "signed in 2003.")
    assert all("Acme Rail" not in str(c.roles) for c in found)
    (gave,) = _found(recogniser, "In 2003 Acme Rail gave the consortium the contracts.")
    assert gave.roles == {"actor": ("Acme Rail",)}


@pytest.mark.parametrize(
    ("look_alike", "reported", "event_type"),
    [
        (  # a finding needs an active finder
            "Jane Roe will act as chief inspector from 1 October while a successor is found.",
            "On 3 May the NAO found the Ministry had overpaid the firms.",
            "report_published",
        ),
        (  # a participle after its noun rates nothing
            "In June 2014 the CRCs began to supervise people assessed as posing a low risk.",
            "In June 2014 Merseyside CRC was rated 'Inadequate'.",
            "report_published",
        ),
        (  # a verb made another by "up" is not the verb
            "In May 2014 the dispute was picked up by unions across the country.",
            "In May 2014 Acme Care was picked by the council to run it.",
            "contract_awarded",
        ),
        (  # a participle describing a noun reports nothing
            "New trusts confirmed for 11 schools of collapsed academy chain",
            "Acme Ltd collapsed in May 2018.",
            "company_collapsed",
        ),
    ],
)
def test_frame_events_a_look_alike_of_a_frame_reports_nothing(
    recogniser, look_alike, reported, event_type
):
    assert all(c.type != event_type for c in _found(recogniser, look_alike))
    (found,) = _found(recogniser, reported)
    assert found.type == event_type


def test_frame_events_a_trigger_words_event_dated_after_its_post_is_a_notice(recogniser):
    notice = "Members' meeting for staff seconded to Acme One: Thursday 18 April 2019."
    assert _found(recogniser, notice) == []
    past = "Members' meeting for staff seconded to Acme One: Friday 18 January 2019."
    assert [c.type for c in _found(recogniser, past)] == ["service_restructured"]


def test_ministers_are_the_ministry_of_justice_only_where_a_post_names_it(recogniser):
    # "Ministers" in a story of another ministry is not the MoJ, by name or as "the ministry"
    post = _post_of(
        "Repair arm created",
        "DSG is a trading fund of the Ministry of Defence.",
        "Ministers announced in May 2007 that the two agencies would be brought together.",
        "It was launched in April 2008 from the parts of the agency that the ministry had kept.",
    )
    document = document_of(post)
    found = recogniser.candidates(document)
    assert found
    assert all("MoJ" not in c.title and "MoJ" not in c.roles.get("actor", ()) for c in found)


def test_a_plural_word_for_a_body_keeps_its_own_verb_in_a_headline(recogniser):
    post = _post_of(
        "Bidders named",
        "The Ministry of Justice let the contracts.",
        "Ministers named the preferred bidders for the 21 CRCs on 29 October 2014.",
    )
    document = document_of(post)
    titles = [c.title for c in recogniser.candidates(document)]
    assert titles and not any("MoJ name " in title for title in titles)


def test_frame_events_a_post_and_the_name_after_it_are_one_person_who_acts(recogniser):
    text = "The Secretary of State for Health, Andy Burnham, announced an independent inquiry."
    (candidate,) = _found(recogniser, text)
    assert candidate.roles["actor"] == ("Andy Burnham",)
    assert candidate.title == "Andy Burnham announces an independent inquiry"


def test_frame_events_a_place_after_what_failed_is_not_what_failed(recogniser):
    text = (
        "The patients' panel welcomed the inquiry into the failures of care at Stafford Hospital."
    )
    assert [c.type for c in _found(recogniser, text)] != ["company_collapsed"]
    assert _found(recogniser, "The failure of Carillion shook the industry.")


def test_frame_events_an_organisation_takes_up_no_post(recogniser):
    text = (
        "South Thames Healthcare NHS Trust became the first NHS trust to be run by administrators."
    )
    assert [c.type for c in _found(recogniser, text)] != ["appointment"]


def test_frame_events_who_after_a_common_noun_is_that_noun_not_a_name_before_it(recogniser):
    text = (
        "In August 2012 the firm Acme became a target for disability campaigners, who staged"
        " protests against its sponsorship of the games."
    )
    (candidate,) = _found(recogniser, text)
    assert candidate.type == "campaign_launched" and "Acme" not in candidate.title


def test_frame_events_a_firm_its_post_calls_by_an_english_word_acts(recogniser):
    post = _post_of(
        "Energy supplier rescued",
        "The energy supplier collapsed in the autumn after wholesale prices soared.",
        "Ofgem said that Bulb had 1.7 million customers when it failed.",
        "The government lent Bulb money to keep it trading.",
        "Ministers told Parliament that the rescue would cost billions.",
        "Ministers told Parliament again in the spring.",
    )
    subject = recogniser.subjects.subject(post)
    assert subject.words == {"Bulb"}  # not "Parliament", a word the frames read
    (candidate,) = _found(recogniser, "Bulb went into special administration last week.", subject)
    assert candidate.title == "Bulb enters administration"


def test_frame_events_an_unnamed_subject_joined_by_and_is_not_the_name_after_its_verb(recogniser):
    sentence = "Circle was picked to run Hinchingbrooke in 2010 and signed a franchise in 2011."
    titles = [candidate.title for candidate in _found(recogniser, sentence)]
    assert not any("Hinchingbrooke" in title for title in titles)
    named = "Sodexo was picked to run Hinchingbrooke in 2010 and signed a franchise in 2011."
    assert "Sodexo signs contracts" in [c.title for c in _found(recogniser, named)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The latest is a paper published by HM Inspectorate of Probation on 28 November 2025.",
        "It is an Academic Insight paper published by HM Inspectorate of Probation in 2025.",
    ],
)
def test_frame_events_a_participles_agent_is_the_actor_of_a_frame_written_actively(
    recogniser, sentence
):
    """A paper published by the inspectorate: the inspectorate published, though the frame
    says "{actor} publish" and no auxiliary makes the participle passive."""
    (candidate,) = _found(recogniser, sentence, Subject(None))
    assert candidate.roles["actor"] == ("HM Inspectorate of Probation",)
