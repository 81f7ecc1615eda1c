"""Validation of events.yaml text: every problem, with its line, column and path."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.store.validate import Problem, check_events, check_text, needs_full_parser, suggest
from timeline.vocabulary import load_vocabulary

FIXTURES = Path(__file__).parent / "fixtures" / "store"
PLAIN = "events.yaml holds plain data"

GOOD_EVENT = """\
  - id: wl-collapse
    date: "2019-02-15"
    type: company_collapsed
    title: Working Links enters administration
    crcs: [Wales]
    owners: [Working Links]
"""


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(FIXTURES)


def events_text(*events: str) -> str:
    return "version: 1\nevents:\n" + "".join(events)


def only_problem(text: str, vocabulary) -> Problem:
    problems = check_text(text, "events.yaml", vocabulary)
    assert len(problems) == 1, problems
    return problems[0]


def test_validate_good_file_has_no_problems(vocabulary):
    events_file, problems = check_events(events_text(GOOD_EVENT), "events.yaml", vocabulary)
    assert problems == []
    assert [event.id for event in events_file.events] == ["wl-collapse"]


def test_validate_empty_file_is_an_empty_timeline(vocabulary):
    events_file, problems = check_events("", "events.yaml", vocabulary)
    assert problems == [] and events_file.events == []


@pytest.mark.parametrize(
    ("replace", "by", "line", "column", "path", "message"),
    [
        (
            '"2019-02-15"',
            '"2019-02-30"',
            4,
            5,
            "events[0].date",
            '"2019-02-30" is not a valid date',
        ),
        ('"2019-02-15"', '"2019-13"', 4, 5, "events[0].date", '"2019-13" is not a valid date'),
        ('"2019-02-15"', '"Feb 2019"', 4, 5, "events[0].date", "not a date of the form YYYY"),
        (
            "    title:",
            "    titel:",
            6,
            5,
            "events[0].titel",
            'unknown field "titel" (did you mean "title"?)',
        ),
        (
            "company_collapsed",
            "company_colapsed",
            5,
            5,
            "events[0].type",
            'unknown event type "company_colapsed" (did you mean "company_collapsed"?)',
        ),
        (
            "[Wales]",
            "[Wales, Dorset Devon & Cornwal]",
            7,
            19,
            "events[0].crcs[1]",
            'unknown CRC "Dorset Devon & Cornwal" (did you mean "Dorset, Devon and Cornwall"?)',
        ),
        (
            "[Wales]",
            "[DDC]",
            7,
            12,
            "events[0].crcs[0]",
            '"DDC" is another name for the CRC "Dorset, Devon and Cornwall"',
        ),
        (
            "[Working Links]",
            "[Seetek]",
            8,
            14,
            "events[0].owners[0]",
            'unknown owner "Seetek" (did you mean "Seetec"?)',
        ),
        (
            "    crcs: [Wales]\n",
            '    crcs: [Wales]\n    end: "2018"\n',
            8,
            5,
            "events[0].end",
            'end "2018" is before the start "2019-02-15"',
        ),
        (
            "    type: company_collapsed\n",
            "",
            3,
            5,
            "events[0].type",
            'required field "type" is missing',
        ),
        (
            "[Working Links]",
            "{name: Working Links}",
            8,
            5,
            "events[0].owners",
            "expected a list, found a mapping",
        ),
        (
            "    crcs: [Wales]\n",
            "    crcs: [Wales]\n    rating: Great\n",
            8,
            5,
            "events[0].rating",
            'unknown rating "Great"',
        ),
        (
            "    crcs: [Wales]\n",
            "    crcs: [Wales]\n    title: Again\n",
            8,
            5,
            "events[0].title",
            '"title" is written twice',
        ),
    ],
)
def test_validate_reports_problem_with_line_column_and_path(
    vocabulary, replace, by, line, column, path, message
):
    text = events_text(GOOD_EVENT).replace(replace, by, 1)
    problem = only_problem(text, vocabulary)
    assert (problem.line, problem.column) == (line, column)
    assert problem.path == path
    assert message in problem.message


def test_validate_problem_reads_file_line_column_path_message(vocabulary):
    text = events_text(GOOD_EVENT, GOOD_EVENT.replace("wl-collapse", "b").replace("-15", "-30"))
    assert str(only_problem(text, vocabulary)) == (
        'events.yaml:10:5: events[1].date: "2019-02-30" is not a valid date'
    )


def test_validate_reports_every_problem_in_file_order(vocabulary):
    second = GOOD_EVENT.replace("wl-collapse", "second").replace("company_collapsed", "nope")
    third = GOOD_EVENT.replace("wl-collapse", "third").replace("    title", "    titel")
    third = third.replace("    type: company_collapsed\n", "")
    problems = check_text(events_text(GOOD_EVENT, second, third), "events.yaml", vocabulary)
    assert [(p.line, p.path) for p in problems] == [
        (11, "events[1].type"),
        (15, "events[2].type"),
        (17, "events[2].titel"),
    ]


MARKED_SOURCE = """\
    sources:
      - document: documents/a.txt
        quote: Working Links went into administration.
        marks:
          - [0, 13, actor]
          - MARK
