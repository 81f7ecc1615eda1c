"""A sentence as tokens with lemmas and verb forms, each named entity one token: what frames match.

Lemmas come from lemminflect, so "entered", "has entered" and "is entering" all read as
"enter". Auxiliary verbs and the adverbs that sit between them and their verb ("has now
entered") are not tokens of their own: they are remembered on the verb they belong to, which is
how a frame tells "was taken over by" (passive) and "will take over" (future) apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from lemminflect import getAllInflections, getAllLemmas

if TYPE_CHECKING:
    from timeline.extraction.entities import EntityMention


def word_set(text: str) -> frozenset[str]:
    """Give the space-separated words of text as a set."""
    return frozenset(text.split())


# English grammar, not corpus vocabulary.
AUXILIARIES = frozenset(
    [
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "am",
        "'s",
        "'re",
        "have",
        "has",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "do",
        "does",
        "did",
        "'ll",
        "'ve",
        "'d",
        "ca",
        "wo",
    ]
)
_CONTRACTED = {"wo": "will", "ca": "can"}  # "won't", "can't"
NEGATIONS = frozenset({"not", "n't", "never", "no longer"})
# "Interserve itself went", "found themselves working": the subject again, no object.
REFLEXIVES = frozenset(["itself", "themselves", "himself", "herself", "ourselves", "myself"])
# Who a sentence means without naming: "it", "they", "we".
PERSONAL_PRONOUNS = frozenset(["it", "he", "she", "they", "i", "we", "you"])
# The articles: "the collapse", "a consultation".
ARTICLES = frozenset({"the", "a", "an"})
# Words that open a noun phrase: "the collapse", "its report", "that decision".
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
# Prepositions that open a phrase after a noun or verb: "the chief inspector of probation".
PREPOSITIONS = frozenset(
    ["for", "of", "in", "on", "at", "with", "from", "by", "after", "before", "to", "into"]
)
# Adverbs that may stand between an auxiliary and its verb without changing what happened.
_INNER_ADVERBS = frozenset(
    [
        "itself",  # "Working Links was itself bought by Aurelius"
        "themselves",
        "now",
        "today",
        "also",
        "already",
        "still",  # "the council had still not produced a plan"
        "just",
        "finally",
        "formally",
        "officially",
        "recently",
        "since",
        "then",
        "effectively",
        "subsequently",
        "previously",
        "originally",
        "reportedly",
        "therefore",
        "thus",
        "quietly",
        "again",
        "duly",
        "quickly",
        "swiftly",
        "jointly",
        "eventually",
        "ultimately",
        "reluctantly",
        "belatedly",
        "publicly",
        "first",  # "the programme was first tested in Ashton"
        "initially",
        "later",
    ]
)
# An abbreviation's dot ("Sept. 28", "Mr. Grayling") is part of its word, not a sentence's end.
_WORD = re.compile(
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.(?=\s+\w)"
    r"|[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d(?:[\d,.]*\d)?%?|£[\d,.]*\d\w*|[^\w\s]"
)
_VERB_TAGS = ("VBD", "VBN", "VBG", "VBZ", "VBP", "VB")


@dataclass(frozen=True, eq=False)  # one word of one sentence: itself, by identity
class Token:
    """One word of a sentence as frames see it."""

    text: str  # as written
    lemma: str  # lower case; for an entity, its kind in angle brackets ("<owner>")
    start: int  # offsets in the sentence
    end: int
    forms: frozenset[str] = frozenset()  # verb forms the word can be (VBD, VBN, ...)
    auxiliaries: tuple[str, ...] = ()  # lemmas of the auxiliaries before it ("have", "be")
    negated: bool = False
    entity: EntityMention | None = None
    # Other entities the same words name ("the three Working Links CRCs": three CRCs).
    also: tuple[EntityMention, ...] = ()
    past_perfect: bool = False  # "had entered": before the time the story tells

    @property
    def names(self) -> list[str]:
        """Give the names of the entities this token stands for."""
        return [m.name for m in (self.entity, *self.also) if m is not None]

    @property
    def passive(self) -> bool:
        """Give whether this verb is a participle after a form of "be" ("was taken")."""
        return "VBN" in self.forms and "be" in self.auxiliaries

    @property
    def finite(self) -> bool:
        """Give whether this word is a verb group that tells a tense: with auxiliaries, or in a
        past or present form ("was taken", "took", "goes")."""
        return bool(self.auxiliaries or self.forms & {"VBD", "VBZ"})

    @property
    def future(self) -> bool:
        """Give whether an auxiliary puts this verb ahead in time ("will take", "would end")."""
        return bool({"will", "shall", "would"} & set(self.auxiliaries))


def ly_adverb(token: Token) -> bool:
    """Give whether a word is an "-ly" adverb ("previously"), not a name or month ("Italy",
    "July") nor a noun ("supply")."""
    return token.text.endswith("ly") and token.text.islower() and len(token.text) > 4


def is_adjective(word: str) -> bool:
    """Give whether a lower-case word is only an adjective ("aware", "insolvent"), never a noun
    or a verb."""
    lemmas = getAllLemmas(word)
    return "ADJ" in lemmas and not lemmas.keys() & {"NOUN", "VERB", "PROPN"}


@lru_cache(maxsize=65536)
def lemma_of(word: str) -> tuple[str, frozenset[str]]:
    """Give a lower-case word's lemma (as a verb first, then a noun) and its possible verb forms."""
    lemmas = getAllLemmas(word)
    for upos in ("VERB", "AUX", "NOUN", "ADJ", "PROPN"):
        if upos in lemmas:
            lemma = lemmas[upos][0].lower()
            break
    else:
        return _again(word)
    forms: set[str] = set()
    if "VERB" in lemmas or "AUX" in lemmas:
        inflections = getAllInflections(lemmas.get("VERB", lemmas.get("AUX"))[0], upos="VERB")
        forms = {tag for tag in _VERB_TAGS if word in inflections.get(tag, ())}
        if "VBD" in forms and "VBN" not in inflections:  # lemminflect lists "placed" once
            forms.add("VBN")
        if word == lemma:
            forms.add("VB")
    return lemma, frozenset(forms)


