"""Which word of a clause is its verb, the one a headline puts in headline tense: not a
participle after its noun ("the report published on 12 March found"), nor a describing word
("the Sentencing Council's expanded explanations"), nor a word of a name."""

from __future__ import annotations

from timeline.extraction.lemmas import (
    ARTICLES,
    DETERMINERS,
    PREPOSITIONS,
    REFLEXIVES,
    Token,
    can_be_adjective,
    can_be_noun,
    known_word,
    ly_adverb,
    past_tense_only,
    word_set,
)
from timeline.extraction.participle_asides import before_verb_group

__all__ = ["BE_FORMS", "INTRANSITIVE", "NOT_BEFORE_A_VERB", "PARTICLES", "TELLING", "is_main_verb"]

# Verbs a thing's name is made by, at a clause's end a participle: "Race Action Programme
# launched", "Diploma in Probation Studies introduced" (not "Shapps announced").
_MADE = frozenset(
    {"launch", "introduce", "publish", "unveil", "release", "issue", "create", "establish"}
)
# Words a verb never follows: "as expected", "the planned cuts", "its new model".
NOT_BEFORE_A_VERB = frozenset({"as", "the", "a", "an", "new", "its", "their", "this", "his", "her"})


# Words after which a past form describes its noun: "the evaluation published alongside …".
_AFTER_PARTICIPLE = PREPOSITIONS | {"alongside"}


TELLING = word_set("announce say confirm reveal tell admit disclose report")


PARTICLES = word_set("up out down off")  # "and set up a taskforce": a verb with its object


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
    if before.text == "-" and before.end == token.start:
        return False  # "the new 12-sided coin": a describing word's end
    if token.text[:1].isupper() and before.text[:1].isupper():
        return False  # "The Probation Reset, announced …": a name's word, no verb
    if _listed_describing(tokens, index):
        return False  # "a single, unified Probation Service": a describing word of a list
    if before.text == "," and before_verb_group(tokens, index - 1):
        return False  # "Its first inspection, carried out weeks later, was published": an aside
    if before.text.endswith(("'s", "’s")):
        return False  # "the Sentencing Council's expanded explanations": a describing word
    if _describes_subject(tokens, index):
        return False  # "Unpaid work and accredited programmes would come back": a describing word
    if before.lemma in REFLEXIVES:  # "Interserve itself went into administration"
        return "VBD" in token.forms
    adverb = (ly_adverb(before) or before.lemma == "first") and index > 1  # "NAO first reported"
    if adverb:
        before = tokens[index - 2]
    if index + 1 == len(tokens):  # "New model announced": a passive; "Shapps announced" not
        intransitive = "VBN" not in token.forms or token.lemma in INTRANSITIVE  # "lab opened"
        thing = token.lemma in _MADE and can_be_noun(before.text.lower())  # "… Programme"
        return "VBD" in token.forms and (before.text[:1].isupper() and not thing or intransitive)
    following = tokens[index + 1].lemma
    particle = following in PARTICLES and index + 2 < len(tokens)  # "turned down the request"
    object_ = tokens[index + 2].lemma if particle else following
    at = index - 2 if adverb else index - 1  # the clause's first word, or one after "the"
    named = tokens[at - 1].text[:1].isupper() and can_be_noun(before.text.lower())
    noun = at == 0 or tokens[at - 1].lemma in ARTICLES or named  # "the" or "CRC" contracts
    noun = noun and not any(t.auxiliaries for t in tokens[index + 1 : index + 5])  # "… are"
    noun = noun and object_ not in PREPOSITIONS  # "contracts handed out to firms": a passive
    after_verb = "VBZ" in before.forms and before.text.islower() and "VBN" in token.forms
    after_verb = after_verb and not noun  # "The judges unanimously dismissed": a noun's verb
    after_verb = after_verb and object_ not in DETERMINERS  # "ministers agreed a reform"
    ended = token.lemma in INTRANSITIVE and object_ in PREPOSITIONS  # "services ended on"
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
    unambiguous = "VBN" not in token.forms or token.lemma in INTRANSITIVE
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
    to = _after_time(tokens, index + 1)  # "decided in March to keep": its time, then "to"
    infinitive = tokens[to].lemma == "to" and _infinitive_after(tokens, to) and not passive
    unambiguous = unambiguous or infinitive  # "agreed to seek", not "were both judged to"
    return "VBD" in token.forms and (ending or unambiguous)  # "Jane Roe announced as …": passive


