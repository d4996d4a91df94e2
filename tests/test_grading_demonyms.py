"""A country and its people's adjective are one word to a fair teacher (issue #11, paraphrases forgiven).

"the law of Sweden" answers "Swedish law" (an irregular pair, from the general lexicon's list of demonyms);
"хан Монголии" answers "монгольский хан" as it is, not as a slip (the Russian adjective ending "-ьский" of
a place). Another country stays wrong, and the common words among the demonyms ("pole", "turkey") are not
read as countries. Cards are on subjects of our own.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import one_point

EN = Grader()
RU = Grader(language="ru")


def short(answer: str, prompt: str = "What was it?") -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


@pytest.mark.parametrize(("grader", "answer", "given", "right", "slip"), [
    (EN, "Swedish law", "the law of sweden", True, False),
    (EN, "Swedish law", "the law of the swedes", True, False),
    (EN, "Swedish law", "danish law", False, False),
    (EN, "Swedish law", "the law of norway", False, False),
    (EN, "A Dutch merchant", "a merchant from the netherlands", True, False),
    (EN, "the magnetic pole", "the magnetic poland", False, False),  # "pole" is a common word too
    (EN, "a roast turkey", "a turkish roast", False, False),  # the bird, not the country
    # a name's last vowel dropped before the ending, or an ending of its own
    (EN, "the war with Mexico", "the mexican war", True, False),
    (EN, "the war with Mexico", "the canadian war", False, False),
    (EN, "a bank in Canada", "a canadian bank", True, False),
    (EN, "a bank in Canada", "a mexican bank", False, False),
    (EN, "the Moroccan coast", "the coast of morocco", True, False),
    (EN, "Kuwaiti oil", "oil from kuwait", True, False),
    (EN, "Kuwaiti oil", "oil from qatar", False, False),
    (RU, "Монгольский хан", "хан монголии", True, False),  # the same word family, no slip
    (RU, "Монгольский хан", "хан монголов", True, False),
    (RU, "Монгольский хан", "китайский хан", False, False),
    (RU, "Уральский хребет", "хребет на урале", True, False),
])
def test_a_country_and_its_adjective(grader, answer, given, right, slip):
    verdict = grader.grade(short(answer), given)
    assert verdict.correct is right
    if right:
        assert verdict.typo is slip


def explain(point: str) -> Card:
    return one_point(point, "Объясните.")


@pytest.mark.parametrize(("card", "given", "right"), [
    # a Russian country named by its people, whose stem is not the country's ("немцы" / "Германия")
    (short("в Германии", "В какой стране это началось?"), "у немцев", True),
    (short("в Германии", "В какой стране это началось?"), "немцы", True),
    (short("в Германии", "В какой стране это началось?"), "немецкие мастера", True),
    (short("в Германии", "В какой стране это началось?"), "у французов", False),
    (short("Швеция", "Кто был противником?"), "шведы", True),
    (short("Швеция", "Кто был противником?"), "швейцарцы", False),
    (short("Турция", "Кто был противником?"), "турки", True),
    (short("Турция", "Кто был противником?"), "греки", False),
    (explain("Франция объявила войну"), "войну объявили французы", True),
    (explain("Франция объявила войну"), "войну объявили англичане", False),
    (explain("Польша потеряла независимость"), "поляки потеряли независимость", True),
    (explain("Польша потеряла независимость"), "поляки сохранили независимость", False),
    # a common word is never a country: "груз" (no "Грузия"), "кора" (no "Корея"), "куб" (no "Куба")
    (explain("груз доставили морем"), "грузины доставили морем", False),
    (explain("кора дерева треснула"), "корейцы дерева треснула", False),
])
def test_a_russian_country_and_its_people(card, given, right):
    assert RU.grade(card, given).correct is right
