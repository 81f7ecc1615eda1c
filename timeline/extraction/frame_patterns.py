"""Frame patterns compiled: a taxonomy frame's pattern as a regular expression over a sentence's
frame tokens, with the roles its slots fill and the words a sentence must hold for it to run.

A pattern is words (matched by lemma), `a|b` for either word, `word*` for any word starting so,
`*` for one word, `**` for up to five, and `{role}` slots (frames.py fills them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from timeline.extraction.lemmas import AUXILIARIES, pattern_lemma
from timeline.taxonomy import SLOT, VALUE_ROLES, EventType, Frame

# Between two words of a pattern, one word more may stand: an adjective or adverb the pattern
# cannot list ("went into compulsory liquidation", "stood down"), but not "up", which makes
# another verb of the one before it ("picked up by unions" is no "picked by"), nor "of", which
# makes a noun of it ("by the end of the contract" is no "end the contract").
_MODIFIER_GAP = r"(?:(?!up |of )[a-z][\w'-]* )??"


@dataclass(frozen=True)
class CompiledFrame:
    """One frame of one event type, ready to match."""

    type: str
    pattern: str
    titles: tuple[str, ...]
    regex: re.Pattern[str]
    leading: str | None  # role of a slot before the words
    trailing: str | None  # role of a slot after the words
    inner: tuple[str, ...]  # roles of slots among the words
    weight: int  # literal words: how specific the frame is
    mention: bool = False  # names a happening in passing
    named: bool = False  # reports only with a role filled ("bail-out has bought no revolution")
    reporting_body: bool = False  # its actor must be a body whose word is a finding
    announced_as: str | None = None  # its happening's type while only announced
    generic: bool = False  # tells how another happening was made known ("announced")
    anchor: tuple[str, ...] = ()  # lemmas (or "prefix*") one of which a sentence must hold
    kinds: tuple[tuple[str, tuple[str, ...]], ...] = ()  # roles the pattern narrows to kinds
    negated: bool = False  # matches only a negated verb, whose "not" it means ("not renew")
    personal: bool = False  # its actor is a person, not the organisation whose post it is
    calls: bool = False  # a call for a later happening ("called a strike for 14 September")
    active: bool = False  # matches only an active verb ("a successor is found" finds nothing)
    finite: bool = False  # matches only a finite verb ("the final report on" reports nothing)
    fallback: str | None = None  # its headline when no template fills and no clause makes one
    decided_as: str | None = None  # its type when what it told is decided ("would be ended")
    needs: tuple[tuple[str, ...], ...] = ()  # each literal word's options, all to be held

    def kinds_of(self, role: str, default: set[str]) -> set[str]:
        """Give the entity kinds (as token lemmas, "<owner>") that may fill role here."""
        narrowed = dict(self.kinds).get(role)
        return {f"<{kind}>" for kind in narrowed} if narrowed else default

    @cached_property
    def required(self) -> frozenset[str]:
        """Give the lemmas of the literal words that have one option, no prefix: all needed."""
        return frozenset(w[0] for w in self.needs if len(w) == 1 and not w[0].endswith("*"))

    @cached_property
    def choices(self) -> tuple[tuple[str, ...], ...]:
        """Give the literal words with options or a prefix, one of each to be held."""
        return tuple(w for w in self.needs if len(w) > 1 or w[0].endswith("*"))

    @cached_property
    def written_passive(self) -> bool:
        """Give whether the pattern is written in the passive ("{target} be rated {rating}")."""
        return any("be" in word.split("|") for word in self.pattern.split())

    @cached_property
    def passive_swaps(self) -> bool:
        """Give whether a passive verb swaps the slots: written actively ("by" and "be" not in
        it), with an entity's slot either side ("{target} be rated {rating}" is no such frame),
        the first the doer's: a frame that opens on what is acted on reads the same in the
        passive ("{target} sell to {successor}": "the accounts were sold to British Gas")."""
        sides = self.leading not in (None, "target") and self.trailing not in (None, *VALUE_ROLES)
        return sides and not self.written_passive and " by " not in f" {self.pattern} "


# "**": up to five words, punctuation between them not counted ("the Government's ‘Transforming
# Rehabilitation’ programme"), none of them a word opening another clause ("a guarantee London
# Underground gave when the contracts were signed" gives no contract).
# A word of the gap, after any punctuation, which is taken possessively: a run of it ("The
# inspection . . . . 2", a contents line) is read one way only, never tried against every split
# of the gap. Punctuation the gap ends on counts as one word, as a word's place it takes.
_PUNCTUATION = r"[^\w\s<]\S* "
_GAP_WORD = rf"(?:{_PUNCTUATION})*+(?!(?:when|because|although|whereas|while|if|unless) )\S+ "
_GAP = rf"(?:{_GAP_WORD}){{0,4}}?(?:{_GAP_WORD}|(?:{_PUNCTUATION})+)?"


def compile_frame(
    type_name: str,
    pattern: str,
    titles: Sequence[str],
    role_kinds: Mapping[str, Sequence[str]],
    mention: bool = False,
    named: bool = False,
    reporting_body: bool = False,
    announced_as: str | None = None,
    generic: bool = False,
    negated: bool = False,
    personal: bool = False,
    calls: bool = False,
    active: bool = False,
    finite: bool = False,
    fallback: str | None = None,
    yields: bool = False,
    decided_as: str | None = None,
) -> CompiledFrame:
    """Give the compiled form of a pattern the taxonomy has checked (taxonomy.pattern_problem)."""
    words = pattern.split()
    narrowed = tuple(
        (m.group(1), tuple(m.group(2).split("/")))
        for word in words
        if (m := SLOT.match(word)) and m.group(2)
    )
    leading = trailing = None
    if words and SLOT.match(words[0]):
        leading = SLOT.match(words.pop(0)).group(1)
    if words and SLOT.match(words[-1]):
        trailing = SLOT.match(words.pop()).group(1)
    parts, inner, weight = [], [], 0
    # Tokens carry auxiliaries on their verb, so "be", "will" and "has" in a pattern match nothing.
    words = [w for w in words if not set(w.lower().split("|")) <= AUXILIARIES]
    previous_literal = False
    for word in words:
        slot = SLOT.match(word)
        literal = not slot and word not in ("*", "**")
        if literal and previous_literal:
            parts.append(_MODIFIER_GAP)  # "went into (compulsory) liquidation"
        previous_literal = literal
        if slot:
            role = slot.group(1)
            inner.append(role)
            allowed = dict(narrowed).get(role) or role_kinds[role]
            kinds = "|".join(re.escape(f"<{kind}>") for kind in allowed)
            parts.append(rf"(?:\S+ ){{0,3}}?(?P<{role}>(?:{kinds})(?: (?:and|,|&) (?:{kinds}))*)")
        elif word == "*":
            parts.append(r"\S+")
        elif word == "**":
            parts.append(_GAP + r"\S+")
        else:
            parts.append(_word_regex(word))
            weight += 1
    body = " ".join(parts).replace(_GAP + r"\S+ ", _GAP)
    body = body.replace(f" {_MODIFIER_GAP} ", f" {_MODIFIER_GAP}")
    regex = re.compile(rf"(?<!\S){body}(?!\S)")
    literals = [w for w in words if not SLOT.match(w) and w not in ("*", "**")]
    needs = tuple(tuple(_anchor_options(literal)) for literal in literals)
    return CompiledFrame(
        type_name,
        pattern,
        tuple(titles),
        regex,
        leading,
        trailing,
        tuple(inner),
        0 if yields else weight,
        mention,
        named,
        reporting_body,
        announced_as,
        generic,
        needs[0] if needs else (),
        narrowed,
        negated,
        personal,
        calls,
        active,
        finite,
        fallback,
        decided_as,
        needs,
    )


def compile_taxonomy_frame(
    kind: EventType, frame: Frame, titles: Sequence[str], roles: Mapping[str, Sequence[str]]
) -> CompiledFrame:
    """Give a taxonomy frame of an event type compiled, with its flags and headlines."""
    flags = frame.model_dump(
        include={
            "mention",
            "named",
            "reporting_body",
            "negated",
            "calls",
            "active",
            "finite",
            "fallback",
            "yields",
            "decided_as",
        }
    )
    return compile_frame(
        kind.name,
        frame.pattern,
        titles,
        roles,
        announced_as=frame.announced_as or kind.announced_as,
        generic=kind.generic if frame.generic is None else frame.generic,
        personal=kind.personal,
        **flags,
    )


def _anchor_options(word: str) -> list[str]:
    return [
        option if option.endswith("*") else pattern_lemma(option)
        for option in word.lower().split("|")
    ]


def _word_regex(word: str) -> str:
    options = []
    for option in word.lower().split("|"):
        if option.endswith("*"):  # "contract*": contracts, not the contractors who do them
            options.append(re.escape(option[:-1]) + r"(?!(?:or|er)s?(?:\s|$))\S*")
        else:
            options.append(re.escape(pattern_lemma(option)))
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
