"""Events written without ruamel.yaml's cost for each event are the very text ruamel.yaml writes."""

from __future__ import annotations

from factories import extracted
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Event, Source
from timeline.store.event_blocks import block_text
from timeline.store.event_text import events_text
from timeline.store.round_trip import event_to_yaml, round_trip_yaml

# Characters that change how YAML must write a string, and some that do not.
TRICKY = "ab Z09 :#'\"-?,[]{}&*!|>%@`\t\\.~=<éÀ…\xa0\ufeff\u2019😀"
WORDS = ["true", "False", "null", "~", "yes", "2019", "1.5", "0x1f", "1e3", "2019-02-15", "<<"]
TEXT = st.one_of(st.text(TRICKY, max_size=12), st.sampled_from(WORDS))
NAMES = st.lists(TEXT, max_size=3)
DATES = st.sampled_from(["2019", "2019-02", "2019-02-15", "2019-Q3", "2020-H1", "2018-summer"])


@st.composite
def sources(draw) -> Source:
    quote = draw(TEXT)
    marks = [(0, len(quote), draw(st.sampled_from(["actor", "trigger"])))] if quote else []
    return Source(
        document=draw(TEXT.filter(bool)),
        post_date=draw(st.none() | DATES),
        post_title=draw(st.none() | TEXT),
        line=draw(st.none() | st.integers(1, 10**6)),
        quote=quote,
        url=draw(st.none() | st.just("https://example.org/a#b?c=d")),
        marks=draw(st.sampled_from([[], marks])),
    )


@st.composite
def events(draw) -> Event:
    event = Event(
        id=draw(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,12}", fullmatch=True)),
        date=draw(DATES),
        end=draw(st.none() | st.sampled_from(["2021", "2021-05"])),  # after every date
        type=draw(TEXT),
        title=draw(TEXT.filter(bool)),
        crcs=draw(NAMES),
        owners=draw(NAMES),
        national=draw(st.booleans()),
        rating=draw(st.none() | TEXT),
        roles=draw(st.dictionaries(st.text("ab :#'-", min_size=1, max_size=6), NAMES, max_size=2)),
        confidence=draw(st.none() | st.floats(0, 1) | st.sampled_from([0.0, 1.0, 0.5, 1e-7])),
        sources=draw(st.lists(sources(), max_size=2)),
        origin=draw(st.sampled_from(["extracted", "manual"])),
        locked=draw(st.booleans()),
        rejected=draw(st.booleans()),
    )
    return event.model_copy(update={"digest": draw(st.none() | st.just(event.content_digest()))})


@settings(max_examples=60, deadline=None)
@given(st.lists(events(), min_size=1, max_size=4), st.sampled_from([0, 2, 4]))
def test_events_text_is_what_ruamel_yaml_writes(written, column):
    yaml = round_trip_yaml()
    texts = events_text(written, column, yaml)
    for event, text in zip(written, texts, strict=True):
        assert text == block_text(event_to_yaml(event), column, yaml)


def test_events_text_leaves_text_running_over_lines_to_ruamel_yaml():
    yaml = round_trip_yaml()
    texts = events_text(
        [extracted("a", "two\nlines"), extracted("b", "x" * 5000), extracted("c")], 2, yaml
    )
    assert texts[:2] == [None, None]
    assert texts[2] == block_text(event_to_yaml(extracted("c")), 2, yaml)
