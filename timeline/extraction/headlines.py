"""A clause rewritten in headline style: third person, present tense, whole phrases, ≤ 80 chars.

"We have agreed with G4S that the contract will end" in a statement by the MoJ becomes "MoJ
agrees with G4S that the contract will end"; "Carillion and five subsidiaries were placed into
liquidation" becomes "Carillion and five subsidiaries placed into liquidation"; "The High Court
made a winding-up order" becomes "High Court makes a winding-up order".
"""

from __future__ import annotations

import re

from timeline.extraction.date_patterns import is_month_name
from timeline.extraction.headline_cuts import (
    DANGLING,
    EDGE_PUNCTUATION,
    without_trailing_clause,
)
from timeline.extraction.headline_limit import (
    HEADLINE_LIMIT,
    PHRASE_BREAK,
    participle_kept,
    within_limit,
)
from timeline.extraction.headline_names import abbreviated, by_name, without_post_before_name
from timeline.extraction.headline_tense import present_tense
from timeline.extraction.lemmas import (
    PREPOSITIONS,
    Token,
    can_be_noun,
    known_word,
    lemma_of,
    tokenise,
    word_set,
)
from timeline.extraction.main_verbs import BE_FORMS, is_main_verb
from timeline.extraction.subject_asides import (
    DATED_PARTICIPLE,
    DATED_PARTICIPLE_END,
    without_subject_asides,
)

__all__ = [
    "EDGE_PUNCTUATION",
    "SPEAKER_OR_READER",
    "TOLD_PEOPLE",
    "HEADLINE_LIMIT",
    "MADE_PUBLIC",
    "WIRE_PREFIX",
    "headline",
    "opens_with_verb",
    "sentence_case",
]

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
# A quantifier standing for a noun said before: "several have won contracts", "most of them".
_OPENING_QUANTIFIER = re.compile(
    r"^(?:several|some|many|most|others|few|both|all|none)\s+(?:of\s+(?:them|these|those|us)"
    r"|have|has|had|are|were|was|is|will|would|can|could|did|do)\b",
    re.I,
)
_OPENING_PRONOUN = re.compile(
    r"^(?:(?:largely|partly|mainly|mostly|only|just|even|simply|not)\s+)?(?:it|they|them|him|us|me|he|she|this|these|those|there|that|which|who|whose|whom|where|when|while"
    r"|than|to|of|for|and|or|but|because|if|as|so|although|though|whereas|unless|despite"
    r"|with|without|along|during|following|after|before|amid|in|under|on|at|by|from|since"
    r"|through|into|within|across|between|among|against|about|later|earlier)\b(?!-)",
    re.I,
)
# A news wire's marks before a headline: "UPDATE 2-", "EXCLUSIVE-", "BREAKING:"; an email's
# "Subject:".
WIRE_PREFIX = re.compile(
    r"^(?:(?:UPDATE\s*\d*|EXCLUSIVE|BREAKING|CORRECTED|REFILE)\s*[-:–]|(?:Subject|Re|Fwd|FW):)\s*"
)
_OPENING_WORD_ALONE = re.compile(r"^(?:the\s+)?([\w'’-]+),\s", re.I)
_OPENING_ARTICLE = re.compile(r"^(?i:the)\s+(?=\w)")
# A report's word for itself: "This inspection found that …" is the inspection's finding.
_THIS_DOCUMENT = re.compile(r"^(?i:this)\s+((?i:inspection|report|review|audit|investigation))\b")
# Headlines drop these too, once the verb's tense is read with them ("A consultation published").
_OPENING_INDEFINITE = re.compile(r"^(?i:an?|their|its)\s+(?=\w)")
_CLAUSE_OPENING = re.compile(r"(?:and|but|while|whereas|when|where|which|who|because)\s", re.I)
# Those a telling verb tells, whose telling a headline must say the words of ("tells staff").
TOLD_PEOPLE = (
    "staff|employees|workers|unions?|members|residents|families|charities|shareholders"
    "|investors|(?:stock\\s+)?markets?"
)
ENDS_ON_SAYING = re.compile(
    r"^[^,]*\b(?:say|find|show|suggest|reveal|warn|conclude)\W*$"  # "Six inspectorates warn"
    r"|\b(?:announces|says|said|tells|confirms|reveals|states|warns|adds|explains|finds|concludes"
    r"|shows|showed|suggests|suggested|writes|argues?|insists?|promises|pledges"
    r"|is|are|was|were|be|been|has|have|had|will|would|can|could)(?:\s+not)?"
    r"(?:\s+in\s+(?:a|an|its|their|his|her)(?:\s+\w+){1,3})?\W*$"  # "says in a report"
    r"|\b[A-Z][\w'’-]*\s+reports\W*$"  # "Justin Russell reports": what, cut away
    r"|\btells\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}(?:conference|audience|summit)"
    r"(?:\s+in\s+[A-Z]\w+)?\W*$"  # "… tells a technology conference in London": what?
    rf"|\btells\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}(?:{TOLD_PEOPLE})"
    r"(?:\s+(?:and|at|in|on)\s+(?:[\w-]+\s+){0,4}[\w-]+)?\W*$",  # "… tells residents"
    re.I,
)


