"""A plan announced is a policy announced on its day; a past perfect is not today's news; the
action a ballot is for has not happened; and the everyday news forms of strikes, funding,
notices, openings and signings are events."""

import datetime as dt
import shutil
from dataclasses import replace

import pytest
from factories import sentence_candidates

from timeline.errors import VocabularyError
from timeline.extraction.documents import Post
from timeline.vocabulary import load_vocabulary

POST = Post(title="A post", post_date=dt.date(2019, 5, 17), line=1, sentences=[], comments=[])


def _found(recogniser, text):
    found = sentence_candidates(recogniser, text, POST.post_date)
    return [(c.type, str(c.date), c.title) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government announced yesterday that all offender management will return to "
            "the public sector.",
            (
                "policy_announced",
                "2019-05-16",
                "Services to return to the public sector",
            ),
        ),
        (
            "On 16 May 2019 David Gauke announced that offender management would return to the "
            "NPS.",
            ("policy_announced", "2019-05-16", "Offender management to return to the NPS"),
        ),
        (
            "The government announced in May that the work done by the companies would be brought "
            "back into public ownership.",
            ("policy_announced", "2019-05", "Services to return to public ownership"),
        ),
    ],
)
def test_a_restructuring_announced_is_a_policy_announced_on_its_day(recogniser, text, expected):
    assert expected in _found(recogniser, text)


def test_a_happening_named_as_what_was_announced_is_headed_as_yet_to_come(recogniser):
    """ "The announcement of contract termination": not "Contract terminated", and not a type
    label told to come ("Contract to be terminated") either."""
    text = (
        "Relations have changed since early 2018 with the announcement of contract termination "
        "by October 2020."
    )
    assert _found(recogniser, text) == [
        ("contract_terminated", "2018", "Contract termination announced")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Offender management returned to the NPS on 26 June 2021.",
            ("service_restructured", "2021-06-26", "Offender management returns to the NPS"),
        ),
        (
            "In July 2018 the Justice Secretary announced that the CRC contracts would end early.",
            ("contract_terminated", "2018-07", "Contracts to end early"),
        ),
    ],
)
def test_a_restructuring_done_and_a_termination_announced_keep_their_types(
    recogniser, text, expected
):
    assert expected in _found(recogniser, text)


def test_a_past_perfect_is_no_news_of_the_day_a_present_perfect_is(recogniser):
    def dated(text):
        found = sentence_candidates(recogniser, text, POST.post_date)
        return [(c.type, c.evidence) for c in found]

    assert dated("By then the Offender Rehabilitation Act had come into force.") == [
        ("service_restructured", "undated")
    ]
    assert dated("The Offender Rehabilitation Act has come into force.") == [
        ("service_restructured", "post")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UNISON's probation members struck for 24 hours on Thursday 11 June 2015.",
            ("industrial_action", "2015-06-11", "UNISON strikes"),
        ),
        (
            "Women held in Yarl's Wood began refusing food on Wednesday 21 February 2018.",
            ("industrial_action", "2018-02-21", "Hunger strike begins at Yarl's Wood"),
        ),
        (
            "The Ministry of Justice increased funding for these services in 2018.",
            ("funding_changed", "2018", "MoJ increases funding"),
        ),
        (
            "Officials signed variations to the contracts on 6 June 2017.",
            ("funding_changed", "2017-06-06", "Contract variations signed"),
        ),
        (
            "The Ministry of Justice published the contract notice on 15 June 2020.",
            ("policy_announced", "2020-06-15", "MoJ publishes contract notice"),
        ),
        (
            "The inquiry's terms of reference were published on 13 June 2018.",
            ("policy_announced", "2018-06-13", "Inquiry terms of reference published"),
        ),
        (
            "The Skills Funding Agency served the company with a notice of breach in March 2017.",
            ("legal_action", "2017-03", "Skills Funding Agency serves notice of breach"),
        ),
        (
            "In March 2012 the UK Border Agency signed six regional contracts with three "
            "providers.",
            ("contract_awarded", "2012-03", "UK Border Agency signs six regional contracts"),
        ),
        (
            "HMP Five Wells took its first prisoners in February 2022.",
            ("service_restructured", "2022-02", "HMP Five Wells opens"),
        ),
        (
            "The Northumbria Probation Trust was replaced on 1 June 2014 by two organisations.",
            ("service_restructured", "2014-06-01", "Northumbria Probation Trust replaced"),
        ),
        (
            "The NAO criticised the way the deal was procured in a report two years ago.",
            (
                "report_published",
                "2017",
                "NAO criticises the way the deal was procured in a report",
            ),
        ),
        (
            "Members will recall the Public Accounts Committee's report of March 2015.",
            ("report_published", "2015-03", "Public Accounts Committee publishes report"),
        ),
        (
            "The new deal started on 1 April 2019, bringing to an end the franchise.",
            ("contract_terminated", "2019-04-01", "Contract ends"),
        ),
        (
            "In 2012 the centre began taking single adult men again.",
            ("service_restructured", "2012", "Centre begins taking single adult men again"),
        ),
        (
            "Ministers decided last July to end all 21 CRC contracts in 2020.",
            ("contract_terminated", "2018-07", "Ministers decide to end all 21 CRC contracts"),
        ),
        (
            "In 2015 the Chief Inspector of Prisons called the centre a place of national concern.",
            (
                "report_published",
                "2015",
                "Chief Inspector of Prisons calls the centre a place of national concern",
            ),
        ),
        (
            "In August 2020 Nord Anglia became a person with significant control of Learndirect.",
            (
                "ownership_changed",
                "2020-08",
                "Nord Anglia takes control of Learndirect",
            ),
        ),
        (
            "In January the plans for partners were dropped.",
            ("policy_announced", "2019-01", "Plans for partners dropped"),
        ),
    ],
)
def test_everyday_news_forms_are_events(recogniser, text, expected):
    assert expected in _found(recogniser, text)


