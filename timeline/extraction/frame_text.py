"""A tokenised sentence as frames read it: one lemma text with offsets, and its asides."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.lemmas import Token

__all__ = ["aside_tokens", "lemma_text", "token_at"]


def lemma_text(tokens: Sequence[Token]) -> tuple[str, list[int]]:
    starts, pieces, offset = [], [], 0
    for token in tokens:
        starts.append(offset)
        pieces.append(token.lemma)
        offset += len(token.lemma) + 1
    return " ".join(pieces), starts


def token_at(starts: Sequence[int], offset: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


_RELATIVES = frozenset({"which", "who", "whose"})
_ALONG = frozenset({"along", "together", "alongside", "including"})
_ARTICLES = frozenset({"the", "a", "an"})


def aside_tokens(tokens: Sequence[Token]) -> set[int]:
    """Give the indices of tokens inside brackets or an aside between commas: ", which …,",
    ", along with …," or, after a name, ", the construction group that …,"."""
    inside: set[int] = set()
    depth, opened = 0, None
    for index, token in enumerate(tokens):
        if token.text in "([":
            depth += 1
        elif token.text in ")]" and depth:
            depth -= 1
        elif depth:
            inside.add(index)
        if token.text == "," and _opens_aside(tokens, index):
            opened = index
        elif token.text == "," and opened is not None:
            inside.update(range(opened, index + 1))
            opened = None
    return inside


def _opens_aside(tokens: Sequence[Token], comma: int) -> bool:
    following = tokens[comma + 1 : comma + 3]
    if not following:
        return False
    if following[0].lemma in _RELATIVES | _ALONG:
        return True
    appositive = comma > 0 and tokens[comma - 1].entity is not None and len(following) == 2
    return appositive and following[0].lemma in _ARTICLES and following[1].text[:1].islower()
