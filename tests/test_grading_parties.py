"""Who did what, by party (issue #11): a keypoint whose words an answer keeps while it gives the point's role to
another party the pack names, or names the point's two parties each in the other's role.

The ways a role goes to the wrong party within an answer that keeps a keypoint's words, in English and Russian:

| way                               | right                                   | wrong                                  |
|-----------------------------------|-----------------------------------------|----------------------------------------|
| another party, same preposition   | у Орвии не было флота                   | у Тельмарии не было флота              |
| another party, one given to       | he gave the tolls to the Velmarians     | he gave the tolls to the Guild         |
| passive of giving                 | the Velmarians were given the tolls     | the Guild was given the tolls          |
| possessive                        | the army of Orvia / Orvia's army        | the army of Telmar / Telmar's army     |
| subject and object swapped        | Orvia defeated Telmar                   | Telmar defeated Orvia                  |
| passive keeps the roles           | Telmar was defeated by Orvia            | Orvia was defeated by Telmar           |
| Russian case, no preposition      | метель дула орвийцам в лицо             | метель дула в лицо тельмарийцам        |
| Russian cases, free word order    | Орвия победила Тельмарию / Тельмарию    | Тельмария победила Орвию / Орвию       |
|                                   | победила Орвия                          | победила Тельмария                     |
| Russian passive with "от"         | Тельмария потерпела поражение от Орвии  | Орвия потерпела поражение от Тельмарии |
| from A to B                       | from Orvia to Telmar                    | from Telmar to Orvia                   |

Traps (right): the point's own party said again; another party only mentioned, in another role ("против
Тельмарии", "from the Guild"); a people for its country ("у орвийцев"); a person for the state they rule;
paraphrase that keeps the roles. The texts are invented: the pack's own text names the parties.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN_TEXTS = (
    "Orvia and Telmar fought over the Selk valley for a century.",
    "King Brannock of Orvia gave the salt tolls to the Velmarians, which angered the Guild.",
    "In the end Orvia defeated Telmar, and the grain of the valley went from Orvia to Telmar.",
)
RU_TEXTS = (
    "Орвия много лет воевала с Тельмарией.",
    "У Тельмарии был сильный флот, а у Орвии флота не было, и король Бранок ничего не мог сделать.",
    "В конце концов Орвия победила Тельмарию.",
    "Под Сельком воевода Игорь Орлов разбил короля Бранока.",
)
EN = Grader(language="en", texts=EN_TEXTS, aliases={"King Brannock": ("Brannock",)})
RU = Grader(language="ru", texts=RU_TEXTS, aliases={"король Бранок": ("Бранок",), "Игорь Орлов": ("Орлов",)})


def explain(point: str, *accept: str, prompt: str = "What happened?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point,
                keypoints=(Keypoint(point, accept),), need=1)


TOLLS = explain("Velmarians given the salt tolls", "tolls", "salt tolls", prompt="Name a measure of Brannock.")
FLEET = explain("у Орвии не было флота", "не было флота", prompt="Почему Орвия долго не могла победить?")
ARMY = explain("the army of Orvia crossed the river", "crossed the river", prompt="What happened at the Selk?")
DEFEAT = explain("Orvia defeated Telmar", prompt="How did the war end?")
POBEDA = explain("Орвия победила Тельмарию", prompt="Чем кончилась война?")
SUPPLY = explain("тельмарийцы снабжали крепость с моря", "снабжали с моря", prompt="Почему осада не удалась?")
BURAN = explain("метель дула орвийцам в лицо", "метель", prompt="Почему Орвия проиграла битву?")
OWN = explain("Orvia's army crossed the river", "crossed the river", prompt="What happened at the Selk?")
RAZBIL = explain("Орлов разбил Бранока", prompt="Чем кончилась битва при Сельке?")
PORAZH = explain("Тельмария потерпела поражение от Орвии", prompt="Чем кончилась война?")
VOINA = explain("Орвия воевала с Тельмарией", prompt="С кем воевала Орвия?")
GRAIN = explain("grain went from Orvia to Telmar", prompt="What happened to the grain?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    # another party in the role of the point's party
    (TOLLS, "he gave the tolls to the Velmarians", True),
    (TOLLS, "he gave the salt tolls to the Guild", False),
    (TOLLS, "the Guild was given the tolls", False),
    (TOLLS, "the Velmarians were given the salt tolls", True),
    (TOLLS, "the tolls went to the Velmarians, which angered the Guild", True),  # another party, another role
    (TOLLS, "he took the tolls from the Guild and gave them to the Velmarians", True),
    (TOLLS, "the tolls went to the Velmarians, not to the Guild", True),
    (FLEET, "у Орвии не было флота", True),
    (FLEET, "флота у Орвии не было", True),  # free word order
    (FLEET, "у Тельмарии не было флота", False),
    (FLEET, "флота у Тельмарии не было", False),
    (FLEET, "не было флота, чтобы воевать против Тельмарии", True),  # mentioned only, in another role
    (FLEET, "у орвийцев не было флота", True),  # a people for its country
    (FLEET, "у Бранока не было флота", True),  # the king for his state
    (BURAN, "метель дула орвийцам в лицо", True),
    (BURAN, "метель дула в лицо тельмарийцам", False),  # no preposition: the case gives the role
    (BURAN, "тельмарийцам метель дула в лицо", False),
    (BURAN, "была метель, и тельмарийцы наступали", True),  # another party in another case
    (SUPPLY, "тельмарийцы снабжали крепость с моря", True),
    (SUPPLY, "Орвия снабжала крепость с моря", False),  # a subject for a subject, in either number
    (SUPPLY, "крепость снабжали с моря в обход флота Орвии", True),  # another party, a possessor's case
    (ARMY, "the army of Orvia crossed the river", True),
    (ARMY, "Orvia's army crossed the river", True),
    (ARMY, "the army of Telmar crossed the river", False),
    (ARMY, "Telmar's army crossed the river", False),
    (OWN, "the army of Orvia crossed the river", True),
    (OWN, "Telmar's army crossed the river", False),
    (OWN, "the army of Telmar crossed the river", False),
    (OWN, "the army crossed the river of Telmar", True),  # what Telmar has is the river: the army's owner unsaid
    # two parties each in the other's role
    (DEFEAT, "Orvia defeated Telmar", True),
    (DEFEAT, "Telmar was defeated by Orvia", True),
    (DEFEAT, "Telmar defeated Orvia", False),
    (DEFEAT, "Orvia was defeated by Telmar", False),
    (DEFEAT, "in the end Orvia defeated Telmar in the valley", True),
    (DEFEAT, "in 1709 Telmar defeated Orvia", False),
    (DEFEAT, "in the end Telmar defeated Orvia", False),
    (DEFEAT, "the king of Telmar defeated Orvia", False),  # another party where the point's is: replaced
    (POBEDA, "Орвия победила Тельмарию", True),
    (POBEDA, "Тельмарию победила Орвия", True),  # free word order keeps the cases
    (POBEDA, "Тельмария победила Орвию", False),
    (POBEDA, "Орвию победила Тельмария", False),
    (RAZBIL, "Орлов разбил Бранока", True),
    (RAZBIL, "Бранока разбил Орлов", True),
    (RAZBIL, "Бранок разбил Орлова", False),  # a person's name in the other's case
    (RAZBIL, "Орлова разбил Бранок", False),
    (PORAZH, "Тельмария потерпела поражение от Орвии", True),
    (PORAZH, "от Орвии Тельмария потерпела поражение", True),
    (PORAZH, "Орвия потерпела поражение от Тельмарии", False),
    (VOINA, "Орвия воевала с Тельмарией", True),
    (VOINA, "Тельмария воевала с Орвией", True),  # a war is of both: no one's role
    (GRAIN, "the grain went from Orvia to Telmar", True),
    (GRAIN, "the grain went from Telmar to Orvia", False),
])
def test_role_given_to_the_wrong_party(card: Card, answer: str, right: bool) -> None:
    grader = RU if card in (FLEET, POBEDA, BURAN, PORAZH, VOINA, RAZBIL, SUPPLY) else EN
    assert grader.grade(card, answer).correct is right


def test_a_pack_without_texts_names_no_party() -> None:
    """Without the pack's texts, a word is a party only by the lexicon (a group of people): a name the pack
    never wrote is not read as one, so nothing fails for it."""
    bare = Grader(language="ru")
    assert bare.grade(FLEET, "у Тельмарии не было флота").correct
    assert not RU.grade(FLEET, "у Тельмарии не было флота").correct  # (the same answer, with the pack's texts)


def test_the_failed_point_is_shown_missing() -> None:
    verdict = EN.grade(TOLLS, "he gave the salt tolls to the Guild")
    assert [k.covered for k in verdict.keypoints] == [False]


def listing(*points: tuple[str, str]) -> Card:
    return Card(id="l", section="s", kind="list", prompt="Name the guilds in order.",
                answer="; ".join(p for p, _ in points),
                keypoints=tuple(Keypoint(p, (a,)) for p, a in points))


GUILDS = listing(("the first guild was the weavers", "weavers"), ("the second guild was the dyers", "dyers"))
TSEKHI = listing(("первым цехом были ткачи", "ткачи"), ("вторым цехом были красильщики", "красильщики"))


@pytest.mark.parametrize(("card", "answer", "right"), [
    # a label and what it labels, said each with the other's ("first: dyers" for "the first guild was the weavers")
    (GUILDS, "first: weavers, second: dyers", True),
    (GUILDS, "first: dyers, second: weavers", False),
    (GUILDS, "1 - dyers, 2 - weavers", False),
    (GUILDS, "the weavers and the dyers", True),
    (GUILDS, "weavers: first, dyers: second", True),
    (TSEKHI, "первый — ткачи, второй — красильщики", True),
    (TSEKHI, "первый — красильщики, второй — ткачи", False),
    (TSEKHI, "ткачи, красильщики", True),
])
def test_labels_said_of_the_wrong_item(card: Card, answer: str, right: bool) -> None:
    grader = RU if card is TSEKHI else EN
    assert grader.grade(card, answer).correct is right


ALONE = explain("Orvia had no fleet", "no fleet", prompt="Why did the war last so long?")
# the question sets two things against each other: each is a party, though the pack writes neither with a capital
TIN = explain("bronze keeps a sharp edge longer", "sharp edge", "edge",
              prompt="Why did smiths prefer bronze to copper?")


@pytest.mark.parametrize(("answer", "right"), [
    ("Orvia had no fleet", True),
    ("the Orvians had no fleet", True),  # its people for the country
    ("Telmar had no fleet", False),
    ("unlike Telmar, Orvia had no fleet", True),
    ("it had no fleet to fight Telmar", True),  # another party only mentioned, in a role of its own
    ("Orvia had no fleet, as Telmar knew", True),
    ("Telmar never had a fleet", False),
])
def test_a_party_in_a_role_of_its_own_is_no_replacement(answer: str, right: bool) -> None:
    assert EN.grade(ALONE, answer).correct is right


@pytest.mark.parametrize(("answer", "right"), [
    ("bronze keeps a sharp edge longer", True),
    ("it keeps a sharp edge", True),
    ("copper keeps a sharp edge longer", False),  # the other thing the question names, where the point's is
    ("smiths found that it keeps a sharp edge", True),  # a word of the question, before another word
    ("unlike copper, bronze keeps its edge", True),
])
def test_two_things_the_question_sets_against_each_other(answer: str, right: bool) -> None:
    assert EN.grade(TIN, answer).correct is right


def choice(answer: str, *options: str) -> Card:
    return Card(id="c", section="s", kind="choice", prompt="How did the battle end?", answer=answer, options=options)


BITVA = choice("Поражением орвийской армии", "Поражением орвийской армии", "Победой орвийской армии",
               "Перемирием с Тельмарией")
BATTLE = choice("the defeat of the Orvian army", "the defeat of the Orvian army", "the victory of the Orvian army",
                "a truce with Telmar")


@pytest.mark.parametrize(("card", "answer", "right"), [
    # a choice picked by its words, with another party where the option has its own
    (BITVA, "поражением орвийской армии", True),
    (BITVA, "поражением тельмарийской армии", False),
    (BITVA, "a", True),
    (BATTLE, "the defeat of the Orvian army", True),
    (BATTLE, "the defeat of the Telmarian army", False),
    (BATTLE, "defeat of the Orvians", True),
])
def test_a_choice_with_another_party(card: Card, answer: str, right: bool) -> None:
    grader = RU if card is BITVA else EN
    assert grader.grade(card, answer).correct is right


# round 22: the point's party named in another clause than the one that makes the point, in a role of its own there
@pytest.mark.parametrize(("card", "answer", "right"), [
    (FLEET, "у Тельмарии не было флота, а Орвия долго воевала", False),
    (FLEET, "Орвия долго воевала, а у Тельмарии не было флота", False),
    (FLEET, "у Орвии не было флота, а Тельмария была сильна", True),
    (FLEET, "Орвия долго воевала, потому что у неё не было флота", True),  # no other party where the point is made
    (FLEET, "Орвия не могла победить Тельмарию: не было флота", True),
    (BURAN, "метель дула в лицо тельмарийцам, и орвийцы наступали", False),
    (BURAN, "орвийцы шли вперёд, а метель дула им в лицо", True),
])
def test_the_party_named_elsewhere_keeps_no_role_here(card: Card, answer: str, right: bool) -> None:
    assert RU.grade(card, answer).correct is right


# round 22: another party right before the verb a point's opening party stands before (`subjects`), for names whose
# ending tells no case ("Мирич") or that the aliases rewrite ("Орлов": "Игорь Орлов")
SUBJECTS = Grader(language="ru", texts=(*RU_TEXTS, "Воевода Сава Мирич спорил с Орловым о переправе."),
                  aliases={"король Бранок": ("Бранок",), "Игорь Орлов": ("Орлов",), "Сава Мирич": ("Мирич",)})
ORDER = explain("Орлов приказал отступить к Сельку", prompt="Что было перед битвой?")
FORD = explain("Мирич велел разрушить переправу", prompt="Что было перед битвой?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (ORDER, "Орлов приказал отступить к Сельку", True),
    (ORDER, "к Сельку отступить приказал Орлов", True),
    (ORDER, "Мирич приказал отступить к Сельку, а Орлов спорил с ним", False),
    (ORDER, "Мирич приказал отступить к Сельку", False),
    (ORDER, "Орлов, с которым спорил Мирич, приказал отступить к Сельку", True),
    (FORD, "Мирич велел разрушить переправу", True),
    (FORD, "Орлов велел разрушить переправу, и Мирич согласился", False),
    (FORD, "Орлов спорил, а Мирич велел разрушить переправу", True),
    (FORD, "переправу велел разрушить Мирич", True),
])
def test_another_party_before_the_verb(card: Card, answer: str, right: bool) -> None:
    assert SUBJECTS.grade(card, answer).correct is right
