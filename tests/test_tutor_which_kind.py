""""Which X / what X / what kind of X / какой X / в каком X-е / что за X" (and "из чего", "чем", "в чём", "кем
был", "кому"): the question names the category of its answer, the passage names an instance. On invented notes, en
and ru: the category word need not be in the passage ("founded in Tarrow" answers "in which city"), the passage
must give an instance of it (a name the question does not give, for a category of places, people or named things;
a year for a time); the category said next to an instance anywhere in the notes ("Chlorine is a poisonous gas",
"iron, a metal", "река Орна", "Хлор — ядовитый газ", "the ship Meriden") makes the instance count as one. Traps: a
passage naming only the category ("dammed a river"), or only names the question gives itself, answers no "which";
"what kind of gas is chlorine?" names the instance and asks for the kind. Rules of the language: no word here is
any pack's."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

EN_NOTES = """\
The Velmar glassworks was founded in Tarrow in 1687. Its founder, Ansel Brede, was a merchant from Kesh.

Tarrow was then a small market town on the coast.

King Oswin granted the glassworks its charter in 1690.

The glassmakers melted the sand with potash. The furnaces were made of clay.

The glassmakers cut the panes with a diamond. They kept the potash in oak barrels.

Chlorine is a poisonous gas.

Every night chlorine escaped from the furnaces through the chimney.

Some smoke also escaped from the furnaces every night.

The green tint of the glass came from iron, a metal found in the sand.

The dust of the workshop damaged the lungs of the glassmakers.

The panes were shipped down the Orne to the port of Sallow.

The Orne is a slow river with many mills.

The glassmakers dammed a river to drive the bellows.

Ansel Brede lived in the town for forty years.

The ship Meriden was built in Sallow.

Every spring the Meriden carried the glass to Lund.

Every spring a ship from Kesh carried the wool to Lund.

Ilse Marr tested the glass for flaws in 1702. She was a chemist from Lund."""

RU_NOTES = """\
Стекольный завод Вельмар основали в Верске в 1687 году. Его основатель Ансель Бреде был купцом из Кеша.

Верск тогда был небольшим торговым городом на побережье.

Король Освин даровал заводу грамоту в 1690 году.

Стекольщики плавили песок с поташом. Печи делали из глины.

Стекло резали алмазом. Поташ хранили в дубовых бочках.

Хлор — ядовитый газ.

Каждую ночь хлор уходил из печей через трубу.

Каждую ночь из печей уходил и дым.

Зелёный оттенок стеклу придавало железо, металл из песка.

Пыль мастерской губила лёгкие стекольщиков.

Стекло сплавляли по Орне до порта Саллоу.

Река Орна течёт медленно, на ней много мельниц.

Стекольщики перегородили реку плотиной, чтобы качать мехи.

Ансель Бреде прожил в этом городе сорок лет.

Корабль «Меридиан» построили в Саллоу.

Каждую весну «Меридиан» возил стекло в Лунд.

Каждую весну корабль из Кеша возил шерсть в Лунд.

Ильза Марр проверяла стекло в 1702 году. Она была химиком из Лунда.

