"""Who does what to whom, between two plain nouns (issue #11): "the stone gives the moss moisture" says the other way
round "the moss gives the stone moisture", and so does "камень даёт мху влагу" of "мох даёт камню влагу". A
question that names both ("What does the moss give the stone?", "Что мох даёт камню?") sets their roles, which an
answer that gives only the thing asked ("moisture", "влагу") need not repeat, but may not turn round; a `mistakes`
pattern keeps its roles too, so a right answer that says its words the other way round is not that mistake.

A reference clause (the question's, or one of a pattern's) and a clause of the answer are read together:
- Russian, by case: a noun of the reference said in the answer in another form of the same word ("мох" / "мху",
  "камню" / "камень", "лиса" / "лисе"), the pair of endings saying which of the two forms is the nominative (a form
  with no ending over its "у", "ом", "е"; "а" over "у", "ой", "е"; plural "ы" over "ам", "ами"). Two such nouns, one
  leaving the nominative and the other taking it, with a third word of the reference clause kept (its verb), are
  the roles exchanged. A noun after a preposition has its role from it: not read.
- English, by place: the subject is the first content word of its clause (a question's after its auxiliary, "What
  does the moss give ..."), the verb the content word after it, the others after the verb (bare or after "to",
  "for"). The answer's subject being one of the reference's others, and the reference's subject among the answer's
  others, with the same verb, is the roles exchanged. A passive ("is given ... by") is not read.
Only the order and the endings of words: no word of any text. When in doubt, no fail.
"""

from __future__ import annotations

from ..lexicon_negative import AUXILIARIES
from ..lexicon_roles import DETERMINERS
from ..matching import Prepared
from ..memos import memoised

__all__ = ["asked_roles_crossed", "pattern_roles_crossed", "point_roles_crossed"]

_VOWELS = frozenset("аеёиоуыэюя")
# the ending of a nominative -> the endings of the same word's other cases that tell the two apart
_NOM_OVER: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "": "у ю а я ом ем е ой ью ам ям ами ями ах ях ов ев ей",
    "а": "у ой ою е", "я": "ю ей ею е",
    "о": "у ом а е", "е": "ю ем я",
    "ы": "ам ами ах ов", "и": "ам ям ами ями ах ях ов ев ей",
}.items()}
_ENDINGS = tuple(sorted({e for k, v in _NOM_OVER.items() for e in (k, *v) if e}, key=len, reverse=True))
_RU_PREPOSITIONS = frozenset("у к от для из без против при перед над под между со с в во на о об по за до через про "
                             "около после вместо среди вокруг".split())
_EN_MARKERS = frozenset(("to", "for"))
_EN_DETERMINERS = DETERMINERS["en"]
_EN_AUXILIARIES = AUXILIARIES["en"]  # (a question's: "What does the moss give ...", "What has the moss given ...")
_EN_ASKING = frozenset("what which whom how why when where".split())
_EN_PASSIVE = frozenset("is are was were be been being by".split())


_RU_ADJECTIVE = ("ый", "ий", "ые", "ие", "ая", "яя", "ое", "ее", "ую", "юю", "ого", "его", "ому", "ему", "ых", "их",
                 "ым", "им")  # an adjective's forms (and a noun's that end so): not read ("старый" / "старые")


@memoised(1 << 14)  # (an answer's words are each read against every noun of the question: a pure function of a word)
def _forms(word: str) -> tuple[tuple[str, str], ...]:
    """The ways to cut a Russian word into a base and one of the endings read here ("мху": "мх" + "у")."""
    if word.endswith(_RU_ADJECTIVE):
        return ()
    out = [(word[:-len(e)], e) for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 2]
    if word[-1] not in _VOWELS:
        out.append((word[:-1] if word[-1] in "ьй" else word, ""))
    return tuple(out)


def _one_base(a: str, b: str) -> bool:
    """Two bases of one noun, a fleeting "о"/"е" allowed before the last consonant ("мох" / "мх", "камен" /
    "камн")."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 2 and len(long) == len(short) + 1 and long[-2] in "оеё" \
        and long == short[:-1] + long[-2] + short[-1]


@memoised(1 << 15)  # (a pure function of two words, asked for each pair of the question's and the answer's nouns)
def _ru_move(was: str, now: str) -> int | None:
    """A Russian noun's move between two of its forms: +1 out of the nominative, -1 into it, 0 the same form,
    None when the forms are not one noun's or say no such move."""
    if was == now:
        return 0
    moves = set()
    for base_a, end_a in _forms(was):
        for base_b, end_b in _forms(now):
            if _one_base(base_a, base_b):
                if end_b in _NOM_OVER.get(end_a, ()):
                    moves.add(1)
                if end_a in _NOM_OVER.get(end_b, ()):
                    moves.add(-1)
    return moves.pop() if len(moves) == 1 else None


def _governed(text: Prepared, i: int) -> bool:
    """Is a preposition one of the two words before a Russian word, in its clause ("к камню", "к северо-западу")?"""
    return any(k >= 0 and text.clauses[k] == text.clauses[i] and text.words[k] in _RU_PREPOSITIONS
               for k in (i - 1, i - 2))


