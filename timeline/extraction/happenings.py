"""Is it a happening? How a frame's verb tells a report from a hedge, a forecast or a decision.

"entered" and "has entered" report; "could enter" hedges; "will enter" forecasts, unless the
sentence says it is announced now; "announced that the contracts would end" reports the
decision to end them, on the day it was announced. English grammar, not story vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.deciding import CLAUSE_ENDS, DECIDING_NOUNS, decision_verb
from timeline.extraction.describing import describes_a_name
from timeline.extraction.frames import FrameMatch
from timeline.extraction.hit_verbs import denied_infinitive
from timeline.extraction.lemmas import DETERMINERS, Token
from timeline.extraction.verb_readings import (
    actor_apart,
    denied_after,
    tells_no_happening,
    undone_before,
)

__all__ = [
    "announced_in_passing",
    "decision_verb",
    "is_headline",
    "infinitive_after",
    "perfect",
    "planned_from",
    "report_kind",
    "without_reporting_frames",
]

_HEDGING_AUXILIARIES = frozenset({"could", "might", "may", "should", "must", "can", "ca"})


_TELLING_VERBS = frozenset(
    ["announce", "confirm", "say", "tell", "inform", "reveal", "state", "disclose", "report"]
    + ["write", "explain", "warn", "admit", "find", "conclude", "note", "show"]
)


def telling(match: FrameMatch) -> bool:
    """Give whether the frame's verb tells something ("told MPs", "announced"): a date in the
    "that" clause after it is what it tells, not when it told it."""
    return match.verb is not None and match.verb.lemma in _TELLING_VERBS


def report_kind(match: FrameMatch, cues: set[str]) -> str | None:
    """Give how the frame's verb tells the happening: report, plan, mention, generic, or None."""
    verb = match.verb
    if verb is not None and actor_apart(match, verb):
        return None  # "the NAO's report on the changes to the contracts": the NAO changed none
    if verb is not None and _any_such(match, verb):
        return None
    if verb is None or match.frame.mention or _after_determiner(match, verb):
        undone = denied_after(match) or undone_before(match)  # "the sale … was blocked"
        return None if undone or _described(match, verb) else "mention"
    if tells_no_happening(match, verb) or _none_of_it(match):
        return None  # "finding out", "as set out in", "short of what the ministry bought"
    if not verb.auxiliaries and not verb.forms & {"VBD", "VBZ"} and denied_after(match):
        return None  # "a direct award to another operator had been ruled out": a noun, denied
    denied = verb.negated or denied_infinitive(match.tokens[match.first : match.last])
    refused = denied and not match.frame.negated  # "would not renew" means its "not"
    if refused and not _until_after(match) or _HEDGING_AUXILIARIES & set(verb.auxiliaries):
        return None  # "was not published", but "was not published until August" was
    if {"shall", "have"} <= set(verb.auxiliaries):
        return None  # "should have set out its vision": what was not done
    if _infinitive(match) and (_implicative(match) or _took_until(match)):
        return "report"  # "was forced to step in": it happened
    if verb.future or _infinitive(match):
        if decision_verb(match) is not None or _intended(match):
            return "decision"
        if _demanded(match) or _just_before(match, _POWER_REACH, _EMPOWERING):
            return None  # "repeated his call for the council leader to resign": no one will
        return "plan" if "now" in cues else None
    if verb.auxiliaries or verb.forms & {"VBD", "VBN"}:
        return "report"
    if "VBG" in verb.forms:  # "announced that …, with all supervision going back to the NPS"
        position = match.tokens.index(verb)
        if not any(token.text.strip("\"'“‘(") for token in match.tokens[:position]):
            return None  # "Bringing it back into the NPS was first put forward": an idea
        if verb.lemma in _SAYING and match.tokens[position - 1].text.endswith(","):
            return None  # "dismissed the claim, finding that it had no merit": how, not news
        return "decision" if _decided_with(match, verb) else "mention"
    if _asked_how(match, verb):
        return None  # "a blog about how the Army finds its soldiers": what it does, not news
    if "now" in cues:
        return "report"
    return None if _relative_present(match, verb) else "generic"


