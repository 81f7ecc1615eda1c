"""What a frame's words say besides their frame: a verb that tells no happening of it ("finding
out", "as set out in", "what the ministry bought"), a passive frame read on an active verb ("police
arrested four employees"), a rating verb that rates nothing ("Judging by", "the judge"), a verb a
preposition makes a noun ("a report on the changes to the contracts"). English grammar, not story
vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.frames import FrameMatch
from timeline.extraction.lemmas import (
    DETERMINERS,
    PERSONAL_PRONOUNS,
    REFLEXIVES,
    Token,
    can_be_noun,
    is_adjective,
    word_set,
)


def denied_after(match: FrameMatch) -> bool:
    """Give whether what a frame's noun names is then denied in its clause ("a direct award to
    another operator had been ruled out", "the sale was blocked", "will not go ahead"): it
    never happened."""
    tokens = match.tokens
    for index in range(match.last, min(len(tokens), match.last + _DENIAL_REACH)):
        token = tokens[index]
        if token.text in (";", ".") or token.lemma in ("and", "but"):
            return False
        following = tokens[index + 1].lemma if index + 1 < len(tokens) else ""
        if token.negated and (token.lemma == "proceed" or following == "ahead"):
            return True  # "the planned transfer … will not go ahead"
        if "be" not in token.auxiliaries:
            continue
        if token.lemma in _DENYING or token.lemma == "rule" and following == "out":
            return True
    return False


_DENIAL_REACH = 8  # tokens after the frame's words to the verb that denies them
_DENYING = word_set("reject refuse abandon scrap drop shelve block veto deny cancel")


def undone_before(match: FrameMatch) -> bool:
    """Give whether the frame's words are what an undoing verb before them undoes ("tore up
    its decision to give FirstGroup the contract", "scraps West Coast rail award to
    FirstGroup"): undone, it never happened."""
    tokens = match.tokens
    before = [t.lemma for t in tokens[max(0, match.first - _UNDONE_REACH) : match.first]]
    if len(before) >= 2 and before[-1] == "to" and before[-2] in _DECISIONS:
        return any(lemma in _UNDOING for lemma in before[:-2])  # "tore up its decision to …"
    for token in reversed(tokens[max(0, match.first - _NOUN_REACH) : match.first]):
        if token.lemma in _UNDOING:  # "scraps West Coast rail award to FirstGroup", done
            return not token.future and not {"could", "may", "might"} & set(token.auxiliaries)
        if token.lemma in (",", ";", "and", "but") or token.forms & {"VBD", "VBZ"}:
            return False
    return False


_UNDONE_REACH = 7  # tokens back from the frame's verb to "tore up its decision to"
_NOUN_REACH = 4  # tokens back from the frame's noun to the verb that undoes it
_DECISIONS = word_set("decision plan offer promise agreement")
_UNDOING = word_set(
    "tear reverse overturn scrap scraps cancel abandon withdraw rescind revoke quash"
)


def tells_no_happening(match: FrameMatch, verb: Token) -> bool:
    """Give whether the frame's verb, read with its neighbours, tells no happening of its frame:
    "finding out", "walked out of jails", "as set out in the Circular", "what the ministry
    bought"."""
    return (
        _other_than_its_frame(match, verb)
        or _as_reference(match, verb)
        or _free_relative(match, verb)
        or _bidden(match, verb)
        or _rather_than(match, verb)
        or _stopped(match, verb)
        or undone_before(match)
    )


def _stopped(match: FrameMatch, verb: Token) -> bool:
    """Give whether the verb is what someone stopped doing ("the Government stopped awarding
    new work to the Group"): no award, a halt to awards."""
    if verb not in match.tokens or "VBG" not in verb.forms:
        return False
    index = match.tokens.index(verb)
    return index > 0 and match.tokens[index - 1].lemma in _STOPPING


_STOPPING = word_set("stop cease suspend halt pause")


def _rather_than(match: FrameMatch, verb: Token) -> bool:
    """Give whether the verb is the alternative set aside: "taken into public ownership rather
    than handed back to the same company", "instead of being contracted out"."""
    if verb not in match.tokens:
        return False
    index = match.tokens.index(verb)
    before = [t.lemma for t in match.tokens[max(0, index - 2) : index]]
    return before[-2:] == ["rather", "than"] or before[-2:] == ["instead", "of"]


