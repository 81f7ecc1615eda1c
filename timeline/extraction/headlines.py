"""A clause rewritten in headline style: third person, present tense, whole phrases, ≤ 80 chars.

"We have agreed with G4S that the contract will end" in a statement by the MoJ becomes "MoJ
agrees with G4S that the contract will end"; "Carillion and five subsidiaries were placed into
liquidation" becomes "Carillion and five subsidiaries placed into liquidation"; "The High Court
made a winding-up order" becomes "High Court makes a winding-up order".
"""

from __future__ import annotations

import re

from lemminflect import getInflection

from timeline.extraction.headline_names import abbreviated
from timeline.extraction.lemmas import REFLEXIVES, Token, can_be_noun, lemma_of, tokenise, word_set

__all__ = [
    "EDGE_PUNCTUATION",
    "SPEAKER_OR_READER",
    "HEADLINE_LIMIT",
    "WIRE_PREFIX",
    "headline",
    "opens_with_verb",
]

HEADLINE_LIMIT = 80
VERB_WITHIN = 10  # tokens from the start where a headline's verb stands
# The first person, and the second: a reader addressed ("some of you have worked under three
# owners") is no one a headline can name.
SPEAKER_OR_READER = re.compile(r"\b(?:we|i|our|us|my|me|ours|you|your|yours)\b", re.IGNORECASE)
_OPENING_FIRST_PERSON = re.compile(r"^we\b", re.IGNORECASE)  # an organisation's "we"
# "it" that does something ("it also won", "it took over"), not the "it" of "it emerged that",
# "it was announced", "it took two years".
_OPENING_IT = re.compile(
    r"^it\s+(?:(?:also|then|later|now|finally|first|again|quickly)\s+)?([a-z]+)(\s+over)?\b", re.I
)
_NOT_ACTING = word_set(
    "be have is was has had will would may might could can must should seem appear emerge"
    " remain mean follow come take make cost"
)
_OPENING_PRONOUN = re.compile(
    r"^(?:(?:largely|partly|mainly|mostly|only|just|even|simply|not)\s+)?(?:it|they|he|she|this|these|those|there|that|which|who|whose|whom|where|when|while"
    r"|than|to|of|for|and|or|but|because|if|as|so|although|though|whereas|unless|despite"
    r"|with|without|along|during|following|after|before|amid|in|under|on|at|by|from|since"
    r"|through|into|within|across|between|among|against|about|later|earlier)\b(?!-)",
    re.I,
)
# A news wire's marks before a headline: "UPDATE 2-", "EXCLUSIVE-", "BREAKING:".
WIRE_PREFIX = re.compile(r"^(?:UPDATE\s*\d*|EXCLUSIVE|BREAKING|CORRECTED|REFILE)\s*[-:–]\s*")
_OPENING_ARTICLE = re.compile(r"^(?i:the)\s+(?=\w)")
# A report's word for itself: "This inspection found that …" is the inspection's finding.
_THIS_DOCUMENT = re.compile(r"^(?i:this)\s+((?i:inspection|report|review|audit|investigation))\b")
# Headlines drop these too, once the verb's tense is read with them ("A consultation published").
_OPENING_INDEFINITE = re.compile(r"^(?i:an?|their|its)\s+(?=\w)")
# The auxiliaries and adverbs of a verb group, written before its verb: "has therefore".
_VERB_GROUP_HEAD = re.compile(
    r"(?:\b(?:has|have|had|is|are|was|were|be|been|being|will|shall|would|'s|'re|'ve)\b\s*"
    r"|\b(?:therefore|also|now|already|just|finally|formally|officially|recently|since|then"
    r"|today|previously|subsequently|(?-i:[a-z]\w*ly))\b\s*)+$",
    re.IGNORECASE,
)
# Where a long headline may end on a whole phrase: before a preposition, conjunction or comma.
_PHRASE_BREAK = re.compile(
    r",\s|\s(?=(?:and|but|while|after|before|because|following|when|where|which|who|as|"
    r"of|in|on|at|for|with|from|by|over|under|rather|than|that|amid|despite|since|until)\s)"
)
_CLAUSE_OPENING = re.compile(r"(?:and|but|while|whereas|when|where|which|who|because)\s", re.I)
_NOT_BEFORE_A_VERB = frozenset(
    {"as", "the", "a", "an", "new", "its", "their", "this", "his", "her"}
)
_ENDS_ON_SAYING = re.compile(
    r"\b(?:announces|says|said|tells|confirms|reveals|states|warns|adds|explains|finds|concludes"
    r"|shows|showed|suggests|suggested"
    r"|is|are|was|were|be|been|has|have|had|will|would|can|could)\W*$",
    re.I,
)
_PREPOSITIONS = frozenset(
    ["for", "of", "in", "on", "at", "with", "from", "by", "after", "before", "to", "into"]
)
# "a handful | of large providers": a count is no phrase without what it counts.
_COUNTING_BEFORE = re.compile(
    r"\b(?:handful|number|lot|lots|series|range|majority|couple|part|pair|dozens?|hundreds"
    r"|thousands|millions|one|some|many|most|all|each|none|both|several)$",
    re.I,
)
_PLURAL_NOUNS = frozenset({"staff", "people", "police", "personnel"})
# What a title never starts or ends with: spaces, quotes and punctuation.
EDGE_PUNCTUATION = " \t\"'‘’“”.,;:-–—…!*•"


