"""Relative clauses in headlines: a clause's only verb standing in a relative made the main one
("Contact tracing operation that goes live" → "… goes live"; "Chief inspector, whose report
comes out, says" → "Chief inspector's report comes out"), and the name a ", which …"
clause describes made its subject ("Serco, which … took over the service" → "Serco took over
the service")."""

from __future__ import annotations

import itertools
import re

from timeline.extraction.headline_names import NAME_GOES_ON, NAME_WORD
from timeline.extraction.lemmas import can_be_noun, lemma_of, tokenise
from timeline.extraction.plural_subjects import plural_subject

__all__ = [
    "participle_aside_made_main",
    "relative_made_main",
    "relative_to_name",
    "whose_made_main",
]


def whose_made_main(title: str) -> str:
    """Give a headline that opens on a name and a "whose" clause as that clause, the name its
    owner: "Chief inspector, whose report comes out, says …" → "Chief inspector's report comes
    out"."""
    whose = _NAME_WHOSE.match(title)
    if whose is None:
        return title
    owner = whose.group(1).split()
    if any(_finite_verb(word) for word in owner[1:]):  # "Group is co-chaired by Baroness Corston"
        capitalised = list(itertools.takewhile(lambda word: word[:1].isupper(), owner[::-1]))
        if not capitalised or len(capitalised) == len(owner):
            return title
        owner = capitalised[::-1]  # whose review it was: Baroness Corston's, not the group's
    return f"{' '.join(owner)}'s {title[whose.end() :].split(',')[0]}"


def participle_aside_made_main(clause: str, trigger: str) -> str:
    """Give a clause whose trigger stands in a participle aside after its subject with the
    aside as its verb: "The Probation Reset, announced to Parliament in May, already means …"
    → "The Probation Reset was announced to Parliament in May"; the subject may follow a comma
    ("the new Lord Chancellor, Shabana Mahmood, appointed on 5 July, …")."""
    starts = [0, *(comma.end() for comma in re.finditer(r",\s+", clause))]
    for start in starts:  # "And the new Lord Chancellor, Shabana Mahmood, appointed on 5 July, …"
        found = _PARTICIPLE_ASIDE.match(clause, start)
        if found is None or trigger.split(", ")[-1] not in found.group("aside"):
            continue  # the trigger's words from its verb on ("Bill, introduced in"): the aside's
        if trigger not in found.group("aside") and _has_verb(found.group("noun")):
            continue  # "MPs consider a bill on autism, introduced …": no subject alone
        if start and not _MAIN_VERB_NEXT.match(clause, found.end()):
            return clause  # "…, Andy Burnham, announced an inquiry, …": his own verb, no aside
        if "VBN" not in lemma_of(found.group("verb"))[1]:
            return clause
        return f"{found.group('noun')} was {found.group('aside')}"
    return clause


