"""Who acted, as a clause's grammar says: the antecedent of ", which …" or of a name's "who",
no name from another clause when a common noun is the subject ("…, a minister told MPs")."""

import datetime as dt
from dataclasses import replace

import pytest
from factories import frame_found, post_of, sentence_candidates

from timeline.extraction.documents import Post, Sentence
from timeline.extraction.titles import clause_headline

POST = Post(title="A post", post_date=dt.date(2019, 11, 1), line=1, sentences=[], comments=[])


def _events(recogniser, text):
    found = sentence_candidates(recogniser, text, POST.post_date)
    return [(c.type, c.roles.get("actor"), c.title) for c in found]


def test_the_antecedent_of_which_acts_not_a_listed_name_further_back(recogniser):
    text = (
        "Unions accused ministers of failing to learn the lessons of Carillion, which went into "
        "liquidation in January 2018."
    )
    assert _events(recogniser, text) == [
        ("company_collapsed", ("Carillion",), "Carillion goes into liquidation")
    ]


def test_the_name_before_who_acts_in_its_clause_and_keeps_its_date(recogniser):
    text = (
        "She succeeds Michael Spurr who is leaving the role after nine years, as was announced"
        " in September 2018."
    )
    found = sentence_candidates(recogniser, text, dt.date(2019, 2, 7))
    assert [(c.type, str(c.date), c.title) for c in found] == [
        ("appointment", "2018-09", "Michael Spurr to leave post")
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        ("Jo Farrar succeeds Michael Spurr, who retired in March.", "succeeds", None),
        (
            "Jo Farrar succeeded Michael Spurr in April, who retired in March.",
            "succeeded",
            "2018-04",
        ),
        ("Michael Spurr, who joined in 2010, resigned in March.", "resigned", "2018-03"),
    ],
)
def test_a_date_in_a_clause_about_a_person_is_not_the_triggers(text, trigger, date):
    from timeline.extraction.date_choice import nearest_mention, post_dates

    post = Post(title="A post", post_date=dt.date(2018, 11, 1), line=1, sentences=[], comments=[])
    start = text.index(trigger)
    chosen = nearest_mention(post_dates(text, post), start, start + len(trigger), text)
    assert (str(chosen.value) if chosen else None) == date


def test_a_date_in_what_a_telling_verb_tells_is_not_when_it_told_it(recogniser):
    text = (
        "The Justice Secretary has told MPs in a written statement that the new unified"
        " probation service went live on Saturday."
    )
    found = sentence_candidates(recogniser, text, dt.date(2021, 6, 28))
    told = [c for c in found if c.type == "parliamentary"]
    assert [str(c.date) for c in told] == ["2021-06-28"]  # has told: the day's news
    dispute = "Napo initiated a dispute with Working Links that has run for 3 years."
    (initiated,) = sentence_candidates(recogniser, dispute, dt.date(2019, 2, 9))
    assert str(initiated.date) == "2016"  # no telling verb: "that" is about the dispute


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Napo's lawyers, Leigh Day, lodged a claim for judicial review on 24 October.", "Napo"),
        (
            "On 24 October I issued instructions to our lawyers Slater and Gordon to apply for a"
            " judicial review.",
            None,  # "I" names no one: no title makes the law firm the claimant
        ),
        ("Leigh Day lodged a claim for judicial review on 24 October.", "Leigh Day"),
    ],
)
def test_a_clients_lawyers_act_for_it(recogniser, text, actor):
    found = sentence_candidates(recogniser, text, dt.date(2019, 11, 1))
    legal = [c for c in found if c.type == "legal_action"]
    assert legal and all(c.roles.get("actor", (None,))[0] == actor for c in legal)


def test_a_date_in_a_clause_because_opens_is_not_the_triggers(recogniser):
    text = (
        "We know some details of Napo's legal challenge because they were published yesterday"
        " by a journalist."
    )
    found = sentence_candidates(recogniser, text, dt.date(2014, 10, 29))
    assert "2014-10-28" not in [str(c.date) for c in found]


def test_a_common_noun_subject_names_no_one_from_another_clause(recogniser):
    text = (
        "The Home Office is pressing Serco over its running of Yarl's Wood, a minister told MPs "
        "on Tuesday."
    )
    assert [actor for _, actor, _ in _events(recogniser, text)] == [None]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "The Ministry was forced to rewrite the contracts after the volume of work fell.",
            "rewrite",
            "Ministry forced to rewrite the contracts",
        ),
        (  # "since" and a date is no clause: the date goes, what follows stays
            "The CRC was taken over since February 2015 by Sodexo Justice Services.",
            "taken",
            "CRC taken over by Sodexo Justice Services",
        ),
        (
            "Inspectors warned the company must put public protection first because risks were "
            "missed.",
            "warned",
            "Inspectors warn the company must put public protection first",
        ),
    ],
)
def test_a_title_leaves_out_a_clause_joined_on_at_its_end(sentence, trigger, expected):
    start = sentence.index(trigger)
    assert clause_headline(sentence, (start, start + len(trigger))) == expected


