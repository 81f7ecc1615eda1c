"""Event frames: a trigger pattern on lemmas plus the roles it fills, matched on frame tokens.

A pattern is words (matched by lemma: "enters" also finds "entered", "has entered"), `a|b`
for either word, `word*` for any word starting so, `*` for one word, `**` for up to five, and
`{role}` slots. A slot inside the pattern is filled by the entity written there; a slot before
or after the words is filled by the nearest entity on that side within the same clause, passing
over asides (", which …," and brackets). When the verb is passive ("the CRCs were taken over by
Seetec"), a frame written actively ("{actor} take over {target}") swaps: the entity before the
verb is the target and the one after "by" the actor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from timeline.extraction.frame_patterns import CompiledFrame
from timeline.extraction.frame_roles import agent, nearest, passed_over
from timeline.extraction.frame_text import (
    aside_around,
    aside_tokens,
    governing_verb,
    lemma_text,
    token_at,
    token_index,
    trigger_verb,
)
from timeline.extraction.hit_verbs import (
    agent_inside,
    describes_a_noun,
    finite_after_subject,
    negated_verb,
    noun_after_preposition,
    owned_noun,
    participle_as_written,
    passive,
)
from timeline.extraction.lemmas import Token, pattern_lemma
from timeline.taxonomy import SLOT


@dataclass
class FrameMatch:
    """A frame found in a sentence: which words triggered it and the entities in its roles."""

    frame: CompiledFrame
    tokens: Sequence[Token]  # the sentence's
    first: int  # token indices of the trigger words, end excluded
    last: int
    roles: dict[str, list[Token]] = field(default_factory=dict)
    verb: Token | None = None  # the trigger's verb, when it has one

    @property
    def type(self) -> str:
        return self.frame.type

    def role_names(self) -> dict[str, list[str]]:
        """Give the names each filled role holds, once each, in order."""
        return {
            role: list(dict.fromkeys(name for t in tokens for name in t.names))
            for role, tokens in self.roles.items()
            if tokens
        }


class FrameMatcher:
    """Finds the frames of a taxonomy in tokenised sentences."""

    def __init__(self, frames: Sequence[CompiledFrame], role_kinds: Mapping[str, Sequence[str]]):
        self.frames = sorted(frames, key=lambda frame: -frame.weight)
        self._by_anchor: dict[str, list[int]] = {}
        self._by_prefix: dict[str, list[int]] = {}
        self._unanchored: list[int] = []
        self._wordings: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
        for frame in self.frames:
            wording = _wording(frame.pattern)
            for options in wording:
                for option in options:
                    self._wordings.setdefault(option.rstrip("*"), []).append(wording)
        for index, frame in enumerate(self.frames):
            if not frame.anchor:
                self._unanchored.append(index)
            for option in frame.anchor:
                if option.endswith("*"):
                    self._by_prefix.setdefault(option[:-1], []).append(index)
                else:
                    self._by_anchor.setdefault(option, []).append(index)
        self.role_kinds = {
            role: {f"<{kind}>" for kind in kinds} for role, kinds in role_kinds.items()
        }

    def uses_word(self, word: str) -> bool:
        """Give whether a word is one a frame's pattern writes ("told Parliament")."""
        return pattern_lemma(word) in self._wordings

    def is_frame_wording(self, words: Sequence[str]) -> bool:
        """Give whether words are a frame's own wording ("Preferred Bidders" in "{actor:owner}
        preferred bidder*", an acronym such as "NPS" in "return to the nps"): such a capitalised
        run is what happened, not who."""
        lemmas = tuple(pattern_lemma(word) for word in words)
        acronym = len(words) == 1 and len(words[0]) > 1 and words[0].isupper()
        return (len(lemmas) > 1 or acronym) and any(
            _contains(wording, lemmas) for wording in self._wordings.get(lemmas[0], ())
        )

    def _candidates(self, lemmas: set[str]) -> list[CompiledFrame]:
        """Give the frames whose every literal word the sentence holds, heaviest first: most
        frames need no regex run at all."""
        prefixes = {lemma[:length] for lemma in lemmas for length in range(1, len(lemma) + 1)}
        indices = set(self._unanchored)
        for lemma in lemmas & self._by_anchor.keys():
            indices.update(self._by_anchor[lemma])
        for prefix in prefixes & self._by_prefix.keys():  # looked up, never scanned for
            indices.update(self._by_prefix[prefix])
        frames = (self.frames[index] for index in sorted(indices))
        return [
            frame
            for frame in frames
            if frame.required <= lemmas and _held(frame.choices, lemmas, prefixes)
        ]

    def find(
        self, tokens: Sequence[Token], stands: Callable[[FrameMatch], bool] = lambda match: True
    ) -> list[FrameMatch]:
        """Give the frames in tokens, heaviest first where two claim the same words; of two as
        heavy, one that means its verb's "not" ("would not renew") before one it denies, one
        that reports before one that names a happening in passing ("the management
        buyout of Abellio … has been completed": the completion), then the one that starts
        first ("stepped in to take over the running of": the step-in, whose verb governs the
        infinitive)."""
        asides = aside_tokens(tokens)
        # The sentence as written, and without its asides: "the contract to operate HMP
        # Birmingham, which was awarded in 2011 and was due to run until 2026, will come to an
        # end" holds "contract … come to an end" once the aside is passed over.
        views = [list(range(len(tokens)))]
        if asides:
            views.append([index for index in range(len(tokens)) if index not in asides])
        candidates = self._candidates({token.lemma for token in tokens})
        hits = []
        for positions in views:
            view = [tokens[index] for index in positions]
            text, starts = lemma_text(view)
            for order, frame in enumerate(candidates):
                for hit in frame.regex.finditer(text):
                    low = token_at(starts, hit.start())
                    high = token_at(starts, hit.end() - 1) + 1
                    if _to_infinitive(frame, view, low, high):
                        continue
                    if frame.written_passive and not participle_as_written(view, low, high):
                        continue  # "its contract, a direct award that began": no "be awarded"
                    if frame.finite and not finite_after_subject(view, low):
                        continue  # "the review's final report on": a noun, no one reporting
                    if frame.active and passive(view[low:high], view):
                        continue  # "while a successor is found", "evidence found by": none
                    if agent_inside(frame, view, low, high):
                        continue  # "X was appointed by the department as": the agent
                    if describes_a_noun(view, low, high) or owned_noun(view, low, high):
                        continue  # "schools of the collapsed academy chain", "CQC's report"
                    if noun_after_preposition(view, low, high):
                        continue  # "after reports that …": a noun, no one reporting
                    negated = negated_verb(view[low:high])
                    if frame.negated and not negated:
                        continue  # "would not renew the contract", never "renewed" it
                    first, last = positions[low], positions[high - 1] + 1
                    rank = (
                        -frame.weight,
                        frame.passive_swaps and passive(view[low:high]),  # a reading as written
                        negated and not frame.negated,
                        frame.mention,
                        first,
                        order,
                    )
                    hits.append((rank, frame, hit, first, last, (view, starts, positions)))
        found: list[FrameMatch] = []
        taken: set[int] = set()
        for _, frame, hit, first, last, seen in sorted(hits, key=lambda h: h[0]):
            claimed = _claimed(seen, hit)
            if taken & claimed:
                continue
            match = self._filled(frame, hit, tokens, seen, first, last, asides)
            if _wants_its_kind(match) or not stands(match):
                continue  # "the council took control": not a company's takeover, a step-in
            found.append(match)
            taken.update(claimed)
        return sorted(found, key=lambda match: match.first)

    def _filled(self, frame, hit, tokens, seen, first, last, asides) -> FrameMatch:
        view, starts, positions = seen  # the tokens the pattern matched on (asides left out)
        low = token_at(starts, hit.start())
        high = token_at(starts, hit.end() - 1) + 1
        verb = trigger_verb(view[low:high])
        match = FrameMatch(frame, tokens, first, last, verb=verb)
        at = token_index(tokens, verb) if verb is not None else None
        # After a verb inside an aside, the aside's own words: "…, published on Monday by the
        # committee,"; before it, the name the aside is about ("Clancy, who took over …").
        own = asides - set(aside_around(asides, at)) if at is not None else asides
        for role in frame.inner:
            lo, hi = token_at(starts, hit.start(role)), token_at(starts, hit.end(role) - 1) + 1
            named = [(i, t) for i, t in enumerate(view[lo:hi], lo) if t.entity is not None]
            match.roles[role] = [t for i, t in named if not passed_over(view, i)]
        before = after = None
        if frame.leading:
            before = nearest(tokens, first - 1, -1, frame, frame.leading, asides, self.role_kinds)
        if frame.trailing:
            after = nearest(tokens, last, 1, frame, frame.trailing, own, self.role_kinds)
        swap = frame.passive_swaps and verb is not None and verb.passive
        if swap:
            by_agent = agent(tokens, last, frame, frame.leading, own, self.role_kinds)
            before = nearest(tokens, first - 1, -1, frame, frame.trailing, asides, self.role_kinds)
            after, before = before, by_agent
        elif _done_to_actor(frame, verb):  # "Peter Clarke was asked to investigate": not he
            before = agent(tokens, at + 1, frame, frame.leading, asides, self.role_kinds)
        elif _by_its_actor(frame, view[low:high], view):  # "a paper published by the NAO"
            before = agent(tokens, last, frame, frame.leading, own, self.role_kinds) or before
        if before:
            match.roles[frame.leading] = before
        if after:
            match.roles[frame.trailing] = after
        _without_self_reference(match)
        # Its tense tells the happening: the trigger's own verb group ("which was awarded"),
        # else the verb a noun-phrase frame stands after ("has been named as the preferred …").
        governing = None if verb is not None and verb.auxiliaries else governing_verb(tokens, first)
        match.verb = governing or verb
        return match