def headline(clause: str, subject: str | None = None, it: str | None = None) -> str | None:
    """Give clause as a headline, or None when it speaks in the first person of no one known,
    or opens on a pronoun: "it" that acts ("it won a contract") is it, the organisation the
    post is about, when one is known."""
    text = WIRE_PREFIX.sub("", clause.strip(EDGE_PUNCTUATION))
    text = _THIS_DOCUMENT.sub(lambda found: found.group(1).capitalize(), text)  # the report's own
    if _OPENING_FIRST_PERSON.match(text):
        if subject is None:
            return None
        text = _OPENING_FIRST_PERSON.sub(subject, text, count=1)
    if it is not None and _acting_it(text):
        text = it + text[2:]
    if _OPENING_PRONOUN.match(text) or re.match(r"^I\b", text):  # "I": the writer, not news
        return None  # "It says …", "They were …": not self-contained
    if opens_with_verb(text):
        return None  # "was chosen to run …": the one who did it is not in the clause
    text = _present_tense(_OPENING_ARTICLE.sub("", text))
    article = 1 if _OPENING_INDEFINITE.match(text) else 0  # "A report published" says enough
    text = _OPENING_INDEFINITE.sub("", text)
    if SPEAKER_OR_READER.search(text):
        text = _before_first_person(text)
    text = _balanced_quotes(_within_limit(abbreviated(text)))
    if _ENDS_ON_SAYING.search(text):
        return None  # "… Grant Shapps announces", "… ECML has been": says nothing yet
    return text[:1].upper() + text[1:] if len(text.split()) + article >= 3 else None


def _acting_it(text: str) -> bool:
    """Give whether text opens on "it" doing something in the past or present ("it won")."""
    found = _OPENING_IT.match(text)
    if found is None:
        return False
    verb = found.group(1).lower()
    lemma, forms = lemma_of(verb)
    if lemma in _NOT_ACTING and not (lemma == "take" and found.group(2)):
        return False
    return bool(forms & {"VBD", "VBZ"})


def opens_with_verb(text: str) -> bool:
    """Give whether text starts with a verb written in lower case: a clause without its subject."""
    words = tokenise(text[:60])[:3]
    first = words[:2]
    if not first or not text[:1].islower() or not (first[0].auxiliaries or first[0].forms):
        return False
    opened_by_auxiliary = first[0].auxiliaries and first[0].start > 0  # "were the …"
    if opened_by_auxiliary or len(first) < 2:
        return True
    if len(words) == 3 and can_be_noun(words[0].text) and _noun_before_verb(*words[1:]):
        return False  # "transport ministry tore up …": a noun's modifier, then its verb
    return not _noun_before_verb(*first)


def _noun_before_verb(first: Token, following: Token) -> bool:
    """Give whether two words are a subject and its verb: "firm fails", "plans were announced"
    (but "cuts jobs" is a verb and its object)."""
    if following.auxiliaries or "VBD" in following.forms:
        return True
    return "VBZ" in following.forms and not first.forms & {"VBZ", "VBD"}


