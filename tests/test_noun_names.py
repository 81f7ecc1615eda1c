"""An organisation a story calls by the noun that ends its name: "the council", "the trust"."""

import pytest
from factories import document_of, post_of

from timeline.extraction.noun_names import NounNames, names_a_thing

NOUNS = NounNames(["Council", "Trust", "Commission"])


def _called(texts, sentence, subject=None):
    by_noun = NOUNS.named([*texts, sentence], subject)
    return [(m.text, m.name) for m in NOUNS.mentions(sentence, by_noun, [])]


def test_the_noun_stands_for_the_one_name_the_story_gives_with_it():
    texts = ["Croydon Council issues section 114 notice", "It was the second in two years."]
    assert _called(texts, "The council cut 400 posts in July.") == [
        ("The council", "Croydon Council")
    ]


@pytest.mark.parametrize(
    ("texts", "sentence"),
    [
        # whose cabinet: the council's possessive names no doer
        (["Croydon Council in crisis"], "The council's cabinet met in July."),
        # the sentence names another council: "the council" is that one
        (["Croydon Council in crisis"], "Sutton Council said the council would help."),
        # two councils named before "the council", neither the story's subject
        (["Croydon Council and Sutton Council share staff"], "The council cut posts."),
        # the only trust named comes after the story's "the trust": another
        (
            ["Chair of the trust steps down", "Sheffield Teaching Hospitals NHS Trust lends one."],
            "The trust was dissolved.",
        ),
        # a heading in capitals is no name ("A TRUST FOR THE BOROUGH")
        (["A TRUST FOR THE BOROUGH"], "The trust began work."),
        # "the council of Europe": a name of its own after the noun
        (["Croydon Council in crisis"], "The Council of Europe said so."),
    ],
)
def test_the_noun_stands_for_no_name(texts, sentence):
    assert _called(texts, sentence) == []


def test_of_several_the_one_named_before_the_story_says_the_trust_is_its():
    texts = [
        "Wakefield City Academies Trust to give up its 21 schools",
        "The trust said it lacked the capacity to improve them.",
        "Outwood Grange Academies Trust will take over two of them.",
    ]
    assert _called(texts, "The trust was wound up in 2019.") == [
        ("The trust", "Wakefield City Academies Trust")
    ]


def test_the_story_s_subject_is_the_noun_s_name_whatever_else_it_names():
    texts = ["Royal Wolverhampton NHS Trust takes Cannock Chase Hospital", "The trust grew."]
    subject = "Mid Staffordshire NHS Foundation Trust"
    assert _called(texts, "The trust was dissolved.", subject) == [("The trust", subject)]


def test_the_story_s_trust_fills_the_role_and_the_headline(recogniser):
    post = post_of(
        "Doncaster Children's Services Trust rated good",
        "Doncaster Children's Services Trust, set up by the government, now runs the service.",
        "The trust has run the service since 1 October 2014.",
    )
    found = recogniser.candidates(document_of(post))
    started = [c for c in found if str(c.date) == "2014-10-01"]
    assert [(c.roles.get("actor"), c.title) for c in started] == [
        (("Doncaster Children's Services Trust",), started[0].title)
    ]
    assert started[0].title.startswith("Doncaster Children's Services Trust ")


@pytest.mark.parametrize(
    ("lines", "called"),
    [
        (  # the commission a story names is the vocabulary's body
            [
                "Care Quality Commission rates Hinchingbrooke inadequate",
                "The Care Quality Commission published its report on Hinchingbrooke today.",
                "In 2012 the commission had found too few nurses on the wards at Hinchingbrooke.",
            ],
            ("body", "Care Quality Commission", "the commission"),
        ),
        (  # "the partnership" also stands for a story's subject: named by its noun, it is the
            # partnership named, once
            [
                "Magnox contract timeline",
                "EnergySolutions challenged the award in the High Court in April 2014.",
                "The authority awarded the contract to the Cavendish Fluor Partnership in 2014.",
                "On 1 September 2014 the partnership took ownership of Magnox Ltd.",
            ],
            ("name", "Cavendish Fluor Partnership", "the partnership"),
        ),
    ],
)
def test_a_body_a_story_names_is_what_its_noun_stands_for(recogniser, lines, called):
    post = post_of(*lines)
    sentence = post.sentences[-1].text
    subject = recogniser.subjects.subject(post)
    entities = recogniser.entities.find(sentence)
    mentions = recogniser.subjects.referent_mentions(sentence, entities, subject)
    assert [(m.kind, m.name, m.text) for m in mentions] == [called]


@pytest.mark.parametrize(
    ("name", "thing"),
    [
        ("Race Action Programme", True),
        ("A Strategy for Reform", True),
        ("Project ADDER", True),
        ("Windrush Lessons Learned Review", True),
        ("NHS Pay Review Body", False),  # a doer whose name holds a thing's word
        ("Business Energy and Industrial Strategy Committees", False),
        ("Serco Group", False),
    ],
)
def test_a_name_holding_a_thing_done_is_no_doer(name, thing):
    things = {"programme", "strategy", "project", "review"}
    assert names_a_thing(name.split(), things) is thing