def _again(word: str) -> tuple[str, frozenset[str]]:
    """Give the lemma and verb forms of a word the lexicon lacks that is a verb done again
    ("relaunched", "retendered": "launch" and "tender" again), else the word with no forms."""
    rest = word[2:]
    if not word.startswith("re") or len(rest) < _SHORTEST_AGAIN:
        return word, frozenset()
    lemma, forms = lemma_of(rest)
    return ("re" + lemma, forms) if forms else (word, frozenset())


_SHORTEST_AGAIN = 4  # "relet" is no "re" + "let" the lexicon can vouch for


def past_tense_only(word: str) -> bool:
    """Give whether a lower-case word is a past tense and no base or present form ("ran",
    "debated"; not "put")."""
    forms = lemma_of(word)[1]
    return "VBD" in forms and not forms & {"VB", "VBP"}


@lru_cache(maxsize=65536)
def can_be_noun(word: str) -> bool:
    """Give whether a lower-case word can be read as a noun ("trains", "results", not "expires")."""
    return "NOUN" in getAllLemmas(word)


@lru_cache(maxsize=65536)
def can_be_adjective(word: str) -> bool:
    """Give whether a lower-case word can be read as an adjective ("first", "public")."""
    return "ADJ" in getAllLemmas(word)


@lru_cache(maxsize=65536)
def known_word(word: str) -> bool:
    """Give whether English, as lemminflect lists it, knows word in any case ("Report",
    "second"; not "Sodexo")."""
    return bool(getAllLemmas(word.lower()))


@lru_cache(maxsize=65536)
def pattern_lemma(word: str) -> str:
    """Give the lemma a pattern word stands for ("enters" → "enter"), as tokens carry it; a
    pattern word that is a verb's own base stays itself ("lay", not the "lie" it is a past of)."""
    lower = word.lower()
    return lower if lower in getAllLemmas(lower).get("VERB", ()) else lemma_of(lower)[0]


