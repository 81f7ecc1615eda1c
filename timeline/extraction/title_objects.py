"""What a stock headline's noun stands for, as the sentence names it: "Napo launches campaign"
becomes "Napo launches campaign to reunite the probation service", "NAO publishes report" becomes
"NAO publishes progress review", "Committee launches inquiry" becomes "Committee launches inquiry
into Transforming Rehabilitation".

A type lists the nouns its headlines stand for (`objects:` in the taxonomy; "report|review":
the sentence's review is the headline's report). The sentence's noun
phrase headed by one of them, written after a determiner ("its annual report", "a report on
…"), gives the headline's noun its describing words before it and its complement after it: a
phrase with a preposition ("on the pandemic's impact"), a purpose ("to reunite …") or a title in
quotes or dashes ("– Strengthening Probation, Building Confidence –").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extraction.headline_names import abbreviated
from timeline.extraction.headline_tense import inflect
from timeline.extraction.headlines import HEADLINE_LIMIT, SPEAKER_OR_READER
from timeline.extraction.lemmas import PERSONAL_PRONOUNS, lemma_of, word_set

_TOKEN = re.compile(r"[\w][\w'’&.-]*[\w]|[\w]|[^\w\s]")
_DETERMINERS = word_set("the a an its their his her this that these those our your whose")
_COMPLEMENTS = word_set("on into of for against over to about")
_TITLE_PREPOSITIONS = _COMPLEMENTS | word_set("in at with from by")
_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’"}
_DASHES = word_set("– — -")
# Where a complement ends: a clause or an aside begins, or the time of the happening is told.
_ENDS = word_set(
    "which that who whose published issued released launched announced and but while after"
    " before following since until when where as by in at last this yesterday today earlier"
    " later it they he she we i you , ; : ( ) . ? ! – — [ ] monday tuesday wednesday thursday"
    " friday saturday sunday january february march april june july august september october"
    " november december late"
)
# Describing words a headline leaves out: times relative to the writer's day.
_TIME_WORDS = word_set(
    "previous last latest recent next forthcoming upcoming own former current future earlier"
    " later past"
)
_COUNTS = word_set("two three four five six seven eight nine ten eleven twelve twenty several")
_WH = word_set("how what why whether when where which who")
_NOT_DESCRIBING = word_set(
    "and or but of in on at by for to from with as than is are was were be been has have had"
    " will would"
)
_MODIFIERS = 3
_COMPLEMENT_WORDS = 9
_DURATION = re.compile(
    r"(?:a\s+further\s+|another\s+|the\s+next\s+|up\s+to\s+)?"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+"
    r"(?:more\s+)?(?:years?|months?|weeks?|days?)\b",
    re.I,
)


def object_headline(title: str, objects: Sequence[str], sentence: str) -> str:
    """Give title with its noun (one of objects: "report|review" says a review may stand for a
    report) said as fully as the sentence says it, within the headline limit; title unchanged
    when the sentence names no such noun after a determiner."""
    words = title.split()
    nouns = [noun for entry in objects for noun in entry.split("|")]
    place = _stock_noun(words, nouns)
    if place is None:
        return title
    if place > 0:  # an object, not the subject its verb agrees with ("Contracts expire")
        words[place] = _in_number(words[place], sentence)
        title = " ".join(words)
    said = {lemma_of(words[place].lower())[0], words[place].lower()}
    phrase = _noun_phrase(
        sentence, [n for e in objects if said & set(e.split("|")) for n in e.split("|")]
    )
    if phrase is None:
        return title
    modifiers, noun, complement = phrase
    if SPEAKER_OR_READER.search(" ".join([*modifiers, *complement])):
        return title  # "contract for our region": whose region, the title cannot say
    plural = noun.lower().endswith("s")
    if place == 0 and plural != words[0].lower().endswith("s"):
        words = _agreed(words, plural)  # "Contracts end" of "the original contract": "… ends"
    start = _said_before(words, place, modifiers)
    extra = modifiers[: len(modifiers) - (place - start)]  # describing words the title lacks
    if not any(word[:1].isupper() for word in extra):
        noun = noun.lower() if words[place][1:].islower() else noun
    for more in (complement, []):
        if not extra and not more:
            break  # the sentence says no more than the title
        own = [*words[start:place], noun]  # the sentence's word: "contracts", "review"
        if start == 0 < place and extra and own[0][1:].islower():
            own = [own[0].lower(), *own[1:]]  # "Consultation paper …" → "Public consultation …"
        said = [*extra, *own, *more]
        said = _cased(said) if start == 0 else said
        fuller = _joined([*words[:start], *said, *words[place + 1 :]])
        if len(fuller) <= HEADLINE_LIMIT:
            return fuller
    return title


def _agreed(words: list[str], plural: bool) -> list[str]:
    """Give a title's words with its present verb agreeing with a subject of that number
    ("Contracts end" for "the original contract": "… ends"); a participle stays."""
    lemma, forms = lemma_of(words[1].lower()) if len(words) > 1 else ("", frozenset())
    if not forms & {"VBP", "VBZ"} or forms & {"VBD", "VBN"}:
        return words  # no present verb: "awarded", "published", "set"
    return [words[0], inflect(lemma, plural) or words[1], *words[2:]]


# What opens a noun phrase whose number tells how many: "the CRC contracts", "all 21 contracts".
_NUMBERED = r"the|a|an|its|their|his|her|this|that|these|those|our|all|both|two|three|\d+"


def _in_number(noun: str, sentence: str) -> str:
    """Give a headline's noun in the number the sentence gives it: "contracts" where the
    sentence names only contracts ("would end the CRC contracts"), "contract" where only one."""
    singular = noun[:-1] if noun.endswith("s") else noun
    plural = singular + "s"
    forms = f"{re.escape(singular)}|{re.escape(plural)}"
    named = rf"\b(?:{_NUMBERED})\s+(?:[\w'’-]+\s+){{0,2}}?({forms})\b"
    said = {m.group(1).lower() for m in re.finditer(named, sentence, re.I)}
    if said == {plural.lower()}:
        return plural
    return singular if said == {singular.lower()} else noun


def _said_before(words: list[str], place: int, modifiers: list[str]) -> int:
    """Give where the title's own words for the sentence's describing words begin: "MoJ
    publishes consultation paper" already says "Consultation" of "Consultation Paper"."""
    start = place
    while start > 0 and place - start < len(modifiers):
        if words[start - 1].lower() != modifiers[len(modifiers) - (place - start) - 1].lower():
            break
        start -= 1
    return start


