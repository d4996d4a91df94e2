"""Declining a figure asked of one place that the reply says of another.

"Сколько действующих вулканов на Курильских островах?", "сколько гектаров чернозёма в Казахстане?": a question that
asks a figure of a place (a name after a preposition of place) asks the figure said of that place. A reply whose
figures are all said of another place ("На Камчатке около 30 действующих вулканов", "чернозёмы покрывают в мире около
230 миллионов гектаров; большая их часть лежит в России, на Украине и в Казахстане") tells another place's figure
with a source, and the tutor declines instead. A figure is said of a place by the clause that gives it: a sentence is
cut at ";", ":", a dash and ", а" / ", но" (the clause of a contrast); a clause that names a place asked (in any case
form, or by its adjective: "Антарктический ледниковый покров") says the figure of it, one that names none of them but
names another place after a preposition of place ("в России", "на Камчатке") or the whole world ("в мире") says it of
that one. A reply with no figure in a clause naming another place, or with one in a clause naming the place asked,
stands. Rules of Russian; no word of a text.
English (round 55) asks so too ("how many people died in Vell?", a name after "in", "at", "near", "across"), its
clauses parted at ";", ":", a dash and ", but" / ", while" / ", whereas", another place named after "in", "at", "near",
"across" or as the whole world: a reply is declined only when every clause of it giving a figure names another place,
since English often names a figure's place in another clause ("Florence was struck ...: about 60 percent died"; the
Russian rule's test, any figure of another place and none of the place asked, lost a development answer so). Measured
on every English question asking where or of what with such a preposition: held out declined +2, nothing else moved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import normalise
from .analysis import Question, Unit
from .counts import is_figure
from .words import WORD, Words

__all__ = ["place_of_figure_unsaid"]

ADJECTIVE_CUT = 2  # letters of a place's stem its adjective may change ("антарктид": "антарктическ")
SHARED_LEAST = 4  # ... keeping at least this many ("росси": "российск")
# where a sentence's clauses part: a semicolon, a colon, a dash between words, ", а" / ", но" before a contrast
CLAUSES = {"ru": re.compile(r"[;:]|\s[—–]\s|,\s+(?:а|но)\s"),
           "en": re.compile(r"[;:]|\s[—–]\s|,\s+(?:but|while|whereas)\s")}
# languages whose every figure of a reply must be said of another place: English often names the place of a figure
# in another clause or sentence than the figure ("Florence was struck ...: about 60 percent died")
EVERY_FIGURE = frozenset({"en"})
# a place named after a preposition of place, as the text writes it: "В России", "на Камчатке", "в мире"
ANOTHER_PLACE = {"ru": re.compile(r"(?<!\w)(?:[Вв]о?|[Нн]а|[Пп]од|[Оо]коло)\s+"
                                  r"(?:(?P<name>[А-ЯЁ][\w-]*)|мире\b|мира\b)"),
                 "en": re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross)\s+(?:the\s+)?(?:(?P<name>[A-Z][\w-]*)|world\b)"
                                  r"|\bworldwide\b")}


def _places_asked(q: Question, words: Words) -> list[Unit]:
    """The names a question writes after a preposition of place ("на Курильских островах", "в Казахстане")."""
    tokens = WORD.findall(q.text)
    asked = []
    for u in q.units:
        if not u.name or u.light:
            continue
        first = u.text.split()[0]
        at = next((i for i, t in enumerate(tokens) if t == first), 0)
        if at and tokens[at - 1] in words.tw.locatives:
            asked.append(u)
    return asked


def _names(token: str, stems: frozenset[str], words: Words) -> bool:
    """Does a word name one of the places asked, in any case form or by its adjective ("Антарктида": "антарктический",
    "Россия": "российский"): its stem, or a stem sharing all but the last `ADJECTIVE_CUT` letters of one asked (at
    least `SHARED_LEAST`)?"""
    said = {words.stem(token), words.name_stem(token)}
    return bool(said & stems) or any(
        s.startswith(stem[:max(SHARED_LEAST, len(stem) - ADJECTIVE_CUT)]) for s in said for stem in stems)


def place_of_figure_unsaid(q: Question, sentences: Iterable[str], words: Words) -> bool:
    """Does a question asking a figure of a place get a reply whose figures are said of another place only?"""
    code = words.lang.code
    if code not in CLAUSES or not q.wants.numeric or q.wants.yes_no or q.wants.reason or q.wants.dated:
        return False
    asked = _places_asked(q, words)
    if not asked:
        return False
    stems = frozenset[str]().union(*(u.stems or {u.stem} for u in asked))
    other = False
    for sentence in sentences:
        for clause in CLAUSES[code].split(sentence):
            tokens = WORD.findall(normalise(clause))
            if not any(is_figure(t, words) for t in tokens):
                continue
            if any(_names(t, stems, words) for t in tokens):
                return False  # a figure said of the place asked
            elsewhere = any(m.group("name") is None or not _names(normalise(m.group("name")), stems, words)
                            for m in ANOTHER_PLACE[code].finditer(clause))
            if code in EVERY_FIGURE and not elsewhere:
                return False  # English: a figure said of no place may be the one asked
            other = other or elsewhere
    return other
