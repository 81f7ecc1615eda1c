"""Who fills a frame's role: the nearest entity of the role's kinds on one side of the words,
within the clause, passing over asides; a name the vocabulary lists before a bare capitalised
name; "by" and its entity after a passive verb."""

from __future__ import annotations

from collections.abc import Sequence, Set

from timeline.extraction.frame_text import (
    agent_of_passive,
    aside_around,
    coordinated,
    ends_forward,
    hired_agent,
    in_subordinate_clause,
    object_of_preposition,
    on_behalf_of,
    possessor,
    relative_antecedent,
    speaker_before,
    token_index,
)
from timeline.extraction.joined_subjects import (
    CLAUSE_BREAKS,
    joined,
    joined_subject,
    participle_after,
    unnamed_subject,
)
from timeline.extraction.lemmas import PERSONAL_PRONOUNS, Token, can_be_noun
from timeline.extraction.noun_names import ORGANISATION_ENDS
from timeline.extraction.title_objects import names_post


def _own_clause(tokens: Sequence[Token], conjunction: int, verb: int) -> bool:
    """Give whether "as" at conjunction opens a clause whose own subject, a common noun, stands
    before the finite verb at verb ("as government cuts 6,000 jobs"), not "named as the …"."""
    subject = tokens[conjunction + 1 : verb]
    plain = all(t.text.isalpha() and t.text.islower() and t.entity is None for t in subject)
    finite = bool(tokens[verb].forms & {"VBZ", "VBD"})
    return 1 <= len(subject) <= 2 and plain and finite and subject[0].lemma not in _ARTICLES


# The last word of an organisation's or a law's name: no person who takes up or leaves a post.
_HOLDING_NO_POST = ORGANISATION_ENDS | {"Act"}
_PLACING = frozenset({"at", "in", "on", "across", "within", "inside", "around", "near"})
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "part", "well", "such"})
_RECEIVING = frozenset({"receive", "get", "obtain", "see"})
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_NAME = "<name>"  # a capitalised name no vocabulary lists (proper_names.py)
_REFERENT = "<referent>"  # "the firm": whom the post is about
_SEARCH_BEFORE = 12
_SEARCH_AFTER = 8


def nearest(tokens, index, step, frame, role, asides, role_kinds) -> list[Token]:
    """Give the nearest entity of the role's kinds on one side within the clause; a name
    the vocabulary lists before a bare capitalised name ("Grayling named Sodexo …"); of a post
    and a name in apposition, the name ("the Secretary of State for Health, Andy Burnham,")."""
    found = _nearest(tokens, index, step, frame, role, asides, role_kinds)
    if len(found) == 2 and _apposed(tokens, *found):
        found = [token for token in found if not names_post(token.text)] or found
    holder = _holds_the_post(frame, role)
    if len(found) == 2 and holder and _employer_then_holder(tokens, *found):
        found = found[1:]  # "The chief executive of Thames Water, Sarah Bentley, resigned": she
    if holder:  # "South London Healthcare NHS Trust became …": no one
        found = [token for token in found if not _organisation_named(token)]
    return found


def _holds_the_post(frame, role: str) -> bool:
    """Give whether a role of a personal frame is the one who takes up or leaves the post: its
    actor, unless the frame names a successor (then the actor is who appointed them)."""
    roles = (frame.leading, frame.trailing, *frame.inner)
    return frame.personal and role == "actor" and "successor" not in roles


def _employer_then_holder(tokens: Sequence[Token], first: Token, second: Token) -> bool:
    """Give whether a post's holder stands after the organisation whose post it is, after "of"
    and a comma ("the chief executive of Thames Water, Sarah Bentley")."""
    low = _comma_apart(tokens, first, second)
    return bool(low) and tokens[low - 1].lemma == "of"


def _organisation_named(token: Token) -> bool:
    """Give whether a name no vocabulary lists is an organisation's or a law's by its last
    word ("the Domestic Violence, Crime and Victims Act, which became law"), or the Crown's by
    its first ("HM Revenue")."""
    words = token.text.split()
    return token.lemma == _NAME and (words[-1] in _HOLDING_NO_POST or words[0] == "HM")


def _apposed(tokens: Sequence[Token], first: Token, second: Token) -> bool:
    """Give whether two names stand side by side with only a comma between them, one a post:
    one someone named twice ("the Health Secretary, Andy Burnham"), no list of two."""
    apart = _comma_apart(tokens, first, second) is not None
    return apart and names_post(first.text) != names_post(second.text)


