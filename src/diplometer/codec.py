"""Plain-dict encoding of the records in `diplometer.records`.

The store keeps each record as JSON, so every record type must survive
`from_dict(cls, to_dict(record)) == record`. Rather than hand-write one pair of functions per
record (and forget to update it when a field is added), the codec walks the dataclass fields and
their resolved type hints: dates become ISO strings, nested dataclasses become dicts, tuples and
lists become lists, and `None` stays `None`.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["from_dict", "to_dict"]


def to_dict(record: Any) -> dict:
    """Encode a dataclass instance as a JSON-ready dict (field order kept)."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"to_dict expects a dataclass instance, got {type(record).__name__}")
    return {f.name: _encode(getattr(record, f.name)) for f in dataclasses.fields(record)}


def from_dict(cls: type[T], data: dict) -> T:
    """Rebuild a `cls` instance from `to_dict` output.

    Keys the class does not know are ignored and missing keys fall back to the field default,
    so payloads written by a slightly older or newer record layout still load.
    """
    if not (dataclasses.is_dataclass(cls) and isinstance(cls, type)):
        raise TypeError(f"from_dict expects a dataclass type, got {cls!r}")
    if not isinstance(data, dict):
        raise TypeError(f"from_dict({cls.__name__}) expects a dict, got {type(data).__name__}")
    hints = _hints(cls)
    values = {name: _decode(hints[name], data[name]) for name in _init_fields(cls) if name in data}
    return cls(**values)


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, date):  # also datetime
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _decode(tp: Any, value: Any) -> Any:
    """Decode `value` to the declared type `tp`; unknown or plain types pass through."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return _decode_union(args, value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(a, v) for a, v in zip(args, value, strict=False)) if args else tuple(value)
    if origin is list:
        return [_decode(args[0], v) for v in value] if args else list(value)
    if origin is dict:
        return {k: _decode(args[1], v) for k, v in value.items()} if args else dict(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    if tp is datetime:
        return value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if tp is date:
        return value if isinstance(value, date) else date.fromisoformat(value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


def _decode_union(args: tuple, value: Any) -> Any:
    """`X | None` decodes as X; a wider union is only allowed over plain JSON types."""
    members = [a for a in args if a is not type(None)]
    if len(members) == 1:
        return _decode(members[0], value)
    for member in members:
        if isinstance(member, type) and isinstance(value, member):
            return value
    raise TypeError(f"cannot decode {value!r} as one of {members}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    """Resolved field types; records use `from __future__ import annotations`, so they are strings."""
    return typing.get_type_hints(cls)


@cache
def _init_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)
