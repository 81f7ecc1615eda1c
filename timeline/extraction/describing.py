"""A clause that describes a name rather than telling the news ("PPE Medpro, a company that won
contracts early in the pandemic", "the papers on the contracts awarded to PPE Medpro"): its time is
written in it or nowhere in the sentence."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.frame_text import GOVERNING, token_index
from timeline.extraction.lemmas import Token, can_be_noun, ly_adverb


def own_clause(tokens: Sequence[Token], verb: Token | None, text: str) -> tuple[int, int] | None:
    """Give the offsets of the clause that describes a noun with verb as its own ("a company
    that won contracts early in the pandemic", "the papers on the contracts awarded to PPE
    Medpro"), to the next comma: its time is written there or nowhere in the sentence."""
    index = token_index(tokens, verb) if verb is not None else None
    if index is None:
        return None
    before = index - 1
    while before > 0 and (tokens[before].lemma in ("have", "be") or ly_adverb(tokens[before])):
        before -= 1
    pronoun = tokens[before] if before >= 0 else None
    if (
        pronoun is not None
        and pronoun.lemma in ("that", "which", "who")
        and _appositive(tokens, before)
    ):
        return _to_comma(text, pronoun.start, verb.end)
    reduced = not verb.auxiliaries and verb.forms >= {"VBN"} and before == index - 1 > 0
    word = tokens[before].text
    noun = word.islower() and can_be_noun(word)
    passive = index + 1 >= len(tokens) or tokens[index + 1].lemma in _AFTER_PARTICIPLE
    if reduced and noun and passive and _governed(tokens, before):
        return _to_comma(text, verb.start, verb.end)  # "over contracts won by two companies"
    return None


_AFTER_PARTICIPLE = frozenset({"by", "to", "in", "on", "for", "under", "at", "from", "with", ","})


def _appositive(tokens: Sequence[Token], pronoun: int) -> bool:
    """Give whether a relative pronoun follows a describing noun set beside a name (", a company
    that", "Medpro, the firm which"): what the clause says describes, not the news."""
    words = [word for t in tokens[max(0, pronoun - 4) : pronoun] for word in t.text.split()]
    if len(words) < 3 or not words[-1].islower() or not can_be_noun(words[-1]):
        return False
    opened = [i for i, word in enumerate(words[:-1]) if word.lower() in ("a", "an", "the")]
    return bool(opened) and opened[0] > 0 and words[opened[0] - 1].endswith(",")


def _governed(tokens: Sequence[Token], noun: int) -> bool:
    """Give whether a preposition governs the noun phrase ending at noun ("on the contracts",
    "over contracts"; not "On Thursday the inspectorate") after the sentence's own verb ("agreed
    a motion on the contracts awarded to …"; not "responsibility for unpaid work passed to …")."""
    for start in range(noun - 1, max(-1, noun - 4), -1):
        if tokens[start].lemma in GOVERNING:
            between = tokens[start + 1 : noun]
            told = any(t.auxiliaries or "VBD" in t.forms for t in tokens[:start])
            return told and all(t.text.islower() and t.text.isalpha() for t in between)
    return False


def _to_comma(text: str, start: int, after: int) -> tuple[int, int]:
    comma = text.find(",", after)
    return start, len(text) if comma < 0 else comma


def describes_a_name(tokens: Sequence[Token], verb: Token) -> bool:
    """Give whether the verb opens a clause set after a name and its comma ("Capita, which has
    sold businesses …"): what the name has done before, not the day's news."""
    index = tokens.index(verb) if verb in tokens else 0
    if index < 3 or tokens[index - 1].lemma not in ("which", "who"):
        return False
    return tokens[index - 2].text == "," and tokens[index - 3].entity is not None