def when_it_made_main(sentence: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """Give a sentence that opens on "When X did …" with no comma before "it" did the rest with
    X as the doer ("When HM Inspectorate of Prisons arrived in May it found the prison …" →
    "HM Inspectorate of Prisons found the prison …"), and where the trigger is in it: on the
    rest's verb when it stood in the part left out."""
    found = _WHEN_IT.match(sentence)
    if found is None:
        return sentence, span
    doer, rest = found.group("doer"), found.start("rest")
    verb = len(doer) + 1  # where the rest's verb stands in the sentence made
    if span[0] < rest:  # the trigger was in the part left out: it moves to the rest's verb
        return f"{doer} {sentence[rest:]}", (verb, verb + len(found.group("verb")))
    shift = rest - verb
    return f"{doer} {sentence[rest:]}", (span[0] - shift, span[1] - shift)


_WHEN_IT = re.compile(
    rf"When\s+(?P<doer>(?:the\s+)?{NAME_WORD}(?:{NAME_GOES_ON})*"
    r"|the\s+[a-z]+)\s+[a-z]+(?:\s+[\w'’-]+){0,8}?\s+it\s+(?P<rest>(?P<verb>[a-z]+)\b.*)\Z",
    re.DOTALL,
)


def _has_verb(words: str) -> bool:
    """Give whether words hold a finite verb after their first ("MPs consider a bill")."""
    return any(t.text.islower() and t.forms & {"VBZ", "VBD", "VBP"} for t in tokenise(words)[1:])


_MAIN_VERB_NEXT = re.compile(r"(?:has|have|had|is|are|was|were|will|would|remains|remained)\b")
_PARTICIPLE_ASIDE = re.compile(
    r"(?P<noun>[A-Z][^,]{2,60}?),\s+(?P<aside>(?P<verb>[a-z]+)\b[^,]{0,80}),\s"
)


def relative_made_main(title: str) -> str:
    """Give a headline whose only verb stands in a relative clause with that verb as its main
    one: "Contact tracing operation that goes live" → "Contact tracing operation goes live";
    "" when the relative stands for a share of a name the clause does not hold ("Both of which
    found")."""
    found = _RELATIVE_THAT.match(title)
    if found is None:
        return title
    before, after = found.group(1).split(), title[found.end() :].split()[:1]
    if before[-1].lower() == "of":
        return ""  # "Both of which found …": a share of something named before, no subject
    if lemma_of(before[-1].lower())[1] & {"VBZ", "VBD"}:
        return title  # "Minister says that …": a verb before it, the clause is what was said
    if any(_finite_verb(word) for word in before[1:]) or _verb_after_name(before):
        return title  # "Government widens a scheme that lets …": the main verb is before it
    if _verb_before_determiner(before):
        return title  # "Ministry lifts the restrictions that had stopped …"
    if not after or not lemma_of(after[0].lower())[1] & _finite_forms(found.group(1)):
        return title  # "Report on that visit published": "that" is no relative pronoun
    if _main_verb_later(title[found.end() :].split()):
        return title  # "Company that looks after them changes hands": the main verb follows
    relative = _MAIN_VERB_AFTER.sub("", title[found.end() :])  # "… goes live | was built …"
    relative = _OPENER_LEFT.sub("", relative)  # "… to Southwest One when it | was set up"
    return f"{found.group(1)} {relative}"


def _finite_forms(subject: str) -> set[str]:
    """Give the forms a finite verb after a subject takes: the plural present after a plural
    ("Companies that take over"), never after one ("Report on that visit")."""
    tokens = tokenise(subject)
    verb = any(t.forms & {"VBZ", "VBD"} for t in tokens[1:])  # "Arriva takes over that …"
    plural = plural_subject(tokens) and not verb
    return {"VBZ", "VBD", "VBP"} if plural else {"VBZ", "VBD"}


_OPENER_LEFT = re.compile(r"\s+(?:when|while|after|before|because|since|as|until|where|if)\s+\w+\Z")


def _main_verb_later(words: list[str]) -> bool:
    """Give whether a present tense stands after the relative's own verb, not after a
    determiner ("looks after them changes hands", not "runs the prisons")."""
    pairs = itertools.pairwise(words[1:])
    return any(
        "VBZ" in lemma_of(word)[1] and before.lower() not in _DETERMINERS and word not in _BE_HAVE
        for before, word in pairs
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this"})
_BE_HAVE = frozenset({"is", "has"})  # "Martin Jones, who takes up the post, is due": its verb


def _finite_verb(word: str) -> bool:
    """Give whether word can only be a verb in the past or present tense ("widens", "took")."""
    word = word.lower()
    return bool(lemma_of(word)[1] & {"VBZ", "VBD"}) and not can_be_noun(word)


def _verb_after_name(words: list[str]) -> bool:
    """Give whether a word that can be a finite verb follows a name ("Michael Howard lays the
    order that …"): a noun too ("lays"), it is the name's verb there; a title's first word is
    capitalised as any ("Staff cuts that began …")."""
    return any(
        earlier[:1].isupper() and word.islower() and lemma_of(word)[1] & {"VBZ", "VBD"}
        for earlier, word in itertools.pairwise(words[1:])
    )


def _verb_before_determiner(words: list[str]) -> bool:
    """Give whether a word that can be a finite verb stands before a determiner ("lifts the
    restrictions"): a noun there ("lifts") would not take one."""
    return any(
        word.islower() and following in _DETERMINERS and lemma_of(word)[1] & {"VBZ", "VBD"}
        for word, following in itertools.pairwise(words[1:])
    )


_MAIN_VERB_AFTER = re.compile(r"\s+\b(?:was|were|is|are|has|have|had|will)\b.*\Z")
_NAME_WHOSE = re.compile(r"^([\w'’-]+(?:\s+[\w'’-]+){0,5}),\s+whose\s+(?=\w+\s+\w)")
_RELATIVE_THAT = re.compile(r"^([\w'’-]+(?:\s+[\w'’-]+){0,5}),?\s+(?:that|which|who)\s+")


def relative_to_name(clause: str, position: int) -> str | None:
    """Give the name a ", which …" clause holding position describes, with the verb phrase of
    that clause which holds position, up to the comma that closes it: "Serco took over the
    service in May". A name ending a list ("…, Nottinghamshire and Rutland, which …") is no
    subject a headline can name whole."""
    found = [m for m in _NAME_THEN_WHICH.finditer(clause, 0, position) if m.end() <= position]
    if not found:
        return None
    before = clause[: found[-1].start()]
    holder = found[-1].group().rstrip().endswith("who") and _POST_BEFORE.search(before)
    if _LIST_END.search(before) and not holder:
        return None
    verb = _ADVERB.sub("", clause[found[-1].end() :]).split(" ", 1)[0]  # "which first reported"
    if not (_finite_verb(verb) or verb in _RELATIVE_AUXILIARIES):
        return None  # "A Strategy, which the minister laid": the name is what was done to
    rest, within = clause[found[-1].end() :], position - found[-1].end()
    closing = rest.find(", ", within)
    rest = rest if closing < 0 else rest[:closing]
    joins = [m for m in _JOINED_VERB.finditer(rest) if m.start(1) <= within]
    joins = [m for m in joins if _finite_verb(m.group(1))]
    return f"{found[-1].group(1)} {rest[joins[-1].start(1) :] if joins else rest}"


_ADVERB = re.compile(r"^(?:first|later|then|also|already|once|\w+ly)\s+")
_RELATIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "had", "have", "will"})
# "The Justice Secretary, Jack Straw, who …": the name is a post-holder's, no list's last.
_POST_BEFORE = re.compile(
    r"\b(?:Secretary|Minister|Chancellor|[Ee]xecutive|[Dd]irector|[Cc]hair\w*|[Ii]nspector"
    r"|[Cc]ommissioner|[Ll]eader|[Ss]pokes\w+|[Mm]ayor|[Gg]overnor),\s*\Z"
)
_LIST_END = re.compile(r"(?:,|\band)\s*\Z")
_JOINED_VERB = re.compile(r"\s+and\s+(?:(?:only|then|later|also|\w+ly)\s+)?(\w+)")


_NAME_THEN_WHICH = re.compile(r"\b([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),\s+(?:which|who)\s+")