def _ru_crossed(ref: Prepared, mine: list[int], got: Prepared, theirs: list[int]) -> int:
    """1 when a Russian answer's clause exchanges two nouns of the reference clause between the nominative and
    another case, -1 when it keeps two of them as written, 0 when neither is read."""
    free = [j for j in theirs if not _governed(got, j)]
    moves: dict[int, int] = {}
    anchored = set()
    for i in mine:
        if _governed(ref, i):
            continue
        if any(got.stems[j] == ref.stems[i] and got.words[j] == ref.words[i] for j in theirs):
            anchored.add(i)
        read = {m for j in free if (m := _ru_move(ref.words[i], got.words[j])) is not None}
        if len(read) == 1:
            moves[i] = read.pop()
    out, into = [i for i, m in moves.items() if m == 1], [i for i, m in moves.items() if m == -1]
    if out and into and any(i not in (out[0], into[0]) for i in anchored) and len(out) == len(into) == 1:
        return 1
    kept = [i for i, m in moves.items() if m == 0]
    return -1 if len(kept) >= 2 and not out and not into else 0


def _en_roles(text: Prepared, positions: list[int]) -> tuple[int, int, list[int]] | None:
    """An English clause's subject, verb and the nouns after the verb (bare or after "to", "for"), or None
    (a passive, a preposition before the subject)."""
    if len(positions) < 3 or any(text.words[k] in _EN_PASSIVE for k in range(positions[0], positions[-1] + 1)):
        return None
    subject, verb = positions[0], positions[1]
    start = next((k for k in range(subject, -1, -1) if text.clauses[k] != text.clauses[subject]), -1) + 1
    before = text.words[start:subject]
    if any(w not in _EN_DETERMINERS and w not in _EN_AUXILIARIES and w not in _EN_ASKING for w in before):
        return None
    others = []
    for j in positions[2:]:
        k = j - 1
        while k > verb and text.words[k] in _EN_DETERMINERS:
            k -= 1
        if k == verb or k in positions or text.words[k] in _EN_MARKERS:
            others.append(j)
    return subject, verb, others


def _en_crossed(ref: Prepared, mine: list[int], got: Prepared, theirs: list[int]) -> int:
    """`_ru_crossed` in English, by the place of the subject."""
    a, b = _en_roles(ref, mine), _en_roles(got, theirs)
    if a is None or b is None or ref.stems[a[1]] != got.stems[b[1]]:
        return 0
    if ref.stems[a[0]] == got.stems[b[0]]:
        return -1
    crossed = any(ref.stems[i] == got.stems[b[0]] for i in a[2]) and any(got.stems[j] == ref.stems[a[0]] for j in b[2])
    return 1 if crossed else 0


def _by_clause(text: Prepared) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i in text.content():
        out.setdefault(text.clauses[i], []).append(i)
    return out


def _reading(ref: Prepared, mine: list[int], got: Prepared, theirs: list[int]) -> int:
    return (_ru_crossed if ref.lang.code == "ru" else _en_crossed)(ref, mine, got, theirs)


def asked_roles_crossed(prompt: Prepared, got: Prepared) -> bool:
    """Does the answer say the question's two nouns with their roles exchanged in a clause, and keep them in none
    ("the stone gives the moss moisture" asked "What does the moss give the stone?")?"""
    code = prompt.lang.code
    if code not in ("en", "ru") or not prompt.words:
        return False
    if code == "en" and not (prompt.words[0] in _EN_ASKING and len(prompt.words) > 1
                             and prompt.words[1] in _EN_AUXILIARIES):
        return False
    asked = [c for c in _by_clause(prompt).values() if len(c) >= 3]
    read = [_reading(prompt, mine, got, theirs) for mine in asked for theirs in _by_clause(got).values()]
    return 1 in read and -1 not in read


def _same_noun(a: Prepared, i: int, b: Prepared, j: int) -> bool:
    return a.stems[i] == b.stems[j] or a.lang.code == "ru" and _ru_move(a.words[i], b.words[j]) is not None


def pattern_roles_crossed(want: Prepared, got: Prepared) -> bool:
    """Does the answer say a clause of a `mistakes` pattern with its two nouns' roles exchanged, in the clauses of
    the answer that say most of that clause's own words (not those its other clauses say too: its parties, its verb
    said again)?"""
    if want.lang.code not in ("en", "ru"):
        return False
    mine_by, clauses = _by_clause(want), list(_by_clause(got).values())
    for mine in mine_by.values():
        if len(mine) < 3 or not clauses:
            continue
        own = [i for i in mine if not any(_same_noun(want, i, want, k) for k in want.content() if k not in mine)] \
            or mine
        said = [sum(any(_same_noun(want, i, got, j) for j in c) for i in own) for c in clauses]
        best = [c for c, n in zip(clauses, said, strict=True) if n == max(said)]
        if all(_reading(want, mine, got, c) == 1 for c in best):
            return True
    return False


def point_roles_crossed(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Russian: does the answer make a keypoint with two of its nouns' roles exchanged by case, in the clauses of
    the words that made it ("воры ловили стражников" for "стражники ловили воров"), and keep them in none of those
    clauses? A third word of the point's clause must stand as written (its verb), as for a question's."""
    if point.lang.code != "ru" or not positions:
        return False
    moving = point.lang.lex.up | point.lang.lex.down  # a comparison turned round with its sides says the same:
    if not moving.isdisjoint(point.words) or not moving.isdisjoint(got.words):  # "мост уступает причалу" (`comparing`)
        return False
    clauses = {got.clauses[j] for j in positions}
    theirs = [c for c in _by_clause(got).values() if got.clauses[c[0]] in clauses]
    read = [_ru_crossed(point, mine, got, c) for mine in _by_clause(point).values() if len(mine) >= 3
            for c in theirs]
    return 1 in read and -1 not in read