def _asked_how(match: FrameMatch, verb: Token) -> bool:
    """Give whether a present verb tells how or why something is done ("about how the Army
    finds its soldiers"): a way of doing, no happening."""
    return _just_before(match, _HOW_REACH, _ASKING) and not verb.auxiliaries


def _relative_present(match: FrameMatch, verb: Token) -> bool:
    """Give whether a present verb tells, in a relative clause, what something does ("SPAC
    deals, in which a listed shell company raises money and then merges with …"): no one time."""
    position = match.tokens.index(verb) if verb in match.tokens else 0
    before = match.tokens[position - 1].lemma if position else ""
    if "VBZ" not in verb.forms or before in DETERMINERS or before in _PREPOSITIONS:
        return False  # "a series of strikes": a noun
    for token in reversed(match.tokens[max(0, position - _RELATIVE_REACH) : position]):
        if token.lemma in ("which", "whom", "whose"):
            return True
        if token.text.endswith((",", ";")):
            return False
    return False


_HOW_REACH = 3  # tokens before the frame's first word to the "how" that asks it
_ASKING = frozenset({"how", "why"})
_RELATIVE_REACH = 10  # tokens back from a present verb to the "which" opening its clause
_PREPOSITIONS = frozenset(["of", "for", "in", "on", "to", "with", "by", "from"])


def _none_of_it(match: FrameMatch) -> bool:
    """Give whether "no" opens the frame's noun phrase: "no hunger strike was taking place",
    "no contract has been signed" deny what they name."""
    before = match.tokens[max(0, match.first - 2) : match.first]
    return any(token.lemma == "no" for token in before)


_UNTIL_REACH = 8  # tokens after a negated verb to its "until"
# Verbs whose participle after a comma tells how another verb's act went, not news of its own.
_SAYING = frozenset({"find", "say", "add", "warn", "conclude", "note", "claim", "argue"})


def _until_after(match: FrameMatch) -> bool:
    """Give whether "until" follows the frame's negated verb in its clause: "did not pay the
    fine until March" paid it in March."""
    for token in match.tokens[match.last : match.last + _UNTIL_REACH]:
        if token.lemma in ("until", "till"):
            return True
        if token.lemma in CLAUSE_ENDS or token.text.endswith((",", ";")):
            return False
    return False


def announced_in_passing(match: FrameMatch) -> bool:
    """Give whether a happening named in passing is what a decision decided: "with the
    announcement of contract termination" decides the termination, it does not report it;
    so does "the decision to end the contracts"."""
    index = match.first - 1
    if index >= 0 and match.tokens[index].lemma in ("of", "to", "for"):
        index -= 1
    return index >= 0 and match.tokens[index].lemma in DECIDING_NOUNS


_IN_PASSING = frozenset({"despite", "amid"})  # "despite legal challenge", "amid strike threats"


_HEADLINE_WORDS = 5


def is_headline(text: str) -> bool:
    """Give whether a sentence is a headline: a line of at least five words, capitalised, with
    no closing punctuation. A headline's present tense reports ("Firm fails audit")."""
    words = text.split()
    return len(words) >= _HEADLINE_WORDS and text[0].isupper() and text[-1].isalnum()


def without_reporting_frames(matches: list[FrameMatch]) -> list[FrameMatch]:
    """Give matches without those whose words only report a decision another match types:
    "announced that the contracts would end early" is the ending, not an announcement."""
    reporters = {
        id(verb): match
        for match in matches
        if _undone(match) and (verb := decision_verb(match)) is not None
    }
    return [
        match
        for match in matches
        if not any(
            reporters.get(id(token), match) is not match
            for token in match.tokens[match.first : match.last]
        )
    ]


def _undone(match: FrameMatch) -> bool:
    """Give whether the frame's verb tells what is yet to happen ("would end", "to end"): only
    then can a reporting verb before it tell a decision ("ordered an inquiry a day after the
    firm collapsed" orders nothing about the collapse)."""
    verb = match.verb
    return verb is not None and (verb.future or _infinitive(match))


