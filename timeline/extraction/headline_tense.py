"""A clause's verb group in headline tense: "has agreed" → "agrees", "were placed" → "placed",
"will take" → "to take", "the ministry had to rewrite" → "rewrites", and a past verb "and" joins
to it after it ("inspects and judged its effectiveness" → "inspects and judges …")."""

from __future__ import annotations

import re

from lemminflect import getInflection

from timeline.extraction.lemmas import (
    DETERMINERS,
    PREPOSITIONS,
    Token,
    can_be_adjective,
    lemma_of,
    tokenise,
    word_set,
)
from timeline.extraction.main_verbs import (
    INTRANSITIVE,
    PARTICLES,
    TELLING,
    is_main_verb,
)
from timeline.extraction.plural_subjects import plural_subject

__all__ = ["VERB_WITHIN", "inflect", "present_tense"]

# The auxiliaries and adverbs of a verb group, written before its verb: "has therefore".
# A future denied, which headlines write "not to": "the sale will not go ahead".
_WONT = re.compile(r"\s*\b(?:(?:will|shall)\s+not|won't|shan't)\s+\Z", re.IGNORECASE)
_VERB_GROUP_HEAD = re.compile(
    r"(?:\b(?:has|have|had|is|are|was|were|be|been|being|will|shall|would|'s|'re|'ve)\b\s*"
    r"|\b(?:therefore|also|now|already|just|finally|formally|officially|recently|since|then"
    r"|today|previously|subsequently|(?-i:[a-z]\w*ly))\b\s*"
    r"|\b(?:has|have|had|is|are|was|were|been)\s+(?:first|initially|later)\b\s*)+$",
    re.IGNORECASE,
)
VERB_WITHIN = 13  # tokens from the start where a headline's verb stands
# A happening decided, not yet done, as news writes it: "is to end" → "to end", "is due to pass"
# → "due to pass" (not "is to be").
_IS_TO = re.compile(r"^((?:[\w'’-]+\s){1,8}?)(?:is|are)\s+(?=(?:due\s+)?to\s+(?!be\b)[a-z]+\b)")
# A power had since a time: "every court has been able to make the order" → "can make".
_ABLE_SINCE = re.compile(r"\b(?:has|have)\s+been\s+able\s+to\b")
# A passive still to come, which headline tense keeps: "the scheme is to be wound up" → "…
# to be wound up", "the first to be awarded".
_PASSIVE_TO_COME = re.compile(r"(?:\b(?:is|are|was|were)\s+)?\bto\s+be\s+\Z")
_FIRST_CLAUSE = re.compile(r",\s|\s(?:that|and|but|which|who)\s")  # "said that …"
_MODAL_PERFECT = re.compile(r"\b(?:should|could|might|must|ought to)\s+(?:not\s+)?have\s+\w+")


