from pathlib import Path

import pytest

from timeline.extraction.merge import merge_candidates
from timeline.extraction.packed_sources import PackedSource, packed, unpacked
from timeline.extraction.pipeline import ExtractOptions, extract_document


@pytest.fixture(scope="module")
def seed_candidates(project_root: Path):
    return [
        candidate
        for path in sorted((project_root / "documents").iterdir())
        for candidate in extract_document(path, ExtractOptions()).candidates
    ]


def test_packed_sources_unpack_to_the_source_they_packed(seed_candidates):
    for candidate in seed_candidates[:20]:
        source = packed(candidate).source
        assert isinstance(source, PackedSource)
        assert (source.document, source.line) == (candidate.source.document, candidate.source.line)
        assert unpacked(source) == candidate.source
        assert unpacked(candidate.source) is candidate.source


def test_packed_sources_merge_into_the_events_of_the_sources_themselves(seed_candidates):
    assert merge_candidates(packed(c) for c in seed_candidates) == merge_candidates(seed_candidates)
