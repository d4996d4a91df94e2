"""The tutor on Russian notes, asked in other forms of the notes' words: the other aspect
of a verb ("подписывали" / "подписали"), a consonant some forms of a verb insert
("разгромлена" / "разгромить"). Each rule is shown on a small invented text (no pack's words).
"""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


def tutor_of(notes: str, title: str = "Очерк истории края") -> Tutor:
    return tutor_on(notes, title, "ru", section_title="Очерк")


@pytest.mark.parametrize(("word", "other"), [
    ("подписывали", "подписали"), ("решал", "решил"), ("выполнял", "выполнил"), ("заставлял", "заставил"),
    ("устанавливал", "установил"), ("разгромлена", "разгромили"),
])
def test_a_verb_shares_a_stem_with_its_other_aspect(word, other):
    words = Words("ru")
    keys = words.keys(word, words.stem(word))[0]
    assert words.keys(other, words.stem(other))[0] & keys


@pytest.mark.parametrize(("word", "other"), [("корабль", "кораблем"), ("решение", "решето"), ("стала", "стол"),
                                             ("роман", "ром"), ("великан", "великий")])
def test_nouns_and_short_stems_get_no_aspect_stem(word, other):
    words = Words("ru")
    assert not words.aspect_stems(word, words.stem(word)) & {words.stem(other)}


@pytest.fixture(scope="module")
def province() -> Tutor:
    return tutor_of(
        "В 1820 году губернатор заставил купцов замостить главную улицу.\n"
        "Мостовую выложили из гранита, который везли с севера.\n"
        "\n"
        "В 1825 году губернатор запретил купцам торговать у собора.\n"
        "\n"
        "Мятежный отряд разгромили у переправы в 1834 году.\n"
        "Остатки отряда ушли за реку.\n"
        "\n"
        "Договор о границе подписали в Твери осенью 1841 года.\n"
        "Послы обменялись подарками.\n"
        "\n"
        "Ярмарка в городе проходила каждый август.")


def own_share(tutor: Tutor, question: str, fact: str) -> float:
    """The share of a question the passage saying `fact` covers in its own words, in full."""
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    ranked = tutor.ranker.rank(asked)
    return max(r.own for r in ranked if fact in r.doc.text)


@pytest.mark.parametrize(("question", "fact"), [
    ("Когда губернатор заставлял купцов?", "1820"),
    ("Где подписывали договор?", "Твери"),
    ("Когда разгромлен отряд?", "1834"),
])
def test_a_question_in_the_other_aspect_is_met_in_full(province, question, fact):
    """The verb of the other aspect counts as the notes' own word, not as a weak likeness."""
    assert own_share(province, question, fact) >= 0.95
    assert says(province, question, fact)


def test_an_unrelated_question_is_still_declined(province):
    assert province.ask("Кто подписывал указы о налогах на соль?").kind == "decline"


@pytest.mark.parametrize(("adjective", "noun"), [
    ("клеточная", "клетки"), ("ядерный", "ядро"), ("белковый", "белка"), ("солнечный", "солнца"),
    ("дыхательный", "дыхание"), ("церковный", "церкви"), ("научный", "наука"), ("государственный", "государства"),
    ("митохондриальный", "митохондрии"),
])
def test_an_adjective_leads_to_the_noun_it_is_made_from(adjective, noun):
    words = Words("ru")
    assert words.relational_stems(adjective, words.stem(adjective)) & {words.stem(noun)}


@pytest.mark.parametrize(("word", "other"), [("решение", "решил"), ("городской", "гордый"), ("светлый", "свет")])
def test_no_noun_for_verbal_nouns_or_a_vowel_that_stays(word, other):
    """"решение" is no adjective; the "о" of "город" stays ("гордый" is another word)."""
    words = Words("ru")
    assert words.stem(other) not in words.relational_stems(word, words.stem(word)) - {words.stem(word)}


def test_a_noun_asked_about_is_met_by_its_adjective_in_the_notes():
    tutor = tutor_of(
        "Клеточная стенка растений состоит из целлюлозы.\n"
        "\n"
        "Ядерная оболочка имеет поры.\n"
        "\n"
        "Стенка сосуда у животных эластична.")
    assert says(tutor, "Из чего состоит стенка клетки у растений?", "целлюлозы")
    assert says(tutor, "Что есть в оболочке ядра?", "поры")


