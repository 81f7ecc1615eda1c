"""A frame's headline: its templates filled with canonical names, else its clause in headline
style, else its type's label and the names it concerns."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extraction.entities import EntityMention
from timeline.extraction.events import TitleKind
from timeline.extraction.frames import FrameMatch
from timeline.extraction.headline_cuts import LIST_GOES_ON
from timeline.extraction.headline_limit import HEADLINE_LIMIT, participle_kept
from timeline.extraction.headlines import headline
from timeline.extraction.lemmas import Token, lemma_of
from timeline.extraction.participles import participle_phrase
from timeline.extraction.templates import fill_template, future_form, group_label, label_title
from timeline.extraction.title_judgement import (
    says_more,
    says_more_than_stock,
    says_nothing,
)
from timeline.extraction.title_objects import names_post, object_headline, post_named
from timeline.extraction.title_relatives import relative_made_main
from timeline.extraction.title_times import RELATIVE_TIME
from timeline.extraction.title_told import told_to_parliament
from timeline.extraction.titles import called_by_name, clause_headline
from timeline.partial_date import PartialDate
from timeline.taxonomy import VALUE_ROLES, EventType, Frame, pattern_slots, template_slots
from timeline.vocabulary import Vocabulary

AMOUNT = re.compile(
    r"[£$€]\s?\d(?:[\d,.]*\d)?(?:\s?(?:bn|m|k|billion|million)\b)?"
    r"|\b\d[\d,.]*\s(?:billion|million)\spounds\b",
    re.IGNORECASE,
)
_UNITS = {"million": "m", "billion": "bn"}
_PER_CENT = re.compile(r"(\d) per cent\b")


def shown_amount(amount: str) -> str:
    """Give an amount as a headline writes it: "£170 million" → "£170m", "£ 2.5bn" → "£2.5bn",
    a wire's "6.5 billion pounds" → "£6.5bn"."""
    if amount.lower().endswith(" pounds"):
        amount = "£" + amount[: -len(" pounds")]
    unit = re.search(r"(billion|million)\Z", amount, re.IGNORECASE)
    if unit:
        amount = amount[: unit.start()] + _UNITS[unit.group().lower()]
    return amount.replace(" ", "")


