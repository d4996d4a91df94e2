"""A long point about a part of a thing is not made by an answer that says the whole thing in the part's place
(issue #11): "the weight of the water in the volume of the submerged part of the boat" is not made by "... in the
volume of the boat", nor "the flood carried off the upper layer of the sand" by "the flood carried off the sand", nor
"вес воды в объёме погружённой части лодки" by "вес воды в объёме лодки", nor "паводок унёс верхний слой песка" by
"паводок унёс песок". A point made by most of its words (`StructuredGrading._mostly`) may leave words out, but not the
words that tell which part of the thing it is about: the whole is another thing than its part.

The part is a noun of a part ("part", "layer", "half"; "часть", "слой", "половина") with the thing it is a part of after
it ("of the boat"; a Russian genitive: "части лодки"), or an adjective that picks out a part of its noun ("the upper",
"net"; "верхний", "погружённый"; not "inner" / "outer", which as often name a kind: "внешняя торговля"). The answer says
the whole in its place when it gives the thing (the noun after the part) right after the point's word before the part
("the volume of the boat": "volume"; "унёс песок": "унёс"), and says neither the noun of the part nor a word that
qualifies it ("the upper sand" and "объём погружённой лодки" still say which part). Rules of the two languages' word
order and a closed list of words of a part, the same for every text."""

from __future__ import annotations

from functools import lru_cache

from ..matching import Prepared

__all__ = ["picks_part", "whole_named", "whole_for_part"]

# nouns of a part of a thing, the thing after them ("the lower half of the tower", "часть корпуса")
_PART_NOUNS = {
    "en": ("part", "parts", "layer", "layers", "portion", "portions", "half", "halves", "section", "sections",
           "fraction", "segment", "segments", "stratum", "strata", "piece", "pieces"),
    "ru": ("часть", "части", "частью", "частей", "частям", "слой", "слоя", "слою", "слоем", "слое", "слои", "слоёв",
           "слоев", "половина", "половины", "половину", "половиной", "половине", "участок", "участка", "участке",
           "отрезок", "отрезка", "пласт", "пласта", "пласты", "кусок", "куска", "фракция", "фракции", "сегмент"),
}
# adjectives that pick out a part of their noun ("the upper crust", "net profit", "нижняя стенка")
_PART_ADJECTIVES = {
    "en": ("upper", "lower", "uppermost", "lowermost", "topmost", "submerged", "underwater", "net", "gross"),
    "ru": ("верхний", "нижний", "верхнюю", "нижнюю", "верхняя", "нижняя", "верхнего", "нижнего", "верхней", "нижней",
           "верхнее", "нижнее", "верхние", "нижние", "верхних", "нижних", "верхним", "нижним",
           "погружённой", "погруженной", "погружённая", "погруженная", "погружённую", "погруженную",
           "подводной", "подводная", "подводную", "подводный", "подводного"),
}
# words of how much of the thing a part is ("the greater part of the army", "большая часть войска"): they tell no
# part from another, and a part so qualified is said of the whole loosely
_AMOUNTS = {
    "en": frozenset(("large", "larger", "largest", "great", "greater", "greatest", "big", "bigger", "biggest", "small",
                     "smaller", "smallest", "main", "major", "minor", "most", "much", "considerable", "substantial",
                     "significant", "whole", "entire", "certain", "some", "other", "good", "best", "lion's", "lions")),
    "ru": frozenset(("большая", "большей", "большую", "больший", "большой", "большую", "значительная", "значительной",
                     "значительную", "основная", "основной", "основную", "главная", "главной", "главную", "малая",
                     "малой", "малую", "меньшая", "меньшей", "меньшую", "лучшая", "лучшей", "лучшую", "львиная",
                     "львиной", "львиную", "некоторая", "некоторой", "некоторую", "определенная", "определенной",
                     "определенную", "вся", "всей", "всю", "другая", "другой", "другую", "небольшая", "небольшой",
                     "небольшую", "ничтожная", "ничтожной", "ничтожную")),
}
_OF = {"en": "of"}


@lru_cache(maxsize=4)
def _words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(_PART_NOUNS.get(code, ())), frozenset(_PART_ADJECTIVES.get(code, ()))


