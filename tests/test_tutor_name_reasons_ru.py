"""Why a thing bears its name (`tutor.name_reasons`): "почему X так называется?", "откуда у X такое название?" ask the
reason for the name, which a text gives without the word for naming ("так много щук" for "Щучье озеро"); that word
only frames the question, and a passage naming something else ("деревня названа в честь ...") does not answer it.
"Почему X назвали в честь Y?" asks the naming itself and keeps the word. Shown on small notes written here (no pack's
subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.name_reasons import naming_asked
from studybot.core.tutor.words import Words

NOTES = """\
Щучье озеро лежит у подножия хребта Хамар, в сорока верстах от Ордыни.
В Щучьем озере водится так много щук, что рыбаки ловят их даже сетями для окуня.
Деревня Ланская на берегу озера названа в честь помещика Петра Ланского.
Зимой озеро замерзает до самого дна, и рыба уходит в реку Вилгу.
Местные жители называют озеро Тихим, потому что на нём почти не бывает волн.
"""
PACK = Pack(id="ozero", title="Окрестности Ордыни", language="ru", cards=(),
            sections=(Section(id="s", title="Озёра и деревни", notes=NOTES),))


@pytest.mark.parametrize("question", ["почему щучье озеро так называется?", "откуда у щучьего озера такое название?"])
def test_the_reason_for_a_name_is_what_the_name_says(question):
    reply = Tutor(PACK, cache=False).ask(question)
    assert reply.kind == "answer" and "так много щук" in reply.sentences[0]


@pytest.mark.parametrize(("question", "framing"), [
    ("почему щучье озеро так называется?", {"называется"}), ("откуда у озера такое название?", {"название"}),
    ("почему озеро назвали щучьим?", {"назвали"}), ("почему мельницу назвали в честь мельника?", set()),
    ("как называется озеро у ордыни?", set()), ("почему озеро замерзает?", set())])
def test_only_a_why_of_a_name_frames_the_word_for_naming(question, framing):
    assert naming_asked(normalise(question), Words("ru", (), {})) == framing
