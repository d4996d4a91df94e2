"""What grading one answer reads it reads once (issue #11: median grading time): a text read in its language alone
(`grading.plain.read_plain`, which `asked_object` asks of a card's question for every answer) is worked out once and
given back as it was read, and reading from the memo never changes a verdict, in whatever order the answers come.
Invented cards and texts of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.plain import read_plain
from tests.cards import short

PLAIN = [("Which general did the duke trick with a false crossing at the ford?", "en"),
         ("Morrow tricked the duke", "en"), ("Кого из генералов герцог обманул ложной переправой у брода?", "ru"),
         ("Ершов обманул герцога", "ru"), ("the ferry did not sail", "en")]


@pytest.mark.parametrize(("text", "code"), PLAIN)
def test_a_plain_reading_is_worked_out_once(text: str, code: str) -> None:
    first = read_plain(text, code)
    assert read_plain(text, code) is first  # the memo's reading, not a second one
    fresh = read_plain.__wrapped__(text, code)  # type: ignore[attr-defined]
    assert (first.text, first.words, first.stems, first.clauses) == (fresh.text, fresh.words, fresh.stems,
                                                                     fresh.clauses)


EN = short("General Morrow", "Morrow", prompt="Which general did the duke trick with a false crossing at the ford?")
RU = short("Генерала Ершова", "Ершова", prompt="Кого из генералов герцог обманул ложной переправой у брода?")
GRADED = [(EN, "en", "Morrow tricked the duke", False), (EN, "en", "the duke tricked Morrow", True),
          (EN, "en", "Morrow", True), (RU, "ru", "Ершов обманул герцога", False),
          (RU, "ru", "герцог обманул Ершова", True), (RU, "ru", "Ершова", True)]


@pytest.mark.parametrize("order", [1, -1])
def test_verdicts_are_the_same_whatever_was_read_before(order: int) -> None:
    graders = {"en": Grader(language="en"), "ru": Grader(language="ru")}
    for card, lang, answer, right in GRADED[::order] * 2:
        assert graders[lang].grade(card, answer).correct is right, answer
