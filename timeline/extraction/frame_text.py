"""A tokenised sentence as frames read it: one lemma text with offsets, its asides, and the
grammar words a frame's roles are found by (verbs, prepositions, coordination)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extraction.lemmas import ARTICLES, Token, can_be_noun
from timeline.extraction.participle_asides import may_open, opens, resumes


def lemma_text(tokens: Sequence[Token]) -> tuple[str, list[int]]:
    starts, pieces, offset = [], [], 0
    for token in tokens:
        starts.append(offset)
        pieces.append(token.lemma)
        offset += len(token.lemma) + 1
    return " ".join(pieces), starts


def token_at(starts: Sequence[int], offset: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


_RELATIVES = frozenset({"which", "who", "whose"})
_ALONG = frozenset({"along", "together", "alongside", "including"})


def bracketed_tokens(tokens: Sequence[Token]) -> set[int]:
    """Give the indices of tokens inside brackets, the brackets too: "companies (CRCs) will
    end" reads on without them."""
    inside: set[int] = set()
    depth = 0
    for index, token in enumerate(tokens):
        if token.text in "([":
            depth += 1
            inside.add(index)
        elif token.text in ")]" and depth:
            depth -= 1
            inside.add(index)
        elif depth:
            inside.add(index)
    return inside


def aside_tokens(tokens: Sequence[Token]) -> set[int]:
    """Give the indices of tokens inside brackets or an aside between commas: ", which …,",
    ", along with …,", after a name ", the construction group that …," or ", at Fife Ness,",
    and a participle's (", launched in October,") when a verb resumes the sentence after it."""
    inside = bracketed_tokens(tokens)
    opened, listed, tentative = None, None, False
    for index, token in enumerate(tokens):
        comma = token.text.endswith(",")  # "2026," is one token
        closed = comma and opened is not None and resumes(tokens, index)
        if closed:
            inside.update(range(opened, index + 1))  # closes the aside, and may open the next
            opened = listed = None
        elif comma and opened is not None and listed is None:
            listed = index  # "which runs planning, highways, …": a list, or the aside's end
        if comma and opened is None:
            tentative = not closed and may_open(tokens, index)
            if tentative or _opens_aside(tokens, index):
                opened = index if token.text == "," else index + 1
    if opened is not None and listed is not None and not tentative:
        inside.update(range(opened, listed + 1))  # no verb resumed the sentence: the first comma
    return inside


def aside_around(asides: set[int], index: int) -> range:
    """Give the run of aside positions that index lies in (empty when it lies in none)."""
    if index not in asides:
        return range(0)
    low = high = index
    while low - 1 in asides:
        low -= 1
    while high + 1 in asides:
        high += 1
    return range(low, high + 1)


def _opens_aside(tokens: Sequence[Token], comma: int) -> bool:
    following = tokens[comma + 1 : comma + 3]
    if not following:
        return False
    if following[0].lemma in _RELATIVES | _ALONG:
        return True
    if [token.lemma for token in following] == ["and", "with"]:
        return True  # "sold Ufi Ltd, and with it the learndirect business, to LDC"
    named = comma > 0 and tokens[comma - 1].entity is not None and len(following) == 2
    if named and following[0].lemma in ("at", "in") and following[1].text[:1].isupper():
        return True  # "Forth Coastguard, at Fife Ness, closed in September"
    if len(following) == 2 and opens(*following):
        return True  # ", based on an inspection that July,"
    before = tokens[comma - 1] if comma > 0 else None  # a verb, never a noun ("sentences")
    after_verb = before and before.forms & {"VBD", "VBZ"} and not can_be_noun(before.text.lower())
    if after_verb and following[0].lemma in _ASIDE_PREPOSITIONS and len(following) == 2:
        return following[1].lemma in _DETERMINERS  # "ruled, on the authority's appeal, that"
    appositive = comma > 0 and tokens[comma - 1].entity is not None and len(following) == 2
    if not appositive:
        return False
    # ", a US-owned company", ", the British digital health company" (no name after "the")
    third = tokens[comma + 3] if comma + 3 < len(tokens) else None
    adjective = following[1].entity is None and third is not None and third.text.islower()
    adjective = adjective or _NATION.fullmatch(following[1].text) is not None  # "the U.S. firm"
    described = following[0].lemma in ARTICLES and (
        following[1].text[:1].islower() or "-" in following[1].text or adjective
    )
    described = described or following[0].text in _DESCRIBING_ADVERBS  # ", previously best known"
    # ", owners of Kent, Surrey and Sussex CRC,", ", chairman of the board,"
    return described or _post_of(tokens[comma + 1 : comma + 5])


