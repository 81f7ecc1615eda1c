"""News as reporters write it: a reporting body's word is its findings, contracts handed out and
renewed, cases heard and appeals refused, roles that stop at "from" and ", and"."""

import datetime as dt

import pytest
from factories import document_of, sentence_candidates

from timeline.extraction.documents import Post, Sentence
from timeline.taxonomy import Taxonomy

POST = Post(title="A post", post_date=dt.date(2019, 3, 10), line=1, sentences=[], comments=[])


def _found(recogniser, text):
    found = sentence_candidates(recogniser, text, POST.post_date)
    return [(c.type, str(c.date), c.title) for c in found]


def test_vocabulary_marks_the_bodies_whose_word_is_a_report(vocabulary):
    assert {"HM Inspectorate of Probation", "NAO", "Justice Committee"} <= set(
        vocabulary.reporting_bodies
    )
    assert not {"MoJ", "Napo", "HMPPS"} & set(vocabulary.reporting_bodies)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The National Audit Office said in December that the changes had cost taxpayers more.",
            ("report_published", "2018-12", "National Audit Office says the changes have cost"),
        ),
        (
            "The probation inspectorate said on Thursday that caseloads were too high.",
            (
                "report_published",
                "2019-03-07",
                "Probation inspectorate says caseloads were too high",
            ),
        ),
        (
            "In a report on the contracts, the Public Accounts Committee said on Wednesday that "
            "the reforms had failed.",
            ("report_published", "2019-03-06", "Public Accounts Committee says the reforms have"),
        ),
        (
            "The Justice Committee reported on the reforms in June 2018.",
            ("report_published", "2018-06", "Justice Committee reports on the reforms"),
        ),
        (
            "Inspectors warned last month that staffing was too thin.",
            ("report_published", "2019-02", "Inspectors warn"),
        ),
    ],
)
def test_a_reporting_bodys_dated_word_is_a_report_titled_by_what_it_said(
    recogniser, text, expected
):
    [(type_, date, title)] = _found(recogniser, text)
    assert (type_, date) == expected[:2]
    assert title.startswith(expected[2])
    assert " that " not in f" {title} " and "December" not in title


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Justice said on Friday that the contracts would end.",
        "Napo warned on Monday that staff would strike.",
    ],
)
def test_a_ministrys_or_a_unions_word_is_no_report(recogniser, text):
    assert [t for t, _, _ in _found(recogniser, text) if t == "report_published"] == []


def test_a_hedge_in_what_was_said_does_not_hedge_the_saying(recogniser):
    text = (
        "A committee of MPs said on Friday it was unconvinced that the reforms could ever "
        "deliver a viable system."
    )
    assert [(t, d) for t, d, _ in _found(recogniser, text)] == [("report_published", "2019-03-08")]
    assert _found(recogniser, "The committee could report on Friday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Home Office has today signed a new eight-year contract with Serco Ltd.",
            ("contract_awarded", "2019-03-10"),
        ),
        (
            "The asylum contracts were awarded in 2012 to G4S, Serco and Clearsprings.",
            ("contract_awarded", "2012"),
        ),
        ("The Home Office renewed its contract with Serco in November 2014.", None),
        (
            "In April the Supreme Court refused to hear a further appeal.",
            ("legal_action", "2018-04"),  # a past month without a year: the latest before
        ),
        ("The case was heard at the Court of Session in February.", ("legal_action", "2019-02")),
    ],
)
def test_contracts_and_cases_as_news_writes_them(recogniser, text, expected):
    found = [(t, d) for t, d, _ in _found(recogniser, text)]
    assert found == [expected or ("contract_awarded", "2014-11")]


@pytest.mark.parametrize(
    ("text", "not_in_title"),
    [
        ("Mears took over its rival's asylum business from Serco in September 2019.", "Serco"),
        (
            "Serco took over the running of the centre in 2007, and the Home Office renewed "
            "its contract in 2014.",
            "Home Office",
        ),
    ],
)
def test_a_role_after_the_verb_stops_at_from_and_at_a_comma_and(recogniser, text, not_in_title):
    titles = [title for _, _, title in _found(recogniser, text)]
    assert titles and not any(not_in_title in title for title in titles if "takes over" in title)


def test_a_titles_news_stands_beside_an_undated_report_of_its_type(recogniser):
    post = Post("Tagging firms overcharged taxpayer, Grayling tells MPs", dt.date(2013, 7, 11), 1)
    post.sentences = [
        Sentence("Chris Grayling told the Commons that he had asked for an audit.", 2)
    ]
    document = document_of(post)
    found = [(c.type, c.evidence) for c in recogniser.candidates(document)]
    assert ("parliamentary", "post") in found