def test_an_adjective_in_ijsk_is_the_name_it_is_made_from():
    """"российский" is Россия's, as "петровский" is Пётр's."""
    words = Words("ru")
    words.set_names(frozenset({"росси", "инди"}))
    assert "росси" in words.keys("российский", words.stem("российский"))[0]
    assert "инди" in words.keys("индийского", words.stem("индийского"))[0]


def test_a_verb_the_notes_lack_is_not_corrected_to_a_noun_by_its_stem():
    """"намерил" (stem "намер") is no typo of "номер": a correction keeps the verb ending."""
    tutor = tutor_of("Порядковый номер галлия 31.\n\nПлотность галлия сначала определили как 4,7.")
    asked = tutor.analyser.question("Какую плотность намерил химик?", normalise("Какую плотность намерил химик?"))
    assert asked is not None
    assert "номер" not in [u.text for u in asked.units]
    assert "намерил" in [u.text for u in asked.units]


@pytest.mark.parametrize(("asked", "written"), [
    ("обитает", "живут"), ("поменял", "изменили"), ("содержит", "входят"), ("применяют", "используется"),
    ("расщепляет", "разрушает"), ("открыл", "обнаружил"), ("члены", "вошли"), ("функция", "роль"),
    ("ведала", "руководил"), ("измерил", "определил"), ("изобрел", "изобретение"),
])
def test_general_verbs_and_nouns_of_one_meaning_share_a_key(asked, written):
    words = Words("ru")
    assert words.keys(asked, words.stem(asked))[0] & words.keys(written, words.stem(written))[0]


def test_frames_of_a_russian_question_are_not_what_it_asks_about():
    """"где протекает X?" asks where X is; "что представляет собой X?" asks what X is; "чем отличается"
    is met by a sentence that contrasts."""
    tutor = tutor_of(
        "Брожение идёт в погребах при низкой температуре.\n"
        "\n"
        "Солод — это проросшее и высушенное зерно.\n"
        "\n"
        "В отличие от эля, лагер бродит при низкой температуре.")
    protekaet = tutor.analyser.question("Где протекает брожение?", normalise("Где протекает брожение?"))
    assert protekaet is not None and [u.text for u in protekaet.units] == ["брожение"]
    solod = tutor.analyser.question("Что представляет собой солод?", normalise("Что представляет собой солод?"))
    assert solod is not None and solod.wants.define and [u.text for u in solod.units] == ["солод"]
    assert says(tutor, "Чем лагер отличается от эля?", "В отличие от эля")


@pytest.fixture(scope="module")
def workshop() -> Tutor:
    return tutor_of(
        "Мастерская стояла у реки.\n"
        "Жёрнов мельницы перемалывает зерно в муку, потому что вращается под напором воды.\n"
        "\n"
        "Красный цвет кирпичу придаёт оксид железа.\n"
        "Кирпич обжигают в печи.\n"
        "\n"
        "Слово «фахверк» предложил местный плотник Иван Рогов в 1812 году.\n"
        "\n"
        "Согласно преданию, мельники произошли от рыбаков, осевших у брода.\n"
        "\n"
        "Колесо передаёт силу воды жёрнову.", title="Мастерская у реки и функции её частей")


def test_what_a_thing_is_for_is_its_function_not_a_reason(workshop):
    """"Для чего нужно X?", "какую функцию выполняет X?" ask what X does: no reason marker needed."""
    asked = workshop.analyser.question("Для чего нужно колесо?", normalise("Для чего нужно колесо?"))
    assert asked is not None and not asked.wants.reason and asked.wants.define
    assert says(workshop, "Для чего нужно колесо?", "передаёт силу")
    assert says(workshop, "Какую функцию выполняет колесо?", "передаёт силу")


def test_a_causal_verb_gives_a_reason(workshop):
    """"Почему кирпич красный?": "Красный цвет кирпичу придаёт оксид железа" says why."""
    reply = workshop.ask("Почему кирпич красный?")
    assert reply.kind == "answer" and not reply.no_reason and "оксид железа" in reply.text


