"""Why-questions, English and Russian: the ways a text gives a reason or a purpose, the ways a
question asks for one, and what only looks like a reason. Each row is an invented text (a
harbour town, a village by a river), never a pack's words. A row whose text gives no reason
expects the reply to say so (`no_reason`) and show what the text does say.

Forms the tutor does not yet read are marked xfail(strict=True), so that fixing one shows up.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor.words import Words
from tests.notes import tutor_on

EN_FILL = "The town of Corvel lies on a rocky coast.\nIts market is held on Mondays.\n"
RU_FILL = "Посёлок Заречье стоит на высоком берегу.\nЯрмарка там бывает по средам.\n"


def reply_to(notes: str, question: str, language: str):
    fill, title = (EN_FILL, "Corvel") if language == "en" else (RU_FILL, "Заречье")
    return tutor_on(fill + notes, title, language).ask(question)


def gives_reason(notes: str, question: str, fact: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert fact in " ".join(reply.sentences), reply.text


def gives_none(notes: str, question: str, language: str) -> None:
    reply = reply_to(notes, question, language)
    assert reply.kind == "answer" and reply.no_reason, reply.text


FERRY = "Why did the ferry stop running?"


# ------------------------------------------------------------------ English: the reason in the passage

@pytest.mark.parametrize(("notes", "question", "fact"), [
    ("The ferry stopped running in 1902 because the harbour silted up.", FERRY, "silted"),
    ("The ferry stopped running in 1902 because of the silted harbour.", FERRY, "silted"),
    ("The salt pans were abandoned, since the rains washed the salt away.", "Why were the salt pans abandoned?",
     "rains"),
    ("The rope-makers moved to Dunmere, as hemp was cheaper there.", "Why did the rope-makers move to Dunmere?",
     "cheaper"),  # "as" + a clause
    ("The guild banned night work, for candles had caused two fires.", "Why did the guild ban night work?",
     "candles"),  # "for" + a clause
    ("The canal was closed in 1870 due to a landslide.", "Why was the canal closed?", "landslide"),
    ("The canal was closed in 1870 owing to a landslide.", "For what reason was the canal closed?", "landslide"),
    ("The fishermen grew rich thanks to the herring shoals.", "How come the fishermen grew rich?", "herring"),
    ("The harbour silted up, so the ferry stopped running.", FERRY, "silted"),
    ("The harbour silted up, which is why the ferry stopped running.", FERRY, "silted"),
    ("The lighthouse was so tall that ships saw it from 30 km.", "Why did ships see the lighthouse from far away?",
     "so tall"),
    # verbs and nouns of causing, either way round; the question's verb is the text's noun ("close" / "closure")
    ("The reason for the ferry's closure was the silted harbour.", "Why did the ferry close?", "silted"),
    ("A silted harbour led to the closure of the ferry.", "Why did the ferry close?", "silted"),
    ("A silted harbour caused the closure of the ferry.", "What caused the closure of the ferry?", "silted"),
    ("A silted harbour brought about the closure of the ferry.", "Why did the ferry close?", "silted"),
    ("A silted harbour gave rise to the closure of the ferry.", "Why did the ferry close?", "silted"),
    ("The closure of the ferry resulted from a silted harbour.", "Why did the ferry close?", "silted"),
    ("The closure of the ferry was caused by a silted harbour.", "What led to the closure of the ferry?", "silted"),
    ("The closure of the ferry was the result of a silted harbour.", "Why did the ferry close?", "silted"),
    ("A silted harbour resulted in the closure of the ferry.", "What was the reason for the closure of the ferry?",
     "silted"),
    ("The fall in salt prices was due to the new railway.", "Why did salt prices fall?", "railway"),
    # a purpose
    ("The town dug a canal in order to carry salt to the coast.", "Why did the town dig a canal?", "carry salt"),
    ("The town dug a canal so that barges could carry salt.", "Why did the town dig a canal?", "barges"),
    ("The town dug a canal so as to carry salt to the coast.", "Why did the town dig a canal?", "carry salt"),
    ("The canal was dug to carry salt to the coast.", "Why was the canal dug?", "carry salt"),
    ("The canal was dug to carry salt to the coast.", "What was the canal dug for?", "carry salt"),
    ("The canal was dug to carry salt to the coast.", "What was the purpose of the canal?", "carry salt"),
    ("The canal was dug to carry salt to the coast.", "To what end was the canal dug?", "carry salt"),
    ("The town built a long wall to protect the harbour.", "Why did the town build a wall?", "protect"),
    ("To protect the harbour, the town built a long stone wall.", "Why did the town build a stone wall?",
     "protect"),
    ("A new pump was needed to drain the mine.", "Why was a new pump needed?", "drain"),
    ("The guild used its fees to repair the quay.", "Why did the guild use its fees?", "repair"),
    # a motive; what a reward or a punishment was for
    ("Fearing a flood, the town raised the quay by a metre.", "Why did the town raise the quay?", "Fearing"),
    ("The guild sent envoys to the king, hoping to win his favour.", "Why did the guild send envoys?", "hoping"),
    ("Ada Voss was awarded a medal for saving the crew of a brig.", "Why was Ada Voss awarded a medal?", "saving"),
])
def test_english_reason_forms(notes, question, fact):
    gives_reason(notes, question, fact, "en")


@pytest.mark.parametrize(("notes", "question", "fact"), [
    ("The harbour silted up.\nTherefore the ferry stopped running.", FERRY, "silted"),
    ("The harbour silted up.\nAs a result, the ferry stopped running.", FERRY, "silted"),
    ("The harbour silted up.\nConsequently, the ferry stopped running.", FERRY, "silted"),
    ("The harbour silted up.\nAs a consequence, the ferry stopped running.", FERRY, "silted"),
    ("The harbour silted up.\nThe ferry thus stopped running.", FERRY, "silted"),
    ("The harbour silted up.\nThat is why the ferry stopped running.", FERRY, "silted"),
    ("The harbour silted up.\nThis led to the closure of the ferry.", "Why did the ferry close?", "silted"),
    ("The mine flooded in 1850.\nThis was because the old pump had broken.", "Why did the mine flood?",
     "pump had broken"),
    ("The mine flooded in 1850.\nThe old pump had broken, which explains the flooding.", "Why did the mine flood?",
     "pump"),
    ("The lighthouse was rebuilt in 1888.\nThe reason was that storms had cracked the old tower.",
     "Why was the lighthouse rebuilt?", "storms"),
])
def test_english_reason_in_the_sentence_before_or_after(notes, question, fact):
    """The effect in one sentence, its reason in the one before ("Therefore ...") or after ("This was because")."""
    gives_reason(notes + "\nThe end of the story came later.", question, fact, "en")


@pytest.mark.parametrize(("notes", "question"), [
    ("The ferry stopped running in 1902.\nA bridge was opened in 1910.", FERRY),
    ("The ferry has run since 1850.\nIts captain was Ada Voss.", "Why does the ferry run?"),  # since: a time
    ("The ferry stopped running in 1902.\nSince then the islanders have used boats.", FERRY),
    ("The old road is the so-called Salt Way.\nIt was paved in 1790.", "Why was the Salt Way paved?"),
    ("So far the mine has produced 40,000 tonnes of salt.\nIt was closed in 1950.", "Why was the mine closed?"),
    ("The ferry carried salt, fish, wool and so on.\nIt stopped running in 1902.", FERRY),
    ("Ada Voss worked as a pilot for ten years.\nShe retired in 1890.", "Why did Ada Voss retire?"),  # as, for
    ("Ada Voss sailed to Dunmere in 1880.\nShe stayed there for a year.", "Why did Ada Voss sail to Dunmere?"),
    ("The guild moved to the quay, as the other guilds did.\nIt had 40 members.", "Why did the guild move?"),
    ("The fishermen used to mend their nets on the quay.\nThey sold fish on Mondays.",
     "Why did the fishermen mend their nets?"),  # "used to": a habit, not a purpose
    # the text says it does not know why
    ("The ferry stopped running in 1902.\nIt is not known why it stopped.", FERRY),
    ("The ferry stopped running in 1902.\nThe reason for this is unclear.", FERRY),
    ("The ferry stopped running in 1902.\nNobody knows why.", FERRY),
])
def test_english_forms_that_give_no_reason(notes, question):
    gives_none(notes, question, "en")


# ------------------------------------------------------------------ Russian: the reason in the passage

PAROM = "Почему паром перестал ходить?"


@pytest.mark.parametrize(("notes", "question", "fact"), [
    ("Паром перестал ходить в 1902 году, потому что гавань обмелела.", PAROM, "обмелела"),
    ("Паром перестал ходить в 1902 году, так как гавань обмелела.", PAROM, "обмелела"),
    ("Паром перестал ходить, поскольку гавань обмелела.", "По какой причине паром перестал ходить?", "обмелела"),
    ("Паром перестал ходить из-за обмелевшей гавани.", PAROM, "гавани"),
    ("Рыбаки разбогатели благодаря сельдяным косякам.", "Отчего рыбаки разбогатели?", "сельдяным"),
    ("Рыбаки разбогатели благодаря сельдяным косякам.", "Благодаря чему разбогатели рыбаки?", "сельдяным"),
    ("Гавань обмелела, поэтому паром перестал ходить.", PAROM, "обмелела"),
    pytest.param("Гавань обмелела, так что паром перестал ходить.", PAROM, "обмелела", marks=pytest.mark.xfail(
        strict=True, reason="'так что' inside a sentence is unread: read, it made a sentence giving the reason for "
                            "something else outrank the 'потому что' answer of a development pack")),
    ("Паром перестал ходить вследствие обмеления гавани.", "Из-за чего паром перестал ходить?", "обмеления"),
    ("Паром перестал ходить по причине обмеления гавани.", PAROM, "обмеления"),
    ("Паром перестал ходить в силу того, что гавань обмелела.", PAROM, "обмелела"),
    ("Паром перестал ходить по вине купцов, не чистивших гавань.", PAROM, "купцов"),
    ("Паром перестал ходить оттого, что гавань обмелела.", "Отчего паром перестал ходить?", "обмелела"),
    ("Паром перестал ходить: ведь гавань обмелела.", PAROM, "обмелела"),
    # verbs and nouns of causing; the question's verb is the text's noun ("закрыли" / "закрытия")
    ("Причиной закрытия рынка стало обмеление гавани.", "Почему закрыли рынок?", "обмеление"),
    ("Причиной закрытия рынка стало обмеление гавани.", "Что стало причиной закрытия рынка?", "обмеление"),
    ("Обмеление гавани привело к закрытию рынка.", "Что привело к закрытию рынка?", "Обмеление"),
    ("Обмеление гавани вызвало закрытие рынка.", "Что вызвало закрытие рынка?", "Обмеление"),
    ("Закрытие рынка объясняется тем, что гавань обмелела.", "Чем объясняется закрытие рынка?", "обмелела"),
    ("Закрытие рынка было вызвано обмелением гавани.", "Чем вызвано закрытие рынка?", "обмелением"),
    ("Старый мол привёл к обмелению гавани.", "Почему обмелела гавань?", "мол"),
    ("Обмеление гавани стало следствием постройки мола.", "Почему обмелела гавань?", "мола"),
    ("Обмеление гавани стало следствием постройки мола.", "В чём причина обмеления гавани?", "мола"),
    # a purpose
    ("Жители вырыли канал, чтобы возить соль к морю.", "Зачем жители вырыли канал?", "возить соль"),
    ("Жители вырыли канал для того, чтобы возить соль к морю.", "Для чего жители вырыли канал?", "возить соль"),
    ("Жители вырыли канал с целью возить соль к морю.", "С какой целью жители вырыли канал?", "возить соль"),
    ("Жители вырыли канал ради торговли солью.", "Ради чего жители вырыли канал?", "торговли"),
    ("Жители вырыли канал для перевозки соли и для орошения полей.", "Зачем жители вырыли канал?", "орошения"),
    ("Новый мол был призван защитить гавань от штормов.", "Зачем построили новый мол?", "защитить"),
    # a motive; what a reward or a punishment was for
    ("Опасаясь наводнения, жители подняли набережную.", "Почему жители подняли набережную?", "Опасаясь"),
    ("Староста поехал в город, надеясь получить ссуду.", "Зачем староста поехал в город?", "ссуду"),
    ("За спасение рыбаков лоцмана наградили медалью.", "За что наградили лоцмана?", "спасение"),
    ("Лоцмана наградили медалью за спасение рыбаков.", "За что наградили лоцмана?", "спасение"),
])
def test_russian_reason_forms(notes, question, fact):
    gives_reason(notes, question, fact, "ru")


@pytest.mark.parametrize(("notes", "question", "fact"), [
    ("Гавань обмелела.\nПоэтому паром перестал ходить.", PAROM, "обмелела"),
    ("Гавань обмелела.\nВ результате паром перестал ходить.", PAROM, "обмелела"),
    ("Гавань обмелела.\nСледовательно, паром перестал ходить.", PAROM, "обмелела"),
    ("Паром перестал ходить в 1902 году.\nПричина была в том, что гавань обмелела.", PAROM, "обмелела"),
    ("Паром перестал ходить в 1902 году.\nЭто объясняется тем, что гавань обмелела.", PAROM, "обмелела"),
    ("Паром перестал ходить в 1902 году.\nДело в том, что гавань обмелела.", PAROM, "обмелела"),
    ("Паром перестал ходить в 1902 году.\nЭто произошло из-за того, что гавань обмелела.", PAROM, "обмелела"),
])
def test_russian_reason_in_the_sentence_before_or_after(notes, question, fact):
    gives_reason(notes + "\nПозже в посёлке открыли школу.", question, fact, "ru")


@pytest.mark.parametrize(("notes", "question"), [
    ("Паром перестал ходить в 1902 году.\nМост открыли в 1910 году.", PAROM),
    ("Паром ходил так, как велел староста.\nОн перестал ходить в 1902 году.", PAROM),  # "так, как": how
    ("Паром перестал ходить в 1902 году.\nС тех пор жители плавают на лодках.", PAROM),
    ("Паром возил соль для купцов из Дальска.\nОн перестал ходить в 1902 году.", PAROM),  # "для": for whom
    ("Паромщик поблагодарил старосту.\nПаром перестал ходить в 1902 году.", PAROM),
    ("Паромщик вызвал старосту на совет.\nПаром перестал ходить в 1902 году.", PAROM),  # "вызвал": summoned
    ("В списки для голосования внесли сто человек.\nСход собрался в 1902 году.",
     "Почему сход собрался в 1902 году?"),  # "списки для голосования": what the lists are
    # the text says it does not know why
    ("Паром перестал ходить в 1902 году.\nВ чём причина, неизвестно.", PAROM),
    ("Паром перестал ходить в 1902 году.\nПричина этого до сих пор неизвестна.", PAROM),
    ("Паром перестал ходить в 1902 году.\nНеясно, почему это случилось.", PAROM),
])
def test_russian_forms_that_give_no_reason(notes, question):
    gives_none(notes, question, "ru")


def test_an_unknown_thing_named_as_the_cause_is_still_a_reason():
    """"Причиной оказалась примесь неизвестного газа": the cause is known, the gas is not."""
    gives_reason("Опыт не удался.\nПричиной оказалась примесь неизвестного газа.", "Почему опыт не удался?",
                 "примесь", "ru")


@pytest.mark.parametrize(("notes", "question", "fact", "language"), [
    # "become" is a verb the text never uses: of a "why" question it need not be said (`unsaid_verbs`)
    ("The price of salt fell in 1860 because a railway reached the coast.", "Why did salt become cheaper?", "railway",
     "en"),
    # "подешевела" is a word of falling (lexicon_ru.DOWN, as "cheaper"), as "упали" is
    ("Цены на соль упали в 1860 году, потому что к берегу провели железную дорогу.",
     "Почему соль подешевела?", "железную", "ru"),
])
def test_an_effect_said_in_other_words(notes, question, fact, language):
    gives_reason(notes, question, fact, language)


# ------------------------------------------------------------------ how a question asks for a reason

@pytest.mark.parametrize(("question", "reason"), [
    ("Why did the ferry stop?", True), ("How come the ferry stopped?", True),
    ("For what reason did the ferry stop?", True), ("What made the ferry stop?", True),
    ("What caused the ferry to stop?", True), ("What led to the ferry stopping?", True),
    ("What brought about the end of the ferry?", True), ("What was the reason for the closure?", True),
    ("What were the main causes of the closure?", True), ("What was behind the closure?", True),
    ("What prompted the closure?", True), ("What triggered the closure?", True),
    ("What was the purpose of the canal?", True), ("For what purpose was the canal dug?", True),
    ("To what end was the canal dug?", True), ("Explain why the ferry stopped.", True),
    ("What did the closure result from?", True), ("Give two reasons for the closure.", True),
    # not a reason: what came of it, what it is, what someone wants
    ("What was the result of the closure?", False), ("What did the closure lead to?", False),
    ("What is the canal made of?", False), ("How did the ferry stop?", False),
    ("What was the ferry called?", False), ("What were the main goals of the guild?", False),
])
def test_english_questions_that_ask_for_a_reason(question, reason):
    tutor = tutor_on(EN_FILL + "The ferry stopped running in 1902 because the harbour silted up.", "Corvel")
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and asked.wants.reason is reason


@pytest.mark.parametrize(("question", "reason"), [
    ("Почему паром перестал ходить?", True), ("Зачем вырыли канал?", True), ("Отчего паром перестал ходить?", True),
    ("Из-за чего паром перестал ходить?", True), ("По какой причине паром перестал ходить?", True),
    ("С какой целью вырыли канал?", True), ("Для чего вырыли канал?", True), ("Ради чего вырыли канал?", True),
    ("Чем объясняется закрытие парома?", True), ("Что привело к закрытию парома?", True),
    ("Что стало причиной закрытия парома?", True), ("Что послужило причиной закрытия парома?", True),
    ("В чём причина закрытия парома?", True), ("Каковы причины закрытия парома?", True),
    ("Какова главная причина закрытия парома?", True), ("Назовите причину закрытия парома.", True),
    ("Чем вызвано закрытие парома?", True), ("Благодаря чему разбогатели рыбаки?", True),
    # not a reason
    ("К чему привело закрытие парома?", False), ("Каковы последствия закрытия парома?", False),
    ("Как паром перестал ходить?", False), ("Каким образом паром перестал ходить?", False),
    ("Какова цель артели?", False), ("Что произошло после закрытия парома?", False),
])
def test_russian_questions_that_ask_for_a_reason(question, reason):
    tutor = tutor_on(RU_FILL + "Паром перестал ходить в 1902 году, потому что гавань обмелела.", "Заречье", "ru")
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and asked.wants.reason is reason


# ------------------------------------------------------------------ one sentence: a reason or not

@pytest.mark.parametrize(("sentence", "reason"), [
    ("The mill closed because cotton was scarce.", True), ("The mill has been closed since 1902.", False),
    ("The mill has been closed since the early 1900s.", False), ("Ever since, the mill has been empty.", False),
    ("The so-called Red Mill closed.", False), ("The mill made cloth, rope and so on.", False),
    ("Why the mill closed remains unclear.", True),  # "why" + a clause: says why
    ("It is unclear why the mill closed.", False), ("The reasons for the closure remain unknown.", False),
    ("The mill was built to spin cotton.", True), ("The mill was sold to Anna Berg.", False),
    ("The mill was sold to the town.", False), ("The owners used to live above the mill.", False),
    ("Cheap imports gave rise to the closure.", True), ("The closure was a consequence of cheap imports.", True),
    ("Fearing that the mill would burn, the owners sold it.", True), ("Hoping Street runs to the mill.", False),
    ("She was awarded a prize for her designs.", True), ("He was jailed for two years.", False),
    ("The mill was sold for 40 pounds.", False), ("He won the race for the first time.", False),
])
def test_english_sentences(sentence, reason):
    words = Words("en")
    assert words.states_reason(sentence, " ".join(words.tokens(sentence))) is reason


@pytest.mark.parametrize(("sentence", "reason"), [
    ("Мельницу закрыли, так как хлопка не хватало.", True), ("Мельницу построили так, как велел барин.", False),
    ("Мельницу закрыли по вине арендатора.", True),
    pytest.param("Мельницу построили для помола зерна.", True,
                 marks=pytest.mark.xfail(strict=True, reason="a verbal noun without -ние / -тие")),
    ("Мельницу построили для хранения зерна.", True),
    ("Мельницу используют для хранения сена.", True), ("Мельница для хранения сена сгорела.", False),
    ("Причина закрытия мельницы неизвестна.", False), ("Неизвестно, почему мельницу закрыли.", False),
    ("Причиной пожара стала неизвестная искра.", True), ("Мельник вызвал кузнеца.", False),
    ("Следствие по делу мельника длилось год.", False), ("Пожар стал следствием небрежности.", True),
    ("Опасаясь пожара, мельник ушёл.", True), ("За два года мельницу отстроили.", False),
    ("За рекой стоит мельница.", False), ("Мельник получил за месяц сто рублей.", False),
    ("Мельника наградили за спасение детей.", True), ("Мельник должен был уехать в 1902 году.", False),
])
def test_russian_sentences(sentence, reason):
    words = Words("ru")
    assert words.states_reason(sentence, " ".join(words.tokens(sentence))) is reason
