"""Where a phrase's word of direction may stand when the plain word of its clause is one the phrase need not have
found: a point "цены выросли и стали высокими" on a card asking "Что было с ценами?" skips "цены" (the prompt's
word), so "выросли" is left alone in its clause, and the answer's "выросли" stands in no clause of the words found
("стали высокими"). Such a direction word may stand where the answer says the skipped word ("цены выросли") or in
a clause of the answer that holds no plain content word ("выросли и стали высокими"). A direction of a clause about
another thing ("экспорт упал, а цены стали высокими") is still not taken. Only the order of words."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .matching import Prepared, Want

__all__ = ["anchored", "corrected_clauses", "later_places", "orphan_clauses", "said_twice"]

# the conjunction that opens a correction of a denied clause ("не расслабляется, а сокращается", "does not relax but
# contracts"): what the first clause denies of its subject, the second says of it
_CORRECTING = {"en": "but", "ru": "а"}


# the last call's texts and result: `find_phrase` asks once for each word of direction of a phrase, and a card's
# answer may be long (its texts are held here, so their ids stay theirs)
_last: list[tuple[Prepared, Prepared, frozenset[str], set[int]]] = []


def orphan_clauses(phrase: Prepared, answer: Prepared, skip: frozenset[str]) -> set[int]:
    """The answer's clauses a direction word of `phrase` may also stand in, when in the phrase it shares its clause
    only with skipped words: those where the answer says a skipped word of that clause, and those without any
    plain content word. Empty when every direction word of the phrase has a plain, unskipped word beside it."""
    if not skip:
        return set()
    if _last and _last[0][0] is phrase and _last[0][1] is answer and _last[0][2] == skip:
        return _last[0][3]
    found = _orphans(phrase, answer, skip)
    _last[:] = [(phrase, answer, skip, found)]
    return found


def corrected_clauses(answer: Prepared, clauses: set[int]) -> set[int]:
    """The answer's clauses that correct a denied clause of `clauses`, opened by the language's correcting conjunction
    right after it ("мышца не расслабляется, а сокращается": "сокращается" is said of "мышца"): a direction word of a
    phrase may stand there too."""
    conjunction = _CORRECTING.get(answer.lang.code)
    if conjunction is None or conjunction not in answer.words:
        return set()
    words, marks, negators = answer.words, answer.clauses, answer.lang.lex.negators
    return {marks[i] for i in range(1, len(words)) if words[i] == conjunction and marks[i] != marks[i - 1]
            and marks[i - 1] in clauses and any(w in negators for w, c in zip(words, marks, strict=True)
                                                 if c == marks[i - 1])}


def _orphans(phrase: Prepared, answer: Prepared, skip: frozenset[str]) -> set[int]:
    content = phrase.content()
    kept: set[int] = set()  # the clauses with a plain word not skipped (one pass: a card's answer may be long)
    skipped: dict[int, set[str]] = {}  # each clause's skipped words
    for k in content:
        if phrase.stems[k] in skip:
            skipped.setdefault(phrase.clauses[k], set()).add(phrase.stems[k])
        elif not phrase.dirs[k]:
            kept.add(phrase.clauses[k])
    alone = {stem for c in {phrase.clauses[i] for i in content if phrase.dirs[i]} - kept
             for stem in skipped.get(c, ())}
    if not alone:
        return set()
    said = {answer.clauses[j] for stem in alone for j in answer.positions_of_stem(stem)}
    plain = {answer.clauses[j] for j in answer.content() if not answer.dirs[j]}
    return said | (set(answer.clauses) - plain)


def later_places(phrase: Prepared, want: Want, answer: Prepared, skip: frozenset[str]) -> Iterator[set[int]]:
    """Where a phrase's first word is sought again after `said_twice` put it (its first place): when the answer
    says it again in a later clause beside a word the phrase holds and need not have found (the question's), in that
    clause: "приближается — звук выше, удаляется — звук ниже" says "удаляется — звук ниже" in its second clause,
    asked what the sound does as it approaches and as it moves away; its first "звук" finds no "ниже" beside it. Not
    in a clause that holds none of them ("летом уровень выше, зимой уровень ниже" is no "летом уровень ниже"). A word
    of direction is sought as before."""
    places = answer.stem_index().get(want.stem, [])
    if want.direction or len(places) < 2:
        return
    labels = {st for st in phrase.stems if st in skip}  # the phrase's own words the question gives
    if not labels:
        return
    first = answer.clauses[places[0]]
    said = {answer.clauses[j] for st in labels for j in answer.positions_of_stem(st)}
    plain = {answer.clauses[j] for j in answer.content() if answer.stems[j] not in labels}
    for c in dict.fromkeys(answer.clauses[j] for j in places[1:]):
        if c != first and (c in said or c - 1 in said - plain):  # beside it, or alone before it ("удаляется —")
            yield {c}


def said_twice(same: list[int], of: tuple[int, ...] | list[int], clauses: set[int]) -> int:
    """Which of the places of a word the answer says more than once (`same`, in order) makes a phrase, given the
    clauses of the phrase's words found before it (`of`: the clause of each word): one in those clauses; else the
    first after them, as a label's clause goes on after it ("approaching - the sound is higher, moving away - the
    sound is lower": "moving away" finds the second "sound"); else the last before them; the first when none is
    found yet."""
    if not clauses:
        return same[0]
    inside = [j for j in same if of[j] in clauses]
    after = [j for j in same if of[j] > max(clauses)]
    before = [j for j in same if of[j] < min(clauses)]
    if inside or after:
        return (inside or after)[0]
    return before[-1] if before else same[0]


def anchored(got: Prepared, hits: list[tuple[int, int]], of: list[int]) -> list[tuple[int, int]]:
    """Where most of a point's words were found each at its first place ((level, position), -1: not found): a word
    the answer says twice is taken in a clause of the words it says once, no word of direction ("when cooled the
    ball gets smaller" in "when heated the ball gets bigger, when cooled the ball gets smaller": "ball" of the
    clause of "cooled"); a word of direction said only in another clause, where the clauses of
    those words say the other direction, makes nothing. `of`: the clause of each word
    (a label joined to the clause it labels: `roles.labelled_clauses`)."""
    places, lex = got.stem_index(), got.lang.lex
    anchors = {of[j] for level, j in hits if level >= 0 and len(places.get(got.stems[j], ())) == 1
               and got.words[j] not in lex.up and got.words[j] not in lex.down}
    if not anchors:
        return hits
    out = []
    for level, j in hits:
        if level >= 0 and of[j] not in anchors and len(places.get(got.stems[j], ())) > 1:
            j = next((h for h in places[got.stems[j]] if of[h] in anchors), j)
        elif level >= 0 and of[j] not in anchors and (got.words[j] in lex.up or got.words[j] in lex.down):
            other = lex.down if got.words[j] in lex.up else lex.up
            if any(of[h] in anchors and w in other for h, w in enumerate(got.words)):
                return [(-1, -1)] * len(hits)  # the other direction said there ("when cooled it gets bigger")
        out.append((level, j))
    return out
