"""Where a long headline is cut: not between "the" and the "of" phrase its noun wants, not
between two describing words "and" joins, without the short pieces of a list after its last
commas, without a clause joined by ", and" that the cut left with no verb, and without a noun
phrase the cut left with no noun ("… as a wholly owned") or a participle phrase it began ("… a
not-for-profit supplier aimed"); never inside a list, and before a gerund describing a thing
named as new ("a new agency | bringing together …"), nor between a verb and its particle ("to
take | over") or after a suspended hyphen ("low- | and medium-risk"); and whether a cut leaves
a clause, a word or a time wanting what it cut away (`left_open`)."""

from __future__ import annotations

import re

from timeline.extraction.lemmas import (
    can_be_adjective,
    can_be_noun,
    lemma_of,
    past_tense_only,
    word_set,
)
from timeline.extraction.main_verbs import NOT_BEFORE_A_VERB

EDGE_PUNCTUATION = " \t\"'‘’“”.,;:-–—…!*•"


def splits_phrase(text: str, end: int) -> bool:
    """Give whether a break at end parts a suspended hyphen from its word ("low- | and
    medium-risk") or a verb from its particle ("to take | over the management"): a phrasal
    verb is one phrase."""
    if text[:end].endswith("-"):
        return True
    after = text[end:].split(maxsplit=1)
    before = text[:end].split()[-2:]
    if after and before and after[0] == "about" and lemma_of(before[-1])[0] in _GOING_ABOUT:
        return True  # "has gone | about the process": went about it, not went
    if not after or len(before) < 2 or after[0].lower() not in _VERB_PARTICLES:
        return False
    verb = before[-1]
    present = "VBZ" in lemma_of(verb)[1]
    named = before[0][:1].isupper()  # "… in England and Wales hands | over": a name's verb
    inflected = present and (named or not can_be_noun(verb)) or past_tense_only(verb)
    return verb.islower() and (before[0].lower() in ("to", "will", "would") or inflected)


_VERB_PARTICLES = frozenset({"over", "up", "out", "off", "down", "back"})
_GOING_ABOUT = frozenset({"go", "set", "bring", "come"})


def left_open(cut: str) -> bool:
    """Give whether a cut leaves a clause's opening without its verb ("… the liquidators'
    argument that the chaos") or its object ("… its portfolio when it took"), a word wanting
    what follows ("… and"), a verb "and" joins without what it says ("… and remains"), or a
    time without what it times ("… four months")."""
    if _OPEN_CLAUSE.search(cut) or _OPEN_TIME.search(cut) or DANGLING.search(cut):
        return True
    if _OPEN_COUNT.search(cut) or _OPEN_APPOSITIVE.search(cut) or _OPEN_CAUSATIVE.search(cut):
        return True
    before_preposition = _OPEN_PREPOSITION.search(cut)  # "… from Betfred for": for what?
    word = before_preposition.group(1) if before_preposition else ""
    if word and (word[0].isupper() or not lemma_of(word.lower())[1]):
        return True  # "… what it had bid for" ends on its verb's particle
    joined = _JOINED_LAST.search(cut)  # "… from Royal Mail and remains": a verb wanting more
    verb = joined.group(1) if joined else ""  # "… England and Wales" ends on a name
    return verb.islower() and bool(lemma_of(verb)[1] & {"VBZ", "VBD"})


_JOINED_LAST = re.compile(r"\b(?:and|or|but)\s+(\w+)$")
_OPEN_PREPOSITION = re.compile(
    r"([\w'’-]+)\s+(?:of|for|from|with|about|against|into|than|between|among|towards)$", re.I
)


_OPEN_CLAUSE = re.compile(  # not "… report on that funding": a determiner after "on"
    r"\b(?:(?<!\bon )(?<!\bin )(?<!\bof )(?<!\bfor )(?<!\bto )(?<!\bat )(?<!\bby )that"
    r"|which|who|whose|whom|rather than|when|while|whereas|because|although|if|how"
    r"|why|whether)(?:\s+\S+){1,3}$|\brather$",
    re.I,
)
# "… replaced by the National Probation Service and | by …", "… ceased to exist as far | as
# we are concerned", "… had been unable | to fill": words that want what follows.
DANGLING = re.compile(
    r"\b(?:and|or|but|nor|so|then|only|the|a|an|to|that|those|because|although|whereas|unless|much|showing"
    r"|suggesting|saying|claiming|arguing|unable|able|likely|unlikely|willing"
    r"|(?<!\d )(?<!\dm )(?<!\dbn )(?<!% )(?:more|less|fewer)"  # "more [than]", not "£467m more"
    r"|as\s+(?:far|long|much|many|well|soon|early|late)|by\s+[a-z]+ing)$",  # "… by failing"
    re.I,
)
_OPEN_TIME = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+"
    r"(?:days?|weeks?|months?|years?)$|\b(?:in|on|since|by|from)\s+(?:\w+\s+){0,2}(?:1[89]|20)\d\d$"
    r"|\b(?:on|by|from|until)\s+\d{1,2}$",  # "… on 17 [February]"
    re.I,
)


