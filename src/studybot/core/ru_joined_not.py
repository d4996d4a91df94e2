"""A Russian adjective or participle denied by "не" written apart is the word written joined, where the lexical table
(`wordnet_ru`) knows the joined word: "мостик не устойчив" is "мостик неустойчив", "лучи не видимы" "лучи невидимы",
whose synonyms the table gives. Learners write the particle apart or together whatever the spelling rule says; the
adjective alone ("устойчив") stays the opposite. A joined word the table does not know stays apart as written ("не
ледокольный" stays a denial of "ледокол"; read as "неледокольный" it lost that): and so does a point's joined word
the table does not know ("нечувствительны"), since read apart it would lose its family ("неопытным" /
"неопытность"). Only before a full adjective or participle (by its ending) or a short form of a suffixed adjective
("-тельны", "-ивы", "-имы", "-ено"); never before a pronoun, an ordinal or a comparative's adjective ("не такой",
"не первый", "не лучший"), words of need and ability ("не нужно", "не должен"), a comparative ("не сильнее"), a form
that is also a verb's or a gerund's ("не видим", "не принимая"), a name ("Н.Е. Журов", read "не журов"), nor
where a contrast follows within three words ("не красный, а синий", "не западные фирмы, а сами страны": a correction,
judged on what is asserted). A rule of Russian spelling, no word of a text; the grader's (`preparing.read`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import wordnet_ru
from .text import normalise

__all__ = ["joined_not", "quality_word"]

# full forms of adjectives and participles, where no noun, gerund or verb ends so: not "-ее", "-ей" (a comparative's,
# "не сильнее"), "-ой" ("не ракетой"), "-ие" ("не решение") or "-ий" ("не критерий") but after a consonant no noun's
# stem ends in, "-им" ("не производим"), nor "-ая" but after "-ив", "-ов", "-к" or a consonant and "-н" ("не считая",
# "не начиная", "не понимая" are gerunds)
_FULL = re.compile(r"(?:ый|[кгхшщжч](?:ий|ие|им)|[сц]кой|(?:[^аеёиоуыэюя]н|ив|ов|к)ая|няя|ое|ые|ого|его|ому|ему|ым|ых"
                   r"|[кгхшщжч]их|ую|юю|ыми|[кгхшщжч]ими)$")
# short forms of suffixed adjectives and participles ("чувствительны", "устойчива", "применимы", "изучено"), not "-ена"
# ("не замена"), "-ив" ("не мотив")
_SHORT = re.compile(r"(?:телен|тельн[аоы]|[чл]ив[аоы]?|им[аоы]|ен[оы]|енн[аоы]|ано)$")
# pronouns, ordinals and determiners, comparatives' adjectives, need and ability: "не" before them is no prefix
_KEPT_STARTS = ("так", "сам", "кажд", "всяк", "люб", "перв", "втор", "трет", "последн", "котор", "эт", "тот", "тог",
                "том", "та", "те", "ин", "друг", "сво", "тво", "мо", "наш", "ваш", "чей", "лучш", "худш", "больш",
                "меньш", "высш", "низш", "старш", "младш", "нужн", "должн", "способн", "готов", "согласн", "одн",
                "вс", "цел", "полн", "совс", "очен", "обязательн", "достаточн", "возможн", "един")
_MIN = 6  # letters of the word after "не": shorter ones are mostly pronouns and verbs ("не видим", "не ново")
_DENIED = re.compile(r"(?<![^\W\d_])не ([^\W\d_]{6,})(?![^\W\d_])(?!(?:\s+[^\W\d_]+){0,3}\s*,?\s*(?:а|но)\s)")
_WORD = re.compile(r"[^\W\d_]+")


def quality_word(word: str) -> bool:
    """Is a word after "не" an adjective or participle (by its ending) that "не" may be joined to?"""
    return len(word) >= _MIN and not word.startswith(_KEPT_STARTS) and bool(_FULL.search(word) or _SHORT.search(word))


def joined_not(text: str, raw: str, stem: Callable[[str], str]) -> str:
    """A Russian text (normalised) with "не" joined to the adjective or participle it denies where the lexical table
    knows the joined word ("не устойчив": "неустойчив"); not to a word `raw` (the text as typed) writes with a
    capital, a name."""
    if "не " not in text:
        return text
    names = {normalise(w) for w in _WORD.findall(raw) if w[:1].isupper()}

    def join(m: re.Match[str]) -> str:
        word = m.group(1)
        return "не" + word if quality_word(word) and word not in names and _known("не" + word, stem) else m.group(0)

    return _DENIED.sub(join, text)


def _known(word: str, stem: Callable[[str], str]) -> bool:
    """Does the lexical table know the word, or the full form of a short one ("неустойчив": "неустойчивый")?"""
    full = (word[:-1] if word.endswith(("а", "о", "ы")) and _SHORT.search(word) else word) + "ый"
    return any(wordnet_ru.fields(stem(word))) or bool(_SHORT.search(word)) and any(wordnet_ru.fields(stem(full)))