def _minutes(recogniser, *texts):
    from pathlib import Path

    from timeline.extraction.documents import Document

    post = Post("Venue: Committee Room 2, Civic Centre", dt.date(2019, 1, 22), 1)
    post.sentences = [Sentence(text, line) for line, text in enumerate(texts, start=2)]
    document = Document(Path("minutes.txt"), "minutes.txt", [post], [])
    return [
        (c.type, c.crcs) for c in recogniser.candidates(document) if c.type == "report_published"
    ]


def test_a_post_naming_one_crc_anywhere_is_about_it_when_it_says_the_crc(recogniser):
    """Minutes whose title is a venue: "the CRC" is the one CRC they name."""
    opening = [
        "Councillors from across the county attended the meeting of the scrutiny panel.",
        "The chair welcomed members and thanked officers for the papers they had prepared.",
        "The minutes of the previous meeting were agreed as a correct record by the panel.",
    ]
    named = "The panel heard from the director of Northumbria CRC."
    report = "Inspectors had published a report on the CRC in November 2018."
    assert _minutes(recogniser, *opening, named, report) == [("report_published", ("Northumbria",))]
    other = "Members compared it with Durham Tees Valley CRC."
    assert _minutes(recogniser, *opening, named, other, report) == [("report_published", ())]


def test_a_title_names_the_crc_a_post_is_about_for_the_crc(recogniser):
    from pathlib import Path

    from timeline.extraction.documents import Document

    post = Post(
        "Staffordshire and West Midlands CRC still requires improvement", dt.date(2020, 3, 5), 1
    )
    post.sentences = [
        Sentence(
            "When inspectors published their previous report on the CRC in December 2018, they "
            "gave it the same rating.",
            4,
        )
    ]
    document = Document(Path("news.txt"), "news.txt", [post], [])
    titles = [c.fuller_title or c.title for c in recogniser.candidates(document)]
    assert (
        "Inspectors publish their previous report on Staffordshire and West Midlands CRC" in titles
    )


def test_a_trigger_noun_after_a_preposition_is_what_another_word_is_about(recogniser):
    text = (
        "Questions were raised about ministerial comments related to the sell-off of"
        " privatisation today, following an appearance on the radio."
    )
    found = sentence_candidates(recogniser, text, dt.date(2014, 10, 31))
    assert "ownership_changed" not in [c.type for c in found]
    (sale,) = sentence_candidates(
        recogniser, "The sell-off of the CRCs was completed today.", dt.date(2015, 2, 1)
    )
    assert sale.type == "ownership_changed"


def test_a_trigger_a_describing_word_makes_a_noun_after_a_preposition_is_talked_about(
    recogniser,
):
    text = "I draw your attention to the branch report just before Christmas."
    assert sentence_candidates(recogniser, text, dt.date(2019, 2, 13)) == []
    (report,) = sentence_candidates(
        recogniser, "The branch report was published just before Christmas.", dt.date(2019, 2, 13)
    )
    assert (report.type, str(report.date)) == ("report_published", "2018-12")


def test_a_relative_clause_with_its_own_subject_names_who_acted_not_its_antecedent(recogniser):
    text = "London CRC, which MTCnovo has run since February 2015, was rated inadequate."
    found = sentence_candidates(recogniser, text, POST.post_date)
    assert [(c.type, c.roles.get("actor"), str(c.date)) for c in found] == [
        ("report_published", None, str(POST.post_date)),  # the aside's date is not the rating's
    ]


def test_an_appositive_with_a_hyphenated_description_is_passed_over(recogniser):
    text = (
        "Concentrix, a US-owned business services company with its main UK operation in Belfast,"
        " signed a contract with HMRC on 6 May 2014."
    )
    assert _events(recogniser, text) == [
        ("contract_awarded", ("Concentrix",), "Concentrix signs contract with HMRC")
    ]


def test_the_post_is_about_a_name_its_headline_and_lead_share_not_a_place_in_the_lead(
    recogniser,
):

    sentences = [
        Sentence(text, line)
        for line, text in enumerate(
            [
                "BELFAST - The outsourcing firm that checks tax credit claims from offices in"
                " Belfast is to lose the work.",
                "Concentrix said it was disappointed.",
            ],
            start=1,
        )
    ]
    post = replace(POST, title="Concentrix will not have its deal renewed", sentences=sentences)
    assert recogniser.subjects.subject(post).organisation == "Concentrix"


