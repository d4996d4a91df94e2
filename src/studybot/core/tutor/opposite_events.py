"""The opposite event of the same things: "when did the ferry leave Harwick?" is not answered by "the ferry arrived
at Harwick in 1820", "who entered the tunnel first?" not by "the first to exit the tunnel was ...".

A question asking who, when, where or how many of an event says it by a verb; a passage that says that verb's opposite
(English: WordNet's antonyms of the verb, "leave" / "arrive", "enter" / "exit", "rise" / "fall"; Russian: the
lexicon's opposites of a verb form, "принять" / "отклонить") and no form of the verb itself tells of the other event,
whose time, place or actor is not the one asked, when that opposite is the passage's one verb (an inflected one in
English, any form in Russian): a passage telling of several events may say the one asked in words of its own
("Molotov arrived ..., and on 2 July walked out" for "when did he leave?"). The next passage that answers and does
not is taken, else the tutor declines. Beginnings and ends ("open" / "close", "begin" / "end") are `phases`' and told
by more verbs there.
Measured in round 42 without the one-verb condition: development replies moved the wrong way ("when did Molotov leave
the talks?" lost "arrived ..., walked out"), held out -2 answered; with it, nothing measured moved.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .. import wordnet
from .verbs_ru import is_verb_form
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .ranking import Ranker, Scored
    from .words import Words

__all__ = ["opposite_told", "telling_own_event"]


@lru_cache(maxsize=1 << 12)
def _verb_bases(word: str) -> frozenset[str]:
    """The verbs an English word is a form of ("left": "leave"), itself when it is one."""
    return wordnet.base_forms(word, "v") if word.isalpha() else frozenset()


def _opposites_en(word: str) -> frozenset[str]:
    return frozenset().union(*(wordnet.antonyms(b, "v") for b in _verb_bases(word)))


def opposite_told(q: Question, doc: Doc, words: Words) -> bool:
    """Does a passage say the opposite of a verb of a who / when / where / how-many question and no form of it?"""
    wants = q.wants
    if not (wants.person or wants.dated or wants.place or wants.numeric) or wants.reason or wants.manner \
            or wants.yes_no:
        return False
    tokens = [t.casefold() for t in WORD.findall(doc.text)]
    code = words.lang.code
    for u in q.units:
        if u.name or u.light or " " in u.text:
            continue
        if code == "en":
            opposite = _opposites_en(u.text)
            verbs = [t for t in tokens if t not in words.stop and _verb_bases(t) - {t}]  # inflected: "arrived"
            if opposite and len(verbs) == 1 and _verb_bases(verbs[0]) & opposite and not any(
                    _verb_bases(t) & _verb_bases(u.text) for t in tokens):
                return True
        elif code == "ru" and is_verb_form(u.text):
            opposite = words.lang.word_opposites.get(u.stem, frozenset())
            stems = [words.stem(t) for t in tokens if is_verb_form(t)]
            if len(stems) == 1 and stems[0] in opposite and u.stem not in stems:
                return True
    return False


def telling_own_event(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The best-ranked passage that answers the question and does not tell of the opposite event only."""
    from .supplying import telling  # here: `supplying` reads the questions this module is asked of

    words = ranker.library.words
    return telling(ranker, q, ranked, lambda doc: not opposite_told(q, doc, words))
