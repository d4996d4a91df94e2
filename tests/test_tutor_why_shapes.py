"""Why-questions (issue #12): shapes of a reason the tutor reads besides those of
test_tutor_reasons.py. Each row is an invented text (a harbour town, a village by a river),
never a pack's words; a row whose text gives no reason expects the reply to say so.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

EN_FILL = "The town of Corvel lies on a rocky coast.\nIts market is held on Mondays.\n"
RU_FILL = "Посёлок Заречье стоит на высоком берегу.\nЯрмарка там бывает по средам.\n"


def reply_to(notes: str, question: str, language: str):
    fill, title = (EN_FILL, "Corvel") if language == "en" else (RU_FILL, "Заречье")
    return tutor_on(fill + notes, title, language).ask(question)


# ------------------------------------------------------------------ the sentence after weighs or counts the reason

@pytest.mark.parametrize(("notes", "question", "fact", "language"), [
    ("The ferry stopped running in 1902.\nThe main reason was a sandbank at the harbour mouth.",
     "Why did the ferry stop running?", "sandbank", "en"),
    ("The salt pans were abandoned in 1850.\nAnother cause was the price of coal from Dunmere.",
     "Why were the salt pans abandoned?", "coal", "en"),
    ("В 1902 году паром перестал ходить.\nГлавная причина — мель в устье гавани.",
     "Почему паром перестал ходить?", "мель", "ru"),
    ("Солеварни забросили в 1850 году.\nОсновной причиной стала дешёвая соль из Дунмера.",
     "Почему забросили солеварни?", "дешёвая соль", "ru"),
    # the sentence after shares no word with the question: only its opening says it gives the reason
    ("Since the 2010s reeds have spread along the piers, mostly near the boat sheds. The main cause is fertiliser "
     "washed off the fields. At the same time fish are dying; fishermen blame the same fertiliser.",
     "Why have reeds spread along the piers?", "fertiliser washed", "en"),
    ("С 1990-х годов на мелководье вдоль берегов пруда, особенно возле дач и пляжей, разрастается ряска. "
     "Главная причина — сброс навоза с ферм, в котором много азота; азот служит удобрением для растений. "
     "Одновременно гибнут караси; рыбаки связывают это с тем же навозом.",
     "Почему у берегов пруда разрослась ряска?", "навоза", "ru"),
])
def test_a_weighed_reason_in_the_next_sentence(notes: str, question: str, fact: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize(("notes", "question", "language"), [
    # the sentence after says something else: still no reason
    ("The ferry stopped running in 1902.\nThe main quay was rebuilt in stone.", "Why did the ferry stop running?",
     "en"),
    ("В 1902 году паром перестал ходить.\nГлавная пристань была перестроена из камня.",
     "Почему паром перестал ходить?", "ru"),
])
def test_no_reason_still_said_so(notes: str, question: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "decline" or reply.no_reason, reply.text


# ------------------------------------------------------------------ what happened then, in a clause of "when"

@pytest.mark.parametrize(("notes", "question", "fact", "language"), [
    ("The fishing fleet of Corvel shrank in the 1920s, when steam trawlers from Hull emptied the banks.",
     "Why did the fishing fleet shrink?", "steam trawlers", "en"),
    ("The crisis came in the spring of 1911, when a storm wrecked half of the boats at their moorings.",
     "What caused the crisis?", "storm wrecked", "en"),
    ("Улов рыбы в Заречье упал в 1920-х годах, когда траулеры из Мурманска опустошили отмели.",
     "Почему упал улов рыбы?", "траулеры", "ru"),
])
def test_a_reason_in_a_clause_of_when(notes: str, question: str, fact: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize(("notes", "question", "language"), [
    # "when" of a time or a state, after the thing asked of: no reason for it
    ("The fishing fleet of Corvel shrank in the 1920s.\nThe harbour, when full, held sixty boats.",
     "Why did the fishing fleet shrink?", "en"),
    ("Улов рыбы в Заречье упал в 1920-х годах.\nГавань, когда она полна, вмещает шестьдесят лодок.",
     "Почему упал улов рыбы?", "ru"),
])
def test_a_clause_of_when_elsewhere_gives_no_reason(notes: str, question: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "decline" or reply.no_reason, reply.text


# ------------------------------------------------------------------ the sentence after says that reasons follow

@pytest.mark.parametrize(("notes", "question", "fact", "language"), [
    ("The ferry company went bankrupt in 1902. There were several reasons. The harbour mouth had filled with sand. "
     "Coal from Dunmere had become dear.", "Why did the ferry company go bankrupt?", "filled with sand", "en"),
    ("Паромная компания разорилась в 1902 году. Причин было несколько. Устье гавани занесло песком. "
     "Уголь из Дунмера подорожал.", "Почему разорилась паромная компания?", "занесло песком", "ru"),
])
def test_reasons_announced_after_the_event(notes: str, question: str, fact: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize(("notes", "question", "language"), [
    # a count of something else after the event: still no reason
    ("The ferry company went bankrupt in 1902. It had several boats. The harbour mouth is wide.",
     "Why did the ferry company go bankrupt?", "en"),
    ("Паромная компания разорилась в 1902 году. Лодок у неё было несколько. Устье гавани широкое.",
     "Почему разорилась паромная компания?", "ru"),
])
def test_a_count_of_something_else_gives_no_reason(notes: str, question: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "decline" or reply.no_reason, reply.text


# ------------------------------------------------------------ "why so small?": the text gives the degree by a figure

MILL_EN = "The Corvel mill ran on peat and its wheel had no gearing, so its output was only about 40 sacks a day."
MILL_RU = ("Мельница Заречья работала на торфе, и у её колеса не было передачи, поэтому её выработка была всего около "
           "40 мешков в день.")


@pytest.mark.parametrize(("notes", "question", "fact", "language"), [
    (MILL_EN, "Why was the mill's output so small?", "no gearing", "en"),
    (MILL_RU, "Почему у мельницы была такая низкая выработка?", "не было передачи", "ru"),
    (MILL_RU, "Почему выработка мельницы была такой маленькой?", "не было передачи", "ru"),
    ("Рост гребцов был ограничен 170 см, потому что лодки Заречья были тесными.",
     "Почему гребцов отбирали невысокого роста?", "тесными", "ru"),  # a degree said with "не-"
])
def test_a_degree_the_text_gives_by_a_figure(notes: str, question: str, fact: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize(("notes", "question", "language"), [
    # the figure without its reason: still said so
    ("The output of the Corvel mill was only about 40 sacks a day.", "Why was the mill's output so small?", "en"),
    ("Выработка мельницы Заречья была всего около 40 мешков в день.", "Почему выработка мельницы была такой маленькой?",
     "ru"),
    # an adjective that says what a thing is, not how much, still counts: nothing here of a hard winter
    (MILL_EN, "Why did the hard winter stop the mill?", "en"),
    (MILL_RU, "Почему горячая вода остановила мельницу?", "ru"),
])
def test_a_degree_without_its_reason(notes: str, question: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "decline" or reply.no_reason, reply.text
