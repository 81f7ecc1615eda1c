"""A clause's verb group in headline tense: "has agreed" → "agrees", "were placed" → "placed",
"will take" → "to take", "the ministry had to rewrite" → "rewrites", and a past verb "and" joins
to it after it ("inspects and judged its effectiveness" → "inspects and judges …")."""

from __future__ import annotations

import re

from lemminflect import getInflection

from timeline.extraction.lemmas import (
    ARTICLES,
    DETERMINERS,
    PREPOSITIONS,
    REFLEXIVES,
    Token,
    can_be_adjective,
    can_be_noun,
    known_word,
    lemma_of,
    ly_adverb,
    past_tense_only,
    tokenise,
    word_set,
)
from timeline.extraction.plural_subjects import plural_subject

__all__ = [
    "BE_FORMS",
    "NOT_BEFORE_A_VERB",
    "VERB_WITHIN",
    "inflect",
    "is_main_verb",
    "present_tense",
]

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
NOT_BEFORE_A_VERB = frozenset({"as", "the", "a", "an", "new", "its", "their", "this", "his", "her"})
# Words after which a past form describes its noun: "the evaluation published alongside …".
_AFTER_PARTICIPLE = PREPOSITIONS | {"alongside"}
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
        rest = _reported_now(rest, token.lemma) if token.lemma in _TELLING else rest
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


_TELLING = word_set("announce say confirm reveal tell admit disclose report")
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
        takes_object = takes_object or after in _PARTICLES and following in DETERMINERS
        form = _headline_form(joined, plural) if takes_object else None
        if form is not None:
            start, end = joined.start - tokens[verb].end, joined.end - tokens[verb].end
            return rest[:start] + form + rest[end:]
        break
    return rest


_JOIN_REACH = 8  # words after a verb to the "and" that joins another to it
_NO_OBJECT = PREPOSITIONS | word_set("further again out up down off back away")
_PARTICLES = word_set("up out down off")  # "and set up a taskforce": a verb with its object


def _ends_on_intransitive(tokens: list[Token], within: int) -> bool:
    """Give whether the clause ends on a past verb that takes no object ("the response to the
    report arrived"): its verb, not a participle after a noun ("new model for Wales announced")."""
    last = tokens[-1]
    return within >= len(tokens) and last.lemma in _INTRANSITIVE and "VBD" in last.forms


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


