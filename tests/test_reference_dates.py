"""A document's own date: each rule with the forms real pages use, and the order of the rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.documents import read_document
from timeline.extraction.reference_dates import (
    byline_date,
    reference_date,
    self_statement_date,
    url_date,
)
from timeline.extraction.sentences import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, 1)]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # blog bylines
        (["Sodexo wields the axe", "Posted: 31st March 2015 by Frank Ellery"], "2015-03-31"),
        (["Posted on 29th October 2014 by admin"], "2014-10-29"),
        # news page bylines, with times and bars
        (["Probation firms collapse", "Fri 15 Feb 2019 18.05 GMT"], "2019-02-15"),
        (["Business News | Tue Jan 16, 2018 | 2:47pm GMT"], "2018-01-16"),
        (["MARCH 15, 2019 / 5:47 PM / Updated 2 hours ago"], "2019-03-15"),
        (["By Local Democracy Reporter", "Oct 6, 2020"], "2020-10-06"),
        (["Dec 18, 2014"], "2014-12-18"),
        # report covers and statements
        (["HC 1002 SESSION 2017-2019 7 JUNE 2018"], "2018-06-07"),
        (["Date:     29 November 2013"], "2013-11-29"),
        (["House of Commons / Tuesday 2 April 2019"], "2019-04-02"),
        (["27 Jul 2018"], "2018-07-27"),
        # a regulatory announcement's release stamp
        (["Elli Finance (UK) plc", "Released 07:00 30-Apr-2019"], "2019-04-30"),
        (["RNS Number : 4821X", "27-Sep-2011"], "2011-09-27"),
        # a line of fields, the date one of them
        (
            ["House of Commons · Written Statement · Department of Health · Tuesday 2 July 2013"],
            "2013-07-02",
        ),
        (["By Jane Smith | 12 Jun 2018 | 3 min read"], "2018-06-12"),
        (["News • Business • Local • 4 March 2016"], "2016-03-04"),
        # datelines opening the first paragraph
        (["LONDON, 15 February 2019 — Working Links has gone into administration."], "2019-02-15"),
        (
            ["LONDON, Jan 16 (Reuters) - Britain widened its inquiry into the 2018 collapse."],
            "2018-01-16",
        ),
        (["CARDIFF, 15 Feb (PA) – The firm said in 2019 that it would close."], "2019-02-15"),
        # a wire's year-less dateline takes its byline's year, not a later one the body names
        (
            [
                "UK NEWS   MARCH 21, 2018 / 12:03 AM / UPDATED 9 HOURS AGO",
                "LONDON, March 21 (Meridian) - MPs said the contracts, due to end in 2022, failed.",
            ],
            "2018-03-21",
        ),
        # ... nor one the body names as an end or a plan, only as a time things happened
        (
            [
                "DONCASTER, Nov 14 (Newsdesk) - The operator handed back the franchise, which had "
                "been due to run until 2015, after it ran into trouble in 2009.",
            ],
            "2009-11-14",
        ),
        (
            [
                "LONDON, June 24 (Wire) - The company, whose contract runs to 2023, took over "
                "the line in 2018 and will hand it back by 2020.",
            ],
            "2018-06-24",
        ),
        # ... and a weekday its lead names is the day's: the first such year from the latest
        # the body tells (1 October 2025 was a Wednesday; 2022, 2023 and 2024 were not)
        (
            [
                "LONDON, Oct 1 (Wire) - A company that won two contracts in 2020 must repay the "
                "money, a judge ruled on Wednesday. The firm was sued in December 2022.",
            ],
            "2025-10-01",
        ),
        # a hard-wrapped story's short lines below its dateline are not its byline
        (
            [
                "LONDON, Oct 1 (Wire) - The firm must repay the money, a judge ruled on Wednesday.",
                "The gowns were rejected in September 2020.",
                "The firm was sued in December 2022.",
            ],
            "2025-10-01",
        ),
        (
            [
                "LONDON, Oct 1 (Wire) - The firm must repay the money, a judge ruled.",
                "The firm was sued in December 2022.",
            ],
            "2022-10-01",
        ),
        # ... or the day before it, as a wire files the next morning (14 September 2016 was a
        # Wednesday); "in May 2014" is a month, not "may"; a summary point above is no byline
        (
            [
                "UPDATE 2-Tax office drops contractor",
                "* The office will not extend the contract beyond May 2017",
                "LONDON, Sept 14 (Wire) - The office will not renew the contract, it said late on "
                "Tuesday. The firm signed the deal in May 2014.",
            ],
            "2016-09-14",
        ),
        # a wire's one-year copyright line gives a year-less dateline its year, before a
        # weekday counted from what the story names last ("what comes after 2024", he said)
        (
            [
                "LONDON, Dec 11 (Wire) - Capita said on Friday it had won an extension, signed "
                'in March 2012. "The harder question is what comes after 2024," he said.',
                "(c) Castlebridge Wire 2020. All rights reserved.",
            ],
            "2020-12-11",
        ),
        # a named field in a long line of fields: the circular's date
        (
            [
                "**Napo Ridings and Humber Branch** | Issued: 2 July 2021 | Circulation: all "
                "members, please share with non-members in your team",
            ],
            "2021-07-02",
        ),
        # a wire's slug line, its fields parted by dashes
        (
            ["SHIRE PRESS AGENCY -- HOME NEWS -- 29/07/2019 12:41 -- SPA 0417 (2nd lead)"],
            "2019-07-29",
        ),
        (["Eastern Wire — Business Desk — 3 March 2016 — Priority: routine"], "2016-03-03"),
    ],
)
def test_byline_date_reads_bylines_and_datelines(opening: list[str], expected: str) -> None:
    found = byline_date(_lines(*opening))
    assert found is not None and found.value.isoformat() == expected and found.rule == "byline"


@pytest.mark.parametrize(
    "opening",
    [
        ["The contracts were awarded on 5 December 2014 to the eight owners."],
        ["Half-year results for the six months ended 30 June 2017 and an update on trading"],
        ["Working Links went into administration in February 2019."],  # a month, not a day
        ["Related: Napo ballots members, 3 May 2018; Sodexo cuts jobs, 1 April 2015"],
        ["30 July - 9 August 2018"],  # the period an inspection covers
        ["Fieldwork: 3 to 14 June 2019"],
        ["Results for the year ended 31 December 2013"],  # the period the results cover
        ["Position as at 31 March 2019"],
        ["Councillors met on 5 September 2012 · to discuss the budget for the year ahead"],
        ["Branch news | Members met on 2 July 2021 to discuss the budget | Read more here"],
    ],
)
def test_byline_date_ignores_sentences_and_lists_that_name_dates(opening: list[str]) -> None:
    assert byline_date(_lines(*opening)) is None


def test_byline_date_prefers_the_published_date_to_the_updated_one() -> None:
    found = byline_date(_lines("Updated 3 March 2019", "First published 1 March 2019"))
    assert found is not None and found.value == dt.date(2019, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The report, published today (8 May 2019), finds that staff are overloaded.",
            "2019-05-08",
        ),
        ("Ministers announced this morning (16 May 2019) that supervision returns.", "2019-05-16"),
        ("In a circular issued today (12 June 2020) the union welcomed the news.", "2020-06-12"),
        (
            "The Official Receiver said today (Monday 12 March 2018) that 2,000 jobs had gone.",
            "2018-03-12",
        ),
        ("The committee published its report this afternoon (on 22 June 2018).", "2018-06-22"),
        ("This briefing was published on 18 May 2021. It will be updated.", "2021-05-18"),
        ("At the General Meeting held today, 15 March 2019, the resolutions failed.", "2019-03-15"),
        ("This report was first issued on 3 March 2020 by the union.", "2020-03-03"),
        ("This press release is dated 9 July 2019.", "2019-07-09"),
    ],
)
def test_self_statement_date_reads_today_with_its_date(text: str, expected: str) -> None:
    found = self_statement_date(_lines("Headline", text))
    assert found is not None and found.value.isoformat() == expected


def test_self_statement_needs_a_year() -> None:
    assert self_statement_date(_lines("The firm said today (Friday) that it would close.")) is None


@pytest.mark.parametrize(
    ("url", "expected", "precision"),
    [
        (
            "https://www.example.org.uk/2017/10/the-bail-out-nobody-voted-for/",
            "2017-10-01",
            "month",
        ),
        (
            "https://news.example.com/business/2019/02/15/working-links-collapse",
            "2019-02-15",
            "day",
        ),
        ("/blog/2024/05/private-prisons-step-ins", "2024-05-01", "month"),
        ("https://example.com/2018-07-27/probation-contracts-to-end-early", "2018-07-27", "day"),
    ],
)
def test_url_date_gives_the_precision_the_address_states(
    url: str, expected: str, precision: str
) -> None:
    found = url_date(url)
    assert found is not None and (found.value.isoformat(), found.precision) == (expected, precision)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gov.uk/government/news/probation-contracts-to-end-early",
        "https://example.com/reports/2019-annual-report",
        "https://example.com/2019/13/nonsense",
        None,
    ],
)
def test_url_date_finds_none_where_the_address_states_none(url: str | None) -> None:
    assert url_date(url) is None


def test_an_address_naming_a_day_in_the_month_a_byline_gives_gives_the_day() -> None:
    address = "https://daybook.example/2007/08/21/a-hundred-years/"
    found = reference_date(opening=[Line(0, "August 2007")], url=address)
    assert found is not None and (found.value, found.rule) == (dt.date(2007, 8, 21), "url")
    elsewhere = reference_date(opening=[Line(0, "July 2007")], url=address)
    assert elsewhere is not None and (elsewhere.value, elsewhere.rule) == (
        dt.date(2007, 7, 1),
        "byline",
    )  # a month the address does not fall in: the byline's, as found


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            [
                "Westminster Monitor - Justice & Home Affairs",
                "https://www.westminstermonitor.example/justice/2021/06/28/statement-summary/",
                "",
                "Home > Justice > Parliamentary summaries",
            ],
            ("2021-06-28", "day"),
        ),
        (  # a print's header line, address and page count
            ["News | Probation", "http://blog.example.org/2017/10/the-bail-out/", "Page 1 of 2"],
            ("2017-10-01", "month"),
        ),
        (["Home | About", "https://www.gov.uk/government/news/probation-reform"], None),
        (  # a label naming the address
            ["LORDS NOTES", "Permalink: https://notes.example/2024/07/29/debate/", "Filed under"],
            ("2024-07-29", "day"),
        ),
        (
            ["Weekly digest", "URL: https://digest.example/2016/05/statement/"],
            ("2016-05-01", "month"),
        ),
    ],
)
def test_a_page_saved_as_text_is_dated_by_the_address_on_its_own_line(
    tmp_path: Path, opening: list[str], expected: tuple[str, str] | None
) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text("\n".join([*opening, "", "The service went live on Saturday.", ""]))
    document = read_document(path)
    found = document.reference
    assert (None if found is None else (found.value.isoformat(), found.precision)) == expected
    address = next((line for line in opening if "://" in line), None)
    assert document.meta.url == (address and address[address.index("http") :])


def test_an_address_inside_a_sentence_is_no_page_address(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Read more at https://example.com/2019/02/15/collapse/ tomorrow.\n")
    assert read_document(path).meta.url is None


@pytest.mark.parametrize(
    ("value", "expected", "precision"),
    [
        (dt.date(2019, 3, 4), "2019-03-04", "day"),
        ("2019-03", "2019-03-01", "month"),
        (2014, "2014-01-01", "year"),
        ("2018-08-20T00:01:00+00:00", "2018-08-20", "day"),
        ("15 February 2019", "2019-02-15", "day"),
    ],
)
def test_front_matter_date_keeps_its_precision(
    value: object, expected: str, precision: str
) -> None:
    found = reference_date(front_matter=value)
    assert found is not None
    assert (found.value.isoformat(), found.precision, found.rule) == (
        expected,
        precision,
        "front_matter",
    )


def test_rules_apply_in_order_front_matter_first() -> None:
    lines = _lines("Posted: 3rd March 2015 by A. Writer", "published today (4 March 2015)")
    every = {
        "front_matter": "2015-03-01",
        "meta_date": dt.date(2015, 3, 2),
        "lines": lines,
        "url": "https://example.org/2015/03/05/post",
        "path": Path("2015-03-06-post.txt"),
        "option": dt.date(2015, 3, 7),
    }
    order = [
        ("front_matter", 1),
        ("meta_date", 2),
        ("lines", 3),
        ("url", 5),
        ("path", 6),
        ("option", 7),
    ]
    for index, (field, day) in enumerate(order):
        given = {name: every[name] for name, _ in order[index:]}
        found = reference_date(**given)
        assert found is not None and found.value.day == day, field
    only_statement = reference_date(lines=_lines("Headline", "published today (4 March 2015)"))
    assert only_statement is not None and only_statement.rule == "self_statement"


def test_document_with_a_month_only_date_dates_its_relative_dates_to_the_month(
    tmp_path: Path,
) -> None:
    page = tmp_path / "inspection.md"
    page.write_text(
        "---\ndate: 2019-03\n---\n# Inspection of a CRC\n\n"
        "Inspectors visited last week and rated the CRC Inadequate.\n",
        encoding="utf-8",
    )
    document = read_document(page)
    post = document.posts[0]
    assert document.reference is not None and document.reference.rule == "front_matter"
    assert str(post.posted) == "2019-03"


def test_document_with_no_date_anywhere_warns_and_names_the_rules(tmp_path: Path) -> None:
    page = tmp_path / "briefing.txt"
    page.write_text("A briefing\n\nThe contracts were awarded in December 2014.\n")
    document = read_document(page)
    assert document.reference is None
    assert any("no reference date" in warning for warning in document.warnings)


_PAGE = """<!doctype html><html><head><title>Probation news</title>{head}</head><body>
<nav>Home | News</nav><article><h1>Working Links enters administration</h1>{body}
<p>Working Links, which runs three community rehabilitation companies, has gone into
administration, the Ministry of Justice said, and Seetec will take over its contracts.</p>
<p>The company blamed the terms of its contracts for the losses it made over four years.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ('<meta property="article:published_time" content="2019-02-15T09:30:00+00:00">', ""),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "datePublished": "2019-02-15"}</script>',
            "",
        ),
        ('<meta name="date" content="2019-02-15">', ""),
    ],
)
def test_metadata_date_of_a_web_page_is_its_reference(tmp_path, head, body):
    page = tmp_path / "page.html"
    page.write_text(_PAGE.format(head=head, body=body), encoding="utf-8")
    document = read_document(page)
    assert document.reference is not None
    assert (document.reference.value, document.reference.rule) == (
        dt.date(2019, 2, 15),
        "metadata",
    )


