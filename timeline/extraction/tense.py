"""Whether the clause a date is written in puts the dated event behind or ahead of the story.

A year-less date ("in August", "on Friday", "in the spring") falls in the year or week the
clause's tense points to: "told investors in August" looks back, "will report in August" looks
ahead. The rule reads the words between the start of the clause and the date, nearest first,
and the first word that shows a time decides:

* an auxiliary: will, would, shall, must, should (ahead; "would have" behind) and was, were,
  had, did, has, have (behind; "has to" ahead); could, might and may leave the time unknown;
* a verb of intent or schedule: "promised", "is due", "plans to", "agreed to", "set for",
  "was moved to" (ahead: future in the past still looks ahead of the story);
* a past-tense verb form ("told", "fell"; not "put", which may be present), behind;
* a present-tense verb that cannot be a noun ("expires", not "trains"), ahead: the present
  tense with a date is a timetable; but "follows" and "comes after" look behind.

Participles after an auxiliary ("must be submitted", "were told") defer to the auxiliary. Only
words before the date count: in "On Sunday, inmates barricaded themselves" the verb is after it,
and the reader of the date has not met it yet. Verb forms come from lemmas.py (lemminflect).
"""

from __future__ import annotations

import re
from typing import Final, Literal

from timeline.extraction.lemmas import AUXILIARIES, can_be_noun, lemma_of, past_tense_only, word_set

Tense = Literal["past", "future"]


_TOKEN: Final = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\w\s]")
# How far back a clause is read: bounded, so a long sentence costs no more than a short one.
_WINDOW: Final = 160
# Where a clause begins: punctuation and the words that open a new clause.
_CLAUSE_BREAKS: Final = word_set(
    ', ; : ( ) — – " “ ” and but or that which who whom whose while whereas although though'
    " because unless if when where whether"
)
_AHEAD_AUXILIARIES: Final = word_set("will 'll shall would wo must should")
# Modals of possibility speculate as often about the past ("could be shunted off to Friday
# afternoon") as about the future: the clause's time stays unknown.
_UNSURE_AUXILIARIES: Final = word_set("could might may")
_BEHIND_AUXILIARIES: Final = word_set("was were had did has have")
_BE_FORMS: Final = word_set("be been being")
# Lemmas that put what follows ahead wherever they stand in the clause ("promised a decision").
_SCHEDULED: Final = word_set("promise pledge vow due schedule slate propose")
# ... unless a determiner makes them nouns ("made a promise to workers in January").
_DETERMINERS: Final = word_set("a an the its their his her our my your this that")
# Lemmas that do so when followed by "to" ("plans to", "is expected to", "agreed to continue").
_INTENDED: Final = word_set(
    "plan intend aim hope expect set poise prepare want seek agree decide vote threaten offer"
    " undertake commit"
)
# Lemmas that move a date: ahead when the date is their object ("moved to April 7").
_RESCHEDULED: Final = word_set("move postpone delay defer adjourn reschedule push put set fix")
_RESCHEDULE_PARTICLES: Final = word_set("back forward off over again")
_RESCHEDULE_PREPOSITIONS: Final = word_set("to until till for")
# Present tense of these tells what came before: "The decision follows the judgment on 23 April"
# and "comes after the vote in March" look back at the date.
_SEQUEL: Final = word_set("follow succeed")
# Present tense of these reports rather than schedules ("says", "warns").
_REPORTING: Final = word_set("say tell add announce claim report confirm warn reveal insist")


def clause_tense(sentence: str, start: int) -> Tense | None:
    """Give whether the clause before start looks back ("past") or ahead ("future"), or None."""
    written = _TOKEN.findall(sentence, max(0, start - _WINDOW), start)
    words = [w.lower().replace("’", "'") for w in written]
    opening = start <= _WINDOW  # the window holds the sentence's first word
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in _JOINING_NAMES and _opens_noun_phrase(written[index + 1 : index + 2]):
            continue  # "evidence from the President and three other judges on 8 April"
        named = written[index][0].isupper() and (index or not opening)
        if word in _CLAUSE_BREAKS or word in _UNSURE_AUXILIARIES and not named:
            return None  # "May" inside a sentence is the month: "signed in May 2014"
        if named:
            continue  # a name or title: "rated 'Requires Improvement' in March"
        after = words[index + 1] if index + 1 < len(words) else ""
        before = words[index - 1] if index else ""
        tense = _word_tense(word, before, after, words[index + 1 :])
        if tense is not None:
            return tense
    return None


def tense_after(sentence: str, end: int) -> Tense | None:
    """Give the tense of the verb after a date that opens its clause ("In July the committee
    published …" looks back), reading forward to the clause's end; None if none shows."""
    written = _TOKEN.findall(sentence, end, end + _WINDOW)
    words = [w.lower().replace("’", "'") for w in written]
    aside_end = -1
    for index, word in enumerate(words):
        if index <= aside_end:
            continue
        if word in _JOINING_NAMES and _opens_noun_phrase(written[index + 1 : index + 2]):
            continue  # "the National Probation Service and the CRCs moved": one subject
        if word == "," and index and (aside_end := _aside_closed(words, index)) > index:
            continue  # "the board, meeting in private, agreed": the verb after the aside
        if word in _CLAUSE_BREAKS and index or word in _UNSURE_AUXILIARIES:
            return None
        after = words[index + 1] if index + 1 < len(words) else ""
        before = words[index - 1] if index else ""
        if _intended_then(word):
            return "past"  # "On 11 December the Post Office agreed to pay": the agreeing's day
        tense = _word_tense(word, before, after, [])
        if tense is not None:
            return tense
    return None


