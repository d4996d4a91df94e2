"""Aims turned round: a point about stopping something, answered by doing it.

Made-up subjects (a plague, a guild, a river); each row says what a fair teacher marks.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()
RU = Grader(language="ru")


def explain(*points: tuple[str, tuple[str, ...]], need: int | None = None) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="Why was it done?", answer="; ".join(p for p, _ in points),
                keypoints=tuple(Keypoint(p, a) for p, a in points), need=need)


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, explain(("to stop the spread of the plague", ("plague",))), "to stop the plague spreading", True),
    (EN, explain(("to stop the spread of the plague", ("plague",))), "to halt the spread of plague", True),
    (EN, explain(("to stop the spread of the plague", ("plague",))), "to spread the plague", False),
    (EN, explain(("to stop the spread of the plague", ("plague",))), "so that the plague could not spread", True),
    (EN, explain(("to prevent the merger of the guilds", ("merger",))), "to merge the guilds", False),
    (RU, explain(("сорвать подписание договора", ("договор",))), "чтобы сорвать подписание договора", True),
    (RU, explain(("сорвать подписание договора", ("договор",))), "чтобы подписать договор", False),
    (RU, explain(("сорвать подписание договора", ("договор",))), "чтобы договор не подписали", True),
    # a name after the verb is who is stopped, not what: "to foil Genoa's plans" is not about "Genoa"
    (EN, explain(("to foil Genoa's plans to seize the port", ("Genoa",))), "support against Genoa", True),
])
def test_an_aim_turned_round_fails_its_point(grader, card, given, right):
    assert grader.grade(card, given).correct is right


def test_contains_is_no_stopping():
    card = explain(("the charter contains no clause on tolls", ("no clause on tolls",)))
    assert EN.grade(card, "there is no clause on tolls in the charter").correct


def short(answer: str, *accept: str, prompt: str = "What happened?") -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (RU, short("Нет, не подписывал", "не подписывал", prompt="Подписал ли посол договор?"), "посол его не подписывал",
     True),  # the reply's "нет" agrees with the negation: one negation, not two
    (RU, short("Нет, не подписывал", "не подписывал", prompt="Подписал ли посол договор?"), "посол его подписывал",
     False),
    (EN, short("No, it did not rise", "it did not rise", prompt="Did the toll rise?"), "the toll did not rise", True),
    (EN, short("No, it did not rise", "it did not rise", prompt="Did the toll rise?"), "the toll rose", False),
])
def test_a_replys_no_agrees_with_its_negation(grader, card, given, right):
    assert grader.grade(card, given).correct is right


def choice(answer: str, *others: str, prompt: str = "Which is it?") -> Card:
    return Card(id="q", section="s", kind="choice", prompt=prompt, answer=answer, options=(answer, *others))


@pytest.mark.parametrize(("given", "right"), [
    ("in 1612, ten years after the fire", True),  # the figure tells the options apart
    ("1612", True),
    ("in 1603, before the fire", False),
    ("ten years after the fire", False),  # no option's figure
])
def test_options_told_apart_by_their_figures(given, right):
    card = choice("In 1612", "In 1603", "In 1621", "In 1625", prompt="When did the mint move?")
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("подписание договора", True),
    ("договор подписали", True),  # one word family: a suffix the Russian stemmer keeps ("подписа" / "подписан")
    ("переселение крестьян", True),
    ("крестьян переселили", True),
    ("договор отклонили", False),
])
def test_russian_word_families(given, right):
    card = explain(("подписание договора", ()), ("переселение крестьян", ()), need=1)
    assert RU.grade(card, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("думу бояр", True),  # "боярская" is "бояр" + "-ск"
    ("боярскую думу", True),
    ("думу купцов", False),
])
def test_russian_adjective_of_a_noun(given, right):
    assert RU.grade(short("Боярская дума", prompt="Что заменил совет?"), given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("число каменных башен", True),  # the opening words of a), side by side (b) has them too, apart)
    ("a", True),
    ("число камней на башне", False),  # b)'s words in b)'s order
])
def test_an_option_named_by_its_opening_words(given, right):
    card = choice("Число каменных башен (и ворот) в старой крепости", "Число камней на верхней башне", "Высота стены",
                  "Число ворот", prompt="Что показывает цифра на гербе?")
    assert RU.grade(card, given).correct is right


@pytest.mark.parametrize(("grader", "given", "right"), [
    (RU, "Фёдор Кошкин", True),
    (RU, "Fyodor Koshkin", True),  # Russian in Latin letters, read back
    (RU, "Fedor Koshkin", True),
    (RU, "Pavel Koshkin", False),
    (RU, "Fyodor Belov", False),
])
def test_russian_written_in_latin_letters(grader, given, right):
    card = short("Фёдор Кошкин", prompt="Под каким именем путешествовал посол?")
    assert grader.grade(card, given).correct is right


def test_a_symbol_in_latin_letters_stays():
    from studybot.core.translit import latin_to_cyrillic
    assert latin_to_cyrillic("ga") == "ga" and latin_to_cyrillic("co2") == "co2"
    assert latin_to_cyrillic("prezident ukrainy") == "президент украины"
    assert latin_to_cyrillic("президент ukrainy") == "президент ukrainy"  # Cyrillic written: left as it is