ANNOUNCED = "    announced_as: policy_announced\n"


def _copied_vocabulary(tmp_path):
    shipped = load_vocabulary.__globals__["resources"].files("timeline") / "data"
    for name in ("taxonomy.yaml", "crcs.yaml"):
        shutil.copyfile(shipped / name, tmp_path / name)
    return tmp_path / "taxonomy.yaml"


DECIDED = "        decided_as: policy_announced\n"


@pytest.mark.parametrize("field", [ANNOUNCED, DECIDED], ids=["announced_as", "decided_as"])
def test_a_type_field_naming_no_type_is_one_line_naming_file_and_line(tmp_path, field):
    taxonomy = _copied_vocabulary(tmp_path)
    text = taxonomy.read_text()
    assert field in text
    taxonomy.write_text(text.replace(field, field.replace("announced\n", "anounced\n"), 1))
    with pytest.raises(VocabularyError) as caught:
        load_vocabulary(tmp_path)
    line = text[: text.index(field)].count("\n") + 1
    name = field.strip().split(":")[0]
    assert str(caught.value).startswith(f"{taxonomy}:{line}: ")
    assert f"{name}: 'policy_anounced' is not an event type" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_story_may_file_its_announced_happenings_under_a_shipped_type(tmp_path):
    shutil.copyfile(
        load_vocabulary.__globals__["resources"].files("timeline") / "data" / "crcs.yaml",
        tmp_path / "crcs.yaml",
    )
    story = tmp_path / "taxonomy.yaml"
    story.write_text(
        "extends: shipped\n"
        "event_types:\n"
        "  - name: franchise_remapped\n"
        "    label: Franchise remapped\n"
        "    triggers: [remapped]\n"
        "    announced_as: policy_announced\n"
        "  - name: line_reopened\n"
        "    label: Line reopened\n"
        "    triggers: [reopened]\n"
        "    announced_as: line_closed\n"
    )
    with pytest.raises(VocabularyError) as caught:
        load_vocabulary(tmp_path)
    assert str(caught.value).startswith(f"{story}:10: ")
    story.write_text(story.read_text().replace("line_closed", "line_reopened"))
    types = {t.name: t for t in load_vocabulary(tmp_path).taxonomy.event_types}
    assert types["franchise_remapped"].announced_as == "policy_announced"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The inspection report was not published until August 2017.",
            [("report_published", "2017-08", "Inspection report published")],
        ),
        (
            "The company did not pay the fine until March 2019.",
            [("legal_action", "2019-03", "Company pays the fine")],
        ),
        ("The report was not published, and no date was given until May 2018.", []),
    ],
)
def test_not_until_a_date_is_done_on_that_date(recogniser, text, expected):
    assert _found(recogniser, text) == expected


