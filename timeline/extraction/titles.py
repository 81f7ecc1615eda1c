"""Short event titles, cut from the clause of the sentence that carries the trigger."""

from __future__ import annotations

import re

from lemminflect import getInflection

from timeline.extraction.clause_edges import clause_span
from timeline.extraction.date_patterns import BEGINNING_PARTICIPLES
from timeline.extraction.headline_limit import inside_name
from timeline.extraction.headline_names import abbreviated, subject_named
from timeline.extraction.headlines import EDGE_PUNCTUATION, ENDS_ON_SAYING, headline
from timeline.extraction.lemmas import (
    can_be_adjective,
    can_be_noun,
    lemma_of,
    past_tense_only,
    tokenise,
)
from timeline.extraction.title_asides import without_asides
from timeline.extraction.title_judgement import reads_well
from timeline.extraction.title_relatives import (
    participle_aside_made_main,
    relative_made_main,
    relative_to_name,
    when_it_made_main,
    whose_made_main,
)
from timeline.extraction.title_times import (
    RELATIVE_TIME,
    without_date_opening,
    without_dates,
    without_relative_time,
)
from timeline.extraction.title_told import said_plainly, told_headline, what_was_found

# Openings that say how the writer got to the point, not what happened.
_LEAD_IN = re.compile(
    r"^(?:(?:and|but|so|also|however|meanwhile|now|then|today|this morning|last night|"
    r"(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?|"
    r"in addition|furthermore|further to (?:this|that)|as a result|it seems|it appears|"
    r"we (?:now )?(?:learn|hear|understand)|this comes (?:after|as)|it comes (?:after|as)|"
    r"i can confirm|i am pleased to (?:announce|confirm)|pleased to announce)"
    r"(?:\s+that)?[\s,]+)+",
    re.IGNORECASE,
)
_SUBJECT_WORDS = 4
_SUBORDINATOR = re.compile(
    r"(?:^|\s)(?:after|because|when|since|following|until|once|as|while|where)\s",
    re.I,
)
_ADVERBIAL_OPENING = re.compile(
    r"\s*(?:following|after|as|with|in|despite|further to|since|on|at|during|before|while|"
    r"acting|responding|speaking|writing|citing|elsewhere|nearby|separately|"
    r"a\s+(?:few|short|couple\s+of)\s+(?:miles|streets|doors|yards|metres|minutes|hours|days|weeks)"
    r"\s+(?:away|later|earlier|on)|"
    rf"although|though|given|having|when|once|for|from|under|amid|{BEGINNING_PARTICIPLES})"
    r"\b[^,]{0,120},(?!\d)\s*",  # not "8,000"
    re.IGNORECASE,
)


def clause_headline(
    sentence: str,
    trigger_span: tuple[int, int],
    subject: str | None = None,
    it: str | None = None,
) -> str | None:
    """Give the clause around trigger_span as a headline (headlines.py): third person, present
    tense, whole phrases, no relative time, and saying what the trigger says; None when no
    clause makes one."""
    sentence, trigger_span = when_it_made_main(*_abbreviated(sentence, trigger_span))
    trigger = _content_lemmas(sentence[trigger_span[0] : trigger_span[1]])
    for clause in _clauses(sentence, trigger_span):
        if _SINCE.search(clause):
            continue  # "has run the service since 2006": a state held, no happening's headline
        clause = subject_named(sentence, _done_at_last(without_date_opening(clause)))
        clause = participle_aside_made_main(clause, sentence[trigger_span[0] : trigger_span[1]])
        made = headline(without_relative_time(clause), subject, it)
        made = made and said_plainly(
            _past_verb_joined(without_dates(_without_trailing_clause(made)))
        )  # "agrees that City Hall would act" → "agrees City Hall will act"
        made = made and whose_made_main(made)
        if made and ENDS_ON_SAYING.search(made):
            continue  # "Lord Chancellor announces [on 12 July that …]": what, cut away
        says = trigger & _content_lemmas(made or "") or _finding_of(trigger, made or "")
        if made and not RELATIVE_TIME.search(made) and says:
            return relative_made_main(_SAYS_IT_TO.sub(_plan_told, made))
    return told_headline(sentence, trigger_span)  # "… announced that X would be paused"


def _finding_of(trigger: set[str], made: str) -> bool:
    """Give whether a headline tells what a report the trigger names found ("In a report
    published in May, Mr Newsam recommended that …": "Mr Newsam recommends that …")."""
    return bool(trigger & _REPORT_WORDS) and _FINDING.search(made) is not None and reads_well(made)


_REPORT_WORDS = frozenset({"report", "review", "inspection", "audit", "study", "letter"})
_FINDING = re.compile(r"\b(?:recommends|finds|concludes|warns|urges|criticises|says)\b")


