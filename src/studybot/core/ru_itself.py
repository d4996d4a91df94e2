"""Russian "сам" of emphasis before a noun: "кислота не растворяет сам металл" says what "... не растворяет металл"
says, so "сам" there is no word a point needs. Before a verb it says who did it alone ("он сам открыл"), and it stays;
nor are its forms shared with "самый" ("самой", "самого") read so. Function words only, no word of a text."""

from __future__ import annotations

import re

from .wordnet_ru import parts_of_speech

__all__ = ["itself_dropped"]

_ITSELF = re.compile(r"(?<![\w-])(?:сам|сама|само|сами|саму) ([^\W\d_]+)")


def itself_dropped(text: str) -> str:
    """`text` (normalised) without each "сам" of emphasis right before a word that is no verb."""
    if "сам" not in text:
        return text
    return _ITSELF.sub(lambda m: m.group(0) if "v" in parts_of_speech(m.group(1)) else m.group(1), text)
