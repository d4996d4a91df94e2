"""A question that asks whose a thing is ("In whose workshop did the fire start?", "Чья мастерская сгорела?") is
answered by naming the owner: "Farrow" for "Jacob Farrow's workshop", "Фарроу" for "мастерская Якоба Фарроу". The
card's wording in which an owner has the thing (an English possessive, "X's Y"; in Russian the thing and then a name
in capitals) gives its owner as another wording, which the pack's aliases and the name rules widen as any other.
A rule of how people answer "whose"; no word of a text."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["owners"]

_ASKS = {"en": re.compile(r"(?<![\w'])whose(?![\w'])", re.IGNORECASE),
         "ru": re.compile(r"(?<!\w)(?:чей|чья|чьё|чье|чьи|чьего|чьей|чьему|чьим|чьём|чьем|чью|чьих|чьими)(?!\w)",
                          re.IGNORECASE)}
# "Jacob Farrow's workshop", "the king's baker": the owner, then the thing in one or two words
_EN_OWNED = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?$", re.IGNORECASE)
# "мастерская Якоба Фарроу": the thing in one or two words, then a name of capitalised words
_RU_OWNED = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s+((?:[А-ЯЁ][^\W\d_]*\.?\s*){1,3})$")


def owners(prompt: str, wordings: Iterable[str], code: str) -> list[str]:
    """The owners that `wordings` give a thing, when `prompt` asks whose it is; none otherwise."""
    asks = _ASKS.get(code)
    if asks is None or not asks.search(prompt):
        return []
    owned = _EN_OWNED if code == "en" else _RU_OWNED
    return [m.group(1).strip() for w in wordings if (m := owned.match(w.strip()))]
