"""A frame's headline: its templates filled with canonical names, the type's only for a frame with
none of its own, a participle's noun phrase, a decision headed as to come."""

import pytest
from factories import frame_found as _found
from factories import frame_recogniser as recogniser_of

from timeline.extraction.frame_titles import frame_titles


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
            "Justin Russell named as candidate to head HM Inspectorate of Probation",
        ),
        (
            "On 7 February 2019 the MoJ appointed Jo Farrar as chief executive of HMPPS.",
            "appointment",
            "MoJ appoints Jo Farrar as chief executive of HMPPS",
        ),
    ],
)
def test_frame_events_fill_roles_into_a_headline(recogniser, text, type_, title):
    (candidate,) = _found(recogniser, text)
    assert (candidate.type, candidate.title) == (type_, title)
    assert candidate.templated


def test_frame_events_a_decided_happenings_written_title_is_told_to_come(recogniser):
    text = "On 16 May 2019 ministers announced that offender management would return to the NPS."
    (decision,) = _found(recogniser, text)
    assert decision.title == "Offender management to return to the NPS"


def test_frame_events_a_report_named_with_its_publication_between_commas(recogniser):
    text = "The inspectorate's first review, published in November 2020, praised providers."
    (review,) = _found(recogniser, text)
    assert (review.type, str(review.date)) == ("report_published", "2020-11")
    assert review.title == "Inspectorate's first review published"


@pytest.mark.parametrize(
    "text",
    [
        "Their report, published in November 2018, was the first in the new series.",
        "The turning point, if there was one, was the inspectorate's thematic report on housing"
        " in July 2018.",
    ],
)
def test_frame_events_a_clause_that_only_says_what_something_was_heads_nothing(recogniser, text):
    (report,) = _found(recogniser, text)
    assert report.type == "report_published"
    assert " was " not in report.title


def test_frame_events_titles_spell_names_as_the_vocabulary_does():
    from timeline.extraction.entities import EntityMention
    from timeline.extraction.frame_titles import canonical_spellings

    mentions = [
        EntityMention("owner", "Working Links", "Working links", 0, 13),
        EntityMention("owner", "MTCnovo", "MTC Novo", 20, 28),  # an alias: left as written
    ]
    title = "Working links and MTC Novo lose contracts"
    assert canonical_spellings(title, mentions) == "Working Links and MTC Novo lose contracts"


def test_frame_events_a_frame_with_titles_of_its_own_takes_none_of_its_types(vocabulary):
    appointment = next(t for t in vocabulary.taxonomy.event_types if t.name == "appointment")
    assert any("{target}" in title for title in appointment.title)
    for frame in appointment.frames:
        titles = frame_titles(frame, appointment)
        expected = set(frame.title) if frame.title else set(titles) & set(appointment.title)
        assert set(titles) == expected
    leaving = _found(recogniser_of(vocabulary), "She succeeds Michael Spurr, who is leaving.")
    assert all("Michael Spurr appoints" not in c.title for c in leaving)


def test_frame_events_a_frame_with_an_empty_title_list_takes_the_clause(vocabulary):
    found = _found(
        recogniser_of(vocabulary), "The Ministry of Justice announced the bidders today."
    )
    assert [c.title for c in found] == ["Ministry of Justice announces the bidders"]


def test_frame_headline_a_frames_fallback_heads_it_when_no_clause_can(recogniser):
    def titles(text):
        return [c.title for c in _found(recogniser, text) if c.type == "industrial_action"]

    assert titles("On 29 July they walked out for another two weeks.") == ["Staff walk out"]
    assert titles("On 29 July the cleaners walked out for two weeks.") == [
        "Cleaners walk out for two weeks"
    ]
    assert titles("On 29 July Unite members walked out.") == ["Unite members walk out"]


def test_frame_events_a_participle_after_its_noun_titles_the_noun_phrase(recogniser):
    found = _found(
        recogniser, "The Senedd discussed the new model for Wales announced in June 2018."
    )
    assert ("policy_announced", "New model for Wales announced") in [
        (c.type, c.title) for c in found
    ]


def test_frame_events_a_decision_announced_is_headed_as_to_come(recogniser):
    (decided,) = _found(
        recogniser, "The MoJ announced on 2 May 2019 that Seetec would take over Wales CRC."
    )
    assert (decided.title, str(decided.date)) == ("Seetec to take over Wales CRC", "2019-05-02")


def test_frame_headline_it_is_the_firm_only_where_it_can_mean_no_other(recogniser):
    from timeline.extraction.frame_events import Subject

    mitie = Subject(organisation="Mitie")
    opening = "In 2014 it won an eight-year contract worth about £180 million."
    assert [c.title for c in _found(recogniser, opening, mitie)] == [
        "Mitie wins an eight-year contract worth about £180m"
    ]
    told = "Mitie has run the centre since 2014, when it won an eight-year contract."
    assert "Mitie wins an eight-year contract" in [c.title for c in _found(recogniser, told, mitie)]
    other = (
        "The minister said the council's new leadership had been dealing with complex problems"
        " since it took over in May 2023."
    )
    assert all("Mitie" not in c.title for c in _found(recogniser, other, mitie))