def headline(
    clause: str, subject: str | None = None, it: str | None = None, finite: bool = True
) -> str | None:
    """Give clause as a headline, or None when it speaks in the first person of no one known,
    or opens on a pronoun: "it" that acts ("it won a contract") is it, the organisation the
    post is about, when one is known. A noun phrase and its participle (finite false: "the
    review, Making Punishments Work, published") keeps its participle."""
    text = sentence_case(WIRE_PREFIX.sub("", clause.strip(EDGE_PUNCTUATION)))
    text = _THIS_DOCUMENT.sub(lambda found: found.group(1).capitalize(), text)  # the report's own
    text = by_name(_WHERE_SAID.sub("", text))  # "The committee, in a report published …"
    text = _SAID_IN.sub(r"\1", text)  # "announced in a written statement that …"
    text = _SAID_IN_WHICH.sub(r"\g<report> ", text)  # "said in a report … that rates": it rates
    if _OPENING_FIRST_PERSON.match(text):
        if subject is None:
            return None
        text = _OPENING_FIRST_PERSON.sub(subject, text, count=1)
    if it is not None and _acting_it(text):
        text = it + text[2:]
    if _OPENING_PRONOUN.match(text) or _OPENING_QUANTIFIER.match(text) or re.match(r"^I\b", text):
        return None  # "It says …", "They were …": not self-contained
    time = _TIME_OPENING.match(_OPENING_ARTICLE.sub("", text))  # "that day the trusts …"
    text = time.string[time.end() :] if time else text
    if opens_with_verb(text) or _month_acts(text):
        return None  # "was chosen to run …": the one who did it is not in the clause
    if _word_then_aside(text):
        return None  # "The second, in June 2023, rated …": its noun was before, or an aside
    text = _OPENING_ARTICLE.sub("", text)
    reduced = _MADE_PUBLIC_THEN_VERB.match(text) if finite else None
    if reduced:  # "The draft Media Bill published on Wednesday is long": the bill published
        text = reduced.group(1)
    if finite and len(text) <= HEADLINE_LIMIT and _ENDS_MADE_PUBLIC.search(text):
        text, finite = _ENDS_MADE_PUBLIC.sub(r"\1", text), False  # "… for Reform published"
    if finite and len(without_trailing_clause(text)) > HEADLINE_LIMIT:
        text = _without_subject_purpose(without_subject_asides(text))
    undated = without_subject_asides(text, DATED_PARTICIPLE) if finite else text
    made = _finished(undated, finite) if undated != text else None
    made = made if made and _told_whole(made) else _finished(text, finite)
    named_short = _LONG_NAME_TAIL.sub(r"\1", text, count=1) if finite and not made else text
    return _finished(named_short, finite) if named_short != text else made


