"""A right answer given in another form of the right word ("отступить" for "отступление", "отступила" for
"отступала") is told so, not called a typo; a slip of spelling ("отсупление", "retreta", a letter typed twice:
"кальдерра") still is. Invented
cards of no pack (`grading.forms`, the head of `present.verdict_text`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.present import verdict_text


def short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


NOUN = short("отступление", "Что начала армия после битвы?")
VERB = short("отступала", "Что делала армия после битвы?")
RETREAT = short("retreat", "What did the army do?")

ROWS = [
    ("ru", NOUN, "отступить", "✓ Верно (другая форма слова)."),
    ("ru", VERB, "отступила", "✓ Верно (другая форма слова)."),
    ("ru", NOUN, "отсупление", "✓ Верно (с опечаткой)."),
    ("ru", VERB, "отсупала", "✓ Верно (с опечаткой)."),
    ("ru", NOUN, "отступление", "✓ Верно."),
    ("ru", short("кальдера", "Как называется котловина?"), "кальдерра", "✓ Верно (с опечаткой)."),  # a letter doubled
    ("ru", short("кальдерра", "Как называется котловина?"), "кальдера", "✓ Верно (с опечаткой)."),  # ... or single
    ("en", RETREAT, "retreta", "✓ Right (allowing a typo)."),
]


@pytest.mark.parametrize(("lang", "card", "answer", "head"), ROWS)
def test_a_form_of_the_word_is_no_typo(lang, card, answer, head):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict_text(card, verdict, None, answer=answer, language=lang).splitlines()[0] == head


def test_the_english_head_says_a_form_too():
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(NOUN,), language="ru")
    verdict = Grader.for_pack(pack).grade(NOUN, "отступить")
    assert verdict.feedback == "Correct (another form of the word)."
    assert verdict.trace == ("matches 'отступление' (another form of the word)",)
