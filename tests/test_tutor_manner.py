"""Questions that ask HOW: for a manner, a means, a method or a process, in English and Russian.

First the table of question forms (`Wants.manner`), traps included: "how many / long / old / come",
"как долго / называлась / давно" ask for a figure, a date, a name or a reason, "how did X affect / change Y",
"как повлиял" for an effect, "what happens when", "что происходит при" for an outcome: not for a manner. Then the
table of forms by which a sentence says how (`Traits.manner`): "by" + a gerund, "by means of", "using",
"via", "through", "with the help of", "whereby", steps ("first ... then"), "made from", "works by", adverbs
of manner ("slowly"), "one at a time", "on foot"; "путём", "с помощью", "посредством", "за счёт", "способом",
a gerund ("нагревая руду, ...", ", разбив ..."), steps ("сначала ... затем"), the instrumental after a verb
("нагревают пламенем"), "пешком"; with sentences that look alike but say no means ("by 1620", "by morning",
"by the river", "likely", "July", "большая часть", "был министром", "уехали летом"). Last, on invented
notes where one sentence names only the result and another says how, the one that says how is the answer.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.analysis import Wants
from tests.notes import says, tutor_on

EN_NOTES = """\
The monks of Arlo heated the abbey each winter for three centuries.
The monks of Arlo heated the abbey by burning peat that lay cut and stacked beside the long barns.
The salt makers of Vell obtained salt along the whole northern shore.
The salt makers of Vell obtained salt by means of shallow clay pans that were left open to the summer sun.
The potters of Lanth shaped their jars in the old market square.
The potters of Lanth shaped their jars using a heavy wheel that was turned by the foot of an apprentice.
News reached the Harrow garrison twice a week in summer.
News reached the Harrow garrison via carrier pigeons that were raised in lofts behind the church.
The farmers of Oslen drained the marsh in three dry years.
The farmers of Oslen drained the marsh with the help of windmills that pumped the water into deep ditches.
Brae glass was sold in every port of the north.
Brae glass is made from burnt seaweed and beach sand that the women of the village gather at low tide.
The Orrin pump stood in the village square for a century.
The Orrin pump works by pushing a leather piston up and down inside a long hollow pipe of elm wood.
The dyers of Kell coloured cloth a deep red for the royal court.
First the dyers of Kell boiled the cloth in alum, then they soaked it for days in water with madder root.
The guild of Tarrow spread its rules to every town of the valley.
The guild of Tarrow spread its rules by printing pamphlets that travelling pedlars sold at the fairs."""

RU_NOTES = """\
Кузнецы Арвена получали железо каждую осень в течение века.
Кузнецы Арвена получали железо, нагревая болотную руду в высоких глиняных печах на берегу озера.
Рыбаки Сольты ловили сельдь у северного берега весной.
Рыбаки Сольты ловили сельдь с помощью длинных плавучих сетей, которые плели их жёны из льна.
Жители Ведра осушили болото за три сухих года.
Жители Ведра осушили болото путём прокладки глубоких канав, по которым вода уходила в реку.
Гонцы доставляли письма в крепость Тарн зимой и летом без перерыва.
Гонцы доставляли письма в крепость Тарн посредством почтовых голубей, которых держали на колокольне.
Гончары Лема делали кувшины на старой рыночной площади.
Сначала гончары Лема месили глину, затем лепили кувшины на круге и наконец обжигали их в печи.
Мельница Орвы работает на реке Сенке уже двести лет.
Мельница Орвы работает за счёт силы падающей воды, которую направляет деревянный жёлоб."""

EN_ASKS = [  # (question, asks how)
    ("How did the monks of Arlo heat the abbey?", True),
    ("How does the Orrin pump work?", True),
    ("How is Brae glass made?", True),
    ("How was salt obtained in Vell?", True),
    ("How can a potter shape a jar?", True),
    ("And how exactly did news reach the garrison?", True),
    ("In what way did the farmers drain the marsh?", True),
    ("By what means did the salt makers obtain salt?", True),
    ("By what method was the cloth dyed?", True),
    ("What method did the dyers use?", True),
    ("What process turns seaweed into glass?", True),
    ("Describe how the dyers coloured cloth.", True),
    ("Explain how the pump works.", True),
    ("How many monks lived in Arlo?", False),  # a figure
    ("How much salt did Vell make?", False),
    ("How long did the drainage take?", False),
    ("How old is the Orrin pump?", False),
    ("How far did the pigeons fly?", False),
    ("How often did news arrive?", False),
    ("How come the monks burnt peat?", False),  # a reason
    ("Why did the monks burn peat?", False),
    ("When was the Orrin pump built?", False),
    ("Who shaped the jars?", False),
    ("Which way does the river flow?", False),  # a direction, not a means
    ("What happens when the piston moves up?", False),  # an outcome
    ("How did the pigeons affect the garrison?", False),  # an effect
    ("How did the marsh change after the drainage?", False),
    ("How did the monks react to the fire?", False),
    ("How is peat different from coal?", False),  # a difference
    ("How do the two pumps differ?", False),
]

RU_ASKS = [
    ("Как кузнецы Арвена получали железо?", True),
    ("А как рыбаки ловили сельдь?", True),
    ("Каким образом жители Ведра осушили болото?", True),
    ("Каким путём осушили болото?", True),
    ("Каким способом гончары делали кувшины?", True),
    ("С помощью чего рыбаки ловили сельдь?", True),
    ("Посредством чего доставляли письма?", True),
    ("За счёт чего работает мельница?", True),
    ("Как именно гонцы доставляли письма?", True),
    ("Как устроена мельница Орвы?", True),
    ("Как работает мельница Орвы?", True),
    ("Опиши, как гончары делали кувшины.", True),
    ("Как долго осушали болото?", False),  # a figure
    ("Как далеко летали голуби?", False),
    ("Как часто приходили письма?", False),
    ("Как называлась крепость?", False),  # a name
    ("Как гончары называли свой круг?", False),
    ("Как Велл назвал мельницу?", False),
    ("Как по-другому называют болотную руду?", False),
    ("Как давно стоит мельница?", False),  # a date
    ("Сколько кувшинов делали гончары?", False),
    ("Почему кузнецы нагревали руду?", False),  # a reason
    ("Когда осушили болото?", False),
    ("Кто доставлял письма?", False),
    ("Что происходит при обжиге глины?", False),  # an outcome
    ("Как повлияли голуби на жизнь крепости?", False),  # an effect
    ("Как изменилось болото после осушения?", False),
    ("Как меняется болото после осушения?", False),  # the same verb of change without its prefix
    ("Как менялось болото после осушения?", False),
    ("Как поменялась жизнь жителей Ведра?", False),
    ("Как гончары меняли глину в печи?", False),  # "how did X change Y": an effect, as in English
    ("Чем отличается болото от озера?", False),  # a difference
    ("Как отличаются кувшины Лема от кувшинов Арвена?", False),
]

EN_SENTENCES = [  # (sentence, says how)
    ("The monks heated the abbey by burning peat.", True),
    ("Salt was obtained by means of clay pans.", True),
    ("The jars were shaped using a wheel.", True),
    ("News came via carrier pigeons.", True),
    ("The guild spread its rules through printed pamphlets.", True),
    ("The marsh was drained with the help of windmills.", True),
    ("The dyers used a process whereby the cloth was boiled twice.", True),
    ("First the clay is dug, then it is dried in the sun.", True),
    ("The pump works by pushing a piston.", True),
    ("Brae glass is made from burnt seaweed.", True),
    ("The method of the dyers was slow.", True),
    ("The empire broke apart slowly.", True),  # an adverb of manner
    ("The monks carefully copied the books.", True),
    ("The router sends the packet on, one hop at a time.", True),
    ("The pilgrims crossed the hills on foot.", True),
    ("The town was likely founded in July.", False),  # -ly, but no manner: likely, July
    ("The abbey was only a ruin.", False),
    ("The abbey was finished by 1620.", False),  # a date
    ("The letters arrived by morning.", False),  # a time
    ("The mill stood by the river.", False),  # a place
    ("The castle was taken by the king.", False),  # an agent
    ("The monks heated the abbey every winter.", False),
]

RU_SENTENCES = [
    ("Кузнецы получали железо, нагревая руду.", True),
    ("Нагревая руду, кузнецы получали железо.", True),
    ("Рыбаки, разбив лёд, ставили сети.", True),
    ("Рыбаки ловили сельдь с помощью сетей.", True),
    ("Болото осушили путём прокладки канав.", True),
    ("Письма доставляли посредством голубей.", True),
    ("Мельница работает за счёт силы воды.", True),
    ("Железо получали особым способом.", True),
    ("Сначала глину месили, затем лепили кувшины.", True),
    ("Армию пополняли рекрутскими наборами.", True),  # the instrumental after a verb
    ("Руду нагревают пламенем.", True),
    ("Эти водоросли размножаются простым делением.", True),  # ... of a reflexive verb
    ("Кузнец считается мастером.", False),  # ... a copula again
    ("Осада закончилась тяжёлым поражением.", False),  # ... what it ended in: a result, not a means
    ("Гонцы добирались до крепости пешком.", True),
    ("Велл был министром.", False),  # the instrumental after a copula: a role
    ("Кузнецы уехали летом.", False),  # ... of a time word
    ("Кузнецы жили в новом доме.", False),  # a locative after a preposition
    ("Большая часть болота высохла.", False),  # an adjective, no gerund
    ("Ярослав Мудрый правил в Киеве.", False),  # a name, no gerund
    ("Болото осушили за три года.", False),
    ("Кузнецы получали железо каждую осень.", False),
]


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_on(EN_NOTES, "Old crafts"), "ru": tutor_on(RU_NOTES, "Старые ремёсла", "ru")}


def wants(tutor: Tutor, question: str) -> Wants:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return asked.wants


@pytest.mark.parametrize(("question", "how"), EN_ASKS)
def test_english_questions_asking_how(tutors: dict[str, Tutor], question: str, how: bool) -> None:
    assert wants(tutors["en"], question).manner is how


@pytest.mark.parametrize(("question", "how"), RU_ASKS)
def test_russian_questions_asking_how(tutors: dict[str, Tutor], question: str, how: bool) -> None:
    assert wants(tutors["ru"], question).manner is how


def _traits_of(sentence: str, language: str) -> bool:
    tutor = tutor_on(sentence, "Crafts", language)
    (doc,) = tutor.library.docs
    return doc.traits.manner


def answers_how(tutor: Tutor, question: str, fact: str, notes: str) -> bool:
    """Is the answer the sentence holding `fact` (which says how), without the sentence before it in the notes
    (which names only the result)?"""
    lines = notes.splitlines()
    saying = next(i for i, line in enumerate(lines) if fact in line)
    reply = tutor.ask(question)
    return says(tutor, question, fact) and lines[saying - 1] not in reply.sentences


@pytest.mark.parametrize(("sentence", "how"), EN_SENTENCES)
def test_english_sentences_saying_how(sentence: str, how: bool) -> None:
    assert _traits_of(sentence, "en") is how


@pytest.mark.parametrize(("sentence", "how"), RU_SENTENCES)
def test_russian_sentences_saying_how(sentence: str, how: bool) -> None:
    assert _traits_of(sentence, "ru") is how


@pytest.mark.parametrize(("question", "fact"), [
    ("How did the monks of Arlo heat the abbey?", "burning peat"),
    ("By what means did the salt makers of Vell obtain salt?", "clay pans"),
    ("How did the potters of Lanth shape their jars?", "wheel"),
    ("How did news reach the Harrow garrison?", "pigeons"),
    ("In what way did the farmers of Oslen drain the marsh?", "windmills"),
    ("How is Brae glass made?", "seaweed"),
    ("How does the Orrin pump work?", "piston"),
    ("How did the guild of Tarrow spread its rules?", "pamphlets"),  # by + a gerund
])
def test_english_the_sentence_that_says_how_answers(tutors: dict[str, Tutor], question: str, fact: str) -> None:
    assert answers_how(tutors["en"], question, fact, EN_NOTES)


@pytest.mark.parametrize(("question", "fact"), [
    ("Как кузнецы Арвена получали железо?", "нагревая"),
    ("С помощью чего рыбаки Сольты ловили сельдь?", "сетей"),
    ("Каким образом жители Ведра осушили болото?", "канав"),
    ("Как гонцы доставляли письма в крепость Тарн?", "голубей"),
    ("За счёт чего работает мельница Орвы?", "падающей воды"),
])
def test_russian_the_sentence_that_says_how_answers(tutors: dict[str, Tutor], question: str, fact: str) -> None:
    assert answers_how(tutors["ru"], question, fact, RU_NOTES)


@pytest.mark.parametrize(("tongue", "question", "fact"), [
    ("en", "How did the dyers of Kell colour cloth?", "alum"),
    ("ru", "Как гончары Лема делали кувшины?", "обжигали"),
])
def test_steps_join_the_result_they_do_not_name(tutors: dict[str, Tutor], tongue: str, question: str,
                                                fact: str) -> None:
    """Steps ("first ... then", "сначала ... затем") need not repeat the question's verb: the sentence naming
    the result answers, and the steps after it join it (`replies._context`: it lacks the means asked for)."""
    assert says(tutors[tongue], question, fact)


@pytest.mark.parametrize(("question", "fact"), [  # the other sentence when the question asks no "how"
    ("Where did the potters of Lanth shape their jars?", "market square"),
    ("When did the farmers of Oslen drain the marsh?", "dry years"),
])
def test_a_question_not_asking_how_keeps_its_answer(tutors: dict[str, Tutor], question: str, fact: str) -> None:
    assert says(tutors["en"], question, fact)


EN_NOUNS = """\
The Brae dunes lie along the western coast.
The formation of the Brae dunes began when westerly gales piled sand against the old sea wall.
The Orrin lake was drained in 1820.
The drainage of the Orrin lake was done by cutting a channel through the ridge.
Salt from Vell was sold in every port.
The production of salt in Vell relied on evaporation of sea water in clay pans."""

RU_NOUNS = """\
Дюны Брэ тянутся вдоль западного берега.
Образование дюн Брэ началось, когда западные ветры нанесли песок к старой дамбе.
Озеро Орин осушили в 1820 году.
Осушение озера Орин провели путём прокладки канала через хребет.
Соль из Велла продавали во всех портах.
Производство соли в Велле основано на выпаривании морской воды в глиняных чанах."""


@pytest.mark.parametrize(("tongue", "question", "fact"), [
    ("en", "How did the Brae dunes form?", "westerly gales"),  # "form": "the formation of"
    ("en", "How was the Orrin lake drained?", "cutting a channel"),  # "drained": "the drainage of"
    ("en", "How was salt produced in Vell?", "evaporation"),  # "produced": "the production of"
    ("ru", "Как образовались дюны Брэ?", "западные ветры"),  # "образовались": "образование"
    ("ru", "Как осушили озеро Орин?", "прокладки канала"),  # "осушили": "осушение"
    ("ru", "Как производили соль в Велле?", "выпаривании"),  # "производили": "производство"
])
def test_the_question_verb_is_met_by_its_noun(tongue: str, question: str, fact: str) -> None:
    """The text may name the process by the noun of the question's verb: that sentence says how (with the
    sentence naming only the result and its date, when that one restates the question in its own verb)."""
    notes = EN_NOUNS if tongue == "en" else RU_NOUNS
    assert says(tutor_on(notes, "Coast" if tongue == "en" else "Берег", tongue), question, fact)


def test_a_restatement_does_not_answer_how() -> None:
    """When the text says nothing of how, the sentence that only restates the question is no answer to "how"
    (it still answers "when", and "did", which it does not restate)."""
    tutor = tutor_on("The monks of Arlo heated the abbey in 1620.\nThe abbey of Arlo stands on a hill above the lake.",
                     "Arlo")
    assert tutor.ask("How did the monks of Arlo heat the abbey?").kind == "decline"
    assert says(tutor, "When did the monks of Arlo heat the abbey?", "1620")
    assert says(tutor, "Did the monks of Arlo heat the abbey?", "heated")