class FrameTitler:
    """Writes frame matches' headlines with one vocabulary's labels and CRC names."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._labels = {t.name: t.label for t in vocabulary.taxonomy.event_types}
        self._former = vocabulary.former_names
        plain = vocabulary.taxonomy.plain_words
        self._plain = plain
        self._loaded = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, plain)) + r")\b", re.I) if plain else None
        )
        self._planned = {
            t.name: t.planned or future_form(t.label) for t in vocabulary.taxonomy.event_types
        }
        self._type_titles = {t.name: t.title for t in vocabulary.taxonomy.event_types}
        self._objects = {t.name: t.objects for t in vocabulary.taxonomy.event_types}
        self._crc_names = set(vocabulary.crc_names)
        self._short = {  # a unit's abbreviation, for a headline its full name makes too long
            crc.name: crc.abbreviations[0] for crc in vocabulary.register.crcs if crc.abbreviations
        }
        self._owners_and_bodies = {*vocabulary.owner_names, *vocabulary.body_names}
        context = vocabulary.register.context
        self.noun = context.after[0] if context.after else ""
        self._plural = context.group[0] if context.group else self.noun

    def title(
        self,
        match: FrameMatch,
        roles: dict[str, list[str]],
        rating: str | None,
        text: str,
        span: tuple[int, int],
        speaking: str | None,
        named: list[str],
        to_come: bool = False,
        it: str | None = None,
    ) -> tuple[str, TitleKind]:
        """Give a frame match's headline and what made it: a filled template, a written one,
        the clause (or the noun phrase of a participle), else the type's label and names. A
        clause that opens on "it" acting is it, the organisation the post is about."""
        values = {role: self.shown(names) for role, names in roles.items()}
        if rating:
            values["rating"] = [rating]
        amount = AMOUNT.search(text, match.tokens[match.first].start)  # not the deciding verb's
        if amount:
            values["amount"] = [shown_amount(amount.group())]
        if match.type == "appointment":
            values.update(_posts_as_written(match, roles))
            post = post_named(text, match.tokens[match.first].start)
            values.update({"post": [post]} if post else {})
        label = self._labels[match.type]
        rated = None if to_come else self._rating_title(match.type, values, roles, named)
        slotless = [t for t in match.frame.titles if "{" not in t]
        written = [t for t in slotless if t != label]  # "Report published" says no more
        templates = [
            future_form(template) if to_come else template
            for template in match.frame.titles
            if template not in slotless  # and not "HM Inspectorate of Probation rated …"
            and ("{rating}" not in template or self._rated(roles))
        ]
        filled = self._first_filled(templates, values)
        if filled is not None:
            told = None if rated else told_to_parliament(filled, text, span)
            if told:  # "… tells MPs" with what it told, said as the sentence says it
                return told, "clause"
            return rated or filled, "filled"
        if written and to_come:  # decided, not yet done: "Offender management to return …"
            written = [future_form(title) for title in written]
        if written and not roles and named:  # "Contract awarded: Sodexo and six CRCs"
            return label_title(written[0], named), "written"
        if written:  # a headline the taxonomy writes for a frame with no role filled
            return rated or written[0], "written"
        start, end = participle_phrase(match.tokens, match.first, match.verb)
        phrase = _without_lone_commas(called_by_name(text[start:end]))  # "the review, published"
        it = it if it and self._a_firm(it) and _it_stands_for(text, span[0], it) else None
        finite = match.verb is None or match.verb.lemma not in _MADE_PUBLIC  # "X, Y, published"
        made = end and headline(phrase, finite=finite)
        if not made or RELATIVE_TIME.search(made):  # "committee today warned": a clause's verb
            made = clause_headline(text, span, speaking, it)
        made = made and _without_possessive(relative_made_main(made))
        made = None if made and says_nothing(made, text, span[0]) else made
        if made and made.lower() != label.lower():  # the clause says more than the label
            return made, "clause"
        types = [] if to_come else self._type_titles[match.type]  # the type's, for its roles
        filled = self._first_filled([t for t in types if "{" in t and "{rating}" not in t], values)
        if filled is not None:
            return filled, "bare"  # a label in headline form: ranks, and is judged, as one
        if rated:  # "Wales CRC rated 'Inadequate'": the rated and their rating, a headline
            return rated, "filled"
        graded = None if to_come else self._grade_alone(match.type, values, roles)
        if graded:  # a grade given to no one named: "Report published" says less
            return graded, "bare"
        names = [name for names in roles.values() for name in names]
        named = named if len(named) == 1 else []  # of several, which one it concerns is not said
        return label_title(self._stock(match, to_come), names or named), "bare"

    def _stock(self, match: FrameMatch, to_come: bool) -> str:
        """Give the headline a frame falls back on: its own ("Staff walk out"), else its type's
        label, of a thing to come when it is ("Offender management to return …")."""
        fallback = match.frame.fallback
        if fallback:
            return future_form(fallback) if to_come else fallback
        return self._planned[match.type] if to_come else self._labels[match.type]

    def _a_firm(self, name: str) -> bool:
        """Give whether name may be a firm "it" stands for: not a piece of a CRC's name
        ("Staffordshire" of Staffordshire and West Midlands) nor a CRC, which "it" may not be."""
        return not any(name in crc for crc in self._crc_names)

    def ruling(
        self, court: str, text: str, span: tuple[int, int], speaking: str | None
    ) -> tuple[str, TitleKind]:
        """Give a court's finding's headline: its clause ("High Court finds Horizon contained
        bugs"), else that it ruled."""
        made = clause_headline(text, span, speaking)
        return (made, "clause") if made else (f"{court} rules", "filled")

    def said_fully(self, title: str, kind: TitleKind, type_name: str, text: str) -> str:
        """Give a template's headline with its noun said as fully as the sentence says it
        ("publishes annual report"); a clause's or a label's as it is."""
        if kind == "clause" or ":" in title:
            return title
        return object_headline(title, self._objects[type_name], text)

    def _rating_title(
        self,
        type_name: str,
        values: dict[str, list[str]],
        roles: dict[str, list[str]],
        named: list[str],
    ) -> str | None:
        """Give the type's headline for the rating a report gave its target ("HM Inspectorate
        of Probation rates Dorset, Devon and Cornwall CRC 'Inadequate'"), when it has one; with
        no target in its words, the one CRC the report concerns ("rated it 'Requires
        improvement'" in a post about BeNCH CRC)."""
        if "rating" not in values:
            return None
        crcs = [name for name in named if name.removesuffix(f" {self.noun}") in self._crc_names]
        if "target" not in roles and len(crcs) == 1:
            roles, values = {**roles, "target": crcs}, {**values, "target": crcs}
        if not self._rated(roles):
            return None
        rated = [t for t in self._type_titles[type_name] if "{rating}" in t]
        return self._first_filled(rated, values)

    def _grade_alone(
        self, type_name: str, values: dict[str, list[str]], roles: dict[str, list[str]]
    ) -> str | None:
        """Give the type's headline for a grade given to no one named ("rated us 'Good'"):
        "Inspectors give 'Good' rating", not "Report published"."""
        if "rating" not in values or "target" in roles:
            return None
        alone = [t for t in self._type_titles[type_name] if t.count("{") == 1 and "{rating}" in t]
        return self._first_filled(alone, values)

    def _first_filled(self, templates: list[str], values: dict[str, list[str]]) -> str | None:
        """Give the first of templates that fills, with units' full names, else with their
        abbreviations where full names make it too long ("DLNR CRC rated 'Good'")."""
        short = {
            role: [self._abbreviated(name) for name in names] for role, names in values.items()
        }
        spellings = [values] if short == values else [values, short]
        filled = (fill_template(t, spelt) for t in templates for spelt in spellings)
        return next((title for title in filled if title), None)

    def _abbreviated(self, name: str) -> str:
        """Give a unit's name as its abbreviation writes it ("DLNR CRC"), else as it is."""
        suffix = f" {self.noun}" if self.noun else ""
        unit = name.removesuffix(suffix)
        return f"{self._short[unit]}{suffix}" if unit in self._short else name

    def _rated(self, roles: dict[str, list[str]]) -> bool:
        """Give whether a rating is given to the event's target: what is inspected, no owner
        or body ("Sodexo rated …" rates the company's CRC; a CRC's rating rates a CRC)."""
        targets = roles.get("target", [])
        return bool(targets) and not set(targets) & self._owners_and_bodies

    def fuller(
        self,
        title: str,
        roles: dict[str, list[str]],
        text: str,
        span: tuple[int, int],
        speaking: str | None,
        referents: Sequence[EntityMention] = (),
        verb: Token | None = None,
    ) -> str | None:
        """Give the clause's headline where it says more than a filled template about the same
        doer ("Senedd debates the future of probation in Wales" for "Senedd holds debate"), or
        than a stock headline with no one in it ("Report published"); else None. A body the
        clause calls by a word ("the ministry") is written by its name; one cut just before the
        frame's verb, a participle ("The government's strategy, published in May, …"), keeps
        it ("Government's strategy published")."""
        made = clause_headline(text, span, speaking)
        participle = made and verb and _participle_after(made, text, verb.lemma)
        made = participle_kept(f"{made} {participle}") if participle else made
        if not made:
            return None
        made = self.named(made, referents)
        if not roles:
            return made if says_more_than_stock(made, title) else None
        values = {role: self.shown(names) for role, names in roles.items()}
        return made if says_more(made, title, values) else None

    def named(self, title: str, referents: Sequence[EntityMention]) -> str:
        """Give title with "the CRC" as the one CRC the document is about ("Inspectors publish
        their previous report on the CRC" → "… on Staffordshire and West Midlands CRC"), and "the
        ministry" as the one body the document calls so. "The company" stays: which company a
        post means is a surer guess in a role than in words; so does a plural ("Ministers name
        the preferred bidders"), whose verb a body's name would not agree with."""
        for referent in referents:
            plain = referent.text.lower().removeprefix("the ").strip()
            if referent.kind not in ("crc", "body") or plain.endswith("ers"):
                continue
            words = re.escape(plain)
            name = self.shown([referent.name])[0]
            inside = r"(?!\s+(?:of|for|and)\s+[A-Z])"  # "Ministry of Justice": a name already
            pattern = re.compile(
                rf"^{words}(?!\w){inside}|(?<!\w)the\s+{words}(?!\w){inside}", re.I
            )
            replaced = pattern.sub(name, title, count=1)
            if len(replaced) <= HEADLINE_LIMIT:
                title = replaced[:1].upper() + replaced[1:]
        return title

    def of_the_day(self, title: str, when: PartialDate) -> str:
        """Give title with a body called by the name it went by on the event's day ("HMPPS set
        up" in June 2004 is "NOMS set up")."""
        for body, names in self._former.items():
            old = next((name for name, until in names if when.start() < until.start()), None)
            if old is not None:
                title = re.sub(rf"(?<![\w-]){re.escape(body)}(?![\w-])", old, title)
        return title

    def plain(self, title: str) -> str:
        """Give title with a commentator's words said plainly ("Government flogs off 70 per
        cent of the probation service" → "Government sells off 70% …") and its sums as
        headlines write them ("104 million pounds" → "£104m")."""
        title = _PER_CENT.sub(r"\1%", AMOUNT.sub(lambda sum_: shown_amount(sum_.group()), title))
        if self._loaded is None:
            return title

        def plainly(match: re.Match[str]) -> str:
            said = self._plain[match.group().lower()]
            return said[:1].upper() + said[1:] if match.group()[:1].isupper() else said

        return self._loaded.sub(plainly, title)

    def shown(self, names: list[str]) -> list[str]:
        """Give names as a title shows them: CRCs past two as "three CRCs"."""
        crcs = [name for name in names if name in self._crc_names]
        others = [name for name in names if name not in crcs]
        return others + group_label(crcs, self.noun, self._plural)


def _participle_after(headline: str, text: str, lemma: str) -> str | None:
    """Give the participle of the verb lemma that follows where a headline without that verb
    ends in the sentence ("… A Strategy for Reform, published in May 2013"), else None."""
    words = headline.split()
    if any(lemma_of(word.lower())[0] == lemma for word in words):
        return None
    after = re.search(rf"(?<!\w){re.escape(words[-1])},?\s+(\w+)", text)
    if after is None:
        return None
    participle = after.group(1).lower()
    lemma_found, forms = lemma_of(participle)
    return participle if lemma_found == lemma and "VBN" in forms else None


_MADE_PUBLIC = frozenset({"publish", "release", "issue", "announce", "unveil"})


def _it_stands_for(text: str, trigger_start: int, organisation: str) -> bool:
    """Give whether the "it" before the trigger stands for the organisation the post is about:
    the sentence opens on it ("In 2017 it also won …") or names only that one before it
    ("Serco has run the service since 2006, after it beat …"), not another it may mean ("the
    council's leadership … since it took over")."""
    found = list(_IT.finditer(text, 0, trigger_start))
    if not found:
        return False
    before = text[: found[-1].start()]
    return len(before.split()) <= _OPENING_WORDS or organisation.lower() in before.lower()


_IT = re.compile(r"\bit\b", re.I)
_OPENING_WORDS = 3  # "In July 2021 it": a date opening, no other name


def _posts_as_written(match: FrameMatch, roles: dict[str, list[str]]) -> dict[str, list[str]]:
    """Give the actor a body is by the name of its post, written as the post ("The chief
    inspector of probation has resigned": the Chief Inspector resigns, not the inspectorate)."""
    tokens = match.roles.get("actor", [])
    written = [token.entity.text for token in tokens if token.entity is not None]
    if "actor" not in roles or not written or not all(names_post(w) for w in written):
        return {}
    return {"actor": [w[:1].upper() + w[1:] for w in (_THE.sub("", w) for w in written)]}


_THE = re.compile(r"^the\s+", re.I)


def _without_possessive(title: str) -> str:
    """Give a headline without a possessive pronoun opening it ("His report published" →
    "Report published"): whose it is, a headline cannot say by a pronoun."""
    first, _, rest = title.partition(" ")
    if first.lower() not in _POSSESSIVES or not rest:
        return title
    return rest[:1].upper() + rest[1:]


def _without_lone_commas(phrase: str) -> str:
    """Give phrase without the commas that list nothing ("the review, Making Punishments Work,
    published"), keeping those of a list ("by the probation, prisons and constabulary …")."""
    return "".join(
        character
        for position, character in enumerate(phrase)
        if character != "," or LIST_GOES_ON.match(phrase, position)
    )


_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def frame_titles(frame: Frame, event_type: EventType) -> tuple[str, ...]:
    """Give a frame's headline templates: its own, else those of its type that name only roles
    its pattern fills (a type's "{target} appoints new leader" means nothing to a frame whose
    target is the one who leaves)."""
    if frame.title is not None:
        return tuple(frame.title)
    filled = {*pattern_slots(frame.pattern), *VALUE_ROLES}
    return tuple(t for t in event_type.title if set(template_slots(t)) <= filled)


def canonical_spellings(title: str, mentions: Sequence[EntityMention]) -> str:
    """Give title with names the source wrote in another case as their canonical spelling:
    "Working links puts in its accounts" → "Working Links …", "AURELIUS" → "Aurelius"."""
    for mention in mentions:
        if mention.text != mention.name and mention.text.lower() == mention.name.lower():
            title = re.sub(rf"(?<!\w){re.escape(mention.text)}(?!\w)", mention.name, title)
    return title
