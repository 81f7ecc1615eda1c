"""Journalists' phrasings of happenings, each sentence told in a post of 15 February 2019: the
event of the expected type it gives, dated and titled (the frame extractor's table of everyday
news forms; tests/test_frame_events.py tests its mechanisms)."""

import datetime as dt

import pytest

from timeline.extraction.documents import Post, Sentence
from timeline.extraction.frame_events import Subject

POST = Post(title="A post", post_date=dt.date(2019, 2, 15), line=1, sentences=[], comments=[])


def _found(recogniser, text):
    return recogniser.sentence_candidates(Sentence(text, 3), POST, "doc.txt", Subject(), lead=False)


@pytest.mark.parametrize(
    ("text", "type_", "date", "title"),
    [
        (
            "The council is reviewing the contract to run HMP Altcourse, which was awarded in "
            "2012, after a string of failures.",
            "contract_awarded",
            "2012",
            "Contract for HMP Altcourse awarded",
        ),
        (
            "The council will review the contract to run HMP Altcourse, which was awarded in 2012.",
            "contract_awarded",
            "2012",
            "Contract for HMP Altcourse awarded",
        ),
        (
            "The depot was handed to Kier in 2013 on a ten-year contract.",
            "contract_awarded",
            "2013",
            "Kier wins contract",
        ),
        (
            "Staff had warned of unrest long before the riot of May 2017.",
            "service_restructured",
            "2017-05",
            "Riot breaks out",
        ),
        (
            "The reforms introduced in 2016 were meant to cut reoffending.",
            "service_restructured",
            "2016",
            "Reforms introduced",
        ),
        (
            "Officials said on 3 March 2020 that the procurement had been halted.",
            "policy_announced",
            "2020-03-03",
            "Competition halted",
        ),
        (  # "**" passes over an infinitive the pattern does not name
            "The competition to appoint new providers was stopped on 2 June 2020.",
            "policy_announced",
            "2020-06-02",
            "Competition halted",
        ),
        (  # the verb is "intends", not a past "cut" after "to"
            "Napo learned on 3 February 2019 that Sodexo intends to cut 200 jobs.",
            "job_cuts",
            "2019-02-03",
            "Sodexo plans job cuts",
        ),
        (
            "It won two contracts worth £90m, awarded to Kier in June 2016.",
            "contract_awarded",
            "2016-06",
            "Two contracts awarded to Kier",
        ),
        (
            "The new company, Probation Services Limited, was announced on 3 March 2020.",
            "service_restructured",
            "2020-03-03",
            "Probation Services Limited set up",
        ),
        (
            "Critics point to a dividend paid in May 2016 that the firm could not afford.",
            "funding_changed",
            "2016-05",
            "Dividend paid",
        ),
        (
            "Its finance director gave an undertaking in March 2021 not to act as a director.",
            "legal_action",
            "2021-03",
            "Disqualification undertaking given",
        ),
        (
            "Staff have complained since the split of the service in June 2014.",
            "service_restructured",
            "2014-06",
            "Probation service split into NPS and 21 CRCs",
        ),
        (
            "On 3 March 2020 the Justice Committee said it would hold an inquiry into the sale.",
            "parliamentary",
            "2020-03-03",
            "Justice Committee to launch inquiry into the sale",
        ),
        (
            "The council held a competition in 2019 and chose Kier, which runs the depot.",
            "contract_awarded",
            "2019",
            "Kier selected for contract",
        ),
        (
            "Its own HMP Altcourse was the subject of an ITV investigation in 2016.",
            "report_published",
            "2016",
            "HMP Altcourse investigated",
        ),
        (
            "A data-sharing protocol was agreed between the two inspectorates in May 2019.",
            "policy_announced",
            "2019-05",
            "Protocol agreed",
        ),
        (
            "On 3 May 2019 HMPPS took over the running of HMP Altcourse from Sodexo.",
            "service_restructured",
            "2019-05-03",
            "HMPPS steps in to run HMP Altcourse",
        ),
        (
            "In a letter to the minister dated 3 February, which is published today, the "
            "inspector sets out the evidence.",
            "report_published",
            "2019-02-03",
            "Letter sent",
        ),
        (
            "Unpaid work moved into the NPS in March 2020.",
            "service_restructured",
            "2020-03",
            "Probation work moves into the NPS",
        ),
        (
            "Nothing changed until the inspectorate's urgent notification in May 2018.",
            "report_published",
            "2018-05",
            "Urgent notification issued",
        ),
        (  # the post the sentence names heads the appointment, abbreviated as headlines do
            "Dr Jo Farrar has been appointed as the next Chief Executive of HM Prison and "
            "Probation Service (HMPPS) on 7 February 2019.",
            "appointment",
            "2019-02-07",
            "Jo Farrar appointed Chief Executive of HMPPS",
        ),
        (  # the hedge after ", and" is another clause's
            "The committee published its second report on NHS Test and Trace on 27 October "
            "2021, and if you were hoping for a change of tone you will be disappointed.",
            "report_published",
            "2021-10-27",
            "Committee publishes its second report on NHS Test and Trace",
        ),
        (
            "The national tracing system went live on 28 May 2020.",
            "service_restructured",
            "2020-05-28",
            "National tracing system goes live",
        ),
        (  # a verb joined on in the perfect is no headline's
            "Five men were arrested by Kent Police in January 2016 and have been released.",
            "legal_action",
            "2016-01",
            "Five men arrested by Kent Police",
        ),
        (
            "The school replaces Medway Secure Training Centre, which closed its doors in March "
            "2020.",
            "service_restructured",
            "2020-03",
            "Medway Secure Training Centre closes",
        ),
        (
            "On 30 June 2016 the probation unions registered a formal dispute with senior CRC "
            "management over the job cuts.",
            "industrial_action",
            "2016-06-30",
            "Probation unions register a formal dispute with senior CRC management",
        ),
        (
            "In June 2014 the 35 probation trusts were replaced by a public National Probation "
            "Service.",
            "service_restructured",
            "2014-06",
            "35 probation trusts replaced by a public National Probation Service",
        ),
        (
            "Serco's contract, worth 108 million pounds, was awarded directly in May 2020.",
            "contract_awarded",
            "2020-05",
            "Serco wins contract",
        ),
        (
            "On 26 February 2016 G4S said it would sell its children's services business.",
            "ownership_changed",
            "2016-02-26",
            "G4S to sell its children's services business",
        ),
        (
            "In January 2016 an undercover BBC Panorama programme showed staff using force.",
            "report_published",
            "2016-01",
            "Undercover BBC Panorama programme shows staff using force",
        ),
        (
            "On 24 January 2023 the minister announced an extra £5.5 million a year for staff.",
            "funding_changed",
            "2023-01-24",
            "Extra £5.5m announced",
        ),
        (
            "The Justice Secretary made a statement on 16 May 2019 setting out the government's "
            "response to its consultation.",
            "policy_announced",
            "2019-05-16",
            "MoJ sets out consultation response",
        ),
        (  # a past tense that is never a participle is the headline's verb
            "Learndirect went to the High Court in 2017 to stop the findings being published.",
            "legal_action",
            "2017",
            "Learndirect goes to the High Court to stop the findings being published",
        ),
        (  # the hedge is the sentence's; the report is told in an aside
            "The Commons public accounts committee, which criticised the deal in a report in "
            "2013, is "
            "likely to want to question those involved.",
            "report_published",
            "2013",
            "Commons public accounts committee criticises the deal in a report",
        ),
        (
            "In August 2014 Serco said it would pull out of NHS clinical services altogether.",
            "contract_terminated",
            "2014-08",
            "Serco to pull out of services",
        ),
        (
            "Ministers announced in July 2018 that the contracts would be ended two years early.",
            "contract_terminated",
            "2018-07",
            "Contracts to end early",
        ),
        (
            "On 5 October 2018 ministers served notice that the franchise would end in June.",
            "contract_terminated",
            "2018-10-05",
            "Notice served to end contract",  # which ministry's, the sentence does not say
        ),
        (  # a judge who rules: "judge" is no verb rating anything
            "A High Court judge ruled on 16 December 2019 that the Horizon system had bugs.",
            "legal_action",
            "2019-12-16",
            "High Court rules",
        ),
        (
            "Six earlier convictions were overturned at Southwark Crown Court in December 2020.",
            "legal_action",
            "2020-12",
            "Convictions quashed",
        ),
        (
            "Caledonian Sleeper services were taken into public ownership on 1 February 2019.",
            "ownership_changed",
            "2019-02-01",
            "Caledonian Sleeper moves into public ownership",
        ),
        (
            "In November 2023 the Post Office extended Fujitsu's contract to support two "
            "datacentres.",
            "contract_awarded",
            "2023-11",
            "Post Office extends contract to support two datacentres",
        ),
        (
            "In June 2021 the National Probation Service and the 21 companies were merged.",
            "service_restructured",
            "2021-06",
            "Services merged",
        ),
        (
            "On 28 March 2023 an MP asked the Justice Secretary what he was doing about caseloads.",
            "parliamentary",
            "2023-03-28",
            "MoJ questioned in Parliament",
        ),
        (  # a "when" clause happens with the happening before it, and shares its date
            "On 16 January 2019 the firm's director apologised when he appeared before the "
            "Commons Business and Trade Committee.",
            "parliamentary",
            "2019-01-16",
            "Commons Business and Trade Committee hears evidence",
        ),
        (  # a verb group joined on, and its negation, never half-cut into a headline
            "On 10 February 2019 the Fort William trains were cancelled and will not run until "
            "March at the earliest.",
            "service_restructured",
            "2019-02-10",
            "Fort William trains cancelled",
        ),
        (  # a date opening with "from" goes; the clause heads
            "From 22 January 2019 the timetable was cut to a single train each way.",
            "service_restructured",
            "2019-01-22",
            "Timetable cut to a single train each way",
        ),
        (  # "agreed to seek": a past tense before an infinitive is the headline's verb
            "In January 2019 the unions agreed to seek a reopening of the award and put in a "
            "joint claim for a 12 per cent rise.",
            "pay_deal",
            "2019-01",
            "Unions agree to seek a reopening of the award and put in a joint claim",
        ),
        (  # a payment to settle is the settlement, dated by the agreeing
            "On 11 February the Post Office agreed to pay £57.75m to settle the group claim.",
            "legal_action",
            "2019-02-11",
            "Post Office settles group claim",
        ),
        (  # a minister's "I" is no one named: the consultation is still told, and says which
            "On 27 July 2018 I launched a consultation on the future of probation.",
            "policy_announced",
            "2018-07-27",
            "Consultation on the future of probation launched",
        ),
        (  # the body after "by" publishes
            "London CRC has continued to improve, according to a report published on 21 January "
            "2019 by HM Inspectorate of Probation.",
            "report_published",
            "2019-01-21",
            "HM Inspectorate of Probation publishes report",
        ),
        (
            "Liz Truss became justice secretary in July 2016.",
            "appointment",
            "2016-07",
            "Liz Truss becomes justice secretary",
        ),
    ],
)
def test_journalists_phrasings_of_happenings(recogniser, text, type_, date, title):
    found = [c for c in _found(recogniser, text) if c.type == type_]
    assert [(str(c.date), c.title) for c in found] == [(date, title)]


