from dataclasses import replace

import pytest
from factories import document_of
from factories import merge_candidate as _candidate
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extraction.events import Candidate
from timeline.extraction.merge import merge_candidates


def test_merge_reports_of_one_collapse_across_posts_become_one_event_with_all_sources():
    events = merge_candidates(
        [
            _candidate("2019-02-16", document="b.txt", line=5),
            _candidate("2019-02-15", evidence="relative", document="b.txt", line=9),
            _candidate("2019-02-15", document="a.txt", line=40),
            _candidate("2019-02", evidence="absolute", document="a.txt", line=2),
        ]
    )
    assert len(events) == 1
    assert events[0].date == "2019-02-15"
    assert len(events[0].sources) == 4


def test_merge_prefers_the_most_precise_then_strongest_then_earliest_date():
    events = merge_candidates(
        [
            _candidate("2019-02-16", evidence="post"),
            _candidate("2019-02-15", evidence="post", line=2),
            _candidate("2019-02-17", evidence="absolute", line=3),
        ]
    )
    assert [e.date for e in events] == ["2019-02-17"]


def test_merge_keeps_apart_same_day_reports_about_different_crcs():
    events = merge_candidates(
        [
            _candidate("2019-02-15", type_="report_published", owners=(), crcs=("Wales",)),
            _candidate("2019-02-15", type_="report_published", owners=(), crcs=("London",), line=2),
        ]
    )
    assert len(events) == 2


def test_merge_keeps_apart_different_types_and_distant_dates():
    events = merge_candidates(
        [
            _candidate("2019-02-15"),
            _candidate("2019-02-05", line=2),
            _candidate("2019-02-15", type_="job_cuts", line=3),
        ]
    )
    assert len(events) == 3


def test_merge_year_dates_do_not_swallow_day_dates():
    events = merge_candidates(
        [_candidate("2019", evidence="absolute"), _candidate("2019-06-01", line=2)]
    )
    assert len(events) == 2


def test_merge_ids_are_stable_unique_and_say_what_happened():
    candidates = [
        _candidate("2019-02-15"),
        _candidate("2019-02-01", evidence="absolute", owners=("Seetec",), line=2),
        _candidate("2019-02-01", evidence="absolute", owners=("Sodexo",), line=3),
    ]
    first = merge_candidates(candidates)
    second = merge_candidates(list(reversed(candidates)))
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == 3
    assert "2019-02-15-working-links-company-collapsed" in {e.id for e in first}


def test_merge_stamps_each_event_with_its_digest():
    (event,) = merge_candidates([_candidate("2019-02-15")])
    assert event.digest == event.content_digest()
    assert not event.is_edited()


def _with_actor(candidate: Candidate, actor: str) -> Candidate:
    from dataclasses import replace

    return replace(candidate, owners=(), roles={"actor": (actor,)})


def test_merge_a_named_body_and_a_name_the_text_gives_stay_two_happenings():
    # "Senedd holds debate" and "Justice Committee takes evidence" a week apart are two events.
    listed = _with_actor(_candidate("2018-10", document="a.txt"), "Justice Committee")
    guessed = _with_actor(_candidate("2018-10-23", document="b.txt"), "Senedd")
    assert len(merge_candidates([listed, guessed])) == 2


def test_merge_two_different_actors_stay_two_happenings():
    first = _with_actor(_candidate("2018-01-15", document="a.txt"), "Carillion")
    second = _with_actor(_candidate("2018-01-15", document="b.txt"), "Kier")
    assert len(merge_candidates([first, second])) == 2


# The merge as it was before its index: every candidate asks every happening found so far, in
# the order found. The indexed merge must give the same events on any candidates.
def _reference_merge(candidates):
    from timeline.extraction import merge
    from timeline.extraction.event_ids import with_unique_ids
    from timeline.model import sort_events

    happenings = []
    for candidate in sorted(candidates, key=merge._candidate_order):
        home = next((h for h in happenings if h.admits(candidate)), None)
        if home is not None:
            home.add(candidate)
        elif candidate.evidence != "undated":
            happenings.append(merge._Happening(candidate))
    happenings = merge.told_twice(happenings)
    return sort_events(with_unique_ids([merge._event(h) for h in happenings]))


# Dates that meet at the edges the index buckets by: days either side of a year, a month and a
# day tolerance, a winter that spans two years, spans of every precision.
_DATES = [
    "2018", "2019", "2018-H2", "2019-H1", "2018-Q4", "2019-Q1", "2018-winter", "2019-spring",
    "2018-12", "2019-01", "2019-02", "2018-12-29", "2018-12-31", "2019-01-01", "2019-01-03",
    "2019-01-04", "2019-01-31", "2019-02-01", "2019-02-04", "2019-02-28", "2019-03-01",
]  # fmt: skip