def _comma_apart(tokens: Sequence[Token], first: Token, second: Token) -> int | None:
    """Give where the first of two names stands when only a comma parts them, else None."""
    low, high = token_index(tokens, first), token_index(tokens, second)
    between = [token.text for token in tokens[low + 1 : high]] if low is not None else []
    return low if between == [","] else None


def _nearest(tokens, index, step, frame, role, asides, role_kinds) -> list[Token]:
    kinds = frame.kinds_of(role, role_kinds.get(role, set()))
    if step < 0:
        asides = asides - _own_subject(tokens, asides, index + 1)  # "which G4S has run"
    if step > 0 and role == "target":  # "agreed to sell its stake to Sodexo": not the buyer
        tokens = _before_any(tokens, index, {"to"})
    if (
        step > 0
        and role == "actor"
        and 0 < index <= len(tokens)
        and tokens[index - 1].lemma == "of"
    ):
        tokens = _before_any(tokens, index, _PLACING)  # "the failures of care at Stafford Hospital"
    if role == "actor" and step < 0 and (joined(tokens, index) or participle_after(tokens, index)):
        subject = joined_subject(tokens, index, kinds, asides)
        if subject is not None:  # "X was selected by the MoJ …, and took ownership": X
            return coordinated(tokens, subject, 1, kinds)
        if unnamed_subject(tokens, index, asides):
            return []  # "Circle was picked to run Hinchingbrooke and signed": not Hinchingbrooke
    if step < 0 and 0 < index < len(tokens) and tokens[index].lemma == "to" and _NAME in kinds:
        named = tokens[index - 1].lemma == _NAME  # "announces Gov Facility Services to take over"
        if named and not object_of_preposition(tokens, index - 1):  # not "agreed with X to"
            return [tokens[index - 1]]
    if step > 0:
        return _nearest_after(tokens, index, kinds, asides)
    known = _nearest_of(tokens, index, step, kinds - {_NAME}, asides)  # before the words
    personal = frame.personal and role == "actor"
    if known and personal and possessor(tokens, known[-1]):
        known = []  # "the company's founder, Emma Harrison, stepped down": not the company
    if known and _NAME in kinds and _post_then_name(tokens, known[-1]):
        known = []  # "the then Secretary of State for Justice Chris Grayling implemented"
    if known and _NAME in kinds and _subject_past_a_comma(tokens, index, known[0]):
        return [tokens[index]]  # "… Secretary of the ministry, and Phil Copple became": him
    found = known or _nearest_of(tokens, index, step, kinds, asides)
    placed = _placed_at(tokens, found[0]) if found and found[0].lemma == _NAME else None
    if placed is not None:  # "Clyde Coastguard's centre in Greenock closed": not Greenock
        return _nearest_of(tokens, placed, step, kinds, asides) or found
    return found


def _placed_at(tokens: Sequence[Token], name: Token) -> int | None:
    """Give where the noun stands that a bare name after "in" or "at" places ("the rescue
    centre in Greenock"): the name is where, not who; None when it follows no such noun."""
    at = token_index(tokens, name)
    if at is None or at < 2 or tokens[at - 1].lemma not in ("in", "at"):
        return None
    noun = tokens[at - 2]
    return at - 2 if noun.text.islower() and can_be_noun(noun.text) else None


def _nearest_after(tokens, index, kinds, asides) -> list[Token]:
    """Give the nearest entity after the frame's words, not the subject of a clause of its own
    past a comma ("sold to the Carlyle Group, the National Audit Office concluded")."""
    found = _nearest_of(tokens, index, 1, kinds - {_NAME}, asides)
    found = found or _nearest_of(tokens, index, 1, kinds, asides)
    at = token_index(tokens, found[0]) if found else None
    if at is None or not any(t.text == "," for t in tokens[index:at]):
        return found
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    tells = following is not None and following.finite and not following.passive
    return [] if tells and following.text.islower() else found


def _subject_past_a_comma(tokens: Sequence[Token], index: int, known: Token) -> bool:
    """Give whether a bare name stands at index, just before the frame's words, and a comma
    parts it from the nearest name the vocabulary knows: the name is the verb's own subject."""
    if not 0 <= index < len(tokens) or tokens[index].lemma != _NAME:
        return False
    low = token_index(tokens, known)
    return low is not None and any(t.text == "," for t in tokens[low + 1 : index])


def _before_any(tokens: Sequence[Token], index: int, words: Set[str]) -> Sequence[Token]:
    """Give tokens up to the first of words from index on (all of them when none follows)."""
    return tokens[: next((i for i in range(index, len(tokens)) if tokens[i].lemma in words), None)]