def test_a_name_described_by_an_adverb_phrase_is_the_one_chosen(recogniser):
    text = (
        "Six CRCs that Sodexo, previously best known in the UK for feeding school pupils, was"
        " chosen to run last December."
    )
    found = sentence_candidates(recogniser, text, dt.date(2015, 12, 21))
    assert [(c.type, c.roles.get("actor"), c.title) for c in found] == [
        ("contract_awarded", ("Sodexo",), "Sodexo wins contract")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Aurelius announced today its intention to transfer the Working Links CRCs to Seetec, who"
        " currently own Kent, Surrey and Sussex CRC.",
        "Aurelius announced today that it will transfer its operations to Seetec, the parent"
        " company to Kent, Surrey and Sussex Community Rehabilitation Company.",
    ],
)
def test_a_crc_named_only_to_say_who_a_buyer_is_is_not_the_events(recogniser, text):
    found = sentence_candidates(recogniser, text, dt.date(2019, 2, 5))
    (transfer,) = [c for c in found if c.type == "ownership_changed"]
    assert "Kent, Surrey and Sussex" not in transfer.crcs
    assert "Seetec" in transfer.owners


def test_names_a_clause_denies_are_not_the_events(recogniser):
    text = (
        "At the end of October 2014 the preferred bidder for our area was announced, and it was"
        " not Sodexo or Interserve."
    )
    found = sentence_candidates(recogniser, text, dt.date(2019, 5, 1))
    (award,) = [c for c in found if c.type == "contract_awarded"]
    assert (award.owners, award.crcs) == ((), ())


def test_the_site_a_page_is_on_is_never_its_subject(recogniser):
    sentences = [
        Sentence(text, line)
        for line, text in enumerate(
            [
                "Published: 23 October 2020 | Compiled by the Harbour Bulletin desk",
                "Written statements are laid by ministers to tell Members of decisions.",
                "This week's most significant statement concerned the railway.",
            ],
            start=1,
        )
    ]
    post = replace(POST, title="Written statements this week", sentences=sentences)
    assert recogniser.subjects.subject(post).organisation == "Harbour Bulletin"
    assert recogniser.subjects.subject(post, "Harbour Bulletin").organisation is None
    own = replace(post, title="Harbour Bulletin sells its printing arm")
    assert recogniser.subjects.subject(own, "Harbour Bulletin").organisation == "Harbour Bulletin"


def test_a_series_running_head_names_no_subject(recogniser):
    post = post_of(
        "What the committee found",
        "Committee Report Summaries | No. 6/2016 e-Borders and successor programmes:",
        "The committee said the programme would be eight years late.",
    )
    assert recogniser.subjects.subject(post).organisation is None
    news = post_of("What the committee found", "Probation news | Interserve sells a business")
    assert recogniser.subjects.subject(news).organisation == "Interserve"


def test_the_company_is_never_a_public_body_the_post_names(recogniser):
    line = "The Home Office signed a contract in 2007 to build the system for the border."
    post = post_of("Border systems contract ends", line)
    assert recogniser.subjects.subject(post).organisation is None
    firm = post_of("Border systems contract ends", line.replace("Home Office", "Raycorp"))
    assert recogniser.subjects.subject(firm).organisation == "Raycorp"


def test_a_time_that_points_back_gives_way_to_the_date_its_sentence_writes_within_it():
    from timeline.extraction.date_choice import nearest_mention, post_dates
    from timeline.extraction.dates import DateMention
    from timeline.partial_date import PartialDate

    text = "The following year MTCnovo took over Rainsbrook secure training centre in May 2016."
    post = Post(title="A post", post_date=dt.date(2024, 1, 10), line=1, sentences=[], comments=[])
    pointing = DateMention("The following year", 0, 18, PartialDate(2016), True)
    start = text.index("took")
    dates = [pointing, *post_dates(text, post)]
    assert str(nearest_mention(dates, start, start + 4, text).value) == "2016-05"
    elsewhere = [pointing, *post_dates(text.replace("May 2016", "May 2017"), post)]
    assert nearest_mention(elsewhere, start, start + 4, text).text == "The following year"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (  # the founding's date, not the winning's
            "Founded in 1982 as a repair specialist, it grew and won contracts from councils.",
            None,
        ),
        ("Founded in 1982, the firm won the contract in 2010.", "2010"),
        ("In 1982, after a long search, the firm won the contract.", "1982"),  # no participle
    ],
)
def test_a_date_in_an_opening_participle_phrase_dates_only_that_phrase(text, date):
    from timeline.extraction.date_choice import nearest_mention, post_dates

    post = Post(title="A post", post_date=dt.date(2010, 9, 8), line=1, sentences=[], comments=[])
    start = text.index("won")
    chosen = nearest_mention(post_dates(text, post), start, start + 3, text)
    assert (str(chosen.value) if chosen else None) == date


