"""Typed with the other keyboard layout on (issues #11 and #12): the keys of the US layout pressed for the Russian
one ("ldbufntkm" for "двигатель") or the other way round ("сщьзкуыыщк" for "compressor"). A fair teacher sees
the slip; a real word, a formula, a figure with a unit, stays as written; a wrong answer stays wrong as read.
Subjects invented (medieval castles, organic chemistry, a fire brigade)."""

from __future__ import annotations

import pytest

from studybot.conversation import COMMANDS, Conversation, said
from studybot.core.grading import Grader
from studybot.core.grading.layout_slips import layout_reading
from studybot.core.layouts import in_layout, layout_of, read_keys, slash_command, typed_for
from studybot.core.wording_verdicts import verdict_words
from studybot.keyboard import as_meant
from tests import cards

from .test_conversation import open_services
from .test_learner_russian_session import russian_pack  # noqa: F401  (a fixture)

RU = Grader(language="ru", texts=("Замок окружала крепостная стена, за ней стоял донжон феодала.",))
EN = Grader(language="en", texts=("The engine drives a compressor; the brigade pumps water through a hose.",))


@pytest.mark.parametrize(("typed", "layout", "read"), [
    ("ldbufntkm", "ru", "двигатель"),
    ("yt pyf.", "ru", "не знаю"),  # "." is the key of "ю"
    ("ljy;jy ö", "ru", "донжон ö"),  # a letter of neither layout stays as it is
    ("[hfv", "ru", "храм"), (";tktpj", "ru", "железо"), ("'nfyjk", "ru", "этанол"), ("`krf", "ru", "ёлка"),
    ("]", "ru", "ъ"), ("RHTGJCNM", "ru", "КРЕПОСТЬ"), ("Ljyjy", "ru", "Донон"),
    ("kbgf&", "ru", "липа?"), ("lf?", "ru", "да,"),  # the Russian layout's "?" and "," are on "&" and "?"
    ("сщьзкуыыщк", "en", "compressor"), ("РЩЫУ", "en", "HOSE"), ("мшсфк,", "en", "vicar,"),  # its comma stays
    ("1812 ujl", "ru", "1812 год"),  # figures are the same keys in both layouts
])
def test_a_text_is_read_in_the_other_layout_key_by_key(typed: str, layout: str, read: str) -> None:
    assert in_layout(typed, layout) == read  # type: ignore[arg-type]


def test_the_two_readings_undo_each_other_on_letters() -> None:
    russian = "съешь же ещё этих мягких французских булок, да выпей чаю"
    assert in_layout(in_layout(russian, "en"), "ru") == russian.replace(",", "б")  # the text's comma is a key too


@pytest.mark.parametrize(("text", "layout"), [("ldbufntkm", "en"), ("сщьзк", "ru"), ("5 km", "en"), ("5", None),
                                              ("co2 и", None), ("straße", None), ("", None)])
def test_the_layout_of_a_text_is_the_script_of_all_its_letters(text: str, layout: str | None) -> None:
    assert layout_of(text) == layout


@pytest.mark.parametrize(("text", "meant", "read"), [
    ("Rnj ddtk gjyznbt pH&", "ru", "Кто ввел понятие pH?"),  # a symbol typed right stays; "&" is "?"
    ("ldbufntkm и CO2", "ru", "двигатель и CO2"), ("NaCl 5km", "ru", None), ("двигатель", "ru", None),
    ("сщьзкуыыщк TCP", "en", "compressor TCP"),
    ("рщц ьфтн ишеы шы фт шзм6 фввкуыы,", "en", "how many bits is an ipv6 address?"),  # its "," is the "?" key
    ("рште 5км", "en", "hint 5км"), ("рште СО2", "en", "hint СО2"),  # a unit, look-alikes: no keys of a layout
])
def test_a_text_is_read_token_by_token_keeping_symbols(text: str, meant: str, read: str | None) -> None:
    assert read_keys(text, meant) == read  # type: ignore[arg-type]