def present_tense(text: str) -> str:
    """Give text with its first verb group in headline tense: "has agreed" → "agrees", "were
    placed" → "placed", "will take" → "to take"."""
    text = _ABLE_SINCE.sub("can", text, count=1)
    text = _IS_TO.sub(r"\1", text, count=1)  # "the authority is to end its contract": to end
    if _MODAL_PERFECT.search(_FIRST_CLAUSE.split(text, maxsplit=1)[0]):
        return text  # "Killer should have been judged high risk": what ought to have been
    tokens = tokenise(text)
    for index, token in enumerate(tokens[:VERB_WITHIN]):
        prepositional = token.lemma in PREPOSITIONS - {"of"} and not _had_to(tokens, index)
        if prepositional and not _inside_capitals(tokens, index):
            within = _before_that(tokens, index)  # not "… in 2018 that the contracts would be"
            verbs = range(index + 1, min(len(tokens) - 1, within))
            if (
                not any(t.auxiliaries for t in tokens[index:within])
                and not any(is_main_verb(tokens, later) for later in verbs)
                and not _ends_on_intransitive(tokens, within)
            ):
                return text  # "Government under fire for contracts awarded …": a headline
            continue  # "The chief inspector of probation for Wales has resigned"
        if _present_already(tokens, index):
            return text  # "Jury finds X and Y unlawfully killed": "killed" is what it found
        head = text[: token.start]
        if _WONT.search(head) and token.negated:  # "will not go ahead", "will not be renewed"
            verb = f"be {token.text}" if token.passive else token.lemma
            return f"{_WONT.sub('', head)} not to {verb}{text[token.end :]}"
        if _had_to(tokens, index):  # "the ministry had to rewrite": it rewrites
            token = tokens[index + 1]
        elif not is_main_verb(tokens, index):
            continue
        plural = plural_subject(tokens[:index])
        form = _headline_form(token, plural)
        if form is None:
            return text
        planned = _PASSIVE_TO_COME.search(head)  # "is to be wound up", "to be paused"
        group = planned or _VERB_GROUP_HEAD.search(head)
        head = head[: group.start()] + ("to be " if planned else "") if group else head
        active = "be" not in token.auxiliaries  # "was fined and banned" stays passive
        rest = _joined_present(text, tokens, tokens.index(token), plural) if active else None
        rest = text[token.end :] if rest is None else rest
        rest = _reported_now(rest, token.lemma) if token.lemma in TELLING else rest
        return f"{head.rstrip()} {form}{rest}".strip()
    return text


def _reported_now(rest: str, telling: str) -> str:
    """Give what a telling verb in headline tense tells, its past perfect made present perfect
    ("announces it had entered into talks" → "… it has entered …"), "there was" made "there
    is" and, announced, a plan's "would" its "will" ("announces the contracts would be cut
    short" → "… will be …")."""
    planned = _PLANNED.match(rest) if telling in _ANNOUNCING else None
    if planned is not None:  # "announces the contracts would be cut short": will be
        return f"{planned[1]}will{rest[planned.end() :]}"
    there = _TOLD_THERE.match(rest)  # "tells the Commons that there was no threat": is
    if there is not None:
        return f"{there[1]}{'is' if there[2] == 'was' else 'are'}{rest[there.end() :]}"
    found = _TOLD_PERFECT.match(rest)
    if found is None or "VBN" not in lemma_of(found[3])[1]:
        return rest  # "said it had talks": what it had, no perfect
    subject = found[2].split()[-1]
    plural = subject in _PLURALS or subject.endswith("s") and lemma_of(subject)[0] != subject
    return f"{found[1]}{'have' if plural else 'has'} {rest[found.start(3) :]}"


_ANNOUNCING = word_set("announce confirm")  # a plan made known: "would" is its "will"
_PLANNED = re.compile(r"(\s+(?:[\w,']+\s+){1,9}?)would(?=\s+[a-z])")
_TOLD_PERFECT = re.compile(  # "it had", "both firms had", "the company had"
    r"(\s+(?:[\w,]+\s+){0,5}?(?:that\s+)?"
    r"(it|he|she|they|we|(?:both|all|the|its|their)\s+[a-z]+(?:\s+[a-z]+)?)\s+)had\s+([a-z]+)"
)
_PLURALS = frozenset({"they", "we"})
_TOLD_THERE = re.compile(r"(\s+(?:[\w,]+\s+){0,5}?(?:that\s+)?there\s+)(was|were)\b")


def _before_that(tokens: list[Token], index: int) -> int:
    """Give where the verbs after the token at index may stand: before a "that" clause opens
    ("in 2018 that the contracts would be cut"), whose verbs are what was said, within
    VERB_WITHIN; "that" after a preposition is its determiner ("on that visit")."""
    for position in range(index + 1, min(len(tokens), VERB_WITHIN)):
        opens = tokens[position].lemma == "that"
        if opens and tokens[position - 1].lemma not in PREPOSITIONS:
            return position
    return VERB_WITHIN


