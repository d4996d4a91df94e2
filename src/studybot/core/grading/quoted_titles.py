"""A title in quotation marks ("«Из Сибири»", '"On the Heavens"') is a name given whole: its prepositions and
conjunctions are part of it ("«Через Сибирь»" or "«По Сибири»" name another book), and a word of the question
inside it is no word the question gives ("Сибирь" of "...о дороге через Сибирь?" is not the title «Из Сибири»).
An accepted wording is read so when it is quoted or when it is the card's quoted answer without its marks."""

from __future__ import annotations

from ..matching import Prepared, find_phrase

__all__ = ["title_changed"]

_OPEN, _CLOSE = "«\"“„'‘", "»\"”“'’"
_ARTICLES = frozenset(("a", "an", "the"))  # (English articles may be dropped from a title: "Grapes of Wrath")


def _quoted(text: str) -> str | None:
    """The words inside the quotation marks that enclose a whole text, or None."""
    text = text.strip().rstrip(".")
    if len(text) > 2 and text[0] in _OPEN and text[-1] in _CLOSE and not any(c in text[1:-1] for c in "«»\"“”"):
        return text[1:-1].strip()
    return None


def is_title(wording: str, answer: str) -> bool:
    """Is an accepted wording a quoted title: quoted itself, or the card's quoted answer written without marks?"""
    if _quoted(wording) is not None:
        return True
    inner = _quoted(answer)
    return inner is not None and inner.casefold() == wording.strip().casefold()


def title_changed(wording: str, answer: str, ref: Prepared, got: Prepared) -> bool:
    """Does an answer that matched a quoted title's words leave out or change one of its prepositions or
    conjunctions, or match it only by skipping the question's words? Then it names another title."""
    if not is_title(wording, answer):
        return False
    content = set(ref.content())
    wanted = [w for i, w in enumerate(ref.words) if i not in content and w.isalpha() and w not in _ARTICLES]
    if any(w not in got.words for w in wanted):
        return True
    return bool(content) and find_phrase(ref, got) is None
