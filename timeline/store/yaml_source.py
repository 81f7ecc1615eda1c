"""Where things are in events.yaml text: the safe YAML 1.2 parser, problems with their line and
column, and the locator that finds a path like ("events", 7, "date") in the node tree.

Split from timeline/store/validate.py, which decides what is wrong; this module says where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from timeline.characters import FORBIDDEN, describe, has_forbidden

# What the fast reader cannot vouch for: tags (which it drops silently), anchors and aliases,
# escapes that may write a forbidden character, several documents or directives. A false alarm
# ("Q3: *provisional*") only costs speed: the full parser decides.
_INDICATOR = re.compile(r"(?:^|[\[{,:?-])[ \t]*[!&*]", re.MULTILINE)
_ESCAPE = re.compile(r"\\[0abvfexuUN]")
_DOCUMENT_MARKERS = ("---", "...", "%")

# YAML 1.2 core schema: only these plain scalars are not strings.
_CORE_SCHEMA = (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with events.yaml, where it is, and what is wrong."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class _StrictLoader(yaml.SafeLoader):
    """A safe YAML 1.2 loader that notes every tag, anchor and alias, and every forbidden
    character a double-quoted escape writes, then reads on as if they were not there.

    Reading on lets validation report every other problem too. An alias is read as null, never
    expanded, so an alias bomb costs nothing.
    """

    yaml_implicit_resolvers: dict = {}  # noqa: RUF012 (PyYAML's class-level registry)

    def __init__(self, text: str, name: str) -> None:
        super().__init__(text)
        self.name = name
        self.refused: list[Problem] = []
        self.plain = True  # no tag, anchor or alias: the data is what the text says

    def _refuse(self, mark: yaml.Mark, message: str, plain: bool = False) -> None:
        self.refused.append(Problem(self.name, mark.line + 1, mark.column + 1, "", message))
        self.plain = self.plain and plain

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self.get_event()
            self._refuse(event.start_mark, f"an alias (*{event.anchor}) is not allowed: {_PLAIN}")
            return yaml.ScalarNode("tag:yaml.org,2002:null", "", event.start_mark, event.end_mark)
        if getattr(event, "anchor", None) is not None:
            self._refuse(event.start_mark, f"an anchor (&{event.anchor}) is not allowed: {_PLAIN}")
            event.anchor = None
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            self._refuse(event.start_mark, f"the tag {shown} is not allowed: {_PLAIN}")
            event.tag = None
            if isinstance(event, yaml.ScalarEvent):
                event.implicit = (event.style is None, event.style is not None)
        if isinstance(event, yaml.ScalarEvent):
            for found in FORBIDDEN.finditer(event.value):
                self._refuse(event.start_mark, _forbidden_message(found.group()), plain=True)
        return super().compose_node(parent, index)


_PLAIN = "events.yaml holds plain data"


def _forbidden_message(character: str) -> str:
    return f"a {describe(character)} is not allowed; delete it"


def _core_int(loader: _StrictLoader, node: yaml.ScalarNode) -> int:
    # YAML 1.2: "012" is twelve, not PyYAML's YAML 1.1 octal ten.
    text = loader.construct_scalar(node)
    return int(text, 16) if text.startswith("0x") else int(text)


for _tag, _pattern, _first in _CORE_SCHEMA:
    _StrictLoader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
_StrictLoader.add_constructor("tag:yaml.org,2002:int", _core_int)


@dataclass
class ParsedText:
    """The data in events.yaml text, with the node tree that says where each part is."""

    data: Any
    root: yaml.Node | None
    plain: bool = True  # False: a tag, anchor or alias was read past, so the data is a guess


def parse_text(text: str, name: str) -> tuple[ParsedText | None, list[Problem]]:
    """Give the data of YAML text (safe, plain data only) and every problem reading it found.

    The data is None when the text cannot be parsed at all; then the last problem says where.
    Tags, anchors, aliases and forbidden characters are problems, but the data is still read
    (tags ignored, aliases as null; `plain` says whether that happened).
    """
    problems = forbidden_characters(text, name)
    if problems:  # the parser stops at the first; blank them (same length) to read on
        text = FORBIDDEN.sub("\ufffd", text)
    loader = _StrictLoader(text, name)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        return None, [*problems, *loader.refused, _yaml_problem(name, error, text)]
    except (yaml.YAMLError, ValueError) as error:
        position = getattr(error, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else 1
        return None, [*problems, *loader.refused, Problem(name, line, 1, "", _one_line(str(error)))]
    finally:
        loader.dispose()
    return ParsedText(data, root, loader.plain), [*problems, *loader.refused]


def forbidden_characters(text: str, name: str) -> list[Problem]:
    """Give a problem for each control character or noncharacter written in text."""
    if not has_forbidden(text):
        return []
    problems = []
    for found in FORBIDDEN.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - line_start + 1
        problems.append(Problem(name, line, column, "", _forbidden_message(found.group())))
    return problems


def _yaml_problem(name: str, error: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    message = error.problem or error.context or "invalid YAML"
    if mark is not None and _character_at(text, mark.line, mark.column) == "\t":
        message = "a tab character: YAML indentation must use spaces"
    elif "could not determine a constructor" in message:
        message = f"{message.split('for the', 1)[-1].strip()} is not allowed: plain data only"
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return Problem(name, line, column, "", _one_line(message))


def _character_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n")
    return lines[line][column : column + 1] if line < len(lines) else ""


def _one_line(message: str) -> str:
    return " ".join(message.split())


def needs_full_parser(text: str) -> bool:
    """Give whether text may hold a tag, an anchor or alias, a forbidden character (written or
    escaped), a directive or several documents."""
    # Plain substring searches first: a regex over every position of a 5 MB file costs more
    # than the whole fast read.
    if has_forbidden(text):
        return True
    if ("!" in text or "&" in text or "*" in text) and _INDICATOR.search(text):
        return True
    if "\\" in text and _ESCAPE.search(text):
        return True
    return text.startswith(_DOCUMENT_MARKERS) or any(
        f"\n{marker}" in text for marker in _DOCUMENT_MARKERS
    )


def duplicate_keys(root: yaml.Node | None, locate: Locator) -> list[Problem]:
    """Give a problem for each key written twice in a mapping (YAML would keep the last)."""
    problems = []
    stack: list[tuple[yaml.Node, tuple]] = [(root, ())] if root is not None else []
    while stack:
        node, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = key_node.value
                if key in seen:
                    where = Problem(
                        locate.name,
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        _path_text(path + (key,)),
                        f'"{key}" is written twice in this mapping',
                    )
                    problems.append(where)
                seen.add(key)
                if isinstance(value_node, yaml.CollectionNode):
                    stack.append((value_node, path + (key,)))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                if isinstance(item, yaml.CollectionNode):
                    stack.append((item, path + (index,)))
    return problems


def _path_text(loc: tuple) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class Locator:
    """Find the line and column of a path like ("events", 7, "date") in the node tree."""

    def __init__(self, name: str, root: yaml.Node | None) -> None:
        self.name = name
        self.root = root

    def position(self, loc: tuple) -> tuple[int, int]:
        node = self.root
        mark = node.start_mark if node is not None else None
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                pair = next((p for p in node.value if p[0].value == str(part)), None)
                if pair is None:
                    break
                mark, node = pair[0].start_mark, pair[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if not 0 <= part < len(node.value):
                    break
                node = node.value[part]
                mark = node.start_mark
            else:
                break
        return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)

    def problem(self, loc: tuple, message: str, path: tuple | None = None) -> Problem:
        line, column = self.position(loc)
        return Problem(
            self.name, line, column, _path_text(path if path is not None else loc), message
        )