def _joined_present(text: str, tokens: list[Token], verb: int, plural: bool) -> str | None:
    """Give the text after the verb at index with the past verb "and" joins to it in headline
    tense too: "inspects and judged its effectiveness" → "inspects and judges …"."""
    rest = text[tokens[verb].end :]
    for index in range(verb + 1, min(len(tokens) - 1, verb + _JOIN_REACH)):
        joined = tokens[index + 1]
        after = tokens[index + 2].lemma if index + 2 < len(tokens) else ""
        if tokens[index].lemma != "and" or joined.auxiliaries or "VBD" not in joined.forms:
            continue
        if index - 1 > verb and can_be_adjective(tokens[index - 1].text):
            break  # "lacked a structured and informed approach": two describing words
        # "judged its …", "judged overall …", or at the end; not "went further", "went on"
        takes_object = not after or after not in _NO_OBJECT and not after.endswith("ly")
        following = tokens[index + 3].lemma if index + 3 < len(tokens) else ""
        takes_object = takes_object or after in PARTICLES and following in DETERMINERS
        form = _headline_form(joined, plural) if takes_object else None
        if form is not None:
            start, end = joined.start - tokens[verb].end, joined.end - tokens[verb].end
            return rest[:start] + form + rest[end:]
        break
    return rest


_JOIN_REACH = 8  # words after a verb to the "and" that joins another to it
_NO_OBJECT = PREPOSITIONS | word_set("further again out up down off back away")


def _ends_on_intransitive(tokens: list[Token], within: int) -> bool:
    """Give whether the clause ends on a past verb that takes no object ("the response to the
    report arrived"): its verb, not a participle after a noun ("new model for Wales announced")."""
    last = tokens[-1]
    return within >= len(tokens) and last.lemma in INTRANSITIVE and "VBD" in last.forms


def _present_already(tokens: list[Token], index: int) -> bool:
    """Give whether the word at index is a verb in headline tense already: a bare "-s" form
    before a name or a determiner ("finds Jack Merritt", "publishes the"), not a plural noun
    before its verb ("contracts were ended")."""
    token = tokens[index]
    if index == 0 or token.auxiliaries or "VBZ" not in token.forms or not token.text.islower():
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and (
        following.text[:1].isupper() or following.lemma in DETERMINERS
    )


def _had_to(tokens: list[Token], index: int) -> bool:
    """Give whether the word at index is the "to" of "had to" before a verb."""
    token = tokens[index]
    if token.lemma != "to" or not token.past_perfect or set(token.auxiliaries) != {"have"}:
        return False
    return index + 1 < len(tokens) and "VB" in tokens[index + 1].forms


def _inside_capitals(tokens: list[Token], index: int) -> bool:
    """Give whether the word at index joins two capitalised words: "Secretary of State for
    Justice" is a name, not a preposition's phrase."""
    before = tokens[index - 1].text if index else ""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return before[:1].isupper() and after[:1].isupper()


def _headline_form(token: Token, plural: bool) -> str | None:
    auxiliaries = set(token.auxiliaries)
    lemma = token.lemma
    ahead = auxiliaries & {"will", "shall", "would"}  # "said it would take over": planned
    if token.passive:  # "were placed into" → "placed into"; "will be deported" → "to be …"
        return f"to be {token.text}" if ahead else token.text
    if ahead or auxiliaries == {"be"} and "VBG" in token.forms:
        return f"to {lemma}" if ahead else inflect(lemma, plural)
    if auxiliaries - {"have", "do"}:
        return None  # "could take", "would end": not what happened
    return inflect(lemma, plural)


def inflect(lemma: str, plural: bool) -> str | None:
    """Give the present tense of lemma for a subject of that number ("end", "ends")."""
    if plural:
        return lemma
    forms = getInflection(lemma, "VBZ")
    return forms[0] if forms else None
