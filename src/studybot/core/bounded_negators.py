"""How far a negator that is a preposition reaches: "without" and "без" deny the phrase they govern, not the clause
that goes on after it. In "without him the rival teams quarrelled" and "без него команды ссорились" the teams did
quarrel: the phrase after "without" ends at a pronoun, or (English) at a word followed by an article, determiner or
pronoun that opens the next phrase ("without wolves the deer grazed"). "without any real power", "без всякой
помощи" keep their words in reach.

Nor does any negator reach into a relative clause of a noun after it: in "the old cannon could not fire the shell
(that) he made" and "пушки не могли стрелять снарядом, который он сделал" he did make it; the clause opens with a
relative word ("that", "which", "who", "который") or, in English, with a subject pronoun after a noun its determiner
makes one ("the shell he made"). The noun itself is what both verbs are said of (`relative_heads`): a wording that
its clause makes ("he made a shell") is not denied by the other verb's negation.

A privative said once before a run of nouns joined by "и" / "and" (and commas) governs each of them: "без света, воды
и связи" is "без света, без воды и без связи", "without light and water" is "without light and without water"
(`shared_privative`). Only a run of bare nouns ends so: in Russian each in the genitive that "без" governs, in English
one word each, the last joined by "and"; "without water, plants and animals die" says no "without animals". Only
function words and endings of each language, no word of a text."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .lexicon_roles import DETERMINERS
from .lexicon_ru_causing import GENITIVE, VERB_ENDINGS

__all__ = ["beyond_reach", "relative_heads", "shared_privative"]

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


_JOINS = {"en": frozenset(("and", "or")), "ru": frozenset(("и", "или"))}
_RUN = {"en": 1, "ru": 2}  # words of a noun of the run at most ("и горячей воды"; English: "and water")
_ADJECTIVE_GENITIVE = ("ого", "его", "ой", "ей", "ых", "их")  # of an adjective: "горячей воды", not "пастухи ушли"
_PHRASE = 2  # words of the privative's own noun phrase at most ("без горячей воды")


def shared_privative(words: list[str], clauses: list[int], i: int, code: str, stop: frozenset[str]) -> bool:
    """Is the word at `i` a noun of a run joined by "и" / "and" (and commas) whose first noun a privative governs at
    the end of an earlier clause ("без света, воды и связи": воды, связи)? Each noun of the run is a clause of its own
    that holds nothing else, and the run's last noun is joined by "и" / "and"."""
    privatives, c = WITHOUT.get(code), clauses[i]
    if not privatives or not c or privatives.isdisjoint(words[:i]):
        return False
    spans = _spans(clauses)
    at = next(k for k, (s, e) in enumerate(spans) if s <= i < e)
    if not _bare(words, *spans[at], code, stop):
        return False
    last = at
    while last + 1 < len(spans) and _bare(words, *spans[last + 1], code, stop):
        last += 1
    first = at
    while first > 0 and _bare(words, *spans[first - 1], code, stop):
        first -= 1
    if not first or words[spans[last][0]] not in _JOINS[code]:
        return False
    start, end = spans[first - 1]
    n = max((k for k in range(start, end) if words[k] in privatives), default=end)
    phrase = [w for w in words[n + 1:end] if not (code == "en" and w in DETERMINERS["en"])]  # ("without a bed")
    return 0 < len(phrase) <= _PHRASE and all(w not in stop and w not in PRONOUNS[code] for w in phrase)


def _spans(clauses: list[int]) -> list[tuple[int, int]]:
    """Each clause's (start, end) positions, in order."""
    out: list[tuple[int, int]] = []
    for k, c in enumerate(clauses):
        if not k or c != clauses[k - 1]:
            out.append((k, k))
        out[-1] = (out[-1][0], k + 1)
    return out


def _bare(words: list[str], start: int, end: int, code: str, stop: frozenset[str]) -> bool:
    """Is words[start:end] one bare noun of a run, after its "и" / "and" if any (English: its article too)? A Russian
    one in the genitive, no verb's form, with an adjective in the genitive before it if any."""
    body = [w for k, w in enumerate(words[start:end]) if not (k == 0 and w in _JOINS[code])
            and not (code == "en" and w in DETERMINERS["en"])]
    if not 0 < len(body) <= _RUN[code] or any(w in stop or not w.isalpha() for w in body):
        return False
    return code != "ru" or body[-1].endswith(GENITIVE) and not body[-1].endswith(VERB_ENDINGS) \
        and all(w.endswith(_ADJECTIVE_GENITIVE) for w in body[:-1])


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