"""


@pytest.mark.parametrize(
    ("mark", "message"),
    [
        (
            "[14, 60, trigger]",
            "mark [14, 60, trigger] ends beyond the quote, which has 39 characters",
        ),
        ("[14, 38, verb]", "Input should be 'trigger', 'date', "),
        ("[14, 38]", "a mark is written [start, end, kind]"),
        ("[14, 38, trigger, 2]", "a mark is written [start, end, kind]"),
        ("14 38 trigger", "a mark is written [start, end, kind]"),
    ],
)
def test_validate_mark_outside_its_quote_is_one_line_naming_the_event(vocabulary, mark, message):
    text = events_text(GOOD_EVENT + MARKED_SOURCE.replace("MARK", mark))
    problem = only_problem(text, vocabulary)
    assert problem.path.startswith("events[0].sources[0].marks")
    assert message in problem.message and '(event "wl-collapse")' in problem.message
    assert "\n" not in str(problem)


def test_validate_accepts_marks_within_their_quote(vocabulary):
    text = events_text(GOOD_EVENT + MARKED_SOURCE.replace("MARK", "[14, 38, trigger]"))
    assert check_text(text, "events.yaml", vocabulary) == []


def test_validate_duplicate_id_names_the_first_line(vocabulary):
    problem = only_problem(events_text(GOOD_EVENT, GOOD_EVENT), vocabulary)
    assert (problem.line, problem.path) == (9, "events[1].id")
    assert 'duplicate id "wl-collapse" (first used on line 3)' in problem.message


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("version: 1\nevents:\n  - id: a\n    title: [unclosed\n", 5, ""),
        ("version: 1\nevents:\n\t- id: a\n", 3, "tab character"),
        (
            "- id: a\n  date: '2019'\n",
            1,
            "expected a mapping with 'version' and 'events', found a list",
        ),
        (
            "version: 1\nevents:\n  - !!python/object:os.system {}\n",
            3,
            "the tag !!python/object:os.system is not allowed",
        ),
        ("version: 1\nevents:\n  - !custom {id: a}\n", 3, "the tag !custom is not allowed"),
        ("version: 1\nevents:\n  - [a, b]\n", 3, "expected a mapping, found a list"),
        ("version: 2\nevents: []\n", 1, "version 2 is not supported"),
    ],
)
def test_validate_bad_yaml_is_one_located_problem(vocabulary, text, line, message):
    problem = only_problem(text, vocabulary)
    assert problem.line == line
    assert message in problem.message


def test_validate_refuses_aliases_so_alias_bomb_fails_fast(vocabulary):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    problems = check_text("\n".join(lines) + "\n", "events.yaml", vocabulary)
    assert str(problems[0]) == "events.yaml:1:5: an anchor (&a0) is not allowed: " + PLAIN
    assert str(problems[1]) == "events.yaml:2:5: an anchor (&a1) is not allowed: " + PLAIN
    assert str(problems[2]) == "events.yaml:2:10: an alias (*a0) is not allowed: " + PLAIN
    assert len(problems) == 10 + 9 * 9  # every anchor and alias, and nothing else


def test_validate_accepts_unquoted_date_written_by_hand(vocabulary):
    text = events_text(GOOD_EVENT.replace('"2019-02-15"', "2019-02-15"))
    events_file, problems = check_events(text, "events.yaml", vocabulary)
    assert problems == []
    assert events_file.events[0].date == "2019-02-15"


def test_validate_without_vocabulary_skips_name_checks():
    text = events_text(GOOD_EVENT.replace("company_collapsed", "anything_goes"))
    assert check_text(text, "events.yaml", None) == []


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Dorset Devon & Cornwal", "Dorset, Devon and Cornwall"),
        ("kent surrey sussex", "Kent, Surrey and Sussex"),
    ],
)
def test_suggest_finds_the_name_meant(typed, meant):
    names = ["Wales", "Dorset, Devon and Cornwall", "Kent, Surrey and Sussex"]
    assert suggest(typed, names) == meant


def test_suggest_gives_nothing_for_a_stranger():
    assert suggest("Zebra", ["Wales", "Kent, Surrey and Sussex"]) is None


@pytest.mark.parametrize(
    ("written", "field", "value"),
    [
        ("    title: yes\n", "title", "yes"),
        ("    title: 'on'\n", "title", "on"),
        ("    date: 2019-02-15\n", "date", "2019-02-15"),
        ("    date: 2019\n", "date", "2019"),
    ],
)
def test_validate_reads_yaml_1_2_like_the_editor_and_the_writer(vocabulary, written, field, value):
    text = events_text(GOOD_EVENT).replace(
        GOOD_EVENT.splitlines()[3 if field == "title" else 1] + "\n", written
    )
    events_file, problems = check_events(text, "events.yaml", vocabulary)
    assert problems == []
    assert getattr(events_file.events[0], field) == value


def test_validate_fast_and_full_readers_agree(vocabulary):
    source = (
        '    sources:\n      - document: documents/a.txt\n        line: 012\n        quote: "x"\n'
    )
    text = events_text(GOOD_EVENT + source, GOOD_EVENT.replace("wl-collapse", "b"))
    fast = check_events(text, "events.yaml", vocabulary)[0]
    # A comment with " !" looks like a tag to the fast reader, so the full parser reads this one.
    full = check_events(text + "# wow !\n", "events.yaml", vocabulary)[0]
    assert fast is not None and fast == full
    assert fast.events[0].sources[0].line == 12


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("version: 1\nevents: []\n", False),
        ("title: Wow!\n", False),
        ("title: !!python/object:x {}\n", True),
        ("- !custom x\n", True),
        ("[a, !b c]\n", True),
        ("--- \na: 1\n", True),
        ("a: 1\n---\nb: 2\n", True),
        ("%YAML 1.1\n---\na: 1\n", True),
    ],
)
def test_needs_full_parser_spots_tags_and_documents(text, needs):
    assert needs_full_parser(text) is needs
