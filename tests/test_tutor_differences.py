"""A question of the difference between two things that no sentence answers by itself is answered by what the notes
say each thing is, when they say both in one section, or define the one by the other (`tutor.differences`). Notes
written here, in Russian and English, no pack's subject."""

from __future__ import annotations

import pytest

import studybot.core.tutor as tutor_module
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor, differences

DUTIES = """\
Жители Вельской волости несли две повинности.
Подвода — перевозка казённых грузов на своей телеге и своей лошади.
Кормовые — плата уездному начальнику зерном или деньгами.
"""
SNOW = """\
Наст — снег, покрытый твёрдой ледяной коркой после оттепели.
По насту зимой легко идти на лыжах.
"""
OTHER = """\
В волости было двенадцать деревень.
Главной деревней было село Ручьи на реке Мше.
"""
PACK = Pack(id="volost", title="Волость", language="ru", cards=(),
            sections=(Section(id="d", title="Повинности", notes=DUTIES), Section(id="s", title="Зима", notes=SNOW),
                      Section(id="o", title="Деревни", notes=OTHER)))
DUTIES_EN = """\
The villagers of Velsk owed two duties.
Carting was the carrying of state goods on one's own cart with one's own horse.
Fodder money was a payment to the district officer in grain or coin.
"""
PACK_EN = Pack(id="velsk", title="Velsk", language="en", cards=(),
               sections=(Section(id="d", title="Duties", notes=DUTIES_EN),))

CASES = [
    (PACK, "В чём разница между подводой и кормовыми?", ("перевозка казённых грузов", "зерном или деньгами")),
    (PACK, "чем наст отличается от обычного снега", ("покрытый твёрдой ледяной коркой",)),
    (PACK_EN, "What is the difference between carting and fodder money?", ("carrying of state goods", "grain or coin")),
]


@pytest.mark.parametrize(("pack", "question", "said"), CASES)
def test_what_the_notes_say_each_thing_is_answers_their_difference(pack, question, said):
    reply = Tutor(pack, cache=False).ask(question)
    assert reply.kind == "answer" and all(s in reply.text for s in said)


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("в чем разница между подводой и кормовыми?", "ru", ("подводой", "кормовыми")),
    ("чем рнк отличается от днк по составу?", "ru", ("рнк", "днк")),
    ("чем отличаются боковые морены от конечных", "ru", ("боковые морены", "конечных")),
    ("how does carting differ from fodder money?", "en", ("carting", "fodder money")),
    ("когда подвода стала повинностью?", "ru", None),
])
def test_the_two_things_asked_apart(text, lang, pair):
    assert differences.contrast_pair(text, lang) == pair


@pytest.mark.parametrize(("pack", "question"), [(PACK, "В чём разница между подводой и барщиной?"),
                                                (PACK, "чем подвода отличается от наста"),
                                                (PACK_EN, "How does carting differ from ploughing?")])
def test_things_the_notes_do_not_treat_together_are_declined(pack, question):
    assert Tutor(pack, cache=False).ask(question).kind == "decline"


def test_without_the_rule_the_difference_is_declined(monkeypatch):
    monkeypatch.setattr(tutor_module, "told_apart", lambda pair, lang, ask, words: [])
    assert Tutor(PACK, cache=False).ask(CASES[0][1]).kind == "decline"


LONG_EN = """\
The villagers of Velsk owed two duties. Carting was the carrying of state goods on one's own cart.
Carting took a man and a horse away for a week. Carting fell hardest in the spring, when the roads were mud.
Fodder money was a payment to the district officer in grain or coin. Fodder money was due at Michaelmas.
Fodder money was raised twice in the hungry years.
"""


def test_a_difference_told_by_two_long_definitions_is_still_at_most_three_sentences():
    pack = Pack(id="velsk", title="Velsk", language="en", cards=(), sections=(Section(id="d", title="Duties",
                                                                                       notes=LONG_EN),))
    reply = Tutor(pack, cache=False).ask("What is the difference between carting and fodder money?")
    assert reply.kind == "answer" and 1 <= len(reply.sentences) <= 3
    assert "carrying of state goods" in reply.text and "grain or coin" in reply.text  # each thing's own first
