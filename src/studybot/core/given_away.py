"""A section title that gives a card's answer away. The app shows a question with the title of its section
("Who made the gas first? — Scheele and fire air"); a title that holds the answer of a short, numeric, date or
choice card, or one of its accepted wordings or the answer's aliases, tells the learner what to type. The app
shows such a title only after the answer (as the source); `studybot validate` names the titles and prompts the
grader itself takes for the answer. An alias group names one thing whichever of its names is the key. Read without
the grader or the lexicon (the first question is shown at start-up): the answer's words, those of three letters or
fewer aside ("the", "of", "в"; unless it has no other), each found in the title as written or in another form (a
shared beginning: "tyres" / "tyre", "Калифорнии" / "Калифорния"), a figure as written."""

from __future__ import annotations

from collections.abc import Mapping

from .packs import Card
from .text import words

__all__ = ["KINDS", "title_gives_away"]

KINDS = ("short", "numeric", "date", "choice")  # an answer a title can hold whole
_SHORT = 3  # words of at most this many letters are left aside: articles, prepositions, conjunctions


def _words(text: str) -> list[str]:
    return [w.removesuffix("'s").removesuffix("’s") for w in words(text)]  # "Scheele's" names Scheele


def _near(want: str, have: str) -> bool:
    """One word, perhaps in another form: equal, or a shared beginning of all but the shorter one's last letter
    (at least four letters) and an ending of at most three letters more."""
    if want == have:
        return True
    if not want.isalpha() or not have.isalpha():
        return False  # a figure as written: "1784" is no "1785"
    short, long = sorted((want, have), key=len)
    return len(short) >= 4 and long.startswith(short[:len(short) - 1]) and len(long) - len(short) <= 3


def title_gives_away(card: Card, title: str, aliases: Mapping[str, tuple[str, ...]]) -> bool:
    """Does a section's `title` hold the answer of `card` (or a wording it accepts, or an alias of its answer)?"""
    if card.kind not in KINDS or not title:
        return False
    have = _words(title)
    answers = (card.answer, *card.accept)
    named = {" ".join(_words(text)) for text in answers}
    # an alias group names one thing both ways: the answer may be its key or one of its variants ("Dover Strand"
    # under `the Strand: [Dover Strand]`), and each of the group's names gives it away
    wordings = (*answers, *(other for name, variants in aliases.items()
                            if not named.isdisjoint(" ".join(_words(n)) for n in (name, *variants))
                            for other in (name, *variants)))
    for wording in wordings:
        said = _words(wording)
        need = [w for w in said if not (w.isalpha() and len(w) <= _SHORT)] or said
        if need and all(any(_near(w, h) for h in have) for w in need):
            return True
    return False
