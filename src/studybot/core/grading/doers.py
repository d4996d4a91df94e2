"""A word and the noun of the one who does it, which English Snowball stems alike: "garden" / "gardener",
"command" / "commander", "report" / "reporter", "consume" / "consumer", "produce" / "producers". On a short card the
answer is a term: "the garden" names no gardener (in a keypoint "consumers buy less" said as "people consume less" is
a paraphrase, so only short answers ask this)."""

from __future__ import annotations

__all__ = ["doer_apart"]

_DOER_ENDINGS = {"en": ("er", "ers", "or", "ors")}


def doer_apart(a: str, b: str, code: str) -> bool:
    """Is one of two words the other with an ending of the one who does it ("garden" / "gardener")? (By letters
    alone: "wat" / "water" too; the caller asks it of two words Snowball stems alike.)"""
    endings = _DOER_ENDINGS.get(code)
    if endings is None or a == b:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if not long.startswith(short):
        return False
    rest = long[len(short):]
    return rest in endings or (short.endswith("e") and "e" + rest in endings)
