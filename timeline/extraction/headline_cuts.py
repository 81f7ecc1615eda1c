"""Where a long headline is cut: not between "the" and the "of" phrase its noun wants, not
between two describing words "and" joins, without the short pieces of a list after its last
commas, without a clause joined by ", and" that the cut left with no verb, and without a noun
phrase the cut left with no noun ("… as a wholly owned") or a participle phrase it began ("… a
not-for-profit supplier aimed")."""

from __future__ import annotations

import re

from timeline.extraction.lemmas import can_be_adjective, can_be_noun, lemma_of, word_set

EDGE_PUNCTUATION = " \t\"'‘’“”.,;:-–—…!*•"


def without_verbless_clause(text: str) -> str:
    """Give text without a clause joined by ", and" that the cut left with no verb ("… comes to
    an end, and the programme")."""
    joined = text.rfind(", and ")
    tail = text[joined + len(", and ") :].split() if joined > 0 else []
    if tail and not any(_finite(word.lower()) for word in tail[1:]):
        text = text[:joined]
    return text.rstrip(EDGE_PUNCTUATION)


def without_dangling_end(title: str) -> str:
    """Give title without the words it ends on that lead to nothing ("… the cost of", "… and
    the"), what they led to taken out as a time or a relative, while three words stay."""
    words = title.split()
    while len(words) > 3 and words[-1].lower() in _LEADING_NOWHERE:
        words.pop()
    return " ".join(words) if len(words) < len(title.split()) else title


# Words a headline never ends on; a particle may ("MoJ steps in", "Union calls for").
_LEADING_NOWHERE = word_set("of from the a an and or its their his her")


def _finite(word: str) -> bool:
    """Give whether word may be a clause's verb: a past tense, or a present no noun spells."""
    forms = lemma_of(word)[1]
    return "VBD" in forms or bool(forms & {"VBZ", "VBP"}) and not can_be_noun(word)


def wants_its_of(text: str, end: int) -> bool:
    """Give whether a break at end parts "the" and its noun from the "of" phrase it wants ("…
    its second report on the handling | of clinical correspondence")."""
    return bool(_THE_NOUN_END.search(text, 0, end) and _OF.match(text, end))


_THE_NOUN_END = re.compile(r"\bthe\s+[a-z]+\Z")
_OF = re.compile(r"\s+of\s")


def paired_modifiers(text: str, end: int) -> bool:
    """Give whether a break at end parts two describing words "and" joins before their noun
    ("missing its first | and second class delivery targets")."""
    after = text[end:].replace(",", " , ", 1).split(maxsplit=3)
    if len(after) < 3 or after[0] not in ("and", "or", ","):
        return False  # "a rapid | and thorough review", "a rapid | , non-statutory review"
    before = text[:end].rsplit(maxsplit=1)[-1]
    words = (before, after[1].rsplit("-", 1)[-1])  # "non-statutory": its last part describes
    return all(word.islower() and can_be_adjective(word) for word in words)


def without_short_tail(cut: str) -> str:
    """Give cut without the short phrases after its last commas ("…, a day", "… contract, and
    staff, prisoners"): pieces of a list or aside the cut began."""
    head, comma, tail = cut.rpartition(", ")
    while comma and len(tail.split()) <= 2 and not paired_modifiers(cut, len(head)):
        cut = head
        head, comma, tail = cut.rpartition(", ")
    return cut


def without_open_noun_phrase(cut: str, rest: str = "") -> str:
    """Give cut without an indefinite noun phrase it ends on a participle ("launched by the
    council as a wholly owned" → "launched by the council"), or one it ends on a participle
    after its noun ("in a report published | on …"): the start of a phrase the cut lost."""
    wanted = _PREPOSITION_NEXT.match(rest)  # "aimed | at", not "Report … published"
    for pattern in (
        (_ARTICLE_PHRASE_END, _PARTICIPLE_AFTER_NOUN) if wanted else (_ARTICLE_PHRASE_END,)
    ):
        found = pattern.search(cut)
        last = found.group("last") if found else ""
        if last.islower() and not can_be_noun(last) and "VBN" in lemma_of(last)[1]:
            head = cut[: found.start()]
            if pattern is _PARTICIPLE_AFTER_NOUN and not _headline_verb(head):
                continue  # "Plan to turn the site … announced | in 2018": its own verb
            return head.rstrip(EDGE_PUNCTUATION)
    return cut  # "… of the CRC", "… in the spring": a noun ends it


_ARTICLE_PHRASE_END = re.compile(
    r"\s+(?:(?:as|for|of|to|into|with|by|in|on|at)\s+)?(?:a|an)\s+(?:[a-z]+ly\s+)?(?P<last>[\w-]+)\Z"
)
_PARTICIPLE_AFTER_NOUN = re.compile(
    r"\s+(?:(?:as|for|of|to|into|with|by|in|on|at)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+"
    r"(?P<last>[a-z]+)\Z"
)
_PREPOSITION_NEXT = re.compile(r"\s*(?:at|in|to|for|with|on|from)\b")


def _headline_verb(head: str) -> bool:
    """Give whether a headline's words hold a verb in headline tense ("Council launches …")."""
    return any("VBZ" in lemma_of(word)[1] for word in head.split()[1:] if word.islower())
