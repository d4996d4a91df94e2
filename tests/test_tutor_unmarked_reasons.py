"""Why-questions whose reason the text gives without a reason marker, English and Russian: what the thing asked about
does (a relative clause of which it is the subject, a verb of preventing or allowing after it), what a name is
after, an explanation after a colon, a cause before one or before a deed one had to do. Rows whose text says no such
thing of what is asked still say the text gives no reason. Each row is an invented text (a harbour town, a village
by a river), never a pack's words."""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

EN_FILL = "The town of Corvel lies on a rocky coast.\nIts market is held on Mondays.\n"
RU_FILL = "Посёлок Заречье стоит на высоком берегу.\nЯрмарка там бывает по средам.\n"


def reply_to(notes: str, question: str, language: str):
    fill, title = (EN_FILL, "Corvel") if language == "en" else (RU_FILL, "Заречье")
    return tutor_on(fill + notes, title, language).ask(question)


@pytest.mark.parametrize(("notes", "question", "fact", "language"), [
    # a relative clause of which the thing asked about is the subject
    ("The harbour wall has sluice gates that stop the tide flooding the lower town.",
     "Why does the harbour wall have sluice gates?", "stop the tide", "en"),
    ("The keepers coated the lamp with tallow, which kept the salt off the glass.",
     "Why did the keepers coat the lamp with tallow?", "kept the salt", "en"),
    ("The boats carry kelp, a heavy weed that feeds the fields behind the dunes.",
     "Why do the boats carry kelp?", "feeds the fields", "en"),
    ("The quay is paved with granite about a metre thick, which holds the weight of the cranes.",
     "Why is the quay paved with granite?", "holds the weight", "en"),
    ("У мельницы есть заслонка, которая не даёт воде уходить ночью.",
     "Зачем у мельницы заслонка?", "не даёт воде", "ru"),
    ("На плотине стоят решётки (сетки) — преграды, которые задерживают плавник.",
     "Зачем на плотине решётки?", "задерживают плавник", "ru"),
    # a verb of preventing, allowing, lessening or cleaning right after it (in Russian, before it too)
    ("The tallow coating keeps the salt off the glass of the lamp.",
     "Why do the keepers use a tallow coating?", "keeps the salt", "en"),
    ("Мельничный жёлоб уменьшает напор воды у колеса.", "Зачем нужен мельничный жёлоб?", "уменьшает напор", "ru"),
    ("Воду в пруду очищает песчаный фильтр у плотины.", "Зачем у плотины песчаный фильтр?", "очищает", "ru"),
    # what it is for, said after its apposition; how it came to be, said by the event before it
    ("The carters coat the axles with tallow, a soft fat used to keep the salt out of the hubs.",
     "Why do the carters coat the axles with tallow?", "keep the salt", "en"),
    ("В 1870 году река размыла берег, и так образовался залив Крутой.", "Почему появился залив Крутой?",
     "размыла берег", "ru"),
    # what a name is after
    ("The Gull Stair is called the Gull Stair after the gulls that nest on its steps.",
     "Why is it called the Gull Stair?", "gulls", "en"),
    ("Северный ветер назван по деревне Кленово, откуда он дует.",
     "Почему северный ветер так назван?", "Кленово", "ru"),
    # an explanation after a colon
    ("The old ferry could not cross in winter: the ice in the bay was too thick for its hull.",
     "Why could the old ferry not cross in winter?", "ice in the bay", "en"),
    ("Старый паром не ходил зимой: лёд в заливе был слишком толстым для его днища.",
     "Почему старый паром не ходил зимой?", "лёд", "ru"),
    # what brings it about, before a colon
    ("A cold wind blew across the bay for a month: the barley in the valley failed that year.",
     "Why did the barley in the valley fail?", "cold wind", "en"),
    ("Дым с торфяников закрыл солнце над долиной: урожай ржи в тот год погиб.",
     "Почему погиб урожай ржи?", "Дым с торфяников", "ru"),
    # what forced it, the clause before a deed one had to do
    ("In 1890 the ferry sailed for the islands, but a storm broke its mast, and the voyage had to be abandoned.",
     "Why was the voyage abandoned?", "broke its mast", "en"),
    ("В 1890 году паром ходил к островам, но шторм сломал мачту, и рейс пришлось прервать.",
     "Почему прервали рейс к островам?", "шторм сломал мачту", "ru"),
])
def test_a_reason_said_without_a_marker(notes, question, fact, language):
    reply = reply_to(notes, question, language)
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize(("notes", "question", "language"), [
    # the relative clause is of another thing than the one asked about
    ("Ada Voss, working in Dunmere, built the first crane that lifted whole boats.",
     "Why did Ada Voss work in Dunmere?", "en"),
    # the thing asked about is what the clause's own subject acts on, or what it is called
    ("The fishermen gather kelp, which they dry on the dunes.", "Why do the fishermen gather kelp?", "en"),
    ("The boats carry kelp, which is called wrack in the town.", "Why do the boats carry kelp?", "en"),
    ("Ада Восс, работая в Дальске, построила первый кран, который поднимал лодки.",
     "Почему Ада Восс работала в Дальске?", "ru"),
    ("Рыбаки возят водоросли, которые называют ламинарией.", "Почему рыбаки возят водоросли?", "ru"),
    # "used to" right after it: a habit, not a purpose
    ("The fishermen used to mend their nets on the quay.\nThey sold fish on Mondays.",
     "Why did the fishermen mend their nets?", "en"),
    # a verb of preventing that is not next to the thing asked about
    ("The ferry ran twice a day in 1890, and the harbour master kept a log of it.",
     "Why did the ferry run twice a day?", "en"),
    # the question's own verb after the thing asked about: what it did, not why
    ("The ferry stopped running in 1902.\nA bridge was opened in 1910.", "Why did the ferry stop running?", "en"),
    ("Паром перестал ходить в 1902 году и больше не давал дохода.", "Почему паром не давал дохода?", "ru"),
    # a name asked about, said without what it is after
    ("The Gull Stair has been called the Gull Stair since 1850; it has ninety steps.",
     "Why is it called the Gull Stair?", "en"),
    # after a colon, a list; or nothing of the question before it
    ("The ferry carried three kinds of cargo: salt, coal, kelp and wool.", "Why did the ferry carry salt?", "en"),
    ("Паром возил три груза: соль, уголь, водоросли и шерсть.", "Почему паром возил соль?", "ru"),
    # before a colon, what came of it (it names what is asked about)
    ("The ferry Lark never reached Corvel: a fire broke out in its hold two days out.",
     "Why did a fire break out in the hold of the Lark?", "en"),
    # before a colon, the heading of a list that says what is asked
    ("Three troubles came to Corvel that year: the harvest failed, the mill burned, the ferry sank.",
     "Why did the harvest fail?", "en"),
    # a deed one had to do, after a clause that names what is asked (what it led to, not why)
    ("The voyage began in May, and the crew had to row for a week.", "Why did the voyage begin in May?", "en"),
])
def test_no_reason_said_without_a_marker(notes, question, language):
    reply = reply_to(notes, question, language)
    assert reply.kind == "answer" and reply.no_reason, reply.text
