"""A question that asks whose a thing is ("In whose workshop did the fire start?", "Чья мастерская сгорела?") is
answered by naming the owner: "Farrow" for "Jacob Farrow's workshop", "Фарроу" for "мастерская Якоба Фарроу". The
card's wording in which an owner has the thing (an English possessive, "X's Y"; in Russian the thing and then a name
in capitals) gives its owner as another wording, which the pack's aliases and the name rules widen as any other.
A rule of how people answer "whose"; no word of a text.

A name of two capitalised words or more that an owner's possessive opens ("NASA's Deep Space Network", "Hale's Exton
Works") names the thing without its owner too (`unowned`), as a person's name after "Mill's pupil" does: the owner
says whose it is, the name which it is. Not a name that opens with an ordinal or "Last" ("Newton's Third Law",
"Fermat's Last Theorem": the owner tells which law) nor one ending in a word of laws and theorems."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["owners", "unowned"]

_ASKS = {"en": re.compile(r"(?<![\w'])whose(?![\w'])", re.IGNORECASE),
         "ru": re.compile(r"(?<!\w)(?:чей|чья|чьё|чье|чьи|чьего|чьей|чьему|чьим|чьём|чьем|чью|чьих|чьими)(?!\w)",
                          re.IGNORECASE)}
# "Jacob Farrow's workshop", "the king's baker": the owner, then the thing in one or two words
_EN_OWNED = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?$", re.IGNORECASE)
# "NASA's Deep Space Network": a capitalised owner of one to three words, its possessive, then the name
_OWNED_NAME = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+"
                         r"(?P<name>[A-Z][\w-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w-]*)+)$")
# the owner tells which one: "Newton's Third Law", "Fermat's Last Theorem", "Avogadro's Number"
_EPONYMOUS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last", "law", "laws",
                        "theorem", "rule", "principle", "constant", "number", "equation", "equations", "effect",
                        "paradox", "conjecture", "hypothesis", "disease", "syndrome", "method", "test", "problem"})
# "мастерская Якоба Фарроу": the thing in one or two words, then a name of capitalised words
_RU_OWNED = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s+((?:[А-ЯЁ][^\W\d_]*\.?\s*){1,3})$")


def owners(prompt: str, wordings: Iterable[str], code: str) -> list[str]:
    """The owners that `wordings` give a thing, when `prompt` asks whose it is; none otherwise."""
    asks = _ASKS.get(code)
    if asks is None or not asks.search(prompt):
        return []
    owned = _EN_OWNED if code == "en" else _RU_OWNED
    return [m.group(1).strip() for w in wordings if (m := owned.match(w.strip()))]


def unowned(wording: str) -> str | None:
    """The name an English wording gives after its owner's possessive, or None (see the module)."""
    m = _OWNED_NAME.match(wording.strip())
    if m is None:
        return None
    words = m["name"].casefold().split()
    return None if words[0] in _EPONYMOUS or words[-1] in _EPONYMOUS else m["name"]


def other_owner(wordings: Iterable[str], answer: str) -> str:
    """The owner an answer gives a name that a right wording owns otherwise ("NASA's" of "NASA's Tracking Array" for
    "ESA's Tracking Array": another owner's is another thing), or ""."""
    for wording in wordings:
        if (name := unowned(wording)) is None:
            continue
        owner = wording.strip()[:-len(name)].casefold().split()
        for m in re.finditer(r"([\w.-]+)['’]s?\s+" + re.escape(name.casefold()) + r"(?!\w)", answer.casefold()):
            if m[1] not in owner:
                return m[1]
    return ""
