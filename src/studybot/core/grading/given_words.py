"""A word of the answer standing where a right wording has a word the question gives, which the answer leaves out
("хлорид калия" for "хлорид натрия" when the question names "гидроксид натрия"): the answer names another thing.

Two wordings are not read so: one that names a person or a place (a capitalised word after its first: "Caesar
defeated Pompey", "в честь Александра Белла"), where names act and a middle name may stand between two of them; and
the question's own noun for the thing asked ("what is the LAYER called", "какими ЛИНЗАМИ"): a wording that repeats it
("the neutral layer") is made by an answer that names the kind in its own words ("the neutral plane", "цилиндрические
очки"), for the question itself says what kind of thing is asked, and the word that tells it apart is kept. Rules of
English and Russian questions, no word of one text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import wordnet_ru
from ..lexicon_heads import PRO_FORMS
from ..matching import Prepared

__all__ = ["asking_nouns", "given_words", "names_someone", "own_word_for", "put_in_place"]

_ASKING = {"en": frozenset(("which", "what")),
           "ru": frozenset("какой какая какое какие какого каких какую каким какими какому какою называется называются "
                           "называют называли назывался называлась".split())}
# between the asking word and its noun: a form of "be" ("what is the layer called") and an article
_BETWEEN = {"en": (frozenset(("is", "are", "was", "were")), frozenset(("the", "a", "an")))}
_WORD = re.compile(r"\w+")
_FAMILY = 2  # first letters an answer's word shares with the asked noun it stands for, from which it is of its family
ASKED_RUN = 2  # content words read after the asking word ("which caravan ROUTE", "какими ЛИНЗАМИ")


def _verb(word: str, code: str) -> bool:
    """Is a Russian word only a verb's form ("исправляют" of "какими линзами исправляют")? The run of the asked
    noun ends there (English: its first words after "what is the" are the noun's)."""
    return code == "ru" and wordnet_ru.parts_of_speech(word) == ("v",)


def asking_nouns(prompt: Prepared) -> frozenset[str]:
    """The stems of the content words right after the question's asking word ("what is the layer": layer; "which
    caravan route": caravan, route; "какими линзами исправляют": линз; "как называется слой": сло), in its clause,
    up to a verb: the noun the question asks the thing by. None after a verb ("what does tritium decay into")."""
    code = prompt.lang.code
    asking, content = _ASKING.get(code, frozenset()), set(prompt.content())
    be, articles = _BETWEEN.get(code, (frozenset(), frozenset()))
    out: set[str] = set()
    for i, word in enumerate(prompt.words):
        if word not in asking:
            continue
        j = i + 1
        j += j < len(prompt.words) and prompt.words[j] in be
        while j < len(prompt.words) and prompt.words[j] in articles:
            j += 1
        run = 0
        while j < len(prompt.words) and j in content and prompt.clauses[j] == prompt.clauses[i] and run < ASKED_RUN \
                and not _verb(prompt.words[j], code):
            out.add(prompt.stems[j])
            j, run = j + 1, run + 1
    return frozenset(out)


def names_someone(wording: str) -> bool:
    """Does a wording, as written, hold a capitalised word after its first (a name: "Sodium Chloride", "в честь
    Александра Белла"; a formula or an abbreviation, "NaCl", "UV", is no name)?"""
    return any(word[:1].isupper() and word[1:].islower() for word in _WORD.findall(wording)[1:])


def own_word_for(word: str, asked: str, code: str) -> bool:
    """Is an answer's word standing for the question's asked noun the learner's own word for that kind ("plane" for
    "layer", "очки" for "линзы"), not a figure, a pro-form ("ones": `heads` reads those) nor a word of its family that
    names another thing ("venule" for "vein", "arteriole" for "artery": the same first letters)?"""
    return word.isalpha() and word not in PRO_FORMS.get(code, frozenset()) and word[:_FAMILY] != asked[:_FAMILY]


def put_in_place(ref: Prepared, got: Prepared, told: frozenset[str], known: frozenset[str],
                 asked: frozenset[str] = frozenset()) -> str:
    """The answer's word standing beside a neighbour of a word of `told` (the wording's words the question gives)
    that the answer leaves out, in the same clause ("nitrogen, emitting an electron" for "nitrogen-14": a clause that
    goes on), and that is no word of a right wording or the question (`known`), nor the learner's own word for the
    question's asked noun (`asked`: `asking_nouns`, `own_word_for`)."""
    lang = got.lang
    for i in ref.content():
        if ref.stems[i] not in told or any(lang.word_match(ref.stems[i], got.stems[j]) >= 0 for j in got.content()):
            continue
        for near, step in ((i - 1, 1), (i + 1, -1)):  # a neighbour of the word, and the answer's word beside it
            if near not in ref.content():
                continue
            for j in got.content():
                k = j + step
                if got.stems[j] == ref.stems[near] and 0 <= k < len(got.words) and k in got.content() \
                        and got.clauses[k] == got.clauses[j] \
                        and not any(lang.word_match(got.stems[k], st) >= 0 for st in known) \
                        and not (len(got.words[k]) >= 3 and ref.words[i].startswith(got.words[k])) \
                        and "".join(got.words[min(j, k):max(j, k) + 1]) not in ref.words \
                        and not (ref.stems[i] in asked and own_word_for(got.words[k], ref.words[i], lang.code)):
                    return got.words[k]  # ("губ.", "wind handel": a word written apart is no other word)
    return ""


def given_words(ref: Prepared, wording: str, skip: frozenset[str]) -> Iterable[str]:
    """The wording's words the question gives (`skip`: the prompt's stems); none in a wording of more than three
    words (a claim, not a term) or one that names someone (`names_someone`)."""
    content = ref.content()
    if len({ref.stems[i] for i in content}) > 3 or names_someone(wording):
        return ()
    return (ref.stems[i] for i in content if ref.stems[i] in skip)
