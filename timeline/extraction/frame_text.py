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


def aside_tokens(tokens: Sequence[Token]) -> set[int]:
    """Give the indices of tokens inside brackets or a ", which …," aside."""
    inside: set[int] = set()
    depth, opened = 0, None
    for index, token in enumerate(tokens):
        if token.text in "([":
            depth += 1
        elif token.text in ")]" and depth:
            depth -= 1
        elif depth:
            inside.add(index)
        if (
            token.text == ","
            and index + 1 < len(tokens)
            and tokens[index + 1].lemma in ("which", "who", "whose")
        ):
            opened = index
        elif token.text == "," and opened is not None:
            inside.update(range(opened, index + 1))
            opened = None
    return inside
