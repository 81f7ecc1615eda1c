"""Whether a headline's subject names more than one, so that its verb is plural: "Sodexo and
Interserve win", "probation staff walk out", "Parole Board Rules come into force"; not "the
Science and Technology Committee", "Wearing the vests", "the chief inspector of probation for
England and Wales"."""

from __future__ import annotations

import re

from timeline.extraction.lemmas import DETERMINERS, PREPOSITIONS, Token, known_word, ly_adverb

_RELATIVES = frozenset({"that", "who", "which"})
_PLURAL_NOUNS = frozenset({"staff", "people", "police", "personnel", "children", "women", "men"})
# Words that end a subject's head noun: "Payments under the 2006 scheme start".
_AFTER_HEAD = PREPOSITIONS | {"under", "over", "across", "about", "against", "between", "within"}
# The name of a set of rules, which heads a plural verb: "Parole Board Rules come into force".
_PLURAL_NAME = re.compile(r"(?<!\bfor )\b(?:Rules|Regulations|Guidelines|Standards)\Z")


def plural_name(name: str) -> bool:
    """Give whether a name is of a set of rules ("Parole Board Rules"), which is plural."""
    return _PLURAL_NAME.search(name) is not None


def _gerund_phrase(words: list[Token]) -> bool:
    """Give whether words open on a gerund and its object ("Wearing the vests"), not a noun
    a participle describes ("Training sessions")."""
    gerund = "VBG" in words[0].forms and words[0].text.endswith("ing")
    return gerund and len(words) > 1 and words[1].lemma in DETERMINERS


def plural_subject(tokens: list[Token]) -> bool:
    """Give whether the words before the verb name more than one ("Sodexo and Interserve")."""
    words = [
        t
        for index, t in enumerate(tokens)
        if t.text not in (",", "(", ")")
        and not ly_adverb(t)
        and not (index and {t.lemma, t.text.lower()} & _PLAIN_ADVERBS)  # "later": "late"
    ]  # the first word is the subject's ("First of three pilots opens")
    relative = next((i for i, t in enumerate(words) if i and t.text.lower() in _RELATIVES), None)
    words = words[:relative]  # "the companies that took over", "the company that looks after"
    if len(words) > 2 and words[0].text.lower() in _MANY and words[1].lemma == "of":
        return True  # "Most of them reported": many of a plural
    head = next((i for i, t in enumerate(words) if i and t.lemma in _AFTER_HEAD), None)
    words = words[:head]  # "the chief inspector of probation for England and Wales": one
    if not words or _gerund_phrase(words):
        return False  # "Wearing the vests becomes compulsory": a doing is one thing
    joined = [i for i, t in enumerate(words[:-1]) if t.lemma == "and"]
    if any(words[i + 1].lemma in ("the", "its", "their") for i in joined):
        return True  # "Motorola and the Home Office agreed": two, whatever the last word
    if joined:
        return words[-1].text not in _ONE_BODY  # "Science and Technology Committee": one
    last = words[-1]
    if plural_name(" ".join(t.text for t in words)):  # "Parole Board Rules come into force"
        return True
    if last.text.lower() in _PLURAL_NOUNS:  # "probation staff walk out"
        return True
    if re.fullmatch(r"[A-Z]{2,}s", last.text):  # "MPs", "CRCs"
        return True
    counted = any(w.text.lower() in _MANY for w in words[:2]) and len(words) > 1
    if counted and last.text.islower() and re.search(r"[^s]s\Z", last.text):
        return True  # "the two inspectorates publish": a counted noun English may not know
    common = last.text.islower() or len(words) == 1
    word = last.text.lower()
    unknown = last.text.islower() and not known_word(word) and not word.endswith(("ss", "us"))
    return common and word.endswith("s") and (last.lemma != word or unknown)


_MANY = frozenset(
    ["most", "many", "several", "both", "all", "few", "some", "two", "three", "four", "five"]
    + ["six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"]
)
# The head of one body's name with "and" in it: "the Work and Pensions Committee".
_ONE_BODY = frozenset(
    [
        "Committee",
        "Department",
        "Ministry",
        "Office",
        "Council",
        "Service",
        "Board",
        "Trust",
        "Agency",
        "Authority",
        "Commission",
        "Partnership",
        "Company",
        "CRC",
        "Inspectorate",
        "Tribunal",
        "Ombudsman",
        "Commissioner",
        "Secretary",
        "Minister",
        "Act",
        "Bill",
        "Code",
        "Strategy",
        "Programme",
        "Scheme",
        "Fund",
        "Group",
        "Institute",
        "Association",
        "Society",
        "Union",
        "Bank",
    ]
)
# Adverbs that may stand between a subject and its verb ("Inspectors also published").
_PLAIN_ADVERBS = frozenset(["also", "then", "now", "still", "first", "later", "again", "jointly"])
