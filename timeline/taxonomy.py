"""The event taxonomy: event types, the frames that report them and their headline templates.

It is data (taxonomy.yaml), validated here; timeline/extraction/frames.py compiles the frames.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from timeline.errors import VocabularyError

# A slot: {role}, or {role:kind/kind} to take only those kinds of entity ("{actor:owner}").
SLOT = re.compile(r"^\{([a-z_]+)(?::([a-z_/]+))?\}$")
_TEMPLATE_SLOT = re.compile(r"\{([a-z_]+)\}")
ENTITY_KINDS = ("crc", "owner", "body", "referent", "name")
# Roles filled from the words near the trigger, not by an entity.
VALUE_ROLES = {"rating", "amount", "post"}
# Value roles a headline may name though its pattern does not: found in the sentence when it
# has one ("as the next Chief Executive of HMPPS"), else the next template is tried.
WORDED_ROLES = {"amount", "post"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def pattern_slots(pattern: str) -> list[str]:
    """Give the roles a pattern's slots name, in order."""
    return [m.group(1) for word in pattern.split() if (m := SLOT.match(word))]


def pattern_problem(pattern: str, roles: dict[str, list[str]]) -> str | None:
    """Give what makes a pattern unusable, or None: no words, a leading wildcard, a bad slot."""
    words = pattern.split()
    if words and SLOT.match(words[0]):
        words = words[1:]
    if words and SLOT.match(words[-1]):
        words = words[:-1]
    if not words:
        return f"pattern {pattern!r} has no words, only slots"
    if words[0] in ("*", "**") or SLOT.match(words[0]):
        return f"pattern {pattern!r} must not start with a wildcard"
    for word in pattern.split():
        slot = SLOT.match(word)
        kinds = (slot.group(2) or "") if slot else ""
        unknown = [kind for kind in kinds.split("/") if kind and kind not in ENTITY_KINDS]
        if unknown:
            return f"pattern {pattern!r}: unknown entity kind {unknown[0]!r} in {word}"
    for word in words:
        inner = SLOT.match(word)
        if inner and not roles.get(inner.group(1)):
            role = inner.group(1)
            return (
                f"pattern {pattern!r}: a slot among the words, {{{role}}}, must be an entity role"
            )
    return None


def template_slots(template: str) -> list[str]:
    """Give the roles a headline template names ("{actor} enters administration" → actor)."""
    return _TEMPLATE_SLOT.findall(template)