def _done_to_actor(frame, verb: Token | None) -> bool:
    """Give whether a frame written actively with its actor alone, whose verb asks someone to
    do something ("{actor} ask ** to investigate"), found the verb in the passive: the name
    before it is who was asked; the actor, if any, is after "by"."""
    alone = _actor_alone(frame) and not frame.personal  # "Janine was promoted to …": hers
    asks = " to " in f" {frame.pattern} " and " by " not in f" {frame.pattern} "
    return alone and asks and verb is not None and verb.passive


def _by_its_actor(frame, words: Sequence[Token], view: Sequence[Token]) -> bool:
    """Give whether a frame written actively with its actor alone found a participle with its
    agent after it ("a paper published by the NAO"): the agent is the actor."""
    verb = trigger_verb(words)
    bare = verb is not None and not verb.auxiliaries
    return _actor_alone(frame) and bare and not frame.personal and passive(words, view)


def _actor_alone(frame) -> bool:
    """Give whether a frame written actively has an actor and no role after its verb."""
    return frame.leading == "actor" and not frame.trailing and not frame.written_passive


def _wants_its_kind(match: FrameMatch) -> bool:
    """Give whether a frame that needs the role it opens with, narrowed to kinds, or else the
    one it ends with, found none there ("men were being referred to a programme": "be refer to
    {successor:body}" names no body)."""
    frame = match.frame
    needed = frame.leading if frame.leading is not None else frame.trailing
    narrowed = needed is not None and needed in dict(frame.kinds)
    return frame.named and narrowed and not match.roles.get(needed)


