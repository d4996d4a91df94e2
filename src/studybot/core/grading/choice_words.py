"""Choice options as learners type them: an option that is a function word too, after a preposition ("in May", "by
May"; "в мае", "at Bergen" are found by their content words); an option after a preposition that makes it another
time ("before May", "после мая") or leaves it out ("except Riga"): no option; and an option that is a share named by its
fraction alone ("half" for "about half", "две трети" for "около двух третей"). Rules of the language, not of a
text: the words are prepositions and articles of English and Russian."""

from __future__ import annotations

import re

from ..lexicon_compare import APPROXIMATORS
from ..matching import Prepared

__all__ = ["after_preposition", "by_share", "shifted"]

# Prepositions that put a time before or after the one named, or leave the thing named out: "before May" is no May,
# "после 1850" no 1850, "except Riga" no Riga. (Not "by", "in", "at", "from", "к", "в": these say the time or the
# place itself; nor a place located by another, "near Poole", "под Ригой", "outside Paris": a place is often named
# by the town it lies by, so whether that answers is the question's, as for any answer.)
_SHIFTS = {
    "en": frozenset("before after until till prior since except besides without instead earlier later".split()),
    "ru": frozenset("до после перед ранее раньше позже позднее прежде кроме без вместо помимо".split()),
}
# words that may stand before such a preposition: "shortly after 1850", "задолго до мая"
_LEADS = frozenset("just shortly soon long well sometime right even сразу вскоре задолго незадолго чуть уже "
                   "ещё еще".split())
_ARTICLES = frozenset("the a an".split())


def _bare(text: Prepared) -> list[str]:
    """The stems of a text without its leading articles ("the northern route": northern route)."""
    k = 0
    while k < len(text.words) and text.words[k] in _ARTICLES:
        k += 1
    return text.stems[k:]


def _rest(got: Prepared, start: int) -> list[str]:
    """The stems of an answer from word `start` on, articles after it skipped."""
    while start < len(got.words) and got.words[start] in _ARTICLES:
        start += 1
    return got.stems[start:]


def shifted(options: list[Prepared], got: Prepared) -> bool:
    """Is the answer one option's words whole after a preposition that makes them another time or leaves them out
    ("before May", "after 1850", "после мая", "except Riga", "shortly after 1850"), in an option that has no such
    word itself?
    Then it names no option."""
    shifts = _SHIFTS.get(got.lang.code, frozenset())
    k = 1 if len(got.words) > 2 and got.words[0] in _LEADS else 0
    if len(got.words) < k + 2 or got.words[k] not in shifts:
        return False
    rest = _rest(got, k + 1 + (got.words[k + 1] in ("to", "than", "от", "of")))  # "prior to", "недалеко от"
    return any(rest == _bare(o) and not shifts & set(o.words) for o in options)


def after_preposition(options: list[Prepared], got: Prepared) -> int | None:
    """The one option whose words the answer says whole after function words ("in May", "by May"), when the answer
    has no content word: "may" is a function word too, so the option is found only so. Not after a negator, nor a
    preposition of `shifted`."""
    lex, shifts = got.lang.lex, _SHIFTS.get(got.lang.code, frozenset())
    if got.content():
        return None  # (words of content are found the usual way: "в мае", "at Bergen")
    for k in range(1, len(got.words)):  # ("may" is a function word too: the option may be one)
        if got.words[k - 1] not in lex.stop or got.words[k - 1] in lex.negators or got.words[k - 1] in shifts:
            return None
        same = [i for i, o in enumerate(options) if _bare(o) == got.stems[k:]]
        if len(same) == 1:
            return same[0]
    return None


def by_share(options: list[Prepared], got: Prepared) -> int | None:
    """The one option that says the share an answer gives by its fraction alone ("half", "a quarter", "2/3", "две
    трети", "треть"; a hedge may stand before it), when no other option says that share. An answer with any other
    word ("more than half", "less than a third") is left to the other rules."""
    if not any(_shares(o) for o in options):
        return None  # (the options' shares first, read once: most options say none, and the answer's go unread)
    said = _shares(got)
    if len(said) != 1:
        return None
    hedges = APPROXIMATORS.get(got.lang.code, frozenset())
    if any(not _fraction_word(w) for w in set(got.words) - hedges - _ARTICLES - {"one", "одна", "одну"}):
        return None
    same = [i for i, o in enumerate(options) if said[0] in _shares(o)]
    return same[0] if len(same) == 1 else None


# the genitive plural of Russian fractions, "(около) двух третей", "трёх четвертей", which the shares of a text leave
# unread (a passage's "двух третей" is read as it was: the tutor's ranking is not this rule's)
_RU_GENITIVE = re.compile(r"\b(?:2|двух) третей\b|\b(?:3|трех|трёх) четвертей\b")


def _shares(text: Prepared) -> tuple[float, ...]:
    """The shares a text says (`Prepared.shares`), and its Russian fraction in the genitive plural."""
    found = _RU_GENITIVE.search(text.text) if text.lang.code == "ru" else None
    if found is None or text.shares:
        return text.shares
    return (2 / 3,) if "трет" in found.group() else (0.75,)


_FRACTION_STEMS = ("half", "halv", "third", "quarter", "fourth", "fifth", "sixth", "tenth", "полови", "трет",
                   "четверт", "пят", "шест", "десят")


def _fraction_word(word: str) -> bool:
    """A figure ("0.5", "67", "2/3", "2") or a word of a fraction ("thirds", "трети")."""
    return word.replace(".", "").replace("/", "").isdigit() or word.startswith(_FRACTION_STEMS) \
        or word in ("two", "three", "две", "двух", "три", "трёх", "трех")
