"""How far a negator that is a preposition reaches: "without" and "без" deny the phrase they govern, not the clause
that goes on after it. In "without him the rival teams quarrelled" and "без него команды ссорились" the teams did
quarrel: the phrase after "without" ends at a pronoun, or (English) at a word followed by an article, determiner or
pronoun that opens the next phrase ("without wolves the deer grazed"). "without any real power", "без всякой
помощи" keep their words in reach.

Nor does any negator reach into a relative clause of a noun after it: in "the old cannon could not fire the shell
(that) he made" and "пушки не могли стрелять снарядом, который он сделал" he did make it; the clause opens with a
relative word ("that", "which", "who", "который") or, in English, with a subject pronoun after a noun its determiner
makes one ("the shell he made"). The noun itself is what both verbs are said of (`relative_heads`): a wording that
its clause makes ("he made a shell") is not denied by the other verb's negation. Only function words of each
language, no word of a text."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .lexicon_roles import DETERMINERS

__all__ = ["beyond_reach", "relative_heads"]

WITHOUT = {"en": frozenset(("without",)), "ru": frozenset(("без", "безо"))}
PRONOUNS = {"en": frozenset("him her them it me us you".split()),
            "ru": frozenset("него неё нее них меня нас вас тебя себя".split())}


def beyond_reach(words: list[str], n: int, i: int, code: str, stop: frozenset[str]) -> bool:
    """Is the word at `i` past the phrase that the negator at `n` ("without", "без") governs, or in a relative clause
    of a noun after the negator ("did not fire the shell he made": made)?"""
    if any(_opens_relative(words, k, code) for k in range(n + 2, i)):
        return True
    if words[n] not in WITHOUT.get(code, ()):
        return False
    pronouns = PRONOUNS[code]
    openers = DETERMINERS["en"] | PRONOUNS["en"] if code == "en" else frozenset()
    return any(words[k] in pronouns or words[k] not in stop and words[k + 1] in openers for k in range(n + 1, i))


_RELATIVES = frozenset("that which who whom".split())  # English; Russian "который" in any form: "котор-"
_SUBJECTS = frozenset("he she they we i you".split())  # opening an English clause of a noun with no relative word


def _opens_relative(words: list[str], k: int, code: str) -> bool:
    """Does the word at k open a relative clause of the noun before it: "который" (any form), or in English "that",
    "which", "who" or a subject pronoun after a noun its determiner makes one ("the shell (that) he made"; not "said
    that he made": no noun)?"""
    if code == "ru":
        return words[k].startswith("котор")
    if code != "en" or not (words[k] in _RELATIVES or words[k] in _SUBJECTS) or k < 2:
        return False
    return words[k - 1] not in DETERMINERS["en"] and words[k - 1].isalpha() \
        and any(words[d] in DETERMINERS["en"] for d in range(max(0, k - 3), k - 1))


def relative_heads(words: list[str], clauses: list[int], positions: Iterable[int], code: str,
                   negated: Callable[[int], bool]) -> frozenset[int]:
    """The positions among `positions` of nouns whose relative clause right after them holds another of `positions`
    not `negated`: "shell" of "could not fire the shell he made", where "he made a shell" is made. Such a noun is
    said of the relative clause's verb too, unnegated there, whatever the verb before it says."""
    at = sorted(positions)
    return frozenset(j for j in at if j + 1 < len(words) and _opens_relative(words, j + 1, code)
                     and any(p > j + 1 and clauses[p] == clauses[j + 1] and not negated(p) for p in at))
