"""Russian properties compared by their noun, read as compared by the adjective's comparative (issue #11), as English
"the speed of the trains rose" is "the trains became faster" (`property_changes`): "скорость голубя намного больше
скорости гонца" is "голубь намного быстрее гонца", "плотность сплава больше, чем плотность меди" and "плотность
сплава выше, чем у меди" are "сплав плотнее меди", "у сплава плотность выше, чем у меди" and "плотность у сплава
выше" "сплав плотнее (меди)", "вес ящика меньше веса бочки" "ящик легче бочки", "высота башни больше высоты
церкви" "башня выше церкви"; and "ящик уступает бочке по весу" is "ящик легче бочки", "по весу бочка превосходит
ящик" "бочка тяжелее ящика". So the two things compared stand where the comparative's terms do, and a comparison
made the other way round ("плотность меди больше плотности сплава") is read as its terms swapped (`comparing`).

Only a property's noun of `lexicon_compare.RU_COMPARED_NOUNS` of a thing said in one or two words (its genitive,
or "у" and its genitive), compared by "больше"/"выше" or "меньше"/"ниже" (maybe after a verb of being and a word of
degree: "была намного больше"), "превышает", "превосходит" or "уступает" with the same noun of another thing, "чем"
and the other thing, or nothing more after "у X"; a noun with neither is left as written ("скорость становится
больше": a change). A figure or a factor ("в 10 раз больше", "на 5 км/ч больше") is left as written: the comparison
is the figure's. Rules of Russian, no word of a text."""

from __future__ import annotations

import re
from functools import cache

from .lexicon_compare import RU_COMPARED_NOUNS
from .numbers_ru import ru_words_to_digits
from .quick import any_piece
from .text import word_runs

__all__ = ["compared_by_noun"]

_DEGREE = r"(?:(?:намного|гораздо|значительно|чуть|немного|существенно|заметно|несколько|куда|много) )?"
_BE = r"(?:(?:был|была|было|были|будет|будут|оказалась|оказался|оказалось|оказались) )?"
_MORE = {"больше": 1, "выше": 1, "меньше": -1, "ниже": -1}
# verbs of exceeding and of falling short ("плотность сплава превышает плотность меди", "уступает меди по плотности")
_VERBS = (r"превыша(?:ет|ют|л|ла|ло|ли)|превысил[аои]?|превосход(?:ит|ят|ил|ила|ило|или)|превзош(?:ел|ла|ло|ли)"
          r"|уступа(?:ет|ют|л|ла|ло|ли)|уступ(?:ит|ят|ил|ила|ило|или)")
_HOW = "|".join((*_MORE, _VERBS))
_COMPARING = frozenset(_MORE)
_VERB_PIECES = any_piece(("превыш", "превос", "превзо", "уступ"))  # (every match of `_VERBS` holds one)
# words that end the name of a thing: a preposition, a conjunction, a word of a factor, of need or of being ("скорость
# звука в воде": a place, not the thing; "в 3 раза больше": a factor's; "у них нужно больше": a need)
_NOT_A_THING = frozenset("в во на с со к ко по о об от до из за для при под над про без у и а но или что чем как "
                         "это раз раза вдвое втрое вчетверо впятеро вдесятеро не тоже также еще уже всегда нужно "
                         "надо можно нельзя очень".split()) | frozenset(_MORE)
_WORD = r"[^\W\d_]+"


def _sign(how: str) -> int:
    return _MORE.get(how) or (-1 if how.startswith("уступ") else 1)


@cache
def _rules() -> tuple[dict[str, tuple[str, str]], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Each form of a noun -> its comparatives; the shapes: "N X больше (N Y | чем (у) Y)" ("N X превышает N Y"),
    "у X N больше", "N у X больше" (and "чем у Y"), "X уступает Y по N" / "по N X превосходит Y"."""
    forms = {root + end: said for root, (ends, said) in RU_COMPARED_NOUNS.items() for end in ends}
    noun = "|".join(sorted(forms, key=len, reverse=True))
    thing = rf"({_WORD}(?: {_WORD})?)"
    of = re.compile(rf"(?<![\w-])({noun}) {thing} ({_BE}{_DEGREE})({_HOW})(?![\w-])"
                    rf"(?:,? (?:({noun}) (?=\w)|(чем)(?: у| ({noun}))? (?=\w)))")
    at = re.compile(rf"(?<![\w-])(?:у {thing} ({noun})|({noun}) у {thing}) ({_BE}{_DEGREE})({_HOW})(?![\w-])"
                    r"(?:,? (чем)(?: у)?(?= \w))?")
    by = re.compile(rf"(?<![\w-])(?:({_VERBS}) ((?:{_WORD} ){{1,2}}?)по ({noun})|по ({noun}) ((?:{_WORD} ){{1,2}}?)"
                    rf"({_VERBS}))(?![\w-])")
    return forms, of, at, by


def _a_thing(words: str) -> bool:
    return _NOT_A_THING.isdisjoint(words.split())


def _figure_after(text: str, end: int) -> bool:
    """Does a figure or a number word follow (a bound, not a second thing: "больше 100 км/ч", "выше, чем сто")?"""
    after = text[end:].lstrip(" ,").split(" ", 1)[0]
    return after[:1].isdigit() or bool(after) and ru_words_to_digits(after) != after


def compared_by_noun(text: str) -> str:
    """`text` (normalised Russian) with "плотность X больше плотности Y" read as "X плотнее Y" (the module's
    docstring gives each shape)."""
    forms, of, at, by = _rules()
    runs = word_runs(text)
    if forms.keys().isdisjoint(runs):
        return text
    more_less, verb = not _COMPARING.isdisjoint(runs), _VERB_PIECES.search(text) is not None
    if not more_less and not verb:
        return text  # (each shape holds a noun's form and a word of more or less, or a verb of exceeding)

    def word(noun: str, sign: int) -> str:
        return forms[noun][0 if sign > 0 else 1]

    def by_of(m: re.Match[str]) -> str:
        noun, thing, how, cmp, again, than, again_than = m.groups()
        if not _a_thing(thing) or forms[again or again_than or noun] != forms[noun] or _figure_after(text, m.end()):
            return m.group()
        return f"{thing} {how}{word(noun, _sign(cmp))} {'чем ' if than else ''}"

    def by_at(m: re.Match[str]) -> str:
        thing, noun = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if not _a_thing(thing) or _figure_after(text, m.end()):
            return m.group()
        return f"{thing} {m.group(5)}{word(noun, _sign(m.group(6)))}{' чем' if m.group(7) else ''}"

    def by_verb(m: re.Match[str]) -> str:
        if m.group(1):  # "X уступает Y по N": "X менее N-ый Y"
            return f"{word(m.group(3), _sign(m.group(1)))} {m.group(2).rstrip()}" if _a_thing(m.group(2)) \
                else m.group()
        return f"{m.group(5)}{word(m.group(4), _sign(m.group(6)))}" if _a_thing(m.group(5)) else m.group()

    text = of.sub(by_of, text)
    if "у" in runs and more_less:
        text = at.sub(by_at, text)
    return by.sub(by_verb, text) if "по" in runs and verb else text