# "… offering up to twelve | weeks of housing": a count without what it counts; "… Napier
# Barracks in Kent, a site run | for it by …": an aside set beside a name, or one telling
# what came with it, cut inside.
_OPEN_COUNT = re.compile(
    r"\b(?:up to|about|around|nearly|almost|some|more than|fewer than|less than|over)\s+"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|a hundred|a thousand)$"
    r"|\b(?-i:(?:in|of|for|across|at)\s+(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|a few|several))$",  # "… the pilot will run in four | of the twelve"
    re.I,
)
_OPEN_APPOSITIVE = re.compile(
    r",\s+(?:(?:with\s+)?(?:a|an)|with\s+(?:the|its|their))\s+(?:\S+\s+){0,3}\S+$"
)  # "…, a site run", "… Plan for Justice, with a foreword", "… agrees, with the trust's consent"


# "… under the Act to allow providers | greater flexibility": a verb that wants, after whom it
# lets or makes, what they may do.
_OPEN_CAUSATIVE = re.compile(
    r"\bto\s+(?:allow|enable|let|force|encourage|permit)\s+"
    r"(?:\S+\s+){0,3}?\S+$",
    re.I,
)


def without_verbless_clause(text: str, rest: str = "") -> str:
    """Give text without a clause joined by ", and" that the cut left with no verb ("… comes to
    an end, and the programme"), or by "and" whose verb the rest cut away follows ("contracts
    end and probation | in England and Wales is unified")."""
    joined = text.rfind(", and ")
    if joined < 0 and _VERB_SOON.match(rest) and _LONE_NOUN_AFTER_AND.search(text):
        joined = text.rfind(" and ")  # "contracts end and probation | in Wales is unified"
    tail = text[text.index("and ", joined) + len("and ") :].split() if joined > 0 else []
    if tail and not any(_finite(word.lower()) for word in tail[1:]):
        text = text[:joined]
    return text.rstrip(EDGE_PUNCTUATION)


# A clause's verb a place's phrase away from a cut; a common noun alone after "and" before it.
_LONE_NOUN_AFTER_AND = re.compile(r"\s+and\s+[a-z]+\Z")
_VERB_SOON = re.compile(
    r"\s+(?:in|on|at|across|throughout)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:is|are|was|were|becomes|became|has|have|[a-z]+ed)\b"
)


def _finite(word: str) -> bool:
    """Give whether word may be a clause's verb: a past tense, or a present no noun spells."""
    forms = lemma_of(word)[1]
    return "VBD" in forms or bool(forms & {"VBZ", "VBP"}) and not can_be_noun(word)


def wants_its_of(text: str, end: int) -> bool:
    """Give whether a break at end parts "the" and its noun, or a participle, from the "of"
    phrase it wants ("… its second report on the handling | of clinical correspondence",
    "personnel convicted | of criminal offences")."""
    if not _OF.match(text, end):
        return False
    before = text[:end].rsplit(" ", 1)[-1].lower()
    participle = before.endswith("ed") and "VBN" in lemma_of(before)[1]
    return participle or bool(_THE_NOUN_END.search(text, 0, end))


# "the handling | of …", and a noun only its "of" completes: "in a state | of turmoil".
_THE_NOUN_END = re.compile(
    r"\b(?:the\s+[a-z]+|an?\s+(?:state|number|series|lot|couple|range|total|handful|raft))\Z"
)
_OF = re.compile(r"\s+of\s")


def wants_its_with(text: str, end: int) -> bool:
    """Give whether a break at end parts "together" or "along" from its "with" ("published the
    review together | with its response"; "brought together" ends whole), or "replacing" what
    from what with ("replacing a national switch-over | with a phased approach")."""
    paired = _PAIRED_END.search(text, 0, end) or _REPLACING.search(text, 0, end)
    return bool(paired and _WITH.match(text, end))


