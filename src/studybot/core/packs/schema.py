"""The JSON Schema of the pack format, generated from the field table.

Editors with the YAML language server complete and check packs with it, showing each
field's description. content/pack.schema.json is this schema as `studybot schema`
prints it (a test keeps the two equal). The schema is a helper for editors: the
checker stays the judge (it also checks, say, that a card's section exists).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any, Final, assert_never

from .fields import OBJECTS, Field, ObjectName
from .model import FORMAT, ID_PATTERN, KINDS

__all__ = ["SCHEMA_DIALECT", "pack_schema"]

SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
_TEXT: Final = {"type": "string", "minLength": 1}
_TEXTS: Final = {"oneOf": [_TEXT, {"type": "array", "items": _TEXT}]}

Schema = dict[str, Any]
"""A JSON Schema (sub)document."""


def pack_schema() -> Schema:
    """The JSON Schema (draft 2020-12) of a pack file, with a description for every
    field; a new document on each call (nothing in it is shared)."""
    return deepcopy({
        "$schema": SCHEMA_DIALECT,
        "$id": "https://studybot.invalid/pack.schema.json",
        "title": f"studybot question pack (format {FORMAT})",
        **_object("pack"),
    })


def _object(name: ObjectName) -> Schema:
    spec = OBJECTS[name]
    out: Schema = {"type": "object", "description": spec.description, "additionalProperties": False}
    required = [f.name for f in spec.fields if f.required or set(f.required_for) == set(KINDS)]
    if required:
        out["required"] = required
    out["properties"] = {f.name: _field(f) for f in spec.fields}
    if name == "card":
        out["allOf"] = [_kind_rule(kind, spec.fields) for kind in KINDS]
    return out


def _kind_rule(kind: str, fields: tuple[Field, ...]) -> Schema:
    """Cards of `kind` have only the fields that kind uses, and the ones it needs."""
    return {
        "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
        "then": {
            "required": [f.name for f in fields if f.required or kind in f.required_for],
            "propertyNames": {"enum": [f.name for f in fields if kind in f.kinds]},
        },
    }


def _field(f: Field) -> Schema:
    description = f.description
    if f.kinds != KINDS:
        description += f" Cards of kind {' or '.join(f.kinds)} only."
    out: Schema = {**_shape(f), "description": description}
    if f.default is not None:
        out["default"] = f.default
    return out


def _shape(f: Field) -> Schema:
    """The schema of a value of `f`'s type."""
    match f.type:
        case "text":
            return dict(_TEXT)
        case "cloze":
            return {**_TEXT, "pattern": r"\{\{.+?\}\}"}
        case "texts":
            return dict(_TEXTS)
        case "list":
            return {"type": "array", "items": _TEXT, **({"minItems": f.min_items} if f.min_items else {})}
        case "id":
            return {"type": "string", "pattern": ID_PATTERN}
        case "integer":
            return {"type": "integer", **_bounds(f)}
        case "number":
            return {"oneOf": [{"type": "number"}, {"type": "string", "pattern": r"^[+-]?[0-9_.eE+-]+$"}]}
        case "tolerance":
            return {"oneOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": r"^[0-9.]+%?$"}]}
        case "format":
            return {"const": FORMAT}
        case "enum":
            return {"enum": list(f.values)}
        case "date":
            return {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
        case "object" | "objects" | "keypoints":
            return _nested(f)
        case "aliases":
            return {"type": "object", "additionalProperties": _TEXTS}
        case "groups":
            return {"type": "array", "items": {"type": "array", "items": _TEXT, "minItems": f.min_items}}
        case _:
            assert_never(f.type)


def _bounds(f: Field) -> Schema:
    if f.bounds is None:
        return {}
    lo, hi = f.bounds
    return {"minimum": lo} if hi is None else {"minimum": lo, "maximum": hi}


def _nested(f: Field) -> Schema:
    if f.of is None:
        raise ValueError(f"the field '{f.name}' names no object")
    item = _object(f.of)
    if f.type == "object":
        return item
    if f.type == "keypoints":
        item = {"oneOf": [_TEXT, item]}
    return {"type": "array", "items": item, **({"minItems": f.min_items} if f.min_items else {})}