def _stock_noun(words: list[str], nouns: Sequence[str]) -> int | None:
    """Give where a title's listed noun stands, when nothing after it says more of it."""
    for place in range(len(words) - 1, -1, -1):
        if lemma_of(words[place].lower())[0] in nouns or words[place].lower() in nouns:
            if place == 1 and words[0][:1].isupper() and lemma_of(words[1].lower())[1]:
                return None  # "Staff strike": the subject's verb, no noun
            following = words[place + 1].lower() if place + 1 < len(words) else ""
            compound = following.isalpha() and not lemma_of(following)[1]  # "contract termination"
            return None if following in _TITLE_PREPOSITIONS or compound else place
    return None


def _noun_phrase(sentence: str, nouns: Sequence[str]) -> tuple[list[str], str, list[str]] | None:
    """Give the first noun phrase of sentence headed by one of nouns: its describing words, its
    noun and its complement."""
    plain = sentence.replace("*", "")  # Markdown's emphasis: "its *Root and Branch Review*"
    tokens = [m.group() for m in _TOKEN.finditer(plain)]
    for index, token in enumerate(tokens):
        lower = token.lower()
        if not _listed(lower, nouns) or _listed(_after(tokens, index), nouns):
            continue  # "Consultation Paper": the last noun heads the phrase
        if token[:1].isupper() and index + 1 < len(tokens) and tokens[index + 1][:1].isupper():
            continue  # "the National Audit Office": a name's word, no noun of its own
        modifiers = _modifiers(tokens, index)
        if modifiers is None:
            continue
        return modifiers, token, _complement(tokens, index + 1)
    return None


def _listed(word: str, nouns: Sequence[str]) -> bool:
    lemma, forms = lemma_of(word)
    return word in nouns or lemma in nouns and not forms & {"VBD", "VBN", "VBG"}


def _after(tokens: list[str], index: int) -> str:
    return tokens[index + 1].lower() if index + 1 < len(tokens) else ""


