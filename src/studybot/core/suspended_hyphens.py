"""Suspended hyphens: "alpha-, beta- and gamma-rays", "pre- and post-war", "альфа-, бета- и гамма-излучение" say
the last word's tail after each part left hanging on its hyphen; they are read written out ("alpha-rays, beta-rays
and gamma-rays"). A part in capitals ("OH-, гидроксид-ионы": an ion's charge) hangs nothing."""

from __future__ import annotations

import re

__all__ = ["write_out_suspended"]

_PART = r"[^\W\d_]+"
_JOIN = r"(?:,\s*(?:(?:and|or|и|или)\s+)?|\s+(?:and|or|и|или)\s+)"
_SERIES = re.compile(rf"(?<![\w-])((?:{_PART}-\s*{_JOIN})+)({_PART})-({_PART})")
_HANGING = re.compile(rf"({_PART})-(?=\s*{_JOIN})")


def _written_out(match: re.Match[str]) -> str:
    hanging, last, tail = match.group(1), match.group(2), match.group(3)
    parts = _HANGING.findall(hanging) + [last]
    if any(sum(c.isupper() for c in part) > 1 for part in parts):
        return match.group(0)  # a symbol with its charge, not a word's first part
    return _HANGING.sub(lambda m: f"{m.group(1)}-{tail}", hanging) + f"{last}-{tail}"


def write_out_suspended(text: str) -> str:
    """`text` with every series of suspended hyphens written out in full."""
    if "-" not in text:
        return text
    return _SERIES.sub(_written_out, text)
