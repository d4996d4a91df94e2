"""Russian word families in the grader (core/ru_families.py): a keypoint's word said in another word of its family
(a verb with an aspect prefix, a noun in "-ство" by its adjective). Cards on invented subjects (a guild, a harbour,
a brewery, a village), so a rule that passes is one of Russian; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core import ru_families
from studybot.core.grading import Grader
from studybot.core.grading.ellipsis import heads_restored
from studybot.core.language import language
from studybot.core.matching import Aliases, Prepared
from studybot.core.packs import Card, Keypoint

from .cards import one_point

RU = Grader(language="ru")


BARLEY = one_point("ячмень быстро растёт", "Почему пивовары выбрали ячмень?")
SMUGGLER = one_point("контрабандист бежал из порта", "Что сделал контрабандист?")
MASTER = one_point("мастер писал устав гильдии", "Что делал мастер?")
GUILD = one_point("купечество пополнилось ремесленниками", "Что случилось после указа?")
VILLAGE = one_point("крестьянство платило оброк", "Кто платил оброк?")
CARGO = one_point("грузчики грузили бочки", "Что делали грузчики?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # a verb with an aspect prefix is the same verb, either way round
    (BARLEY, "ячмень быстро вырастает", True),
    (SMUGGLER, "контрабандист сбежал из порта", True),
    (MASTER, "мастер написал устав гильдии", True),
    # ... not negated otherwise, nor another verb
    (SMUGGLER, "контрабандист не сбежал из порта", False),
    # a verb and its imperfective in -ыва- / -ива- are one verb, either way round
    (one_point("плотина выдерживала паводок", "Почему деревня уцелела?"), "плотина выдержала паводок", True),
    (one_point("плотина выдержала паводок", "Почему деревня уцелела?"), "плотина выдерживала паводок", True),
    (one_point("плотина выдержала паводок", "Почему деревня уцелела?"), "плотина не выдерживала паводок", False),
    (one_point("мастер показал ученикам печь", "Что сделал мастер?"), "мастер показывал ученикам печь", True),
    (BARLEY, "ячмень быстро вянет", False),
    # a prefix of undoing turns a verb toward its opposite: never the same verb
    (CARGO, "грузчики разгрузили бочки", False),
    # a noun in -ство said by its adjective with a noun of a group
    (GUILD, "купеческое сословие пополнилось ремесленниками", True),
    (VILLAGE, "крестьянские семьи платили оброк", True),
    (VILLAGE, "дворянские семьи платили оброк", False),
    # an adjective in -ейский met by its noun ("армейский" / "армия", "лицейский" / "лицей")
    (one_point("гвардейский полк охранял дворец", "Кто охранял дворец?"), "дворец охранял полк гвардии", True),
    (one_point("гвардейский полк охранял дворец", "Кто охранял дворец?"), "дворец охранял полк ополчения", False),
    (one_point("лицейские друзья навещали поэта", "Кто навещал поэта?"), "друзья по лицею навещали поэта", True),
    # an adjective in -янский is of its people ("дворянин", "крестьяне"), not of their root ("двор", "крест")
    (one_point("мастера работали при дворе", "Где работали мастера?"), "мастера работали в дворянских усадьбах", False),
    (one_point("мастера работали при дворе", "Где работали мастера?"), "мастера работали при дворе князя", True),
    (one_point("община крестьян делила землю", "Кто делил землю?"), "землю делила крестьянская община", True),
    # becoming so said by the verb of becoming so (the subject named by the question: the change is the point)
    (one_point("гильдия усилилась", "Как указ повлиял на гильдию?"), "гильдия стала сильнее", True),
    (one_point("гильдия усилилась", "Как указ повлиял на гильдию?"), "гильдия стала слабее", False),
    (one_point("верфь ослабла", "Как пожар повлиял на верфь?"), "верфь стала слабее", True),
    (one_point("верфь ослабла", "Как пожар повлиял на верфь?"), "верфь стала сильнее", False),
])
def test_word_families(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


@pytest.mark.parametrize(("a", "a_stem", "b", "b_stem", "same"), [
    ("растет", "растет", "вырастает", "выраста", True),
    ("бежал", "бежа", "сбежал", "сбежа", True),
    ("решили", "реш", "разрешили", "разреш", False),  # a root of three letters: too many meanings
    ("закипеть", "закипет", "вскипеть", "вскипет", False),  # two different prefixes ("ввёз" / "вывез")
    ("держал", "держа", "держава", "держав", False),  # a noun is no verb form
])
def test_prefixed_verbs(a: str, a_stem: str, b: str, b_stem: str, same: bool) -> None:
    assert ru_families.prefixed_verb(a, a_stem, b, b_stem) is same


@pytest.mark.parametrize(("a", "a_stem", "b", "b_stem", "same"), [
    ("выдержал", "выдержа", "выдерживал", "выдержива", True),
    ("показывать", "показыва", "показать", "показа", True),
    ("заказывали", "заказыва", "отказали", "отказа", False),  # another prefix: another verb
])
def test_aspect_pairs(a: str, a_stem: str, b: str, b_stem: str, same: bool) -> None:
    assert ru_families.aspect_pair(a, a_stem, b, b_stem) is same


def test_collective_adjective() -> None:
    assert ru_families.collective_adjective("дворянств", "дворянское", "дворянск")
    assert ru_families.collective_adjective("государств", "государственный", "государствен")
    assert not ru_families.collective_adjective("дворянств", "дворянин", "дворянин")  # a person, no adjective
    assert not ru_families.collective_adjective("дворянств", "придворный", "придворн")


ABBREVIATED = Grader({"сЛК": ("с-ЛК", "северная ЛК"), "юЛК": ("ю-ЛК", "южная ЛК")}, language="ru")
LODGES = Card(id="l", section="s", kind="list", prompt="Назовите два вида ЛК гильдии.", answer="сЛК и юЛК",
              keypoints=(Keypoint("сЛК", ()), Keypoint("юЛК", ())))


@pytest.mark.parametrize(("given", "right"), [
    ("северная и южная", True),  # the noun the question names, left out after each adjective
    ("южная, северная", True),
    ("северная ЛК и южная ЛК", True),
    ("северная и западная", False),
])
def test_list_items_said_by_their_adjectives(given: str, right: bool) -> None:
    assert ABBREVIATED.grade(LODGES, given).correct is right, ABBREVIATED.grade(LODGES, given).trace


@pytest.mark.parametrize(("answer", "prompt", "read"), [
    ("транспортная, рибосомная и информационная", "Назовите три основных вида РНК.",
     "транспортная РНК, рибосомная РНК, информационная РНК"),
    ("военная и гражданская", "Какие типы службы различали?", "военная службы, гражданская службы"),
    ("военная и гражданская", "Какие службы различали?", None),  # no word of kinds: no noun to restore
    ("транспортная", "Назовите вид РНК.", None),  # one word answers no list
    ("транспортная РНК, рибосомная РНК", "Назовите два вида РНК.", None),  # nothing left out
])
def test_heads_restored(answer: str, prompt: str, read: str | None) -> None:
    assert heads_restored(answer, prompt, "ru") == read


OVEN = one_point("мастер проверяет печь два раза за смену", "Как часто мастер проверяет печь?")


@pytest.mark.parametrize(("given", "right"), [
    ("мастер проверяет печь дважды за смену", True),  # a count of times in one word
    ("мастер проверяет печь трижды за смену", False),
    ("мастер проверяет печь 2 раза за смену", True),
])
def test_counts_of_times(given: str, right: bool) -> None:
    assert RU.grade(OVEN, given).correct is right, RU.grade(OVEN, given).trace


@pytest.mark.parametrize(("text", "kind"), [
    ("мельница работает 2 раза в неделю", "count"),  # "N раз" with no "в" and no change: how many times
    ("мельница работает дважды в неделю", "count"),
    ("доход мельницы вырос в 2 раза", "factor"),
    ("доход мельницы вырос 2 раза", "factor"),  # said loosely, with a change: still a factor
    ("доход мельницы вырос вдвое", "factor"),
])
def test_times_counted_or_multiplied(text: str, kind: str) -> None:
    got = Prepared.of(text, Aliases(lang=language("ru")), lemmas=True)
    assert [q.kind for q in got.quantities] == [kind]