def _claimed(seen, hit) -> set[int]:
    """Give the token indices a match claims from other frames: its words from its verb on (not
    an aside it passed over); the noun phrase before the verb may be another frame's too ("the
    contract to operate HMP Birmingham, which was awarded in 2011, …, will come to an end":
    the award and the ending share it)."""
    view, starts, positions = seen
    low = token_at(starts, hit.start())
    high = token_at(starts, hit.end() - 1) + 1
    verb = trigger_verb(view[low:high])
    words = positions[low:high]
    if verb is None or verb.auxiliaries == () and not verb.forms & {"VBD", "VBN"}:
        return set(words)  # no verb group of its own to tell it from another frame
    return set(words[view[low:high].index(verb) :])


def _held(needs: tuple[tuple[str, ...], ...], lemmas: set[str], prefixes: set[str]) -> bool:
    """Give whether a sentence's lemmas (and their prefixes) hold an option of each word."""
    return all(
        any(o[:-1] in prefixes if o.endswith("*") else o in lemmas for o in options)
        for options in needs
    )


@cache
def _wording(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Give a pattern's literal words in order, each as its options' lemmas ("prefix*" kept)."""
    return tuple(
        tuple(o if o.endswith("*") else pattern_lemma(o) for o in word.lower().split("|"))
        for word in pattern.split()
        if not SLOT.match(word) and word not in ("*", "**")
    )


def _contains(wording: tuple[tuple[str, ...], ...], lemmas: tuple[str, ...]) -> bool:
    """Give whether lemmas stand in wording as consecutive words."""
    for start in range(len(wording) - len(lemmas) + 1):
        if all(
            any(lemma.startswith(o[:-1]) if o.endswith("*") else lemma == o for o in options)
            for options, lemma in zip(wording[start : start + len(lemmas)], lemmas, strict=True)
        ):
            return True
    return False


def _without_self_reference(match: FrameMatch) -> None:
    """Drop a role that names only the actor again ("the inspectorate rates the inspectorate"):
    the slot was filled from the wrong side of a clause."""
    actors = {token.entity.name for token in match.roles.get("actor", []) if token.entity}
    for role, tokens in list(match.roles.items()):
        names = {token.entity.name for token in tokens if token.entity}
        if role != "actor" and names and names <= actors:
            del match.roles[role]


def _to_infinitive(frame, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Give whether a pattern's "to" matched one that opens an infinitive the pattern does not
    name ("a motion was passed to direct the branch"), not a preposition ("passed to Seetec")."""
    literal = {lemma for options in _wording(frame.pattern) for lemma in options}
    words = frame.pattern.lower().split()
    # Only a "to" the pattern ends on or puts a role or any word after may be taken for an
    # infinitive's; not one it follows with its own words ("come to an end"), nor a "to" its
    # "**" passes over.
    open_to = any(
        "to" in word.split("|")
        and (
            index + 1 == len(words)
            or words[index + 1] in ("*", "**")
            or SLOT.match(words[index + 1])
        )
        for index, word in enumerate(words)
    )
    if not open_to:
        return False
    for index in range(first, min(last, len(tokens) - 1)):
        following = tokens[index + 1]
        if (
            tokens[index].lemma == "to"
            and following.entity is None
            and following.text.islower()
            and "VB" in following.forms
            and following.lemma not in literal
        ):
            return True
    return False