def test_a_hedge_in_what_was_told_leaves_the_telling_alone(recogniser):
    text = (
        "Some 2,000 tenants were not sent letters they should have received, the minister told"
        " MPs on Tuesday."
    )
    assert [(c.type, str(c.date)) for c in _found(recogniser, text)] == [
        ("parliamentary", "2019-02-12")
    ]
    conditional = "The ministry should tell MPs on Tuesday."
    assert _found(recogniser, conditional) == []


def test_whether_after_a_frame_asks_what_follows_it(recogniser):
    text = (
        "On 4 February the Home Office set up a panel with the regulator to work out whether"
        " any tenant had come to harm."
    )
    found = [(c.type, str(c.date)) for c in _found(recogniser, text)]
    assert found == [("policy_announced", "2019-02-04")]
    asked = "The Home Office is considering whether it should set up a panel in March."
    assert _found(recogniser, asked) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("His report, published in March, made ten recommendations.", "Report published"),
        (
            "Part one of the review, published in January, found failings.",
            "Part one of the review published",
        ),
    ],
)
def test_a_participle_phrase_headline_opens_on_its_noun_never_a_pronoun(recogniser, text, title):
    assert [c.title for c in _found(recogniser, text)][:1] == [title]


def test_no_before_a_frames_noun_denies_it(recogniser):
    denied = _found(recogniser, "She was told on Monday that no hunger strike was taking place.")
    assert [c for c in denied if c.type == "industrial_action"] == []
    found = _found(recogniser, "Hunger strikes took place at the centre on Monday.")
    assert [c.type for c in found] == ["industrial_action"]
