"""Names no vocabulary lists: "Carillion", "G4S", "Balfour Beatty", "Richard Howson".

A document about a story the vocabulary does not cover still says who acted: a run of
capitalised words is a name. A capitalised word that opens the sentence is a name only when
English does not know it as a word ("Carillion went…" names; "The firm went…" does not).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from timeline.extraction.date_patterns import is_month_name
from timeline.extraction.entities import EntityMention
from timeline.extraction.headlines import WIRE_PREFIX
from timeline.extraction.joined_names import BODY_WORDS, and_bodies, joined_bodies
from timeline.extraction.lemmas import can_be_adjective, can_be_noun, known_word, word_set
from timeline.extraction.name_numbers import number_ends_name, numbered_name

__all__ = ["HONORIFICS", "find_names", "in_sentence_case", "joined_names", "word_names"]

# Words a capitalised run may hold inside it: "Ministry of Justice", "Marks & Spencer".
_JOINERS = frozenset({"of", "for", "&", "de", "la", "du", "von", "van"})
# A word; a plural's apostrophe inside a name stays with it ("Barnsley Magistrates' Court").
_WORD = re.compile(r"[A-Z][\w&.-]*s['’](?=\s+[A-Z])|[A-Za-z0-9][\w'’&.-]*[\w]|[A-Za-z&0-9]")
# English words lemminflect does not list (function words) and calendar words: never names.
_NOT_NAMES = frozenset(
    " ".join(
        [
            "a an the this that these those it its he she his her we our they their you",
            "your i my me in on at by for with from to of into onto over under after before",
            "during since until as and or but nor so yet if when while where whether which",
            "who whom whose what how why there here then now also not no yes all any each",
            "every both either neither some such one two three four five six seven eight",
            "nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen",
            "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand",
            "mr mrs ms dr sir lord lady monday tuesday wednesday thursday friday",
            "saturday sunday january february march april may june july august september",
            "october november december spring summer autumn winter today yesterday tomorrow",
            "easter christmas whitsun michaelmas",
            "however meanwhile although though because despite last next earlier later",
            "covid covid-19 coronavirus",
        ]
    ).split(" ")
)
# Words before a surname: "Mr Hinds", "Ms Bradley" name someone, however common the word.
HONORIFICS = frozenset(["mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "baroness"])
# Calendar abbreviations, of a dateline ("LONDON, Jan 16 (Reuters)", "Tue Jan 16"): a run of
# nothing else names no one ("Jan Smith" still names Jan Smith).
_CALENDAR_ABBREVIATIONS = word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri"
)
_ADJECTIVE_SUFFIX = re.compile(r"-(?:based|owned|led|run|backed|funded|controlled)$", re.IGNORECASE)
_MAX_WORDS = 8  # "Secretary of State for Communities and Local Government"
# Words that end the name of a post rather than of a person or organisation.
_POSTS = frozenset(
    ["director", "executive", "officer", "chairman", "chairwoman", "chair", "secretary"]
    + ["minister", "inspector", "governor", "president", "manager", "spokesman", "spokeswoman"]
    + ["spokesperson", "correspondent", "editor", "reporter", "chancellor", "commissioner"]
)
_QUOTES = frozenset("'\"‘’“”")


def word_names(sentences: Iterable[str]) -> frozenset[str]:
    """Give the English words the sentences write as names: alone with a capital inside a
    sentence more often bare than after "the", and, counting the sentences it opens, more
    than once; never in small letters ("Bulb said …", "bought Bulb", "Circle took over"): a firm
    called by a word, not "the Treasury" nor "the Government" of a "government", nor a place
    ("in Slough"), a quoted rating ('Requires improvement') or a piece of a longer name ("Brick
    by Brick", "learndirect Limited")."""
    texts = [text for text in sentences if in_sentence_case(text)]
    small = {word.group() for text in texts for word in _SMALL_WORD.finditer(text)}
    inside: Counter[str] = Counter()
    opening: Counter[str] = Counter()
    spoilt: set[str] = set()
    for text in texts:
        for run in _CAPITALISED_RUN.finditer(text):
            word = re.sub(r"['’]s\Z", "", run.group().rstrip(".,"))
            if " " in word:
                continue
            if _opens_sentence(run, text):
                opening[word] += 1
                continue
            if _spoilt(text, run):
                spoilt.add(word)
            inside[word] += -1 if _THE_BEFORE.search(text, 0, run.start()) else 1
    return frozenset(
        word
        for word, count in inside.items()
        if count > 0
        and count + opening[word] > 1
        and word not in spoilt
        and word.lower() not in small
        and _bare(word) not in _NOT_NAMES
        and not is_month_name(word)
        and _known_word(word)
        and (can_be_noun(word.lower()) or can_be_adjective(word.lower()))  # not "Requires"
    )


def joined_names(sentences: Iterable[str]) -> frozenset[str]:
    """Give the names of two capitalised words joined by a small one that the sentences write
    again and again, always so ("GP at Hand", "Newcastle upon Tyne"): one name, whose last word
    is no verb ("at Hand")."""
    counts = Counter(
        match.group()
        for text in sentences
        for match in _JOINED.finditer(text)
        if not {_bare(match.group(1)), _bare(match.group(3))} & _NOT_NAMES
    )
    return frozenset(name for name, count in counts.items() if count >= _JOINED_AGAIN)


_JOINED = re.compile(r"\b([A-Z][\w'’&-]*) (at|on|upon|in|by) ([A-Z][\w'’&-]*)\b")
_JOINED_AGAIN = 3
# Capitalised words side by side; a word in small letters.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*")
_SMALL_WORD = re.compile(r"\b[a-z]+\b")
# What before or after a capitalised word makes it a place, a quoted word or part of a name.
_SPOILING_BEFORE = re.compile(
    r"(?:\b(?:in|at)(?: the)? |['‘\"“]|[A-Z][\w'’.-]* (?:and|by|of|for|the|&) )\Z"
)
_SPOILING_AFTER = re.compile(r"['’\"”]|(?: by| of| for| &) [A-Z]")
_JOINED_AFTER = re.compile(r" and [A-Z]")  # "Test and Trace"; but a list: "Ofgem, Bulb and …"
_THE_BEFORE = re.compile(r"\b[Tt]he \Z")  # "the Army", "the Treasury": a common noun's use
_WORD_BEFORE = re.compile(r"([a-z][\w-]*) \Z")


def _spoilt(text: str, run: re.Match[str]) -> bool:
    """Give whether a lone capitalised word stands as a place, in quotes, or in a longer name:
    one joined by "and", "by", "of", or after a name in small letters ("learndirect Limited")."""
    if _SPOILING_BEFORE.search(text, 0, run.start()) or _SPOILING_AFTER.match(text, run.end()):
        return True
    if _JOINED_AFTER.match(text, run.end()) and not text[: run.start()].endswith(", "):
        return True
    before = _WORD_BEFORE.search(text, 0, run.start())
    return before is not None and not (
        _known_word(before.group(1)) or before.group(1) in _NOT_NAMES
    )


def in_sentence_case(text: str) -> bool:
    """Give whether text is written as a sentence ("Greensill Capital collapses into
    administration"), its capitals names, not in title case ("Firm Collapses Into …")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)[1:]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 2 < len(words)


def find_names(
    sentence: str, taken: Sequence[EntityMention] = (), words: frozenset[str] = frozenset()
) -> list[EntityMention]:
    """Give the names in sentence that the mentions already taken do not cover; words are the
    English words its document writes as names (word_names)."""
    spans = [(mention.start, mention.end) for mention in taken]
    found = and_bodies(sentence, spans) + _joined_in(sentence, spans, words)
    spans += [(mention.start, mention.end) for mention in found]
    run: list[re.Match[str]] = []
    wire = WIRE_PREFIX.match(sentence)  # "UPDATE 2-Serco to stay …": the wire's mark, no name
    for word in _WORD.finditer(sentence, wire.end() if wire else 0):
        inside = _inside(word, spans)
        if inside or not _may_continue(word, run, sentence):
            if run:
                _close(run, sentence, found, words)
            run = []
            if inside or not _capitalised(word.group()):
                continue
        run.append(word)
    _close(run, sentence, found, words)
    return joined_bodies(sorted(found, key=lambda mention: mention.start), sentence)


def _joined_in(
    sentence: str, spans: Sequence[tuple[int, int]], words: frozenset[str]
) -> list[EntityMention]:
    """Give the joined names among words (joined_names) that sentence writes, outside spans."""
    found = []
    for name in (word for word in words if " " in word and word in sentence):
        for match in re.finditer(rf"\b{re.escape(name)}\b", sentence):
            if not any(start < match.end() and match.start() < end for start, end in spans):
                found.append(EntityMention("name", name, name, match.start(), match.end()))
    return found


def _inside(word: re.Match[str], spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < word.end() and word.start() < end for start, end in spans)


def _may_continue(word: re.Match[str], run: list[re.Match[str]], sentence: str) -> bool:
    """Give whether word extends the run: capitalised, or a joiner inside it, with no break."""
    if not run or len(run) >= _MAX_WORDS:
        return False
    gap = sentence[run[-1].end() : word.start()]
    if gap.strip():
        return False
    if word.group() == "and":  # "Office of Rail and Road", but "Sodexo and Interserve": two
        joined = {earlier.group() for earlier in run}  # once: "… and Trade and Kier" is two
        return "and" not in joined and bool(joined & {"of", "for", "on"})
    if word.group() == "the":  # "Building Schools for the Future", not "for the first time"
        return run[-1].group() == "for" and bool(_CAPITAL_NEXT.match(sentence, word.end()))
    if word.group() == "in":  # "Commission on Justice in Wales", not "Ministry of Justice in"
        return any(earlier.group() == "on" for earlier in run)
    if word.group() == "on":  # "Commission on Justice", not "Serco on Friday"
        return run[-1].group() in BODY_WORDS
    if len(word.group()) == 1 and word.group().isdigit():  # "High Speed 1", "Channel 4"
        return number_ends_name(run[-1].group(), sentence, word.end())
    return _capitalised(word.group()) or word.group().lower() in _JOINERS


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


def _capitalised(text: str) -> bool:
    return text[0].isupper() or (text[0].isdigit() and any(c.isupper() for c in text))


def _bare(word: str) -> str:
    """Give a word lower-cased without its possessive ("Today's" → "today")."""
    return re.sub(r"['’]s\Z", "", word.lower())


def _close(
    run: list[re.Match[str]], sentence: str, found: list[EntityMention], names: frozenset[str]
) -> None:
    """Add the run as a name, less function words and joiners at its ends; a lone word opening
    the sentence only when English does not know it or its document writes it as a name."""
    if len(run) == 1 and run[0].group() in names:
        found.append(EntityMention("name", run[0].group(), run[0].group(), *run[0].span()))
        return
    words = list(run)
    titled = bool(words) and words[0].group().lower().rstrip(".") in HONORIFICS  # "Mr Hinds"
    while (
        words
        and not numbered_name([w.group() for w in words], _opens_sentence(words[0], sentence))
        and (
            _bare(words[0].group()) in _NOT_NAMES  # "Today's report": no one's
            or words[0].group().lower() in _JOINERS
            or (
                len(words) == 1
                and _opens_sentence(words[0], sentence)
                and _known_word(words[0].group())
            )
        )
    ):
        words.pop(0)
    while words and words[-1].group().lower() in _JOINERS | _NOT_NAMES:
        if _surname_month(words, sentence):
            break  # "Theresa May told MPs": a surname, not a month
        words.pop()
    if not words or (len(words) == 1 and _common_word(words[0].group()) and not titled):
        return
    if all(word.group().lower().rstrip(".") in _CALENDAR_ABBREVIATIONS for word in words):
        return
    if len(words) == 1 and _ADJECTIVE_SUFFIX.search(words[0].group()):
        return  # "the Wolverhampton-based company", "a US-owned firm": a description
    if _shouted(words):  # a heading in capitals, then perhaps the name it runs into
        while words and words[0].group().isupper() and _known_word(words[0].group().capitalize()):
            words.pop(0)
    if not words or _job_title(words) or _dateline(words, sentence):
        return
    if len(words) == 1 and _of_a_post(sentence, words[0].start()):
        return  # "the Chancellor of the Exchequer": a post's own word
    start, end = words[0].start(), words[-1].end()
    if sentence[start - 1 : start] in _QUOTES and sentence[end : end + 1] in _QUOTES:
        return  # 'Inadequate', "Strengthening Probation": a rating or a title, not a name
    text = re.sub(r"['’]s$", "", sentence[start:end].rstrip("."))
    found.append(EntityMention("name", text, text, start, start + len(text)))


def _surname_month(words: list[re.Match[str]], sentence: str) -> bool:
    """Give whether a month's name ends a run after a word English does not know, and no
    number follows it: "Theresa May told", not "Between January and June" or "May 2014"."""
    last = words[-1]
    return (
        len(words) >= 2
        and is_month_name(last.group())
        and not _known_word(words[-2].group())  # a given name: "Theresa", not "Between"
        and not re.match(r"\s*\d", sentence[last.end() :])
    )


def _common_word(text: str) -> bool:
    """Give whether a lone capitalised word is a common noun, not a name: "Parliament",
    "Government", "MPs"."""
    return len(text) < 2 or _known_word(text) or bool(re.fullmatch(r"[A-Z]{2,}s", text))


def _job_title(words: list[re.Match[str]]) -> bool:
    """Give whether the run names a post ("Group Finance Director"), not who holds it."""
    return words[-1].group().lower() in _POSTS


def _of_a_post(sentence: str, start: int) -> bool:
    """Give whether a word stands after a post and "of the" ("Chancellor of the Exchequer"),
    where a longer run is an organisation ("Director of the Serious Fraud Office")."""
    found = _POST_OF_THE.search(sentence, 0, start)
    return found is not None and found.group(1).lower() in _POSTS


_POST_OF_THE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+the\s+\Z")


def _shouted(words: list[re.Match[str]]) -> bool:
    """Give whether the run is a heading in capitals ("ANNOUNCEMENT CONTAINS INSIDE
    INFORMATION"), not an acronym name ("KPMG", "HMP Birmingham")."""
    capitals = [w.group() for w in words if w.group().isupper() and len(w.group()) > 1]
    return len(capitals) >= 2 and sum(_known_word(w.capitalize()) for w in capitals) >= 2


_DATELINE_END = re.compile(r"(?:,[^-–—.]{0,40})?\s+[-–—]\s+[A-Z\"‘“]")


def _dateline(words: list[re.Match[str]], sentence: str) -> bool:
    """Give whether the run is a dateline's place in capitals ("BELFAST - The firm …",
    "LONDON, Jan 16 (Reuters) -"): where the story was filed, not who acted."""
    capitals = all(word.group().isupper() for word in words)
    opening = _opens_sentence(words[0], sentence)
    return capitals and opening and bool(_DATELINE_END.match(sentence, words[-1].end()))


def _opens_sentence(word: re.Match[str], sentence: str) -> bool:
    before = sentence[: word.start()].rstrip(" \"'‘“(")
    return not before or before.endswith((".", ":", "!", "?"))


def _known_word(text: str) -> bool:
    """Give whether text is an English word lemminflect knows (so not a name by itself)."""
    return text.isalpha() and known_word(text)