def _other_than_its_frame(match: FrameMatch, verb: Token) -> bool:
    """Give whether the frame's verb, with the words after it, tells no happening of its frame:
    "found themselves working for …", "finding out which drive had gone where" (no finding),
    "walked out of jails" (no strike), "became aware of the incident" (no post taken)."""
    if verb not in match.tokens:
        return False
    index = match.tokens.index(verb) + 1
    after = [t.lemma for t in match.tokens[index : index + 2]] + ["", ""]
    if verb.lemma == "find":
        return after[0] in REFLEXIVES or after[0] == "out"
    if verb.lemma == "walk":  # unless the frame's own words go on: "walked out of jails"
        return after[:2] == ["out", "of"] and match.last <= index + 1
    if verb.lemma == "become":  # "became aware", unless the frame's word: "became operational"
        return (
            _ranked(match.tokens[index : index + 3])
            or is_adjective(after[0])
            and match.last <= index
        )
    return False


def _ranked(words: Sequence[Token]) -> bool:
    """Give whether words rank a body among its kind ("the first council to …"), no post
    taken ("the first Secretary of State for Justice")."""
    if len(words) < 3 or words[0].lemma != "the" or words[1].lemma not in _RANKS:
        return False
    return words[2].text.islower()


_RANKS = word_set("first second third last only latest")


def _free_relative(match: FrameMatch, verb: Token) -> bool:
    """Give whether the verb stands in a clause "what", "whether" or "how many" opens ("short
    of what the ministry bought", "does not say how many offices have closed"): a thing
    described or asked about, no report of it."""
    if verb not in match.tokens:
        return False
    index = match.tokens.index(verb)
    before = [t.lemma for t in match.tokens[max(0, index - _FREE_RELATIVE_REACH) : index]]
    opener = max((i for i, lemma in enumerate(before) if lemma in _CLAUSE_ASKING), default=None)
    if opener is None:
        return False
    if before[opener] == "how" and before[opener + 1 : opener + 2] not in (["many"], ["much"]):
        return False
    return all(t not in (",", ";", "and", "but") for t in before[opener + 1 :])


_CLAUSE_ASKING = word_set("what whether how")
_FREE_RELATIVE_REACH = 4  # "what | the ministry | bought"


def _bidden(match: FrameMatch, verb: Token) -> bool:
    """Give whether the verb is bidden ("Please pass on to colleagues"): asked for, no report."""
    index = match.tokens.index(verb) if verb in match.tokens else 0
    return index > 0 and match.tokens[index - 1].lemma == "please"


def _as_reference(match: FrameMatch, verb: Token) -> bool:
    """Give whether the verb is a participle after "as" that points to where a thing was told
    ("As set out in the Circular, the plan had …", "as reported last week"): no happening."""
    if verb not in match.tokens or verb.auxiliaries or "VBN" not in verb.forms:
        return False
    index = match.tokens.index(verb)
    return (
        index >= 1
        and match.tokens[index - 1].lemma == "as"
        and (index == 1 or match.tokens[index - 2].text in (",", "("))
    )


def active_for_passive(match: FrameMatch) -> bool:
    """Give whether a frame written in the passive ("{target} be rated {rating}", "{target} be
    arrested") matched an active verb with an object ("the MoJ rated all 35 trusts as good",
    "police arrested four former employees"): its slot holds the doer, not the done to."""
    verb = match.verb
    frame = match.frame
    if (
        not frame.written_passive
        or (frame.trailing != "rating" and frame.leading != "target")
        or not verb
        or "be" in verb.auxiliaries
    ):
        return False
    index = match.tokens.index(verb)
    following = match.tokens[index + 1].lemma if index + 1 < len(match.tokens) else ""
    return following in _OBJECT_OPENERS or following.isdigit()


_OBJECT_OPENERS = word_set(
    "all the a an its their every each both his her several two three four five six seven eight"
    " nine ten eleven twelve dozens hundreds"
)


def rates_nothing(match: FrameMatch) -> bool:
    """Give whether a rating frame's verb rates nothing: a bare participle or a plural noun
    ("Judging by", "both grades", "people assessed as posing a low risk"), not a verb that rates
    ("inspectors rate hospital inadequate", "the CRC was rated"), or one no grade follows."""
    return _bare_participle(match) or _graded_nothing(match)


