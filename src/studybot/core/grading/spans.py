"""Spans of two figures an answer or a wording gives ("150-250", "50,000-60,000 years", "200 to 300", "1634-1637"):
each end as a quantity. The quantity reader takes a dash's span as one figure (its first end); here its second end
is read too. Notation only, no word of a text."""

from __future__ import annotations

import re
from dataclasses import replace

from ..quantities import Quantity

__all__ = ["dashed", "span_ends", "spans", "years_counted"]

# a span of two figures: "150-250", "50,000-60,000 years", "200 to 300", "от 700 до 1200" (not "from about 200 to
# 300", "с 60 до 28": a change)
_SPAN = re.compile(r"(?<![\w.,-])(\d[\d,.]*)(?:\s?(-)\s?| to | до )(\d[\d,.]*)(?![\w.,-])")
_FROM = re.compile(r"(?:\bfrom|(?<!\w)со?) (?:[^\W\d_]+ )?$")
# a dash a figure follows, as the second end of a span does ("35-40", "35 - 40 km", "35 km - 40 km"): not a pause in a
# sentence ("вчетверо больше первого — около 39 км") nor a hyphen between letters ("A-T only has 2")
_BEFORE_FIGURE = re.compile(r"-\s*\d")


def dashed(text: str) -> bool:
    """Does `text` hold a dash that may join two figures as a span, a figure right after it (`_BEFORE_FIGURE`)?"""
    return "-" in text and _BEFORE_FIGURE.search(text) is not None


def spans(text: str, lang: str, given: list[Quantity]) -> list[tuple[Quantity, Quantity, bool]]:
    """The spans of two figures an answer gives ("150-250", "50,000-60,000 years", "200 to 300"): each end as a
    quantity. The quantity reader takes a dash's span as one figure (the first): its second end is the first's
    quantity, scaled, and not among the figures read (False)."""
    if "-" not in text and " to " not in text and " до " not in text:
        return []
    decimal_comma = lang == "ru"
    out = []
    for m in _SPAN.finditer(text):
        if _FROM.search(text, 0, m.start()):
            continue  # "from 60 to 28": a change
        start = next((q for q in given if _written_as(q, m.group(1))), None)
        if start is None:
            continue
        if m.group(2) is None:
            end = next((q for q in given if _written_as(q, m.group(3)) and q is not start), None)
            if end is not None:
                out.append((start, end, True))
            continue
        first, second = (_plain_figure(m.group(i), decimal_comma) for i in (1, 3))
        if first and second is not None and second != first:
            out.append((start, replace(start, value=start.value * second / first, text=m.group(3)), False))
    return out


def _written_as(q: Quantity, figure: str) -> bool:
    """Is a quantity written with this figure ("50,000" of "50,000 years"; not "10" of "1023")?"""
    return q.text.startswith(figure) and (len(q.text) == len(figure) or not q.text[len(figure)].isdigit()
                                          and q.text[len(figure)] not in ",.")


def _plain_figure(text: str, decimal_comma: bool) -> float | None:
    """A figure as digits: "50,000" (a decimal comma in Russian: "2,5")."""
    text = text.rstrip(".,")
    text = text.replace(",", ".") if decimal_comma else text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def span_ends(text: str, lang: str, given: list[Quantity]) -> list[Quantity]:
    """The second ends of a text's dash spans that the quantity reader did not read ("1637" of "1634-1637")."""
    return [end for _, end, read in spans(text, lang, given) if not read]


# a span of two years in brackets: "(1891-1936)", "(1891 to 1936)"
_YEARS = re.compile(r"\((?:from )?(1\d{3}|20\d{2})\s?(?:-|to)\s?(1\d{3}|20\d{2})\)")


def years_counted(text: str, years: float) -> str:
    """A text without the span of years in brackets that its duration is counted over ("45 years (1891-1936)": the
    reader's working, not a second figure offered), when the years between its ends are that duration; else the
    text as it is."""
    def working(m: re.Match[str]) -> str:
        return " " if abs(int(m.group(2)) - int(m.group(1)) - years) <= 1 else m.group(0)
    return _YEARS.sub(working, text)
