"""English: a negation whose verb is left out because the clause before says it, "the wall fell but the tower did
not", "the mill closed, the forge did not". The clause-closing "did not" denies the verb of the clause before for its
own subject: the tower is negated, the wall is not. It denies the subject's head, the last word before the auxiliary
(an adverb of the clause passed over: "the tower alone did not", "the tower still did not"), and no word that
qualifies it: in "the wall fell but the old tower did not" the tower is not denied being old. A wording that says so
is met word by word ("the tower fell but the wall did not" makes no "the wall fell but the tower did not", nor does
"the wall did not fall but the tower did"; its denied subject is met by the subject of the verb said denied, "the
tower did not fall"), where a wording negated as a whole is met by any of its words negated. Only the order of
words: no word of any text.

A wording whose negation ends it and denies none of its words says that its subject refused or ceased (Russian
"военные отказались", "рабочие перестали", read "военные не": `lexicon_ru.PHRASES`): it is made by its words
followed, in their clause of the answer, by a negation ("военные отказались стрелять", "военные не стали
стрелять"; `refusal_made`), never by the words alone ("военные стреляли").

A wording negated only in words the question gives ("assembled without nails", "собран без гвоздей", asked about
nails), which are not sought in the answer, is negated where the answer says those words, denied alike ("put together
without any nails"; `denied_where_given`), not by the other words alone ("the frame was assembled with nails" makes
no such point).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon_negative import AUXILIARIES, EN_BE, GOVERNING_NEGATORS

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["closes_elided", "denied_where_given", "elided_subject", "negated_alike", "negation_differs",
           "refusal_made"]

# adverbs that may stand between the subject of an elided negation and its auxiliary ("the tower alone did not")
_BETWEEN = {"en": frozenset("still also too alone itself himself herself themselves however then yet though ever "
                            "certainly really either".split())}


def closes_elided(words: list[str], clauses: list[int], j: int, code: str) -> bool:
    """Is the word at j a negator after an auxiliary that closes its clause with no verb ("... the tower did not")?"""
    return (code == "en" and j > 0 and words[j] in GOVERNING_NEGATORS["en"] and words[j - 1] in AUXILIARIES["en"]
            and (j + 1 == len(words) or clauses[j + 1] != clauses[j]) and clauses[j - 1] == clauses[j])


def elided_subject(words: list[str], clauses: list[int], i: int, j: int, code: str) -> bool:
    """Is the word at i the head of the subject that the elided negation at j (`closes_elided`) denies: the last word
    before its auxiliary, after any adverbs there ("the old tower still did not": "tower", not "old" nor "still")?"""
    between, k = _BETWEEN.get(code, frozenset()), j - 2
    while k > 0 and clauses[k] == clauses[j] and (words[k] in between or len(words[k]) > 4 and words[k].endswith("ly")):
        k -= 1
    return k == i


def negated_alike(phrase: Prepared, answer: Prepared, wanted: tuple[Want, ...], positions: list[int]) -> bool | None:
    """For a wording with an elided negation: is each of its words found negated in the answer as it is in the
    wording? None when the wording has none (then the wording's negation is compared as a whole)."""
    words, clauses, code = phrase.words, phrase.clauses, phrase.lang.code
    if not any(closes_elided(words, clauses, j, code) for j in range(len(words))):
        plain = _plain_clause_denied(phrase, answer, wanted, positions)
        return plain if plain is not None else _each_denied(phrase, answer, wanted, positions)
    negated: dict[str, bool] = {}
    for i in phrase.content():
        negated.setdefault(words[i], phrase.negated_at(i))
    return all(_alike(negated.get(want.word, False), answer, j) for want, j in zip(wanted, positions, strict=True))


def _alike(denied: bool, answer: Prepared, j: int) -> bool:
    """Is the answer's word at j negated as a wording's word is (`denied`)? The subject an elided negation denies is
    also met by the subject of the verb said denied ("the tower did not fall" for "... but the tower did not")."""
    words, clauses, code = answer.words, answer.clauses, answer.lang.code
    return answer.negated_at(j) == denied or denied and denied_subject(words, clauses, j, code)


def denied_subject(words: list[str], clauses: list[int], j: int, code: str) -> bool:
    """Is the word at j the subject of a verb its clause denies right after it ("the tower did not fall"; not a
    state, "the tower was not old")?"""
    return (j + 3 < len(words) and words[j + 1] in AUXILIARIES.get(code, ()) and words[j + 1] not in EN_BE
            and words[j + 2] in GOVERNING_NEGATORS.get(code, ()) and clauses[j + 3] == clauses[j])


def negation_differs(point: Prepared, got: Prepared, pairs: list[tuple[int, int]]) -> bool:
    """Are the words of a long point found at `pairs` (its position, the answer's) negated otherwise than in the point:
    word by word when it has an elided negation ("the wall fell but the tower did not" is not met by "the wall fell but
    the tower was not old"), else as a whole?"""
    if any(closes_elided(point.words, point.clauses, i, point.lang.code) for i in range(len(point.words))):
        return any(point.negated_at(i) != got.negated_at(j) for i, j in pairs)
    return any(got.negated_at(j) for _, j in pairs) != any(point.negated_at(i) for i, _ in pairs)


_JOINING = frozenset(("и", "или", "and", "or"))  # words that join a thing to the one before it in a list


def _each_denied(phrase: Prepared, answer: Prepared, wanted: tuple[Want, ...], positions: list[int]) -> bool | None:
    """For a wording that denies things in two clauses or more ("не было ни воды, ни еды", "no water and no food"):
    False when one of the things it denies is found affirmed ("была вода, но не было еды"), else None (its negation
    compared as a whole)."""
    denied = [i for i in phrase.content() if phrase.negated_at(i)]
    if len({phrase.clauses[i] for i in denied}) < 2:
        return None
    words = {phrase.words[i] for i in denied}
    return False if any(want.word in words and not answer.negated_at(j) and _affirmed(answer, j, positions)
                        for want, j in zip(wanted, positions, strict=True)) else None


def _affirmed(answer: Prepared, j: int, positions: list[int]) -> bool:
    """Is the answer's word at j said in a clause of its own, with more than "and" and the words matched ("была
    вода", "а вода была"), not joined to a denial before it ("не было воды и еды": the food denied too)?"""
    return any(answer.clauses[k] == answer.clauses[j] and k not in positions and answer.words[k] not in _JOINING
               for k in range(len(answer.words)))


def _plain_clause_denied(phrase: Prepared, answer: Prepared, wanted: tuple[Want, ...],
                         positions: list[int]) -> bool | None:
    """For a wording that denies in one clause only: False when a word of a clause of it that denies nothing is
    found denied ("колокол не звонил, хотя на башне никого не было" for "колокол звонил, хотя на башне никого не
    было"), else None (the wording's negation compared as a whole)."""
    denying = {phrase.clauses[i] for i in range(len(phrase.words)) if phrase.negated_at(i)}
    if not denying:
        return None
    plain = {phrase.words[i] for i in phrase.content() if phrase.clauses[i] not in denying}
    return False if any(want.word in plain and answer.negated_at(j)
                        for want, j in zip(wanted, positions, strict=True)) else None


def refusal_made(phrase: Prepared, answer: Prepared, positions: list[int]) -> bool:
    """Is a wording that only says its subject refused ("военные не": negated, none of its words denied) met by its
    words (at `positions` of the answer) with a negation after them in their clause ("военные не стали стрелять"), not
    two ("военные не отказались стрелять")?"""
    if not positions or not phrase.negated() or any(phrase.negated_at(i) for i in phrase.content()):
        return False
    last, negators = max(positions), answer.lang.lex.negators  # (an odd count: "не отказались" is "не не")
    return sum(answer.words[k] in negators for k in range(last + 1, len(answer.words))
               if answer.clauses[k] == answer.clauses[last]) % 2 == 1


def denied_where_given(phrase: Prepared, answer: Prepared, positions: list[int], skip: frozenset[str]) -> bool:
    """Is a wording whose negation falls only on words the question gives (in `skip`: not sought) met by its other
    words (at `positions` of the answer) with those words said in their clauses, each denied ("assembled without
    nails" by "put together without any nails")?"""
    negated = [i for i in phrase.content() if phrase.negated_at(i)]
    if not negated or any(phrase.stems[i] not in skip for i in negated):
        return False
    clauses = {answer.clauses[j] for j in positions}
    theirs = [j for i in negated for j in answer.stem_index().get(phrase.stems[i], ()) if answer.clauses[j] in clauses]
    return bool(theirs) and all(map(answer.negated_at, theirs))
