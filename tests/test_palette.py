"""palette.py: colours and shapes that tell event types and owners apart."""

from __future__ import annotations

from pathlib import Path

from timeline.view.palette import (
    OWNER_COLOURS,
    TYPE_COLOURS,
    UNKNOWN_TYPE_COLOUR,
    owner_colour,
    type_colour,
    type_symbol,
)
from timeline.vocabulary import load_vocabulary

FIXTURES = Path(__file__).parent / "fixtures" / "views"


def test_palette_types_beyond_the_colours_get_another_shape(vocabulary):
    # The shipped taxonomy has more types than colour-blind-safe colours.
    looks = {
        (type_colour(vocabulary, n), type_symbol(vocabulary, n)) for n in vocabulary.type_names
    }
    assert len(vocabulary.type_names) > len(TYPE_COLOURS)
    assert len(looks) == len(vocabulary.type_names)


def test_palette_unknown_type_is_grey_circle(vocabulary):
    assert type_colour(vocabulary, "no_such_type") == UNKNOWN_TYPE_COLOUR
    assert type_symbol(vocabulary, "no_such_type") == "circle"


def test_palette_owner_colours_are_distinct_and_stable(vocabulary):
    colours = [owner_colour(vocabulary, owner) for owner in vocabulary.owner_names]
    assert len(set(colours)) == len(colours) <= len(OWNER_COLOURS)
    assert owner_colour(load_vocabulary(), vocabulary.owner_names[0]) == colours[0]


def test_palette_taxonomy_colour_overrides_the_palette(tmp_path):
    taxonomy = (FIXTURES / "taxonomy.yaml").read_text()
    taxonomy = taxonomy.replace(
        "    label: Company collapsed\n", "    label: Company collapsed\n    colour: '#123456'\n"
    )
    (tmp_path / "taxonomy.yaml").write_text(taxonomy)
    (tmp_path / "crcs.yaml").write_text((FIXTURES / "crcs.yaml").read_text())
    assert type_colour(load_vocabulary(tmp_path), "company_collapsed") == "#123456"
