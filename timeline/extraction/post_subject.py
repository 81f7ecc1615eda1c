"""What a post is about: the organisation its title and first sentences name most ("the firm"
stands for it), who "we" are, and the news its title names; whom "It" and "he" mean is
pronoun_means.py's."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from timeline.extraction.documents import Post
from timeline.extraction.entities import Entities, EntityFinder, EntityMention
from timeline.extraction.joined_names import is_law
from timeline.extraction.lead_lines import LEAD_SENTENCES, is_prose
from timeline.extraction.noun_names import NounNames
from timeline.extraction.phrases import PhraseMatcher, prepare
from timeline.extraction.pronoun_means import IT_OPENING, PERSON_PRONOUN, PronounReader
from timeline.extraction.proper_names import (
    find_names,
    in_sentence_case,
    joined_names,
    word_names,
)
from timeline.extraction.reference_dates import DATELINE
from timeline.vocabulary import Vocabulary

# "the Department for Transport": a word news calls a body by, starting another's name; "the
# probation union Napo": before the name itself.
_NOT_A_NAME = r"(?!\s+(?-i:(?:for|of|and)\s+)?(?-i:[A-Z]))"
# A report's imprint: "Published by: HM Inspectorate of Probation, 1st Floor …".
_PUBLISHED_BY = re.compile(r"(?:Published|Issued)\s+by:?\s+")


@dataclass(frozen=True)
class Subject:
    """What a post is about, from its title and first sentences: "the firm" stands for it."""

    organisation: str | None = None  # an owner or body
    crc: str | None = None
    speaking: str | None = None  # who "we" are: the organisation, when the post's title names it
    reported: frozenset[str] = frozenset()  # event types the post's title names: its news
    called: dict[str, str] = field(default_factory=dict)  # "watchdog": the one body so called
    it: str | None = None  # whom a sentence's opening "It" means: who the one before opened on
    person: str | None = None  # whom "he" or "she" means: the person the one before opened on
    by_noun: dict[str, str] = field(default_factory=dict)  # "trust": the one trust it names
    words: frozenset[str] = frozenset()  # English words it writes as names (word_names)


class SubjectFinder:
    """Finds what posts are about with one vocabulary."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        entities: EntityFinder,
        may_act: Callable[[EntityMention], bool],
        triggers: PhraseMatcher,
        noun: str,
    ) -> None:
        taxonomy = vocabulary.taxonomy
        self.entities = entities
        self._may_act = may_act
        self._triggers = triggers
        self._generic = {t.name for t in taxonomy.event_types if t.generic}
        self._referents = _referents_regex(taxonomy.referents)
        self._possessive = _possessive_regex(t.objects for t in taxonomy.event_types)
        self._public = {noun.lower() for noun in taxonomy.public_bodies}
        self.pronouns = PronounReader(entities, self._possessive, self._public)
        self._noun = noun
        self._noun_names = NounNames(taxonomy.organisation_nouns)
        self._bodies_called = vocabulary.bodies_called
        words = "|".join(sorted(map(re.escape, self._bodies_called), key=len, reverse=True))
        # "the watchdog", "the public spending watchdog", "the probation union"; a table's or a
        # headline's "Ministry publishes …", capitalised and after no other word
        opening = r"(?:^|(?<=[\d.:;]\s))(?=(?-i:[A-Z]))"
        self._called = (
            re.compile(
                rf"(?:\bthe\s+(?:[a-z-]+\s+){{0,2}}?|{opening})({words})\b{_NOT_A_NAME}", re.I
            )
            if words
            else None
        )

    def subject(self, post: Post, site: str | None = None) -> Subject:
        """Give the organisation and CRC a post's title and first sentences name most: one the
        vocabulary lists, else a name its first sentences give; never the site or publication
        the page is on ("Bae Bulletin"), which reports and does not act."""
        lead = [
            _past_agency(s.text)  # not the agency that filed it: "(Albion Wire) -"
            for s in post.sentences
            if is_prose(s.text) and s.text != post.title
        ]
        texts = [post.title or "", *lead[:LEAD_SENTENCES]]  # past bylines and page chrome
        posted = post.posted
        counts: Counter[tuple[str, str]] = Counter()
        names: Counter[str] = Counter()
        titled: set[str] = set()
        words = self._word_names(post)
        for index, text in enumerate(texts):
            mentions = self.entities.find(text, posted).mentions
            for mention in mentions:
                counts[(mention.kind, mention.name)] += 2 if index == 0 else 1
            found = [m.name for m in find_names(text, mentions, words) if self._may_act(m)]
            if index:  # a Title's Capitals make every word look like a name, …
                names.update(found)
            else:  # … but a sentence's are names its lead goes on to give
                titled = {mention.name for mention in mentions}
                named_later = [name for name in found if any(name in t for t in lead)]
                names.update(named_later if in_sentence_case(text) else ())
        title = post.title or ""
        named = [
            (n + 2 * (name in title), name)  # the headline's names count twice
            for name, n in names.items()
            if name in title or not _publication(name, site)  # a firm's own release: its name
        ]
        firms = [(n, name) for n, name in named if _may_be_firm(name, self._public)]
        organisations = [(n, name) for (kind, name), n in counts.items() if kind != "crc"]
        # "The firm" is a company: an owner, else a name; never a ministry or a union, which
        # may still speak as "we".
        companies = [(n, name) for (kind, name), n in counts.items() if kind == "owner"]
        crcs = [(n, name) for (kind, name), n in counts.items() if kind == "crc"]
        speaker = _most_named(organisations or named)
        crc = max(crcs)[1] if len(crcs) == 1 else None if crcs else self._only_crc(post)
        organisation = _most_named(companies or firms)
        return Subject(
            organisation=organisation,
            crc=crc,
            speaking=speaker if speaker in titled else self._publisher(post),
            reported=self._reported(post.title or ""),
            called=self._called_bodies(post),
            by_noun=self._noun_names.named(
                [title, *(s.text for s in post.sentences)], organisation
            ),
            words=words,
        )

    def _word_names(self, post: Post) -> frozenset[str]:
        """Give the English words the post writes as names that may act (not "Parliament")."""
        texts = [s.text for s in post.sentences]
        found = word_names(texts) | joined_names(texts)
        return frozenset(w for w in found if self._may_act(EntityMention("word", w, w, 0, 0)))

    def _publisher(self, post: Post) -> str | None:
        """Give the owner or body a report's "Published by:" line names: who its "we" is."""
        for sentence in post.sentences:
            found = _PUBLISHED_BY.match(sentence.text)
            mentions = self.entities.find(sentence.text, post.posted).mentions if found else []
            named = [m.name for m in mentions if m.kind != "crc" and m.start == found.end()]
            if named:
                return named[0]
        return None

    def _called_bodies(self, post: Post) -> dict[str, str]:
        """Give, for each word news calls a body by, the one body of the post so called."""
        if self._called is None:
            return {}
        text = " ".join([post.title or "", *(s.text for s in post.sentences)])
        if self._called.search(text) is None:
            return {}  # no word to stand for a body: no need to find the bodies it names
        named = {m.name for m in self.entities.find(text, post.posted).mentions if m.kind == "body"}
        return {
            word: bodies[0]
            for word, candidates in self._bodies_called.items()
            if len(bodies := [b for b in candidates if b in named]) == 1
        }

    def _only_crc(self, post: Post) -> str | None:
        """Give the one CRC a post names anywhere, when its title and lead name none and it
        says "the CRC" ("minutes of a panel that heard from the CRC"); else None."""
        noun = self._noun.lower()
        if not noun or not any(f"the {noun}" in s.text.lower() for s in post.sentences):
            return None
        named = {
            mention.name
            for sentence in post.sentences
            for mention in self.entities.find(sentence.text, post.posted).mentions
            if mention.kind == "crc"
        }
        return named.pop() if len(named) == 1 else None

    def _reported(self, title: str) -> frozenset[str]:
        """Give the event types a post's title names by their trigger words ("More CRC
        Redundancies"): its lead reports that news, on the post's day."""
        found = self._triggers.find(prepare(title, self.entities.find(title).mentions).text)
        return frozenset(m.label for m in found if m.label not in self._generic)

    def referent_mentions(
        self, text: str, entities: Entities, subject: Subject
    ) -> list[EntityMention]:
        """Give the words of text that stand for a name the post gives: "the firm" for its
        subject, "we" for who speaks, "the CRC" for its CRC, "the watchdog" for the one body it
        names that news calls so."""
        taken = [(m.start, m.end) for m in entities.mentions]
        found = self._called_mentions(text, taken, subject, entities)
        taken += [(m.start, m.end) for m in found]
        named = self._noun_names.mentions(text, subject.by_noun, taken)
        found += map(self._as_known, named)
        taken += [(m.start, m.end) for m in named]  # "the partnership" is then no referent too
        opening = IT_OPENING.match(text) or self.pronouns.owner(text, "Its")
        if subject.it and opening:
            word = opening.group().rstrip()  # "It", not the space after it
            found.append(EntityMention("referent", subject.it, word, 0, len(word)))
        if subject.person:
            owner = self.pronouns.owner(text, "His", "Her")
            found += [
                EntityMention("name", subject.person, hit.group(), hit.start(), hit.end())
                for hit in [*([owner] if owner else []), *PERSON_PRONOUN.finditer(text)]
                if not _overlaps(hit, taken)
            ]
        if self._referents is None:
            return found
        for hit in self._referents.finditer(text):
            if _overlaps(hit, taken) or _NAMED_AFTER.match(text, hit.end()):
                continue  # "the CRC for Derbyshire, Leicestershire, …": another, by its place
            if _describes_name_before(text, hit.start()):
                continue  # "Toucan Energy Holdings 1, the holding company for 53 solar parks,"
            noun = self._noun
            crc_word = noun and noun.lower() in hit.group().lower()
            we = hit.group().lower() == "we"  # a statement's own voice: only its named author
            name = subject.crc if crc_word else subject.speaking if we else subject.organisation
            if name:
                kind = "crc" if crc_word else self._body_or_referent(name) if we else "referent"
                found.append(EntityMention(kind, name, hit.group(), hit.start(), hit.end()))
        return found

    def _as_known(self, mention: EntityMention) -> EntityMention:
        """Give mention as the vocabulary's owner or body when it names one ("the commission":
        the Care Quality Commission, a body); else as it is."""
        known = self.entities.find(mention.name).mentions
        if len(known) != 1 or known[0].kind == "crc" or known[0].text != mention.name:
            return mention
        return replace(mention, kind=known[0].kind, name=known[0].name)

    def _body_or_referent(self, name: str) -> str:
        """Give "body" for a body's name, so that its "we" may fill a role only a body may ("we
        reported on Gwent": the inspectorate's report); else "referent"."""
        mentions = self.entities.find(name).mentions
        return "body" if [(m.kind, m.name) for m in mentions] == [("body", name)] else "referent"

    def _called_mentions(
        self, text: str, taken: list[tuple[int, int]], subject: Subject, entities: Entities
    ) -> list[EntityMention]:
        """Give the words that call a body by what it is ("the union"): the one body the post
        so called, else the one its own sentence names ("Napo said the union's ballot …")."""
        if self._called is None:
            return []
        here = {m.name for m in entities.mentions if m.kind == "body"}
        found = []
        for hit in self._called.finditer(text):
            word = hit.group(1).lower()
            named = [b for b in self._bodies_called.get(word, ()) if b in here]
            body = subject.called.get(word) or (named[0] if len(named) == 1 else None)
            if body and not _overlaps(hit, taken):
                found.append(EntityMention("body", body, hit.group(), hit.start(), hit.end()))
        return found


