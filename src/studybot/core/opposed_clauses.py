"""A phrase's words found in two clauses of an answer, where the clause of its other words says the opposite of
one of them: "the cellar was wet, but the attic dry" does not say "the attic stayed wet", nor "экспорт дорогой, а
импорт дешёвый" "импорт был дорогим" (the roles swapped between the clauses). And a point's words the question
gives, which the answer need not repeat, said by it only denied ("парус не убирают, когда ветер усиливается" for
"парус убирают, если ветер усиливается", asked "когда убирают парус?"): the point said the other way round."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .language import language
from .lexicon_degree import DEGREE_PAIRS
from .lexicon_negative import AUXILIARIES, GOVERNING_NEGATORS
from .text import normalise
from .wordnet_ru import parts_of_speech

if TYPE_CHECKING:
    from .matching import Prepared

__all__ = ["given_denied", "opposed_elsewhere"]


@lru_cache(maxsize=4)
def _scales(code: str) -> dict[str, frozenset[str]]:
    """The two ends of each scale of `lexicon_degree.DEGREE_PAIRS` ("dry" / "wet", "дешёвый" / "дорогой"), by stem."""
    lang, ends = language(code), dict[str, frozenset[str]]()
    for a, b in DEGREE_PAIRS.get(code, ()):
        sa, sb = lang.stem(normalise(a)), lang.stem(normalise(b))
        ends[sa], ends[sb] = ends.get(sa, frozenset()) | {sb}, ends.get(sb, frozenset()) | {sa}
    return ends


def opposed_elsewhere(phrase: Prepared, answer: Prepared, positions: list[int]) -> bool:
    """Is a word of a scale at one of `positions` ("wet", "дорогой"), said of another thing (the only word of the
    phrase in a clause that names a thing the phrase does not), opposed by the other end of its scale ("dry",
    "дешёвый") in the clause of the phrase's other words found there? Not by a word the phrase says too. Only
    the scales a thing is said to have (adjectives of degree): a time word or a side of the world may go on
    a sentence about another thing ("замерзает позже и вскрывается раньше")."""
    clauses = answer.clauses
    if len({clauses[j] for j in positions}) < 2:
        return False
    scales, own, taken = _scales(answer.lang.code), set(phrase.stems), set(positions)
    content = answer.content()
    for p in taken:
        ends = scales.get(answer.stems[p])
        if not ends or any(clauses[j] == clauses[p] for j in taken if j != p) \
                or not any(clauses[j] == clauses[p] and answer.stems[j] not in own for j in content if j != p):
            continue  # said of no other thing ("low in the evaporator and high in the condenser": the same pressure)
        others = {clauses[j] for j in positions if clauses[j] != clauses[p]}
        if any(clauses[j] in others and j not in taken and answer.stems[j] in ends and answer.stems[j] not in own
               for j in content):
            return True
    return False


def given_denied(phrase: Prepared, answer: Prepared, skip: frozenset[str]) -> bool:
    """Does the answer deny, wherever it says it and right before it ("does not run", "не убирают"), a word of
    a phrase that denies nothing, a word that need not be found (`skip`: the question gives it; not a verb of
    having or giving, which any point may leave out)? "the ferry does not run when the wind is calm" answers
    "when does the ferry run?" with no "the ferry runs if the wind is calm"; "it runs when the wind is calm and
    does not run in storms" says it once plainly."""
    lex = answer.lang.lex
    if not skip or phrase.negated() or lex.negators.isdisjoint(answer.words) or not lex.negators.isdisjoint(skip):
        return False  # (a point that denies a thing may deny another word, "gave no land"; a question that denies,
        # "why did the bill not pass?", is answered with its denial)
    places, support = answer.stem_index(), {answer.lang.lemma_stem(w) for w in lex.support_verbs}
    return any(places.get(phrase.stems[i]) and all(_verb_denied(answer, j) for j in places[phrase.stems[i]])
               for i in phrase.content() if phrase.stems[i] in skip and phrase.stems[i] not in support)


def _verb_denied(text: Prepared, j: int) -> bool:
    """Is the word at j a verb denied right before it: "does not run", "never ran", "не убирают"?"""
    words, code = text.words, text.lang.code
    if j < 1 or words[j - 1] not in GOVERNING_NEGATORS.get(code, ()):
        return False
    if code == "ru":
        return "v" in parts_of_speech(words[j])
    return words[j - 1] == "never" or j >= 2 and words[j - 2] in AUXILIARIES.get(code, ())
