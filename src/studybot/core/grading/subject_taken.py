"""A point that opens with the question's own word as its doer, made by an answer that names another thing in that
place (English, issue #11): "squares tile the floor with no gaps" does not make "triangles tile the floor with no
gaps", asked why the masons laid triangles on the floor. The question's words are no evidence
(`StructuredGrading._cover` skips them), so the doer's place is read: the point's first content word is the
question's, its verb right after it; in the answer, the word right before that verb (past determiners) is a content
word that neither the point nor the question says, a noun in WordNet and no adverb there nor in "-ly", no modifier
or word of degree ("they neatly tile", "it now opens", "they all tile" keep the doer), in the verb's clause, where
the point is made (by the point or by a shorter wording, "no gaps"). A pronoun or nothing there keeps the doer
("they tile the floor", "tile the floor"). The point's verb said as its noun after a verb of the answer's ("the
abbess paid a visit to the farm", "made an attack on it") has that verb in its place: the doer's place is before it,
and any word there but a verb is read as a doer ("the bishop paid a visit"). Only the order of words and the
language's function words: no word of any text. The point's verb is one WordNet knows as a verb, or a regular past in
"-ed" of a word it knows ("raided": its frequent senses keep only the noun, `wordnet.verb_form`); the verb's own
agent noun ("the raiders raided") and a word WordNet relates to the point's doer, a kind of it or the kind it is
("the workers" for "the fishermen"), are no other doer. A passive's doer is the word after its "by" ("the harbour
was raided by smugglers"; "by them" keeps the doer)."""

from __future__ import annotations

from .. import wordnet
from ..lexicon_negative import EN_BE
from ..lexicon_roles import DETERMINERS
from ..matching import Prepared
from ..related_words import related_en

__all__ = ["other_doer"]

_FLOATING = frozenset(("all", "both", "each"))  # determiners that may follow a doer ("they all tile")


def _before(got: Prepared, at: int) -> int:
    """The position of the word before `at`, past determiners, in its clause (-1: none)."""
    k, determiners = at - 1, DETERMINERS[got.lang.code]
    while k >= 0 and got.words[k] in determiners and got.clauses[k] == got.clauses[at]:
        k -= 1
    return k


def _by_doer(got: Prepared, at: int) -> int | None:
    """The position of the doer after "by" of a passive verb at `at` ("was raided by the smugglers"; -1: "by" and
    no word after it), None for no passive with "by"."""
    if at < 1 or got.words[at - 1] not in EN_BE or at + 1 >= len(got.words) or got.words[at + 1] != "by" \
            or got.clauses[at + 1] != got.clauses[at]:
        return None
    k = at + 2
    while k < len(got.words) and got.words[k] in DETERMINERS["en"] and got.clauses[k] == got.clauses[at]:
        k += 1
    return k if k < len(got.words) and got.clauses[k] == got.clauses[at] else -1


def other_doer(point: Prepared, got: Prepared, positions: tuple[int, ...], skip: frozenset[str]) -> bool:
    """Does the answer name another doer right before the point's verb where the point's doer is the question's
    word (see the module)?"""
    if point.lang.code != "en" or not positions:
        return False
    content = point.content()
    if len(content) < 2 or point.stems[content[0]] not in skip or content[1] != content[0] + 1 \
            or point.clauses[content[1]] != point.clauses[content[0]] \
            or not wordnet.verb_form(point.words[content[1]]):
        return False
    verb = point.stems[content[1]]
    clauses = {got.clauses[j] for j in positions}  # (the verb matched, or said where a shorter wording is made)
    at = next((j for j in got.content() if got.stems[j] == verb and got.clauses[j] in clauses), None)
    if at is None:
        return False
    k, light = _before(got, at), False
    if (passive := _by_doer(got, at)) is not None:
        k = passive  # "the harbour was raided by smugglers": the doer after "by"
    elif k >= 0 and k in got.content() and any(got.words[m] not in _FLOATING for m in range(k + 1, at)) \
            and wordnet.base_forms(got.words[k], "v"):
        at, k, light = k, _before(got, k), True  # the verb said as its noun after a verb ("paid a visit", "made an
        # attack"): the doer's place is before that verb (an article or a possessive never stands between a doer
        # and its verb), and a word there that the table does not know as a verb is a doer ("the bishop paid")
    if k < 0 or got.clauses[k] != got.clauses[at] or k not in got.content() or k in positions:
        return False
    word, stem, lex = got.words[k], got.stems[k], got.lang.lex
    if got.lang.word_match(point.stems[content[0]], stem) == 0:
        return False  # the point's doer in other words: a synonym ("hoteliers" for "innkeepers")
    if len(verb) > 2 and stem != verb and stem.startswith(verb):
        return False  # the doer named by the verb's own agent noun ("the raiders raided it")
    if related_en(point.words[content[0]], word) or related_en(word, point.words[content[0]]):
        return False  # a kind of the point's doer, or the kind it is ("the workers" for "the fishermen")
    return word.isalpha() and stem not in skip and stem not in point.stems and not word.endswith("ly") \
        and word not in lex.modifiers and word not in lex.quantity_words and not got.dirs[k] \
        and not got.negated_at(k) and not wordnet.base_forms(word, "r") \
        and bool(wordnet.base_forms(word, "n") or light and not wordnet.base_forms(word, "v"))

