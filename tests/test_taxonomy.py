"""The taxonomy's frames are checked when loaded: one line naming the file and line."""

import shutil

import pytest

from timeline.errors import VocabularyError
from timeline.vocabulary import load_vocabulary

GOOD = (
    '      - pattern: "{actor} enter administration"\n'
    '        title: "{actor} enters administration"\n'
)


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        ('      - pattern: "{victim} enter administration"\n', "unknown role 'victim'"),
        (
            '      - pattern: "{actor} enter administration"\n'
            '        title: "{target} collapses"\n',
            "does not fill",
        ),
        ('      - pattern: "** administration"\n', "must not start with a wildcard"),
        (
            '      - pattern: "{actor:company} enter administration"\n',
            "unknown entity kind 'company'",
        ),
        (  # a key twice: the second would silently replace the first
            '      - pattern: "{actor} enter administration"\n'
            "        title: []\n"
            '        title: "{actor} enters administration"\n',
            "'title' is written twice",
        ),
        (  # the earlier frame claims every word the later would match: the later never reports
            GOOD + '      - pattern: "{actor} enter administration"\n'
            '        title: "{actor} collapses"\n',
            "repeats an earlier frame of its type",
        ),
        (  # a fallback is said when no role is filled: a slot in it could never be
            '      - pattern: "{actor} enter administration"\n'
            '        fallback: "{actor} collapses"\n',
            "fallback",
        ),
    ],
)
def test_taxonomy_a_bad_frame_is_one_line_naming_file_and_line(tmp_path, frame, message):
    shipped = load_vocabulary.__globals__["resources"].files("timeline") / "data"
    for name in ("taxonomy.yaml", "crcs.yaml"):
        shutil.copyfile(shipped / name, tmp_path / name)
    taxonomy = tmp_path / "taxonomy.yaml"
    text = taxonomy.read_text()
    assert GOOD in text
    taxonomy.write_text(text.replace(GOOD, frame, 1))
    with pytest.raises(VocabularyError) as caught:
        load_vocabulary(tmp_path)
    first = text[: text.index(GOOD)].count("\n") + 1
    lines = {f"{taxonomy}:{first + n}: " for n in range(frame.count("\n"))}
    assert any(str(caught.value).startswith(where) for where in lines)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_taxonomy_rulings_type_must_be_an_event_type():
    from timeline.taxonomy import Taxonomy

    taxonomy = Taxonomy.model_validate(
        {
            "event_types": [
                {"name": "legal_action", "label": "Legal action", "triggers": ["sued"]}
            ],
            "courts": ["Court"],
            "findings_type": "report_published",
            "rulings_type": "legal_action",
        }
    )
    assert [message for _, message in taxonomy.problems()] == [
        "findings_type: 'report_published' is not an event type"
    ]
