"""A Russian question of who led ("кто командовал X?", "кто руководил X?", "кто возглавлял X?") asks of a leader: a
passage that names X and some person but no leader ("у Ордыни шведские войска сожгли мельницу крестьянина ...") does
not answer it (`tutor.events.EVENTS_RU`); one that says a leader's verb, noun, title or rank does ("командовал",
"капитаном был", "руководил"), also when it names a name of several words by its last word only ("работой палаты"
for "Оружейная палата", `events.telling_event`). Shown on small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor, events

NOTES = """\
Крепость Ордынь стоит на реке Вилге и прикрывает дорогу на север.
Весной 1703 года у Ордыни шведские войска сожгли мельницу крестьянина Фрола Рябинина.
Гарнизоном крепости командовал полковник Игнат Рябов.
Капитаном брига «Сокол» был Пётр Ланской, и бриг привёз в крепость порох.
Летом 1704 года под Ордынью стрельцы захватили обоз купца Саввы Лопухина.
В 1705 году при крепости учредили Оружейную палату, чтобы чинить пушки и ружья гарнизона.
Фактически работой палаты руководил мастер Нил Горин.
Летом 1706 года Оружейная палата отлила для крепости двенадцать пушек.
"""
PACK = Pack(id="ordyn", title="Ордынь", language="ru", cards=(),
            aliases={"Оружейная палата": ["Оружейная палата крепости"]},
            sections=(Section(id="s", title="Крепость Ордынь", notes=NOTES),))

UNSAID = ["кто командовал шведскими войсками у Ордыни?", "кто руководил стрельцами под Ордынью?",
          "кто возглавлял шведские войска у Ордыни?"]
SAID = [("кто командовал гарнизоном крепости?", "Рябов"), ("кто командовал бригом «Сокол»?", "Ланской"),
        ("Кто руководил Оружейной палатой?", "Горин")]


@pytest.mark.parametrize("question", UNSAID)
def test_a_passage_naming_no_leader_does_not_answer_who_led(question):
    assert Tutor(PACK, cache=False).ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "leader"), SAID)
def test_a_passage_saying_a_leader_answers(question, leader):
    reply = Tutor(PACK, cache=False).ask(question)
    assert reply.kind == "answer" and leader in reply.text


def test_without_the_rule_a_passage_naming_no_leader_answers(monkeypatch):
    monkeypatch.setattr(events, "EVENTS_RU", events.EVENTS_RU[:1])
    tutor = Tutor(PACK, cache=False)
    assert all(tutor.ask(question).kind == "answer" for question in UNSAID)
