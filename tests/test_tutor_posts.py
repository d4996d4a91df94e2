"""Posts said with a qualifier (`tutor.posts`): "prime minister" is not "Foreign Minister", "генеральный секретарь"
not "первый секретарь". A passage that names the role asked about only with another qualifier does not answer;
one that names it bare, or with the question's own qualifier, may; a verb before a role ("became king", "стал
министром", "crowned himself Emperor") qualifies nothing. Invented texts, in English and Russian.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import tutor_on

EN = """In 1931 the Velland Foreign Minister, Arvo Penn, signed the treaty of Lisk with Orsk.
Marta Olle became prime minister of Velland in 1933.
In 1935 Penn crowned himself King of Velland.
The deputy governor of the Orsk bank, Ivo Rask, resigned in 1936.
The senior manager of the Vell mill was Jan Ort."""
RU = """В 1931 году министр иностранных дел Велландии Арво Пенн подписал Лискский договор.
Генеральным секретарём партии в 1933 году стала Марта Олле.
В 1935 году первым секретарём партии избрали Юри Сакса.
Управляющим банка Орска в 1936 году назначили Иво Раска.
Генеральным директором мельницы Велла был Ян Орт."""


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_on(EN, "Notes", "en"), "ru": tutor_on(RU, "Notes", "ru")}


@pytest.mark.parametrize(("language", "question", "fact"), [
    ("en", "Who was the prime minister of Velland in 1933?", "Marta Olle"),  # the post as the question says it
    ("en", "Who was the Velland foreign minister in 1931?", "Arvo Penn"),
    ("en", "When did Penn become king?", "1935"),  # a verb before the role: no qualifier
    ("en", "Who was the deputy governor of the Orsk bank?", "Ivo Rask"),
    ("en", "Who was the manager of the Vell mill?", "Jan Ort"),  # no qualifier asked
    ("ru", "Кто был директором мельницы Велла?", "Орт"),
    ("ru", "Кто был генеральным секретарём партии в 1933 году?", "Олле"),
    ("ru", "Кто был первым секретарём партии?", "Сакс"),
    ("ru", "Когда Пенн стал министром?", "1931"),  # "стал": no qualifier
    ("ru", "Кто был управляющим банка Орска?", "Раск"),
])
def test_a_post_said_as_asked_answers(tutors, language, question, fact):
    reply = tutors[language].ask(question)
    assert reply.kind == "answer" and normalise(fact) in normalise(" ".join(reply.sentences))


@pytest.mark.parametrize(("language", "question"), [
    ("en", "Who was the general manager of the Vell mill?"),  # only its senior manager is named
    ("en", "Who was the chief governor of the Orsk bank?"),  # only its deputy governor
    ("ru", "Кто был исполнительным директором мельницы Велла?"),  # only its general director
])
def test_a_post_qualified_otherwise_is_another_post(tutors, language, question):
    assert tutors[language].ask(question).kind == "decline"


DEPUTIES_EN = """In 1950 Ola Brandt, the deputy minister of trade of Norland, visited Velland.
The Under Secretary of Commerce, Piet Lorr, signed the Lisk accord in 1951.
Tova Ruud became vice-president of the Norland Mining Company in 1952.
In 1953 Karl Hoff was the minister of fisheries of Norland.
Under President Ivo Sand, Norland joined the Lisk pact in 1954."""
DEPUTIES_RU = """В 1950 году Ола Брандт, товарищ (заместитель) министра торговли Норландии, посетил Велландию.
Заместитель председателя горной компании Пит Лорр подписал Лискское соглашение в 1951 году.
В 1953 году министром рыболовства Норландии был Карл Хофф."""


@pytest.fixture(scope="module")
def deputies() -> dict[str, Tutor]:
    return {"en": tutor_on(DEPUTIES_EN, "Notes", "en"), "ru": tutor_on(DEPUTIES_RU, "Notes", "ru")}


@pytest.mark.parametrize(("language", "question"), [
    ("en", "Who was the minister of trade of Norland in 1950?"),  # only its deputy minister is named
    ("en", "Who was the Secretary of Commerce who signed the Lisk accord?"),  # only the Under Secretary
    ("ru", "Кто был министром торговли Норландии в 1950 году?"),  # "товарищ (заместитель) министра"
    ("ru", "Кто был председателем горной компании, подписавшим Лискское соглашение?"),  # "заместитель председателя"
])
def test_a_deputys_post_is_another_post(deputies, language, question):
    assert deputies[language].ask(question).kind == "decline"


@pytest.mark.parametrize(("language", "question", "fact"), [
    ("en", "Who was the deputy minister of trade of Norland?", "Ola Brandt"),  # the deputy asked of
    ("en", "Who signed the Lisk accord as Under Secretary of Commerce?", "Piet Lorr"),
    ("en", "Who was the minister of fisheries of Norland?", "Karl Hoff"),  # the post said bare
    ("en", "Who was president of Norland when it joined the Lisk pact?", "Ivo Sand"),  # "under": a preposition
    ("ru", "Кто был заместителем министра торговли Норландии?", "Брандт"),
    ("ru", "Кто был министром рыболовства Норландии?", "Хофф"),
])
def test_a_deputy_asked_of_or_a_post_said_bare_answers(deputies, language, question, fact):
    reply = deputies[language].ask(question)
    assert reply.kind == "answer" and normalise(fact) in normalise(" ".join(reply.sentences))