def _without_subject_purpose(text: str) -> str:
    """Give a clause too long for a headline without the places and times of the infinitive
    that says what its subject is for ("Betfred's exclusive licence to run pool betting [on
    British racecourses] expired"): a cut for length must not take the verb."""
    tokens = tokenise(text)
    verb = next((i for i in range(len(tokens)) if is_main_verb(tokens, i)), None)
    to = next((i for i in range(1, verb or 0) if tokens[i].lemma == "to"), None)
    if verb is None or to is None or not can_be_noun(tokens[to - 1].text):
        return text  # "X agreed to …", or no subject's noun before its "to"
    if not tokens[to + 1].forms or any(t.auxiliaries for t in tokens[to + 1 : verb + 1]):
        return text  # "the move to Llantrisant", a verb of its own inside, or a verb group
    comma = next((i for i in range(verb, len(tokens)) if tokens[i].text == ","), len(tokens))
    if comma - verb > _SHORT_PREDICATE:
        return text  # "… was awarded to G4S in 2011": the cut may end after the verb
    place = next((i for i in range(to + 3, verb) if tokens[i].lemma in _PLACING), None)
    if place is None:
        return text
    return f"{text[: tokens[place].start].rstrip()} {text[tokens[verb].start :]}"


# Prepositions of place, time and manner after an infinitive's object ("to run pool betting on
# British racecourses"); not "of", whose phrase is the object's own.
_PLACING = word_set("on in at across for from under over throughout within between")
_SHORT_PREDICATE = 5  # words from the verb on: "ran out in July 2018"


# The tail of a long name a headline may do without when it makes none at full length: "The
# Independent Commission [on the Constitutional Future of Wales] recommended …".
_LONG_NAME_TAIL = re.compile(
    r"^((?:[A-Z][\w'’-]*\s+){1,3}?)(?:on|of|for)\s+the\s+"
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|on|for|in)){2,}?\s+(?=[a-z])"
)


def _finished(text: str, finite: bool) -> str | None:
    """Give a clause, its opening settled, in headline tense and within the limit."""
    text = present_tense(text) if finite else text
    article = 1 if _OPENING_INDEFINITE.match(text) else 0  # "A report published" says enough
    text = _OPENING_INDEFINITE.sub("", text)
    if SPEAKER_OR_READER.search(text):
        cut = _before_first_person(text)
        if _OBJECT_CUT.match(text, len(cut)) and _ends_on_verb(cut):
            return None  # "Report rates" of "their report rated us …": whom it rated is cut
        text = cut
    text = without_trailing_clause(text) if finite else text
    unposted = without_post_before_name(text)  # "Gordon Brown gives …" whole, not cut short
    text = unposted if len(text) > HEADLINE_LIMIT >= len(unposted) else text
    text = _balanced_quotes((within_limit if finite else participle_kept)(abbreviated(text)))
    text = DATED_PARTICIPLE_END.sub(r"\1", text)  # "Report, published last November": no aside
    if ENDS_ON_SAYING.search(text) or _PRONOUN_OBJECT.search(text):
        return None  # "… Grant Shapps announces", "MPs approve it": says nothing yet
    return text[:1].upper() + text[1:] if len(text.split()) + article >= 3 else None


# A telling or deciding verb whose object is "it" or "them" ("Leon Brittan announces it",
# "MPs approve it"): what it was is in another sentence; "says it has found" tells it here.
_PRONOUN_OBJECT = re.compile(
    r"\b(?:announces?|approves?|refuses?|accepts?|rejects?|publishes|publish|confirms?|backs?"
    r"|drops?|scraps?)\s+(?:it|them)\b"
    r"(?!\s+(?:has|had|was|is|will|would|did|does|were|are|have|could|can|may|might|should))"
)

