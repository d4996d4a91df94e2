"""A Russian multi-word name (an alias of the pack, or a synonym group's phrase) is met in its other cases where a noun
of it drops its fleeting vowel: "Кузьмин день" in "после Кузьмина дня", as Snowball stems "день" "ден" and leaves
"дня" whole (`entries.same_stem`). So a question naming the day finds the sentence that gives its date in the
genitive, and a day the notes do not name is still declined. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.entries import same_stem

PACK = Pack(id="fair", title="Ярмарка в Заречье", language="ru", cards=(), aliases={"Кузьмин день": ["День Кузьмы"]},
            sections=(Section(id="f", title="Ярмарка", notes=(
                "Ярмарку в Заречье открыли в 1820 году.\n\n"
                "Торг шёл неделю после Кузьмина дня, то есть с 14 ноября.\n\n"
                "В Кузьмин день девушки варили кашу и устраивали посиделки.\n\n"
                "Купцы везли в Заречье соль, холсты и воск.\n")),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("a", "b", "same"), [
    ("ден", "дня", True),  # "день" / "дня"
    ("ден", "дн", True),
    ("отец", "отц", True),  # "отец" / "отца"
    ("лед", "льда", True),  # "лёд" / "льда": the soft sign kept
    ("ден", "дом", False),
    ("ден", "дно", False),  # "дно": no case ending of "день"
])
def test_a_stem_without_its_fleeting_vowel(a, b, same):
    assert same_stem(a, b) is same


def test_the_name_in_another_case_is_met(tutor):
    words = tutor.library.words
    prepared = words.prepare("неделю после Кузьмина дня")
    stems = words.stems(prepared)
    assert words.phrase_keys(stems, words.content(prepared))


def test_answered_by_the_sentence_of_its_genitive(tutor):
    reply = tutor.ask("Какого числа был Кузьмин день?")
    assert reply.kind == "answer", reply.text
    assert "14 ноября" in " ".join(reply.sentences)


def test_another_day_still_declined(tutor):
    assert tutor.ask("Какого числа был Юрьев день?").kind == "decline"
