"""The decision, once more: the best passage says a word of the question in other words (English, Russian).

The ranking's coverage meets a question's word by the word itself, its stem, the pack's synonyms and WordNet's
synonyms in a frequent sense of both words (`senses`). A passage may say it with a word no such table pairs with it:
"When did the storm hit the port?" and "The storm struck the port in 1703", "Where did the weavers run to?" and "Many
weavers fled north", "car" and "automobile", "tougher" and "harder". When `Ranker.choose` declines, the `TRIED`
best-ranked passages are judged again, the first that passes answering: every word of the question a passage does not
say is met by a word of it that says it in other words (`wordnet.kinds`: two fields of `data/lexical_en.tsv`, by
tools/build_wordnet_kinds.py: a synonym in one of the first senses of both, a kind of it, a similar adjective, in a
part of speech usual for both words), at the credit of a weak key (`Weights.partial_credit`), and the same thresholds
decide (`Ranker.answers`, `supplies`). Function words of the passage never say anything; names and figures are met
only by themselves. Russian words are met by its tables' synonyms, nouns and later senses included (`reworded_ru`,
`_sayer`); other languages have no table for it and keep the ranking's decision.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .. import wordnet
from ..text import normalise
from .analysis import Question, Unit
from .ranking import Ranker, Scored, supplies
from .reworded_ru import saying_ru
from .words import WORD, Words

__all__ = ["TRIED", "said_otherwise", "saying"]

TRIED = 1  # passages judged again, best first (three: TUNE +1, PROBE +1, but a fresh held-out decline lost)

# an adjective's comparative ("harder": "hard", `wordnet.detached`) only where the table has that adjective:
# "diver" is no form of "dive"; and the comparatives in -ier, which WordNet leaves to its lists of exceptions
_GRADES_Y = (("ier", "y"), ("iest", "y"))


def _lemmas(word: str) -> frozenset[str]:
    """The strings a word's lemma may be: itself, an irregular form's base, the word without a noun's or a verb's
    regular ending, or without a comparative's ending when that leaves an adjective."""
    found = {word} | set(wordnet.entry(word).bases) | wordnet.detached(word, ("n", "v"))
    graded = wordnet.detached(word, ("a",)) | {word[: len(word) - len(end)] + add for end, add in _GRADES_Y
                                               if word.endswith(end) and len(word) > len(end) + 1}
    return frozenset(found | {w for w in graded if wordnet.kinds_adjective(w)})


def saying(word: str, passage: list[str], stop: frozenset[str] | set[str]) -> str | None:
    """The word of a passage (its words in order) that says `word` in other words, if any."""
    own = _lemmas(word)
    sayers = frozenset().union(*(wordnet.kinds(w) or frozenset() for w in own))
    if not sayers:
        return None
    for other in passage:
        if other not in stop and other.isalpha() and not (_lemmas(other) & own) and _lemmas(other) & sayers:
            return other
    return None


def said_otherwise(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The first of the `TRIED` best-ranked passages that answers with the question's words it does not say met by
    its own words that say them otherwise (see the module's docstring); else None."""
    if _sayer(ranker.library.words) is None:
        return None
    return next((r for r in ranked[:TRIED] if _answers_reworded(ranker, q, r)), None)


def _sayer(words: Words) -> Callable[[str, list[str]], str | None] | None:
    """The language's `saying` (None: a language with no table for it)."""
    code, stop = words.lang.code, words.stop
    if code == "en":
        return lambda word, passage: saying(word, passage, stop)
    if code == "ru":
        return lambda word, passage: saying_ru(word, passage, stop, words.lang.stem)
    return None


def _answers_reworded(ranker: Ranker, q: Question, best: Scored) -> bool:
    words = ranker.library.words
    say = _sayer(words)
    if say is None:
        return False
    keys = best.doc.keys
    passage = WORD.findall(normalise(best.doc.text))
    units: list[Unit] = []
    met = False
    for u in q.units:
        if not u.name and u.text.isalpha() and (u.strong | u.weak).isdisjoint(keys) and \
                (other := say(u.text, passage)) is not None:
            u = replace(u, weak=u.weak | {k for k in words.keys(other, words.stem(other))[0] if k in keys})
            met = met or bool(u.weak & keys)
        units.append(u)
    if not met:
        return False
    asked = replace(q, units=tuple(units))
    coverage, own = ranker.coverage(best.doc, asked.units, asked.total)
    return ranker.answers(Scored(best.score, coverage, own, best.doc), asked) and supplies(best.doc, asked,
                                                                                            ranker.library.words)
