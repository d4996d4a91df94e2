"""Answers in a learner's own words (round 36): rules of English and Russian, right and wrong cases on invented cards
(a mill's din, a flock's lambs, a harbour's bridge).

- A point about stopping a deed ("the din stops the weavers sleeping", "prevents them from hearing", "шум мешает
  спать") is made by being unable to do it ("the weavers can't sleep", "не могут спать", "не даёт спать"): the deed,
  negated, after a word of being unable in its clause; not the deed said plainly, nor denied without such a word
  ("the weavers do not sleep"), nor "мешать" of stirring, with no deed after it (`grading.aims`).
- A Russian "не все" closing its clause after what not all do ("ягнята выживают не все") negates it as "не все"
  before it does: it makes "выживают не все ягнята", and "все ягнята выживают" stays wrong (`lexicon_ru_own_words`).
- English "get" before a verb's past participle is the passive's "be" ("the bridge got destroyed" is "was
  destroyed"), so the "got" of another participle says nothing of its own ("the bridge got repaired" is no "was
  destroyed") (`en_one_verb`).
- The imperfective of "повысить" / "понизить" in its own transitive forms is its perfective ("налоги повышали" /
  "повысили", so it meets "повышение налогов" and the rise "налоги выросли"; "понижали" / "понизили"), while the
  participle stays a kind ("понижающий трансформатор") (`lexicon_ru.LEVEL_FORMS`).
- A choice said in the learner's own words picks the option three of whose words it says when it says no word of any
  other option (the question's words left out) and denies nothing: "the river kept putting mud into the channel and
  the ships got stuck" picks "Silt from the river filled the channel so ships ran aground" (`OWN_SHARED`).
"""

from __future__ import annotations

import pytest

from studybot.core.en_one_verb import said_as_one_verb
from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import explain

EN, RU = Grader(language="en"), Grader(language="ru")

UNABLE = [  # (language, prompt, point, answer, right)
    ("en", "Why is the mill's din harmful?", "it stops the weavers sleeping", "the weavers can't sleep", True),
    ("en", "Why is the mill's din harmful?", "it stops the weavers sleeping", "the weavers cannot sleep at all", True),
    ("en", "Why is the mill's din harmful?", "it stops the weavers sleeping", "the weavers could not sleep", True),
    ("en", "Why is the mill's din harmful?", "it prevents the weavers from hearing each other",
     "the weavers can't hear each other", True),
    ("en", "Why is the mill's din harmful?", "it stops the weavers sleeping", "the weavers sleep well", False),
    ("en", "Why is the mill's din harmful?", "it stops the weavers sleeping", "the weavers can sleep", False),
    ("en", "Why is the mill's din harmful?", "it stops the weavers sleeping", "the weavers do not sleep", False),
    ("en", "Why is the mill's din harmful?", "it prevents the weavers from hearing each other",
     "the weavers cannot talk", False),
    ("ru", "Чем вреден шум мельницы?", "мешает спать", "люди не могут спать", True),
    ("ru", "Чем вреден шум мельницы?", "мешает спать", "не даёт спать", True),
    ("ru", "Чем вреден шум мельницы?", "мешает сосредоточиться", "не можешь сосредоточиться", True),
    ("ru", "Чем вреден шум мельницы?", "мешает спать", "люди спят", False),
    ("ru", "Чем вреден шум мельницы?", "мешает спать", "люди могут спать", False),
    ("ru", "Чем вреден шум мельницы?", "мешает спать", "люди не спят", False),
    ("ru", "Что делал пекарь?", "мешал тесто", "не мог тесто", False),
]


@pytest.mark.parametrize(("lang", "prompt", "point", "answer", "right"), UNABLE)
def test_stopping_said_by_being_unable(lang, prompt, point, answer, right):
    grader = EN if lang == "en" else RU
    assert grader.grade(explain(point, prompt=prompt), answer).correct is right


NOT_ALL = [  # (point, answer, right)
    ("выживают не все ягнята", "ягнята выживают не все", True),
    ("выживают не все ягнята", "не все ягнята выживают", True),
    ("выживают не все", "выживают не все", True),
    ("выживают не все", "не все выживают", True),
    ("выживают не все ягнята", "все ягнята выживают", False),
    ("выживают не все ягнята", "ягнята выживают все", False),
    ("выживают не все", "выживают все", False),
]


@pytest.mark.parametrize(("point", "answer", "right"), NOT_ALL)
def test_not_all_said_after(point, answer, right):
    assert RU.grade(explain(point, prompt="Что бывает с ягнятами весной?"), answer).correct is right


GOT_DONE = [  # (point, answer, right)
    ("the bridge was destroyed", "the bridge got destroyed", True),
    ("the bridge was destroyed", "the bridge gets destroyed in every flood", True),
    ("the bridge was destroyed", "the bridge got repaired", False),
    ("the letter was sent back", "the letter got sent back", True),
    ("the letter was sent back", "the letter got lost", False),
    ("many sailors were killed", "many sailors got killed", True),
    ("many sailors were killed", "many sailors got rescued", False),
    ("the miners were tired", "the miners got tired", True),
]


@pytest.mark.parametrize(("point", "answer", "right"), GOT_DONE)
def test_get_passive(point, answer, right):
    assert EN.grade(explain(point, prompt="What happened at the harbour?"), answer).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("the barn got flooded", "the barn was flooded"),
    ("the coins got stolen", "the coins was stolen"),
    ("the letters get sorted", "the letters are sorted"),
    ("they got married", "they got married"),  # becoming so: left as said
    ("the sky got red", "the sky got red"),  # an adjective
    ("the river got higher", "the river got higher"),  # a comparative: becoming (read elsewhere)
])
def test_get_passive_read(text, read):
    assert said_as_one_verb(text) == read


HARBOUR = Card(id="c", section="s", kind="choice", prompt="Why did the town council close the old harbour in 1880?",
               options=("Silt from the river filled the channel so ships ran aground",
                        "A fire destroyed the warehouses on the quay", "The railway took away the coastal trade",
                        "A storm wrecked the breakwater"),
               answer="Silt from the river filled the channel so ships ran aground")
HARBOUR_FIRE = Card(id="c", section="s", kind="choice", prompt=HARBOUR.prompt, options=HARBOUR.options,
                    answer="A fire destroyed the warehouses on the quay")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (HARBOUR, "the river kept putting mud into the channel and the ships got stuck", True),
    (HARBOUR, "the river dumped mud in the channel until ships could not get through", False),  # a denial: no pick
    (HARBOUR, "a storm from the river", False),
    (HARBOUR_FIRE, "the river kept putting mud into the channel and the ships got stuck", False),
    (HARBOUR, "the railway ships took the river trade away from the channel", False),  # words of two options
])
def test_choice_paraphrased(card, answer, right):
    assert EN.grade(card, answer).correct is right


RAISED = [  # (point, answer, right)
    ("повышение пошлин", "пошлины повышали", True),
    ("повышение пошлин", "пошлины повышают каждый год", True),
    ("повышение пошлин", "пошлины понижали", False),
    ("понижение пошлин", "пошлины понижали", True),
    ("понижение пошлин", "пошлины повышали", False),
    ("пошлины выросли", "пошлины повышали", True),
    ("пошлины выросли", "пошлины понижали", False),
    ("ставили понижающий трансформатор", "ставили повышающий трансформатор", False),
]


@pytest.mark.parametrize(("point", "answer", "right"), RAISED)
def test_raising_in_the_imperfective(point, answer, right):
    assert RU.grade(explain(point, prompt="Что делали в порту?"), answer).correct is right

