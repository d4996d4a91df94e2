""""Is A faster than B?" is declined when the reply names A and B but says nothing of the property compared
(`tutor.compared_unsaid`): "a valve needs little power, unlike a relay" tells no speed. A reply saying the property by
any of its words ("slower", "speed", "weighs") or by a measured figure still answers, and questions asking which or
how are left alone. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.compared_unsaid import comparison_unsaid

NOTES_EN = """\
The Harlow valve needs very little power to hold its state, unlike the Tessel relay, which needs a steady current.
The Tessel relay was made at Arlen from 1921.
The grey heron is a close relative of the white egret.
The Lenn tower weighs about 900 tonnes, and the Marra tower about 700 tonnes.
The red kiln heats up slowly, while the blue kiln heats up quickly.
"""
PACK_EN = Pack(id="compared-en", title="Compared", cards=(),
               sections=(Section(id="s", title="Compared", notes=NOTES_EN),))

NOTES_RU = """\
Серый журавль гнездится на болотах рядом с белым журавлём.
Речная выдра весит до 10 кг, а морская выдра — до 45 кг.
Сосновый брус служит втрое меньше дубового.
"""
PACK_RU = Pack(id="compared-ru", title="Сравнения", language="ru", cards=(),
               sections=(Section(id="s", title="Сравнения", notes=NOTES_RU),))


@pytest.fixture(scope="module")
def tutor_en() -> Tutor:
    return Tutor(PACK_EN, cache=False)


@pytest.fixture(scope="module")
def tutor_ru() -> Tutor:
    return Tutor(PACK_RU, cache=False)


@pytest.mark.parametrize("question", [
    "Is the Harlow valve faster than the Tessel relay?",
    "Is the grey heron bigger than the white egret?",
    "Is the grey heron heavier than the white egret?",
])
def test_a_comparison_the_text_does_not_make_is_declined(tutor_en: Tutor, question: str) -> None:
    assert tutor_en.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "expected"), [
    ("Is the Lenn tower heavier than the Marra tower?", "900 tonnes"),  # figures to compare
    ("Is the red kiln faster than the blue kiln?", "slowly"),  # the property's own words
    ("Does the Harlow valve need more power than the Tessel relay?", "little power"),  # no property compared
])
def test_a_comparison_the_text_allows_still_answers(tutor_en: Tutor, question: str, expected: str) -> None:
    reply = tutor_en.ask(question)
    assert reply.kind == "answer"
    assert expected in reply.text


@pytest.mark.parametrize("question", ["Серый журавль крупнее белого журавля?", "Серый журавль быстрее белого?"])
def test_russian_a_comparison_the_text_does_not_make_is_declined(tutor_ru: Tutor, question: str) -> None:
    assert tutor_ru.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "expected"), [
    ("Речная выдра тяжелее морской?", "45 кг"),
    ("Сосновый брус служит дольше дубового?", "втрое"),
])
def test_russian_a_comparison_the_text_allows_still_answers(tutor_ru: Tutor, question: str, expected: str) -> None:
    reply = tutor_ru.ask(question)
    assert reply.kind == "answer"
    assert expected in reply.text



@pytest.mark.parametrize(("text", "unsaid"), [
    ("The Arlen mill was built in 1820, and the Tessel mill, its rival, in 1785.", False),  # dates compare ages
    ("The Arlen mill has 12 sails and the Tessel mill 8.", False),
    ("The Arlen mill is a close neighbour of the Tessel mill.", True),
    ("The Arlen mill was rebuilt in the nineteenth century, unlike the Tessel mill.", True),  # a century dates
    ("The Arlen mill and the Tessel mill stand on one bank of the river.", True),  # no figure in digits
])
def test_figures_let_the_learner_compare(text: str, unsaid: bool) -> None:
    q = Tutor(PACK_EN, cache=False).analyser.question("Is the Arlen mill older than the Tessel mill?",
                                                      "is the arlen mill older than the tessel mill?")
    assert q is not None
    assert comparison_unsaid(q, [text], "en") is unsaid
