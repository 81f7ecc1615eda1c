from pathlib import Path

import pytest

from timeline.extraction.blocks import SpilledBlocks, by_block, merge_block
from timeline.extraction.merge import merge_candidates
from timeline.extraction.pipeline import ExtractOptions, extract_document
from timeline.model import sort_events


@pytest.fixture(scope="module")
def seed_results(project_root: Path):
    return [
        extract_document(path, ExtractOptions())
        for path in sorted((project_root / "documents").iterdir())
    ]


def test_blocks_merging_each_type_alone_gives_the_events_of_merging_all(seed_results):
    candidates = [candidate for result in seed_results for candidate in result.candidates]
    blocks = by_block(candidates)
    assert len(blocks) > 5
    merged = [event for block in blocks.values() for event in merge_block(block)]
    assert sort_events(merged) == merge_candidates(candidates)


def test_blocks_a_block_in_parts_merges_as_the_parts_joined(seed_results):
    parts = [by_block(result.candidates).get("policy_announced", []) for result in seed_results]
    assert merge_block(*parts) == merge_candidates(c for part in parts for c in part)


def test_blocks_spilled_to_disk_give_the_events_of_merging_all_and_leave_nothing(seed_results):
    with SpilledBlocks() as spilled:
        for result in seed_results:
            spilled.add(result.candidates)
        folder = Path(spilled._folder.name)
        events = list(spilled.merged())
        candidates = [candidate for result in seed_results for candidate in result.candidates]
        assert len(list(folder.iterdir())) == len(by_block(candidates))  # one file a type
    assert spilled.count == len(candidates)
    assert events == merge_candidates(candidates)
    assert not folder.exists()