def _a_noun_here(text: str, start: int, before: Sequence[Token]) -> bool:
    """Give whether an auxiliary's word is a noun where it stands: "May" the month within a
    sentence, "being" after "into" ("came into being")."""
    if text == "May":
        return start > 0
    return text.lower() == "being" and bool(before) and before[-1].lemma == "into"


def tokenise(sentence: str, mentions: Sequence[EntityMention] = ()) -> list[Token]:
    """Give sentence as frame tokens: entity mentions one token each, auxiliaries folded in."""
    spans = sorted(mentions, key=lambda mention: mention.start)
    tokens: list[Token] = []
    pending: list[str] = []  # auxiliaries waiting for their verb
    negated = had = False
    position = 0
    for mention in [*spans, None]:
        end = mention.start if mention is not None else len(sentence)
        for word in _WORD.finditer(sentence, position, end):
            text = word.group()
            lower = text.lower().replace("’", "'")
            if lower.endswith("n't") and lower[:-3] in AUXILIARIES:  # "didn't", "won't"
                pending.append(_CONTRACTED.get(lower[:-3]) or lemma_of(lower[:-3])[0])
                negated, had = True, had or lower == "hadn't"
                continue
            if lower in AUXILIARIES and not _a_noun_here(text, word.start(), tokens):
                pending.append(lemma_of(lower)[0] if lower[0] != "'" else lower)
                had = had or lower in ("had", "'d")
                continue
            if lower in NEGATIONS:
                negated = True
                continue
            if pending and lower in _INNER_ADVERBS:
                continue
            lemma, forms = lemma_of(lower)
            if negated and lower == "to":  # "decided not to renew": the "not" is the verb's
                tokens.append(Token(text, lemma, word.start(), word.end(), forms))
                continue
            token = Token(text, lemma, word.start(), word.end(), forms, tuple(pending), negated)
            tokens.append(replace(token, past_perfect=had) if had else token)
            pending, negated, had = [], False, False
        if mention is None:
            break
        if mention.start >= position:
            tokens.append(
                Token(mention.text, f"<{mention.kind}>", mention.start, mention.end, entity=mention)
            )
            pending, negated, had = [], False, False
            position = mention.end
        elif tokens and (tokens[-1].start, tokens[-1].end) == (mention.start, mention.end):
            tokens[-1] = replace(tokens[-1], also=(*tokens[-1].also, mention))
    return _no_one_did(tokens)


def _no_one_did(tokens: list[Token]) -> list[Token]:
    """Give tokens with the verb told of no one negated: "Neither Barrowman nor Mone gave
    evidence", "Neither company has paid", "but none was announced", "no one who transferred
    has been made redundant", "No figure has been given" tell that no one did."""
    lemmas = [token.lemma for token in tokens]
    if "neither" in lemmas[:3]:  # "Neither company has paid", "Neither X nor Y gave"
        after = "nor" if "nor" in lemmas else "neither"
        return _verb_negated(tokens, lemmas.index(after) + 1)
    for index, lemma in enumerate(lemmas):
        if (
            lemma in ("nobody", "none")
            or lemma == "no"
            and lemmas[index + 1 : index + 2] == ["one"]
            or lemma == "no"
            and _opens_clause(lemmas, index)
            and not tokens[index].auxiliaries  # "…, has had no ferry since": an object's
            and tokens[index + 1 : index + 2]
            and tokens[index + 1].text.isalpha()
        ):
            return _verb_negated(tokens, index + 1)
    return tokens


def _opens_clause(lemmas: list[str], index: int) -> bool:
    """Give whether the word at index opens a clause ("No figure has been given", ", and no
    figure has been given"), where a "no" before a noun tells that nothing did; not "No 10"."""
    return index == 0 or lemmas[index - 1] in (",", "and", "but", ";")


def _verb_negated(tokens: list[Token], start: int) -> list[Token]:
    """Give tokens with the first verb from start on negated, past a relative clause's."""
    for index in range(start, len(tokens)):
        relative = tokens[index - 1].lemma in ("who", "that", "which")
        verb = tokens[index].forms and tokens[index].auxiliaries  # not "yet" of "has yet been"
        if (verb or "VBD" in tokens[index].forms) and not relative:
            tokens[index] = replace(tokens[index], negated=True)
            break
    return tokens
