"""How far a negator that is a preposition reaches: "without" and "без" deny the phrase they govern, not the clause
that goes on after it. In "without him the rival teams quarrelled" and "без него команды ссорились" the teams did
quarrel: the phrase after "without" ends at a pronoun, or (English) at a word followed by an article, determiner or
pronoun that opens the next phrase ("without wolves the deer grazed"). "without any real power", "без всякой
помощи" keep their words in reach. Only function words of each language, no word of a text."""

from __future__ import annotations

from .lexicon_roles import DETERMINERS

__all__ = ["beyond_reach"]

WITHOUT = {"en": frozenset(("without",)), "ru": frozenset(("без", "безо"))}
PRONOUNS = {"en": frozenset("him her them it me us you".split()),
            "ru": frozenset("него неё нее них меня нас вас тебя себя".split())}


def beyond_reach(words: list[str], n: int, i: int, code: str, stop: frozenset[str]) -> bool:
    """Is the word at `i` past the phrase that the negator at `n` ("without", "без") governs?"""
    if words[n] not in WITHOUT.get(code, ()):
        return False
    pronouns = PRONOUNS[code]
    openers = DETERMINERS["en"] | PRONOUNS["en"] if code == "en" else frozenset()
    return any(words[k] in pronouns or words[k] not in stop and words[k + 1] in openers for k in range(n + 1, i))