def _possessive_regex(objects: Iterable[list[str]]) -> re.Pattern[str] | None:
    """Give the regex of a sentence's opening possessive before, within three words, a noun
    of the things events make (the event types' objects): the possessive is matched alone."""
    nouns = sorted({noun for found in objects for phrase in found for noun in phrase.split("|")})
    if not nouns:
        return None
    alternatives = "|".join(map(re.escape, nouns))
    return re.compile(rf"(?:Its|His|Her)(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives})s?\b)")


def _referents_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """Give the regex of the words that stand for the post's organisation: each phrase whole,
    and a "the …" phrase with up to two describing words ("the French-owned group", "the
    troubled firm"), never ones that mean another ("the other firm", "the new owner")."""
    if not phrases:
        return None
    ordered = sorted(phrases, key=len, reverse=True)
    described = [
        rf"the\s+{_DESCRIBING}{re.escape(p[4:])}" if p.lower().startswith("the ") else re.escape(p)
        for p in ordered
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(described)})(?!\w)", re.IGNORECASE)


# "the troubled", "the Paris-based", "the outsourcing": words a report uses of the firm it is
# about; a word that points to another firm is not one of them.
_ANOTHER = (
    "other|another|new|parent|rival|former|previous|successor|old|incoming|outgoing|buying"
    "|acquiring|winning|second|first|last|next|same|two|three|four|five|six|each|every|both"
)
_DESCRIBING = rf"(?:(?!(?:{_ANOTHER})\b)(?-i:[a-z]+|[A-Z][a-z]+-[a-z]+)\s+){{0,2}}?"


