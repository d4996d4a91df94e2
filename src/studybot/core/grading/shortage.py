"""A lack said with its article read also as a shortage (issue #11): "a lack of labourers", "the lack of salt" say
what "a shortage of labourers", "the shortage of salt" say, and so what "labourers were scarce" says (one synonym
group in `lexicon`). The answer is read so as a second reading only, after its words as written, where "a lack of"
is "no" (`lexicon_negative`: "the famine came from a lack of grain" says there was no grain): a wording of none and
a wording of a shortage are both made by a lack. So is "not enough" before its noun ("there was not enough grain",
"they didn't have enough grain", "too little grain") read as "a shortage of": too little of a thing is a shortage of
it, as is "little", "few" without its article ("there was little salt", "very few weavers"; "a little salt", "a few
weavers" are some); not before an adjective or a verb ("not warm enough", "not enough to win"), which has no noun to
be short of.
In Russian a lack is read as a need ("не хватало соли", "нехватка соли", "недостаточно соли": "нужно больше соли",
`lexicon_ru`), and where a wording says one, the answer is read again with the other usual ways of saying it:
"недостаток соли", "дефицит соли", "мало соли", "соли было мало", "соли было немного" ("немного" closing its clause;
not "мало кто", "мало того", "не мало", nor a weight's "мало весит", `ru_measure_verbs`). Only then: "мало" alone says
little of a thing, no lack ("в воде мало солей" is no "воде не хватает солей"). Rules of the languages, not words of
a text."""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from ..matching import Match, Prepared, find_phrase
from ..memos import memoised
from ..ru_measure_verbs import measures_said
from .verdict import Verdict

__all__ = ["lack_as_shortage", "onto_answer", "shortage_as_lack"]

_LACK = re.compile(r"\b(a|the) lack of\b", re.IGNORECASE)
# "not enough" ("n't enough", "didn't have enough"), "too little", "too few", before a word that is not "to"
_NEXT_WORD = r"(?=\s+(?!to\b)[^\W\d_])"
_TOO_LITTLE_ONLY = re.compile(r"(?:\bnot|n't|\bnever)(?: have| has| had| get| got)? enough\b" + _NEXT_WORD
                              + r"|\btoo (?:little|few)\b" + _NEXT_WORD, re.IGNORECASE)
# and "little", "few" without the article, read so only where the wording says a shortage ("few seeds" is no
# shortage of "many seeds": the degree turned round, `degree_flips`)
_TOO_LITTLE = re.compile(_TOO_LITTLE_ONLY.pattern + r"|(?<!\ba )(?<!\ban )\b(?:very |so )?(?:little|few)\b"
                         r"(?! (?:more|less|than)\b)" + _NEXT_WORD, re.IGNORECASE)


# Russian: "недостаток", "дефицит" before a word, "мало" before a word that is no pronoun or "ли", "того" (idioms),
# or ending its clause
_RU_NOUNS = r"недостат(?:ок|ка|ку|ком|ке)|дефицит(?:а|у|ом|е)?"
# (a verb after "мало" is left as it is read: "нужно больше" before it meets no wording's lack of a thing)
_RU_NOT_AFTER_LITTLE = r"(?:кто|что|ли|того|чем|где|куда|когда|как|какой|каких)"
_RU_LACK = re.compile(rf"(?<!\w)(?:(?:{_RU_NOUNS})(?= [^\W\d_])|(?<!не )(?<!не так )мало"
                      rf"(?= (?!{_RU_NOT_AFTER_LITTLE}(?!\w))[^\W\d_])"
                      r"|(?<=[^\W\d_] )(?<!не )(?:мало|немного)(?=\s*(?:[,.;:!?]|$)))", re.IGNORECASE)
_RU_NEED = ("нужно", "больше")
# the words a lack is read as, which must share a clause with a word of the thing lacked ("соли хватало, но не
# хватало хлеба" says no lack of salt)
_NEED_WORDS = frozenset({*_RU_NEED, "shortage", "scarce"})
# English words of a lack in a wording, which "little", "few" may say
_SHORT_OF = frozenset({"shortage", "shortages", "scarce", "scarcity", "lack", "enough"})


# English words of a lack, which read as "no" (`lexicon_negative`: "a lack of", "deficiency"), and a shortage,
# which does not ("a shortage of labourers" is some labourers, too few)
_LACK_SAID = re.compile(r"\b(?:lack|lacks|lacked|lacking|deficiency|deficiencies|deficient)\b", re.IGNORECASE)
_SHORTAGE_OF = re.compile(r"\b(?:(?:a|the) )?(?:shortages?|scarcity) of\b", re.IGNORECASE)


def shortage_as_lack(got: Prepared, wordings: tuple[str, ...], regrade: Callable[[str], Verdict]) -> Verdict | None:
    """A short answer that gives a card's lack ("a lack of vitamin D", "vitamin D deficiency") as a shortage ("a
    shortage of vitamin D"), graded again said as that lack (`regrade`), when so it is right; None otherwise. A lack
    reads as "no" and a shortage does not, so a short answer of one for the other disagreed in negation."""
    if got.lang.code != "en" or not _SHORTAGE_OF.search(got.written) \
            or not any(_LACK_SAID.search(w) for w in wordings):
        return None
    again = regrade(_SHORTAGE_OF.sub("a lack of", got.written))
    return again if again.correct else None