Король Освин даровал Анселю Бреде звание бургомистра."""


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_on(EN_NOTES, "The Velmar glassworks"), "ru": tutor_on(RU_NOTES, "Завод Вельмар", "ru")}


# (language, question, a fact of the sentence that names the instance asked for)
RIGHT = [
    # a place: the category word is nowhere in the notes, or elsewhere only
    ("en", "In which city was the Velmar glassworks founded?", "in Tarrow"),
    ("en", "In which town was the glassworks founded?", "in Tarrow"),
    pytest.param("en", "From which city did Ansel Brede come?", "from Kesh", marks=pytest.mark.xfail(
        strict=True, reason="the notes never say Kesh is a city: a name with the question's own name answers no 'which "
                            "capital of France?' either")),
    ("en", "Down which river were the panes shipped?", "down the Orne"),
    ("en", "To what port were the panes shipped?", "port of Sallow"),
    ("ru", "В каком городе основали завод Вельмар?", "в Верске"),
    ("ru", "Из какого города был купец Ансель Бреде?", "из Кеша"),
    ("ru", "По какой реке сплавляли стекло?", "по Орне"),
    ("ru", "В какой порт сплавляли стекло?", "порта Саллоу"),
    # a person: a name after a title ("King Oswin"), a name the question does not give
    ("en", "Which king granted the glassworks its charter?", "King Oswin"),
    ("en", "Which chemist tested the glass for flaws?", "Ilse Marr"),
    ("en", "What merchant founded the glassworks?", "Ansel Brede"),
    ("ru", "Какой король даровал заводу грамоту?", "Король Освин"),
    ("ru", "Какой химик проверял стекло?", "Ильза Марр"),
    ("ru", "Кому король Освин даровал звание бургомистра?", "Анселю Бреде"),
    ("ru", "Кем была Ильза Марр?", "химиком"),
    # a named thing: the category said before the name elsewhere ("the ship Meriden", "корабль «Меридиан»")
    ("en", "Which ship carried the glass to Lund?", "the Meriden carried"),
    ("en", "What kind of ship was the Meriden?", "The ship Meriden"),
    ("ru", "Какой корабль возил стекло в Лунд?", "«Меридиан» возил"),
    ("ru", "На каком корабле возили стекло в Лунд?", "«Меридиан» возил"),
    # a substance or a term: the category said of the instance elsewhere ("Chlorine is a poisonous gas")
    ("en", "Which gas escaped from the furnaces every night?", "chlorine escaped"),
    ("en", "What gas escaped from the furnaces every night?", "chlorine escaped"),
    ("en", "What sort of gas escaped from the furnaces every night?", "chlorine escaped"),
    ("en", "Which metal gave the glass its green tint?", "iron"),
    ("en", "What element gave the glass its green tint?", "iron"),
    ("en", "Which organ did the dust of the workshop damage?", "lungs"),
    ("en", "What substance did the glassmakers melt the sand with?", "potash"),
    ("ru", "Какой газ уходил из печей каждую ночь?", "хлор уходил"),
    ("ru", "Какой металл придавал стеклу зелёный оттенок?", "железо"),
    ("ru", "Какое вещество придавало стеклу зелёный оттенок?", "железо"),
    ("ru", "Какой орган губила пыль мастерской?", "лёгкие"),
    ("ru", "С каким веществом плавили песок?", "поташом"),
    # what ... made of / with / in; из чего, из какого материала, чем, в чём
    ("en", "What were the furnaces made of?", "clay"),
    ("en", "What did the glassmakers cut the panes with?", "diamond"),
    ("en", "What did they keep the potash in?", "oak barrels"),
    ("ru", "Из чего делали печи?", "из глины"),
    ("ru", "Из какого материала делали печи?", "из глины"),
    ("ru", "Чем резали стекло?", "алмазом"),
    ("ru", "В чём хранили поташ?", "в дубовых бочках"),
    # a time: a year answers a century
    ("en", "In which century was the Velmar glassworks founded?", "1687"),
    ("en", "In what year did King Oswin grant the charter?", "1690"),
    ("ru", "В каком веке основали завод Вельмар?", "1687"),
    ("ru", "В каком году король Освин даровал заводу грамоту?", "1690"),
    # the instance is asked about: the kind is the answer
    ("en", "What kind of gas is chlorine?", "poisonous gas"),
    ("en", "What kind of river is the Orne?", "slow river"),
    ("ru", "Что за газ хлор?", "ядовитый газ"),
]


@pytest.mark.parametrize(("code", "question", "fact"), RIGHT)
def test_the_passage_naming_an_instance_answers(tutors, code, question, fact):
    assert says(tutors[code], question, fact)


# (language, question, the sentence that names the category but no instance of it, or only what the question names)
WRONG = [
    ("en", "Which river did the glassmakers dam?", "dammed a river"),
    ("en", "In which town did Ansel Brede live for forty years?", "lived in the town"),
    ("ru", "Какую реку перегородили стекольщики?", "перегородили реку"),
    ("ru", "В каком городе прожил Ансель Бреде сорок лет?", "прожил в этом городе"),
]


@pytest.mark.parametrize(("code", "question", "category_only"), WRONG)
def test_a_passage_naming_only_the_category_does_not_answer(tutors, code, question, category_only):
    reply = tutors[code].ask(question)
    assert reply.kind == "decline" or category_only not in " ".join(reply.sentences)


# (language, question, the word whose stem names the category asked for)
CATEGORIES = [
    ("en", "which gas escaped?", "gas"),
    ("en", "what gas escaped?", "gas"),
    ("en", "which of the gases escaped?", "gases"),
    ("en", "in which city was it founded?", "city"),
    ("en", "down which river were the panes shipped?", "river"),
    ("ru", "какой газ уходил?", "газ"),
    ("ru", "в каком городе основали завод?", "городе"),
    ("ru", "из какого города был купец?", "города"),
    ("ru", "каким металлом красили стекло?", "металлом"),
    ("ru", "которая река течёт медленно?", "река"),
    ("ru", "по какой реке сплавляли стекло?", "реке"),
]


@pytest.mark.parametrize(("code", "question", "category"), CATEGORIES)
def test_the_category_asked_for_is_read_and_weighs_lightly(tutors, code, question, category):
    """The category word says what kind of answer is wanted: a light unit, met by the instances the notes give."""
    tutor = tutors[code]
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    stem = tutor.words.stem(category)
    assert stem in asked.kinds
    assert all(u.light for u in asked.units if u.stem == stem)


# (language, question, the word whose kind is asked, a stem of an instance of it the notes give)
KINDS_OF = [
    ("en", "what kind of gas escaped?", "gas", "chlorin"),
    ("en", "what sort of gas escaped?", "gas", "chlorin"),
    ("en", "which types of ship carried glass?", "ship", "meriden"),
    ("ru", "что за газ уходил из печей?", "газ", "хлор"),
    ("ru", "какого типа газ уходил из печей?", "газ", "хлор"),
    ("ru", "какой вид металла придавал стеклу оттенок?", "металла", "желез"),
]


@pytest.mark.parametrize(("code", "question", "word", "instance"), KINDS_OF)
def test_a_kind_asked_of_is_met_by_instances_and_weighs_in_full(tutors, code, question, word, instance):
    """"What kind of X": X is asked about (its kind is the answer, "parliamentary elections"), at full weight, and
    its instances meet it; no name is required of the answer."""
    tutor = tutors[code]
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    stem = tutor.words.stem(word)
    assert [u.light for u in asked.units if u.stem == stem] == [False]
    assert instance in asked.instances
    assert not asked.named


def test_only_a_category_of_names_requires_a_name(tutors):
    """"Which city / river / ship" (a ship the notes name: "the ship Meriden") asks for a name; "which gas" does not."""
    def named(code: str, question: str) -> bool:
        asked = tutors[code].analyser.question(question, normalise(question))
        assert asked is not None
        return asked.named

    assert named("en", "which city was it?") and named("en", "which ship carried the glass?")
    assert named("ru", "в каком городе основали завод?") and named("ru", "какой корабль возил стекло?")
    assert not named("en", "which gas escaped?") and not named("ru", "какой газ уходил?")
    assert not named("en", "what kind of river is the Orne?")


def test_instances_survive_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYBOT_CACHE_DIR", str(tmp_path))
    section = Section(id="s", title="Стекло", notes="Хлор — ядовитый газ. Каждую ночь хлор уходил из печей.")
    pack = Pack(id="ru-kinds", title="Стекло", sections=(section,), cards=(), language="ru")
    built = Tutor(pack, language="ru")
    loaded = Tutor(pack, language="ru")
    assert loaded.library.kinds == built.library.kinds and built.library.kinds["газ"] == (("хлор",),)
    assert says(loaded, "Какой газ уходил из печей каждую ночь?", "хлор уходил")


# (language, a sentence, a category and an instance it gives, or None: it gives no instance of any category)
READ = [
    ("en", "The Orne is a slow river with many mills.", "river", ("orn",)),
    ("en", "Iron, a metal found in the sand, tinted the glass.", "metal", ("iron",)),
    ("en", "The vats held acids such as vitriol and saltpetre.", "acid", ("vitriol",)),
    ("en", "Sallow and other ports traded in glass.", "port", ("sallow",)),
    ("en", "The glass was shipped to the port of Sallow.", "port", ("sallow",)),
    ("ru", "Река Орна течёт медленно.", "рек", ("орн",)),
    ("ru", "Хлор — ядовитый газ.", "газ", ("хлор",)),
    ("ru", "Завод стоял в Верске. Верск тогда был небольшим торговым городом.", "город", ("верск",)),
    ("ru", "В чанах держали кислоты, такие как купорос и селитра.", "кислот", ("купорос",)),
    ("ru", "Купорос и другие кислоты разъедали медь.", "кислот", ("купорос",)),
    ("ru", "Стекло возили на острове Котлин.", "остров", ("котлин",)),
    ("en", "Near the river, Tarrow merchants built a mill.", None, None),  # a comma parts them
    ("en", "The king of Sallow signed the treaty.", None, None),  # a king's realm is no king
    ("ru", "Армия Кутузова отступила к Тарутину.", None, None),  # a possessor, no instance
    ("ru", "Стекольщики плавили песок, поташ и известь.", None, None),  # a list, no apposition
]


@pytest.mark.parametrize(("code", "sentence", "category", "instance"), READ)
def test_the_ways_a_text_gives_an_instance_of_a_category(code, sentence, category, instance):
    tutor = tutor_on(sentence, "Glass" if code == "en" else "Стекло", code)
    kinds = tutor.library.kinds
    if category is None:
        assert not kinds
    else:
        assert instance in kinds.get(category, ())