def is_main_verb(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if index == 0 or token.negated or ("VBG" in token.forms and not token.auxiliaries):
        return False
    if token.auxiliaries:
        return bool(token.forms)
    next_word = tokens[index + 1] if index + 1 < len(tokens) else None
    if next_word and token.lemma == "base" and next_word.lemma in _AT:
        return False  # "a report by Dr Jayne Price based on …", "a firm based in Leeds"
    if next_word and token.text == "aged" and next_word.text[:1].isdigit():
        return False  # "121 people aged 50 and over"
    before = tokens[index - 1]
    if token.text[:1].isupper() and before.text[:1].isupper():
        return False  # "The Probation Reset, announced …": a name's word, no verb
    if _listed_describing(tokens, index):
        return False  # "a single, unified Probation Service": a describing word of a list
    if before.text.endswith(("'s", "’s")):
        return False  # "the Sentencing Council's expanded explanations": a describing word
    if before.lemma in REFLEXIVES:  # "Interserve itself went into administration"
        return "VBD" in token.forms
    adverb = (ly_adverb(before) or before.lemma == "first") and index > 1  # "NAO first reported"
    if adverb:
        before = tokens[index - 2]
    if index + 1 == len(tokens):  # "New model announced": a passive; "Shapps announced" not
        intransitive = "VBN" not in token.forms or token.lemma in _INTRANSITIVE  # "lab opened"
        return "VBD" in token.forms and (before.text[:1].isupper() or intransitive)
    following = tokens[index + 1].lemma
    particle = following in _PARTICLES and index + 2 < len(tokens)  # "turned down the request"
    object_ = tokens[index + 2].lemma if particle else following
    at = index - 2 if adverb else index - 1  # the clause's first word, or one after "the"
    noun = at == 0 or tokens[at - 1].lemma in ARTICLES
    noun = noun and not any(t.auxiliaries for t in tokens[index + 1 : index + 5])  # "… are"
    noun = noun and object_ not in PREPOSITIONS  # "contracts handed out to firms": a passive
    after_verb = "VBZ" in before.forms and before.text.islower() and "VBN" in token.forms
    after_verb = after_verb and not noun  # "The judges unanimously dismissed": a noun's verb
    after_verb = after_verb and object_ not in DETERMINERS  # "ministers agreed a reform"
    ended = token.lemma in _INTRANSITIVE and object_ in PREPOSITIONS  # "services ended on"
    after_verb = after_verb and not ended
    if before.lemma in NOT_BEFORE_A_VERB | PREPOSITIONS or after_verb:
        return False  # "announces preferred bidders", "as expected", "of planned cuts"
    # "the report published on 12 March": a participle after its noun, not the main verb;
    # after a name, the name's verb ("the National Audit Office said in December")
    opening = before is tokens[0] and not adverb  # "Union outraged", not "X previously said"
    opening = opening and known_word(before.text)  # "Ofsted said in a report": a name's verb
    after_name = before.text[:1].isupper() and not opening
    after_name = after_name or len(before.text) > 1 and before.text.isupper()  # "NAO found"
    titled = tokens[index + 1].text[:1].isupper()  # "published From Harm to Hope": a name
    ending = following != "as" and (after_name or titled or following not in _AFTER_PARTICIPLE)
    ending = ending or _tells_that(tokens, index)  # "Committee reported on 11 July that …"
    # "went", "began", "appeared": a past tense, never a passive participle
    unambiguous = "VBN" not in token.forms or token.lemma in _INTRANSITIVE
    if not unambiguous and tokens[index + 1].lemma in _RESULTS:
        return False  # "Former A4e staff found guilty", "firm declared insolvent": a passive
    if not unambiguous and _verb_after_time(tokens, index):
        return False  # "an investigation published last month found": "found" is the verb
    if not unambiguous and _past_verb_after_agent(tokens, index):
        return False  # "the scheme set up by the Act came into force": "came" is the verb
    if not unambiguous and following == "of" and token.lemma in _DEPRIVED:
        return False  # "G4S stripped of Birmingham prison": a passive
    near = tokens[max(0, index - 2) : index]
    passive = any(t.text.lower() in BE_FORMS or "be" in t.auxiliaries for t in near)
    infinitive = following == "to" and _infinitive_after(tokens, index + 1) and not passive
    unambiguous = unambiguous or infinitive  # "agreed to seek", not "were both judged to"
    return "VBD" in token.forms and (ending or unambiguous)  # "Jane Roe announced as …": passive


_AT = frozenset({"on", "upon", "in", "at"})


def _past_verb_after_agent(tokens: list[Token], index: int) -> bool:
    """Give whether the participle at index has its agent after it ("set up by the Act") and
    a verb only a past tense can be stands later in its clause, nothing joining another clause
    between: that one is the clause's own verb."""
    by = index + 1 + (index + 1 < len(tokens) and tokens[index + 1].lemma in _PARTICLES)
    if by >= len(tokens) or tokens[by].lemma != "by":
        return False
    for token in tokens[by + 1 :]:
        if token.lemma in _CLAUSE_JOINS or token.text in (",", ";", ":"):
            return False
        if token.text.islower() and past_tense_only(token.text) and not token.auxiliaries:
            return True
    return False


_CLAUSE_JOINS = word_set("and but or that which who when while after before because")


def _verb_after_time(tokens: list[Token], index: int) -> bool:
    """Give whether a time after the participle at index is followed by a verb, the clause's
    own ("published last month found", "published on 12 March finds"), or a telling verb is,
    the time taken out ("published found that")."""
    after = index + 1
    if tokens[after].lemma in _PARTICLES and after + 1 < len(tokens):
        after += 1  # "a data collection carried out this year found"
    if tokens[after].lemma in ("last", "this", "earlier"):
        after += 2
    elif tokens[after].lemma in ("yesterday", "today"):
        after += 1
    elif tokens[after].lemma in ("on", "in"):
        after += 1
        while after < len(tokens) and (
            tokens[after].text[:1].isupper() or tokens[after].text.isdigit()
        ):
            after += 1
    if after > index + 1 and after < len(tokens) and tokens[after].text == ",":
        after += 1  # "…'s most recent report, published last November, found"
    verb = tokens[after] if after < len(tokens) else None
    if verb is None or not verb.finite or can_be_noun(verb.text.lower()):
        return False
    ends = after + 1 == len(tokens) or tokens[after + 1].lemma == "that"  # "published found"
    return after > index + 1 or ends


def _tells_that(tokens: list[Token], index: int) -> bool:
    """Give whether a telling verb has its "that" clause after a time or place ("said on 9
    January that …"): a verb that tells, never a participle after its noun."""
    if tokens[index].lemma not in _TELLING:
        return False
    ahead = [t.lemma for t in tokens[index + 1 : index + 1 + _TOLD_REACH]]
    if "that" not in ahead:
        return False
    that = index + 1 + ahead.index("that")
    clause = tokens[that + 1] if that + 1 < len(tokens) else None
    opens = clause is not None and not clause.finite and clause.lemma not in _MODALS
    return opens and not any(t.finite for t in tokens[index + 1 : that])


_MODALS = word_set("will would shall should can could may might must")
_TOLD_REACH = 7  # words from a telling verb to its "that": "on Friday 9 January 2015 that"
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Verbs that take no object, so that their "-ed" form is never a passive after its noun.
_INTRANSITIVE = word_set(
    "appear arrive collapse resign emerge occur happen die step walk agree vote end start open"
    " expire finish meet enter"
)
# Verbs whose participle before "of" is a passive in a headline: "G4S stripped of prison".
_DEPRIVED = word_set("strip clear accuse convict acquit deprive relieve rob suspect")
# What a passive participle may end in, in a headline: "found guilty", "declared insolvent".
_RESULTS = word_set(
    "guilty innocent liable responsible insolvent bankrupt unlawful lawful unfit inadequate"
    " outstanding"
)


def _infinitive_after(tokens: list[Token], to: int) -> bool:
    """Give whether "to" at index opens an infinitive ("agreed to seek"), not a phrase ("the
    contract awarded to Serco")."""
    after = tokens[to + 1] if to + 1 < len(tokens) else None
    return after is not None and after.text.islower() and "VB" in after.forms


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


def _listed_describing(tokens: list[Token], index: int) -> bool:
    """Give whether the word at index follows a describing word and a comma and comes before a
    name, as the second of two describing words does ("a single, unified Probation Service")."""
    if index < 2 or index + 1 >= len(tokens) or tokens[index - 1].text != ",":
        return False
    describing = tokens[index - 2].text
    lower = describing.islower() or index == 2  # "Single, unified …": capitalised to open
    return lower and can_be_adjective(describing.lower()) and tokens[index + 1].text[:1].isupper()