@pytest.mark.parametrize(
    "stamp",
    [
        '<div class="meta"><p>Regulatory announcement</p><p>Released 07:00 15-Feb-2019</p></div>',
        "<header><dl><dt>Published</dt><dd>15 February 2019</dd></dl></header>",
        '<p class="meta">Ministry of Justice · Press release · Friday 15 February 2019</p>',
    ],
)
def test_a_byline_outside_the_main_text_dates_the_page(tmp_path, stamp):
    page = tmp_path / "page.html"
    page.write_text(_PAGE.replace("<article>", stamp + "<article>").format(head="", body=""))
    reference = read_document(page).reference
    assert reference is not None
    assert (reference.value, reference.rule) == (dt.date(2019, 2, 15), "byline")


def test_a_date_the_body_names_is_not_the_pages_metadata(tmp_path):
    later = "<p>An independent sales process will be launched on 3 May 2019.</p>"
    stamp = "<div><p>Issuer news</p><p>Released 07:00 30-Apr-2019</p></div><article>"
    page = tmp_path / "page.html"
    page.write_text(_PAGE.replace("<article>", stamp).format(head="", body=later))
    reference = read_document(page).reference
    assert reference is not None
    assert (reference.value, reference.rule) == (dt.date(2019, 4, 30), "byline")