def _before(text: Prepared, i: int, content: set[int]) -> int:
    """The content word before word i in its clause, past function words only; -1 for none."""
    k = i - 1
    while k >= 0 and text.clauses[k] == text.clauses[i] and k not in content:
        if not text.words[k].isalpha() or text.words[k] not in text.lang.lex.stop:
            return -1
        k -= 1
    return k if k >= 0 and text.clauses[k] == text.clauses[i] else -1


def _after(text: Prepared, i: int, content: set[int]) -> int:
    """The content word after word i in its clause, past function words only; -1 for none."""
    k = i + 1
    while k < len(text.words) and text.clauses[k] == text.clauses[i] and k not in content:
        if not text.words[k].isalpha() or text.words[k] not in text.lang.lex.stop:
            return -1
        k += 1
    return k if k < len(text.words) and text.clauses[k] == text.clauses[i] else -1


def _parts(point: Prepared) -> list[tuple[tuple[int, ...], int]]:
    """Each part the point names: (the positions of its words, the part noun and its qualifiers, or the adjective
    alone; the position of the thing it is a part of)."""
    nouns, adjectives = _words(point.lang.code)
    content, code, found = set(point.content()), point.lang.code, []
    for i, word in enumerate(point.words):
        if i not in content:
            continue
        if word in nouns:
            of = _OF.get(code)
            if of is not None:  # "the lower half of the tower"
                whole = _after(point, i, content) if i + 1 < len(point.words) and point.words[i + 1] == of else -1
            else:  # "нижняя половина башни": the genitive right after it
                whole = i + 1 if i + 1 in content and point.clauses[i + 1] == point.clauses[i] else -1
            if whole < 0:
                continue
            words = [i]
            k = i - 1
            while k in content and point.clauses[k] == point.clauses[i] \
                    and (code != "ru" or point.words[k] in adjectives or _adjective(point.words[k])):
                words.insert(0, k)  # its qualifiers: "the submerged part", "погружённой части"
                k -= 1
            if len(words) > 1 and not _AMOUNTS.get(code, frozenset()).intersection(point.words[k] for k in words):
                found.append((tuple(words), whole))  # a part told by its qualifier, not a bare "part", "half"
        elif word in adjectives and i + 1 in content and point.clauses[i + 1] == point.clauses[i] \
                and point.words[i + 1] not in nouns:
            found.append(((i,), i + 1))  # "the upper crust", "нижняя стенка"
    return found


def _adjective(word: str) -> bool:
    """Is a Russian word an adjective or a participle by its ending ("погружённой", "затопленную")?"""
    return len(word) >= 5 and word.endswith(("ой", "ый", "ий", "ая", "яя", "ую", "юю", "ого", "его", "ое", "ее",
                                             "ые", "ие", "ых", "их", "ым", "им", "ей"))


def whole_for_part(point: Prepared, got: Prepared, pairs: list[tuple[int, int]]) -> bool:
    """Does the answer say the whole thing where the point says a part of it (see the module)? `pairs`: the point's
    words made (point position, answer position)."""
    parts = _parts(point)
    if not parts:
        return False
    at = dict(pairs)
    mine, theirs = set(got.content()), set(point.content())
    for words, whole in parts:
        if whole not in at or any(k in at for k in words):
            continue
        head = _before(point, words[0], theirs)
        said = _before(got, at[whole], mine)
        if head >= 0 and head in at and said == at[head] or head < 0 and said < 0:
            return True
    return False


def picks_part(point: Prepared, i: int) -> bool:
    """Is word i of a point an adjective that picks out a part of the noun after it ("net" of "net income", "upper"
    of "the upper crust")? A point is not made without it (`modifiers`: "income" is not "net income")."""
    return point.words[i] in _words(point.lang.code)[1]


def whole_named(point: Prepared, stems: set[str]) -> bool:
    """Do the stems of an item of a list name the thing a part of the point is of, and no word of that part ("the
    sand" for the point "the upper layer of the sand": `named_alone`)?"""
    return any(point.stems[whole] in stems and not stems.intersection(point.stems[k] for k in words)
               for words, whole in _parts(point))