def _in_one_clause(p: Prepared, positions: tuple[int, ...]) -> bool:
    """Do the lack's words among `positions` share a clause of `p` with another of them?"""
    need = [j for j in positions if p.words[j] in _NEED_WORDS]
    return not need or any(p.clauses[j] == p.clauses[n] for n in need for j in positions if j not in need)


@memoised(1024)  # (a pure function of the text: an answer's is read again for each wording of each point)
def _said_as_lack(text: str, lang: str, few: bool = True) -> str:
    """A text with its lacks said as the grader reads one in its language ("few weavers": "a shortage of weavers", when
    `few`; "мало соли": "нужно больше соли")."""
    if lang == "ru":
        lowered = text.lower()
        if "мало" not in lowered and "недостат" not in lowered and "дефицит" not in lowered \
                and "немного" not in lowered:
            return text
        return _RU_LACK.sub("нужно больше", measures_said(lowered))  # (a weight's degree first: "мало весит")
    lowered = text.lower()
    if lang != "en" or ("lack of" not in lowered and "enough" not in lowered and "too " not in lowered
                        and "little" not in lowered and "few" not in lowered):
        return text
    return (_TOO_LITTLE if few else _TOO_LITTLE_ONLY).sub(" a shortage of", _LACK.sub(r"\1 shortage of", text))


def _says_need(p: Prepared) -> bool:
    first, then = _RU_NEED  # (where its first word stands, from the text's index: no pair of words made at each place)
    return any(p.words[i + 1:i + 2] == [then] for i in p.positions(first))


def _few_as_lack(got: Prepared, prep: Callable[[str], Prepared]) -> Prepared | None:
    """A Russian answer read with "немного" closing its clause as a lack ("запасов было немного": "было мало", so
    "нужно больше"), or None where it says none."""
    if "немного" not in got.words:
        return None
    read = prep(_said_as_lack(got.written, got.lang.code))
    return read if _says_need(read) else None


def _wording_as_lack(ref: Prepared, got: Prepared, skip: frozenset[str], negation: bool | None,
                     prep: Callable[[str], Prepared]) -> Match | None:
    """The other way round: a wording of little of a thing ("few weavers", "мало соли") made by the answer's lack of it
    ("a shortage of weavers", "weavers were scarce"; "не хватало соли", "нехватка соли"), the wording read as that
    lack; the positions of the answer's need ("нужно больше") left out, as its direction is the lack itself."""
    lang = got.lang.code
    if lang == "en" and {"shortage", "scarce"}.isdisjoint(got.words):
        return None
    read = got if lang != "ru" or _says_need(got) else _few_as_lack(got, prep)
    if read is None:
        return None
    text = _said_as_lack(ref.written, lang)
    if text in (ref.written, ref.written.lower()):
        return None
    lack = prep(text)  # (negated as the lack reads: "few" is "not many", "a shortage" is none)
    match = find_phrase(lack, read, skip=skip, negation=None if negation is None else lack.negated())
    if match is None or not _in_one_clause(read, match.positions):
        return None
    if read is not got:  # (the answer's own words shown: "запасов было немного" for "запасов было мало")
        mapped = onto_answer(match, read, got)
        return mapped and mapped._replace(text=" ".join(got.words[j] for j in sorted(set(mapped.positions))))
    kept = tuple(j for j in match.positions if lang != "ru" or got.words[j] not in _RU_NEED)
    return match._replace(positions=kept) if kept else None


def lack_as_shortage(ref: Prepared, got: Prepared, skip: frozenset[str], negation: bool | None,
                     prep: Callable[[str], Prepared]) -> Match | None:
    """A wording made by the answer read with "a lack of" as "a shortage of" (in Russian "мало соли" as "нужно
    больше соли"), the positions mapped back onto the answer's words (the shortage onto the lack's); or a wording of
    little of a thing made by the answer's lack of it (`_wording_as_lack`); None when the answer says no such lack or
    the wording is not made so."""
    if not ref.content():
        return None
    lang = got.lang.code
    few = lang == "en" and not _SHORT_OF.isdisjoint(ref.words)
    text = got.written if lang == "ru" and not _says_need(ref) else _said_as_lack(got.written, lang, few)
    if text in (got.written, got.written.lower()):
        return _wording_as_lack(ref, got, skip, negation, prep)
    other = prep(text)
    match = find_phrase(ref, other, skip=skip, negation=negation)
    if match is None or not _in_one_clause(other, match.positions):
        return _wording_as_lack(ref, got, skip, negation, prep)
    # (Russian: the need read for "мало" is left out, as its own direction, less, is the lack itself)
    return onto_answer(match, other, got, drop_read=lang == "ru")


def onto_answer(match: Match, other: Prepared, got: Prepared, *, drop_read: bool = False) -> Match | None:
    """A match in `other`, a second reading of the answer `got` (some of its words said otherwise), with its
    positions mapped back onto the answer's words (a word read otherwise onto the words it replaced; without them
    when `drop_read`); None when a position has no word of the answer, or none is left."""
    places: dict[int, int] = {}
    read: set[int] = set()
    for tag, a1, a2, b1, b2 in SequenceMatcher(a=other.words, b=got.words, autojunk=False).get_opcodes():
        if tag in ("equal", "replace") and b2 > b1:
            places.update({a1 + k: min(b1 + k, b2 - 1) for k in range(a2 - a1)})
        if tag == "replace" and drop_read:
            read.update(range(a1, a2))
    if any(p not in places for p in match.positions):
        return None
    kept = tuple(places[p] for p in match.positions if p not in read)
    return match._replace(positions=kept) if kept else None
