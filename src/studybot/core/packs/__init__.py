"""Question packs: hardened YAML loading into plain dataclasses.

A pack is untrusted input written by hand. Loading it never raises anything but
`PackError`, which lists every problem found with file:line:column and what to
change. The loader

- caps the file size and the nesting depth,
- refuses anchors, aliases and explicit tags (no billion-laughs, no object tags),
- rejects duplicate keys, unknown fields and unknown card kinds,
- keeps every scalar as the string the author wrote (`no`, `010`, `12:30` stay text),
  converting to numbers only the fields that are numbers, with a clear error.

This package is the only part of studybot that parses YAML. Its modules:
`model` (the dataclasses), `yamlsafe` (hardened YAML reading), `fields` (the pack
format as one table of fields), `reader` and `objects` (reading values by their
type), `checker` (node tree to Pack), `cache` (loading files, with a cache of parsed
packs), `labelled` (labelled answers for measuring the grader), `schema` (the JSON
Schema editors use, from the field table). Import from the package itself.
"""

from .cache import load_pack
from .checker import load_pack_text
from .labelled import LabelledAnswer, load_labelled_answers
from .model import (
    FORMAT,
    KINDS,
    LANGUAGES,
    PRECISIONS,
    Card,
    CardKind,
    Keypoint,
    Language,
    Mistake,
    NumberSpec,
    Pack,
    PackError,
    Precision,
    Problem,
    Section,
    Severity,
    Source,
)
from .schema import pack_schema
from .yamlsafe import MAX_BYTES, MAX_DEPTH

__all__ = [
    "FORMAT",
    "KINDS",
    "LANGUAGES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "PRECISIONS",
    "Card",
    "CardKind",
    "Keypoint",
    "LabelledAnswer",
    "Language",
    "Mistake",
    "NumberSpec",
    "Pack",
    "PackError",
    "Precision",
    "Problem",
    "Section",
    "Severity",
    "Source",
    "load_labelled_answers",
    "load_pack",
    "load_pack_text",
    "pack_schema",
]