def _post_then_name(tokens: Sequence[Token], token: Token) -> bool:
    """Give whether a body named by its post stands just before a person's name, the post
    they held ("the then Secretary of State for Justice Chris Grayling"): the person acts."""
    index = token_index(tokens, token)
    following = tokens[index + 1] if index is not None and index + 1 < len(tokens) else None
    written = token.text.lower()
    named_by_post = token.entity is not None and " " in written  # "Justice Secretary", not "NAPO"
    named_by_post = named_by_post and written != token.entity.name.lower()
    return following is not None and following.lemma == _NAME and named_by_post


def _other_subject(tokens, index: int, start: int, kinds) -> bool:
    """Give whether the token at index is a name of another kind than the role takes that is the
    frame's subject: just before its words, or the subject of the verb whose "to" they follow
    ("HMPPS stepped in to take over the running of the prison"). The role's entity is then not
    further off; the subject of a verb the frame is the object of may be ("the MoJ announced
    preferred bidders")."""
    token = tokens[index]
    if token.entity is None or token.lemma in (*kinds, _NAME, _REFERENT):
        return False  # a bare name, or "the firm", is no one the vocabulary knows the kind of
    if object_of_preposition(tokens, index) or agent_of_passive(tokens, index):
        return False
    if hired_agent(tokens, index):
        return False
    return index == start or tokens[start].lemma == "to" and tokens[index + 1].finite


def _nearest_of(tokens, index, step, kinds, asides) -> list[Token]:
    limit = _SEARCH_BEFORE if step < 0 else _SEARCH_AFTER
    if step < 0 and _common_subject(tokens, index):
        return []  # ", a minister told MPs": the subject names no one
    seen = 0
    crossed_comma = False
    start = index
    relative_to = None  # a relative clause's antecedent: its subject, whatever governs it
    while 0 <= index < len(tokens) and seen < limit:
        token = tokens[index]
        crossed_comma = crossed_comma or (step < 0 and token.text.endswith(","))
        if crossed_comma and token.lemma in kinds and in_subordinate_clause(tokens, index):
            return []  # "where Seetec ran it since the collapse of X, staff moved": not X
        if index not in asides:
            antecedent = relative_antecedent(tokens, index) if step < 0 else None
            if antecedent is not None:
                if any(t.entity is not None for t in tokens[index + 1 : start + 1]):
                    return []  # "the prison, which G4S has run": the clause names its own
                named = tokens[antecedent].entity is not None or tokens[antecedent].lemma == _NAME
                if named and tokens[antecedent].lemma not in kinds:
                    return []  # "Carillion, which went into liquidation": no other name
                if not named and token.lemma == "who" and tokens[antecedent].text.islower():
                    return []  # "a target for disability campaigners, who staged protests": them
                index, seen = antecedent, 0  # "KeolisAmey, …, which took over": KeolisAmey
                relative_to = antecedent
                continue
            if token.lemma in CLAUSE_BREAKS or (step > 0 and ends_forward(tokens, index)):
                return []
            if step < 0 and token.lemma == "as" and _own_clause(tokens, index, start + 1):
                return []  # "as government cuts jobs": a clause with its own subject
            if step < 0 and token.lemma in _RECEIVING:
                return []  # "Grayling received the letter threatening …": not who threatens
            if step < 0 and index == start and _opens_own_phrase(tokens, index):
                return []  # "we were part of X, and their report, published …": not X's
            if token.lemma in PERSONAL_PRONOUNS and index > 0 and tokens[index - 1].lemma == "what":
                index += step  # "this employer has done what it always does and imposed …"
                continue
            if token.lemma in PERSONAL_PRONOUNS:
                speaker = speaker_before(tokens, index) if step < 0 else None
                speaker = speaker if speaker is not None else on_behalf_of(tokens, index)
                if speaker is None or _person_for_a_body(token, tokens[speaker]):
                    return []  # "it", "he" stand for someone the sentence does not name
                index, seen = speaker, 0  # "Interserve said on Friday it had …": Interserve
                continue
            if step < 0 and _other_subject(tokens, index, start, kinds):
                return []  # "HMPPS stepped in to take over": not a company's takeover
            if token.lemma in kinds and index != relative_to and passed_over(tokens, index):
                if step > 0:
                    return []  # "chose Circle ahead of Serco": not Serco; Circle is no name
                index += step  # "named EOS instead of Geo as preferred bidder": EOS
                continue
            if step < 0 and token.lemma in kinds and _in_relative_object(tokens, index):
                return []  # "the chief executive of the body that managed X has stepped aside"
            if token.lemma in kinds:
                passed = agent_of_passive(tokens, index) or hired_agent(tokens, index)
                if step < 0 and passed and index != relative_to:
                    index += step  # "Seetec was asked by the MoJ": Seetec; "our lawyers X": us
                    continue
                governed = step < 0 and object_of_preposition(tokens, index)
                if governed and index != relative_to:
                    return []  # "notice served on the Secretary of State": not who acted
                return coordinated(tokens, index, step, kinds)
            seen += 1
        index += step
    return []