class Frame(_Strict):
    """A trigger pattern with roles, and the headlines it gives (the first whose roles are filled).

    `mention: true` marks a pattern that names a happening in passing ("the collapse of
    {actor}"): it dates an event only with a date written beside it. `named: true` marks one
    on a common verb ("{actor} buy {target}") that reports only when a role names someone;
    `reporting_body: true` one whose actor must be a body the vocabulary marks `reports: true` ("the
    NAO said in December": a finding; "the MoJ said": no report). `announced_as: policy_announced`
    files the frame's happening, when announced before it is done, as that type (overriding its
    type's `announced_as`): "the minister announced that the work would return to the public
    sector" is a policy announced, not yet a change of owner. `decided_as: policy_announced`
    files a telling as that type when what it told is decided or to come ("told MPs that the
    scheme would be wound up"), not a fact ("told MPs that 30,000 applications were late").
    `generic: false` marks a specific
    act of a generic type ("abandoned the competition"), kept beside a frame of another type in
    its clause; a generic frame ("announced") there only tells how that one was made known. No
    `title` takes the type's templates whose roles the pattern fills; `title: []` takes none:
    the clause makes the title. `negated: true` marks a pattern whose verb must be negated and
    whose "not" is what it reports ("{actor} renew ** contract": "would not renew the contract"
    ends it). `calls: true` marks a call for a later happening ("{actor} call ** strike for"):
    a date after its words is the later one's; a call told in the present is the day's news.
    `active: true` marks a pattern whose verb must be active ("{actor} find {target}": "while a
    permanent successor is found" is no finding). `finite: true` marks a pattern whose verb must
    be finite, after its subject or an adverb, never a noun of the same word ("{actor:name}
    report on": "Lord Myners reported on 18 December", not "the review's final report on").
    `yields: true` marks a loose pattern that gives way to any other frame claiming its words
    ("the committee's report builds on the NAO's report on X, published in April": the
    committee's report, not the NAO's). `fallback` is the
    headline, with no role in it, when no template fills and the clause makes none ("On 29 July
    they walked out": "Staff walk out"), in place of the type's label.
    """

    pattern: str = Field(min_length=1)
    title: list[str] | None = None
    mention: bool = False
    named: bool = False  # on a common verb ("buy", "hand over"): an event only with a role filled
    reporting_body: bool = False  # its actor must be a body whose word is a finding
    announced_as: str | None = None  # the type of the happening announced before it is done
    decided_as: str | None = None  # a telling's type when what it told is a decision
    generic: bool | None = None  # a telling ("announced"), not a specific act; default: its type's
    negated: bool = False  # matches only a negated verb, its "not" part of the meaning
    calls: bool = False  # a call for a later happening: the dates after it are that one's
    active: bool = False  # matches only an active verb: "a successor is found" finds nothing
    finite: bool = False  # matches only a finite verb: "the final report on" reports nothing
    yields: bool = False  # a loose pattern: any other frame on its words comes first
    fallback: str | None = Field(default=None, min_length=1, pattern=r"^[^{}]*$")

    @field_validator("title", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("pattern")
    @classmethod
    def _slots_once_each(cls, pattern: str) -> str:
        slots = pattern_slots(pattern)
        if len(slots) != len(set(slots)):
            raise ValueError(f"pattern {pattern!r} names a slot twice")
        words = pattern.split()
        if any(("{" in word or "}" in word) and not SLOT.match(word) for word in words):
            raise ValueError(f"pattern {pattern!r}: a slot is a whole word, like {{actor}}")
        return pattern


class EventType(_Strict):
    """A kind of event: the phrases that report it (triggers, read by events.py), and its frames
    and default headlines (read by the frame extractor, frame_events.py)."""

    name: str = Field(pattern=r"^[a-z][a-z_]*$")
    label: str
    description: str = ""
    triggers: list[str] = Field(min_length=1)
    frames: list[Frame] = Field(default_factory=list)
    title: list[str] = Field(default_factory=list)
    generic: bool = Field(
        default=False, description="gives an event only when no other type's frame matched"
    )
    colour: str | None = None
    announced_as: str | None = Field(
        default=None,
        description="the type a happening of this type is, announced before it is done",
    )
    planned: str | None = Field(
        default=None,
        description="the headline of a happening decided, not yet done, that names no one (by"
        " default the label's future form: 'Contract to be terminated')",
    )
    objects: list[str] = Field(
        default_factory=list,
        description="the nouns its headlines stand for ('report', 'campaign'): a headline says"
        " them as fully as the sentence does ('publishes annual report on X')",
    )
    holders: bool = Field(
        default=True,
        description="an event that names no owner carries who held its CRCs on its day (false:"
        " a debate or a policy about an area's probation is no news of the company running it)",
    )
    chamber: bool = Field(
        default=False,
        description="held in a chamber (a debate, a statement to a parliament): a body that"
        " sits in one acts there too, so 'the Senedd debated' and 'the Welsh Government"
        " debated' are one happening",
    )
    personal: bool = Field(
        default=False,
        description="its actor is a person: in 'the company's founder, Emma Harrison, stepped"
        " down' she acts, not the company whose founder she is",
    )

    @field_validator("frames", mode="before")
    @classmethod
    def _pattern_shorthand(cls, frames: Any) -> Any:
        if not isinstance(frames, list):
            return frames
        return [{"pattern": f} if isinstance(f, str) else f for f in frames]

    @field_validator("title", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class TypeAdditions(_Strict):
    """More phrasings for an existing type, from a story that extends the shipped taxonomy."""

    triggers: list[str] = Field(default_factory=list)
    frames: list[Frame] = Field(default_factory=list)

    @field_validator("frames", mode="before")
    @classmethod
    def _pattern_only(cls, frames: Any) -> Any:
        if not isinstance(frames, list):
            return frames
        return [{"pattern": f} if isinstance(f, str) else f for f in frames]


class Taxonomy(_Strict):
    """Event types, the roles frames fill, and the words about time, hedging and scope."""

    extends: Literal["shipped"] | None = None  # a story's types added to the shipped ones
    event_types: list[EventType] = Field(default_factory=list)
    # With extends: more triggers and frames for the shipped types, by type name.
    add_to: dict[str, TypeAdditions] = Field(default_factory=dict)
    roles: dict[str, list[str]] = Field(default_factory=dict)
    ratings: list[str] = Field(default_factory=list)
    referents: list[str] = Field(default_factory=list)
    national_phrases: list[str] = Field(default_factory=list)
    now_cues: list[str] = Field(default_factory=list)
    hedges: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)  # capitalised names that never act
    # Nouns that end the names of things done, never of doers: "a Race Action Programme".
    things: list[str] = Field(default_factory=list)
    # Nouns that end the names of public bodies, never of firms: "the company" a post speaks of
    # is never the Home Office or a council the post names.
    public_bodies: list[str] = Field(default_factory=list)
    # Nouns that end an organisation's name and that news calls it by once named: "the
    # council" in a story naming Croydon Council, and no other council, is Croydon Council.
    organisation_nouns: list[str] = Field(default_factory=list)
    # Courts and tribunals ("High Court", "judge"): what one finds (a findings_type event) is a
    # ruling, filed under rulings_type ("The High Court found in 2019 that Horizon …").
    courts: list[str] = Field(default_factory=list)
    findings_type: str | None = None
    rulings_type: str | None = None
    # A commentator's words a headline says plainly: "flogged off" is "sold off".
    plain_words: dict[str, str] = Field(default_factory=dict)

    @field_validator("roles")
    @classmethod
    def _known_kinds(cls, roles: dict[str, list[str]]) -> dict[str, list[str]]:
        for role, kinds in roles.items():
            unknown = [kind for kind in kinds if kind not in ENTITY_KINDS]
            if unknown:
                raise ValueError(f"role {role!r}: unknown entity kind {unknown[0]!r}")
        return roles

    def extending(self, base: Taxonomy) -> Taxonomy:
        """Give base with this story's event types added and its non-empty lists in place of
        base's; VocabularyError when a type repeats one of base's names."""
        taken = {event_type.name for event_type in base.event_types}
        repeated = [t.name for t in self.event_types if t.name in taken]
        if repeated:
            raise VocabularyError(
                f"event type {repeated[0]!r} is already a shipped type: use it as it is, or give "
                "the story a taxonomy of its own (without `extends: shipped`)"
            )
        unknown = sorted(set(self.add_to) - taken)
        if unknown:
            raise VocabularyError(f"add_to: {unknown[0]!r} is not a shipped event type")
        types = [_with_additions(t, self.add_to.get(t.name)) for t in base.event_types]
        replaced = {
            name: getattr(self, name)
            for name in (
                "roles",
                "ratings",
                "referents",
                "national_phrases",
                "now_cues",
                "hedges",
                "places",
                "things",
                "public_bodies",
                "organisation_nouns",
                "courts",
            )
            if getattr(self, name)
        }
        return base.model_copy(update={"event_types": [*types, *self.event_types], **replaced})

    def problems(
        self, roles: dict[str, list[str]] | None = None, types: Sequence[str] = ()
    ) -> list[tuple[tuple[Any, ...], str]]:
        """Give each frame that cannot be used, as (location in the file, what is wrong).

        A story's taxonomy that extends the shipped one is checked against the shipped roles
        (roles) and type names (types), once they are known: without them, it has no problems
        yet.
        """
        if roles is None and self.extends and not self.roles:
            return []
        roles = self.roles or roles or {}
        known = set(roles) | VALUE_ROLES
        frames = self._located_frames()
        found = [
            problem for where, frame in frames for problem in _frame_problems(frame, where, roles)
        ]
        found += self._announced_problems(frames, types)
        found += _repeated_problems(frames)
        for t, event_type in enumerate(self.event_types):
            for template in event_type.title:
                unknown = [s for s in template_slots(template) if s not in known]
                if unknown:
                    found.append(
                        (
                            ("event_types", t, "title"),
                            f"title {template!r}: unknown role {unknown[0]!r}",
                        )
                    )
        return found

    def _located_frames(self) -> list[tuple[tuple[Any, ...], Frame]]:
        """Give every frame, of the types and of the additions to shipped types, with where in
        the file it stands."""
        return [
            (("event_types", t, "frames", f), frame)
            for t, event_type in enumerate(self.event_types)
            for f, frame in enumerate(event_type.frames)
        ] + [
            (("add_to", name, "frames", f), frame)
            for name, additions in self.add_to.items()
            for f, frame in enumerate(additions.frames)
        ]

    def _announced_problems(
        self, frames: list[tuple[tuple[Any, ...], Frame]], types: Sequence[str]
    ) -> list[tuple[tuple[Any, ...], str]]:
        """Give each `announced_as`, of a type or of one of frames, that names no event type
        of this taxonomy or of types."""
        names = {t.name for t in self.event_types} | set(types)
        announced = [
            (("event_types", t, "announced_as"), event_type.announced_as)
            for t, event_type in enumerate(self.event_types)
        ] + [((*where, "announced_as"), frame.announced_as) for where, frame in frames]
        announced += [((*where, "decided_as"), frame.decided_as) for where, frame in frames]
        found = [
            (where, f"{where[-1]}: {name!r} is not an event type")
            for where, name in announced
            if name and name not in names
        ]
        for field in ("findings_type", "rulings_type"):
            name = getattr(self, field)
            if name and (self.event_types or types) and name not in names:
                found.append(((field,), f"{field}: {name!r} is not an event type"))
        return found


def _repeated_problems(
    frames: list[tuple[tuple[Any, ...], Frame]],
) -> list[tuple[tuple[Any, ...], str]]:
    """Give each frame that repeats an earlier one of its type in all but its headlines: the
    earlier claims every word the later would match, so the later never reports."""
    seen: set[tuple[Any, ...]] = set()
    found = []
    for where, frame in frames:
        key = (*where[:2], repr(frame.model_dump(exclude={"title", "fallback"})))
        if key in seen:
            found.append((where, f"pattern {frame.pattern!r} repeats an earlier frame of its type"))
        seen.add(key)
    return found


def _frame_problems(
    frame: Frame, where: tuple[Any, ...], roles: dict[str, list[str]]
) -> list[tuple[tuple[Any, ...], str]]:
    slots = set(pattern_slots(frame.pattern))
    unknown = sorted(slots - set(roles) - VALUE_ROLES)
    if unknown:
        return [(where, f"pattern {frame.pattern!r}: unknown role {unknown[0]!r}")]
    found = []
    problem = pattern_problem(frame.pattern, roles)
    if problem:
        found.append((where, problem))
    for template in frame.title or ():
        missing = [s for s in template_slots(template) if s not in slots | WORDED_ROLES]
        if missing:
            found.append(
                (
                    (*where, "title"),
                    f"title {template!r} names {{{missing[0]}}}, which the pattern "
                    f"{frame.pattern!r} does not fill",
                )
            )
    return found


def _with_additions(event_type: EventType, additions: TypeAdditions | None) -> EventType:
    if additions is None:
        return event_type
    return event_type.model_copy(
        update={
            "triggers": [*event_type.triggers, *additions.triggers],
            "frames": [*event_type.frames, *additions.frames],
        }
    )