_ROLES = st.dictionaries(
    st.sampled_from(["actor", "target", "successor"]),
    st.sampled_from([("Working Links",), ("Seetec",), ("Kier",), ("Seetec", "Wales")]),
    max_size=2,
)
_REPORT = st.tuples(
    st.sampled_from(_DATES),
    st.sampled_from(["absolute", "relative", "post", "undated"]),
    st.sampled_from(["company_collapsed", "job_cuts"]),
    st.sampled_from([(), ("Working Links",), ("Seetec",), ("Working Links", "Seetec")]),
    st.sampled_from([(), ("Wales",), ("Kier",)]),
    st.booleans(),
    st.sampled_from(["a.txt", "b.txt", "c.txt"]),
    _ROLES,
)


def _reports(drawn: list[tuple]) -> list:
    return [
        replace(
            _candidate(date, evidence, type_, owners, crcs, national, document, line),
            roles=roles,
        )
        for line, (date, evidence, type_, owners, crcs, national, document, roles) in enumerate(
            drawn, 1
        )
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(_REPORT, max_size=40).map(_reports))
def test_merge_indexed_gives_the_events_of_asking_every_happening(candidates):
    assert merge_candidates(candidates) == _reference_merge(candidates)


def test_merge_indexed_gives_the_events_of_asking_every_happening_on_the_seeds(project_root):
    from timeline.extraction.pipeline import ExtractOptions, extract_document

    candidates = [
        candidate
        for path in sorted((project_root / "documents").iterdir())
        for candidate in extract_document(path, ExtractOptions()).candidates
    ]
    assert any(candidate.evidence == "undated" for candidate in candidates)
    merged = merge_candidates(candidates)
    assert [e.model_dump() for e in merged] == [
        e.model_dump() for e in _reference_merge(candidates)
    ]


def test_merge_an_undated_report_joins_the_first_happening_naming_it_at_any_time():
    first = _candidate("2014-06-01", evidence="absolute", line=1)
    later = _candidate("2019-02-15", evidence="absolute", line=2)
    undated = _candidate("2020-01-01", evidence="undated", document="b.txt", line=3)
    events = merge_candidates([later, undated, first])
    assert [len(e.sources) for e in events] == [2, 1]
    assert events[0].date == "2014-06-01"


def test_merge_a_national_report_and_one_naming_no_one_are_one_happening():
    events = merge_candidates(
        [
            _candidate("2014-10-29", type_="contract_awarded", owners=(), national=True),
            _candidate("2014-10-29", type_="contract_awarded", owners=(), line=2),
        ]
    )
    assert len(events) == 1 and len(events[0].sources) == 1  # one post: one source


def test_merge_titles_the_event_by_a_filled_headline_then_a_clause_then_a_label():
    def titled(title, kind, line):
        return replace(
            _candidate("2019-02-15", line=line, title=title), title_kind=kind, roles_filled=0.0
        )

    (event,) = merge_candidates(
        [
            titled("Company collapsed", "bare", 1),
            titled("Working Links goes into administration", "clause", 2),
        ]
    )
    assert event.title == "Working Links goes into administration"
    (event,) = merge_candidates(
        [
            titled("Working Links goes into administration", "clause", 1),
            titled("Working Links enters administration", "filled", 2),
        ]
    )
    assert event.title == "Working Links enters administration"


def test_merge_reports_of_different_owners_sharing_crcs_stay_apart():
    shared = ("Wales",)
    events = merge_candidates(
        [
            _candidate("2019-02-15", type_="job_cuts", owners=("Working Links",), crcs=shared),
            _candidate("2019-02-15", type_="job_cuts", owners=("Seetec",), crcs=shared, line=2),
            _candidate("2019-02-16", type_="job_cuts", owners=("Seetec",), crcs=shared, line=3),
        ]
    )
    assert sorted(e.owners for e in events) == [["Seetec"], ["Working Links"]]


def test_merge_a_later_report_naming_two_owners_adds_neither_the_other_owner_nor_its_crcs():
    sodexo = _candidate("2014-10-29", type_="contract_awarded", owners=("Sodexo",), crcs=("Essex",))
    both = _candidate(
        "2014-10-31",
        type_="contract_awarded",
        owners=("Sodexo", "Interserve"),
        crcs=("Essex", "Merseyside"),
        line=2,
    )
    (event,) = merge_candidates([sodexo, both])
    assert (event.owners, event.crcs) == (["Sodexo"], ["Essex"])
    first = replace(both, date=sodexo.date, evidence="absolute")  # now it finds the happening
    (found_by_both,) = merge_candidates([first, sodexo])
    assert found_by_both.owners == ["Sodexo", "Interserve"]


