"""A word the question gives, left out of a term of the answer and replaced by another word ("хлорид калия" for
"хлорид натрия" when the question names "гидроксид натрия"), makes another thing; but a word that begins a new
clause after the term ("helium, giving off an electron") only says more (`grading.short._put_in_place`).
Invented cards, English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.given_words import asking_nouns, names_someone, own_word_for
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")


def short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


DECAY = short("Helium-3", "Into what does tritium-3 decay?")
SALT = short("хлорид натрия", "Что образуется при реакции гидроксида натрия с соляной кислотой?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, DECAY, "helium, giving off an electron", True),
    (EN, DECAY, "into helium, emitting a beta particle", True),
    (EN, DECAY, "helium-3", True),
    (EN, DECAY, "helium-4, giving off an electron", False),
    (EN, DECAY, "lithium, giving off an electron", False),
    (RU, SALT, "хлорид натрия", True),
    (RU, SALT, "хлорид калия", False),
    (RU, SALT, "хлорид калия, и вода", False),
])
def test_a_word_in_place_of_one_the_question_gives(grader, card, given, right):
    assert grader.grade(card, given).correct is right


# a term the wording writes closed, the answer open or hyphenated ("field hall" for "fieldhall"): the word beside
# the given one is a half of the term, not another word in its place
MARKET = Card(id="c", section="s", kind="short", prompt="What did the villagers call their summer market?",
              answer='Fieldhall, the "field market"', accept=("fieldhall", "field market"))


@pytest.mark.parametrize(("card", "given", "right"), [
    (MARKET, "fieldhall", True),
    (MARKET, "field hall", True),
    (MARKET, "field-hall", True),
    (MARKET, "the field market", True),
    (MARKET, "field fair", False),
    (MARKET, "the town market", False),
])
def test_a_closed_term_written_open(card, given, right):
    assert EN.grade(card, given).correct is right


# the question's own noun for the thing asked ("what is the LAYER called", "какими ЩЁТКАМИ"): a wording that repeats
# it is made by an answer that names that kind in its own words, keeping the word that tells the thing apart; a word
# put in place of another word the question gives still names another thing (`grading.given_words`)
CORE = Card(id="c", section="s", kind="short", prompt="In a glacier, what is the layer that neither melts nor moves "
            "called?", answer="the frozen core", accept=("frozen core", "the frozen layer"))
BRUSH = Card(id="c", section="s", kind="short", prompt="Какими щётками чистят паркет?", answer="Мягкими щётками",
             accept=("мягкими", "мягкие щётки"))
DIAL = Card(id="c", section="s", kind="short", prompt="Which dial of the old radio set turns the volume up?",
            answer="the round volume dial", accept=("volume dial",))


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, CORE, "the frozen layer", True),
    (EN, CORE, "the frozen band", True),
    (EN, CORE, "the frozen sheet", True),
    (EN, CORE, "the melting layer", False),
    (RU, BRUSH, "мягкие щётки", True),
    (RU, BRUSH, "мягкие кисти", True),
    (RU, BRUSH, "жёсткие щётки", False),
    (RU, SALT, "хлорид калия", False),
    (EN, DECAY, "lithium, giving off an electron", False),
])
def test_the_asked_noun_said_otherwise(grader, card, given, right):
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("prompt", "code", "nouns"), [
    ("In a glacier, what is the layer that neither melts?", "en", {"layer"}),
    ("Which caravan route crossed the pass?", "en", {"caravan", "rout"}),
    ("What does the isotope decay into?", "en", set()),
    ("Какими щётками чистят паркет?", "ru", {"щетк"}),
    ("Какой химический элемент добавляют в сталь?", "ru", {"химическ", "элемент"}),
    ("Как называется слой, который не тает?", "ru", {"сло"}),
])
def test_the_asked_noun_is_read_after_the_asking_word(prompt, code, nouns):
    grader = Grader(language=code)
    assert asking_nouns(grader.prep(prompt)) == frozenset(nouns)


@pytest.mark.parametrize(("wording", "named"), [
    ("Sodium Chloride", True),
    ("в честь Александра Белла", True),
    ("Хлорид натрия NaCl", False),
    ("the UV layer", False),
    ("Cylindrical lenses", False),
])
def test_a_wording_names_someone_when_a_later_word_is_capitalised(wording, named):
    assert names_someone(wording) is named


@pytest.mark.parametrize(("word", "asked", "code", "own"), [
    ("plane", "layer", "en", True),
    ("очки", "линзами", "ru", True),
    ("venule", "vein", "en", False),  # of its family: another, smaller thing
    ("arteriole", "artery", "en", False),
    ("ones", "routes", "en", False),  # a pro-form (`heads` reads it)
    ("2", "routes", "en", False),
])
def test_the_learners_own_word_for_the_asked_noun(word, asked, code, own):
    assert own_word_for(word, asked, code) is own
