"""YAML data files read into pydantic models: every problem one line naming the file and line."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from timeline.errors import VocabularyError

__all__ = ["fail_on", "load_model"]


def _line_of(text: str, location: tuple[Any, ...]) -> str:
    """Give ":line" of the YAML node at location (a pydantic error loc), or "" if not found."""
    if not location:
        return ""  # an error about the whole file (a duplicate alias) has no one line
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return ""
    for part in location:
        if isinstance(node, yaml.MappingNode):
            found = [value for key, value in node.value if key.value == part]
            if not found:
                break
            node = found[0]
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
        else:
            break
    return f":{node.start_mark.line + 1}" if node is not None else ""


def load_model(path: Path | resources.abc.Traversable, model: type[BaseModel]) -> BaseModel:
    """Give the YAML file at path as model; VocabularyError "file:line: where: what" if unfit."""
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_UniqueKeys)  # a SafeLoader refusing a key twice
    except OSError as error:
        raise VocabularyError(f"{path}: cannot read: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise VocabularyError(f"{where}: {getattr(error, 'problem', error)}") from None
    try:
        loaded = model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        _fail(path, text, tuple(first["loc"]), first["msg"].removeprefix("Value error, "))
    for loc, message in getattr(loaded, "problems", list)():
        _fail(path, text, loc, message)
    return loaded


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, ten times faster


class _UniqueKeys(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    """A safe loader that refuses a key written twice in one mapping: the second would silently
    replace the first (a frame given two `title:` lines keeps only the last)."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"{key!r} is written twice in one entry", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def fail_on(path: Path, problems: list[tuple[tuple[Any, ...], str]]) -> None:
    """Raise VocabularyError "file:line: where: what" for the first of problems, if any."""
    if problems:
        loc, message = problems[0]
        _fail(path, path.read_text(encoding="utf-8"), loc, message)


def _fail(path: object, text: str, loc: tuple[Any, ...], message: str) -> None:
    where = f"{path}{_line_of(text, loc)}"
    location = ".".join(str(part) for part in loc)
    raise VocabularyError(f"{where}: {location + ': ' if location else ''}{message}") from None