def test_a_specific_policy_act_told_to_parliament_is_kept_beside_the_telling(recogniser):
    """Halting a competition is a policy act of its own, not the telling of another event."""
    found = _found(
        recogniser,
        "The Lord Chancellor told Parliament on Thursday that the Ministry of Justice has "
        "abandoned the competition for the new contracts.",
    )
    assert ("policy_announced", "2019-05-16", "MoJ halts competition") in found


def test_pleased_or_delighted_to_do_it_did_it(recogniser):
    """ "Was delighted to take over" took over; "plans to take over" has not yet."""
    done = _found(recogniser, "In March 2019 Seetec was delighted to take over the three CRCs.")
    assert [(kind, date) for kind, date, _ in done] == [("ownership_changed", "2019-03")]
    assert _found(recogniser, "In March 2019 Seetec hoped to take over the three CRCs.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Napo said yesterday it would ballot members for industrial action and action short"
            " of a strike.",
            [("industrial_action", "2019-05-16", "Napo to ballot members on industrial action")],
        ),
        (
            "Napo announced yesterday its intention to ballot members for industrial action and"
            " action short of a strike.",
            [("industrial_action", "2019-05-16", "Napo to ballot members on industrial action")],
        ),
        (
            "Napo told the minister yesterday of the union's intention to ballot its members for"
            " industrial action and action short of a strike.",
            [("industrial_action", "2019-05-16", "Napo to ballot members on industrial action")],
        ),
        (  # a deciding noun takes the infinitive: the intention is the news of its day
            "On 16 May 2019 notice was served on the Secretary of State informing him of the"
            " union's intention to ballot members for industrial action.",
            [("industrial_action", "2019-05-16", "Union to ballot members on industrial action")],
        ),
        (
            "Napo members took action short of a strike yesterday.",
            [("industrial_action", "2019-05-16", "Napo takes action short of a strike")],
        ),
        (
            "Napo balloted its members for industrial action in April 2019.",
            [("industrial_action", "2019-04", "Napo ballots members on industrial action")],
        ),
    ],
)
def test_the_action_a_ballot_is_for_has_not_happened(recogniser, text, expected):
    assert _found(recogniser, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Offender supervision in Wales was transferred to the National Probation Service in"
            " December 2018.",
            ("service_restructured", "2018-12", "Probation work transfers to the NPS"),
        ),
        (
            "Probation became a single public service again on 26 June 2018.",
            (
                "service_restructured",
                "2018-06-26",
                "Probation becomes a single public service again",
            ),
        ),
        (
            "On Monday 13 May staff of the Wales CRC started the week as employees of the National"
            " Probation Service.",
            ("service_restructured", "2019-05-13", "Staff join the NPS: Wales CRC"),
        ),
    ],
)
def test_work_returning_to_the_public_sector_is_a_restructuring(recogniser, text, expected):
    assert expected in _found(recogniser, text)


def test_a_telling_says_less_than_what_it_told_when_titles_are_chosen():
    from factories import merge_candidate

    from timeline.extraction.events import title_quality

    told = merge_candidate("2020-06-11", type_="policy_announced", title="MoJ tells MPs")
    told = replace(told, title_kind="filled", telling=True, roles_filled=1.0)
    what = merge_candidate("2020-06-11", type_="policy_announced", title="Work to return to NPS")
    what = replace(what, title_kind="clause")
    assert min([told, what], key=title_quality) is what
    assert min([replace(told, telling=False), what], key=title_quality) is not what


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # what was decided stands before the telling, a comma apart: a policy announced
            "People convicted of terrorism offences will no longer be freed automatically halfway"
            " through their sentences, the government told MPs on Friday, a day after the attack.",
            "policy_announced",
        ),
        (  # a fact told before its telling is a statement
            "The figures were late, the minister told MPs on Friday, a day after the attack.",
            "parliamentary",
        ),
    ],
)
def test_a_decision_told_before_its_telling_is_a_policy(recogniser, text, expected):
    assert [kind for kind, _, _ in _found(recogniser, text)] == [expected]
