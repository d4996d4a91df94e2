"""The grader's Language of a pack: the general one with the words only the grader reads in a learner's answer, and the
words of the pack's notes (`Language.with_vocabulary`); the tutor keeps `language.language`."""

from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache

from .answer_groups import answer_directions, answer_groups
from .language import LANGUAGES, Language
from .lexicon import Lexicon
from .lexicon_verb_opposites import EN_GRADER_OPPOSITES, RU_GRADER_OPPOSITES

__all__ = ["grading_language"]


@lru_cache(maxsize=64)
def grading_language(code: str = "en", synonyms: tuple[tuple[str, ...], ...] = (),
                     vocabulary: frozenset[str] = frozenset()) -> Language:
    """`language`, with the synonym groups only the grader reads in a learner's answer (`answer_groups`:
    "немцы" for "Германия") and the words of the pack's notes (`Language`); the tutor keeps `language`."""
    return _grading_base(code, synonyms).with_vocabulary(vocabulary)


@lru_cache(maxsize=64)
def _grading_base(code: str, synonyms: tuple[tuple[str, ...], ...]) -> Language:
    """`grading_language` before a pack's words: its tables are the same for every pack of these synonyms."""
    return Language(_grading_lexicon(code), synonyms, answer_groups(code))


@cache
def _grading_lexicon(code: str) -> Lexicon:
    """A language's lexicon with the grader's own words of rising and falling (`answer_directions`) and its own
    opposites (`EN_GRADER_OPPOSITES`, `RU_GRADER_OPPOSITES`)."""
    lexicon = LANGUAGES[code]
    up, down = answer_directions(code)
    # "went on" / "stopped", "поддерживал" / "осуждал" (the tutor's lexicon lacks them)
    opposites = EN_GRADER_OPPOSITES if code == "en" else RU_GRADER_OPPOSITES if code == "ru" else ()
    return replace(lexicon, up=lexicon.up | up, down=lexicon.down | down,
                   antonyms=lexicon.antonyms + opposites) if up or down or opposites else lexicon