# -- grading: (grader, card, answer, right?)
RIGHT = [
    (RU, cards.short("Донжон", prompt="Как называется главная башня замка?"), "ljy;jy", True),  # ";" is "ж"
    (RU, cards.short("Донжон", prompt="Как называется главная башня замка?"), "LJY:JY", True),  # caps lock too
    (RU, cards.short("Крепостная стена"), "rhtgjcnyfz cntyf", True),
    (RU, cards.short("Этанол", prompt="Какой спирт получают брожением?"), "'nfyjk", True),  # "'" is "э"
    (RU, cards.short("Хлороформ"), "[kjhjajhv", True),  # "[" is "х"
    (RU, cards.short("Бензол", prompt="Какой углеводород открыл Фарадей?"), ",typjk", True),  # "," is "б"
    (RU, cards.short("Замок феодала"), "замок qwzx", False),  # a slip among Russian words, unknown: no
    (RU, cards.short("Замок феодала"), "замок atjlfkf", True),  # a slip the pack knows, among Russian words
    (RU, cards.short("В 1240 году"), "d 1240 ujle", True),
    (EN, cards.short("Compressor", prompt="What does the engine drive?"), "сщьзкуыыщк", True),
    (EN, cards.short("A hose", prompt="What does the brigade pump water through?"), "ф рщыу", True),
    (EN, cards.explain("the engine drives a compressor", "water goes through a hose"),
     "еру утпшту вкшмуы ф сщьзкуыыщк; цфеук пщуы еркщгпр ф рщыу", True),
    # a figure with a unit is read as written, no keys of the other layout ("5лт"): the card's value, in its unit
    (RU, cards.short("Пять километров"), "5km", True),
    (EN, cards.short("Five kilometres"), "5км", True),
    (RU, cards.short("Пять километров"), "6km", False),
]
WRONG = [
    (RU, cards.short("Донжон"), "ljv", False),  # "дом": wrong as read stays wrong
    (EN, cards.short("Compressor"), "сщтвутыук", False),  # "condenser": as read, not the card's
    (RU, cards.short("Поваренная соль"), "NaCl", False),  # a formula is no slip
    (RU, cards.short("Хлорид натрия"), "NaCl", False),
    (RU, cards.short("Время"), "time", False),  # an English word stays as written ("ешьу" is no reading)
]


@pytest.mark.parametrize(("grader", "card", "answer", "right"), RIGHT + WRONG)
def test_an_answer_typed_in_the_other_layout_is_graded_as_read(grader: Grader, card: object, answer: str,
                                                                right: bool) -> None:
    assert grader.grade(card, answer).correct is right  # type: ignore[arg-type]


def test_the_trace_says_how_the_answer_was_read() -> None:
    verdict = RU.grade(cards.short("Донжон"), "ljy;jy")
    assert verdict.trace[0] == "read in the Russian layout: 'донжон'"
    verdict = EN.grade(cards.short("Compressor"), "сщьзкуыыщк")
    assert verdict.trace[0] == "read in the English layout: 'compressor'"


@pytest.mark.parametrize(("answer", "code"), [
    ("time", "ru"), ("the donjon", "ru"), ("NaCl", "ru"), ("H2SO4", "ru"), ("5km", "ru"), ("mRNA", "ru"),
    ("он", "en"), ("и", "en"), ("5км", "en"), ("b", "ru"),  # a single key is no evidence
    ("ljyjy", "de"),  # a language whose layout is not known here
    ("донжон", "ru"), ("compressor", "en"),  # typed right
])
def test_no_reading_for_a_word_formula_figure_or_answer_typed_right(answer: str, code: str) -> None:
    assert layout_reading(answer, code, lambda w: True) is None


def test_a_slip_among_words_typed_right_is_read_only_as_a_known_word() -> None:
    assert layout_reading("замок atjlfkf", "ru", lambda w: w == "феодала") == "замок феодала"
    assert layout_reading("замок atjlfkf", "ru", lambda w: False) is None
    assert layout_reading("atjlfkf", "ru", lambda w: False) == "феодала"  # all slips: the grade decides


# -- the app: requests and commands typed in the other layout


@pytest.mark.parametrize(("line", "code", "meant"), [
    ("yt pyf.", "ru", "show"), ("gjlcrfprf", "ru", "hint"), ("ghjgecnbnm", "ru", "skip"), ("gjxtve&", "ru", "why"),
    ("рште", "en", "hint"),
    ("yt pyf.", "en", None),  # an English pack does not read Latin text in the Russian layout
    ("ljy;jy", "ru", None),  # an answer, not a request
])
def test_a_request_typed_in_the_other_layout_is_recognised(line: str, code: str, meant: str | None) -> None:
    assert said(line) is None
    assert said(typed_for(line, code)) == meant


