"""Which reporting verb decides a frame's happening: "the ministry announced last July that the
contracts would end early" is the decision to end them, made on the day it was announced;
"the contracts will end in 2020, the Justice Secretary confirmed today" and a wire's ", it
said late on Tuesday," attribute one. English grammar, not story vocabulary."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.frame_text import aside_tokens
from timeline.extraction.frames import FrameMatch
from timeline.extraction.lemmas import PERSONAL_PRONOUNS, Token

__all__ = ["CLAUSE_ENDS", "DECIDING_NOUNS", "decision_verb"]

CLAUSE_ENDS = frozenset([";", ".", "but", "while", "if", "unless", "whether", "which", "who"])
# Nouns that tell a decision: "the announcement last May that …", "the intention to ballot".
DECIDING_NOUNS = frozenset(["announcement", "decision", "plan", "intention", "proposal"])
# Verbs that report a decision: "announced that the contracts would end" is the decision, made
# on the day it was announced.
_DECISION_VERBS = frozenset(
    ["announce", "confirm", "decide", "agree", "say", "tell", "reveal", "state", "disclose"]
    + ["declare", "order", "instruct", "vote", "serve"]  # "served notice that …"
    + ["promise", "pledge", "vow"]  # "promised to abolish the regional bodies": a plan made
    + ["admit", "concede", "acknowledge"]  # "admitted it would breach the terms of its loans"
)


def decision_verb(match: FrameMatch) -> Token | None:
    """Give the past or present-perfect reporting verb whose clause holds the frame, if any:
    "the ministry announced last July that the contracts would end early", or one attributing
    it after a comma: "the contracts will end in 2020, the Justice Secretary confirmed today",
    or one the frame's own words hold before its verb ("announced that it would hold an
    inquiry")."""
    verb = match.verb
    within = match.tokens[match.first : match.tokens.index(verb)] if verb in match.tokens else []
    for token in reversed(within):
        if _reports(token) and not _takes_infinitive(match.tokens, token):
            return None if token.negated or token.future else token
    asides = aside_tokens(match.tokens)  # "that unpaid work, which it had meant to …, would"
    for index in reversed(range(match.first)):
        token = match.tokens[index]
        if index in asides:
            continue
        if token.lemma in CLAUSE_ENDS and not _but_to(match.tokens, index):
            break  # "the contracts under which owners run the CRCs will be terminated, …"
        reporting = _reports(token) or _reporting_participle(match.tokens, token)
        if reporting and _decides(match.tokens, token, verb):
            return None if token.negated or token.future else token
        if _deciding_noun(match.tokens, token):
            return token  # "since the announcement last May that offender management will …"
    return _attribution(match) or _noun_told_after(match)


def _noun_told_after(match: FrameMatch) -> Token | None:
    """Give the passive telling verb after a deciding noun's infinitive ("The decision to end
    the contracts early was first announced in July 2018": announced), whose time the decision
    takes."""
    tokens, first = match.tokens, match.first
    if (
        first < 2
        or tokens[first - 1].lemma != "to"
        or tokens[first - 2].lemma not in DECIDING_NOUNS
    ):
        return None
    for token in tokens[match.last : match.last + 4]:
        if "be" in token.auxiliaries and _reports(token) and not token.negated:
            return None if token.future else token
    return None


def _but_to(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the "but" at index is one of "had no choice but to": no clause's end."""
    before = tokens[index - 1].lemma if index else ""
    after = tokens[index + 1].lemma if index + 1 < len(tokens) else ""
    return tokens[index].lemma == "but" and before in _NO_OTHER_WAY and after == "to"


_NO_OTHER_WAY = frozenset(["choice", "alternative", "option"])
_BECAUSE = frozenset(["because", "since", "as", "although", "though", "unless", "if"])


def _deciding_noun(tokens: Sequence[Token], token: Token) -> bool:
    """Give whether token is a noun that tells a decision whose "that" clause follows it within
    a few words ("the announcement last May that …", "the decision in July 2018 that …")."""
    if token.lemma not in DECIDING_NOUNS:
        return False
    index = tokens.index(token)
    return any(t.lemma == "that" for t in tokens[index + 1 : index + 5])


def _decides(tokens: Sequence[Token], token: Token, verb: Token | None) -> bool:
    """Give whether a reporting verb before the frame decides the frame's verb: its clause,
    unless it takes an infinitive that is not that verb ("agreed to end the contract" decides
    the ending, not a later "that" clause; "decided to exit the joint venture" the exit)."""
    if not _takes_infinitive(tokens, token):
        return True
    index = tokens.index(token)
    return index + 2 < len(tokens) and tokens[index + 2] is verb


def _takes_infinitive(tokens, token: Token) -> bool:
    """Give whether a reporting verb's object is an infinitive ("agreed to end the contract"):
    it reports that, not the clause a later "that" opens."""
    index = tokens.index(token)
    return index + 1 < len(tokens) and tokens[index + 1].lemma == "to"


def _attribution(match: FrameMatch) -> Token | None:
    """Give the reporting verb of a trailing ", the minister said" clause: the sentence's last,
    or one set between commas before a clause of its own, as a wire writes it (", it said late
    on Tuesday, after hundreds of families complained …")."""
    tail = list(match.tokens[match.last :])
    commas = [index for index, token in enumerate(tail) if token.text.endswith(",")]
    for at, comma in enumerate(commas):
        last = at == len(commas) - 1
        after = tail[comma + 1 : None if last else commas[at + 1] + 1]
        if not last and not _names_a_teller(after) or after and after[0].lemma in _BECAUSE:
            continue  # ", because the terms it had agreed were …": why, not who tells
        if len(after) > 10 or any(token.lemma in CLAUSE_ENDS - {"."} for token in after):
            continue
        found = next((token for token in after if _reports(token)), None)
        if found is not None:
            return None if found.negated or found.future else found
    return None


def _names_a_teller(tokens: Sequence[Token]) -> bool:
    """Give whether a clause opens on who tells: a pronoun, a name or "the" ("it said", "the
    ministry said"), or a post before a name ("business minister Matthew Hancock said"), not a
    conjunction ("after families complained")."""
    first = tokens[0] if tokens else None
    if first is None:
        return False
    if first.lemma in PERSONAL_PRONOUNS or first.lemma == "the" or first.entity is not None:
        return True
    posted = next((index for index, token in enumerate(tokens[:4]) if token.entity), None)
    return posted is not None and all(token.text.isalpha() for token in tokens[:posted])


def _reporting_participle(tokens: Sequence[Token], token: Token) -> bool:
    """Give whether token reports after a comma, in the time of the clause before it ("In May
    he went further, saying the NPS would take back …")."""
    index = tokens.index(token)
    after_comma = index > 0 and tokens[index - 1].text.endswith(",")
    return token.lemma in _DECISION_VERBS and "VBG" in token.forms and after_comma


def _reports(token: Token) -> bool:
    """Give whether a verb reports a decision: in the past or present perfect, or in the news
    present of a press release or a chronology ("Ministry announces that it will end …")."""
    news_present = token.lemma in _ANNOUNCING and "VBZ" in token.forms and not token.auxiliaries
    return token.lemma in _DECISION_VERBS and bool(
        token.forms & {"VBD", "VBN"} or "have" in token.auxiliaries or news_present
    )


_ANNOUNCING = frozenset(["announce", "confirm", "decide", "agree", "reveal", "declare"])