def _after_determiner(match: FrameMatch, verb: Token) -> bool:
    """Give whether the frame's verb is a noun after its article ("after the collapse", "the
    planned transfer of") or after a preposition that names it in passing ("despite legal
    challenge")."""
    index = match.tokens.index(verb)
    if index == 0 or verb.auxiliaries:
        return False
    before = [token.lemma for token in match.tokens[max(0, index - 2) : index]]
    after = match.tokens[index + 1].lemma if index + 1 < len(match.tokens) else None
    described = len(before) == 2 and before[0] in DETERMINERS and after == "of"
    return before[-1] in DETERMINERS or described or bool(_IN_PASSING & set(before))


def _any_such(match: FrameMatch, verb: Token) -> bool:
    """Give whether the frame's verb is a noun after "any" or "every" ("to make any
    restructuring of probation subject to …"): no one happening."""
    index = match.tokens.index(verb)
    return index > 0 and not verb.auxiliaries and match.tokens[index - 1].lemma in _QUANTIFIERS


_QUANTIFIERS = frozenset({"any", "every", "each"})


def _described(match: FrameMatch, verb: Token | None) -> bool:
    """Give whether a happening named as a noun is what a report describes ("described the
    collapse as a story of recklessness"): the describing is the news, dated by its own date."""
    if verb is None:
        return False
    index = match.tokens.index(verb)
    before = match.tokens[max(0, index - 3) : index]
    return any(token.lemma in _DESCRIBING and token.forms & {"VBD", "VBZ"} for token in before)


_DESCRIBING = frozenset(["describe", "call", "blame", "criticise", "criticize", "condemn"])


# Verbs whose infinitive happened when they did: "was forced to step in", "managed to sell",
# "ceased to be an executive agency".
_IMPLICATIVE_VERBS = frozenset(
    ["force", "compel", "oblige", "manage", "please", "delight", "cease"]
)


def _implicative(match: FrameMatch) -> bool:
    """Give whether the frame's infinitive follows an implicative verb in a past form ("the
    government was forced to step in"): the infinitive reports what happened."""
    index = match.tokens.index(match.verb) - 2 if match.verb else -1
    if index < 0:
        return False
    if _had_to(match.tokens[index + 1]) or _used_to_do(match.tokens, index):
        return True
    before = match.tokens[index]
    past = before.forms & {"VBD", "VBN"} or {"have", "be"} & set(before.auxiliaries)
    return before.lemma in _IMPLICATIVE_VERBS and bool(past) and not before.future