def test_merge_a_party_told_as_actor_and_as_successor_is_one_happening():
    from timeline.extraction.events import roles_conflict

    appointed = {"actor": ("MoJ",), "successor": ("Seetec",)}
    takes_over = {"actor": ("Seetec",), "target": ("Wales",)}
    assert not roles_conflict(appointed, takes_over)
    assert not roles_conflict(takes_over, appointed)
    assert roles_conflict(appointed, {"actor": ("Sodexo",)})


@pytest.mark.parametrize(
    ("ours", "theirs", "conflict"),
    [
        ("Hinchingbrooke", "Hinchingbrooke Health Care NHS Trust", False),  # the fuller name
        ("Doncaster Childrens Services Trust", "Doncaster Children's Services Trust", False),
        ("HM Inspectorate of Prisons", "HM Inspectorate of Probation", True),
        ("Serco", "Sercombe Trust", True),  # a whole word, not letters
        ("Levelling Up Secretary Greg Clark", "Greg Clark", False),  # a name after its post
        ("Patrick McLoughlin", "McLoughlin", False),  # a surname
        ("Croydon Council", "Council", True),  # a body's last word names no body
        ("Greg Clark", "Clark Foundation", True),
        ("CMA", "Competition and Markets Authority", False),  # its initials
        ("Liverpool Direct Limited", "Liverpool Direct Ltd", False),
        ("CMA", "Care Management Agency", False),  # initials alike: nothing tells them apart
        ("NAO", "Competition and Markets Authority", True),
        ("Ofsted", "Office for Standards in Education", True),  # a short name, no initials
    ],
)
def test_merge_names_alike_are_no_conflict(ours, theirs, conflict):
    from timeline.extraction.events import roles_conflict

    assert roles_conflict({"target": (ours,)}, {"target": (theirs,)}) is conflict


def _quoted(date, quote, line, document="blog.txt"):
    candidate = _candidate(date, evidence="relative", type_="parliamentary", owners=(), line=line)
    source = candidate.source.model_copy(update={"document": document, "quote": quote})
    return replace(candidate, source=source)


DEBATE = (
    "The Welsh government called probation a national embarrassment but its staff heroic as the"
    " Senedd debated the future of probation in Wales"
)


def test_merge_one_report_quoted_twice_in_a_document_is_one_event_whatever_its_dates():
    events = merge_candidates(
        [
            _quoted("2018-10", f"News reaches me that {DEBATE} last week.", line=425),
            _quoted("2018-11", f"{DEBATE} this week.", line=434),
        ]
    )
    assert len(events) == 1  # one source: an event keeps one per post


def test_merge_the_same_words_in_another_document_or_sentence_stay_apart():
    apart = merge_candidates(
        [
            _quoted("2018-10", DEBATE, line=425),
            _quoted("2018-11", DEBATE, line=434, document="other.txt"),
        ]
    )
    one_sentence = merge_candidates(
        [_quoted("2013-12", DEBATE, line=7), _quoted("2014-03", DEBATE, line=7)]
    )
    assert len(apart) == 2 and len(one_sentence) == 2


def test_merge_an_undated_report_adds_a_source_not_its_owners_crcs():
    dated = _candidate("2018-11-01", crcs=("West Yorkshire",), owners=(), type_="report_published")
    undated = _candidate(
        "2018-11-02",
        evidence="undated",
        crcs=("West Yorkshire", "Merseyside"),
        owners=(),
        type_="report_published",
        line=7,
    )
    (event,) = merge_candidates([dated, undated])
    assert event.crcs == ["West Yorkshire"] and len(event.sources) == 2


def test_merge_shows_the_words_that_gave_the_title_for_their_post():
    dated = _candidate("2019-02-15", evidence="absolute", line=3, title="Administration confirmed")
    titled = replace(
        _candidate("2019-02-15", evidence="post", line=9, title="Working Links collapses"),
        title_kind="filled",
    )
    (event,) = merge_candidates([dated, titled])
    assert event.title == "Working Links collapses"
    assert [s.line for s in event.sources] == [9]  # one source for the post: the title's


def test_of_titles_alike_the_one_its_clause_says_fully_then_the_best_dated_one_wins():
    def titled(title, evidence, line, fuller=None):
        candidate = _candidate("2014-10-29", evidence=evidence, line=line, title=title)
        return replace(candidate, title_kind="filled", fuller_title=fuller)

    undated = titled("Sodexo wins contract", "undated", 1)
    dated = titled("Sodexo named preferred bidder", "relative", 2)
    (event,) = merge_candidates([undated, dated])
    assert event.title == "Sodexo named preferred bidder"  # not the shorter, undated one

    fuller = titled("Serco agrees repayment", "post", 3, fuller="Serco agrees to repay £68.5m")
    (event,) = merge_candidates([titled("Serco agrees repayment", "absolute", 4), fuller])
    assert event.title == "Serco agrees to repay £68.5m"


