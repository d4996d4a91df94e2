"""The grader's group of giving back ("вернуть" / "отдать", `answer_groups`) is the grader's only: in the tutor's
groups "вернулись" (came back: the stem "верн" of "вернуть") made a "why" question's "отдал" a word the text uses,
and "почему X отдал город?" was no longer answered by "X приказал оставить город, чтобы ..." (`verbs_ru.unsaid_verb`).
The grader still reads "не отдаёт вклады" for "не возвращает вклады" (`test_grading_action_nouns_ru`). Invented
notes."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

TORZHETS = ("После трёх дней осады воевода Горин приказал оставить горящий Торжец, чтобы сохранить войско.\n\n"
            "Из похода домой вернулись не более тысячи воинов.")


@pytest.mark.parametrize(("question", "fact"), [("Почему Горин отдал Торжец?", "чтобы сохранить войско"),
                                                ("Сколько воинов вернулось?", "не более тысячи")])
def test_a_verb_the_text_never_uses_in_a_why_question(question, fact):
    assert says(tutor_on(TORZHETS, "Осада Торжца", language="ru"), question, fact)
