"""Word families: a question word the pack does not use is read as the pack's word of its family
("ratification" when the notes say "ratified", "голосование" when they say "голосовали"), by the
derivational endings of each language (`TutorWords.derived_pairs`), never by words of one text.
Invented texts in several fields, in English and Russian.
"""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.words import Words


def tutor_of(notes: str, title: str, language: str = "en") -> Tutor:
    section = Section(id="notes", title=title, notes=notes)
    return Tutor(Pack(id="t", title=title, sections=(section,), cards=(), language=language), language=language,
                 cache=False)


def answers(tutor: Tutor, question: str, fact: str) -> bool:
    reply = tutor.ask(question)
    return reply.kind == "answer" and normalise(fact) in normalise(" ".join(reply.sentences))


# --------------------------------------------------------------------------- the families of a word


@pytest.mark.parametrize(("code", "word", "kin"), [
    ("en", "ratified", "ratification"), ("en", "ratification", "ratify"), ("en", "decided", "decision"),
    ("en", "decisions", "decide"), ("en", "agreement", "agree"), ("en", "creation", "create"),
    ("en", "inventor", "invent"), ("en", "creator", "create"), ("en", "geologist", "geology"),
    ("en", "admission", "admit"), ("en", "production", "produce"), ("en", "description", "describe"),
    ("en", "catalysis", "catalyse"), ("en", "oxidation", "oxidise"), ("en", "expansion", "expand"),
    ("en", "founder", "found"),
    ("ru", "голосованию", "голосовать"), ("ru", "голосовали", "голосование"), ("ru", "ратификацию", "ратифицировать"),
    ("ru", "ратифицировали", "ратификация"), ("ru", "руководил", "руководитель"), ("ru", "руководитель", "руководить"),
    ("ru", "дворянство", "дворянин"), ("ru", "открытие", "открыть"), ("ru", "управление", "управлять"),
    ("ru", "поддержка", "поддержать"), ("ru", "осушение", "осушать"), ("ru", "строительство", "строитель"),
])
def test_a_word_has_the_family_its_endings_make(code, word, kin):
    words = Words(code)
    assert kin in {form for _, form in words.family(word, words.stem(word))}


@pytest.mark.parametrize(("code", "word", "other"), [
    ("en", "bill", "billion"), ("en", "former", "form"), ("en", "corner", "corn"), ("en", "factor", "fact"),
    ("en", "ability", "able"), ("en", "university", "universe"), ("en", "organisation", "organ"),
    ("ru", "вода", "водитель"), ("ru", "столица", "стол"),
])
def test_a_short_root_makes_no_family(code, word, other):
    """Four letters are the least root kept, five when one word is the bare root: "bill" is no
    "billion", "former" no "form"; a word whose stem the language data sets apart ("university")
    has no family by its Snowball stem."""
    words = Words(code)
    assert other not in {form for _, form in words.family(word, words.stem(word))}


@pytest.mark.parametrize(("word", "other"), [
    ("organization", "organ"), ("organisations", "organs"), ("civilization", "civil"), ("colonisation", "colon"),
    ("polarization", "polar"), ("legalisation", "legal"),
])
def test_a_noun_in_ization_keeps_a_stem_of_its_own(word, other):
    """Snowball cuts "-ization" down to the word it was made from, which may mean something else
    (an organisation is no organ): the two spellings of such a noun share a stem the other lacks."""
    words = Words("en")
    assert words.stem(word) != words.stem(other)
    assert words.stem(word.replace("is", "iz")) == words.stem(word.replace("iz", "is"))


# --------------------------------------------------------------------------- on invented texts

ABBEY = """\
The abbey of Saint Aldric was founded in 1124 by Count Baldwin of Merrow.
In 1187 the monks decided to rebuild the church in stone after a fire destroyed the wooden nave.
The bishop ratified the abbey's charter in 1190, and the king confirmed it four years later.
The monks were reluctant to admit lay brothers, because they feared the abbey's lands would be divided.
Most of the abbey's income came from tithes collected in eleven parishes.
In 1349 the plague killed half of the monks, and the survivors abandoned the western grange."""