@pytest.mark.parametrize(("line", "read"), [(".рште", "/hint"), (".ылшз", "/skip"), (".ьщку 5", "/more 5"),
                                            (".ывапр", ".ывапр"), ("/hint", "/hint"), (".", "."), ("рште", "рште")])
def test_a_command_typed_in_the_russian_layout_is_the_command(line: str, read: str) -> None:
    assert slash_command(line, COMMANDS) == read


def test_i_dont_know_typed_in_the_latin_layout_shows_the_answer(russian_pack, db_path, clock):  # noqa: F811
    services = open_services(russian_pack, db_path, clock)
    talk = Conversation(services)
    talk.start()
    card = talk.card
    messages = talk.handle("yt pyf.")
    hint = talk.handle(".рште")
    services.close()
    assert card is not None and card.answer in messages[0].text
    assert "Засчитано как «не знаю»" in messages[0].text
    assert hint and hint[0].kind != "wrong" and hint[0].kind != "error"


# -- the tutor: a question typed in the other layout


@pytest.fixture
def russian_tutor(russian_pack):  # noqa: F811
    from studybot.core.packs import load_pack
    from studybot.core.tutor import Tutor

    tutor = Tutor(load_pack(russian_pack), cache=False)
    yield tutor
    tutor.close()


def test_a_question_typed_in_the_latin_layout_is_read_in_the_russian_one(russian_tutor):
    typed = "Rfre. ajhveke bvttn cthyfz rbckjnf&"
    assert in_layout(typed, "ru") == "Какую формулу имеет серная кислота?"
    reply = russian_tutor.ask(typed)
    assert reply.kind == "answer" and "H2SO4" in " ".join(reply.sentences)
    assert russian_tutor.ask("gjlcrfprf").intent == "hint"  # "подсказка"
    # a Latin word of the pack stays as typed; "pH", which this pack never uses, would be a symbol it lacks
    reply = russian_tutor.ask("Xnj ltkftn kfrvec d rbckjq chtlt H2SO4&")  # "Что делает лакмус в кислой среде H2SO4?"
    assert reply.kind == "answer" and "краснеет" in " ".join(reply.sentences)


@pytest.mark.parametrize("question", ["what is the capital of France?", "sulfuric acid formula?", "zxcvb qwert"])
def test_a_question_in_latin_letters_that_reads_as_nothing_is_not_read(russian_tutor, question):
    assert russian_tutor.ask(question).kind == "decline"


def test_a_question_typed_in_the_latin_layout_goes_to_the_tutor_read(russian_pack, db_path, clock):  # noqa: F811
    services = open_services(russian_pack, db_path, clock)
    talk = Conversation(services)
    talk.start()
    messages = talk.handle("Xnj nfrjt kfrvec&")  # "Что такое лакмус?" while a question waits
    typed = "Rfrfz ajhvekf e cthyjq rbckjns&"
    assert in_layout(typed, "ru") == "Какая формула у серной кислоты?"
    answered = talk.handle(typed)
    services.close()
    assert [m.kind for m in messages][-1] == "system"  # not graded: the question still waits
    assert messages[0].kind in ("reply", "decline") and answered[0].kind == "reply" and "H2SO4" in answered[0].text


@pytest.mark.parametrize(("line", "read"), [
    (".рште", "/hint"), ("yt pyf.", "не знаю"), ("Xnj nfrjt kfrvec&", "Что такое лакмус?"),
    ("ljy;jy", "ljy;jy"),  # an answer: the grader reads it itself, and says so
    ("cthyfz&", "cthyfz&"),  # "серная?": an answer offered, not a question
    ("Xnj nfrjt pH&", "Что такое pH?"),  # the symbol typed right stays
    ("не знаю", "не знаю"), ("H2SO4", "H2SO4"),
])
def test_a_line_is_read_in_the_pack_layout_only_as_a_command_request_or_question(line: str, read: str) -> None:
    assert as_meant(line, "ru", COMMANDS, said) == read


def test_the_trace_of_an_answer_read_in_the_other_layout_is_said_in_the_pack_language() -> None:
    trace = RU.grade(cards.short("Донжон"), "ljy;jy").trace[0]
    assert verdict_words(trace, "ru") == "прочитано в русской раскладке: «донжон»"