def test_a_month_address_gives_a_month_not_htmldates_first_of_the_month(tmp_path):
    link = '<link rel="canonical" href="https://example.org/news/2016/10/through-the-gate/">'
    page = tmp_path / "page.html"
    page.write_text(_PAGE.format(head=link, body=""), encoding="utf-8")
    reference = read_document(page).reference
    assert reference is not None
    assert (reference.value, reference.precision, reference.rule) == (
        dt.date(2016, 10, 1),
        "month",
        "url",
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2019-02-15-working-links.txt", "2019-02-15"),
        ("2014-10-29 preferred bidders.md", "2014-10-29"),
        ("2021-06-26_unification.txt", "2021-06-26"),
    ],
)
def test_file_name_date_dates_a_document_with_no_other(tmp_path, name, expected):
    page = tmp_path / name
    page.write_text("A note\n\nThe contracts changed hands.\n", encoding="utf-8")
    document = read_document(page)
    assert document.reference is not None and document.reference.rule == "file_name"
    assert document.reference.value.isoformat() == expected


@pytest.mark.parametrize("given", ["2019-02-15", "2014-10-29", "2021-06-26"])
def test_option_dates_a_document_with_nothing_else(tmp_path, given):
    page = tmp_path / "note.txt"
    page.write_text("A note\n\nThe contracts changed hands.\n", encoding="utf-8")
    document = read_document(page, default_date=dt.date.fromisoformat(given))
    assert document.reference is not None and document.reference.rule == "option"
    assert document.reference.value.isoformat() == given


