"""Russian quality denied its equal degree, read as its lesser degree (as English "not so bitter" is "less bitter",
`linking.not_so_as_less`): "дорога не такая скользкая", "не столь скользкая", "не настолько скользкая", "не так
скользко" are "менее скользкая", "менее скользко". Only before an adjective (by its ending) or an adverb in "-о";
never with a second term ("не такая скользкая, как лёд": a comparison, left as it is), nor in idioms of amount, time
or emphasis ("не так много", "не так давно", "не такой уж"). A rule of Russian, no word of a text."""

from __future__ import annotations

import re

from .ru_families import ADJECTIVE_ENDINGS

__all__ = ["not_so_as_less"]

_SUCH = ("такой", "такая", "такое", "такие", "такого", "такую", "таким", "такими", "таком", "такому", "так", "столь",
         "настолько")
_NOT_SO = re.compile(rf"\bне (?:{'|'.join(_SUCH)}) ([^\W\d_]{{3,}})\b(?!\s*,?\s*(?:как|чем)\b)")
# amounts, times and emphasis: "не так много", "не так давно", "не такой уж" are no degree of a quality
_KEPT = frozenset(("много", "мало", "давно", "недавно", "скоро", "долго", "далеко", "часто", "редко", "уж", "уже",
                   "просто", "легко", "плохо", "хорошо"))


def _quality(word: str) -> bool:
    return word not in _KEPT and (word.endswith(ADJECTIVE_ENDINGS) or word.endswith("о"))


def not_so_as_less(text: str) -> str:
    """`text` (normalised Russian) with "не такая скользкая" read as "менее скользкая"."""
    if "не так" not in text and "не столь" not in text and "не настолько" not in text:
        return text
    return _NOT_SO.sub(lambda m: f"менее {m.group(1)}" if _quality(m.group(1)) else m.group(0), text)
