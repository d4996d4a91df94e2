"""Synonym groups only the grader reads in a learner's answer, not the tutor in a question
(`language.grading_language`): a Russian country named by its people ("немцы" for "Германия", `lexicon_ru_peoples`;
English has its demonyms in `relational.groups`, which both read) and getting rid of a thing for taking it away
("избавляются от" for "удаляют", `lexicon_ru_own_words.RU_REMOVING`), giving a thing back for returning it
("не отдаёт вклады" for "не возвращает", `RU_GIVING_BACK`); in English catching sight of a thing for seeing
it ("could not spot the raiders" for "could not see them", `lexicon_seeing.EN_SPOTTED`), and an illness for a disease
(`lexicon_en_answer_words`). In the tutor's shared groups
they moved questions it answered right to sentences that do not answer them. And the grader's own words of rising and
falling (`answer_directions`): the future and present of the Russian verbs of growing and falling ("вырастет",
"возрастёт", "упадёт"), as their past forms ("вырос", "упал") are in `lexicon_ru.UP` / `DOWN` (in the tutor's tables
they moved one reply the wrong way), and a body's weight gained or lost ("потолстел", "похудел"). Only general
vocabulary: nothing of one text."""

from __future__ import annotations

from .lexicon_en_answer_words import EN_ANSWER_WORDS
from .lexicon_paraphrase import GRADED_DEMONYMS
from .lexicon_ru_answer_words import RU_ANSWER_VERBS
from .lexicon_ru_own_words import RU_GIVING_BACK, RU_REMOVING
from .lexicon_ru_peoples import RU_PEOPLES
from .lexicon_seeing import EN_SPOTTED

__all__ = ["answer_directions", "answer_groups"]


def answer_groups(code: str) -> tuple[tuple[str, ...], ...]:
    """The grader's own synonym groups of a language."""
    if code == "ru":
        return (*RU_PEOPLES, RU_REMOVING, RU_GIVING_BACK, *RU_ANSWER_VERBS)
    return (EN_SPOTTED, *EN_ANSWER_WORDS, *(tuple(g.split()) for g in GRADED_DEMONYMS.split("|"))) if code == "en" \
        else ()


# what will happen is said as often as what did ("что станет со скоростью?": "вырастет в 3 раза", "упадёт вдвое")
_RU_UP = frozenset("вырасти вырастет вырастут вырастает вырастают возрасти возрастет возрастут возрастает возрастают "
                   "увеличится увеличатся".split()) | frozenset(
    # a thing raised or lowered, said by the short participle, as "увеличен", "уменьшен" are ("давление понижено" for
    # "давление ниже"). Not the transitive "повышает" / "понижает": read as directions, a check pack's answer that
    # says both of two things the other way round was accepted
    "повышен повышена повышено повышены".split())
_RU_DOWN = frozenset("упасть упадет упадут".split()) | frozenset(
    "понижен понижена понижено понижены снижен снижена снижено снижены сокращен сокращена сокращено сокращены".split())
# a body's weight: gained ("потолстел на 10 кг", "располнел") or lost ("похудел"), every form a stem of its own; not
# "поправился" (its stem is "поправить", to correct) nor "пополнел" (read near "пополнилось", was replenished)
_RU_UP |= frozenset("потолстел потолстела потолстели располнел располнела располнели".split())
_RU_DOWN |= frozenset("похудел похудела похудели похудеть похудеет похудеют".split())


def answer_directions(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The grader's own words of rising and of falling in a language, beside its lexicon's."""
    return (_RU_UP, _RU_DOWN) if code == "ru" else (frozenset(), frozenset())