_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)|(?<=s)['’](?=\s)")


def _balanced_quotes(text: str) -> str:
    """Give text with the closing quote that edge-trimming took off: "rated 'Inadequate'"."""
    quoting = _APOSTROPHE.sub("", text)  # "Inspectorate's review": an apostrophe, no quote
    for opening, closing in (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”")):
        opened = quoting.count(opening) if opening != closing else quoting.count(opening) % 2
        closed = quoting.count(closing) if opening != closing else 0
        if opened > closed and not text.endswith(closing):
            return text + closing
    return text


def _present_tense(text: str) -> str:
    """Give text with its first verb group in headline tense: "has agreed" → "agrees", "were
    placed" → "placed", "will take" → "to take"."""
    tokens = tokenise(text)
    for index, token in enumerate(tokens[:VERB_WITHIN]):
        prepositional = token.lemma in _PREPOSITIONS - {"of"} and not _had_to(tokens, index)
        if prepositional and not _inside_capitals(tokens, index):
            verbs = range(index + 1, min(len(tokens) - 1, VERB_WITHIN))
            if not any(t.auxiliaries for t in tokens[index:VERB_WITHIN]) and not any(
                _is_main_verb(tokens, later) for later in verbs
            ):
                return text  # "Government under fire for contracts awarded …": a headline
            continue  # "The chief inspector of probation for Wales has resigned"
        head = text[: token.start]
        if _had_to(tokens, index):  # "the ministry had to rewrite": it rewrites
            token = tokens[index + 1]
        elif not _is_main_verb(tokens, index):
            continue
        form = _headline_form(token, _plural_subject(tokens[:index]))
        if form is None:
            return text
        group = _VERB_GROUP_HEAD.search(head)
        head = head[: group.start()] if group else head
        return f"{head.rstrip()} {form}{text[token.end :]}".strip()
    return text


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


def _adverb(token: Token) -> bool:
    """Give whether a word is an "-ly" adverb ("previously"), not a name or month ("Italy",
    "July") nor a noun ("supply")."""
    return token.text.endswith("ly") and token.text.islower() and len(token.text) > 4


def _is_main_verb(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if index == 0 or token.negated or ("VBG" in token.forms and not token.auxiliaries):
        return False
    if token.auxiliaries:
        return bool(token.forms)
    before = tokens[index - 1]
    if before.lemma in REFLEXIVES:  # "Interserve itself went into administration"
        return "VBD" in token.forms
    if _adverb(before) and index > 1:  # "the committee previously reported"
        before = tokens[index - 2]
    if index + 1 == len(tokens):  # "New model announced": a passive; "Shapps announced" not
        return "VBD" in token.forms and (before.text[:1].isupper() or "VBN" not in token.forms)
    following = tokens[index + 1].lemma
    if before.lemma in _NOT_BEFORE_A_VERB | _PREPOSITIONS or (
        "VBZ" in before.forms and before.text.islower()
    ):
        return False  # "announces preferred bidders", "as expected", "of planned cuts"
    # "the report published on 12 March": a participle after its noun, not the main verb;
    # after a name, the name's verb ("the National Audit Office said in December")
    after_name = before.text[:1].isupper() and before is not tokens[0]  # not "Union outraged"
    after_name = after_name or len(before.text) > 1 and before.text.isupper()  # "NAO found"
    ending = following != "as" and (after_name or following not in _PREPOSITIONS)
    # "went", "began", "appeared": a past tense, never a passive participle
    unambiguous = "VBN" not in token.forms or token.lemma in _INTRANSITIVE
    if not unambiguous and tokens[index + 1].lemma in _RESULTS:
        return False  # "Former A4e staff found guilty", "firm declared insolvent": a passive
    if not unambiguous and following == "of" and token.lemma in _DEPRIVED:
        return False  # "G4S stripped of Birmingham prison": a passive
    near = tokens[max(0, index - 2) : index]
    passive = any(t.text.lower() in _BE_FORMS or "be" in t.auxiliaries for t in near)
    infinitive = following == "to" and _infinitive_after(tokens, index + 1) and not passive
    unambiguous = unambiguous or infinitive  # "agreed to seek", not "were both judged to"
    return "VBD" in token.forms and (ending or unambiguous)  # "Jane Roe announced as …": passive


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Verbs that take no object, so that their "-ed" form is never a passive after its noun.
_INTRANSITIVE = word_set("appear arrive collapse resign emerge occur happen die step walk")
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
    if token.passive:
        return token.text  # "were placed into" → "placed into"
    ahead = auxiliaries & {"will", "shall", "would"}  # "said it would take over": planned
    if ahead or auxiliaries == {"be"} and "VBG" in token.forms:
        return f"to {lemma}" if ahead else _inflect(lemma, plural)
    if auxiliaries - {"have", "do"}:
        return None  # "could take", "would end": not what happened
    return _inflect(lemma, plural)


def _inflect(lemma: str, plural: bool) -> str | None:
    if plural:
        return lemma
    forms = getInflection(lemma, "VBZ")
    return forms[0] if forms else None


def _plural_subject(tokens: list[Token]) -> bool:
    """Give whether the words before the verb name more than one ("Sodexo and Interserve")."""
    words = [
        t
        for t in tokens
        if t.text not in (",", "(", ")") and not _adverb(t) and t.lemma not in _PLAIN_ADVERBS
    ]
    head = next((i for i, t in enumerate(words) if i and t.lemma in _PREPOSITIONS), None)
    words = words[:head]  # "the chief inspector of probation for England and Wales": one
    if any(t.lemma == "and" for t in words):
        return True
    if not words:
        return False
    last = words[-1]
    if last.text.lower() in _PLURAL_NOUNS:  # "probation staff walk out"
        return True
    if re.fullmatch(r"[A-Z]{2,}s", last.text):  # "MPs", "CRCs"
        return True
    common = last.text.islower() or len(words) == 1
    return common and last.text.lower().endswith("s") and last.lemma != last.text.lower()


# Adverbs that may stand between a subject and its verb ("Inspectors also published").
_PLAIN_ADVERBS = frozenset(["also", "then", "now", "still", "first", "later", "again", "jointly"])


def _before_first_person(text: str) -> str:
    """Give text up to the phrase break before its first first-person word."""
    first = SPEAKER_OR_READER.search(text)
    breaks = list(_PHRASE_BREAK.finditer(text, 0, first.start()))
    # "trusts wound up and every one of us started …": the first person opens a clause of its
    # own, and the cut is where that clause begins, not inside it ("and every one").
    clauses = [m for m in breaks if _CLAUSE_OPENING.match(text, m.end())]
    end = (clauses or breaks)[-1].start() if breaks else first.start()
    return text[:end].rstrip(EDGE_PUNCTUATION)


def _inside_name(text: str, position: int) -> bool:
    """Give whether a break at position would split a name ("Cheshire and Greater Manchester",
    "Ministry of Justice", "Dorset, Devon and Cornwall"): capitals on both sides of a joining
    word or a comma."""
    before = text[:position].rsplit(" ", 1)[-1]
    after = text[position:].split()
    if text.startswith(", ", position):  # "Dorset, Devon and Cornwall"
        following = text[position + 2 :].split()
        return bool(before[:1].isupper()) and bool(following) and following[0][:1].isupper()
    return (
        bool(before[:1].isupper())
        and len(after) > 1
        and after[0] in ("and", "of", "&", "for")
        and after[1][:1].isupper()
    )


def _counted(text: str, end: int) -> bool:
    """Give whether a break at end parts a count from what it counts ("a handful | of")."""
    return text[end:].lstrip().startswith("of ") and bool(_COUNTING_BEFORE.search(text[:end]))


def _left_open(cut: str) -> bool:
    """Give whether a cut leaves a clause's opening without its verb ("… the liquidators'
    argument that the chaos") or a time without what it times ("… four months")."""
    return bool(_OPEN_CLAUSE.search(cut) or _OPEN_TIME.search(cut))


_OPEN_CLAUSE = re.compile(
    r"\b(?:that|which|who|whose|whom|rather than)(?:\s+\S+){1,3}$|\brather$", re.I
)
_OPEN_TIME = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+"
    r"(?:days?|weeks?|months?|years?)$|\b(?:in|on|since|by|from)\s+(?:\w+\s+){0,2}(?:1[89]|20)\d\d$",
    re.I,
)


def _within_limit(text: str) -> str:
    """Give text ended on the last whole phrase within HEADLINE_LIMIT."""
    text = re.sub(r"\s+", " ", text).strip(EDGE_PUNCTUATION)
    if len(text) <= HEADLINE_LIMIT:
        return text
    infinitives = [m for m in _INFINITIVE_BREAK.finditer(text) if _verb_base(m.group(1))]
    phrases = [*_PHRASE_BREAK.finditer(text), *infinitives]
    breaks = sorted(m.start() for m in phrases if m.start() <= HEADLINE_LIMIT)
    breaks = [end for end in breaks if end >= HEADLINE_LIMIT // 3 and not _inside_name(text, end)]
    breaks = [end for end in breaks if not _counted(text, end) and not _left_open(text[:end])]
    if breaks:
        cut = text[: breaks[-1]].rstrip(EDGE_PUNCTUATION)
        head, comma, tail = cut.rpartition(", ")
        return head if comma and len(tail.split()) <= 2 else cut  # not "…, a day"
    return ""  # no whole phrase ends within the limit: no headline rather than a cut one


# "… tears up its decision | to give FirstGroup the contract": an infinitive is a phrase too.
_INFINITIVE_BREAK = re.compile(r"\s(?=to\s+([a-z]+)\s)")


def _verb_base(word: str) -> bool:
    """Give whether word may be a verb's base after "to" ("give", not "a")."""
    return "VB" in lemma_of(word)[1] and word not in _NOT_BEFORE_A_VERB
