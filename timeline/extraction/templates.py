"""Headline templates filled with names: "{actor} takes over {target}" with its roles
canonical names, in the future form for a happening decided, not yet done ("… to take over"),
or, when no headline is made, a type's label with the names it concerns ("Company collapsed:
Working Links")."""

from __future__ import annotations

import re

from timeline.extraction.headlines import HEADLINE_LIMIT
from timeline.extraction.lemmas import lemma_of
from timeline.extraction.plural_subjects import plural_name

__all__ = ["fill_template", "future_form", "group_label", "label_title"]


def label_title(label: str, names: list[str]) -> str:
    """Give the title an event gets when its sentence makes no headline: its type's label and
    what it concerns ("Company collapsed: Working Links")."""
    for count in range(min(3, len(names)), 0, -1):
        title = f"{label}: {_joined(names[:count])}"
        if len(title) <= HEADLINE_LIMIT:
            return title
    return label


def fill_template(template: str, values: dict[str, list[str]]) -> str | None:
    """Give the headline template with its roles filled, or None when one is empty, when two
    roles name the same ("HM Inspectorate of Probation rates HM Inspectorate of Probation"), or
    when the headline would run past its limit (the next, shorter template is tried).

    A role of two names reads "A and B", of more "A, B and C"; a verb right after a plural
    first role, or one named as a set of rules, agrees with it ("Sodexo and Interserve win …").
    """
    wanted = re.findall(r"\{([a-z_]+)\}", template)
    if any(not values.get(role) for role in wanted):
        return None
    named = [name for role in wanted for name in values[role]]
    if len(set(named)) < len(named):
        return None
    text = template
    for role in wanted:
        text = text.replace("{" + role + "}", _joined(values[role]), 1)
    first = values[wanted[0]] if wanted else []
    plural = len(first) > 1 or len(first) == 1 and plural_name(first[0])
    if plural and template.startswith("{" + wanted[0] + "} "):
        text = _plural_verb_after(text, len(_joined(first)))
    return text[:1].upper() + text[1:] if len(text) <= HEADLINE_LIMIT else None


_OBJECT_OPENINGS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def future_form(template: str) -> str:
    """Give a headline template for a happening decided, not yet done, in the form headlines
    give it: the verb after the first role becomes "to" and its base ("{actor} takes over
    {target}" → "{actor} to take over {target}"); a template not so made is kept."""
    words = template.split(" ")
    slot = words[0].startswith("{")
    reach = 2 if slot else min(len(words), 5)  # "Offender management returns"
    objects = [i for i, word in enumerate(words[:reach]) if word.lower() in _OBJECT_OPENINGS]
    reach = min([reach, *objects])  # "Staff lose their jobs": "jobs" is no verb after "their"
    plural_subject = not any("VBZ" in lemma_of(word)[1] for word in words[1:reach])
    for index in range(1, reach):
        lemma, forms = lemma_of(words[index])
        if words[index] == "to":  # "Contracts to end early": already so
            break
        # "Services return", but not "work" in "Probation work transfers" nor "venture" in
        # "Joint venture wound up"
        participle_after = any(
            lemma_of(word)[1] & {"VBN", "VBD"} for word in words[index + 1 : reach]
        )
        # "Jobs cut" is passive: a participle spelt as the plural present ("cut", "set") is one
        plural_verb = "VBP" in forms and "VBN" not in forms and not slot and plural_subject
        plural_verb = plural_verb and _plural(words[index - 1])  # not "Legal action", "Pay deal"
        plural_verb = plural_verb and not participle_after
        # "Banking covenants breached": a noun before the participle, not a verb
        third_person = ("VBZ" in forms or plural_verb) and not participle_after
        if third_person and words[index].islower() and lemma not in _DECIDING:
            return " ".join([*words[:index], "to", lemma, *words[index + 1 :]])
        if "VBN" in forms and words[index].islower() and not slot and lemma not in _DECIDING:
            # "Contracts signed"; but "Contract termination announced" is the deciding
            return " ".join([*words[:index], "to be", *words[index:]])
        if forms & {"VBD"} and not slot:
            break
    return template


def _plural(word: str) -> bool:
    """Give whether a word may be the plural subject of a present verb: "Services", "Staff"."""
    lower = word.lower()
    return lower in _COLLECTIVE or lower.endswith("s") and lemma_of(lower)[0] != lower


_COLLECTIVE = frozenset(["staff", "police", "people", "management", "crew"])


# A headline whose verb already tells the decision ("{actor} agrees to pay penalty") says
# what happened: the agreeing.
_DECIDING = frozenset(["agree", "decide", "announce", "plan", "intend", "propose", "vow", "serve"])


def group_label(names: list[str], noun: str, plural: str) -> list[str]:
    """Give names as a headline shows them: each with its noun, or "three CRCs" past two."""
    if len(names) > 2:
        count = _NUMBER_WORDS[len(names) - 2] if len(names) - 2 < len(_NUMBER_WORDS) else len(names)
        return [f"{count} {plural}"]
    return [f"{name} {noun}" for name in names]


_NUMBER_WORDS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _plural_verb_after(text: str, position: int) -> str:
    head, _, rest = text[position:].lstrip().partition(" ")
    lemma, forms = lemma_of(head.lower())
    if "VBZ" in forms:  # "goes" → "go", "passes" → "pass"
        head = lemma
    return f"{text[:position]} {head} {rest}".rstrip()