# "named as the preferred bidder": "as" opens no clause of its own to head the title.
_AS_BEFORE = re.compile(
    r"\sas\s(?!.*\s(?:after|because|when|since|following|until|once|while|where)\s)", re.I
)
# A state held "since" a time ("has run the service since 2006"); not a power had since then.
_SINCE = re.compile(r"\b(?:has|have|had)\b(?!\s+been\s+able\b).*\bsince\b", re.I)


def _abbreviated(sentence: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """Give sentence with its bracketed abbreviations standing for their names (headlines.py)
    and a thing "known as" a name called by it, and where the trigger is in it."""
    shorter = abbreviated(sentence)
    words = sentence[span[0] : span[1]]
    start = shorter.find(words, max(0, span[0] - (len(sentence) - len(shorter))))
    if start >= 0:
        sentence, span = shorter, (start, start + len(words))
    before, words, after = (
        called_by_name(part) for part in (sentence[: span[0]], words, sentence[span[1] :])
    )
    return before + words + after, (len(before), len(before) + len(words))


# "The project, known as FiReControl, was launched": "The FiReControl project was launched".
_KNOWN_AS = re.compile(
    r"\b([a-z][a-z-]+), (?:[a-z]+ )?(?:known|called|named|dubbed)(?: [a-z]+ly)? as"
    r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}),(?=\s)"
)


def called_by_name(text: str) -> str:
    """Give text with a thing "known as" a name called by it: "the FiReControl project"."""
    return _KNOWN_AS.sub(lambda m: f"{m[2]} {m[1]}", text)


# "was not published until August", "did not pay the fine until March": it was, in the end.
_NOT_UNTIL = re.compile(
    r"\b(?:(did|does|do)(?:\s+not|n't)|not|never)\s+(\w+)([^,;]{0,60}?\s)until\b", re.I
)


def _done_at_last(clause: str) -> str:
    """Give clause with a happening told as "not … until" a date told as done then: "was not
    published until August 2017" → "was published in August 2017"."""

    def done(match: re.Match[str]) -> str:
        verb = match.group(2)
        if match.group(1):  # "did not pay" → "paid"
            verb = (getInflection(lemma_of(verb.lower())[0], "VBD") or (verb,))[0]
        return f"{verb}{match.group(3)}in"

    return _NOT_UNTIL.sub(done, clause)


def _content_lemmas(text: str) -> set[str]:
    """Give the lemmas of text's words of more than three letters."""
    return {lemma_of(word)[0] for word in re.findall(r"[a-z]{4,}", text.lower())}


# Two describing words a comma lists before their noun: "a single, unified Probation Service".
_DESCRIBING_LIST = re.compile(r"\b(?:a|an|the)\s+([a-z]+),\s(?=[a-z]+ed\s+[A-Z])")


def _clauses(sentence: str, trigger_span: tuple[int, int]) -> list[str]:
    """Give the clause that carries the trigger, lead-ins and openings dropped, then the part
    of it from the last comma before the trigger: "This morning, with the threat of legal
    proceedings hanging over him, Chris Grayling announced the bidders"."""
    sentence, trigger_span = without_asides(sentence, trigger_span)
    clause_start, clause_end = clause_span(sentence, trigger_span)
    clause = sentence[clause_start:clause_end]
    if len(clause.split()) < 4:  # too little on its own: "Dorset" or "(DDC)"
        clause, clause_start = sentence, 0
    undated = without_date_opening(clause)  # "The following month G4S announced …"
    clause_start += len(clause) - len(undated)
    clause = undated
    position = trigger_span[0] - clause_start
    found = [_trimmed(_from_trigger_phrase(_LEAD_IN.sub("", clause), position))]
    comma = clause.rfind(", ", 0, position)
    listed = any(
        m.end() == comma + 2 and can_be_adjective(m.group(1))
        for m in _DESCRIBING_LIST.finditer(clause)
    )
    if listed:
        comma = clause.rfind(" and ", 0, comma) + 3  # "… end and a single, unified X takes over"
    if comma > 2 and not inside_name(clause, comma):  # not "Barking, | Dagenham and …"
        found.append(_trimmed(clause[comma + 2 :]))
    opening = _ADVERBIAL_OPENING.match(clause)
    if opening and opening.end() > position:  # "In a report on X, the NAO said …"
        found.append(_trimmed(clause[opening.end() :]))
    finding = what_was_found(clause, position)  # "The Committee finds that the Ministry …"
    if finding:
        found.insert(0, _trimmed(finding))
    said = _said_from(clause, position)  # "… and said the NPS would take over …"
    if said is not None and _FUTURE_IN_PAST.match(clause, said):
        found.append(_trimmed(clause[said:]))
    subordinate = _after_subordinator(clause, position)
    if subordinate:  # "the biggest of the companies created when probation was split": first
        start = clause.rfind(subordinate)
        inside = start < position < start + len(subordinate)  # not a "When …," opening before it
        inside = inside and not _AS_BEFORE.search(clause[:position])
        found.insert(0 if inside else len(found), _trimmed(subordinate))
    relative = relative_to_name(clause, position)
    if relative:  # "by Serco, which won the contract in 2023 and took over the service"
        found.insert(0, _trimmed(relative))
    passive = _PASSIVE_RELATIVE.match(clause, position)
    if passive:  # "a consultation on … that was launched last December": it was launched
        found.insert(0, _trimmed(f"{passive['noun']} was {passive['rest']}"))
    # Each without what a comma joins on after it: "…, saying that the virus …", "…, when …".
    return found + [v[: m.start()] for v in found if (m := _JOINED_AFTER.search(v)) and m.start()]