@pytest.mark.parametrize(
    ("month", "text", "expected"),
    [
        # a year-less day in the document's own month may be any of its days: the month
        ("2016-10", "On 12 October the minister answered a written question.", "2016-10"),
        # with its weekday, it is the year whose day falls on that weekday
        ("2019-11", "The minister told MPs on Tuesday 5 November that it would end.", "2019-11-05"),
        ("2019-11", "The minister told MPs on Monday 5 November that it would end.", "2018-11-05"),
        # before the document's month, it is that day whichever day of the month was meant
        ("2024-10", "MPs approved the draft order after a division on 25 July.", "2024-07-25"),
    ],
)
def test_a_year_less_day_in_a_month_only_document(tmp_path, month, text, expected):
    from timeline.extraction.date_choice import post_dates

    page = tmp_path / "notes.md"
    page.write_text(f"---\ndate: {month}\n---\n# Notes\n\nA body line.\n", encoding="utf-8")
    post = read_document(page).posts[0]
    assert [str(m.value) for m in post_dates(text, post)] == [expected]


def test_a_blogs_permalink_under_its_post_dates_the_page(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    paragraph = (
        "The arbitrator found for the supplier, and the department will pay the bill in full,"
        " with interest, after six years of argument over who broke the contract.\n\n"
    )
    path.write_text(
        "A bill we may never see\n\n"
        + paragraph * 12
        + "Permalink: https://blog.example/2014/07/26/a-bill/\n"
    )
    found = read_document(path).reference
    assert (found.value.isoformat(), found.precision) == ("2014-07-26", "day")


@pytest.mark.parametrize(
    "label",
    ["Permalink:", "Link to this story:", "Permanent link", "Article URL:", "Share this story:"],
)
def test_a_blogs_permalink_in_its_html_footer_dates_the_page(tmp_path: Path, label: str) -> None:
    """The footer is not main text, yet its "Permalink:" is the page's own address."""
    path = tmp_path / "post.html"
    paragraph = (
        "<p>The arbitrator found for the supplier, and the department will pay the bill in full,"
        " with interest, after six years of argument over who broke the contract.</p>\n"
    )
    path.write_text(
        "<html><head><title>A bill we may never see</title></head><body><article>"
        "<h1>A bill we may never see</h1>\n"
        + paragraph
        * 12
        + '<footer><p class="share">Share this: <a href="#">Twitter</a></p>'
        f"<p>{label} https://blog.example/2014/07/26/a-bill/</p></footer>"
        "</article></body></html>\n"
    )
    document = read_document(path)
    assert document.meta.url == "https://blog.example/2014/07/26/a-bill/"
    assert (document.reference.value.isoformat(), document.reference.precision) == (
        "2014-07-26",
        "day",
    )


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Merseyside Patients' Voice Forum, Liverpool, 7 June 2019", "2019-06-07"),
        ("Issued by the branch committee, Cardiff, 3 March 2016.", "2016-03-03"),
        ("The Secretary, Tenants' Federation, 12 JANUARY 2018", "2018-01-12"),
    ],
)
def test_byline_date_reads_the_day_a_statement_is_signed_off_with(closing, expected):
    lines = _lines("STATEMENT ON THE NEW INVESTIGATION", "We welcome the news.", "ENDS", closing)
    found = byline_date(lines)
    assert found is not None and found.value.isoformat() == expected


def test_a_sentence_ending_on_a_date_is_no_sign_off():
    lines = _lines("STATEMENT", "The council said it would decide by the meeting of 7 June 2019.")
    assert byline_date(lines) is None


def test_a_day_the_text_states_beats_a_month_its_page_chrome_names():
    reference = reference_date(
        lines=_lines("The forum has issued today (Friday 12 June 2015) the following statement."),
        opening=_lines("Archives", "June 2015", "May 2015"),
    )
    assert (reference.value, reference.rule) == (dt.date(2015, 6, 12), "self_statement")