def _post_of(words: Sequence[Token]) -> bool:
    """Give whether words open a post held somewhere, an aside after a name: ", owners of …",
    ", chief executive of …", ", head of …" (a noun that is also a verb's base form)."""
    for index, word in enumerate(words[1:], start=1):
        if word.lemma == "of":
            return all(w.text.islower() and not w.forms - _BASE for w in words[:index])
    return False


_NATION = re.compile(r"U\.?S\.?|U\.?K\.?|EU")  # before a noun, a nationality
_BASE = frozenset({"VB", "VBP"})
_ASIDE_PREPOSITIONS = frozenset({"on", "in", "after", "at", "under", "following", "without"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_DESCRIBING_ADVERBS = frozenset({"previously", "formerly", "once", "now", "then", "until"})
GOVERNING = frozenset(
    {"on", "to", "from", "with", "against", "into", "about", "upon", "over", "for", "at"}
)
_REPORTING = frozenset({"say", "announce", "confirm", "state", "admit", "reveal", "tell"})
_COORDINATORS = frozenset({"and", ",", "&", "/"})


def trigger_verb(tokens: Sequence[Token]) -> Token | None:
    """Give the trigger's verb: one with auxiliaries, else a past form, else any verb form
    ("contracts" may read as a verb; "the contracts would end" ends). A word after "to" is an
    infinitive, not a past form ("intends to cut": "intends"); one after "the" a noun. A verb
    between the trigger's commas is an aside's ("The review, launched in October, reported")."""
    outside = _outside_commas(tokens)
    if len(outside) < len(tokens):
        return _verb_of(outside) or _verb_of(tokens)
    return _verb_of(tokens)


def _outside_commas(tokens: Sequence[Token]) -> list[Token]:
    """Give tokens less those between their first and last comma."""
    commas = [i for i, token in enumerate(tokens) if token.text == ","]
    if len(commas) < 2:
        return list(tokens)
    return [*tokens[: commas[0]], *tokens[commas[-1] + 1 :]]


def _verb_of(tokens: Sequence[Token]) -> Token | None:
    pairs = list(zip(tokens[:-1], tokens[1:], strict=True))
    infinitives = {id(t) for before, t in pairs if before.lemma == "to"}
    nouns = {id(t) for before, t in pairs if before.lemma == "the" and not t.auxiliaries}
    triples = zip(tokens, tokens[1:], tokens[2:], strict=False)
    due = next((t for d, to, t in triples if _due_to(d, to) and t.forms), None)
    if due is not None:
        return due  # "is due to pass": the verb is "pass"
    for test in (
        lambda t: t.auxiliaries and t.lemma != "due",
        lambda t: t.forms & {"VBD", "VBN"} and id(t) not in infinitives,
        lambda t: t.forms and id(t) not in nouns,  # "to the House": no verb
    ):
        found = next((token for token in tokens if test(token)), None)
        if found is not None:
            return found
    return None


def _due_to(due: Token, to: Token) -> bool:
    return due.lemma == "due" and bool(due.auxiliaries) and to.lemma == "to"


_NOUN_PHRASE_OPENERS = frozenset({"the", "a", "an", "as", "its", "their"})


def governing_verb(tokens: Sequence[Token], first: int) -> Token | None:
    """Give the verb group a frame's noun phrase stands after ("Sodexo has been named as the
    preferred bidder": "has been named"; "gave notice of action short of a strike": "gave"),
    or None when the frame's words do not open with one."""
    position = first - 1
    if position >= 2 and tokens[position].lemma == "of":  # "gave notice of action short of …"
        verb = tokens[position - 2]
        return verb if verb.auxiliaries and verb.forms or "VBD" in verb.forms else None
    if position < 0 or tokens[position].lemma not in _NOUN_PHRASE_OPENERS:
        return None
    while position >= 0 and tokens[position].lemma in _NOUN_PHRASE_OPENERS:
        position -= 1
    if position >= 0 and tokens[position].auxiliaries and tokens[position].forms:
        return tokens[position]
    light = position >= 0 and tokens[position].lemma in _LIGHT_VERBS
    return tokens[position] if light and "VBD" in tokens[position].forms else None


# Verbs whose object names the happening: "she made a statement to the House", "gave notice".
_LIGHT_VERBS = frozenset({"make", "give", "deliver", "issue", "lay", "table"})


def object_of_preposition(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the entity at index is governed by a preposition ("on the Secretary of
    State", "with Working Links"), or stands in apposition to one that is ("wrote to the Justice
    Secretary, David Gauke, invoking …"), so cannot be the subject of what follows."""
    position = index - 1
    while position >= 0 and tokens[position].lemma in _DETERMINERS:
        position -= 1
    if position > 0 and tokens[position].text == "," and tokens[position - 1].entity is not None:
        return object_of_preposition(tokens, position - 1)  # "to the Justice Secretary, David …"
    return position >= 0 and tokens[position].lemma in GOVERNING


def speaker_before(tokens: Sequence[Token], index: int) -> int | None:
    """Give where to look on for who a pronoun stands for when a reporting verb stands just
    before it ("X said it had", "X announced that they would"): before that verb; else None."""
    for position in range(index - 1, max(-1, index - 5), -1):
        if tokens[position].lemma in _REPORTING:
            return position - 1
        if tokens[position].entity is not None:
            return None
    return None


def ends_forward(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the search after a trigger stops here: at "by", at "from" (who had it
    before: "took over housing from Serco"), at ", and" or at "and" with a new verb, at "as"
    or "when" opening a clause of its own."""
    if tokens[index].lemma in ("by", "from"):
        return True
    if tokens[index].lemma in _CLAUSE_OPENERS:
        return _finite_within(tokens, index + 1, 4)  # "handed to new owner as X goes bust"
    if tokens[index].lemma != "and":
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    after_comma = index > 0 and tokens[index - 1].text.endswith(",")
    return after_comma or following is not None and bool(following.forms)


_CLAUSE_OPENERS = frozenset({"as", "while", "when", "after", "because", "although", "though"})


def _finite_within(tokens: Sequence[Token], start: int, width: int) -> bool:
    """Give whether a finite verb stands among the width tokens from start."""
    return any(token.finite for token in tokens[start : start + width])


def coordinated(tokens: Sequence[Token], index: int, step: int, kinds: set[str]) -> list[Token]:
    """Give the entity at index with those joined to it by "and" or commas, in text order."""
    found = [tokens[index]]
    position = index + step
    while 0 <= position + step < len(tokens) and tokens[position].lemma in _COORDINATORS:
        following = tokens[position + step]
        if following.lemma not in kinds:
            break
        found.append(following)
        position += 2 * step
    return sorted(found, key=lambda token: token.start)


# Words that open a clause telling when, where or why: an entity in such a clause, closed by a
# comma, is not the subject of the clause after the comma.
_SUBORDINATORS = frozenset(
    ["where", "when", "since", "after", "before", "while", "although", "though", "because"]
    + ["if", "unless", "once", "until"]
)


def in_subordinate_clause(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the token at index stands in a clause a subordinating word opens and a comma
    closes, with a verb of its own ("where the CRC had been run by Seetec since the collapse of
    Working Links in 2019, sentence management moved"; not "when the justice secretary, Chris
    Grayling, awarded", whose verb is the trigger's)."""
    opener = None  # the first subordinating word after the comma before: the clause's
    for position in range(index - 1, -1, -1):
        if tokens[position].text.endswith(","):  # "2019," is one token
            break
        if tokens[position].lemma in _SUBORDINATORS:
            opener = position
    if opener is None:
        return False
    for token in tokens[opener + 1 :]:
        if token.auxiliaries or token.forms & {"VBD", "VBN"}:
            return True
        if token.text.endswith(","):
            return False
    return False


def relative_antecedent(tokens: Sequence[Token], index: int) -> int | None:
    """Give where the subject of the relative clause the token at index opens is: the word
    before the comma ("Working Links, which ran three CRCs"), or the name just before "who"
    ("Michael Spurr who is leaving the role"); None when it opens none."""
    lemma = tokens[index].lemma
    if lemma in ("which", "who") and index >= 2 and tokens[index - 1].text == ",":
        return index - 2
    if lemma == "who" and index >= 1 and tokens[index - 1].entity is not None:
        return index - 1
    return None


def hired_agent(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the entity at index is named as someone's lawyers or advisers ("our lawyers
    Slater and Gordon", "its solicitors, Leigh Day,"): they act for a client, who is the one
    that acts."""
    position = index - 1
    while position >= 0 and (
        tokens[position].entity is not None or tokens[position].lemma in _BEFORE_NAMES
    ):
        position -= 1  # over "Slater and" to "lawyers"
    return position >= 0 and tokens[position].lemma in _HIRED


_BEFORE_NAMES = frozenset({",", "and", "&", "our", "its", "their", "his", "her", "the"})
_HIRED = frozenset(
    {"lawyer", "lawyers", "solicitor", "solicitors", "counsel", "barrister", "barristers"}
    | {"adviser", "advisers", "advisor", "advisors"}
)


def agent_of_passive(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the entity at index follows "by" after a passive verb ("was asked by the
    MoJ"): it acted on the subject before it, which is the one the clause goes on about."""
    position = index - 1
    while position >= 0 and tokens[position].lemma in ("the", "a", "an"):
        position -= 1
    if position < 1 or tokens[position].lemma != "by":
        return False
    if tokens[position - 1].passive:
        return True
    # a participle's agent: "one of the largest contracts ever put out to tender by the NHS"
    return any(
        "VBN" in t.forms and not t.auxiliaries for t in tokens[max(0, position - 4) : position]
    )


def phrase_start(text: str, start: int) -> int:
    """Give where the noun phrase naming a happening in passing may begin: a few words before
    its trigger ("the latest DDC HMIP report released"), never past a comma."""
    return max(text.rfind(",", 0, start), text.rfind(";", 0, start), start - _PHRASE_CHARS)


_PHRASE_CHARS = 25  # "the latest DDC HMIP" before "report", not a clause before


def token_index(tokens: Sequence[Token], token: Token) -> int | None:
    """Give where this very token stands among tokens (not an equal one elsewhere), or None."""
    return next((i for i, t in enumerate(tokens) if t is token), None)


def possessor(tokens: Sequence[Token], token: Token) -> bool:
    """Give whether token owns what follows it ("the company's founder", "Serco’s boss"): the
    owner of the one who acts, not who acts."""
    index = token_index(tokens, token)
    if index is None:
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return token.text.endswith(("'s", "’s")) or following in ("'s", "’s", "'", "’")


def on_behalf_of(tokens: Sequence[Token], index: int) -> int | None:
    """Give where the entity stands that a pronoun acts for ("on behalf of the Napo Officer
    Group, I issued instructions"): the pronoun's doing is that entity's; else None."""
    for position in range(index - 1, max(-1, index - _BEHALF_REACH), -1):
        if tokens[position].entity is not None and position >= 3:
            words = [t.lemma for t in tokens[position - 3 : position]]
            if words[-3:] == ["behalf", "of", "the"] or words[-2:] == ["behalf", "of"]:
                return position
    return None


_BEHALF_REACH = 8  # tokens back from the pronoun to "on behalf of X"
