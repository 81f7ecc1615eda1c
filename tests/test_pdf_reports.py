"""Reports as PDFs lay their text out: a cover with its date, running headers and footers,
paragraphs wrapped and words hyphenated at line ends, tables of dated rows."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import pdf_bytes

from timeline.extraction.documents import read_document

D = dt.date


def _sentences(path) -> list[str]:
    return [s.text for post in read_document(path).posts for s in post.sentences]


@pytest.mark.parametrize(
    ("cover", "expected", "precision"),
    [
        ("Published: 18 February 2015", D(2015, 2, 18), "day"),
        ("HM Inspectorate of Probation, August 2019", D(2019, 8, 1), "month"),
        ("August 2019", D(2019, 8, 1), "month"),
    ],
)
def test_reading_a_pdf_report_is_dated_by_its_cover_before_its_file_date(
    tmp_path, cover, expected, precision
):
    page = f"An inspection of probation services\n{cover}\n\nThe CRC was rated Good."
    data = pdf_bytes([page], title="Inspection", created="20190301120000Z")
    reference = read_document(_written(tmp_path, data)).reference
    assert (reference.value, reference.precision, reference.rule) == (expected, precision, "byline")


def _written(tmp_path, data: bytes):
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return path


def test_a_word_hyphenated_at_a_line_end_is_whole_again(tmp_path):
    page = (
        "Progress review\n\nIn May 2019 the govern-\nment announced that the NPS would take over."
        " It was a well-\nknown plan."
    )
    sentences = _sentences(_written(tmp_path, pdf_bytes([page])))
    assert sentences == [
        "In May 2019 the government announced that the NPS would take over.",
        "It was a well-known plan.",
    ]


def test_a_table_of_dated_rows_gives_a_sentence_per_row(tmp_path):
    page = "\n".join(
        [
            "Key dates",
            "-" * 70,
            "May 2013 Ministry publishes Transforming Rehabilitation: A Strategy for Reform",
            "1 June 2014 The NPS and 21 CRCs replace the 35 probation trusts in England and Wales",
            "1 February 2015 Ownership of the 21 CRCs passes to eight providers",
        ]
    )
    sentences = _sentences(_written(tmp_path, pdf_bytes([page])))
    assert sentences[-3:] == [
        "May 2013 Ministry publishes Transforming Rehabilitation: A Strategy for Reform",
        "1 June 2014 The NPS and 21 CRCs replace the 35 probation trusts in England and Wales",
        "1 February 2015 Ownership of the 21 CRCs passes to eight providers",
    ]


def test_a_wrapped_sentence_with_a_date_opening_its_second_line_stays_one(tmp_path):
    page = (
        "Progress review\n\nThe reforms were announced in a long sentence that runs on past sixty"
        " characters in\nMay 2013 and then it stopped."
    )
    assert _sentences(_written(tmp_path, pdf_bytes([page])))[-1].endswith(
        "in May 2013 and then it stopped."
    )


def test_a_table_with_a_date_column_gives_a_sentence_per_row(tmp_path):
    page = "\n".join(
        [
            "Ratings published this year",
            "Merseyside CRC Purple Futures September 2018 Requires improvement",
            "Dorset, Devon and Cornwall CRC Working Links February 2019 Inadequate",
            "The reforms were reviewed by the government over the summer, and on 27 July 2018",
            "Justice Secretary David Gauke announced that all CRC contracts would end early.",
        ]
    )
    sentences = _sentences(_written(tmp_path, pdf_bytes([page])))
    assert sentences[-3:] == [
        "Merseyside CRC Purple Futures September 2018 Requires improvement",
        "Dorset, Devon and Cornwall CRC Working Links February 2019 Inadequate",
        "The reforms were reviewed by the government over the summer, and on 27 July 2018 Justice"
        " Secretary David Gauke announced that all CRC contracts would end early.",
    ]


def test_a_running_head_and_foot_leave_the_paragraphs_they_break(tmp_path):
    head = "Briefing Paper 7 | Offenders: a chronology"
    pages = [
        f"{head}\nMay 2022\n\n1 March 2020. The first act receives Royal Assent.\nPage 1 of 3",
        f"{head}\n2 April 2020. The second act receives Royal Assent.\nPage 2 of 3",
        f"{head}\n3 May 2020. The third act receives Royal Assent.\nPage 3 of 3",
    ]
    path = tmp_path / "briefing.pdf"
    path.write_bytes(pdf_bytes(pages))
    texts = [s.text for post in read_document(path).posts for s in post.sentences]
    assert "2 April 2020. The second act receives Royal Assent." in texts
    assert "3 May 2020. The third act receives Royal Assent." in texts
    assert not any("Page 2" in text or "Page 3" in text for text in texts)
