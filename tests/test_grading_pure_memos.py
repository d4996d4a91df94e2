"""What the grader reads from a card's texts alone it reads once (issue #11: a memo of a pure function of texts and a
language, or the card's own memo), and the memo never changes a verdict: the same result as the function read anew,
whatever was read before. Invented cards and texts: a question's stems (`echoed`), a question that asks for the most
or the least of a figure (`extremes`), the connectives of a text, those of several words too (`connectives`), and the
allowance of a card that gives its figure approximately (`numeric`), the units after a cloze's blanks
(`blank_figures`) and the designations a card's texts write apart (`designations`)."""

from __future__ import annotations

import pytest

from studybot.core.aliases import Aliases
from studybot.core.connectives import _connectives, connective_at
from studybot.core.grading import Grader
from studybot.core.grading.blank_figures import units_after_blanks
from studybot.core.grading.designations import designations_apart
from studybot.core.grading.echoed import _stems
from studybot.core.grading.extremes import extreme_asked
from studybot.core.grading_languages import grading_language
from studybot.core.matching import Prepared
from tests.cards import numeric, short

TEXTS = [("What is the broad hollow left by an eruption called?", "en"), ("a broad hollow", "en"),
         ("the caldera", "en"), ("Как называют котловину на вершине вулкана?", "ru"), ("кальдера", "ru"),
         ("What did the weavers not sell?", "en")]


@pytest.mark.parametrize("order", [1, -1])
def test_a_texts_stems_are_read_alike_in_any_order(order: int) -> None:
    for text, code in TEXTS[::order]:
        assert _stems(text, code) == _stems.__wrapped__(text, code), text  # type: ignore[attr-defined]
        assert _stems(text, code) == _stems(text, code)


@pytest.mark.parametrize(("question", "code", "side"), [
    ("What is the maximum depth of the well?", "en", 1),
    ("What was the lowest price of the wool?", "en", -1),
    ("What is the depth of the well?", "en", 0),
    ("Какова наибольшая глубина колодца?", "ru", 1),
    ("Какой была минимальная цена шерсти?", "ru", -1),
    ("From the lowest to the highest, how far?", "en", 0),  # both sides: neither
])
def test_the_extreme_a_question_asks_for(question: str, code: str, side: int) -> None:
    assert extreme_asked(question, code) == side
    assert extreme_asked(question, code) == side  # (the memo's answer)
    assert extreme_asked.__wrapped__(question, code) == side  # type: ignore[attr-defined]


def _read(text: str, code: str) -> Prepared:
    return Prepared.of(text, Aliases(lang=grading_language(code)), lemmas=True)


@pytest.mark.parametrize(("text", "code", "found"), [
    ("the pots cracked but the bowls survived", "en", ((3, 1, "contrast"),)),
    ("the sail is reefed if the wind rises", "en", ((4, 1, "condition"),)),
    ("not yet fired", "en", ()),  # "not yet": a negation, no contrast
    ("глазурь потрескалась, тогда как черепок уцелел", "ru", ((2, 2, "contrast"),)),  # a connective of two words
    ("ветер усилился, так что парус убрали", "ru", ((2, 2, "result"),)),
    ("творог отжали, но сыворотку сохранили", "ru", ((2, 1, "contrast"),)),
])
def test_the_connectives_of_a_text(text: str, code: str, found: tuple[tuple[int, int, str], ...]) -> None:
    read = _read(text, code)
    for _ in range(2):  # (read anew, then from the memo)
        assert tuple(_connectives(read)) == found, read.words
    for start, n, _ in found:
        assert all(connective_at(read, i) for i in range(start, start + n))


ABOUT = numeric(400, "tonnes", "about 400 tonnes", prompt="How much wool was sold?")  # approximately: ±5%
EXACT = numeric(400, "tonnes", "400 tonnes", prompt="How much wool was sold?")  # exactly
NAME = short("Caldera", prompt="What is the broad hollow left by an eruption called?")
GRADED = [(ABOUT, "410 tonnes", True), (EXACT, "410 tonnes", False), (ABOUT, "440 tonnes", False),
          (EXACT, "400 tonnes", True), (NAME, "a caldera", True), (NAME, "the broad hollow", False)]


@pytest.mark.parametrize("order", [1, -1])
def test_one_grader_judges_each_card_by_its_own_allowance(order: int) -> None:
    shared = Grader()
    for card, answer, right in GRADED[::order] * 2:
        assert shared.grade(card, answer).correct is right, (card.answer, answer)
        assert Grader().grade(card, answer).correct is right, (card.answer, answer)


@pytest.mark.parametrize(("text", "units"), [
    ("The plates drift {{8}} см/год and the ridge rises {{3}} мм.", ("см/год", "мм")),
    ("The kiln reached {{900}} degrees in {{6}}, hours later.", ("degrees", "")),
    ("No blank here.", ()),
])
def test_the_units_after_a_clozes_blanks(text: str, units: tuple[str, ...]) -> None:
    for _ in range(2):  # (read anew, then from the memo)
        assert units_after_blanks(text) == units
    assert units_after_blanks.__wrapped__(text) == units  # type: ignore[attr-defined]


@pytest.mark.parametrize(("answer", "texts", "read"), [
    ("the Ту104 flew first", ("Ту-104", "Ил-18"), "the Ту-104 flew first"),
    ("the Ту104 flew first", ("Ил-18",), None),  # the card writes no such designation
    ("Р7", ("Р-7 rocket", "Р-5"), "Р-7"),
    ("Р7", ("Р-5",), None),
    ("CO2", ("CO2",), None),  # a formula the card writes glued: as it is
])
def test_a_designation_is_read_as_the_cards_texts_write_it(answer: str, texts: tuple[str, ...],
                                                            read: str | None) -> None:
    for _ in range(2):  # (the card's texts read anew, then from the memo; other cards' texts in between)
        assert designations_apart(answer, texts) == read
        assert designations_apart("Ил62", ["Ил-62", "№ 94"]) == "Ил-62"  # (another card's texts in between)
