"""What a headline leaves out of a sentence: bracketed asides, ", which …" clauses, a post
written between commas after a name (", the health secretary,") and a post a name follows
("the Secretary of State for Health, Andy Burnham," → "Andy Burnham")."""

from __future__ import annotations

import re

from timeline.extraction.title_objects import names_post

__all__ = ["without_asides"]

# Asides in brackets, ", which …," clauses, ", along with …,", ", chaired by …,", a span
# ", from X to Y," and ", for example," say something about a word, or how the writer got to
# it, not what happened.
_ASIDE = re.compile(
    r"\s*[(\[][^()\[\]]{0,200}[)\]]"
    r"|,\s+(?:which|who|whose|whom|along with|together with|as well as|alongside|including)\b"
    r"(?:[^,;:()]|,(?=\S)){0,150},(?=\s)"
    r"|,\s+(?:chaired|led|headed|run|owned|founded|set up)\s+by\s+[^,;:()]{1,80},(?=\s)"
    r"|,\s+(?:renamed|formerly|now called|later renamed|since renamed)\s+[^,;:()]{1,60},(?=\s)"
    r"|(?:,|(?<=,))\s+from\s+[^,;:()]{1,60}\s+to\s+[^,;:()]{1,60},(?=\s)"
    r"|,\s+(?:for example|for instance|however|in turn|in fact|of course|in particular|"
    r"by contrast|it seems|meanwhile|too|though),(?=\s)"
)

# A phrase set between a verb and its "that" clause: "ruled, on the authority's appeal, that"
# (a frame reads across it, so it may lie inside the trigger's words).
_BEFORE_THAT = re.compile(
    r",\s+(?:on|in|at|under|after|following|without)\s+(?:the|a|an|its|their|his|her)\s+"
    r"[^,;:()]{1,60},(?=\s+that\b)"
)


def without_asides(sentence: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """Give sentence without bracketed asides that do not hold the trigger and the descriptions
    of names inside it, and the moved span."""
    kept, position, shift, inside = [], 0, 0, 0
    appositions = [found.span() for found in _appositions(sentence)]
    appositions += [found.span() for found in _BEFORE_THAT.finditer(sentence)]
    found = [found.span() for found in _ASIDE.finditer(sentence)] + appositions
    for start, end in sorted([*found, *_posts_before_names(sentence)]):
        within = (start, end) in appositions and span[0] < start and end < span[1]
        if (start < span[1] and span[0] < end and not within) or start < position:
            continue  # an aside holding the trigger's words, but not a name's description
        kept.append(sentence[position:start])
        if end <= span[0]:
            shift += end - start
        else:
            inside += (end - start) * within  # "asked X, a former chair of the HSE, to lead"
        position = end
    kept.append(sentence[position:])
    return "".join(kept), (span[0] - shift, span[1] - shift - inside)


def _appositions(sentence: str) -> list[re.Match[str]]:
    """Give the asides that say what a name is, between commas after it ("Simon Stevens, NHS
    England's chief executive, told"): a headline names, it does not describe."""
    return [found for found in _APPOSITION.finditer(sentence) if _after_name(sentence, found)]


def _after_name(sentence: str, found: re.Match[str]) -> bool:
    words = sentence[: found.start()].split()
    return bool(words) and words[-1][0].isupper()


def _posts_before_names(sentence: str) -> list[tuple[int, int]]:
    """Give the spans of a post a name follows between commas, and of the comma after that name
    ("the Secretary of State for Health, Andy Burnham, announced" → "Andy Burnham announced"): a
    headline names the person."""
    spans = []
    for found in _POST_THEN_NAME.finditer(sentence):
        if names_post(found.group("post")):
            spans += [(found.start(), found.start("name")), (found.end() - 1, found.end())]
    return spans


# "the Secretary of State for Health, Andy Burnham,": a post in capitals, then a name.
_POST_THEN_NAME = re.compile(
    r"\b(?:(?i:the)\s+(?:[a-z]+\s+){0,2})?"
    r"(?P<post>[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){0,6}),\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),(?=\s)(?!\s+(?:who|which|whose|whom)\b)"
)
# The rest of a list of capitalised words inside a name: "(Housing,) Communities and Local
# Government".
_LIST_IN_NAME = r"(?:\s+[A-Z][\w&'’-]*)*\s+and\s+[A-Z]"
# ", the health secretary,", ", NHS England's chief executive,", ", one of the Inspectors of
# Constabulary,": what a name is, opening in lower case.
_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an|[A-Z][\w&.'’ -]{0,40}?['’]s)\s+[a-z]"
    r"|one\s+of\s+(?:the|its|their|(?:Her|His)\s+Majesty['’]s)\s+\w)[\w'’-]*"
    r"(?:\s+(?:[a-z][\w'’-]*|[A-Z][\w&'’-]*)){0,9}?"  # "a former chair of the HSE"
    r"(?:,\s+[A-Z][\w&'’-]*(?=" + _LIST_IN_NAME + r")(?:\s+[\w&'’-]+){1,4})?"  # "Housing, …"
    r",(?=\s)(?!" + _LIST_IN_NAME + ")"
)
