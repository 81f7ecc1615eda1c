"""The naive peer: dateparser's search_dates plus trigger keywords, measured like the extractor.

What a hurried script would do: every sentence with a type's trigger phrase and a date that
search_dates finds becomes an event of that type on that date (each date found, at day
precision). Reported on the same gold sets as benchmarks/quality.py, so the extractor's figures
have a floor to beat.

    .venv/bin/python benchmarks/peer.py [--test | --fresh]   (--test: also the held-back halves;
    --fresh: only the later held-back sets)
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

from dateparser.search import search_dates
from quality import DEVELOPMENT, FRESH, HELD_BACK, measure

from timeline.extraction.documents import find_documents, read_document
from timeline.extraction.phrases import PhraseMatcher
from timeline.model import Event, Source
from timeline.vocabulary import load_vocabulary


def peer_events(paths: list[Path]) -> list[Event]:
    """Give the naive peer's events for the documents under paths."""
    taxonomy = load_vocabulary().taxonomy
    triggers = PhraseMatcher({t.name: t.triggers for t in taxonomy.event_types})
    files, _ = find_documents(paths)
    events = []
    for path in files:
        document = read_document(path)
        for post in document.posts:
            for sentence in post.sentences:
                found = triggers.find(sentence.text.lower())
                if not found:
                    continue
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    dates = search_dates(sentence.text, languages=["en"]) or []
                for _, when in dates:
                    events.append(
                        Event(
                            id=f"peer-{len(events)}",
                            date=when.date().isoformat(),
                            type=found[0].label,
                            title=sentence.text[:80],
                            sources=[
                                Source(
                                    document=document.name,
                                    line=sentence.line,
                                    quote=sentence.text[:300],
                                )
                            ],
                        )
                    )
    return events


def main() -> None:
    held_back = HELD_BACK if "--test" in sys.argv[1:] else ()
    sets = FRESH if "--fresh" in sys.argv[1:] else DEVELOPMENT + held_back
    for gold_set in sets:
        print(measure(gold_set, peer_events), flush=True)


if __name__ == "__main__":
    main()
