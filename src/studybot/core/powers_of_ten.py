"""A figure written with a power of ten, read as the figure it is: "3.2 × 10^3 km" is 3200 km, "10^6" a million,
"1,6·10⁻¹⁹ Кл" 0.00000000000000000016 C, "3.2e3" 3200. Scientific notation is the same in every language, so is
this rule: the mantissa may take a decimal point or comma, the sign of multiplication is ×, x, *, · or ⋅, and the
exponent is written after ^ or ** or in superscript digits (it must be read before Unicode normalisation makes
"10³" the figure 103). A product without an exponent ("10 × 10 = 100") is left as written."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["powers_written_out"]

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_MANTISSA = r"(?:(?P<m>\d+(?:[.,]\d+)?)\s*(?:[x×*·⋅]|\\cdot)\s*)?"
_EXPONENT = r"(?:\s*(?:\^|\*\*)\s*(?P<e>[-−–+]?\d{1,3})|(?P<s>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))"
_POWER = re.compile(rf"(?<![\w.,]){_MANTISSA}10{_EXPONENT}(?![\w^])")
_E_NOTATION = re.compile(r"(?<![\w.,])(?P<m>\d+(?:\.\d+)?)[eE](?P<e>[-+]?\d{1,3})(?![\w.])")
_CUES = ("^", "**", "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹")


def _written_out(mantissa: str | None, exponent: str) -> str | None:
    """The figure a mantissa times ten to an exponent is, in digits with a decimal point (None if unreadable)."""
    try:
        value = Decimal((mantissa or "1").replace(",", ".")).scaleb(int(exponent.replace("−", "-").replace("–", "-")))
    except (InvalidOperation, ValueError):
        return None
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _power(m: re.Match[str]) -> str:
    exponent = m.group("e") if m.group("e") is not None else m.group("s").translate(_SUPERSCRIPT)
    return _written_out(m.group("m"), exponent) or m.group()


def _e_notation(m: re.Match[str]) -> str:
    return _written_out(m.group("m"), m.group("e")) or m.group()


def powers_written_out(text: str) -> str:
    """`text` with every figure written with a power of ten written out in digits ("3.2 × 10^3" -> "3200")."""
    if "10" in text and any(cue in text for cue in _CUES):
        text = _POWER.sub(_power, text)
    if "e" in text or "E" in text:
        text = _E_NOTATION.sub(_e_notation, text)
    return text
