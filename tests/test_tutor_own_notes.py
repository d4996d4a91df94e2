"""The notes' own sentence first: a source sentence chosen as the answer gives way to a sentence of the notes that
says the same (`tutor.own_notes`); invented packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from studybot.core.packs import Pack, Section, Source
from studybot.core.tutor import Tutor

RU_NOTES = ("Первым общим запретом стал Устав 1712 года (князь Олег Тирвинский): он запретил ловить рыбу "
            "сетями в Вельне весной, когда рыба идёт на нерест. Новый устав 1740 года увеличил штраф. Водяную "
            "мельницу на Вельне построил купец Фома Брагин; она молола зерно для трёх сёл.")
RU_SOURCE = ("Первым общим запретом стал Устав 1712 года, принятый при князе Олеге Тирвинском. Он запретил ловить "
             "рыбу сетями в Вельне весной, когда рыба идёт на нерест.\n\nО мельнице на Вельне известно мало. Её "
             "жернова привезли из далёкой Тирвы на санях зимой.\n")
EN_NOTES = ("The Harbour Act of 1822 (passed under Governor Elam Drury) first banned nets in the Sorrel estuary in "
            "spring, when the fish spawn. A second act of 1840 raised the fine.")
EN_SOURCE = ("The first general ban was the Harbour Act of 1822, which was passed under Governor Elam Drury. It "
             "banned nets in the Sorrel estuary in spring, when the fish spawn.\n\nLittle is known of the mill. Its "
             "stones were brought from distant quarries by sledge in winter.\n")


def tutor_of(folder: Path, notes: str, source: str, language: str) -> Tutor:
    (folder / "source.txt").write_text(source, encoding="utf-8")
    pack = Pack(id="t", title="Velna", path=str(folder / "p.yaml"), language=language, cards=(),
                sections=(Section(id="s", title="Fishing", notes=notes),),
                source=Source(title="Annals", text="source.txt"))
    return Tutor(pack, cache=False)


@pytest.fixture(scope="module")
def tutors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Tutor]:
    return {"ru": tutor_of(tmp_path_factory.mktemp("ru"), RU_NOTES, RU_SOURCE, "ru"),
            "en": tutor_of(tmp_path_factory.mktemp("en"), EN_NOTES, EN_SOURCE, "en")}


@pytest.mark.parametrize("language, question, said", [
    # the notes say the source sentence's fact in their own words: their sentence answers
    ("ru", "при каком князе приняли устав 1712 года?", "Устав 1712 года (князь Олег Тирвинский)"),
    ("ru", "при ком приняли устав 1712 года", "Устав 1712 года (князь Олег Тирвинский)"),
    ("en", "under which governor was the harbour act of 1822 passed?", "The Harbour Act of 1822 (passed under"),
    # what only the source tells is answered by the source
    ("ru", "откуда привезли жернова для мельницы?", "из далёкой Тирвы"),
    ("en", "where were the stones of the mill brought from?", "from distant quarries"),
])
def test_the_notes_say_it_first(tutors: dict[str, Tutor], language: str, question: str, said: str) -> None:
    reply = tutors[language].ask(question)
    assert reply.kind == "answer" and said in " ".join(reply.sentences), reply.sentences
