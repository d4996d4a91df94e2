"""Russian synonyms in the grader (core/meaning.py with core/wordnet_ru.py): a keypoint's word said with a synonym
in the main sense of both words. Cards on invented subjects (a guild, a lighthouse, a monastery, a grain market), so a
rule that passes is one of Russian; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core import meaning, ru_verbal_nouns, wordnet_ru
from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.matching import Aliases, Prepared
from studybot.core.packs import Card

from .cards import one_point

RU = Grader(language="ru")


GUILD = one_point("гильдия защищала ремесленников", "Что делала гильдия?")
MONKS = one_point("монахи покидали монастырь зимой", "Что делали монахи зимой?")
KEEPER = one_point("смотритель спешил к маяку", "Что делал смотритель?")
PUNISHMENT = one_point("наказание за подделку клейма было жестоким", "Каким было наказание за подделку клейма?")
LAMP = one_point("на маяке поставили мощный фонарь", "Какой фонарь поставили на маяке?")
COUNCIL = one_point("совет разрешил мастерам нанимать учеников", "Что решил совет?")
CHARTER = one_point("мастер изменил устав цеха", "Что сделал мастер?")
PRICES = one_point("цены на зерно увеличились", "Что стало с ценами на зерно?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # a verb or an adjective said with a synonym in the main sense of both words, in any form
    (GUILD, "гильдия охраняла ремесленников", True),
    (GUILD, "ремесленников охраняла гильдия", True),
    (MONKS, "зимой монахи оставляли монастырь", True),
    (KEEPER, "смотритель торопился к маяку", True),
    (PUNISHMENT, "за подделку клейма наказывали беспощадно: наказание было беспощадным", True),
    (LAMP, "на маяке поставили сильный фонарь", True),
    (LAMP, "на маяке поставили слабый фонарь", False),
    (COUNCIL, "совет позволил мастерам нанимать учеников", True),
    # ... negated as the point is, and no other verb passes
    (GUILD, "гильдия не охраняла ремесленников", False),
    (GUILD, "гильдия разоряла ремесленников", False),
    (KEEPER, "смотритель опоздал к маяку", False),
    # a synonym of another sense of the word is none: "изменить" is "предать" only in its second sense
    (CHARTER, "мастер предал устав цеха", False),
    # opposites stay opposites: the direction words are not widened by the table
    (PRICES, "цены на зерно уменьшились", False),
    (PRICES, "цены на зерно выросли", True),
    # never onto a word of the card's known mistakes
    (one_point("гильдия защищала ремесленников", "Что делала гильдия?", "гильдия охраняла купцов"),
     "гильдия охраняла ремесленников", False),
    # never for a name, though the table has the word ("сильный" / "мощный")
    (one_point("бриг «Сильный» доставил почту", "Какой бриг доставил почту?"), "бриг «Мощный» доставил почту", False),
])
def test_synonyms_from_the_russian_table(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


def test_a_verbs_stem_is_not_a_nouns() -> None:
    # Snowball gives "победили" and "победа" one stem: only the verb's form stands for the verb's synonyms
    assert "v" in wordnet_ru.parts_of_speech("победили") and "v" in wordnet_ru.parts_of_speech("увеличился")
    assert "v" not in wordnet_ru.parts_of_speech("победа") and "v" not in wordnet_ru.parts_of_speech("возраст")
    lang = Aliases(lang=language("ru"))
    point, verb, noun = (Prepared.of(t, lang, lemmas=True) for t in ("горожане победили", "горожане выиграли",
                                                                      "победа горожан"))
    want = next(w for w in point.wanted(frozenset()) if w.word == "победили")
    assert meaning.same_meaning(want, point, verb, frozenset()) == (0, 1)
    noun_want = next(w for w in noun.wanted(frozenset()) if w.word == "победа")
    assert meaning.same_meaning(noun_want, noun, verb, frozenset()) == (-1, -1)


def test_the_table_is_read_only_when_a_word_is_not_found() -> None:
    wordnet_ru.table.cache_clear()
    wordnet_ru.entry.cache_clear()
    wordnet_ru.wide_entry.cache_clear()
    wordnet_ru.wide_synonyms.cache_clear()
    # (and the memos of word pairs that read the table: an answer graded before would be answered from them)
    for memo in (meaning._has_synonyms_ru, meaning._synonymous_ru, ru_verbal_nouns.verbal_noun):
        memo.cache_clear()
    fresh = Grader(language="ru")  # (an answer another test graded keeps what was found in its own memo)
    assert fresh.grade(GUILD, "гильдия защищала ремесленников").correct
    assert wordnet_ru.table.cache_info().currsize == 0  # every word found: the table costs nothing
    assert fresh.grade(GUILD, "гильдия охраняла ремесленников").correct
    assert wordnet_ru.table.cache_info().currsize == 1