def _bare_participle(match: FrameMatch) -> bool:
    verb = match.verb
    if verb is None or verb.auxiliaries:
        return False
    if match.frame.written_passive and "VBN" in verb.forms and _after_noun(match.tokens, verb):
        return True  # "people assessed as posing a low risk": a participle after its noun
    return verb.forms <= {"VBG", "VBZ"} or _named_noun(match.tokens, verb)


def _graded_nothing(match: FrameMatch) -> bool:
    """Give whether a rating frame's verb leads to no grade: a conjunction, a preposition or the
    clause's end straight after it ("the way cases are assessed and reviewed", "offenders are
    assessed for treatment", "assessed as posing a low risk"), where a grade would stand ("rated
    inadequate", "judged to be")."""
    if match.verb is None or match.verb not in match.tokens:
        return False
    index = match.tokens.index(match.verb) + 1
    after = match.tokens[index] if index < len(match.tokens) else None
    if after is not None and after.lemma == "as" and index + 1 < len(match.tokens):
        after = match.tokens[index + 1]  # "assessed as posing a low risk": no grade, a doing
        return "VBG" in after.forms and after.text.endswith("ing")
    return after is None or after.lemma in _NO_GRADE_AFTER


_NO_GRADE_AFTER = frozenset(
    {"and", "or", ",", ".", ";", "by", "for", "on", "in", "at", "with", "against", "under"}
)


def _after_noun(tokens: Sequence[Token], verb: Token) -> bool:
    """Give whether the verb stands straight after a common noun ("people assessed"), not
    after its subject's pronoun or an adverb ("it judged it good", "were both judged")."""
    index = tokens.index(verb)
    before = tokens[index - 1] if index else None
    if before is None or before.entity is not None or not before.text.islower():
        return False
    if before.auxiliaries:  # "were both judged": the verb group's own word
        return False
    return before.lemma not in PERSONAL_PRONOUNS and can_be_noun(before.lemma)


def _named_noun(tokens: Sequence[Token], verb: Token) -> bool:
    """Give whether the verb is a noun a name describes after an article: "a High Court judge
    ruled" has no one judging."""
    index = tokens.index(verb)
    if index < 2 or tokens[index - 1].entity is None or verb.forms & {"VBD", "VBN"}:
        return False  # "the Care Quality Commission rated the trust": it rated
    before = tokens[max(0, index - 4) : index - 1]  # "a retired High Court judge"
    for token in reversed(before):
        if token.lemma in ("a", "an", "the"):
            return True
        if not (token.text.isalpha() and token.text.islower()):
            return False
    return False


def of_after(match: FrameMatch) -> bool:
    """Give whether "of" or a form of "be" follows the frame's verb, a noun then ("the worst
    rate of any operator", "the positive rate was 17.4%"): a measure, no grade given."""
    verb = match.verb
    if verb is None or verb not in match.tokens:
        return False
    index = match.tokens.index(verb) + 1
    following = match.tokens[index] if index < len(match.tokens) else None
    return following is not None and (following.lemma == "of" or following.lemma in _BE)


_BE = word_set("is was are were be been")


def actor_apart(match: FrameMatch, verb: Token) -> bool:
    """Give whether the frame's verb is a noun a preposition names, apart from the actor before
    it or as what a report is about: "The NAO published its investigation into changes to …
    contracts", "the auditor's report on the changes to the contracts" change none."""
    index = match.tokens.index(verb)
    if index == 0 or verb.auxiliaries or "VBG" in verb.forms:  # "the process of entering"
        return False
    before = [token.lemma for token in match.tokens[max(0, index - 3) : index]]
    if len(before) > 1 and before[-1] in DETERMINERS:  # "on the changes"
        before = before[:-1]
    if before[-1] not in _NAMING_PREPOSITIONS:
        return False
    acting = bool(match.roles.get("actor")) and match.frame.leading == "actor"
    return acting or len(before) > 1 and before[-2] in _REPORT_NOUNS  # "report on the changes"


_REPORT_NOUNS = frozenset(
    {"report", "review", "investigation", "inquiry", "audit", "study", "paper", "evaluation"}
)
_NAMING_PREPOSITIONS = frozenset({"into", "about", "on", "of", "over", "for", "against", "behind"})