# Participles a headline may end on: what was made public, then its participle, no doer
# ("Transforming Rehabilitation: A Strategy for Reform published"), written as they are.
MADE_PUBLIC = frozenset({"published", "unveiled"})  # not "released": people are
# A thing made public, then the sentence's own verb: "The draft Media Bill published on
# Wednesday is long, …"; the participle's time goes with what follows.
_MADE_PUBLIC_THEN_VERB = re.compile(
    rf"((?:[\w'’-]+\s+){{1,6}}?(?:{'|'.join(MADE_PUBLIC)}))"
    r"(?:\s+(?:on|in|at|last|this|earlier)\b[^,]{0,30}?)?\s+(?:is|was|are|were|has|have)\s"
)
_ENDS_MADE_PUBLIC = re.compile(
    rf"(?:\b(?:was|were|has been|have been|had been)\s+)?(?<!\bbe )(?<!\bbeing )"
    rf"\b({'|'.join(MADE_PUBLIC)})\W*\Z"
)

# Where a doer said what it did, between commas: "…, in a report published on 12 March,".
_WHERE_SAID = re.compile(
    r",\s+(?:in|according to)\s+(?:a|an|its|their|his|her)\s+[^,;:()]{1,60},(?=\s)"
)

# A telling verb's "that", and where it told what follows: "announced in a written statement
# that the programme …" is "announced the programme …" in a headline.
_SAID_IN = re.compile(
    r"\b(announced|said|confirmed|revealed|stated|disclosed|admitted|warned)"
    r"(?:\s+in\s+(?:a|an|the|his|her|its|their)\s+[^,;:()]{1,50}?)?\s+that"
    r"(?=\s+(?:the|a|an|its|their|his|her|[A-Z]))"
)


# "Ofsted said in a report published today that rates the service inadequate": the report,
# which rates, is the headline's subject ("Ofsted report rates the service inadequate").
_SAID_IN_WHICH = re.compile(
    r"\b(?:said|says|warned|found|concluded)\s+in\s+(?:a|an|its|their|the)\s+"
    r"(?P<report>report|review|inspection|audit|study|survey)(?:\s+published)?"
    r"(?:\s+(?:today|yesterday|on\s+\w+|this\s+week|last\s+week))?\s+that\s+(?=[a-z]+s\b)"
)


def _word_then_aside(text: str) -> bool:
    """Give whether a clause opens on one common word and a comma ("The second, in June 2023,
    rated …", "The report, published in March, rated us"): what it stands for, or its verb, is
    in the aside or before it. A name may ("Interserve, the outsourcing group, entered …"), and
    so may a word a name follows ("The coroner, Nadia Persaud, went on to …")."""
    found = _OPENING_WORD_ALONE.match(text)
    if found is None or found.group(1).isupper() or text[found.end() : found.end() + 1].isupper():
        return False  # "UNISON, Napo and GMB", "Coroner, Nadia Persaud, goes on to …"
    return known_word(found.group(1))


def _month_acts(text: str) -> bool:
    """Give whether a clause opens on a month that acts: "July finds the contract failed" (of
    "the investigation in July, which found"), a month where who acted should be."""
    words = text.split(maxsplit=2)
    second = words[1] if len(words) > 1 else ""
    return (
        bool(words)
        and is_month_name(words[0])
        and second.islower()
        and bool(lemma_of(second)[1] & {"VBZ", "VBD"})
    )


# A time's words left at a clause's start ("On that day the trusts were abolished", "the
# following year found"): the clause's subject comes after them, or none does.
_TIME_OPENING = re.compile(
    r"\A(?i:(?:the\s+|that\s+|a\s+)?(?:(?:following|same|previous|next)\s+)?(?:year|month|week|day)"
    r"(?:\s+(?:before|after|earlier|later))?)\b,?\s+"
)