def _in_relative_object(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the name at index is the object of a relative clause's verb, "that" or
    "who" just before it ("the organisation that managed Grenfell Tower"): the clause describes
    the noun before it, the sentence's subject, not the name."""
    verb = index - 1
    while verb > 0 and tokens[verb].lemma in _DETERMINERS_BEFORE_NAMES:
        verb -= 1
    if verb < 2 or not tokens[verb].forms & {"VBD", "VBZ"} or tokens[verb].entity is not None:
        return False
    return tokens[verb - 1].lemma in ("that", "who")


_DETERMINERS_BEFORE_NAMES = frozenset({"the", "a", "an"})


def _opens_own_phrase(tokens: Sequence[Token], index: int) -> bool:
    """Give whether a possessive at index opens a clause's subject, after "and" or a comma
    ("…, and their report, published in November"): it, not a name before, owns the noun."""
    if tokens[index].lemma not in _POSSESSIVES:
        return False
    return index == 0 or tokens[index - 1].lemma in ("and", "but") or tokens[index - 1].text == ","


def passed_over(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the name at index is one passed over for another ("ahead of Serco",
    "instead of Geo", "in place of", "rather than", "over rival") or a partner in it ("jointly
    with BT")."""
    before = tuple(t.lemma for t in tokens[max(0, index - 2) : index])
    return before in _PASSED_OVER


_PASSED_OVER = frozenset(
    {("ahead", "of"), ("instead", "of"), ("place", "of"), ("rather", "than"), ("over", "rival")}
    | {("jointly", "with"), ("together", "with")}  # "has owned jointly with BT": a partner
)


def _person_for_a_body(pronoun: Token, speaker: Token) -> bool:
    """Give whether "he" or "she" would stand for a body or a firm: "the Ministry of Justice
    announced that he had been asked to stand down" names no one who stands down."""
    return pronoun.lemma in _PERSONS and speaker.entity is not None and speaker.lemma != _NAME


_PERSONS = frozenset({"he", "she", "him", "her"})


def agent(tokens, index, frame, role, asides, role_kinds) -> list[Token]:
    """Give the entity after "by" that follows a passive verb, as the frame's role."""
    for position in range(index, min(len(tokens), index + _SEARCH_AFTER)):
        if tokens[position].lemma == "by":
            return nearest(tokens, position + 1, 1, frame, role, asides, role_kinds)
        if tokens[position].lemma in CLAUSE_BREAKS:
            break
    return []


def _own_subject(tokens: Sequence[Token], asides: set[int], trigger: int) -> set[int]:
    """Give the aside the trigger word at trigger lies in when a name stands before it there,
    or just before the aside's "which": "the prison, which G4S has run since 2011," is G4S's
    clause, "Seetec, which has run Kent, Surrey and Sussex CRC since 2015," Seetec's (none
    otherwise: "the tagging work, which passed to Capita," names no one who passed it)."""
    around = aside_around(asides, trigger)
    if not around:
        return set()
    low = around.start
    named = any(tokens[index].entity is not None for index in range(low, trigger))
    opening = next((i for i in range(low, trigger) if tokens[i].text != ","), trigger)
    relative = tokens[opening].lemma in ("which", "who") and low >= 1
    relative = relative and not any(t.lemma in PERSONAL_PRONOUNS for t in tokens[opening:trigger])
    named = named or relative and tokens[low - 1].entity is not None
    return set(around) if named else set()


def _common_subject(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the words just before a verb at index + 1 are "a", "an", "the" or a
    person's "his", "her", "their" and a common noun: the verb's subject is that noun ("a
    minister told MPs", "an investigation by his department found"), no name further back."""
    if index < 1 or index >= len(tokens):
        return False
    noun, article = tokens[index], tokens[index - 1]
    common = noun.entity is None and noun.text.isalpha() and noun.text.islower()
    if common and article.lemma in ("his", "her", "their"):  # "their annual report that": a noun
        verb = tokens[index + 1] if index + 1 < len(tokens) else None
        return verb is not None and verb.finite
    return common and article.lemma in ("a", "an", "the")
