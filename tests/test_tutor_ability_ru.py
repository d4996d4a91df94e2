"""A Russian question's verb of ability frames it (`lexicon_ru_tutor._ABLE`, light words): "умели ли крестьянки
писать?" asks whether they wrote, and the notes say the deed ("Крестьянки писали ..."), not the ability, though they
use "могли" of something else; shown on small notes written here
(no pack's subject), with questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Приходскую школу в селе Заречье открыл священник Никольский в 1841 году.
В первый год в ней учились двенадцать мальчиков из трёх соседних деревень.
Ученики писали мелом на аспидных досках, потому что бумага была дорогой.
Прописи для них писал сам Никольский, а диктанты писали по Псалтыри.
Учитель читал ученикам Псалтырь, а ученики повторяли за ним вслух.
Летом школа закрывалась, потому что дети работали в поле вместе с родителями.
Крестьянки писали письма сыновьям в солдатах и сами вели счёт на рынке.
Письма в город писал и дьячок, если семья платила ему копейку.
Девочек в школу стали принимать только в 1868 году.
В 1885 году школу перевели в новое каменное здание, где могли учиться сорок детей.
"""
PACK = Pack(id="shkola", title="Школа", language="ru", cards=(),
            sections=(Section(id="s", title="Приходская школа в Заречье", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("умели ли крестьянки писать?", "писали письма сыновьям"),
    ("могли ли крестьянки писать письма", "писали письма сыновьям"),
])
def test_a_verb_of_ability_only_frames_the_question(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["умели ли ученики рисовать?", "мог ли священник лечить крестьян",
                                      "сколько могла стоить доска", "умел ли никольский играть на скрипке",
                                      "умели ли крестьянки читать"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
