"""Whether a clause's own headline says more than a template or a stock headline about the
same happening ("Senedd debates the future of probation in Wales" over "Senedd holds debate"),
and whether it keeps to the house style a template keeps."""

from __future__ import annotations

import re

from timeline.extraction.headlines import MADE_PUBLIC
from timeline.extraction.lemmas import lemma_of
from timeline.extraction.proper_names import find_names

__all__ = [
    "PERSONS",
    "ends_on_unnamed",
    "only_describes",
    "reads_well",
    "says_more",
    "says_more_than_stock",
    "says_nothing",
]

_QUOTED = re.compile(r"'[^']+'")


def says_more(clause: str, filled: str, values: dict[str, list[str]]) -> bool:
    """Give whether a clause headline says more than a filled template about the same doer:
    "Senedd debates the future of probation in Wales", not "Senedd holds debate". It opens
    with the name the template opens with and names all the template names."""
    names = [name for role in _NAMED_ROLES for name in values.get(role, ())]
    opening = next((name for name in names if filled.startswith(name)), None)
    opens = opening is not None and clause.removeprefix("New ").startswith(f"{opening} ")
    if opening is None or not opens:
        return False  # "Interserve's probation arm …", "Minister says … Carillion"
    verb = clause.removeprefix("New ")[len(opening) :].split()[0].lower()  # "New Department …"
    template_verb = filled[len(opening) :].split()[0].lower()
    if lemma_of(verb)[0] in _SAYING and lemma_of(template_verb)[0] not in _SAYING:
        return False  # "… says in their annual report" for "… publishes report"
    named = all(name.lower() in clause.lower() for name in names)
    rated = [quoted.strip("'").lower() for quoted in _QUOTED.findall(filled)]  # its rating
    named = named and all(rating in clause.lower() for rating in rated)
    named = named and all(sum_ in clause for sum_ in _SUM.findall(filled))  # "… at £6.5bn"
    more = 1 if _COUNT.search(clause) and not _COUNT.search(filled) else 2  # "wins six contracts"
    return (
        named and _reads_well(clause, [verb]) and len(clause.split()) >= len(filled.split()) + more
    )


_SUM = re.compile(r"[£$€](\d(?:[\d,.]*\d)?)")  # the number of a sum of money


def says_more_than_stock(clause: str, stock: str) -> bool:
    """Give whether a clause headline says more than a stock headline with no one in it
    ("Report published"): it names someone, in headline tense, and says more."""
    words = clause.split()
    if words[0] in ("A", "An"):
        return False  # "A step critics described as a bail-out": a noun phrase, no headline
    named = any(word[:1].isupper() for word in words[1:]) or _a_name(words[0])
    named = named or _same_happening(words, stock.split())
    longer = len(words) >= len(stock.split()) + 2 or clause.endswith(f" {stock}")  # "Prisons Act …"
    return named and _reads_well(clause, _past_name(words)[:3]) and longer


def _same_happening(words: list[str], stock: list[str]) -> bool:
    """Give whether a clause headline naming no one tells the stock headline's happening more
    fully: its doer a noun, not a pronoun, the stock's verb its own, nothing cut out of it and
    no "is" describing ("Council issues its third section 114 notice" for "Section 114 notice
    issued")."""
    verbs = [lemma_of(w.lower())[0] for w in stock[1:] if lemma_of(w.lower())[1] & _VERB_FORMS]
    own = {lemma_of(w.lower())[0] for w in words[1:4]}
    clause = " ".join(words)
    whole = not _CUT.search(clause) and not only_describes(clause)
    whole = whole and words[1].lower() not in ("the", "a", "an")  # "Evaluation the requirement"
    whole = whole and lemma_of(words[-1].lower())[0] not in _LEFT_HANGING
    subject = words[0].lower() not in _NO_SUBJECT
    return subject and bool(verbs) and verbs[-1] in own and whole


