"""A Russian noun's fleeting vowel before its last "к"/"ц" ("ошибка" / "ошибок", "отец" / "отца", "кольцо" /
"колец", "чайка" / "чаек", "яйцо" / "яиц") is one word in two forms: Snowball leaves them other stems, too short
for a typo. Not "й" / "и" before another letter ("войн" / "воин"), nor a word that differs otherwise. Found by
proberu17 (a Russian pack on malaria: "чтобы созрели яйца" for "для созревания яиц"). A root of one syllable loses
its only vowel the same way in its oblique forms ("лёд" / "льды", "день" / "дня"). Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.ru_fleeting import fleeting_root, fleeting_vowel
from tests.cards import explain

RU = Grader(language="ru")


@pytest.mark.parametrize(("point", "given", "right"), [
    ("черепахи откладывают яйца в песок", "черепахи откладывают в песок много яиц", True),
    ("писарь делал много ошибок", "писарь делал ошибки", True),
    ("рыбаки чинили лодки", "рыбаки чинили несколько лодок", True),
    ("мастер отковал три кольца", "мастер отковал три колец", True),
    ("над берегом кружили чайки", "над берегом кружила стая чаек", True),
    ("рыбак отрезал кусок хлеба", "рыбак отрезал два куска хлеба", True),
    ("мастер отковал три кольца", "мастер отковал три колеса", False),
    ("рыбаки чинили лодки", "рыбаки чинили сети", False),
])
def test_a_fleeting_vowel_keeps_the_word(point, given, right):
    assert RU.grade(explain(point, prompt="Что было?"), given).correct is right


@pytest.mark.parametrize(("a", "b", "same"), [
    ("ошибк", "ошибок", True), ("отц", "отец", True), ("кольц", "колец", True), ("яйц", "яиц", True),
    ("чайк", "чаек", True), ("бойц", "боец", True),
    ("войн", "воин", False),  # wars, a warrior
    ("лодк", "лодка", False), ("полк", "палок", False), ("тк", "ток", False),
])
def test_which_stems_are_one_word(a, b, same):
    assert fleeting_vowel(a, b) is same


@pytest.mark.parametrize(("point", "given", "right"), [
    ("зимой озеро сковал лёд", "зимой озеро сковали льды", True),
    ("весной по реке плывут льды", "весной по реке плывёт лёд", True),
    ("пастух работал весь день", "пастух работал до конца дня", True),
    ("лев охотится ночью", "львы охотятся ночью", True),
    ("замок окружал глубокий ров", "замок окружали глубоким рвом", True),
    ("зимой озеро сковал лёд", "зимой озеро сковал снег", False),
    ("лев охотится ночью", "волки охотятся ночью", False),
])
def test_a_root_of_one_syllable_loses_its_vowel(point, given, right):
    assert RU.grade(explain(point, prompt="Что было?"), given).correct is right


@pytest.mark.parametrize(("a", "b", "same"), [
    ("лед", "льды", True), ("лед", "льдам", True), ("сон", "сна", True), ("ден", "дня", True), ("ров", "рвом", True),
    ("лев", "льва", True), ("мох", "мха", True),
    ("лед", "льдин", False),  # a floe: another word, not a case ending
    ("сон", "снег", False), ("дом", "дна", False), ("лак", "лка", False), ("сон", "сосна", False),
])
def test_which_roots_drop_their_vowel(a, b, same):
    assert fleeting_root(a, b) is same