def test_a_headline_written_as_a_sentence_names_what_its_lead_goes_on_to_name(recogniser):
    post = post_of(
        "Harbour Capital collapses into administration a week after funds frozen",
        "Quarry Thornton partners appointed joint administrators",
        "Talks with a possible buyer of some assets continue",
        "The firm's founder is under renewed scrutiny",
        "Harbour Capital, the supply-chain finance firm, filed for administration on Monday.",
    )
    assert recogniser.subjects.subject(post).organisation == "Harbour Capital"
    titled = replace(post, title="Harbour Capital Collapses Into Administration After Funds Frozen")
    assert recogniser.subjects.subject(titled).organisation == "Quarry Thornton"
    unnamed = post_of(
        "Harbour Capital collapses into administration a week after funds frozen",
        "Quarry Thornton partners appointed joint administrators",
    )
    assert recogniser.subjects.subject(unnamed).organisation == "Quarry Thornton"


def test_the_company_set_beside_a_name_is_that_name_not_the_posts_subject(recogniser):
    from timeline.extraction.post_subject import Subject

    subject = Subject(organisation="Harbour Council")
    text = (
        "In November 2022 Toucan Energy Holdings 1, the holding company for 53 solar parks,"
        " went into administration."
    )
    found = frame_found(recogniser, text, subject)
    assert [(c.type, c.title) for c in found] == [
        ("company_collapsed", "Toucan Energy Holdings 1 enters administration")
    ]
    alone = frame_found(recogniser, "In November 2022 the holding company collapsed.", subject)
    assert [c.title for c in alone] == ["Harbour Council collapses"]


def test_a_partner_in_what_is_owned_is_not_what_is_owned(recogniser):
    text = "Harbour Council has owned Harbour Direct jointly with BT since 2001."
    found = frame_found(recogniser, text)
    assert [(c.type, c.title) for c in found] == [
        ("ownership_changed", "Harbour Council takes ownership")
    ]


def test_a_headlines_firm_named_again_further_down_is_the_subject_not_a_holiday(recogniser):
    post = post_of(
        "Care UK strikers vote to walk out for a fortnight after Easter stoppage",
        "Support workers who transferred from the NHS say they will not sign new contracts.",
        "Care workers in Doncaster will strike for two weeks next month.",
        "The decision came during a four-day stoppage over the Easter weekend.",
        "The walkout brought the number of days on strike to 20.",
        "The following day, several hundred strikers marched through the town centre.",
        "The service was run by an NHS foundation trust until last summer.",
        "Doncaster Council put it out to tender, and Care UK took it over on 1 September.",
    )
    assert recogniser.subjects.subject(post).organisation == "Care UK"


@pytest.mark.parametrize(
    "text",
    [
        "Babylon Holdings, the British digital health company whose app runs the NHS's GP"
        " service, made its stock market debut in New York on Friday.",
        "Babylon Holdings, the British company that runs a GP service for the NHS, made its"
        " stock market debut in New York on Friday.",
    ],
)
def test_a_name_described_after_a_comma_by_a_capitalised_adjective_is_the_one_acting(
    recogniser, text
):
    found = sentence_candidates(recogniser, text, dt.date(2021, 10, 22))
    assert [(c.type, c.roles.get("actor")) for c in found] == [
        ("ownership_changed", ("Babylon Holdings",))
    ]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        (
            "In the spring of 2025 Amy Rees left to serve as acting Permanent Secretary of the"
            " Ministry of Justice, and Phil Copple became interim chief executive.",
            "appointment",
            "Phil Copple",
        ),
        (
            "The Home Office decided not to renew the contract, and Stonham took over on 18 June"
            " 2010.",
            "service_restructured",
            "Stonham",
        ),
    ],
)
def test_a_bare_name_just_before_the_verb_acts_not_a_known_one_past_a_comma(
    recogniser, text, kind, actor
):
    assert [roles for found, roles, _ in _events(recogniser, text) if found == kind] == [(actor,)]


def test_the_agency_a_wire_dateline_names_is_never_its_subject(recogniser):
    sentences = [
        Sentence(text, line)
        for line, text in enumerate(
            [
                "LONDON, April 3, 2020 (Albion Wire) - Britain opened the first of its emergency"
                " field hospitals on Friday.",
                "Doctors said the halls were ready for patients.",
            ],
            start=1,
        )
    ]
    post = replace(POST, title="Britain opens emergency hospital", sentences=sentences)
    assert recogniser.subjects.subject(post).organisation != "Albion Wire"


def test_a_law_is_never_the_company_a_post_is_about(recogniser):
    post = post_of(
        "The regulator starts reading the accounts",
        "On Wednesday the regulator took on a new job.",
        "The duty comes from the Care Act, which received Royal Assent last May.",
        "Most of the attention has gone to the Act's rules, but Southern Cross matters more.",
        "Southern Cross was a creature of the property boom.",
    )
    assert recogniser.subjects.subject(post).organisation == "Southern Cross"