def test_frame_headline_a_person_who_acts_is_not_the_firm_whose_post_they_hold(recogniser):
    text = "The company's founder, Emma Harrison, stepped down as chairman on 24 February 2012."
    (found,) = [c for c in _found(recogniser, text) if c.type == "appointment"]
    assert found.roles["actor"] == ("Emma Harrison",)
    assert found.title == "Emma Harrison steps down as chairman"


def test_frame_headline_the_first_person_is_cut_where_its_clause_begins(recogniser):
    text = (
        "The 35 probation trusts were wound up at the end of May 2014, and on 1 June 2014 every"
        " one of us started work for the NPS or a CRC."
    )
    assert "35 probation trusts wound up" in [c.title for c in _found(recogniser, text)]


def test_frame_headline_a_pronoun_in_a_clause_what_opens_is_passed_over(recogniser):
    from timeline.extraction.frame_events import Subject

    sodexo = Subject(organisation="Sodexo")
    text = (
        "The unions heard on 25 October 2018 that this employer has just gone and done what it"
        " has always done and imposed a sub-standard award."
    )
    titles = [c.title for c in _found(recogniser, text, sodexo) if c.type == "pay_deal"]
    assert titles == ["Sodexo imposes pay award"]


def test_frame_headline_a_writer_acting_on_behalf_of_a_body_is_that_body(recogniser):
    text = (
        "On 29 October 2014, on behalf of the Napo Officer Group, I issued instructions to our"
        " lawyers to apply for a judicial review."
    )
    found = [c for c in _found(recogniser, text) if c.type == "legal_action"]
    assert [c.roles.get("actor") for c in found] == [("Napo",)]


def test_frame_headline_a_post_before_a_name_is_the_person_who_held_it(recogniser):
    text = (
        "In 2014 the then Secretary of State for Justice Chris Grayling implemented the"
        " Transforming Rehabilitation programme."
    )
    assert [c.roles.get("actor") for c in _found(recogniser, text)] == [("Chris Grayling",)]
    union = "In 2016 NAPO SSW branch initiated a dispute with Working Links."
    assert [c.roles.get("actor") for c in _found(recogniser, union)] == [("Napo",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French-owned group took control of the CRC on 1 February 2015.", "Sodexo"),
        ("The troubled firm took control of the contracts in March 2016.", "Sodexo"),
        ("The Paris-based company took charge of the prison in 2019.", "Sodexo"),
    ],
)
def test_frame_headline_the_firm_described_is_still_the_firm(recogniser, text, expected):
    from timeline.extraction.frame_events import Subject

    found = _found(recogniser, text, Subject(organisation="Sodexo"))
    assert [(c.type, c.roles.get("actor")) for c in found] == [("ownership_changed", (expected,))]


@pytest.mark.parametrize(
    "text",
    [
        "The other firm took control of the contracts in March 2016.",
        "The new company took control of the contracts in March 2016.",
    ],
)
def test_frame_headline_a_firm_described_as_another_is_not_the_firm(recogniser, text):
    from timeline.extraction.frame_events import Subject

    found = _found(recogniser, text, Subject(organisation="Sodexo"))
    assert all("Sodexo" not in c.title and c.type != "ownership_changed" for c in found)


def test_frame_headline_a_council_taking_control_steps_in_not_takes_over(recogniser):
    (found,) = _found(recogniser, "The council took control of the service in April 2019.")
    assert (found.type, found.title) == (
        "service_restructured",
        "Council takes control of the service",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kate Eves, who had led the investigation, was appointed to chair the inquiry in May 2018.",
        "Kate Eves was chosen to lead the inquiry in May 2018.",
    ],
)
def test_frame_headline_appointed_to_a_task_is_an_appointment(recogniser, text):
    found = [c for c in _found(recogniser, text) if c.type == "appointment"]
    assert [(c.title, str(c.date)) for c in found] == [
        (
            "Kate Eves appointed to chair the inquiry"
            if "chair" in text
            else "Kate Eves chosen to lead the inquiry",
            "2018-05",
        )
    ]


def test_frame_headline_a_body_called_by_a_word_is_named_but_not_inside_its_own_name(vocabulary):
    from timeline.extraction.entities import EntityMention
    from timeline.extraction.frame_titles import FrameTitler

    titler = FrameTitler(vocabulary)
    called = [EntityMention("body", "Ministry of Justice", "the ministry", 0, 12)]
    named = titler.named("The ministry dissolves the trusts", called)
    assert named.endswith(" dissolves the trusts") and not named.startswith("The ministry")
    kept = "Ministry of Justice dissolves the trusts"
    assert titler.named(kept, called) == kept  # not "MoJ of Justice …"