def _modifiers(tokens: list[str], index: int) -> list[str] | None:
    """Give the describing words between a determiner and the noun at index ("its annual"
    gives ["annual"]), or None when no determiner or possessive opens the phrase. A title in
    quotes before the noun names it whatever comes before ("the Government's ‘Transforming
    Rehabilitation’ programme")."""
    quoted = _quoted_before(tokens, index) or _title_before_colon(tokens, index)
    if quoted:
        return quoted
    start = index
    while start > 0 and index - start < _MODIFIERS + 1:
        before = tokens[start - 1]
        counted = before.lower() in _COUNTS or before.isdigit() and len(before) < 4  # "four"
        if counted or before.lower() in _DETERMINERS or before.lower().endswith(("'s", "’s")):
            modifiers = [word for word in tokens[start:index] if word.lower() not in _TIME_WORDS]
            return [before.lower(), *modifiers] if counted else modifiers  # "Two joint …"
        capital = before[:1].isupper() and not tokens[index][:1].isupper()
        participle = lemma_of(before.lower())[1] & {"VBG", "VBD", "VBN", "VBZ"}
        joined = before == "and" and tokens[index][:1].isupper()  # "its Root and Branch Review"
        described = before.lower() not in _NOT_DESCRIBING or joined
        if not before.isalpha() or capital or participle or not described:
            return None  # a name, a clause's word or punctuation: no noun phrase of the kind
        start -= 1
    return None


def _quoted_before(tokens: list[str], index: int) -> list[str]:
    """Give the title in quotes that ends just before the noun at index, as one describing
    word in quotes; [] when none does."""
    closing = tokens[index - 1] if index else ""
    if closing not in _QUOTES.values():
        return []
    for start in range(index - 3, max(-1, index - 3 - _COMPLEMENT_WORDS), -1):
        if _QUOTES.get(tokens[start]) == closing:
            inside = tokens[start + 1 : index - 1]
            return [f"‘{_joined(inside)}’"] if inside[0][:1].isupper() else []
    return []


def _title_before_colon(tokens: list[str], index: int) -> list[str]:
    """Give a document's title and its colon, with the article after them, when the noun at
    index ends a title of two parts ("Transforming Rehabilitation: A Strategy for Reform");
    [] when it does not."""
    if index < 3 or tokens[index - 1] not in ("A", "An", "The") or tokens[index - 2] != ":":
        return []
    start = index - 2
    while start > 0 and index - 2 - start < _COMPLEMENT_WORDS and tokens[start - 1][:1].isupper():
        start -= 1
    run = tokens[start : index - 2]
    return [f"{_joined(run)}:", tokens[index - 1]] if len(run) > 1 else []


def _complement(tokens: list[str], start: int) -> list[str]:
    """Give the words after a noun that say which one it is: a preposition's phrase, a purpose,
    or a title in quotes or dashes; [] when none follows."""
    if start >= len(tokens):
        return []
    first = tokens[start]
    if first in _QUOTES or first in _DASHES:
        return _titled(tokens, start)
    if first.lower() not in _COMPLEMENTS:
        return []
    if first.lower() == "to" and not _bare_verb(tokens, start + 1):
        return []
    if first.lower() == "for" and _DURATION.match(" ".join(tokens[start + 1 : start + 5])):
        return []  # "renewed the contract for a further five years": how long, not which one
    words = [first]
    for index in range(start + 1, min(len(tokens), start + 1 + _COMPLEMENT_WORDS)):
        if tokens[index].lower() in PERSONAL_PRONOUNS:
            return []  # "the way | we manage offenders": a clause cuts the phrase
        if _ends_complement(tokens, index):
            break
        words.append(tokens[index])
    else:
        if start + 1 + _COMPLEMENT_WORDS < len(tokens):
            return []  # runs past what a headline holds: no whole phrase
    while words and words[-1].lower() in (*_DETERMINERS, *_COMPLEMENTS, *_TIME_WORDS):
        words.pop()  # "on its inspection of the previous | September": "on its inspection"
    if len(words) < 2 or words[1].lower() in _WH or words[-1].endswith(("'s", "’s")):
        return []  # "on how …", "for older people's": a phrase cut short
    if any(word[:1].isdigit() for word in words[1:2] + words[-1:]):
        return []  # "on 6 March", "in 2016": a time, not which one
    if words[0] == "to" and (len(words) < 3 or words[-1].islower() and _bare_verb(words, -1)):
        return []  # "to look" without what it looks after
    return words


