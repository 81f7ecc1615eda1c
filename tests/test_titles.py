import pytest

from timeline.extraction.titles import TITLE_LIMIT, make_title


def _title(sentence: str, trigger: str) -> str:
    start = sentence.index(trigger)
    return make_title(sentence, (start, start + len(trigger)))


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "Today, the Ministry of Justice has appointed Seetec to manage probation services.",
            "appointed",
            "The Ministry of Justice has appointed Seetec to manage probation services",
        ),
        (
            "We were surprised; Working Links has announced it is going into administration.",
            "into administration",
            "Working Links has announced it is going into administration",
        ),
        (
            "And the union registered a dispute with the MoJ.",
            "registered a dispute",
            "The union registered a dispute with the MoJ",
        ),
    ],
)
def test_titles_keep_the_clause_with_the_trigger(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected


def test_titles_are_cut_at_a_word_to_one_line():
    sentence = "The inspectorate published a report " + "on a great many things " * 20 + "today."
    title = _title(sentence, "published a report")
    assert len(title) <= TITLE_LIMIT
    assert title.endswith("…")
    assert title.startswith("The inspectorate published a report")


def test_titles_leave_out_bracketed_asides():
    sentence = "NACRO (for whom I worked from 1989 to 2000) has been named as the preferred bidder."
    assert _title(sentence, "preferred bidder") == "NACRO has been named as the preferred bidder"


def test_titles_drop_an_adverbial_opening_before_the_trigger():
    sentence = "Following a competitive process, we have today confirmed the 21 Preferred Bidders."
    assert (
        _title(sentence, "Preferred Bidders") == "We have today confirmed the 21 Preferred Bidders"
    )


def test_titles_leave_out_which_clauses():
    sentence = "Sodexo, which already runs prisons, has been named as the preferred bidder."
    title = _title(sentence, "preferred bidder")
    assert title == "Sodexo has been named as the preferred bidder"


def test_titles_end_a_long_title_on_a_whole_phrase_after_the_trigger():
    sentence = (
        "The Ministry of Justice has appointed Seetec to manage probation services in the"
        " south-west and Wales, after the collapse of Working Links left three companies"
        " without an owner."
    )
    title = _title(sentence, "appointed")
    assert title == (
        "The Ministry of Justice has appointed Seetec to manage probation services in the"
        " south-west and Wales"
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "The weaknesses at the CRC, which had 8,136 offenders, led inspectors to rate it.",
            "to rate it",
            "The weaknesses at the CRC led inspectors to rate it",
        ),
        (
            "The Inspector welcomes action and publishes a damning report on Dorset, Devon and"
            " Cornwall CRC, a company of Working Links that went bust after years of losses.",
            "publishes",
            "The Inspector welcomes action and publishes a damning report on Dorset, Devon and"
            " Cornwall CRC",
        ),
    ],
)
def test_titles_commas_in_numbers_and_names_are_not_clause_ends(sentence, trigger, expected):
    assert _title(sentence, trigger) == expected
