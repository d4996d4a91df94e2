"""A point that opens with the question's own word as its doer, made by an answer that names another thing in that
place (English, issue #11): "squares tile the floor with no gaps" does not make "triangles tile the floor with no
gaps", asked why the masons laid triangles on the floor. The question's words are no evidence
(`StructuredGrading._cover` skips them), so the doer's place is read: the point's first content word is the
question's, its verb right after it; in the answer, the word right before that verb (past determiners) is a content
word that neither the point nor the question says, a noun in WordNet and no adverb there nor in "-ly", no modifier
or word of degree ("they neatly tile", "it now opens", "they all tile" keep the doer), in the verb's clause, where
the point is made (by the point or by a shorter wording, "no gaps"). A pronoun or nothing there keeps the doer
("they tile the floor", "tile the floor"). Only the order of words and the language's function words: no word of
any text."""

from __future__ import annotations

from .. import wordnet
from ..lexicon_roles import DETERMINERS
from ..matching import Prepared

__all__ = ["other_doer"]


def other_doer(point: Prepared, got: Prepared, positions: tuple[int, ...], skip: frozenset[str]) -> bool:
    """Does the answer name another doer right before the point's verb where the point's doer is the question's
    word (see the module)?"""
    if point.lang.code != "en" or not positions:
        return False
    content = point.content()
    if len(content) < 2 or point.stems[content[0]] not in skip or content[1] != content[0] + 1 \
            or point.clauses[content[1]] != point.clauses[content[0]] \
            or not wordnet.base_forms(point.words[content[1]], "v"):
        return False
    verb = point.stems[content[1]]
    clauses = {got.clauses[j] for j in positions}  # (the verb matched, or said where a shorter wording is made)
    at = next((j for j in got.content() if got.stems[j] == verb and got.clauses[j] in clauses), None)
    if at is None:
        return False
    k = at - 1
    determiners = DETERMINERS[got.lang.code]
    while k >= 0 and got.words[k] in determiners and got.clauses[k] == got.clauses[at]:
        k -= 1
    if k < 0 or got.clauses[k] != got.clauses[at] or k not in got.content() or k in positions:
        return False
    word, stem, lex = got.words[k], got.stems[k], got.lang.lex
    if got.lang.word_match(point.stems[content[0]], stem) == 0:
        return False  # the point's doer in other words: a synonym ("hoteliers" for "innkeepers")
    return word.isalpha() and stem not in skip and stem not in point.stems and not word.endswith("ly") \
        and word not in lex.modifiers and word not in lex.quantity_words and not got.dirs[k] \
        and not got.negated_at(k) and bool(wordnet.base_forms(word, "n")) and not wordnet.base_forms(word, "r")