def _ends_complement(tokens: list[str], index: int) -> bool:
    """Give whether the word at index ends a noun's complement: a clause, an aside or a time
    begins there, or a verb. A comma or "and" between capitals is inside a name ("Dorset,
    Devon and Cornwall")."""
    token, before = tokens[index], tokens[index - 1]
    if token in (",", "and") and before[:1].isupper() and _after(tokens, index)[:1].isalpha():
        return not tokens[index + 1][:1].isupper()
    if token.lower() in _ENDS or token in _QUOTES:
        return True
    if not token.islower():
        return False
    forms = lemma_of(token)[1]
    after_subject = before[:1].isupper() or before in PERSONAL_PRONOUNS
    return "VBD" in forms or "VBZ" in forms and after_subject


def _titled(tokens: list[str], start: int) -> list[str]:
    """Give a title written in quotes or between dashes after a noun, in quotes."""
    opening = tokens[start]
    closing = _QUOTES.get(opening)
    for end in range(start + 1, min(len(tokens), start + 2 + _COMPLEMENT_WORDS)):
        if tokens[end] == closing or (closing is None and tokens[end] in _DASHES):
            inside = tokens[start + 1 : end]
            if inside and inside[0][:1].isupper():
                return [f"‘{_joined(inside)}’"]
            return []
    return []


def _joined(tokens: list[str]) -> str:
    return re.sub(r"\s+([,:;?!.’”)])", r"\1", " ".join(tokens))


def _bare_verb(tokens: list[str], index: int) -> bool:
    return index < len(tokens) and "VB" in lemma_of(tokens[index].lower())[1]


def _cased(words: list[str]) -> list[str]:
    return [words[0][:1].upper() + words[0][1:], *words[1:]]


def post_named(sentence: str, start: int) -> str | None:
    """Give the post a sentence says someone takes or leaves, from start on: the title after
    "as" or "to be" ("appointed as the next Chief Executive of HM Prison and Probation Service
    (HMPPS)" gives "Chief Executive of HMPPS"); None when what follows names no post."""
    for opening in _POST_OPENING.finditer(sentence, start):
        post = _post_at(sentence, opening.end())
        if post is not None:
            return post
    return None


def names_post(text: str) -> bool:
    """Give whether text, as written, names a post ("the chief inspector of probation")."""
    return _post_at(text, _POST_LEAD.match(text).end()) is not None


def _post_at(text: str, start: int) -> str | None:
    """Give the post written at start, abbreviated, or None when no post word is in it."""
    written = _POST.match(text, start)
    if written is None:
        return None
    words = written.group().split()
    while words and words[-1].lower() in _POST_JOINERS:
        words.pop()
    if any(word.lower().strip("()") in _POST_WORDS for word in words):
        return abbreviated(" ".join(words))
    return None


_POST_WORDS = word_set(
    "chief executive inspector secretary minister director chair chairman chairwoman head"
    " president commissioner officer governor leader manager editor mp arbiter ombudsman"
    " comptroller auditor adjudicator hydrographer registrar coroner surveyor recorder judge"
)
_POST_JOINERS = word_set("of and for the")
_LEAD = r"(?:(?:the|its|their|his|her|next|new|(?-i:first)|interim|permanent|acting)\s+)*"
_POST_LEAD = re.compile(_LEAD, re.I)
_POST_OPENING = re.compile(
    rf"\b(?:as|to\s+be|become|becomes|became|promoted\s+to|appointed|named|made)\s+{_LEAD}",
    re.I,
)
_POST = re.compile(
    r"(?:(?:deputy|vice)\s+)?(?:[A-Z][\w'’&-]*|(?:[a-z]+\s+)?(?:chief|executive|inspector"
    r"|secretary|minister|director|chair\w*|head|president|commissioner|officer|governor"
    r"|leader|manager|editor)\b)"
    r"(?:\s+(?:of|and|for|the|deputy"
    r"|[A-Z][\w'’&]*-[a-z]+\s+[a-z]+"  # "the Labour-run council"
    r"|(?!I\b)[A-Z][\w'’&-]*|(?:chief|executive|inspector|secretary|minister"  # not "and I"
    r"|director|chair\w*|head|officer)\b)){0,9}(?:\s+\([A-Z][A-Za-z]{1,7}\))?"
)
