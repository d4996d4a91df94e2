"""A Russian question's verb of devising ("придумал", "изобрёл") is met by a text's other verb of it ("предложил",
"выдвинул"), and a set phrase it asks of ("фразу «X»") by the text's "выражение «X»" (`lexicon_ru_verbs`,
`lexicon_ru_paraphrase`). Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def glassworks() -> Tutor:
    return tutor_on(
        "Стекольный завод в Малом Броде основали в 1790 году.\n"
        "Гипотезу о лесном происхождении песка выдвинул геолог Аркадий Зимин в 1881 году.\n"
        "\n"
        "Выражение «стекло любит тишину» предложил мастер Игнат Скворцов.\n"
        "Печь на заводе топили берёзовыми дровами.\n"
        "Название заводу придумал купец Ерофеев.\n"
        "\n"
        "Новую форму для бутылок изобрёл подмастерье Лука Редькин.\n", title="Стекольный завод", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто придумал эту гипотезу?", "Зимин"),  # придумал / выдвинул
    ("Кто придумал фразу «стекло любит тишину»?", "Скворцов"),  # придумал фразу / предложил выражение
])
def test_a_verb_of_devising_said_otherwise(glassworks, question, fact):
    assert says(glassworks, question, fact)


@pytest.mark.parametrize("question", [
    "Кто придумал стеклодувную трубку?",  # nothing of it in the notes
    "Кто придумал фразу «огонь не ждёт»?",  # another phrase
])
def test_what_the_notes_do_not_say_is_still_declined(glassworks, question):
    assert glassworks.ask(question).kind == "decline"