_AT = frozenset({"on", "upon", "in", "at"})


def _past_verb_after_agent(tokens: list[Token], index: int) -> bool:
    """Give whether the participle at index has its agent after it ("set up by the Act") and
    a verb only a past tense can be stands later in its clause, nothing joining another clause
    between: that one is the clause's own verb."""
    by = index + 1 + (index + 1 < len(tokens) and tokens[index + 1].lemma in PARTICLES)
    if by >= len(tokens) or tokens[by].lemma != "by":
        return False
    for token in tokens[by + 1 :]:
        if token.lemma in _CLAUSE_JOINS or token.text in (",", ";", ":"):
            return False
        if token.text.islower() and past_tense_only(token.text) and not token.auxiliaries:
            return True
    return False


_CLAUSE_JOINS = word_set("and but or that which who when while after before because")


def _describes_subject(tokens: list[Token], index: int) -> bool:
    """Give whether the participle at index, joined on by "and", describes the noun after it,
    whose own verb group follows ("… and accredited programmes would come"): no verb."""
    if index + 2 >= len(tokens) or tokens[index].auxiliaries:
        return False
    if tokens[index - 1].lemma not in ("and", "or"):
        return False  # "Inspectors found staff had been overworked": found, the verb
    noun, verb = tokens[index + 1], tokens[index + 2]
    return noun.text.islower() and can_be_noun(noun.text) and bool(verb.auxiliaries)


def _verb_after_time(tokens: list[Token], index: int) -> bool:
    """Give whether a time after the participle at index is followed by a verb, the clause's
    own ("published last month found", "published on 12 March finds"), or a telling verb is,
    the time taken out ("published found that")."""
    after = index + 1
    if tokens[after].lemma in PARTICLES and after + 1 < len(tokens):
        after += 1  # "a data collection carried out this year found"
    if tokens[after].lemma in ("early", "late") and after + 1 < len(tokens):
        after += 1  # "an inspection published early in 2018 found"
    if tokens[after].lemma in ("last", "this", "earlier"):
        after += 2
    elif tokens[after].lemma in ("yesterday", "today"):
        after += 1
    elif tokens[after].lemma in ("on", "in"):
        after = _time_words_end(tokens, after + 1)
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
    if tokens[index].lemma not in TELLING:
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
INTRANSITIVE = word_set(
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


def _after_time(tokens: list[Token], index: int) -> int:
    """Give the index of the word after a time that starts at index ("in March", "on 4 May"),
    else index."""
    if index + 1 >= len(tokens) or tokens[index].lemma not in _AT:
        return index
    after = _time_words_end(tokens, index + 1)
    return after if index + 1 < after < len(tokens) else index


def _time_words_end(tokens: list[Token], start: int) -> int:
    """Give the index after the capitalised words and numbers from start on ("March 2018")."""
    end = start
    while end < len(tokens) and (tokens[end].text[:1].isupper() or tokens[end].text.isdigit()):
        end += 1
    return end


def _infinitive_after(tokens: list[Token], to: int) -> bool:
    """Give whether "to" at index opens an infinitive ("agreed to seek"), not a phrase ("the
    contract awarded to Serco")."""
    after = tokens[to + 1] if to + 1 < len(tokens) else None
    be = after is not None and "be" in after.auxiliaries  # "ceased to be legal tender"
    return after is not None and after.text.islower() and ("VB" in after.forms or be)


def _listed_describing(tokens: list[Token], index: int) -> bool:
    """Give whether the word at index follows a describing word and a comma and comes before a
    name, as the second of two describing words does ("a single, unified Probation Service")."""
    if index < 2 or index + 1 >= len(tokens) or tokens[index - 1].text != ",":
        return False
    describing = tokens[index - 2].text
    lower = describing.islower() or index == 2  # "Single, unified …": capitalised to open
    return lower and can_be_adjective(describing.lower()) and tokens[index + 1].text[:1].isupper()
