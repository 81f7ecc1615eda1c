"""One judge of a headline subject's number, for templates and for clauses alike."""

import pytest

from timeline.extraction.headline_tense import present_tense
from timeline.extraction.plural_subjects import plural_name


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "The Parole Board Rules came into force in July",
            "The Parole Board Rules come into force in July",
        ),
        ("Sodexo and Interserve won contracts", "Sodexo and Interserve win contracts"),
        ("Probation staff walked out", "Probation staff walk out"),
        (
            "The Science and Technology Committee criticised it",
            "The Science and Technology Committee criticises it",
        ),
        (
            "The chief inspector of probation for England and Wales has resigned",
            "The chief inspector of probation for England and Wales resigns",
        ),
        (
            "Three of the same inspectorates published a review",
            "Three of the same inspectorates publish a review",
        ),
        (
            "The Prisons and Probation Ombudsman published a bulletin",
            "The Prisons and Probation Ombudsman publishes a bulletin",
        ),
        (
            "The Work and Pensions Secretary announced a review",
            "The Work and Pensions Secretary announces a review",
        ),
        ("The companies that took over probation", "The companies that take over probation"),
        ("The company that took over probation", "The company that takes over probation"),
        ("Inspectors who visited the company", "Inspectors who visit the company"),
        # a counted noun English may not know is plural by its count
        (
            "The two inspectorates published their second report",
            "The two inspectorates publish their second report",
        ),
        ("The status published a review", "The status publishes a review"),
        # a lower-case word English knows neither as itself nor by its lemma, ending in "s"
        ("The inspectorates published a report", "The inspectorates publish a report"),
        ("HMPPS published a report", "HMPPS publishes a report"),
    ],
)
def test_a_clauses_verb_agrees_with_the_number_its_subject_names(clause, expected):
    assert present_tense(clause) == expected


@pytest.mark.parametrize(
    ("name", "plural"),
    [
        ("Parole Board Rules", True),
        ("Criminal Procedure Rules", True),
        ("Committee for Standards", False),
        ("Sodexo", False),
    ],
)
def test_a_set_of_rules_is_plural_by_its_name(name, plural):
    assert plural_name(name) is plural


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("First of three pilots opened", "First of three pilots opens"),
        ("The two services ended on 26 June", "The two services end on 26 June"),
        ("Inspectors also published a report", "Inspectors publish a report"),
    ],
)
def test_the_subjects_first_word_and_a_verb_before_a_preposition_are_read_as_written(
    clause, expected
):
    assert present_tense(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "The Victims and Prisoners Act received Royal Assent",
            "The Victims and Prisoners Act receives",
        ),
        ("The Crime and Disorder Act came into force", "The Crime and Disorder Act comes"),
        ("Serco and Sodexo received fines", "Serco and Sodexo receive"),
    ],
)
def test_a_name_with_and_whose_head_is_one_thing_takes_a_singular_verb(clause, expected):
    assert present_tense(clause).startswith(expected)