# A trigger's noun phrase and the passive relative clause that tells what was done to it.
_PASSIVE_RELATIVE = re.compile(
    r"(?P<noun>[a-z][^,;]*?)\s+(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?P<rest>[a-z]+ed\b[^,;]*)"
)
_JOINED_AFTER = re.compile(r",\s+(?:saying|adding|arguing|when|as|after|while|but|although)\b")


def _said_from(clause: str, position: int) -> int | None:
    """Give where the last reporting verb before position ends, past its "that"; None when no
    reporting verb stands there."""
    ends = [m.end() for m in _REPORTED.finditer(clause, 0, position)]
    return ends[-1] if ends else None


# "said the NPS would take over": what was said, a planned thing, heads a plan's title.
_REPORTED = re.compile(r"\b(?:said|saying|announced|confirmed|told \w+)\s+(?:that\s+)?", re.I)
_FUTURE_IN_PAST = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+would\s+\w+")


def _after_subordinator(clause: str, position: int) -> str | None:
    """Give the part of clause after the last word before position that opens a clause of its
    own ("could be renationalised after the firm fails an audit": "the firm fails an audit")."""
    found = list(_SUBORDINATOR.finditer(clause, 0, position))
    if not found:
        return None
    rest = clause[found[-1].end() :]
    tokens = tokenise(rest[:80])
    verb = next((i for i, t in enumerate(tokens) if t.finite), None)
    has_subject = verb is not None and 0 < verb <= _SUBJECT_WORDS
    if not has_subject or not tokens[0].text[:1].isalpha() or "," in rest[: tokens[verb].start]:
        return None  # "since early 2018 with the announcement": no clause of its own
    if tokens[0].text.lower() in _OBJECT_PRONOUNS:
        return None  # "the company that looks after them has changed hands": a preposition's
    return _before_clause_comma(rest)


def _before_clause_comma(text: str) -> str:
    """Give text up to its first comma that is not inside a list ("the needs of Black, Asian and
    minority ethnic people, who …" keeps "Black, Asian and minority ethnic people")."""
    for comma in re.finditer(", ", text):
        if not _LIST_GOES_ON.match(text, comma.end()):
            return text[: comma.start()]
    return text


# After a list's comma: one to three words, then "and" or "or".
_LIST_GOES_ON = re.compile(r"[\w'’-]+(?: [\w'’-]+){0,2},? (?:and|or) ")


def _trimmed(clause: str) -> str:
    clause = _LEAD_IN.sub("", clause.strip(EDGE_PUNCTUATION)).strip(EDGE_PUNCTUATION)
    return re.sub(r"\s+", " ", clause)


def _from_trigger_phrase(clause: str, position: int) -> str:
    """Give clause without the adverbial openings that come before position.

    "Following a long process, we have today confirmed the bidders" keeps what follows the
    comma: the opening says when or why, the rest says what happened.
    """
    start = 0
    while True:
        opening = _ADVERBIAL_OPENING.match(clause, start)
        if opening is None or opening.end() > position:
            return clause[start:]
        start = opening.end()


# "says in December that …" → "says …": the date is the event's, "that" a headline drops.
# "Four Seasons says it to take back its homes": a plan told by its maker is its headline.
_SAYS_IT_TO = re.compile(
    r"\s+(?:says|announces|confirms|warns|reveals|insists)\s+(?:that\s+)?(?:it|they|he|she)\s+"
    r"(?:(?:would|will)\s+(?P<not>not\s+)?|(?=to\s))"
)


def _plan_told(match: re.Match[str]) -> str:
    """Give what stands for "says it will": "to" ("not to" for "will not"), or nothing before a
    "to" already there."""
    if match.group("not"):
        return " not to "
    return " " if match.string.startswith("to ", match.end()) else " to "