CHEMISTRY = """\
Enzymes catalyse reactions in living cells without being used up.
The chemists analysed the products of the reaction with a mass spectrometer.
Iron oxidises slowly in damp air and forms a brown layer of rust.
Water is electrolysed to give hydrogen at one electrode and oxygen at the other."""

ECONOMY = """\
The government privatised the railways of Vardenia in 1996.
Exports of machinery expanded by a third after the currency was devalued in 2001.
The central bank is governed by a board of seven members appointed for six years."""

TOWN = """\
Вечевое собрание города Заречье решало вопросы войны и мира.
В 1352 году жители голосовали за союз с соседним княжеством.
Договор ратифицировали только через два года, когда князь Ярополк подписал грамоту.
Строители возвели каменную стену вокруг кремля за семь лет.
Независимость Заречья закончилась в 1478 году."""

BOGS = """\
Болота Полесской низменности осушали с 1950-х годов, чтобы получить новые пашни.
Учёные измеряли уровень грунтовых вод каждую весну у деревни Ольховка.
Лесники восстановили 200 гектаров леса после пожара 2010 года."""

ANSWERED = [  # each is declined when the question's word is not read as the text's word of its family
    (ABBEY, "The abbey of Saint Aldric", "en", "When was the ratification of the charter?", "1190"),
    (ABBEY, "The abbey of Saint Aldric", "en", "Why did the monks fear a division of the lands?", "reluctant"),
    (CHEMISTRY, "Reactions", "en", "Where does the oxidation of iron happen?", "damp air"),
    (CHEMISTRY, "Reactions", "en", "What does electrolysis give?", "hydrogen"),
    (ECONOMY, "The economy of Vardenia", "en", "How large was the expansion of machinery exports?", "a third"),
    (TOWN, "Город Заречье", "ru", "Когда прошло голосование?", "1352"),
    (TOWN, "Город Заречье", "ru", "Когда была ратификация?", "через два года"),
    (TOWN, "Город Заречье", "ru", "Как долго шло строительство стены?", "семь лет"),
    (BOGS, "Болота", "ru", "Зачем было осушение болот?", "новые пашни"),
    (BOGS, "Болота", "ru", "Кто проводил измерения?", "Учёные"),
]


@pytest.mark.parametrize(("notes", "title", "language", "question", "fact"), ANSWERED, ids=[a[3] for a in ANSWERED])
def test_a_question_in_another_word_of_the_family_is_answered(notes, title, language, question, fact):
    assert answers(tutor_of(notes, title, language), question, fact)


DECLINED = [
    (ABBEY, "The abbey of Saint Aldric", "en", "Who ratified the treaty of Verdun?"),
    (ABBEY, "The abbey of Saint Aldric", "en", "When was the dissolution of the monasteries?"),
    (CHEMISTRY, "Reactions", "en", "What is the oxidation state of copper in malachite?"),
    (CHEMISTRY, "Reactions", "en", "Who invented the electrolysis of aluminium?"),
    (ECONOMY, "The economy of Vardenia", "en", "When was the privatisation of British Telecom?"),
    (ECONOMY, "The economy of Vardenia", "en", "Who was the founder of the World Bank?"),
    (TOWN, "Город Заречье", "ru", "Когда была ратификация Версальского договора?"),
    (TOWN, "Город Заречье", "ru", "Когда прошло голосование в Государственной думе?"),
    (BOGS, "Болота", "ru", "Когда началось осушение Голландии?"),
    (BOGS, "Болота", "ru", "Кто руководил восстановлением Москвы после пожара 1812 года?"),
]


@pytest.mark.parametrize(("notes", "title", "language", "question"), DECLINED, ids=[d[3] for d in DECLINED])
def test_a_word_of_the_family_does_not_answer_what_the_text_does_not_say(notes, title, language, question):
    assert tutor_of(notes, title, language).ask(question).kind == "decline"


def test_a_family_is_taken_only_from_the_packs_own_words():
    """ "ratification" is read as "ratified" only in a text that says "ratified"."""
    said = tutor_of(ABBEY, "The abbey of Saint Aldric")
    unsaid = tutor_of(CHEMISTRY, "Reactions")
    for tutor, keyed in ((said, True), (unsaid, False)):
        question = tutor.analyser.question("ratification?", "ratification?")
        assert question is not None
        stem = tutor.words.stem("ratified")
        assert (stem in question.keys) is keyed
