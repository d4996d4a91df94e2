"""A name of several words said again without its common word ("летом — у Восточной башни, а зимой — у Западной,
где ..."): the passage names the one asked, though it names another of its kind beside it (`other_names._elided`);
a passage naming only the other, with its common word, is still about another thing. Invented text."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = ("Ольвенская крепость стоит на холме над рекой. Восточная башня построена в 1600 году, а Западная башня — в "
         "1650 году.\n\n"
         "Летом ярмарки проводили у Восточной башни, а зимой — у Западной, где можно было укрыться от ветра.\n\n"
         "Весной стража собиралась у Восточной башни.\n")


@pytest.fixture(scope="module")
def fort() -> Tutor:
    return Tutor(Pack(id="t", title="Крепость", cards=(), language="ru",
                      aliases={"Восточная башня": ("башня Востока",), "Западная башня": ("башня Запада",)},
                      sections=(Section(id="s", title="Крепость", notes=NOTES),)), language="ru", cache=False)


@pytest.mark.parametrize("question", [
    "Почему зимой ярмарки проводили у Западной башни?",  # no reason said: what the text says, so prefaced
    "Когда проводили ярмарки у Западной башни?",
])
def test_the_name_without_its_common_word_is_named(fort: Tutor, question: str) -> None:
    reply = fort.ask(question)
    assert reply.kind == "answer" and "у Западной, где" in " ".join(reply.sentences)


def test_the_other_name_alone_is_still_another(fort: Tutor) -> None:
    assert fort.ask("Где весной собиралась стража у Западной башни?").kind == "decline"
