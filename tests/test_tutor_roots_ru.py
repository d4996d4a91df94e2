"""A prefixed Russian verb of an alternating root meets the noun of its action (`tutor.roots_ru`): "взорвался" /
"взрыв", "прорвало" / "прорыв", "созвали" / "созыв"; shown on small notes written here (no pack's subject), with
questions the notes do not answer still declined, and the words whose noun is another word keyed apart."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.roots_ru import root_keys

NOTES = """\
Старую мельницу на реке Сосне построил купец Ершов в 1790 году.
Взрыв на пороховом складе в 1812 году разрушил половину мельницы.
Созыв уездного собрания в 1825 году поддержали все купцы.
Прорыв плотины весной 1840 года затопил нижнюю слободу.
Мельницу закрыли в 1901 году, когда в город провели железную дорогу.
Отзыв губернатора о мельнице был плохим, потому что она шумела по ночам.
"""
PACK = Pack(id="melnica", title="Мельница", language="ru", cards=(),
            sections=(Section(id="s", title="Мельница на Сосне", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("когда взорвался склад", "в 1812 году"),
    ("когда прорвало плотину", "весной 1840"),
    ("в каком году созвали собрание", "в 1825 году"),
])
def test_the_verb_meets_the_noun_of_its_action(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["когда взорвали мост", "когда прорвало трубу на станции",
                                      "когда созвали земский собор", "кто взорвал склад"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("one", "other"), [("взорвался", "взрыв"), ("взрывали", "взрыва"), ("прорвало", "прорыв"),
                                            ("сорвали", "срыв"), ("созвали", "созыв"), ("отозвали", "отзыв"),
                                            ("призывали", "призыв")])
def test_one_key_for_the_verb_and_its_noun(one, other):
    assert root_keys(one) and root_keys(one) == root_keys(other)


@pytest.mark.parametrize("word", ["порыв", "нарыв", "обрыв", "перерыв", "вызов", "вызвал", "рвать", "взрослый",
                                  "прорубь", "разрыхлить"])
def test_no_key_where_the_noun_is_another_word(word):
    assert root_keys(word) == frozenset()
