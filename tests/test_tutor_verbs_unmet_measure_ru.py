"""The one passage saying all a Russian question names but its verb (`tutor.verbs_unmet_ru`): the measure a figure is
asked of ("на какой глубине") counts as a thing it names when the passage says it, and a notes' sentence said again
within a longer sentence of the source is the same passage, no rival. Shown on small notes written here (no pack's
subject)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studybot.core.packs import Pack, Section, Source
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.ranking import Scored
from studybot.core.tutor.verbs_unmet_ru import _same, verb_otherwise

NOTES = ("Первой в Заозерье считают скважину купца Лаврова у деревни Кривцы. Скважина Лаврова дала газ 3 мая 1881 "
         "года с глубины около 40 метров. С этой скважины в Заозерье ведут отсчёт газового промысла. "
         "Купец Сомов построил в Кривцах газгольдер в 1890 году. Газ из скважины Сомова горел слабее. "
         "Газом освещали улицы Вельска. Газ по трубам шёл к фонарям на площади. "
         "В 1902 году газгольдер перестроили из кирпича. Газ хранили в баке у плотины. "
         "Лавров продавал газ городу по сорок копеек за тысячу кубов. Летом промысел нанимал до трёхсот человек. "
         "Зимой газ подавали только по вечерам. В 1911 году в Кривцах открыли школу. "
         "Школу содержали на свои деньги купцы Сомов и Лавров. Газ Кривцов считали самым чистым в уезде. "
         "Весной Ужа разливалась и затопляла нижние трубы. Плотину чинили каждый год после ледохода. "
         "В 1918 году промысел перешёл в руки уездного совета. Последнюю скважину закрыли в 1931 году.")
SOURCE = ("Первой в Заозерье считают скважину купца Лаврова у деревни Кривцы: 3 мая 1881 года на глубине около 40 "
          "метров она дала газ.\n\nЗимой газ подавали только по вечерам.\n")


@pytest.fixture(scope="module")
def tutor(tmp_path_factory: pytest.TempPathFactory) -> Tutor:
    folder: Path = tmp_path_factory.mktemp("gas")
    (folder / "source.txt").write_text(SOURCE, encoding="utf-8")
    pack = Pack(id="gaz", title="Газ: скважины и газгольдеры", path=str(folder / "p.yaml"), language="ru", cards=(),
                sections=(Section(id="s", title="Скважины Заозерья", notes=NOTES),),
                source=Source(title="Летопись", text="source.txt"))
    return Tutor(pack, cache=False)


def _otherwise(tutor: Tutor, question: str) -> str | None:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    found = verb_otherwise(tutor.ranker, asked, tutor.ranker.rank(asked))
    return None if found is None else found.doc.text


@pytest.mark.parametrize(("question", "said"), [
    ("на какой глубине лавров нашёл газ?", "с глубины около 40 метров"),  # the depth is said: a third thing named
    ("когда лавров нашёл газ?", None),  # two things named, "нашёл"'s kin said elsewhere ("открыли"): another event
    ("на какой глубине сомов нашёл газ?", None),  # no passage says Сомов's depth
])
def test_a_measure_said_is_a_thing_named(tutor, question, said):
    found = _otherwise(tutor, question)
    if said is None:
        assert found is None
    else:
        assert found is not None and said in found


def _doc(tutor: Tutor, start: str) -> Scored:
    doc = next(d for d in tutor.library.docs if d.text.startswith(start))
    return Scored(1.0, 1.0, 1.0, doc)


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Скважина Лаврова дала газ", "Первой в Заозерье считают скважину купца Лаврова у деревни Кривцы: 3 мая", True),
    ("Скважина Лаврова дала газ", "Первой в Заозерье считают скважину купца Лаврова у деревни Кривцы.", False),
    ("Скважина Лаврова дала газ", "Купец Сомов построил", False),
])
def test_a_sentence_within_a_longer_one_is_the_same(tutor, one, other, same):
    assert _same(_doc(tutor, one), _doc(tutor, other)) is same