_PAIRED_END = re.compile(r"\b(?:together|along)\Z")
_REPLACING = re.compile(
    r"\b(?:replac|substitut|combin|merg)(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+\Z"
)
_WITH = re.compile(r"\s+with\s")


def wants_its_and(text: str, end: int) -> bool:
    """Give whether a break at end parts "between" and its first from the "and" of the second
    ("split between the National Probation Service | and 21 companies")."""
    return bool(_BETWEEN_END.search(text, 0, end) and _AND.match(text, end))


_BETWEEN_END = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+\Z")
_AND = re.compile(r"\s*and\s")


def paired_modifiers(text: str, end: int) -> bool:
    """Give whether a break at end parts two describing words "and" joins before their noun
    ("missing its first | and second class delivery targets")."""
    after = text[end:].replace(",", " , ", 1).split(maxsplit=3)
    if len(after) < 3 or after[0] not in ("and", "or", ","):
        return False  # "a rapid | and thorough review", "a rapid | , non-statutory review"
    before = text[:end].rsplit(maxsplit=1)[-1]
    words = (before, after[1].rsplit("-", 1)[-1])  # "non-statutory": its last part describes
    return all(word.islower() and can_be_adjective(word) for word in words)


def without_short_tail(cut: str) -> str:
    """Give cut without the short phrases after its last commas ("…, a day", "… contract, and
    staff, prisoners"): pieces of a list or aside the cut began."""
    head, comma, tail = cut.rpartition(", ")
    while comma and len(tail.split()) <= 2 and not paired_modifiers(cut, len(head)):
        cut = head
        head, comma, tail = cut.rpartition(", ")
    return cut


def without_open_noun_phrase(cut: str, rest: str = "") -> str:
    """Give cut without an indefinite noun phrase it ends on a participle ("launched by the
    council as a wholly owned" → "launched by the council"), or one it ends on a participle
    after its noun ("in a report published | on …"): the start of a phrase the cut lost."""
    wanted = _PREPOSITION_NEXT.match(rest)  # "aimed | at", not "Report … published"
    for pattern in (
        (_ARTICLE_PHRASE_END, _PARTICIPLE_AFTER_NOUN) if wanted else (_ARTICLE_PHRASE_END,)
    ):
        found = pattern.search(cut)
        last = found.group("last") if found else ""
        if last.islower() and not can_be_noun(last) and "VBN" in lemma_of(last)[1]:
            head = cut[: found.start()]
            if pattern is _PARTICIPLE_AFTER_NOUN and not _headline_verb(head):
                continue  # "Plan to turn the site … announced | in 2018": its own verb
            return head.rstrip(EDGE_PUNCTUATION)
    return cut  # "… of the CRC", "… in the spring": a noun ends it


_ARTICLE_PHRASE_END = re.compile(
    r"\s+(?:(?:as|for|of|to|into|with|by|in|on|at)\s+)?(?:a|an)\s+(?:[a-z]+ly\s+)?(?P<last>[\w-]+)\Z"
)
_PARTICIPLE_AFTER_NOUN = re.compile(
    r"\s+(?:(?:as|for|of|to|into|with|by|in|on|at)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+"
    r"(?P<last>[a-z]+)\Z"
)
_PREPOSITION_NEXT = re.compile(r"\s*(?:at|in|to|for|with|on|from)\b")


def _headline_verb(head: str) -> bool:
    """Give whether a headline's words hold a verb in headline tense ("Council launches …")."""
    return any("VBZ" in lemma_of(word)[1] for word in head.split()[1:] if word.islower())


def gerund_breaks(text: str) -> list[re.Match[str]]:
    """Give the breaks before a gerund describing the indefinite noun phrase before it, a phrase
    of its own ("a new agency | bringing together …"); not after a verb it continues ("is |
    bringing") nor a word that wants it ("for | making")."""
    return [
        found
        for found in _GERUND.finditer(text)
        if not can_be_noun(found.group(1))
        and "VBG" in lemma_of(found.group(1))[1]
        and _A_NEW_THING.search(text, 0, found.start())
        and _a_noun(text[: found.start()].rsplit(" ", 1)[-1])
    ]


def _a_noun(word: str) -> bool:
    """Give whether word is a noun a gerund may describe: "agency" or "Agency", not "its",
    "while" or "starts"."""
    return (
        word.isalpha()
        and (word.islower() and can_be_noun(word) or word.istitle() and len(word) > 1)
        and word not in _NO_NOUNS
        and not lemma_of(word)[1] & {"VBZ", "VBD"}
        and not (word.islower() and can_be_adjective(word))  # "a single | recruiting service"
    )


