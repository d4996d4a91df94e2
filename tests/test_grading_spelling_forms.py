"""Forms a learner writes as heard or shortened: a Russian verb's "-тся" written "-ца" ("уменьшица") is the verb, an
English "-sion" / "-tion" written "-shun" ("condensashun") the noun;
a month alone in a blank is that month in any of its forms ("Oct", "Oct.", "окт." for "October"); another verb
or month stays wrong. Invented subjects (`grading.heard`, `structured._dated_blank`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.heard import as_spelt
from studybot.core.packs import Card, Keypoint, Mistake, Pack, Section
from tests.cards import short

HEARD = [
    ("уменьшица", "уменьшится"),
    ("давление получаеца меньше", "давление получается меньше"),
    ("он кажеца прав", "он кажется прав"),
    ("уменьшится", None),
    # the present's ending with the infinitive's soft sign, after a vowel
    ("давление повышаеться", "давление повышается"),
    ("волны поднимаються", "волны поднимаются"),
    ("тесто должно подняться", None),  # an infinitive
    ("надо греться", None),  # "-еться" after a consonant: an infinitive
    # a comparative's doubled "н" written once; "менее" is no such comparative
    ("лёд тает медленее", "лёд тает медленнее"),
    ("менее плотный", None),
    # "-ца" after a consonant ends a noun only ("Солнца", "сердца"), never a verb's "-тся"
    ("вокруг Солнца", None),
    ("удары сердца", None),
]


@pytest.mark.parametrize(("answer", "spelt"), HEARD)
def test_a_verb_ending_written_as_heard(answer, spelt):
    assert as_spelt(answer, "ru") == spelt


HEARD_EN = [
    ("condensashun", "condensation"),
    ("the expulshun of the envoys", "the expulsion of the envoys"),
    ("Extenshuns", "Extensions"),
    ("dimenshuns and compreshun", "dimensions and compretion"),  # (a slip of one letter left: a forgiven typo)
    # no such ending: "shun" itself, its compound, a word too short to say which noun it is
    ("they shun the town", None),
    ("outshun", None),
    ("stashun", None),
]


@pytest.mark.parametrize(("answer", "spelt"), HEARD_EN)
def test_an_english_ending_written_as_heard(answer, spelt):
    assert as_spelt(answer, "en") == spelt


@pytest.mark.parametrize(("answer", "right"), [("condensashun", True), ("condensation", True),
                                               ("evaporashun", False), ("evaporation", False)])
def test_a_short_english_answer_spelt_as_heard(answer, right):
    card = short("Condensation", prompt="What is vapour turning into droplets on a cold window called?")
    assert _pack(card, "en").grade(card, answer).correct is right


def _pack(card: Card, lang: str) -> Grader:
    return Grader.for_pack(Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                                language=lang))


@pytest.mark.parametrize(("answer", "right"), [("уменьшица", True), ("увеличица", False), ("уменьшится", True),
                                               ("уменьшаеться", True), ("увеличиваеться", False)])
def test_a_short_russian_answer_spelt_as_heard(answer, right):
    card = short("Уменьшится", "станет меньше", "уменьшается", prompt="Как изменится давление, если поднять поршень?")
    assert _pack(card, "ru").grade(card, answer).correct is right


@pytest.mark.parametrize(("answer", "right"), [
    ("вращение Земли вокруг Солнца", False), ("вращение Земли вокруг солнца", False), ("вращение Земли", True),
    ("вращение Земли вокруг оси", True)])
def test_a_known_mistake_with_a_noun_in_tsa(answer, right):
    """"Солнца" is no verb written as heard: the known mistake holds, not the right wording inside it."""
    card = replace(short("вращение Земли вокруг своей оси", "вращение Земли", prompt="Что показывает маятник Фуко?"),
                   mistakes=(Mistake(("вращение Земли вокруг Солнца",), "Это обращение, а не вращение."),))
    assert _pack(card, "ru").grade(card, answer).correct is right


@pytest.mark.parametrize(("answer", "right"), [
    ("в Петербурге, столица России", False), ("в Петербурге", True), ("в Петербурге, бывшей столице", True)])
def test_a_known_mistake_as_written_is_not_read_again(answer, right):
    """A known mistake matched as the learner wrote it fails the answer: no other reading of its words ("столица"
    read as a verb's "-тся" written as heard) escapes it into the right wording it contains."""
    card = replace(short("в Петербурге", prompt="В каком городе находится Эрмитаж?"),
                   mistakes=(Mistake(("в Петербурге, столица России",), "Петербург тогда не был столицей."),))
    assert _pack(card, "ru").grade(card, answer).correct is right


MONTHS = [
    ("en", "Oct", True), ("en", "Oct.", True), ("en", "October", True), ("en", "Nov", False),
    ("ru", "окт.", True), ("ru", "октябре", True), ("ru", "нояб.", False),
]


@pytest.mark.parametrize(("lang", "month", "right"), MONTHS)
def test_a_month_alone_in_a_blank_in_any_form(lang, month, right):
    word = "October" if lang == "en" else "октябре"
    card = Card(id="c", section="s", kind="cloze", prompt="Fill in the blanks.", answer=f"{word}, Tolland",
                text=f"The fleet sailed in {{{{{word}}}}} from {{{{Tolland}}}}.", blanks=((word,), ("Tolland",)))
    assert _pack(card, lang).grade(card, f"{month}; Tolland").correct is right


@pytest.mark.parametrize(("answer", "right"), [
    ("звук идёт медленее света", True),
    ("звук идёт медленнее света", True),
    ("звук идёт быстрее света", False),
])
def test_a_comparative_spelt_with_one_n(answer, right):
    card = Card(id="e", section="s", kind="explain", prompt="Почему эхо в ущелье приходит позже крика?",
                answer="звук идёт медленнее света", keypoints=(Keypoint("звук идёт медленнее света", ()),))
    assert _pack(card, "ru").grade(card, answer).correct is right