def _used_to_do(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the infinitive after index is what something was used to do ("used his
    autumn statement on 25 November to set aside an extra £1 billion"): done then; not the
    habit "used to run"."""
    for token in reversed(tokens[max(0, index - _USED_REACH) : index]):
        if token.text in (",", ";", "(", ")"):
            return False
        if token.lemma == "use" and token.forms & {"VBD", "VBN"}:
            return True
    return False


_USED_REACH = 7  # tokens back from an infinitive's "to" to the "used" whose purpose it tells


def _took_until(match: FrameMatch) -> bool:
    """Give whether the frame's infinitive is what "it took until" a time for someone to do
    ("It took until 12 January 2021 for the government to issue proceedings"): done then."""
    before = match.tokens[: match.tokens.index(match.verb)] if match.verb else []
    return any(
        token.lemma == "take" and "VBD" in token.forms and following.lemma in ("until", "till")
        for token, following in zip(before, before[1:], strict=False)
    )


def _decided_with(match: FrameMatch, verb: Token) -> bool:
    """Give whether a participle tells what a decision decided, in its "with" clause: "announced
    that the model would apply in England, with all supervision going back to the NPS"."""
    decided = decision_verb(match)
    if decided is None:
        return False
    between = match.tokens[match.tokens.index(decided) + 1 : match.tokens.index(verb)]
    return any(token.lemma == "with" for token in between)


def _had_to(word: Token) -> bool:
    """Give whether the "to" before an infinitive is "had to" ("the Ministry had to adjust its
    contracts"): what had to be done was done (the auxiliary is folded into "to")."""
    return word.lemma == "to" and word.past_perfect and set(word.auxiliaries) == {"have"}


def _infinitive(match: FrameMatch) -> bool:
    """Give whether the frame's verb follows "to" ("agreed to end the contract", "to help
    find"), or "and" after an infinitive in its clause ("to help steelworkers retrain and find
    new jobs")."""
    verb = match.verb
    if verb is None:
        return False
    tokens = match.tokens
    index = tokens.index(verb)
    if index > 0 and tokens[index - 1].lemma == "to":
        return index < 2 or tokens[index - 2].lemma not in _NEAR  # not "close to collapse"
    if index > 1 and tokens[index - 1].lemma == "help" and tokens[index - 2].lemma == "to":
        return True  # "asking her to help find ways …"
    if index == 0 or tokens[index - 1].lemma not in ("and", "or") or verb.forms - {"VB", "VBP"}:
        return False
    before = tokens[max(0, index - _COORDINATED_REACH) : index - 1]
    return any(
        t.lemma == "to" and n.forms & {"VB"} for t, n in zip(before, before[1:], strict=False)
    )


_COORDINATED_REACH = 8  # tokens back from "and find" to the "to help" it joins
_NEAR = frozenset({"close", "closer", "near", "nearer"})  # "close to collapse": a noun after "to"


def _demanded(match: FrameMatch) -> bool:
    """Give whether the frame's infinitive is what someone called for or urged ("his call for
    the council leader, Steve Eling, to resign", "urged the minister to end the contract")."""
    return _just_before(match, _DEMAND_REACH, _DEMANDING)


def _just_before(match: FrameMatch, reach: int, lemmas: frozenset[str]) -> bool:
    """Give whether one of lemmas stands among the reach tokens before the frame's first."""
    return any(t.lemma in lemmas for t in match.tokens[max(0, match.first - reach) : match.first])


_DEMAND_REACH = 12  # tokens before the frame to the word that demands it
# A power given, no plan: "an Act which allows licensing to be transferred".
_POWER_REACH = 4
_EMPOWERING = frozenset({"allow", "enable", "permit", "empower"})
_DEMANDING = frozenset({"call", "demand", "urge", "plea", "appeal", "petition", "press"})


def _intended(match: FrameMatch) -> bool:
    """Give whether a deciding noun takes the frame's infinitive ("the union's intention to
    ballot members", "the decision to end the contracts"): a decision the sentence tells."""
    if not _infinitive(match):
        return False
    index = match.tokens.index(match.verb)  # after "to", which _infinitive found before it
    return index > 1 and match.tokens[index - 2].lemma in DECIDING_NOUNS


def planned_from(match: FrameMatch) -> int | None:
    """Give where an infinitive the frame's verb takes begins ("agreed | to end the contract"):
    a date after it may be when the planned thing happens, not when it was agreed."""
    verb = match.verb
    if verb is None:
        return None
    tokens = match.tokens
    index = tokens.index(verb)
    for position in range(index + 1, min(match.last, len(tokens) - 1)):
        if _opens_infinitive(tokens, position):
            return tokens[position].start
    return None


def _opens_infinitive(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the token at index is the "to" of an infinitive ("to end the contract", "a
    restructuring to be worked out")."""
    after = tokens[index + 1]
    return tokens[index].lemma == "to" and ("VB" in after.forms or after.passive)


def perfect(match: FrameMatch) -> bool:
    """Give whether the frame's verb is a present perfect that tells today's news ("has
    entered"), not a past perfect ("had entered") that tells an earlier one."""
    verb = match.verb
    if verb is None or "have" not in verb.auxiliaries or verb.past_perfect:
        return False
    return not describes_a_name(match.tokens, verb)


_TIME_WORDS = frozenset(
    ["last", "this", "next", "week", "month", "year", "today", "yesterday", "january"]
    + ["february", "march", "april", "may", "june", "july", "august", "september", "october"]
    + ["november", "december"]
)


def infinitive_after(match: FrameMatch) -> bool:
    """Give whether an infinitive follows the frame's noun phrase ("failure of the company to
    meet the union"): a failure to do something, not the happening the noun names."""
    tokens = match.tokens
    for index in range(match.last - 1, min(match.last + 4, len(tokens) - 1)):
        if tokens[index].text in (",", ";", "(", ")"):
            return False  # "the failure of the franchise, to recommend …": another clause's
        if tokens[index].lemma in _TIME_WORDS or tokens[index].text[:1].isdigit():
            return False  # "used his annual report last month to call for": the verb's purpose
        if _opens_infinitive(tokens, index):
            return True
    return False
