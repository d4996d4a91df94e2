"""Russian: which side of a cause a noun stands on, read by the marker of the cause and the noun's case. A point "засуха
вызвала голод" is made by the same cause and result said with another marker ("из-за засухи начался голод", "голод
начался из-за засухи", "засуха привела к голоду", "причиной голода стала засуха", "голод был вызван засухой":
`cause_said`), and not by the two exchanged, however alike in words ("голод вызвал засуху", "кризис вызвал войну"
for "война вызвала кризис", "из-за голода началась засуха": `cause_exchanged`).

A text is read when one marker of a cause stands in it (`lexicon_ru_causing`): a preposition of a cause (its noun the
cause, the other nouns of its clause the result), a noun of a cause or a result (the noun after it the result or the
cause), a passive participle (the instrumental the cause), an active verb (a noun in the accusative, or after "к", the
result; else the noun whose ending agrees with the verb's past form the cause; else the noun before the verb). A
text with no marker, two of them, a negation, or a side left empty is not read: when in doubt, no fail."""

from __future__ import annotations

from .. import lexicon_ru_causing as lex
from ..matching import Prepared

__all__ = ["cause_exchanged", "cause_said", "sides"]

Sides = tuple[tuple[int, ...], tuple[int, ...]]  # the places of the cause's nouns and of the result's
_RUN = 3  # words at most of the noun phrase after a marker ("из-за сильной засухи")


def _marker(text: Prepared) -> tuple[int, int, str] | None:
    """The one marker of a cause in a text: (where it starts, its words, its kind), None for none or more than one."""
    words, found = text.words, []
    for i, w in enumerate(words):
        prep = next((len(seq) for seq in lex.CAUSE_PREPOSITIONS if tuple(words[i:i + len(seq)]) == seq), 0)
        if prep:
            found.append((i, prep, "prep"))
        elif i > 0 and any(len(s) > 1 and tuple(words[i - 1:i - 1 + len(s)]) == s for s in lex.CAUSE_PREPOSITIONS):
            continue  # (the second word of a preposition: "по причине", "в результате")
        elif w.startswith(lex.CAUSE_NOUNS):
            found.append((i, 1, "cause-noun"))
        elif w.startswith(lex.RESULT_NOUNS) and not (i > 0 and words[i - 1] == "в"):
            found.append((i, 1, "result-noun"))
        elif w.startswith(lex.CAUSED_BY):
            found.append((i, 1, "passive"))
        elif w.startswith(lex.CAUSING_TO):
            found.append((i, 1, "to"))
        elif w.startswith(lex.CAUSING):
            found.append((i, 1, "verb"))
    return found[0] if len(found) == 1 else None


def _nouns(text: Prepared, clause: int, skip: range) -> list[int]:
    """The content words of a clause that may be nouns on a side: not the marker's, not a verb's form."""
    return [j for j in text.content() if text.clauses[j] == clause and j not in skip
            and not text.words[j].endswith(lex.VERB_ENDINGS) and text.words[j] not in ("к", "ко")]


def _run(text: Prepared, start: int, endings: tuple[str, ...], nouns: list[int]) -> tuple[int, ...]:
    """The noun phrase right after a marker: its words in the case the marker governs (`endings`)."""
    out: list[int] = []
    for j in range(start, min(start + _RUN, len(text.words))):
        if j not in nouns or not text.words[j].endswith(endings):
            break
        out.append(j)
    return tuple(out)


def _agrees(verb: str, noun: str) -> bool:
    """Does a noun's ending agree with a verb's past form as its subject ("засуха вызвала", "кризис вызвал")?"""
    if verb.endswith("ла"):
        return noun.endswith(("а", "я"))
    if verb.endswith("ло"):
        return noun.endswith(("о", "е"))
    if verb.endswith("л"):
        return not noun.endswith(("а", "я", "о", "е", "ы", "и", "у", "ю"))
    return False


def sides(text: Prepared) -> Sides | None:
    """The places of the nouns of a text's cause and of its result, None when the text is not read so."""
    if text.lang.code != "ru" or text.negated() or (found := _marker(text)) is None:
        return None
    at, n, kind = found
    clause = text.clauses[at]
    nouns = _nouns(text, clause, range(at, at + n))
    cause: tuple[int, ...]
    if kind in ("prep", "cause-noun", "result-noun"):
        after = _run(text, at + n, lex.GENITIVE, nouns)
        cause = after if kind != "cause-noun" else tuple(j for j in nouns if j not in after)
        result = tuple(j for j in nouns if j not in after) if kind != "cause-noun" else after
    elif kind == "to":
        k = at + 1 if at + 1 < len(text.words) and text.words[at + 1] in ("к", "ко") else -1
        result = _run(text, k + 1, lex.DATIVE, nouns) if k > 0 else ()
        cause = tuple(j for j in nouns if j not in result)
    elif kind == "passive":
        cause = tuple(j for j in nouns if text.words[j].endswith(lex.INSTRUMENTAL))
        result = tuple(j for j in nouns if j not in cause)
    else:
        result = tuple(j for j in nouns if text.words[j].endswith(lex.ACCUSATIVE))
        if not result:
            agree = [j for j in nouns if _agrees(text.words[at], text.words[j])]
            subject = agree if len(agree) == 1 else [j for j in nouns if j < at] if 0 < len(
                [j for j in nouns if j < at]) < len(nouns) else []
            result = tuple(j for j in nouns if subject and j not in subject)
        cause = tuple(j for j in nouns if j not in result)
    return (cause, result) if cause and result else None


def _found(text: Prepared, stem: str, places: tuple[int, ...]) -> bool:
    return any(text.stems[j] == stem or text.lang.word_match(stem, text.stems[j]) >= 0 for j in places)


def cause_exchanged(point: Prepared, got: Prepared, skip: frozenset[str] = frozenset()) -> bool:
    """Does the answer say a noun of the point's cause as its result and one of the point's result as its cause
    ("кризис вызвал войну" for "война вызвала кризис")? Words of the question (`skip`) tell no side."""
    mine, theirs = sides(point), sides(got)
    if mine is None or theirs is None:
        return False
    cause = [point.stems[i] for i in mine[0] if point.stems[i] not in skip]
    result = [point.stems[i] for i in mine[1] if point.stems[i] not in skip]
    return any(_found(got, st, theirs[1]) for st in cause) and any(_found(got, st, theirs[0]) for st in result) \
        and not any(_found(got, st, theirs[0]) for st in cause)


def cause_said(point: Prepared, got: Prepared) -> tuple[bool, str, bool, tuple[int, ...]] | None:
    """The point made by its cause and result said with another marker, each noun on its own side: (covered, the
    words, with a typo, where), or None."""
    mine, theirs = sides(point), sides(got)
    if mine is None or theirs is None:
        return None
    places: list[int] = []
    for side, other in zip(mine, theirs, strict=True):
        for i in side:
            j = next((j for j in other if got.stems[j] == point.stems[i]
                      or got.lang.word_match(point.stems[i], got.stems[j]) >= 0), -1)
            if j < 0:
                return None
            places.append(j)
    places.sort()
    return True, " ".join(got.words[j] for j in places), False, tuple(places)
