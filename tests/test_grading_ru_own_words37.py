"""Russian answers in a learner's own words (round 37): rules of the language, right and wrong cases on invented
cards (a boiler, a salt market, a lake, a town's debt).

- The imperfectives of "подняться", "опуститься" and "возрасти", "нарастать" and the future of "упасть" are the
  directions their other forms are ("давление поднимается" / "повышается", "уровень опускается" / "понижается",
  "спрос возрастает" / "растёт", "цены упадут" / "снизятся"), so that the claim is made and its opposite is not
  (`lexicon_ru.UP`, `lexicon_ru.DOWN`); "возраста", an age's case, stays no direction.
- A wording that only says its subject refused or ceased ("стражники отказались", "ткачи перестали": read "стражники
  не") is made by the subject and a negation after it in its clause ("стражники отказались стрелять", "стражники не
  стали стрелять"), not by the subject alone, nor by a refusal denied ("не отказались") (`ellipsis.refusal_made`).
- The other cases of "этот", "тот", "свой" and "себя" are function words as their listed cases are ("к этому", "к
  тому же", "к себе"): said where a point's word is left out, they put no word in its place
  (`lexicon_ru.STOP`; `grading.all_but_one`).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.matching import Prepared
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")


def card(*points: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points))


BOILER = card("давление в котле повышается", prompt="Что происходит, когда клапан закрыт?")
SALT = card("спрос на соль растёт", prompt="Что происходит на рынке соли зимой?")
LAKE = card("уровень озера понижается", prompt="Что происходит с озером в засуху?")
BREAD = card("цены на хлеб снизятся", prompt="Что будет после богатого урожая?")
DEBT = card("долг города растёт", prompt="Почему город продал мост?")

ROWS = [
    (BOILER, "давление в котле поднимается", True),
    (BOILER, "в котле поднимается давление", True),
    (BOILER, "давление в котле опускается", False),
    (SALT, "спрос на соль возрастает", True),
    (SALT, "спрос на соль не возрастает", False),
    (LAKE, "уровень озера опускается", True),
    (LAKE, "уровень озера поднимается", False),
    (BREAD, "цены на хлеб упадут", True),
    (BREAD, "цены на хлеб поднимутся", False),
    (DEBT, "долг города нарастает", True),
    (DEBT, "долг города опускается", False),
]


@pytest.mark.parametrize(("card_", "answer", "right"), ROWS)
def test_russian_direction_verbs_in_other_forms(card_, answer, right):
    assert RU.grade(card_, answer).correct is right


@pytest.mark.parametrize(("word", "direction"), [("поднимается", 1), ("возрастают", 1), ("нарастало", 1),
                                                 ("опускались", -1), ("упадут", -1), ("возраста", 0),
                                                 ("возрастом", 0)])
def test_the_forms_directions(word, direction):
    assert language("ru").direction(word) == direction


GUARDS = Card(id="g", section="s", kind="explain", prompt="Почему мятеж в крепости удался?",
              answer="стражники отказались стрелять в толпу",
              keypoints=(Keypoint("стражники отказались стрелять в толпу", ("стражники отказались",)),))
WEAVERS = card("ткачи перестали", prompt="Что случилось на фабрике в марте?")

REFUSALS = [
    (GUARDS, "стражники отказались", True),
    (GUARDS, "стражники отказались открывать огонь", True),
    (GUARDS, "стражники не стали стрелять в горожан", True),
    (GUARDS, "стражники не захотели стрелять", True),
    (GUARDS, "стражники стреляли в толпу", False),
    (GUARDS, "стражники не отказались стрелять", False),
    (GUARDS, "стражники стреляли, но никого не ранили", False),
    (WEAVERS, "ткачи перестали работать", True),
    (WEAVERS, "ткачи работали", False),
]


@pytest.mark.parametrize(("card_", "answer", "right"), REFUSALS)
def test_a_bare_refusal_is_made_by_a_negation_after_its_subject(card_, answer, right):
    assert RU.grade(card_, answer).correct is right


FISHER = card("рыбак с детства знает реку", prompt="Почему экспедиция взяла проводника из деревни?")
PUPILS = card("ученики с детства знают ноты", prompt="Почему хор так быстро выучил песню?")
CHEESE = Card(id="c", section="s", kind="explain", prompt="Как продают сыр на рынке?", answer="цена зависит от веса",
              keypoints=(Keypoint("цена зависит от веса", ("чем больше, тем дороже",)),))

PRONOUNS = [
    (FISHER, "рыбак к тому же знает реку", True),
    (PUPILS, "ученики при этом знают ноты", True),
    (PUPILS, "ученики к этому времени знают ноты", False),  # a word in the place of the one left out
    (FISHER, "рыбак не знает реку", False),
    (CHEESE, "чем больше кусок, тем дороже", True),
    (CHEESE, "сыр стал дороже", False),  # "тем" stays a word: one comparative makes no "чем ..., тем ..."
]


@pytest.mark.parametrize(("card_", "answer", "right"), PRONOUNS)
def test_pronoun_cases_put_no_word_in_a_left_out_ones_place(card_, answer, right):
    assert RU.grade(card_, answer).correct is right


@pytest.mark.parametrize("word", ["этому", "этим", "эту", "тому", "себе", "собой", "своему"])
def test_pronoun_cases_are_no_content_words(word):
    said = Prepared.of(f"кот привык к {word} дому", RU.aliases, lemmas=True)
    assert [said.words[i] for i in said.content()] == ["кот", "привык", "дому"]
