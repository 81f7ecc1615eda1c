"""What a sentence denies or only asks about is no happening: "Neither company has paid",
"but none was announced", "three years without a pay rise", "asked whether the contract had
been let"; what it asks the reason for ("why the contract had been let") happened."""

import datetime as dt

import pytest
from factories import sentence_candidates

POSTED = dt.date(2023, 6, 16)


def _types(recogniser, text: str) -> set[str]:
    return {candidate.type for candidate in sentence_candidates(recogniser, text, POSTED)}


@pytest.mark.parametrize(
    ("denied", "told", "type_"),
    [
        (
            "Neither company has paid compensation under the agreements signed in March 2020.",
            "The company paid compensation of £2m under the agreement signed in March 2020.",
            "funding_changed",
        ),
        (
            "Further inquiries are possible, the regulator said, but none was announced on"
            " Thursday.",
            "Further inquiries are possible, the regulator said, and one was announced on"
            " Thursday.",
            "policy_announced",
        ),
        (
            "By the summer of 2022 drivers had gone three years without a pay rise.",
            "In the summer of 2022 drivers won a pay rise.",
            "pay_deal",
        ),
        (  # a thing named for those who do it tells no one did it
            "GPS tags for people leaving prison after burglary became compulsory in April.",
            "Bendall left prison in September 2020 under more than 40 licence conditions.",
            "legal_action",
        ),
        (  # advice to write something down is no write-down; a sum written down is one
            "My advice to other administrators: write down, today, how your checks now work.",
            "In March the company wrote down £200m of goodwill.",
            "funding_changed",
        ),
        (  # a body due to do it has not done it, whatever its name's aside
            "Later this month the review, chaired by a former minister, is due to publish its"
            " final report.",
            "Earlier this month the review, chaired by a former minister, published its final"
            " report.",
            "report_published",
        ),
        (
            "In March 2019 MPs asked whether the contract had been let.",
            "In March 2019 MPs asked why the contract had been let.",
            "contract_awarded",
        ),
        (  # a minister sacked in a reshuffle ends no contract; a firm sacked does
            "Charles Clarke was sacked as Home Secretary in May 2006.",
            "In July 2010 the new government sacked Raytheon.",
            "contract_terminated",
        ),
        (  # reports no one made, after a preposition, report nothing; a body's do
            "In January the union protested after reports that 535 staff had tested positive.",
            "In January the National Audit Office reported that 535 staff had tested positive.",
            "report_published",
        ),
        (  # a design contract awarded is a contract, not funding; money awarded is funding
            "In April 2013 Transport for London awarded the £60,000 design contract to a studio.",
            "In May 2023 the Ministry of Justice awarded £15m to 40 women's centres.",
            "funding_changed",
        ),
        (  # a body's area passing to another is no sale; a company passing to its owner is
            "In January the coastguard centre closed, with its area passing to Holyhead.",
            "In January the company passed to its new owner, Purple Futures.",
            "ownership_changed",
        ),
        (  # a factory closed on one day a week is a notice, not a closure
            "The Remploy factory is closed on Fridays.",
            "The last Remploy factories closed on 31 October 2013.",
            "job_cuts",
        ),
    ],
)
def test_a_happening_denied_or_asked_about_is_no_event(recogniser, denied, told, type_):
    assert type_ not in _types(recogniser, denied)
    assert type_ in _types(recogniser, told)


def test_for_now_at_least_leaves_a_headline_whole(recogniser):
    text = "In May 2022 the ministry decided that, for now at least, the public sector will do it."
    titles = [c.title for c in sentence_candidates(recogniser, text, POSTED)]
    assert titles == ["Ministry decides the public sector will do it"]