_VERB_FORMS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
# Last words that leave a clause hanging: "… inspectorates find", "… hears the claims together
# over", "… take place ten days later".
_LEFT_HANGING = frozenset({"find", "show", "say", "hold", "over", "later", "earlier", "cut"})
_NO_SUBJECT = frozenset(
    {"it", "they", "this", "that", "these", "those", "there", "we", "he", "she"}
)
# Words cut out of a clause: an article before a joining word ("in the of the"), a dangling
# preposition at the end.
_CUT = re.compile(
    r"\b(?:the|a|an)\s+(?:of|and|or|on|in|to|at|by|for)\b|\b(?:for|of|to|at|on|by|with|and)\Z",
    re.I,
)


def reads_well(title: str) -> bool:
    """Give whether a headline keeps to the house style (see _reads_well)."""
    return _reads_well(title, _past_name(title.split())[:3])


def _past_name(words: list[str]) -> list[str]:
    """Give a headline's words after its first, past the joining words inside a name ("of" in
    "Probation of Offenders Act receives …"): where its verb may stand."""
    after = words[1:]
    while len(after) > 1 and after[0].lower() in _NAME_JOINERS and after[1][:1].isupper():
        after = after[2:]
    return after


_NAME_JOINERS = frozenset({"of", "and", "for", "&"})


def _a_name(word: str) -> bool:
    """Give whether a headline's first word, capitalised as every first word is, is a name
    ("Grayling receives …", "NAO finds …"), not a word ("Company's …", "Three-year offer …")."""
    word = re.sub(r"['’]s\Z", "", word)
    return word.isalpha() and bool(find_names(word))


def _reads_well(clause: str, verbs: list[str]) -> bool:
    """Give whether a clause headline keeps to the house style a template keeps: headline tense
    where its verb stands (not "Serco agreed to repay", "was first appointed"), no date
    written, and a whole phrase at its end (not "… and has been succeeded")."""
    for word in verbs:
        forms = lemma_of(word.lower())[1]
        if word.lower() in _DANGLING or forms in ({"VBD"}, {"VBD", "VBN"}) and word == verbs[0]:
            return False
    last = [word.lower().strip("\"'“”‘’,;:") for word in clause.split()[-2:]]
    dangling = last[-1] in _DANGLING or last[0] in _AUXILIARIES  # "… and has been succeeded"
    dangling = dangling or lemma_of(last[-1])[1] & {"VBD", "VBN"} and last[-1] not in _ENDS_WELL
    dangling = dangling or last[0] == "to" and "VB" in lemma_of(last[-1])[1]  # "… to look"
    unnamed = any(word.lower().strip(",;:") in _UNNAMED for word in clause.split())
    aside = _OPEN_ASIDE.match(clause) or _subject_then_participle(clause)  # "May, answering"
    return not dangling and not unnamed and not aside and not _date_written(clause)


def _date_written(clause: str) -> bool:
    """Give whether a clause writes a year or a month; a month's word after a capitalised word
    is a name's ("Theresa May"), not a date."""
    return any(
        not re.search(r"\b[A-Z][\w'’-]* \Z", clause[: written.start()])
        for written in _WRITTEN_DATE.finditer(clause)
    )


# Pronouns a headline cannot stand on: "MoJ cuts it short" names nothing cut short; of them, a
# person's anywhere in a clause's headline names someone it does not ("announces he has …").
PERSONS = frozenset({"he", "she", "him"})
_UNNAMED = PERSONS | {"it", "them", "they"}

_NAMED_ROLES = ("actor", "target", "successor")
# Participles a headline may end on: "Windrush review published", "Sentencing review launched".
_ENDS_WELL = MADE_PUBLIC | {"launched"}
# A participle aside never closed: "Home detention curfew scheme, created by the Crime and …".
_OPEN_PARTICIPLE = re.compile(r"([^,]*), [a-z]+(?:ed|en) by\b[^,]*\Z")


def _subject_then_participle(clause: str) -> bool:
    """Give whether a headline is a subject and a participle aside, with no verb of its own."""
    found = _OPEN_PARTICIPLE.fullmatch(clause)
    subject = found.group(1).split()[1:] if found else []
    return found is not None and not any(lemma_of(w)[1] & {"VBD", "VBZ"} for w in subject)


