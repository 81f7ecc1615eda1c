from dataclasses import replace

from timeline.extraction.events import Candidate
from timeline.extraction.merge import merge_candidates
from timeline.model import Source
from timeline.partial_date import PartialDate


def _candidate(
    date,
    evidence="post",
    type_="company_collapsed",
    owners=("Working Links",),
    crcs=(),
    national=False,
    document="a.txt",
    line=1,
    title="Working Links collapses",
):
    return Candidate(
        type=type_,
        date=PartialDate.parse(date),
        evidence=evidence,
        title=title,
        crcs=tuple(crcs),
        owners=tuple(owners),
        national=national,
        rating=None,
        source=Source(
            document=document,
            post_date=date if len(date) == 10 else None,
            line=line,
            quote=f"{title} ({document}:{line})",
        ),
    )


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
