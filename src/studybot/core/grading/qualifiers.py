"""A rank or region word after a right answer said in full qualifies something else, not the answer: English
puts a qualifier before what it qualifies ("North Korea", "Under Secretary"), so a word of the list that comes
after every word of the answer's match and is a preposition ("Secretary of State under Truman") or the noun of
a region ("Messina, in the north-east of Sicily": "the north(-east) of"; "Messina, in the north", a phrase of place
that ends a clause), or that qualifies a name after a
preposition ("Lübeck in northern Germany"), adds nothing to the answer. So too a region word written with a capital
before the answer, opening another capitalised name that no right wording has ("the soil scientist from North
Carolina, Hugh Bennett"): it is part of that place's name ("East Asian Bank" for "Asian Bank" still adds it).
Rules of English word order, not words of a text."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..matching import Prepared

__all__ = ["after_the_answer", "post_of_name"]

_FAR = frozenset(["far", "extreme"])  # "in the far north": how far in that direction


def after_the_answer(got: Prepared, i: int, matched: tuple[int, ...], compass: frozenset[str],
                     known: frozenset[str] = frozenset()) -> bool:
    """Is the modifier at `i` placed after the whole of the answer's match (`matched`: its positions), as a
    preposition before a name, as a region's noun ("the north of", "the north east of"), as where it lies from
    another place ("north of Lendria", a name no right wording has), or before a name after a
    preposition ("in northern Germany") that no right wording has (its stem not `known`: "Tarvo in north Lendria"
    for "Tarvo in Lendria" qualifies the card's own place), or in a phrase of place that ends its clause ("Tarvo, in
    the north")?"""
    if got.lang.code != "en" or not matched:
        return False
    if i <= max(matched):  # (inside the match too: "a mould from North America, Phytophthora infestans")
        return _other_name(got, i, matched, compass, known)
    words, lex = got.words, got.lang.lex
    if words[i] in lex.stop:  # "under Truman": a preposition, and a name follows (its words, as aliases give them)
        content, k = set(got.content()), i + 1
        while k < len(words) and k in content and words[k] not in got.capitalised:
            k += 1
        return k < len(words) and k in content and words[k] in got.capitalised
    first = i
    while first - 1 > max(matched) and words[first - 1] in lex.modifiers:  # "in south-western Germany"
        first -= 1
    if words[first - 1] in lex.stop:  # "Lübeck in northern Germany": the qualifier of the name that follows it
        k = i
        while k < len(words) and words[k] in lex.modifiers:
            k += 1
        if k < len(words) and k in got.content() and words[k] in got.capitalised and got.stems[k] not in known:
            return True
    start = i
    while start > 0 and words[start - 1] in compass:
        start -= 1
    k = i + 1
    while k < len(words) and words[k] in compass:
        k += 1
    if words[i] in compass and start > max(matched) and k + 1 < len(words) and words[k] == "of" \
            and words[k + 1] in got.capitalised and got.stems[k + 1] not in known:
        return True  # "Tarvo, north of Lendria": where it lies from another place the wordings do not name
    if words[i] in compass and start >= 2 and words[start - 1] in _FAR:
        start -= 1  # "in the far north"
    if words[i] not in compass or start == 0 or words[start - 1] != "the":
        return False
    if start >= 2 and words[start - 2] in lex.locatives and start - 2 > max(matched) \
            and (k == len(words) or got.clauses[k] != got.clauses[i]):
        return True  # "Tarvo, in the north": where the answer lies, a phrase of place of its own
    return k < len(words) and words[k] == "of"


def post_of_name(got: Prepared, i: int, name: Sequence[int], ref: Prepared, people: Collection[str]) -> bool:
    """Is the word at `i` of an answer in a post said with a person's name (the name at positions `name`, the
    wording `ref`, one of the pack's `people`)? "vice president Jerald Moss", "senior engineer Ada Lyle" or "Moss,
    the senior vice president" answer a card whose answer is the person as the name alone does: the post's rank
    words are no qualifier that changes the answer, as they are for a title asked for ("the vice president" for
    "the president"). The post stands right before the name, its words running up to it ("the deputy of Moss" is
    another person), or after it in a clause of its own ("Moss's deputy" is another person)."""
    if not name or " ".join(ref.words) not in people:
        return False
    first, last = min(name), max(name)
    if i < first:
        return all(w not in got.lang.lex.stop for w in got.words[i:first]) and got.clauses[i] == got.clauses[first]
    return i > last and got.clauses[i] != got.clauses[last]


def _other_name(got: Prepared, i: int, matched: tuple[int, ...], compass: frozenset[str],
                known: frozenset[str]) -> bool:
    """Is the region word at `i`, before the answer's match or among its words, the capitalised opening of another
    name ("North Carolina"), its next word capitalised too, no word of the match ("North Korea" for "Korea" qualifies
    the answer) and no stem of a right wording (`known`)?"""
    words, nxt = got.words, i + 1
    return words[i] in compass and words[i] in got.capitalised and nxt not in matched and nxt < len(words) \
        and words[nxt] in got.capitalised and nxt in got.content() and got.stems[nxt] not in known \
        and got.clauses[nxt] == got.clauses[i]