# A name, then an aside on what it was doing that is never closed: the verb was cut away.
_OPEN_ASIDE = re.compile(r"(?:[A-Z][\w'’.-]* )*[A-Z][\w'’.-]*, \w+ing\b[^,]*\Z")
_COUNT = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"hundreds|thousands|dozens)\b",
    re.I,
)
# Verbs of telling or of coming to know: "… learns that Working Links had gone into …" is the
# teller's, not the happening's.
_SAYING = frozenset({"say", "tell", "add", "claim", "note", "warn", "explain", "learn", "hear"})
_WRITTEN_DATE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
)
_AUXILIARIES = frozenset({"was", "were", "has", "have", "had", "been"})

_DANGLING = frozenset({"to", "and", "or", "of", *_AUXILIARIES})


# "… start on it", "… to them": a pronoun the headline ends on, which it must name before.
_ENDS_ON_PRONOUN = re.compile(r"\s(?:on|in|into|to|for) (?:it|them)\Z", re.I)
_NOUN_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "most", "all", "some"})


def ends_on_unnamed(made: str) -> bool:
    """Give whether a headline ends on "it" or "them" with no noun phrase before it that they
    may stand for ("First trainees start on it": on what?), not "… the programme having spent
    £153m on it"."""
    words = made.split()
    return bool(_ENDS_ON_PRONOUN.search(made)) and not any(
        word.lower() in _NOUN_OPENERS for word in words[1:-2]
    )


def only_describes(made: str) -> bool:
    """Give whether a headline's main verb is "was" or "is" before what its subject was ("Report
    was the first in their new series", "Turning point was the inspectorate's report"): it
    describes, and tells no happening."""
    return bool(_COPULAR.search(made))


_COPULAR = re.compile(
    r"^[A-Z][^,]*?(?:,[^,]*,\s*)?\s(?:was|were|is|are)\s+(?:the|a|an|one|its|their)\s", re.I
)


def says_nothing(made: str, text: str, start: int) -> bool:
    """Give whether a clause's headline, made of text at start, names someone it does not
    ("announces he has …"), ends on a pronoun, only describes, or tells nothing."""
    judged = (_SOMEONE.search, ends_on_unnamed, only_describes, _OPENS_ON_TIME.match)
    return any(judge(made) for judge in judged) or _tells_nothing(made, text, start)


# A time cut from its clause, opening what is left ("April and extended to a further 13 force
# areas"); "May" may be someone's name.
_OPENS_ON_TIME = re.compile(
    r"(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|Spring|Summer|Autumn|Winter) (?:and|or|but|then|last|this)\b"
)
# A person's pronoun anywhere in a clause's headline names someone it does not ("announces
# he has …").
_SOMEONE = re.compile(rf"\b(?:{'|'.join(sorted(PERSONS))})\b", re.I)


def _tells_nothing(made: str, text: str, start: int) -> bool:
    """Give whether a headline is a trailing attribution alone, ending on its telling verb,
    what was told left before its comma ("Games organisers announced" of "Every medal will be
    made at the Mint, the Games organisers announced yesterday")."""
    words = made.split()
    if len(words) < 2 or words[-1] not in _TOLD_ENDS:
        return False
    told = text.find(words[-1], start)
    comma = text.rfind(", ", 0, told)
    teller = text[comma + 2 : told].split() if comma > 0 and told > 0 else []
    return 0 < len(teller) <= _ATTRIBUTION_WORDS and teller[0] not in _NO_TELLER


_TOLD_ENDS = frozenset({"announced", "said", "confirmed", "revealed", "disclosed", "stated"})
# A clause's opening that is not who tells: ", and a bill … was announced", ", first announced".
_NO_TELLER = frozenset({"and", "but", "or", "first", "later", "then", "also", "since", "once"})
_ATTRIBUTION_WORDS = 6  # ", the Games organisers": who tells, after the told clause's comma
