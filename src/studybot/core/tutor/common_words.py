"""Words of the language itself, which a question's spelling correction leaves as typed: a word the learner typed
that is one of the language's in a frequent sense is meant, not a misspelling of a word of the pack one letter away
("scare" is no "scarce"; "вверх" no "верх", "пошла на спад" no "прошла", "в честь" no "в часть"); the text may say
it otherwise. English: a word WordNet knows in a frequent sense. Russian: a stem the synonym table's first two fields
hold (Wiktionary's and the thesaurus's, `wordnet_ru.entry`), unless the correction is a form of the word itself, its
ending changed ("пролив" / "пролива", which Snowball stems apart). Other languages have no such list: every unknown
word may be a misspelling."""

from __future__ import annotations

from collections.abc import Callable
from os.path import commonprefix

from .. import wordnet, wordnet_ru
from ..language import Language

__all__ = ["common_word"]

ENDING = 2  # letters at the end of the shorter word that a form of it may change ("противоречат", "противоречит")


def common_word(word: str, lang: Language, correct: Callable[[str], str]) -> bool:
    """Is a lower-case word one of its language's frequent words, which `correct` (asked only then) would not only
    give another ending (see the module)?"""
    if lang.code == "en":
        return wordnet.known(word)
    if lang.code != "ru" or not wordnet_ru.entry(lang.stem(word)):
        return False
    fixed = correct(word)
    return len(commonprefix((word, fixed))) < min(len(word), len(fixed)) - ENDING