def test_where_a_thing_comes_from_is_its_origin(workshop):
    asked = workshop.analyser.question("Откуда у нас мельники?", normalise("Откуда у нас мельники?"))
    assert asked is not None and asked.wants.reason and not asked.wants.place
    assert says(workshop, "Откуда у нас мельники?", "произошли от рыбаков")


def test_coining_a_word_is_introducing_a_term(workshop):
    assert says(workshop, "Кто ввёл термин «фахверк»?", "Иван Рогов")


def test_a_number_word_with_yo_is_a_figure():
    """"из трёх частей" gives a figure, as "из трех частей" does."""
    tutor = tutor_of("Герб состоит из трёх частей.\n\nГерб утвердили на совете.")
    assert says(tutor, "Из скольких частей состоит герб?", "трёх частей")


def test_existence_and_naming_frames_of_a_question():
    """"Бывают ли X ...?" asks whether there are X; "какие X называют Y?" asks what Y is."""
    tutor = tutor_of(
        "В северных лесах волков нет.\n"
        "\n"
        "Пушниной называют меха, которые добывают охотники.\n"
        "Меха продавали купцам.")
    asked = tutor.analyser.question("Бывают ли волки в лесах?", normalise("Бывают ли волки в лесах?"))
    assert asked is not None and "бывают" not in [u.text for u in asked.units]
    named = tutor.analyser.question("Какие меха называют пушниной?", normalise("Какие меха называют пушниной?"))
    assert named is not None and named.wants.define
    assert says(tutor, "Какие меха называют пушниной?", "добывают охотники")


def test_reporting_is_telling():
    words = Words("ru")
    assert words.keys("доложил", words.stem("доложил"))[0] & words.keys("рассказал", words.stem("рассказал"))[0]


def test_terms_the_text_defines_by_others_stand_for_one_another():
    """"Хвойные — это ели и сосны": a question about ели is partly met by what the text says
    of хвойные; a longer definition ("... — это высокие деревья севера, которые ...") names no term."""
    tutor = tutor_of(
        "Хвойные — это ели и сосны.\n"
        "Хвойные растут на песчаных почвах.\n"
        "\n"
        "Тайга — это северные леса из хвойных деревьев, которые тянутся на тысячи километров.\n"
        "\n"
        "Берёзы растут на опушках.")
    related = tutor.library.related
    assert "хвойн" in related.get("ел", frozenset()) and "сосн" in related.get("хвойн", frozenset())
    assert "тайг" not in related
    assert says(tutor, "Где растут ели?", "песчаных почвах")


def test_related_terms_survive_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYBOT_CACHE_DIR", str(tmp_path))
    section = Section(id="s", title="Лес", notes="Хвойные — это ели и сосны. Лесом владел король Иоанн Добрый.")
    pack = Pack(id="ru-cache", title="Лес", sections=(section,), cards=(), language="ru")
    built = Tutor(pack, language="ru")
    loaded = Tutor(pack, language="ru")
    assert loaded.library.related == built.library.related and loaded.library.related
    assert loaded.library.role_people == built.library.role_people and loaded.library.role_people


def test_what_skolko_counts_must_be_next_to_the_figure():
    """"Сколько X ...?" is answered by a figure next to X (up to the verb: "сколько разных пород
    растёт" counts породы), not by any figure near the question's other words."""
    tutor = tutor_of(
        "В роще растут дубы и липы.\n"
        "В роще 40 скамеек.\n"
        "\n"
        "Роща занимает 12 гектаров.")
    question = "Сколько разных пород растёт в роще?"
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and asked.counted == frozenset({"разн", "пород"})
    assert tutor.ask("Сколько разных пород растёт в роще?").kind == "decline"
    assert says(tutor, "Сколько скамеек в роще?", "40")


def test_how_big_asks_for_a_figure_of_what_is_named():
    tutor = tutor_of("Роща невелика: её площадь около 12 гектаров.\n\nВ роще растут дубы.")
    asked = tutor.analyser.question("Насколько велика роща?", normalise("Насколько велика роща?"))
    assert asked is not None and asked.wants.numeric and [u.text for u in asked.units] == ["роща"]
    assert says(tutor, "Насколько велика роща?", "12 гектаров")


