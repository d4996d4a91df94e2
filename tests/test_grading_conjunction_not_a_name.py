"""A conjunction opening a sentence ("Whether Ames ...", "Unless Ames ...", "Если Орлов ...") is no given name: the
surname after it is the person the notes name in full, so an answer that says that surname alone names that person
(here a known mistake). Invented notes and cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section

NOTES_EN = ("Tom Ruiz and Carl Bode shared the 1931 Harlow Medal for the tide tables. Lena Ames had drawn the first "
            "charts in 1927. {opener} Ames got fair credit is still argued over.")
NOTES_RU = ("Медаль Харлоу 1931 года разделили Иван Ружин и Карл Бодин. Первые карты ещё в 1927 году начертила "
            "Елена Амосова. {opener} Амосова получила бы медаль, никто не знает.")
MEDAL = Card(id="c", section="s", kind="list", prompt="Which two men shared the 1931 Harlow Medal?",
             answer="Tom Ruiz and Carl Bode", keypoints=(), need=2, items=(),
             mistakes=(Mistake(match=("Lena Ames",), feedback="Ames drew the charts; she had no share of the medal."),))
MEDAL_RU = Card(id="c", section="s", kind="list", prompt="Кто разделил медаль Харлоу 1931 года?",
                answer="Иван Ружин и Карл Бодин", keypoints=(), need=2, items=(),
                mistakes=(Mistake(match=("Елена Амосова",), feedback="Амосова начертила карты, медали у неё нет."),))


def _card(card: Card, points: tuple[str, ...]) -> Card:
    from dataclasses import replace

    from studybot.core.packs import Keypoint
    return replace(card, keypoints=tuple(Keypoint(point=p) for p in points))


EN = _card(MEDAL, ("Tom Ruiz", "Carl Bode"))
RU = _card(MEDAL_RU, ("Иван Ружин", "Карл Бодин"))

ROWS = [(opener, "en", EN, answer, right) for opener in ("Whether", "Unless", "If", "Whereas")
        for answer, right in (("Ruiz, Bode and Ames", False), ("Ruiz and Bode", True), ("Ames and Ruiz", False))] + [
    (opener, "ru", RU, answer, right) for opener in ("Если", "Поскольку")
    for answer, right in (("Ружин, Бодин и Амосова", False), ("Ружин и Бодин", True))]


@pytest.mark.parametrize(("opener", "lang", "card", "answer", "right"), ROWS)
def test_a_surname_after_an_opening_conjunction_is_the_person_named_in_full(opener, lang, card, answer, right):
    notes = (NOTES_EN if lang == "en" else NOTES_RU).format(opener=opener)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=notes),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("answer", "right"), [
    ("Ружин и Бодин", True), ("Бодин и Ружин", True), ("И. Ружин и К. Бодин", True), ("Ружин И. и Бодин К.", True),
    ("Ружин и Амосова", False)])
def test_a_letter_that_is_a_word_is_no_initial_without_its_stop(answer, right):
    notes = NOTES_RU.format(opener="Если")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=notes),), cards=(RU,), language="ru")
    assert Grader.for_pack(pack).grade(RU, answer).correct is right