_GERUND = re.compile(r"\s(?=([a-z]+ing)\s)")
# A thing named as new, which the gerund describes ("a new agency bringing together …"), not an
# object the gerund completes ("found officers carrying caseloads of up to 80").
_A_NEW_THING = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\Z", re.I)
_NO_NOUNS = word_set(
    "its their his her our your my all more most some any each every this that while since after"
    " before then instead rather besides"
)


def inside_list(text: str, end: int) -> bool:
    """Give whether a break at end falls inside a list, whose items are no phrases of their own:
    "bringing together immigration | , customs and visa checks", "the gas, electricity | and"."""
    joined_next = re.match(r" (?:and|or) ", text[end:])  # "the gas, electricity | and water"
    item = LIST_GOES_ON.match(text, end) or joined_next and _LIST_ITEM_END.search(text, 0, end)
    if not item:
        return False
    if item.group("item") in ("The", "A", "An"):
        return False  # "a policy framework, The Care and Management of …": a title, no list
    word = item.group("item").lower()  # "board, published online and …" lists nothing
    return can_be_noun(word) or not lemma_of(word)[1] & {"VBN", "VBD", "VBG"}


# A list going on after a comma: ", prisons and constabulary", ", customs and visa checks".
LIST_GOES_ON = re.compile(r",\s+(?P<item>[\w'’-]+)(?:\s+[\w'’-]+)?,?\s+(?:and|or)\s")
_LIST_ITEM_END = re.compile(r"\b[\w'’-]+,\s+(?P<item>[\w'’-]+)(?:\s+[\w'’-]+)?,?\Z")


def infinitive_breaks(text: str) -> list[re.Match[str]]:
    """Give the breaks before an infinitive describing the noun before it, a phrase of its own
    ("… tears up its decision | to give FirstGroup the contract"), not one completing a verb."""
    return [
        found
        for found in _INFINITIVE_BREAK.finditer(text)
        if _verb_base(found.group(1))
        and not _wants_infinitive(text[: found.start()])
        and not _asked_to(text[: found.start()])
    ]


def _asked_to(before: str) -> bool:
    """Give whether a verb that asks someone to act stands just before its object and then
    "to": "asks Dame Anne Owers | to lead an inquiry", "chooses Arup | to design the station"."""
    words = before.split()[-_ASKED_REACH:-1]
    return any(lemma_of(word.lower())[0] in _ASKING_VERBS for word in words)


_ASKED_REACH = 5  # the asking verb and an object of up to four words
_ASKING_VERBS = frozenset(
    ["ask", "invite", "commission", "urge", "order", "persuade", "choose", "pick", "hire"]
    + ["appoint", "engage", "instruct", "direct", "tell", "allow", "force", "require"]
)


# "… tears up its decision | to give FirstGroup the contract": an infinitive is a phrase too.
_INFINITIVE_BREAK = re.compile(r"\s(?=to\s+([a-z]+)\s)")


def _wants_infinitive(before: str) -> bool:
    """Give whether the word before "to" is a verb that the infinitive completes ("ceased | to
    exist", "agreed | to end"), not a noun it describes ("its decision | to give")."""
    written = before.rsplit(" ", 1)[-1]
    word = written.lower()
    forms = lemma_of(word)[1]
    named = written[:1].isupper()  # "… the Offender Rehabilitation Act | to allow": a name's
    return bool(forms & {"VB", "VBP", "VBD", "VBZ", "VBN"}) and not can_be_noun(word) and not named


def _verb_base(word: str) -> bool:
    """Give whether word may be a verb's base after "to" ("give", not "a")."""
    return "VB" in lemma_of(word)[1] and word not in NOT_BEFORE_A_VERB


def without_trailing_clause(text: str) -> str:
    """Give a headline without a subordinate clause its comma sets after the news ("35 probation
    trusts broken up, when high-risk cases went to the NPS"), when what is left tells it."""
    found = _TRAILING_CLAUSE.search(text)
    if found is None:
        return text
    kept = text[: found.start()]
    told = any(lemma_of(word.lower())[1] & {"VBD", "VBN", "VBZ"} for word in kept.split()[1:])
    return kept if told and len(kept.split()) >= 3 else text


_TRAILING_CLAUSE = re.compile(
    r"(?:,\s+(?:when|while|whereas|as|because|although|though|after|before|until|so|saying)"
    r"|\s+so\s+that)"
    r"\s+\S.*\Z",
    re.I,
)  # "…, when high-risk cases went to the NPS", "can defer sentence so that a victim …"
