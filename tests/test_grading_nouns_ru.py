"""Russian nouns said with a synonym of the lexical table's main fields (Wiktionary's synsets and the thesaurus's
first line: `meaning.NOUNS_RU`) in the grader's keypoints, where the point's other words stand elsewhere in the
answer (a noun next to the point's other word was already read as its relative: `all_but_one`). The wider field's
nouns stay out. Cards on invented subjects (a neighbours' raid, a ballad's author, a well's water); each row says
what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core import wordnet_ru
from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card

from .cards import explain

RU = Grader(language="ru")
STEM = language("ru").stem

RAID = explain("агрессия соседей", "засуха", prompt="Что напугало деревню?")
BALLAD = explain("автор баллады", "засуха", prompt="Кто жил в деревне и что там было?")
WELL = explain("анализ воды", "засуха", prompt="Что было в деревне?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # a noun said with a synonym of the table's main fields, the point's other word said apart from it
    (RAID, "соседи готовили нападение, и была засуха", True),
    (BALLAD, "балладу сочинил её создатель, и была засуха", True),
    (WELL, "воду отдали на исследование, и была засуха", True),
    # ... and no other noun makes it
    (RAID, "соседи готовили праздник, и была засуха", False),
    (BALLAD, "балладу сочинил её слушатель, и была засуха", False),
    (WELL, "воду отдали на продажу, и была засуха", False),
])
def test_nouns_by_the_main_fields(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


def test_the_pairs_are_the_main_fields_own() -> None:
    """Each noun pair accepted above is in the main fields; a pair of the wider field only is not."""
    for word, other in (("агрессия", "нападение"), ("автор", "создатель"), ("анализ", "исследование")):
        assert STEM(other) in wordnet_ru.synonyms(STEM(word), ("n",))
    assert STEM("двигатель") not in wordnet_ru.synonyms(STEM("мотор"), ("n",))
    assert STEM("двигатель") in wordnet_ru.wide_synonyms(STEM("мотор"), ("n",))
