"""A metric prefix written apart from its unit after a figure ("2.2 micro metres", "5 milli-seconds", "3 kilo
grams"): one unit, read as if written together ("micrometres"), never the bare unit with a stray word before it (so
"2.2 milli metres" is no 2.2 metres, and no 2.2 micrometres either). General: the prefixes are the SI's."""

from __future__ import annotations

import re
from collections.abc import Container

__all__ = ["joined_prefixes"]

_SPLIT = re.compile(r"(?<=\d )(pico|nano|micro|milli|centi|deci|kilo|mega|giga|tera)[ -]([a-z]+)")
_HINT = re.compile(r"pico|nano|micro|milli|centi|deci|kilo|mega|giga|tera")


def joined_prefixes(text: str, units: Container[str]) -> str:
    """`text` (normalised) with each prefix written apart after a figure joined to the unit that follows it, where
    the two together spell one of `units`."""
    if not _HINT.search(text):
        return text
    return _SPLIT.sub(lambda m: m.group(1) + m.group(2) if m.group(1) + m.group(2) in units else m.group(), text)
