"""Wrong answers in learners' own words that a right word of the card let through: the question's own words given
back for the thing asked, a thing named only to deny that it happens, a relative of the person asked for in Russian.
Invented subjects (a hollow after an eruption, sponges, a geyser, a painter's family); each row says what a fair teacher
marks (`grading.echoed`, `grading.denied_thing`, `grading.slips.kin_named`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Mistake, Pack, Section
from tests.cards import short


def grader(language: str, synonyms: tuple[tuple[str, ...], ...] = (), aliases: dict[str, tuple[str, ...]] | None = None,
           *cards: Card) -> Grader:
    return Grader.for_pack(Pack(id="p", title="P", language=language, aliases=aliases or {}, synonyms=synonyms,
                                sections=(Section("s", "S", "Notes."),), cards=cards))


# ----------------------------------------------------------------- the question's words given back for the term asked

EN = grader("en", (("spiculae", "needles", "glass needles"),), {"spiculae": ("spicules", "silica spicules")})
RU = grader("ru", (("сувалка", "котловинообразная впадина", "сувальная впадина"),))
NEEDLES = short("spiculae", "silica needles", prompt="What are the glassy needles that stiffen a sponge's body called?")
HOLLOW = short("Сувалка", "сувальная впадина",
               prompt="Как называется широкая котловинообразная впадина, оставшаяся после извержения?")
KING = short("the king", prompt="Who signed the charter, the king or the queen?")


@pytest.mark.parametrize(("judge", "card", "given", "right"), [
    (EN, NEEDLES, "spiculae", True),
    (EN, NEEDLES, "spicules", True),  # the pack's alias
    (EN, NEEDLES, "silica spicules", True),
    (EN, NEEDLES, "silica needles", True),  # an accepted wording that adds a word of its own
    (EN, NEEDLES, "needles", False),  # the question's word, which the pack makes a synonym of the term
    (EN, NEEDLES, "long sharp needles", False),  # and words of no wording around it
    (RU, HOLLOW, "сувалка", True),
    (RU, HOLLOW, "сувальная впадина", True),
    (RU, HOLLOW, "котловинообразная впадина", False),  # the pack's phrase for the term, as the question says it
    (RU, HOLLOW, "широкая котловинообразная впадина", False),
    (EN, KING, "the king", True),  # the answer stands in the question: giving it back is answering
])
def test_the_questions_words_do_not_name_the_thing_asked(judge, card, given, right):
    assert judge.grade(card, given).correct is right


# ----------------------------------------------------------------- a thing named only to deny that it happens

def listing(*points: tuple[str, tuple[str, ...]], need: int, prompt: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(p for p, _ in points),
                keypoints=tuple(Keypoint(p, a) for p, a in points), need=need)


PLAIN_EN, PLAIN_RU = Grader(), Grader(language="ru")
SIGNS_EN = listing(("instruments record bursts of small tremors", ("tremors",)),
                   ("the ground near the vent bulges", ("ground bulges",)),
                   ("more steam escapes from the vent", ("steam",)), need=2,
                   prompt="Name two signs that a geyser is about to erupt.")
SIGNS_RU = listing(("приборы отмечают серии слабых толчков", ("толчки",)),
                   ("почва у жерла вспучивается", ("почва вспучивается",)),
                   ("из жерла выходит больше пара", ("пар",)), need=2,
                   prompt="Назовите два признака скорого извержения гейзера.")
PLANETS = listing(("Морана вращается в обратную сторону", ("Морана",)), ("у Веги нет спутников", ("Вега",)),
                  need=1, prompt="Что известно о малых телах системы?")


@pytest.mark.parametrize(("judge", "card", "given", "right"), [
    (PLAIN_EN, SIGNS_EN, "tremors and steam", True),
    (PLAIN_EN, SIGNS_EN, "small tremors start and steam comes out", True),
    (PLAIN_EN, SIGNS_EN, "the tremors stop and no steam comes out", False),
    (PLAIN_EN, SIGNS_EN, "tremors do not occur and the steam does not appear", False),
    (PLAIN_EN, SIGNS_EN, "tremors cease and steam does not escape", False),
    (PLAIN_EN, SIGNS_EN, "they stop tremors and steam", True),  # "stop" before its object: no ceasing of the thing
    (PLAIN_RU, SIGNS_RU, "толчки и пар", True),
    (PLAIN_RU, SIGNS_RU, "толчки учащаются и выходит пар", True),
    (PLAIN_RU, SIGNS_RU, "толчки прекращаются и пар перестает идти", False),
    (PLAIN_RU, SIGNS_RU, "толчки не происходят, пар не выделяется", False),
    (PLAIN_RU, SIGNS_RU, "прекратились толчки, исчез пар", False),
    (PLAIN_RU, SIGNS_RU, "толчки не сильные, пар горячий", True),  # a quality denied: the tremors are there
    (PLAIN_RU, PLANETS, "Морана не похожа на другие тела", True),  # another verb denied says what it is
])
def test_a_thing_denied_its_happening_makes_no_point(judge, card, given, right):
    assert judge.grade(card, given).correct is right


# ----------------------------------------------------------------- a relative of the person asked for, in Russian

PAINTER = short("Ивана Ладогина", "Иван Ладогин", prompt="Кого прозвали «мастером туманов»?")
RU_NAMES = grader("ru", (), {"Иван Ладогин": ("Ладогин",)}, PAINTER)


@pytest.mark.parametrize(("given", "right"), [
    ("Ладогина", True),
    ("художника Ивана Ладогина", True),
    ("Иван Ладогин, сын мельника", True),
    ("Иван Ладогин, внук Ладогиных из Твери", True),  # the person named on their own, the family after
    ("внук ладогина пётр", False),  # typed in lower case: still his grandson
    ("Петра, сына Ладогина", False),
    ("ученика Ивана Ладогина", False),
])
def test_a_relative_in_russian_is_another_person(given, right):
    assert RU_NAMES.grade(PAINTER, given).correct is right


# ----------------------------------------------------------------- two pairs of things, paired the other way round

TOWNS_EN = listing(("the Harwick workshop, glass", ("glass in Harwick", "Harwick glass")),
                   ("the Lindmoor workshop, clocks", ("clocks in Lindmoor", "Lindmoor clocks")), need=2,
                   prompt="In which two workshops did Ostler work, and what did he make there?")
TOWNS_RU = listing(("Гервицкая мастерская, стекло", ("в Гервице стекло", "стекло в Гервице")),
                   ("Линдморская мастерская, часы", ("в Линдморе часы", "часы в Линдморе")), need=2,
                   prompt="В каких двух мастерских работал Остлер и что он там делал?")


@pytest.mark.parametrize(("judge", "card", "given", "right"), [
    (PLAIN_EN, TOWNS_EN, "glass in Harwick and clocks in Lindmoor", True),
    (PLAIN_EN, TOWNS_EN, "in Harwick he made glass, and in Lindmoor clocks", True),
    (PLAIN_EN, TOWNS_EN, "in Harwick he made clocks, and in Lindmoor glass", False),
    (PLAIN_RU, TOWNS_RU, "в Гервице делал стекло, а в Линдморе часы", True),
    (PLAIN_RU, TOWNS_RU, "в Линдморе делал стекло, а в Гервице часы", False),
])
def test_pairs_said_the_other_way_round_make_neither_point(judge, card, given, right):
    assert judge.grade(card, given).correct is right


# ----------------------------------------------------------------- Russian: the deed befalls another party

FOG = Card(id="e", section="s", kind="explain", prompt="Почему орвийцы проиграли битву при Вельде?", answer="x",
           keypoints=(Keypoint("туман дул орвийцам в лицо", ("туман",)),
                      Keypoint("у орвийцев кончились ядра", ("ядра",))), need=1)
WAR = Grader.for_pack(Pack(id="p", title="P", language="ru", aliases={}, synonyms=(), cards=(FOG,), sections=(
    Section("s", "S", "Войско Орвии воевало с Тельмарией. Войско Тельмарии разбило Орвию при Вельде."),)))


@pytest.mark.parametrize(("given", "right"), [
    ("туман", True),
    ("туман дул орвийцам в лицо", True),
    ("туман ослепил орвийцев", True),  # another verb, its own case: the same party
    ("туман ослепил орвийцев, а тельмарийцы устали", True),
    ("туман мешал тельмарийцам", False),
    ("туман ослепил тельмарийцев", False),  # the accusative of "ослепил" in the place of the point's dative
    ("туман ослепил тельмарийцев, а орвийцы устали", False),  # the point's party in another clause
])
def test_a_deed_that_befalls_another_party_makes_no_point(given, right):
    assert WAR.grade(FOG, given).correct is right


# ----------------------------------------------------------------- a point's "or": either of the two words says it

def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="Why did it happen?", answer=text,
                keypoints=(Keypoint(text, ()),))


SHED = point("the sponge has shed or lost its green needles")
BLOCKED = point("песок или гравий не держит воду")
MORE_OR_LESS = point("the level stayed more or less the same")


def rights(*points: tuple[str, tuple[str, ...]], prompt: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(p for p, _ in points),
                keypoints=tuple(Keypoint(p, a) for p, a in points), need=len(points))


RIGHTS_EN = rights(("the right to hold a market", ("market",)),
                   ("the right to join another estate", ("become a merchant or burgher",)),
                   prompt="What rights did the craftsmen gain?")
RIGHTS_RU = rights(("свободно торговать на рынке", ("торговать",)),
                   ("переходить в другие сословия", ("стать купцом или мещанином",)),
                   prompt="Какие права получили ремесленники?")


@pytest.mark.parametrize(("judge", "card", "given", "right"), [
    (PLAIN_EN, SHED, "the sponge has shed or lost its green needles", True),
    (PLAIN_EN, SHED, "the sponge shed its green needles", True),
    (PLAIN_EN, SHED, "the sponge lost its green needles", True),
    (PLAIN_EN, SHED, "the sponge kept its green needles", False),
    (PLAIN_RU, BLOCKED, "гравий не держит воду", True),
    (PLAIN_RU, BLOCKED, "песок не держит воду", True),
    (PLAIN_RU, BLOCKED, "гравий держит воду", False),
    (PLAIN_EN, MORE_OR_LESS, "the level stayed less the same", False),  # an idiom's "or" offers nothing
    (PLAIN_EN, RIGHTS_EN, "a market, and to become a burgher", True),  # one word of an accepted wording's "or"
    (PLAIN_EN, RIGHTS_EN, "a market, and to become a merchant", True),
    (PLAIN_EN, RIGHTS_EN, "a market, and to become a soldier", False),
    (PLAIN_RU, RIGHTS_RU, "торговать и стать купцом", True),
    (PLAIN_RU, RIGHTS_RU, "торговать и стать крестьянином", False),
])
def test_one_of_two_words_joined_by_or_makes_the_point(judge, card, given, right):
    assert judge.grade(card, given).correct is right


# ----------------------------------------------------------------- a name after a description set off by a comma

PILOT = short("Arne Voss", "Voss", prompt="Who piloted the glider over the strait?")


@pytest.mark.parametrize(("given", "right"), [
    ("Arne Voss", True),
    ("the man who flew the Petrel, Voss", True),  # "Petrel, Voss": the description's word is no given name
    ("a friend of Lord Harkin; Arne Voss", True),
    ("Karl Voss", False),  # another given name before the surname
    ("the man who flew the Petrel, Karl Voss", False),
])
def test_a_name_after_a_description_and_a_comma(given, right):
    assert PLAIN_EN.grade(PILOT, given).correct is right


# ----------------------------------------------------------------- a short answer and its explanation after it

READER = Card(id="c", section="s", kind="short", prompt="Кто прочитал доклад на съезде?", answer="Ольшанский",
              mistakes=(Mistake(("сам Вережников",), "Вережников был болен."),))
GAS = Card(id="c", section="s", kind="short", prompt="Which gas fills the lamp?", answer="Argon (Ar)",
           mistakes=(Mistake(("neon",), "Neon glows red; the lamp holds argon."),))
LARVAE = short("Winged larvae", prompt="From what kind of larvae do the drones of the wasp develop?")


@pytest.mark.parametrize(("judge", "card", "given", "right"), [
    (PLAIN_RU, READER, "Ольшанский — сам Вережников тогда болел", True),  # the mistake's name only in the reason
    (PLAIN_RU, READER, "Ольшанский — сам Вережников", False),  # two names, no clause: two answers
    (PLAIN_RU, READER, "сам Вережников — Ольшанский тогда болел", False),
    (PLAIN_EN, GAS, "it's argon - it fills the bulb and glows unlike neon", True),
    (PLAIN_EN, GAS, "it's neon - it fills the bulb", False),
    (PLAIN_EN, LARVAE, "winged ones, the queen does not feed them", True),
    (PLAIN_EN, LARVAE, "wingless ones, the queen does not feed them", False),
    (PLAIN_EN, GAS, "argon - or neon, it glows", False),  # a choice after the dash: no explanation
])
def test_a_short_answer_is_judged_before_its_explanation(judge, card, given, right):
    assert judge.grade(card, given).correct is right


# ----------------------------------------------------------------- Russian: speeds compared by their noun

FASTER = Card(id="e", section="s", kind="explain", prompt="Почему весть пришла в крепость раньше?", answer="x",
              keypoints=(Keypoint("голубь летит гораздо быстрее гонца", ()),))


@pytest.mark.parametrize(("given", "right"), [
    ("голубь гораздо быстрее гонца", True),
    ("скорость голубя гораздо больше скорости гонца", True),
    ("скорость голубя намного выше скорости гонца", True),
    ("скорость гонца гораздо больше скорости голубя", False),  # the other way round
    ("скорость голубя меньше скорости гонца", False),
])
def test_speeds_compared_by_their_noun(given, right):
    assert PLAIN_RU.grade(FASTER, given).correct is right


def test_a_contrast_after_the_comma_is_no_explanation():
    assert not PLAIN_EN.grade(GAS, "argon, but neon fills it first").correct
    assert not PLAIN_RU.grade(READER, "Ольшанский, но прочитал его сам Вережников").correct
