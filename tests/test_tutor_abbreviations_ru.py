"""A Russian question may abbreviate what the notes write in full (`tutor.abbreviations_ru`): a stump compound
("Госсовет" for "Государственный совет", "Минобороны" for "Министерство обороны") or an initialism in capitals ("СЗО"
for "Северо-Западный округ"); shown on small notes written here (no pack's subject). A name the notes never give is
still a name they do not give ("Минске"), and an abbreviation two runs of the notes fit is left as typed. A year
shortened to two figures ("в 31-м", "зимой 31-32") is the year of the notes that ends so."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
В 1921 году Государственный совет Залесской республики утвердил новый герб с тремя соснами.
Министерство обороны Залесья разместилось в бывшем монастыре на Кручах.
Почти треть пашни Северо-Западного округа каждое лето страдает от засухи.
Главный инженер Пётр Сомов построил мост через реку Гать в 1925 году.
Столицей республики был город Ольшанск, стоявший на правом берегу Гати.
Горный совет и Городской совет заседали в одном здании на площади.
Зимой 1931–1932 годов в Ольшанске стояли морозы до сорока градусов.
В сентябре 1931 года в Ольшанск провели телефон.
"""
PACK = Pack(id="zalesye", title="Залесская республика", language="ru", cards=(),
            sections=(Section(id="s", title="Залесская республика в 1920-е годы", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("Когда Госсовет утвердил новый герб?", "1921"),
    ("Что утвердил Госсовет Залесья?", "тремя соснами"),
    ("Где разместилось Минобороны Залесья?", "монастыре"),
    ("Какая часть пашни СЗО страдает от засухи?", "треть"),
    ("какие морозы стояли зимой 31-32", "сорока градусов"),
    ("что провели в Ольшанск в сентябре 31-го?", "телефон"),
])
def test_an_abbreviation_asks_of_the_words_it_stands_for(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["Когда открылось метро в Минске?", "Когда Госдума утвердила новый герб?",
                                      "Сколько пашни в ЦЧР страдает от засухи?"])
def test_a_name_the_notes_never_give_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


def test_what_is_read_for_an_abbreviation():
    from studybot.core.tutor.abbreviations_ru import expanded_abbreviations

    tutor = Tutor(PACK, cache=False)
    words, library, known = tutor.words, tutor.library, tutor.analyser._known

    def read(text: str, capitalised: set[str], capitals: set[str] = frozenset()) -> str:
        return expanded_abbreviations(text, words, library, (capitalised, capitals), known)

    assert read("когда госсовет утвердил герб", {"госсовет"}) == "когда государственный совет утвердил герб"
    assert read("где минобороны", {"минобороны"}) == "где министерство обороны"
    assert read("пашня сзо", {"сзо"}, {"сзо"}) == "пашня северо западного округа"
    assert read("пашня сзо", {"сзо"}) == "пашня сзо"  # not in capitals: no initialism
    assert read("когда госсовет утвердил герб", set()) == "когда госсовет утвердил герб"  # not capitalised
    assert read("где горсовет", {"горсовет"}) == "где горсовет"  # "Горный совет" or "Городской ...": two runs
    assert read("метро в минске", {"минске"}) == "метро в минске"  # too short to be a stump compound
    assert read("морозы зимой 31-32", set()) == "морозы зимой 1931-1932"
    assert read("телефон в сентябре 31го", set()) == read("телефон в сентябре 31-м", set()) == "телефон в сентябре 1931"
    assert read("мост в 25-м году", set()) == "мост в 1925 году"
    assert read("что было на 31-м ходу", set()) == "что было на 31-м ходу"  # a word after it: no year
    assert read("что было 12-13 мая", set()) == "что было 12-13 мая"
    assert read("что было в 47-м", set()) == "что было в 47-м"  # the notes name no year that ends so
    english = Tutor(Pack(id="e", title="E", cards=(), sections=(Section(id="s", title="S", notes=NOTES),)),
                    cache=False)
    assert expanded_abbreviations("когда госсовет", english.words, english.library, ({"госсовет"}, set()),
                                  english.analyser._known) == "когда госсовет"  # Russian only