def test_a_shot_is_a_photo():
    words = Words("ru")
    assert words.keys("фото", words.stem("фото"))[0] & words.keys("снимок", words.stem("снимок"))[0]


def test_a_comparison_says_how_things_differ_and_awarding_is_receiving():
    words = Words("ru")
    assert words.keys("вручили", words.stem("вручили"))[0] & words.keys("получили", words.stem("получили"))[0]
    tutor = tutor_of(
        "Липы растут и в роще, и в парке.\n"
        "Липы в роще выше, чем в парке.\n"
        "\n"
        "Парк открыли в 1901 году.")
    assert says(tutor, "Отличаются ли липы рощи от лип парка?", "выше, чем в парке")


def test_a_title_given_to_one_person_stands_for_that_person():
    """"король Иоанн" is the only king of the text: "куда бежал король?" is asked of Иоанн; a title
    the text gives to two people stands for neither."""
    tutor = tutor_of(
        "Королевством правил король Иоанн Добрый.\n"
        "Князь Олег и князь Игорь воевали с ним.\n"
        "\n"
        "После поражения Иоанн бежал в горы, к пастухам.\n"
        "\n"
        "Замок построили на скале.")
    assert tutor.library.role_people.get("корол") == frozenset({"иоанн", "добр"})
    assert "княз" not in tutor.library.role_people
    assert own_share(tutor, "Куда бежал король после поражения?", "в горы") >= 0.95
    assert says(tutor, "Куда бежал король после поражения?", "в горы")


@pytest.mark.parametrize(("compound", "head"), [("электростанции", "станции"), ("фотосинтез", "синтеза"),
                                                ("самоопыление", "опыление")])
def test_a_compound_with_a_combining_form_is_partly_its_head(compound, head):
    words = Words("ru")
    assert words.stem(head) in words.keys(compound, words.stem(compound))[1]


def test_making_is_producing():
    words = Words("ru")
    assert words.keys("синтезируется", words.stem("синтезируется"))[0] & words.keys(
        "вырабатывают", words.stem("вырабатывают"))[0]


def test_what_causes_x_asks_for_the_cause_and_influence_is_effect():
    tutor = tutor_of(
        "Сырость вызывает плесень на стенах.\n"
        "Плесень портит штукатурку.\n"
        "\n"
        "Дом построили в 1880 году.")
    asked = tutor.analyser.question("Что вызывает плесень?", normalise("Что вызывает плесень?"))
    assert asked is not None and asked.wants.reason
    reply = tutor.ask("Что вызывает плесень?")
    assert reply.kind == "answer" and not reply.no_reason and "Сырость" in reply.text
    words = Words("ru")
    assert words.keys("влияет", words.stem("влияет"))[0] & words.keys("воздействие", words.stem("воздействие"))[0]
    role = tutor.analyser.question("Какова роль сырости?", normalise("Какова роль сырости?"))
    assert role is not None and role.wants.define


@pytest.mark.parametrize(("question", "units"), [
    ("Почему армия потерпела поражение?", ["армия", "поражение"]),
    ("Кто оказал сопротивление армии?", ["сопротивление", "армии"]),
    ("Кто принимал участие в походе?", ["участвовали", "походе"]),
])
def test_a_verb_that_only_carries_its_noun_is_left_out(question, units):
    tutor = tutor_of("Армия проиграла битву у реки.\n\nСопротивление оказали крестьяне.\n\n"
                     "В походе участвовали казаки.")
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and [u.text for u in asked.units] == units


@pytest.mark.parametrize("question", ["Какая зима была одной из самых суровых?", "Назовите одну из суровых зим.",
                                      "Один из самых суровых сезонов — какой?"])
def test_one_of_asks_for_no_figure(question):
    tutor = tutor_of("Зима 1820 года была одной из самых суровых в истории края.\n\nЛето 1821 года было жарким.")
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and "1" not in [u.text for u in asked.units]
    assert not {"одной", "одну", "один"} & {u.text for u in asked.units}
    assert says(tutor, "Какая зима была одной из самых суровых?", "Зима 1820 года")


