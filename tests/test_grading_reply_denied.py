"""A yes/no question answered "no" by its own words denied ("it did not end the war" for "Did the treaty end
the war?", "Не стоит, он на реке Оке" for "Стоит ли город на берегу озера?"): read as the language's "no" and
what follows it. A clause with a word the question does not say, or with no denial, stays as it was. Invented
subjects (`grading.replies`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.replies import said_as_no
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")

TREATY = Card(id="t", section="s", kind="short", prompt="Did the treaty end the war?",
              answer="No, the fighting went on for two more years", accept=("no",))
TOWN = Card(id="t", section="s", kind="short", prompt="Стоит ли город на берегу озера? Если нет, то где он стоит?",
            answer="Нет, город стоит на реке Оке", accept=("нет, на реке Оке",))


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, TREATY, "it did not end the war", True),
    (EN, TREATY, "it didn't", True),
    (EN, TREATY, "the treaty did not end the war, the fighting went on", True),
    (EN, TREATY, "it ended the war", False),
    (EN, TREATY, "it did", False),
    (EN, TREATY, "it did not end the famine", False),  # a word the question does not say
    (RU, TOWN, "Не стоит, он на реке Оке", True),
    (RU, TOWN, "не стоит, на реке Оке", True),
    (RU, TOWN, "Стоит, он на реке Оке", False),
    (RU, TOWN, "Не стоит, он на Волге", False),
])
def test_a_question_denied_in_its_own_words_is_a_reply_of_no(grader, card, given, right):
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("answer", "prompt", "language", "reading"), [
    ("it does not", "Does the dye fade?", "en", "no"),
    ("the dye does not fade; it darkens", "Does the dye fade?", "en", "no, it darkens"),
    ("не стоит — он на реке", "Стоит ли город на озере?", "ru", "нет, он на реке"),
    ("no, it does not", "Does the dye fade?", "en", None),  # a "no" already
    ("it does not darken", "Does the dye fade?", "en", None),
    ("it is not unknown", "Is the dye known?", "en", None),  # two negators
    ("the dye fades", "Does the dye fade?", "en", None),
])
def test_said_as_no(answer, prompt, language, reading):
    grader = Grader(language=language)
    assert said_as_no(answer, prompt, grader.prep, language) == reading