# Pronouns only an object takes: after "after" they make it a preposition ("looks after them").
_OBJECT_PRONOUNS = ("them", "him", "us", "me")
# A clause joined on at the end tells why or when, not what: "…, after secret filming showed".
_TRAILING_CLAUSE = re.compile(
    r",?\s+(?:even\s+|shortly\s+|soon\s+|just\s+|long\s+)?"
    r"(?:after|because|while|although|though|whereas)\s"
    rf"(?!(?:{'|'.join(_OBJECT_PRONOUNS)})\b).*$"
    r"|,\s+(?:bringing|leaving|making|taking|putting|meaning|ending|including)\s.*$"
    r"|,?\s+(?:and|but|then)\s+(?:[\w-]+\s+){0,3}(?:later|earlier|afterwards)$"
    # "…, the ministry announced": who told it, not what happened
    r"|,\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:said|announced|confirmed|reported)$"
    # "…, and the replacement is still not in service": a clause of its own with its own news
    r"|,\s+(?:and|but)\s+(?:the|its|their|this|that)\s+[\w'’-]+\s+(?:is|are|was|were|remains?)\s.*$"
    r"|\s+in\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:report|review)\s+(?:published|released)$"
    # "… of the authority, as it already did at Sellafield": a likeness, not the news
    r"|,?\s+as\s+(?:it|they|he|she|we)\s+(?:\w+\s+)?(?:did|does|had|has|was|is)\b.*$"
    # "…, the month of the general election": what a time was, after the time
    r"|,\s+the\s+(?:same\s+)?(?:day|week|month|year|season)\s+(?:of|when|that|in|before|after)\s.*$"
)


def _without_trailing_clause(title: str) -> str:
    """Give title without a subordinate clause that ends it ("A minister tells MPs after secret
    filming showed guards" → "A minister tells MPs"), or a phrase left wanting its "of" ("…
    the future of probation in the context" → "… the future of probation")."""
    trimmed = _WANTING_OF.sub("", _TRAILING_CLAUSE.sub("", title))
    trimmed = _past_verb_joined(trimmed)
    return trimmed if len(trimmed.split()) >= 3 else title


def _verb_of_its_own(conjunction: str, word: str) -> bool:
    """Give whether word, after "and" or "but", starts a verb phrase of its own: a past tense
    ("and went further"), an auxiliary, or after "but" any finite verb ("but dropped it")."""
    forms = lemma_of(word)[1]
    if conjunction == "but" and forms & {"VBD", "VBZ"}:
        return True
    return "VBD" in forms and "VBN" not in forms or word in _JOINED_AUXILIARIES


def _past_verb_joined(title: str) -> str:
    """Give title without a verb phrase joined on in the past tense, which a headline's present
    cannot carry ("Inner House throws out the appeal and went further")."""
    another = _ANOTHER_SUBJECT.search(title)  # "… approved and the lifetime budget was put"
    title = title[: another.start()] if another else title
    for joined in re.finditer(r"\s+(and|but)\s+(\w+)\b(?:\s+(\w+)\b)?", title):
        after_comma = title[: joined.start()].endswith(",")
        past = after_comma and "VBD" in lemma_of(joined.group(2).lower())[1]  # ", and announced"
        if past or _verb_of_its_own(joined.group(1), joined.group(2).lower()):
            return title[: joined.start()].rstrip(",")  # "… and went further", "… will not run"
        word = joined.group(2)
        named = word[0].isupper() and after_comma  # "…, and Amey ran the contract"
        subject = named or word.islower() and can_be_noun(word)
        if subject and joined.group(3) and past_tense_only(joined.group(3).lower()):
            return title[: joined.start()].rstrip(",")  # "MPs approve it and peers debated it"
    return title


# "… approved and the lifetime budget was put [at £234m]": a clause of its own whose verb wants
# the amount or time the title leaves out.
_ANOTHER_SUBJECT = re.compile(
    r"\s+(?:and|but)\s+(?:the|its|their|his|her)\s+(?:(?!(?:that|which|who)\b)[a-z-]+\s+){1,3}?"
    r"(?:was|were|had|has|is|are)\s+(?:[a-z]+ly\s+)?(?:put|set|given|made|left|kept|taken)\Z"
)


# "… and have been released", "… and will not run until December": a verb group of its own,
# whose negation a cut could lose.
_JOINED_AUXILIARIES = frozenset(
    {"have", "has", "had", "will", "would", "could", "can", "may", "might", "must", "should"}
)


# Phrases that say nothing without the "of …" a cut took away.
_WANTING_OF = re.compile(
    r"\s+(?:in|as|at|on|with)\s+(?:the\s+|a\s+)?(?:context|wake|light|face|run-up|aftermath|"
    r"result|end|middle|start|beginning|case|course|heart|part|number|series|lack|absence|"
    r"consequence|basis)\s*$",
    re.I,
)