def test_list_and_how_long_frames():
    """"Перечислите X" frames a question (X is asked about); "сколько времени" asks for a
    duration ("с 1823 по 1830 год"); "появился на свет" is "родился"."""
    tutor = tutor_of("Мастер родился в 1790 году в слободе у реки.\n\n"
                     "Над собором мастер работал с 1823 по 1830 год.\n\n"
                     "Собор мастер украсил тремя куполами: синим, золотым и белым.")
    listed = tutor.analyser.question("Перечислите купола собора", normalise("Перечислите купола собора"))
    assert listed is not None and "перечислите" not in [u.text for u in listed.units] and listed.wants.listing
    assert says(tutor, "Сколько времени мастер работал над собором?", "с 1823 по 1830 год")
    assert says(tutor, "Когда мастер появился на свет?", "родился в 1790 году")


def test_a_name_opening_a_naming_sentence_is_what_it_explains():
    """"Белым камнем называют ..." explains what "Белый камень" is, even when other sentences
    name it first."""
    tutor = tutor_of("Белый камень упоминается в летописи 1420 года.\n\n"
                     "О белом камне сложили песню.\n\n"
                     "Белым камнем называют валун у старой мельницы, у которого собиралось вече.")
    assert says(tutor, "Что такое Белый камень?", "валун у старой мельницы")
    assert says(tutor, "Белый камень?", "валун у старой мельницы")


def test_how_much_did_x_cost_asks_for_a_sum_of_money_about_x():
    """"Сколько стоил X?" asks for a sum of money ("стоил" names it anywhere in the question),
    given next to X itself."""
    tutor = tutor_of("Мост через реку строили 12 лет.\n\nМост обошёлся казне в 40 тысяч рублей.\n\n"
                     "Собор строили 30 лет.")
    asked = tutor.analyser.question("Сколько стоил мост?", normalise("Сколько стоил мост?"))
    assert asked is not None and asked.wants.measures == {"money"}
    assert says(tutor, "Сколько стоил мост?", "40 тысяч рублей")


def test_a_word_the_pack_lacks_weighs_less_than_its_rarest_word():
    """A word no passage uses may say in other words what the text says: it is evidence
    against a passage, but less than a rare word the text has (`Weights.unknown`)."""
    tutor = tutor_of("Каменный мост построили в 1820 году.\n\nПаром ходил до 1830 года.")
    question = "Когда паром сменила переправа?"
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    weights = {u.text: u.weight for u in asked.units}
    assert weights["переправа"] == pytest.approx(tutor.library.rarest * tutor.weights.unknown)
    assert weights["переправа"] < tutor.library.rarest


def test_a_name_after_a_title_is_what_the_sentence_describes():
    """"... купил молодой барон Пётр Волков" introduces Волков as a title does ("the geologist X")."""
    tutor = tutor_of("Сад у пруда заложили позже.\n\n"
                     "Усадьбу в 1790 году купил молодой барон Пётр Волков, внук купца.\n\n"
                     "Соседом Волкова — отставной майор Иван Рябов.\n\n"
                     "Волков продал усадьбу в 1801 году.")
    introduced = next(d for d in tutor.docs if "барон" in d.text)
    assert tutor.words.stem("волков") in introduced.heads
    assert says(tutor, "Кто такой Волков?", "молодой барон Пётр Волков")


@pytest.mark.parametrize(("question", "fact"), [
    ("Когда появилось Общество Вейра?", "1921 году"),  # "было создано"
    ("В каком году возникло Общество Вейра?", "1921 году"),
])
def test_a_thing_made_is_a_thing_that_appeared(question, fact):
    """"Когда появился X?" asks when X came to be, which a text says as well by X's making ("X было создано в ...";
    `lexicon_ru_paraphrase`, the group of "появиться"), when the text says "появился" of another thing: the verb is
    what the question asks of the name."""
    tutor = tutor_of("В 1921 году в городе Ларн было создано Общество Вейра.\n\n"
                     "Общество Вейра разводит розы и яблони.\n\nВ 1950 году у Общества Вейра появился питомник.")
    assert says(tutor, question, fact)