def sentence_case(text: str) -> str:
    """Give a headline written in capitals ("FURTHER STRIKE ACTION CONFIRMED") in sentence
    case, its short capitalised words kept as the acronyms they may be ("RMT")."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8 or any(c.islower() for c in letters):
        return text
    words = [
        word if len(word) <= 3 and word.lower() not in _SHORT_WORDS else word.lower()
        for word in text.split(" ")
    ]
    lowered = " ".join(words)
    return lowered[:1].upper() + lowered[1:]


_SHORT_WORDS = word_set(
    "the and of to on in for by at a an is as or it its was are has not no go new all out up off"
    " set end cut win bid pay be do"
)


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
    words = tokenise(text[:60])[:4]
    if words and words[0].text.endswith("ly") and not words[0].forms and text[:1].islower():
        words = words[1:]  # "finally went live in February 2008": an adverb, then the verb
    words = words[:3]
    first = words[:2]
    if not first or not text[:1].islower() or not (first[0].auxiliaries or first[0].forms):
        return False
    if _plural_before_place(tokenise(text[:90])):
        return False  # "courts in England and Wales have been able to …": nouns, then the verb
    opened_by_auxiliary = first[0].auxiliaries and first[0].start > 0  # "were the …"
    if opened_by_auxiliary or len(first) < 2:
        return True
    if len(words) == 3 and can_be_noun(words[0].text) and _noun_before_verb(*words[1:]):
        return False  # "transport ministry tore up …": a noun's modifier, then its verb
    if first[1].lemma == "and" and can_be_noun(first[0].text):
        return False  # "police and crime commissioners took office": nouns joined
    return not _noun_before_verb(*first)


def _plural_before_place(words: list[Token]) -> bool:
    """Give whether words open on a plural noun and a preposition whose phrase a verb group
    follows: "courts in England and Wales have been able", not "takes over from Serco"."""
    if len(words) < 3 or words[0].forms != {"VBZ"} or not can_be_noun(words[0].text):
        return False
    if words[1].lemma not in PREPOSITIONS or words[1].forms:
        return False
    return any(word.auxiliaries for word in words[2:9])


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


# A first-person object right after the cut: "… rated | us 'Good'", "… told | me".
_OBJECT_CUT = re.compile(r"\s*(?:us|me)\b", re.IGNORECASE)


def _told_whole(text: str) -> bool:
    """Give whether a headline tells a doing in the present ("Report finds …") and does not end
    on a verb whose object was cut ("… found", "… that too many cases sat")."""
    words = [word.strip(EDGE_PUNCTUATION) for word in text.split()]
    told = any(word.islower() and "VBZ" in lemma_of(word)[1] for word in words[1:])
    before, last = words[-2:] if len(words) > 1 else ("", "")
    passive = before.lower() in BE_FORMS  # "… were still being detained"
    return told and not (last.islower() and lemma_of(last)[1] & {"VBZ", "VBD"} and not passive)


def _ends_on_verb(text: str) -> bool:
    """Give whether text ends on a verb in the present tense ("Report rates")."""
    last = text.rsplit(" ", 1)[-1]
    return last.islower() and "VBZ" in lemma_of(last)[1]


def _before_first_person(text: str) -> str:
    """Give text up to the phrase break before its first first-person word."""
    first = SPEAKER_OR_READER.search(text)
    breaks = list(PHRASE_BREAK.finditer(text, 0, first.start()))
    breaks = [m for m in breaks if not DANGLING.search(text[: m.start()])]  # not "… as far"
    # "trusts wound up and every one of us started …": the first person opens a clause of its
    # own, and the cut is where that clause begins, not inside it ("and every one").
    clauses = [m for m in breaks if _CLAUSE_OPENING.match(text, m.end())]
    end = (clauses or breaks)[-1].start() if breaks else first.start()
    return text[:end].rstrip(EDGE_PUNCTUATION)
