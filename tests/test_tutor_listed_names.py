"""A name said only as one item of a list of names is not what the sentence after the list speaks of ("It runs through
A, B, C and D. Here live ..."): that sentence is about the whole (`tutor.listed_names`). Notes written here, in Russian
and English, no pack's subject."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor, referring

RANGE = """\
Прудовик живёт в прудах Европы и Азии.
Его ареал проходит через Польшу, Сибирь, Казахстан, Монголию и Китай.
Здесь живёт около трёх четвертей всех видов пресноводных улиток мира.
"""
LOCAL = "В Монголии около 30 видов пресноводных улиток и сотни видов слизней.\n"
PACK = Pack(id="prud", title="Прудовик", language="ru", cards=(),
            sections=(Section(id="r", title="Ареал", notes=RANGE),
                      Section(id="m", title="Улитки Монголии", notes=LOCAL)))
RANGE_EN = """\
The pond snail lives in the ponds of Europe and Asia.
Its range runs through Poland, Siberia, Kazakhstan, Mongolia and China.
Here live about three quarters of all the freshwater snail species of the world.
"""
LOCAL_EN = "Mongolia has about 30 species of freshwater snails and hundreds of species of slugs.\n"
PACK_EN = Pack(id="pond", title="Pond snail", language="en", cards=(),
               sections=(Section(id="r", title="Range", notes=RANGE_EN),
                         Section(id="m", title="Snails of Mongolia", notes=LOCAL_EN)))
CASES = [(PACK, "Сколько видов пресноводных улиток в Монголии?", "около 30 видов"),
         (PACK_EN, "How many species of freshwater snails are there in Mongolia?", "about 30 species")]


@pytest.mark.parametrize(("pack", "question", "said"), CASES)
def test_the_sentence_about_the_item_itself_answers(pack, question, said):
    reply = Tutor(pack, cache=False).ask(question)
    assert reply.kind == "answer" and said in reply.text


def test_the_sentence_after_the_list_still_answers_of_the_whole():
    reply = Tutor(PACK, cache=False).ask("Сколько видов пресноводных улиток живёт в этом ареале?")
    assert reply.kind == "answer" and "трёх четвертей" in reply.text


def test_without_the_rule_the_sentence_after_the_list_answers_of_one_item(monkeypatch):
    monkeypatch.setattr(referring, "listed_only", lambda text, keys, words: False)
    reply = Tutor(PACK, cache=False).ask(CASES[0][1])
    assert "около 30 видов" not in reply.text
