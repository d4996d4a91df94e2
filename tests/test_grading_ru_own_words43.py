"""Russian turns of learners' own words (round 43, issue #11), on invented cards: a clause of "until" whose "не" denies
nothing ("плыла, пока не доплыла до острова", `ru_until`), inheriting said as passing down to the next generation
("передаётся потомкам", `lexicon_ru_own_words`), a fear said by its verb ("боялись бунта": "страх бунта"), a
relative clause of a denied verb as its adjective ("слой, который не пропускает": "непроницаемый слой",
`ru_relative`), and a Latin "x" of a kind typed as the Cyrillic "х" ("Х-хромосома",
`translit.latin_lookalikes`). Beside each, traps that stay wrong: "not yet", a denial, a participle, another place,
another quality, another letter."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

BOAT = one_point("лодка доплывает до острова", "Чем кончился путь лодки?")
UNTIL = [
    # a clause of "until" after a comma, a dash or "до тех пор" (fail without ru_until)
    (BOAT, "лодка плыла, пока не доплыла до острова", True),
    (BOAT, "лодка плыла до тех пор, пока не доплыла до острова", True),
    (BOAT, "лодка плыла до тех пор пока не доплыла до острова", True),
    (BOAT, "лодка плыла на север — пока не доплыла до острова", True),
    # "not yet", a denial, a participle and another place stay wrong
    (BOAT, "лодка пока не доплыла до острова", False), (BOAT, "лодка плыла, но не доплыла до острова", False),
    (BOAT, "лодка, пока не доплывшая до острова, плывёт", False),
    (BOAT, "лодка плыла, пока не доплыла до берега", False),
]

FUR = one_point("окраска шерсти наследуется", "Как передаётся окраска?")
INHERITED = [
    # passed down to the next generation (fail without the phrases)
    (FUR, "окраска шерсти передаётся потомкам", True), (FUR, "окраска шерсти передается потомству", True),
    (FUR, "окраска шерсти передаётся детям", True), (FUR, "окраска шерсти передаётся следующему поколению", True),
    # denied, or passed to no heirs, stays wrong
    (FUR, "окраска шерсти не передаётся потомкам", False), (FUR, "окраска шерсти передаётся соседям", False),
    (FUR, "окраска шерсти меняется у потомков", False),
]

RIOT = one_point("страх бунта", "Что подтолкнуло власти к реформе?")
FEAR = [
    # a fear said by its verb (fail without the phrases)
    (RIOT, "власти боялись бунта", True), (RIOT, "власти опасались бунта", True), (RIOT, "боятся нового бунта", True),
    # denied, or another feeling, stays wrong
    (RIOT, "власти не боялись бунта", False), (RIOT, "власти хотели бунта", False),
]

SEEP = one_point("вода упирается в непроницаемый слой", "Что останавливает воду?")
CLAY = one_point("непроницаемый слой глины", "Что останавливает воду?")
SKIN = one_point("мембрана непроницаема для ионов", "Какая мембрана?")
RELATIVE = [
    # a relative clause of a denied verb is its adjective (`ru_relative`): met as before ...
    (SEEP, "вода упирается в слой, который её не пропускает", True),
    (SKIN, "мембрана, которая не пропускает ионы", True),
    # ... and a clause of another quality denied now says that quality, no longer dropped as a modifier (these
    # three were accepted without ru_relative), nor is the verb said plainly the point
    (SEEP, "вода упирается в слой, который не двигается", False), (CLAY, "слой глины, который не двигается", False),
    (CLAY, "слой глины, который не растворяется", False), (SKIN, "мембрана, которая пропускает ионы", False),
]

GENE = one_point("ген лежит в X-хромосоме", "Где лежит ген?")
CELLS = one_point("B-лимфоциты вырабатывают антитела", "Какие клетки вырабатывают антитела?")
LETTERS = [
    # a Cyrillic "х" for the Latin one, joined by a hyphen or apart (fail without it)
    (GENE, "ген лежит в Х-хромосоме", True), (GENE, "ген лежит в Х хромосоме", True),
    # another letter, Latin or Cyrillic, or none, stays wrong
    (GENE, "ген лежит в Y-хромосоме", False), (GENE, "ген лежит в У-хромосоме", False),
    (GENE, "ген лежит в хромосоме", False), (CELLS, "Т-лимфоциты вырабатывают антитела", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), UNTIL + INHERITED + FEAR + RELATIVE + LETTERS)
def test_turns(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("нефть поднимается, пока не упрется в слой", "нефть поднимается, пока упрется в слой"),
    ("ждали до тех пор пока не пришел приказ", "ждали до тех пор пока пришел приказ"),
    ("вакцину пока не создали", "вакцину пока не создали"),  # not yet
    ("комитет пока не принял закон", "комитет пока не принял закон"),
    ("нефть, пока не добытая, лежит", "нефть, пока не добытая, лежит"),  # a participle
    ("ждали, пока не поздно", "ждали, пока не поздно"),
])
def test_until_read(text, read):
    from studybot.core.ru_until import until_said

    assert until_said(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("две х-хромосомы", "две x-хромосомы"), ("х хромосома", "x хромосома"), ("т-рнк", "т-рнк"), ("м-рнк", "м-рнк"),
    ("в-третьих, с водой", "в-третьих, с водой"), ("5 м высотой", "5 м высотой"), ("3 х 4", "3 х 4"),
    ("кот и пес", "кот и пес"),
])
def test_lone_letters(text, read):
    from studybot.core.translit import latin_lookalikes

    assert latin_lookalikes(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("упрется в слой, который ее непроницаемый", "упрется в непроницаемый слой"),
    ("частица которая неделимый", "неделимый частица"),
    ("слой, который ее пропускает", "слой, который ее пропускает"),  # no denied verb
    ("слой, который ее очень непроницаемый", "слой, который ее очень непроницаемый"),  # more than a pronoun between
])
def test_relative_read(text, read):
    from studybot.core.ru_relative import relative_said

    assert relative_said(text) == read
