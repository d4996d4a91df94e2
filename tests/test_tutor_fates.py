"""What became of someone (issue #12): "what happened to X?", "what became of X?", "что стало с X?", "что случилось
с X?" ask for X's fate, which a text tells after what it tells of X before; of the passages that answer such a
question, the latest in the text answers (`tutor.fates`). Shown on small texts written here, English and Russian,
with questions they do not answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

EN_NOTES = """\
The engineer Tomas Brandt designed the Kessel lighthouse in 1861.
Brandt chose granite from the Vell quarry because it did not crack in frost.
The lamp was lit for the first time in March 1864, and Brandt attended the ceremony.
The keeper Ada Lind kept the light for thirty years.
In 1870 Brandt left for Chile, where he built harbours and died in 1889.
"""
RU_NOTES = """\
Инженер Томас Брандт спроектировал маяк на мысе Кессель в 1861 году.
Брандт выбрал гранит из карьера Велль, потому что тот не трескался от мороза.
Огонь маяка впервые зажгли в марте 1864 года, и Брандт был на церемонии.
Смотритель Ада Линд хранила огонь тридцать лет.
В 1870 году Брандт уехал в Чили, где строил гавани, и умер там в 1889 году.
"""


def _tutor(language, notes):
    return Tutor(Pack(id=f"kessel-{language}", title="Kessel", language=language, cards=(),
                      sections=(Section(id="s", title="Kessel", notes=notes),)), cache=False)


@pytest.fixture(scope="module")
def tutors():
    made = {"en": _tutor("en", EN_NOTES), "ru": _tutor("ru", RU_NOTES)}
    yield made
    for tutor in made.values():
        tutor.close()


@pytest.mark.parametrize(("language", "question"), [
    ("en", "what happened to Brandt?"), ("en", "What became of Brandt?"), ("en", "what happened to Brandt later?"),
    ("en", "what was the fate of brandt"),
    # "after the trip": when the fate comes, as "later" says, not a word the text must hold
    ("en", "what became of Brandt after the voyage?"), ("en", "what happened to brandt after the trip"),
    ("ru", "что стало с Брандтом?"), ("ru", "Что случилось с Брандтом потом?"), ("ru", "какова судьба Брандта?"),
])
def test_the_fate_told_last_answers(tutors, language, question):
    reply = tutors[language].ask(question)
    assert reply.kind == "answer", reply.text
    assert "1889" in " ".join(reply.sentences)


@pytest.mark.parametrize(("language", "question", "expected"), [
    ("en", "who designed the lighthouse?", "Tomas Brandt"),  # not a fate: the ranking's choice stands
    ("en", "why did Brandt choose granite?", "did not crack"),
    ("ru", "почему Брандт выбрал гранит?", "не трескался"),
])
def test_other_questions_keep_their_answer(tutors, language, question, expected):
    reply = tutors[language].ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0]


@pytest.mark.parametrize(("language", "question"), [
    ("en", "what happened to Ada Lind's children?"),  # the text tells of no children
    ("en", "what happened to Brandt's wife?"),  # nor of a wife, though it tells much of Brandt
    ("en", "what happened to Brandt's son later?"),
    ("en", "what happened to the lighthouse in the war?"),
    ("en", "what happened to Brandt's son after the voyage?"),
    ("en", "what happened to Ada Lind's children after the trip?"),
    ("ru", "что стало с детьми Ады Линд?"),
    ("ru", "что стало с женой Брандта?"),
    ("ru", "что стало с сыном Брандта потом?"),
])
def test_a_fate_the_text_does_not_tell_is_declined(tutors, language, question):
    reply = tutors[language].ask(question)
    assert reply.kind == "decline", reply.text