_JOINING_NAMES: Final = word_set("and or")
_ASIDE_WORDS: Final = 6  # ", meeting in private,": an aside between a subject and its verb


def _aside_closed(words: list[str], comma: int) -> int:
    """Give where the comma closing an aside opened at comma stands, within a few words and with
    no other break in it; -1 when none does."""
    for index in range(comma + 1, min(len(words), comma + 2 + _ASIDE_WORDS)):
        if words[index] == ",":
            return index if index > comma + 1 else -1
        if words[index] in _CLAUSE_BREAKS:
            return -1
    return -1


def _opens_noun_phrase(next_word: list[str]) -> bool:
    """Give whether the word after "and" opens a noun phrase (a determiner or a name), so the
    "and" joins the clause's subjects, not a new clause, before any verb is read."""
    if not next_word:
        return False
    word = next_word[0].lower()
    return next_word[0][0].isupper() or word in _DETERMINERS or word in _COUNTS


_COUNTS: Final = word_set("two three four five six seven eight nine ten several other both")


def _intended_then(word: str) -> bool:
    """Give whether word is a verb of intending in the past tense ("agreed", "decided"): a
    date before it is the day of the deciding, however far ahead what was decided lies."""
    lemma, forms = lemma_of(word)
    return lemma in _INTENDED and lemma != word and "VBD" in forms


def _word_tense(word: str, before: str, after: str, rest: list[str]) -> Tense | None:
    """Give the time one word shows, given its neighbours and the words up to the date."""
    if word in _AHEAD_AUXILIARIES:
        return "past" if after == "have" else "future"
    if word in _BEHIND_AUXILIARIES:
        return "future" if after == "to" else "past"
    if word in AUXILIARIES or word in _BE_FORMS:
        return None
    lemma, forms = lemma_of(word)
    infinitive = after == "to" and (len(rest) < 2 or "VB" in lemma_of(rest[1])[1])
    if (lemma in _SCHEDULED and before not in _DETERMINERS) or (lemma in _INTENDED and infinitive):
        return "future"  # "agreed to continue"; not "committed to new prison places"
    if lemma in _RESCHEDULED and _moves_the_date(rest):
        return "future"
    if before in AUXILIARIES or before in _BE_FORMS:
        return None  # a participle: its auxiliary, further back, decides
    if "VBD" in forms and "VB" not in forms:
        return "past"
    if "VBD" in forms and word == lemma and _singular_subject(before):
        return "past"  # "The ministry set out its vision in November": "sets" if present
    if "VBZ" in forms and (lemma in _SEQUEL or (lemma == "come" and after == "after")):
        return "past"
    if "VBZ" in forms and lemma not in _REPORTING and not can_be_noun(word):
        return "future"
    return None


def _singular_subject(word: str) -> bool:
    """Give whether word, just before a verb, is a singular subject ("ministry", "it"): then
    a verb whose past is its base ("set", "put", "cut") is past, its present being "sets"."""
    if word in ("he", "she", "it"):
        return True
    if not word.isalpha() or word.endswith("s") or word in _NOT_SUBJECTS:
        return False
    return can_be_noun(word) or not lemma_of(word)[1]


_NOT_SUBJECTS: Final = _DETERMINERS | AUXILIARIES | _BE_FORMS | word_set("to i we you they not")


def _moves_the_date(rest: list[str]) -> bool:
    """Give whether the words after a verb of rescheduling lead straight to the date."""
    words = [w for w in rest if w not in _RESCHEDULE_PARTICLES]
    return len(words) == 1 and words[0] in _RESCHEDULE_PREPOSITIONS


def opens_clause(sentence: str, start: int, end: int) -> bool:
    """Give whether a date stands at its clause's start, after at most a preposition and a
    linking word ("In July the committee …", "Then in September …", "Last week, …"), or ends
    an opening phrase ("Within days of taking office in July, she …")."""
    head = re.split(r"[,;:(]|\b(?:and|but|while|when|as)\b", sentence[:start])[-1]
    words = head.lower().split()
    while words and words[0] in _LINKING:
        words = words[1:]
    if len(words) <= 1:
        return True
    return words[0] in _OPENING_PREPOSITIONS and sentence[end:].lstrip().startswith(",")


_LINKING = frozenset({"then", "later", "also", "so", "finally", "eventually", "again", "soon"})
_OPENING_PREPOSITIONS = frozenset({"within", "after", "before", "following", "by", "during"})


def _lower_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]


def looks_back(sentence: str, nearer: bool = False, told: str | None = None) -> bool:
    """Give whether a sentence tells only of the past: a verb that can only be a past tense
    ("set up the review in October, naming Mr Gauke, who ran …" has "ran"), and no word that
    looks ahead ("will", "would", "plans to", "is due"). Of a time nearer in the past than
    ahead, a verb that may be a past tense will do ("In August the regulator proposed a
    penalty", "In March the company cut 200 jobs"), and only a modal or an intention ("plans
    to") looks ahead. Given told, the sentence up to the date's clause's end, only a word there
    looks ahead ("set up the review in October, …, asking him to make sure the country would
    never again run out")."""
    words = _lower_words(sentence)
    own = _lower_words(told) if told is not None else words
    scheduled = () if nearer else _SCHEDULED
    if any(word in _AHEAD_AUXILIARIES or lemma_of(word)[0] in scheduled for word in own):
        return False
    pairs = zip(own, own[1:], strict=False)
    if any(lemma_of(word)[0] in _INTENDED and after == "to" for word, after in pairs):
        return False
    if nearer:
        return any("VBD" in lemma_of(word)[1] and not can_be_noun(word) for word in words)
    return any(past_tense_only(word) and not can_be_noun(word) for word in words)
