"""How the figure looks: colour-blind-safe colours and shapes for event types, owner band
colours, and the screen and print themes. Data-free: the taxonomy may set a type's colour.
"""

from __future__ import annotations

from plotly.colors import qualitative

from timeline.vocabulary import Vocabulary

# Okabe–Ito (and grey), safe for the common colour-blindnesses. A taxonomy with more types
# than colours reuses them with another marker shape, so no two types look alike.
TYPE_COLOURS = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#000000",
    "#F0E442",
    "#999999",
)
TYPE_SYMBOLS = ("circle", "diamond", "square", "triangle-up", "star")
OWNER_COLOURS = (*qualitative.Pastel1[:-1], *qualitative.Pastel)
UNKNOWN_TYPE_COLOUR = "#777777"
THEMES = {
    "light": {"template": "plotly_white", "font": {"family": "Arial, sans-serif", "size": 12}},
    "print": {
        "template": "simple_white",
        "font": {"family": "Arial, sans-serif", "size": 13, "color": "#000000"},
    },
}


def type_colour(vocabulary: Vocabulary, type_name: str) -> str:
    """Give the colour of an event type: the taxonomy's own, else its place in the palette."""
    try:
        index = vocabulary.type_names.index(type_name)
    except ValueError:
        return UNKNOWN_TYPE_COLOUR
    return vocabulary.event_type(type_name).colour or TYPE_COLOURS[index % len(TYPE_COLOURS)]


def type_symbol(vocabulary: Vocabulary, type_name: str) -> str:
    """Give the marker shape of an event type: circles first, another shape per palette round."""
    try:
        index = vocabulary.type_names.index(type_name)
    except ValueError:
        return TYPE_SYMBOLS[0]
    return TYPE_SYMBOLS[index // len(TYPE_COLOURS) % len(TYPE_SYMBOLS)]


def owner_colour(vocabulary: Vocabulary, owner: str) -> str:
    """Give the faint band colour of an owner, stable whatever the filter."""
    names = vocabulary.owner_names
    index = names.index(owner) if owner in names else len(names)
    return OWNER_COLOURS[index % len(OWNER_COLOURS)]