def test_a_title_going_on_from_the_plainest_ones_words_says_the_happening_fully():
    def titled(title, kind, line):
        candidate = _candidate("2013-12-01", owners=("Sodexo",), line=line, title=title)
        return replace(candidate, title_kind=kind, type="contract_awarded")

    short = titled("Sodexo takes over the running", "filled", 1)
    full = titled("Sodexo takes over the running of the prison from the public sector", "clause", 2)
    (event,) = merge_candidates([short, full])
    assert event.title == "Sodexo takes over the running of the prison from the public sector"
    assert event.sources[0].line == 2  # the words that gave the title come first
    dated = titled("Sodexo takes over the running in December 2013", "clause", 3)
    (event,) = merge_candidates([short, dated])
    assert event.title == "Sodexo takes over the running"  # no date written in a headline


def test_merge_two_sentences_of_one_document_dating_unnamed_reports_apart_are_two_happenings():
    def report(date, line, title, document="a.txt"):
        return _candidate(
            date, "relative", "industrial_action", (), document=document, line=line, title=title
        )

    dispute = report("2013-09", 24, "Union declares dispute with MoJ")
    ballot = report("2013-09-30", 32, "Union to ballot members")
    assert len(merge_candidates([dispute, ballot])) == 2
    elsewhere = report("2013-09-30", 5, "Union to ballot members", document="b.txt")
    assert len(merge_candidates([dispute, elsewhere])) == 1  # another document may tell it so
    same_day = report("2013-09", 40, "Dispute registered")
    assert len(merge_candidates([dispute, same_day])) == 1


def test_merge_a_news_storys_unnamed_report_joins_the_one_it_names_that_day():
    def report(line, title, owners=(), document="a.txt", date="2018-10-10"):
        return _candidate(
            date, "relative", "report_published", owners, document=document, line=line, title=title
        )

    rated = report(2, "Inspectorate rates Essex CRC 'Requires improvement'", ("Sodexo",))
    said = report(6, "Inspectors say company must put public protection first")
    (event,) = merge_candidates([rated, said])
    assert event.owners == ["Sodexo"]
    other = report(9, "Inspectorate rates Wales CRC 'Inadequate'", ("Working Links",))
    assert len(merge_candidates([rated, other, said])) == 3  # which of the two it told: unsaid
    elsewhere = report(6, "Inspectors say company must put public protection first", document="b")
    assert len(merge_candidates([rated, elsewhere])) == 2
    next_day = report(6, "Inspectors say company must improve", date="2018-10-11")
    assert len(merge_candidates([rated, next_day])) == 2


def test_merge_a_publishing_naming_only_its_publisher_joins_the_report_its_document_dates_alike():
    def report(line, title, owners=(), actor=None, date="2019-09", type_="report_published"):
        candidate = _candidate(date, "absolute", type_, owners, line=line, title=title)
        return replace(candidate, roles={"actor": (actor,)} if actor else {})

    rated = report(2, "Norfolk and Suffolk CRC rated 'Requires improvement'", ("Sodexo",))
    published = report(7, "HM Inspectorate of Probation publishes report", actor="HMIP")
    (event,) = merge_candidates([rated, published])
    assert event.owners == ["Sodexo"]
    other = report(9, "Wales CRC rated 'Inadequate'", ("Working Links",))
    assert len(merge_candidates([rated, other, published])) == 3  # which of the two: unsaid
    later = report(7, "HM Inspectorate of Probation publishes report", actor="HMIP", date="2019-10")
    assert len(merge_candidates([rated, later])) == 2
    funded = report(4, "Sodexo gets £5m", ("Sodexo",), type_="funding_changed")
    extended = report(5, "Mitie extends banking facility", actor="Mitie", type_="funding_changed")
    assert len(merge_candidates([funded, extended])) == 2  # a firm's own doing: no publisher


def test_merge_a_debate_told_by_its_chamber_and_by_the_government_in_it_is_one(recogniser):
    import datetime as dt

    from factories import post_of

    post = post_of(
        "Latest From Napo",
        "News reaches me of the debate in last week's plenary session at the Welsh Assembly,"
        " as the Senedd debated the future of probation in Wales.",
        "On 23rd October the Welsh Government debated the future of probation.",
    )
    post = replace(post, post_date=dt.date(2018, 11, 1))
    document = document_of(post)
    found = merge_candidates(recogniser.candidates(document))
    debates = [e for e in found if e.type == "parliamentary"]
    assert len(debates) == 1
    assert set(debates[0].roles["actor"]) == {"Senedd", "Welsh Government"}
    assert debates[0].crcs == []  # "probation in Wales" is the place's, not the Wales CRC's