def test_taxonomy_rejects_an_unknown_frame_flag():
    data = {
        "roles": {"actor": ["body"]},
        "event_types": [
            {
                "name": "report_published",
                "label": "Report published",
                "triggers": ["report"],
                "frames": [{"pattern": "{actor} say", "reporting_bodies": True}],
            }
        ],
    }
    with pytest.raises(ValueError, match="reporting_bodies"):
        Taxonomy.model_validate(data)


def _post_events(recogniser, title, *texts):
    post = Post(title, dt.date(2019, 3, 1), 1)
    post.sentences = [Sentence(text, line) for line, text in enumerate(texts, 2)]
    document = document_of(post)
    return [
        (c.type, str(c.date), c.roles.get("actor"), c.title)
        for c in recogniser.candidates(document)
    ]


def test_the_word_news_calls_a_body_by_is_the_one_body_the_post_so_calls(recogniser):
    said = (
        "The sell-off will cost taxpayers more than planned, the public spending watchdog said"
        " on Friday."
    )
    found = _post_events(
        recogniser,
        "Probation sell-off to cost more",
        said,
        "The National Audit Office found that reoffending rose.",
    )
    assert ("report_published", "2019-03-01", ("NAO",), "NAO publishes report") in found
    unnamed = _post_events(recogniser, "Probation sell-off to cost more", said)
    assert not [f for f in unnamed if f[0] == "report_published"]  # which watchdog?


def test_a_word_two_named_bodies_share_stands_for_neither(recogniser):
    registered = "On Monday the union formally registered a dispute with the MoJ."
    (alone,) = _post_events(
        recogniser, "Napo in dispute", "Napo met the ministry last week.", registered
    )
    assert alone[2] == ("Napo",)
    found = _post_events(
        recogniser, "Unions meet", "Napo and UNISON met the ministry last week.", registered
    )
    assert [f[2] for f in found if f[0] == "industrial_action"] == [None]
    # … unless the sentence itself names only one of them
    own = "On Monday Napo said the union had formally registered a dispute with the MoJ."
    found = _post_events(recogniser, "Unions meet", "Napo and UNISON met the ministry.", own)
    assert [f[2] for f in found if f[0] == "industrial_action"] == [("Napo",)]


def test_a_clause_headline_writes_a_body_by_its_name_not_by_what_news_calls_it(recogniser):
    post = Post("Probation contracts rewritten", dt.date(2019, 3, 1), 1)
    post.sentences = [
        Sentence("The Ministry of Justice rushed the reforms through.", 2),
        Sentence("The ministry rewrote the contracts in 2017, adding 342 million pounds.", 3),
    ]
    document = document_of(post)
    (rewrite,) = [c for c in recogniser.candidates(document) if c.type == "funding_changed"]
    assert rewrite.roles["actor"] == ("MoJ",)
    assert rewrite.fuller_title == "MoJ rewrites the contracts, adding £342m"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # "union" before the union's own name stands for no one else
            "The probation union Napo passed an emergency motion in October 2015.",
            "Napo passes emergency motion",
        ),
        (  # "Department" starting another body's name is not the ministry
            "The Department for Transport suspended normal franchise terms in March 2020.",
            "Department for Transport suspends franchise terms",
        ),
    ],
)
def test_a_word_news_calls_a_body_by_is_not_it_within_a_name(recogniser, text, title):
    post = Post("News", dt.date(2021, 2, 8), 1)
    post.sentences = [Sentence("Napo and the Ministry of Justice met.", 2), Sentence(text, 3)]
    found = recogniser.candidates(document_of(post))
    assert [c.title for c in found if c.source.line == 3] == [title]


def test_a_finding_after_a_comma_tells_how_a_ruling_went_not_a_report(recogniser):
    text = (
        "In April a High Court judge dismissed a campaigner's attempt to bring a judicial review"
        " of the felling, finding that the claim had no merit."
    )
    assert [t for t, _, _ in _found(recogniser, text)] == ["legal_action"]


def test_contractors_are_no_contract(recogniser):
    text = "Residents say they were given no warning before contractors arrived at 5am."
    assert _found(recogniser, text) == []


def test_what_is_to_come_is_judged_stock_by_its_own_clause(recogniser):
    text = (
        "The Minister has confirmed that the Ministry of Justice and G4S have agreed to end the"
        " contract for Birmingham, and that the prison will come back into the public sector on"
        " 1 July 2019."
    )
    assert "Services to return to the public sector" in [t for _, _, t in _found(recogniser, text)]
