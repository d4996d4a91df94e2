"""A Russian question's word said another way in the text: its synonyms of Russian Wiktionary and of LibreOffice's
Russian thesaurus (`core.wordnet_ru`).

"Что тревожило купцов?" may be answered by "Купцов заботило ...", "когда гарнизон покидал крепость?" by
"гарнизон оставлял крепость ...": a word of a question that no passage holds is met by a synonym the table gives it
in its main sense (verbs, adjectives and adverbs, told by their endings, as the grader's `meaning`: nouns are a
text's terms), when the pack holds that synonym. The table is keyed by Snowball stem (a verb's stem and those of
its regular forms). A synonym weighs below the word itself (`Weights.synonym_credit`). Rules of the language only:
the table describes Russian, not one text."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from .. import wordnet_ru
from ..ru_families import ADJECTIVE_ENDINGS
from .aspects_ru import imperfective_synonyms
from .motion_ru import stem_motion_keys

if TYPE_CHECKING:
    from .words import Words

__all__ = ["other_words_ru", "parts_of_speech"]

_ADVERB_ENDING = "о"  # "быстро", "тайно": an adverb made from an adjective
_NOUN_ENDING = "ость"  # "крепость", "новость": a noun, though it ends as an infinitive does
_VERB: tuple[wordnet_ru.Pos, ...] = ("v",)
_ADJECTIVE: tuple[wordnet_ru.Pos, ...] = ("a",)
_ADVERB: tuple[wordnet_ru.Pos, ...] = ("r",)


def parts_of_speech(word: str) -> tuple[wordnet_ru.Pos, ...]:
    """The table's part of speech a question's word is looked up as, by its ending: a verb's form a verb, a full
    adjective's form an adjective, a word in "-о" an adverb; nouns and short forms none ("дороге" is no
    "дорогой", "друга" no "другой"): a noun is a text's term, and a short stem stands for too many words."""
    if wordnet_ru.parts_of_speech(word) == _VERB and not word.endswith(_NOUN_ENDING):
        return _VERB
    if word.endswith(ADJECTIVE_ENDINGS):
        return _ADJECTIVE
    return _ADVERB if word.endswith(_ADVERB_ENDING) else ()


def other_words_ru(word: str, words: Words, known: Container[str]) -> frozenset[str]:
    """The tutor's stems of a Russian word's synonyms (in its parts of speech) that the pack holds."""
    if not word.isalpha():
        return frozenset()
    st = words.lang.stem(word)
    poses = parts_of_speech(word)
    if not poses:
        return frozenset()
    found = wordnet_ru.synonyms(st, poses) | (imperfective_synonyms(word, st) if poses == _VERB else frozenset())
    found |= stem_motion_keys(found) if poses == _VERB else frozenset()  # "прибыл": "пришёл" (`motion_ru`)
    return frozenset(s for s in found if s != st and s in known)  # "отправили": "посылали" (`aspects_ru`)
