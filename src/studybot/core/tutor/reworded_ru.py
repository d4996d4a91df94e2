"""Russian for `reworded`: the word of the best passage that says a question's word in other words.

"Когда мотор заменили?" and "Двигатель заменили в 1912 году", "почему кабину сделали прочнее?" and "кабину сделали
крепче": a word of the question the passage does not say is met by a word of it that the Russian tables give as its
synonym (`wordnet_ru.wide_synonyms`: Wiktionary's and LibreOffice's thesaurus's main senses, and the thesaurus's
later senses and nouns, the third field of `data/lexical_ru.tsv`), in one part of speech by both words' endings (a
verb's form only a verb's). Keyed by Snowball stem, as the tables are. Function words of the passage never say
anything; a stem the question's word shares is the word itself (coverage's business). Rules and tables of the
language only, nothing of one text.
Measured on the Russian packs (benchmarks/tutor.py, round 13): TUNE answered 279 -> 280 of 377 (a question's noun
said with another noun in the passage), declines 111/120 kept; PROBE, check, held-out and fresh held-out unchanged.
Left out, measured: the thesaurus's third line too (the same figures, but "изменять" is "предавать" there); three
passages judged again instead of one (PROBE +1, a held-out decline lost); the wider table in the ranking's own
synonyms (`senses_ru`: a TUNE and a fresh held-out decline lost, one fresh answer fewer).
"""

from __future__ import annotations

from collections.abc import Callable

from .. import wordnet_ru

__all__ = ["saying_ru"]

_SHORTEST = 3  # letters of a stem: a shorter one stands for too many words


def saying_ru(word: str, passage: list[str], stop: frozenset[str] | set[str], stem: Callable[[str], str]
              ) -> str | None:
    """The word of a passage (its words in order) that says the Russian `word` in other words, if any."""
    own = stem(word)
    poses = wordnet_ru.parts_of_speech(word)
    sayers = wordnet_ru.wide_synonyms(own, poses) if len(own) >= _SHORTEST else frozenset()
    if not sayers:
        return None
    for other in passage:
        if other in stop or not other.isalpha():
            continue
        theirs = stem(other)
        if theirs != own and theirs in sayers and wordnet_ru.parts_of_speech(other) == poses:
            return other
    return None
