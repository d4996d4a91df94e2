"""Russian own words of round 46 (issue #11): forms of the language a learner's paraphrase takes that the grader
missed, one table each. Invented subjects of no pack (a salt store, a ferry, a mill); each row says what a fair
teacher would mark, traps (the opposite, another thing, a word said in another's place) fail."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

EN = Grader()
RU = Grader(language="ru")


def explain(point: str, *accept: str, prompt: str = "Почему?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


def judge(grader: Grader, card: Card, answer: str) -> bool:
    return grader.grade(card, answer).correct


# ----------------------------------------------------------------- a wording made but for one word, after "because"
# A wording made but for one word it leaves out ("соли было на складе" for "много соли было на складе") is not made
# when the answer's clause goes on past the words found with words of its own; the conjunction that opens the clause
# ("потому что", "because") is none: it says nothing of the salt.
SALT = explain("соль из копей лежала на берегу под навесом", "много соли было на складе в порту",
               prompt="Почему город пережил осаду?")
SALT_EN = explain("the salt from the mines lay on the shore under a roof", "much salt was kept in the harbour store",
                  prompt="Why did the town survive the siege?")
BUT_ONE = [
    (RU, SALT, "соли было на складе в порту", True),
    (RU, SALT, "потому что соли было на складе в порту", True),
    (RU, SALT, "поскольку соли было на складе в порту", True),
    (RU, SALT, "но соли было на складе в порту", True),
    (RU, SALT, "потому что мало соли было на складе в порту", False),  # trap: another word in its place
    (RU, SALT, "потому что сырой соли было на складе в порту", False),
    (EN, SALT_EN, "because salt was kept in the harbour store", True),
    (EN, SALT_EN, "because little salt was kept in the harbour store", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), BUT_ONE)
def test_all_but_one_after_a_conjunction(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- a thing said absent, the negator further on
# Russian says a thing absent by a negator that closes its clause, after the thing's name, with a place and an
# adverb between as freely as none ("парома за рекой ещё не было"): the negator of two words reaches back five words.
FERRY = explain("у деревни не было парома", prompt="Почему деревня зимой была отрезана?")
ABSENT = [
    (RU, FERRY, "парома у деревни ещё не было", True),
    (RU, FERRY, "парома через реку ещё не было", True),
    (RU, FERRY, "парома в ту зиму ещё не было", True),
    (RU, FERRY, "паром у деревни в ту зиму ещё был", False),  # trap: the opposite
    (RU, FERRY, "паром у деревни был, а моста через реку ещё не было", False),  # another thing absent
    (RU, FERRY, "паром у деревни в ту зиму ходил, а моста не было", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ABSENT)
def test_absence_said_further_after_the_name(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- an adjective in "-ьский" met by its noun
# A list's item named by an adjective ("Уральский район") is named by its noun ("Урал"); a noun whose stem ends in a
# consonant takes the adjective with a soft sign that is the suffix's own ("ураль-ский", "генераль-ский").
def listing(*points: str, need: int, prompt: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need)


STORES = listing("Ямальский", "Сенегальский", "Тибетский", need=2, prompt="Назовите склады, куда отправили обозы.")
SOFT_SK = [
    (STORES, "Ямал и Сенегал", True),
    (STORES, "Ямал и Тибет", True),
    (STORES, "Ямалом и Сенегалом", True),
    (STORES, "Ямал и Непал", False),  # trap: another place
    (STORES, "Тибет и Непал", False),
]


@pytest.mark.parametrize(("card", "given", "right"), SOFT_SK)
def test_adjective_in_soft_sk_met_by_its_noun(card: Card, given: str, right: bool) -> None:
    assert judge(RU, card, given) is right


# ----------------------------------------------------------------- another party before the verb the question gives
# A point whose party opens it before its verb ("Орлов играл слишком рискованно"), the verb a word the question gives
# ("почему Орлов проиграл ...?"), is not made by an answer that puts another of the pack's parties before that verb in
# the clause that makes the point ("Лебедев играл рискованно"); a pronoun, the point's party or no party at all keep it.
NOTES = ("В турнире 1907 года Олег Орлов встретился с Петром Петровым, судил Иван Лебедев. Орлов играл слишком "
         "рискованно и проиграл пять партий. Петров наказывал его за каждую неточность.")
RISK = Card(id="risk", section="s", kind="explain", prompt="Почему Орлов проиграл так много партий в начале турнира?",
            answer="Орлов играл слишком рискованно; Петров наказывал за неточности", need=1,
            keypoints=(Keypoint("Орлов играл слишком рискованно", ("Орлов рисковал", "играл рискованно")),
                       Keypoint("Петров наказывал за неточности", ("Петров пользовался ошибками",))))
TOURNEY = Grader.for_pack(Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(RISK,),
                               language="ru", aliases={"Олег Орлов": ("Орлов",), "Пётр Петров": ("Петров",),
                                                       "Иван Лебедев": ("Лебедев",)}))
OTHER_PARTY = [
    ("Лебедев играл рискованно", False),
    ("Лебедев играл слишком рискованно", False),
    ("Орлов играл рискованно", True),
    ("он играл рискованно", True),
    ("играл рискованно", True),
    ("Лебедев играл осторожно, а Орлов рискованно", True),  # the other party in a clause of its own
    ("Орлов играл рискованно, Лебедев осторожно", True),
]


@pytest.mark.parametrize(("given", "right"), OTHER_PARTY)
def test_another_party_before_the_verb_the_question_gives(given: str, right: bool) -> None:
    assert judge(TOURNEY, RISK, given) is right


# ----------------------------------------------------------------- general near-synonyms
# Words of general Russian a learner puts for the text's: nuclear said as atomic, a picture as an image, growing
# angry by another verb of it. Another thing in their place stays wrong.
SHELTER = explain("укрытие от ядерного удара", prompt="Зачем в городе рыли глубокие подвалы?")
COPY = explain("писарь перерисовал картинку из книги", prompt="Что сделал писарь в библиотеке?")
MERCHANT = explain("купец рассердился", prompt="Как купец встретил новость о пошлине?")
SYNONYMS = [
    (SHELTER, "как укрытие от атомного удара", True),
    (SHELTER, "как укрытие от химического удара", False),  # trap: another weapon
    (COPY, "писарь перерисовал изображение из книги", True),
    (COPY, "писарь перерисовал карту из книги", False),
    (MERCHANT, "купец вспылил", True),
    (MERCHANT, "купец разгневался", True),
    (MERCHANT, "купец обрадовался", False),
]


@pytest.mark.parametrize(("card", "given", "right"), SYNONYMS)
def test_general_near_synonyms(card: Card, given: str, right: bool) -> None:
    assert judge(RU, card, given) is right


# ----------------------------------------------------------------- an item affirmed, asked what is absent
# A list that asks what was sought but not found takes its items negated or not; an answer that says the question's
# verb both ways round ("нашли колодец, но не нашли амбара") gives the items after the verb affirmed as found.
def absent_list(*points: str, prompt: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points), need=2,
                keypoints=tuple(Keypoint(p, ()) for p in points))


SOUGHT = absent_list("колодец", "амбар", "часовня",
                     prompt="Что искали, но не нашли разведчики в деревне? Назовите два.")
NOT_FOUND = [
    (SOUGHT, "колодец и амбар", True),
    (SOUGHT, "не нашли ни колодца, ни амбара", True),
    (SOUGHT, "колодца и амбара не нашли", True),
    (SOUGHT, "нашли колодец, но не нашли амбара и часовни", True),  # the two it denies
    (SOUGHT, "не нашли амбара и часовни, зато нашли колодец", True),
    (SOUGHT, "нашли колодец и амбар, но не нашли часовни", False),  # two of the three said found
]


@pytest.mark.parametrize(("card", "given", "right"), NOT_FOUND)
def test_item_affirmed_where_the_question_asks_what_is_absent(card: Card, given: str, right: bool) -> None:
    assert judge(RU, card, given) is right
