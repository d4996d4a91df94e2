"""An aim of stopping a thing said as a purpose with a negation: "сорвать подписание договора" made
by "чтобы договор так и не был подписан", "to block the treaty" by "so that the treaty was not signed"; and a
stopping of a deed said by being unable to do it: "the din stops the weavers sleeping" made by "the weavers can't
sleep", "шум мешает сосредоточиться" by "не можешь сосредоточиться"."""

from __future__ import annotations

from ..matching import Match, Prepared, find_phrase
from .stopped import DEED_ENDINGS, DEED_SHORTEST

__all__ = ["purpose_said", "stopped_as_purpose"]

# words that open a clause of purpose ("чтобы", "so that", "lest")
PURPOSE_OPENERS = {"ru": frozenset(("чтобы", "чтоб", "дабы")), "en": frozenset(("lest",))}
PURPOSE_PAIRS = {"en": frozenset((("so", "that"), ("in", "order")))}


# an answer that opens with "so" and its clause's subject ("so the soil is not washed away", "so it won't freeze") to
# a question why is a purpose with "that" left out, as said (mid-sentence, "it rained, so the soil ..." is a result)
PURPOSE_OPENING = {"en": ("so", frozenset("the a an it its they their them he his she her we our you your this these "
                                          "those there nobody no nothing none people".split()))}


def purpose_said(got: Prepared) -> bool:
    """Does the answer have a clause of purpose ("so that", "чтобы"; an answer opening "so the ...")?"""
    words, code = got.words, got.lang.code
    opening = PURPOSE_OPENING.get(code)
    return not PURPOSE_OPENERS.get(code, frozenset()).isdisjoint(words) \
        or not PURPOSE_PAIRS.get(code, frozenset()).isdisjoint(zip(words, words[1:], strict=False)) \
        or (opening is not None and len(words) > 1 and words[0] == opening[0] and words[1] in opening[1])


# the words of being unable before the verb they deny ("can not", "could not", "unable to"; "не может", "не могли",
# "нельзя", "не даёт" of letting): said with the negator, they say the deed does not get done
_UNABLE = {"en": frozenset(("can", "ca", "could", "unable")),
           "ru": frozenset(("может", "могут", "можешь", "можем", "можете", "мог", "могла", "могло", "могли", "смог",
                            "смогла", "смогли", "сможет", "смогут", "нельзя", "невозможно", "дает", "дают", "давал",
                            "давала", "давали", "дал", "дала", "дали"))}
# a verb of hindering read so only before the deed it hinders ("шум мешает спать"; "мешать тесто" is stirring)
_HINDERING = {"ru": frozenset(("меша",))}
_UNABLE_REACH = 3  # words from the word of being unable to the verb it denies ("can not fall asleep")


def stopped_as_purpose(ref: Prepared, got: Prepared, skip: frozenset[str]) -> Match | None:
    """A wording about stopping a thing ("сорвать подписание") met by a purpose that the thing not happen
    ("чтобы договор не подписали"): the wording's other words, negated, in an answer with a purpose; or a wording
    about stopping a deed ("stops the weavers sleeping", "мешает уснуть") met by being unable to do it ("the weavers
    can not sleep", "не могут уснуть")."""
    if ref.negated() or not got.negated():
        return None  # (asked first: most answers deny nothing)
    said = {ref.stems[i] for i in ref.content()}
    stoppers = ref.lang.preventers & said
    if stoppers and purpose_said(got):
        rest = skip | stoppers
        if all(ref.stems[i] in rest for i in ref.content()):
            return None  # nothing but the stopping: no thing said
        return find_phrase(ref, got, skip=frozenset(rest), negation=True)
    unable = _UNABLE.get(got.lang.code)
    stoppers = stoppers | _HINDERING.get(ref.lang.code, frozenset()) & said
    if unable is None or unable.isdisjoint(got.words) or not stoppers or not _stops_deed(ref, stoppers):
        return None
    rest = skip | stoppers
    found = find_phrase(ref, got, skip=frozenset(rest), negation=True)
    return found if found is not None and any(_unable_before(got, j, unable) for j in found.positions) else None


def _stops_deed(ref: Prepared, stoppers: frozenset[str]) -> bool:
    """Does a word of stopping stop a deed, a verb's -ing form or infinitive later in its clause ("stops the weavers
    sleeping", "prevents them from leaving", "мешает спать")?"""
    content, endings = ref.content(), DEED_ENDINGS.get(ref.lang.code, ())
    return any(ref.stems[i] in stoppers and any(
        ref.clauses[k] == ref.clauses[i] and len(ref.words[k]) >= DEED_SHORTEST and ref.words[k].endswith(endings)
        and ref.stems[k] not in stoppers for k in content if k > i) for i in content)


def _unable_before(got: Prepared, j: int, unable: frozenset[str]) -> bool:
    """Is the answer's word at j, negated, said after a word of being unable in its clause ("can not sleep")?"""
    return got.negated_at(j) and any(got.words[k] in unable and got.clauses[k] == got.clauses[j]
                                     for k in range(max(0, j - _UNABLE_REACH), j))