_NAMED_AFTER = re.compile(r"\s+(?:for|covering|serving)\s+(?:the\s+)?[A-Z]")


def _past_agency(text: str) -> str:
    """Give text past a wire's dateline that names its agency ("LONDON, April 3, 2020 (Albion
    Wire) - "), which filed the story and is not what it is about."""
    dateline = DATELINE.match(text)
    return text[dateline.end() :].lstrip() if dateline and "(" in dateline.group() else text


def _overlaps(hit: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """Give whether a match overlaps a name already found."""
    return any(start < hit.end() and hit.start() < end for start, end in taken)


def _describes_name_before(text: str, start: int) -> bool:
    """Give whether words at start stand in apposition to the name just before their comma
    ("Toucan Energy Holdings 1, the holding company"), not after a sentence's opening phrase."""
    before = _NAME_AND_COMMA.search(text, 0, start)
    return before is not None and before.start() > 0


_NAME_AND_COMMA = re.compile(r"(?<=\s)[A-Z][\w&'’-]*(?:\s+\d+)?,\s*\Z")


def _may_be_firm(name: str, public: set[str]) -> bool:
    """Give whether a name may be a firm's: not a public body's ("Home Office"), nor a law's."""
    return name.split()[-1].lower() not in public and not is_law(name)


def _publication(name: str, site: str | None) -> bool:
    """Give whether a name is the site's or publication's own ("Bae Bulletin" on a page of the
    Bae Bulletin, "Blackwater Herald" on blackwaterherald.example)."""
    squeezed = re.sub(r"[^a-z0-9]", "", name.lower())
    return bool(site and squeezed) and squeezed in re.sub(r"[^a-z0-9]", "", site.lower())


def _most_named(counted: list[tuple[int, str]]) -> str | None:
    """Give the name counted most; of two named as often, the one named first (Counter keeps
    that order), not the later in the alphabet: a title's "Carillion" before a byline's "by
    Martin Aldous"."""
    return max(counted, key=lambda item: item[0])[1] if counted else None
