"""The tutor on Russian notes: rules of the language, each shown on a small invented text
(no pack's words): pronouns further into a sentence, fleeting vowels, corrections that
keep a verb ending, name particles, a full name with patronymic, the post a "кто был ...?"
asks about, durations, "в тот же день", the word naming what a figure measures, and the
phrases that only frame a question.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


def tutor_of(notes: str, title: str = "Жизнь геолога") -> Tutor:
    return tutor_on(notes, title, "ru", section_title="Очерк")


@pytest.fixture(scope="module")
def geologist() -> Tutor:
    return tutor_of(
        "Доклад Соколова прочитали на съезде в Казани в 1871 году.\n"
        "\n"
        "Победил на выборах в академию Пётр Ильич Соколов, до этого хранитель городского музея.\n"
        "В 1872–1875 годах он работал в Дерпте, где изучал ледниковые отложения.\n"
        "С 1890 года и до конца жизни он руководил Горным музеем в Москве.\n"
        "\n"
        "Отец рано умер, поэтому семью содержала мать, которая управляла мельницей.\n"
        "\n"
        "Голландский юрист Антониус ван ден Брук первым высказал догадку о возрасте ледников.\n"
        "\n"
        "В 1880 году экспедиция прошла 4 перевала.\n"
        "\n"
        "Экспедиция длилась 3 года.\n"
        "\n"
        "25 мая 1885 года музей открыли для публики.\n"
        "В 19:30 у входа зажгли фонари.\n"
        "В тот же день совет переименовал музей в Горный.\n"
        "\n"
        "Порода залегает на глубине 40 метров, а её плотность равна 2,7 г/см³.\n"
        "\n"
        "Руда лежит в 12 слоях.\n"
        "\n"
        "В 1890 году в Омске встретились лидеры Тобольска, Тюмени и Кургана.\n"
        "Губернатором Тобольска был тогда Иван Ершов.")


def test_a_pronoun_further_into_a_sentence_is_the_person_named_before(geologist):
    """"В 1872–1875 годах он ...": the person is named in the sentence before."""
    assert says(geologist, "Что Соколов изучал в Дерпте?", "ледниковые отложения")


def test_a_chain_of_pronouns_goes_on_about_the_same_person(geologist):
    """Two sentences on, "он" is still the person named before the first "он"."""
    assert says(geologist, "Каким музеем руководил Соколов в Москве?", "Горным музеем")


def test_a_fleeting_vowel_does_not_hide_a_word(geologist):
    """"отца" is a form of "Отец"; "чем занималась" only frames the question."""
    assert says(geologist, "Чем занималась мать после смерти отца?", "мельницей")


def test_a_correction_keeps_a_verbs_ending():
    """An unknown verb is not corrected into a noun one letter away ("брали" is no "браки")."""
    tutor = tutor_of("Браки заключали в церкви.\nГеологи различали 12 видов руды.")
    question = tutor.analyser.question("Что брали в горы?", "что брали в горы?")
    assert question is not None and "браки" not in {u.text for u in question.units}
    assert "брали" in {u.text for u in question.units}


def test_a_name_with_particles_is_one_person(geologist):
    """"Антониус ван ден Брук" is a person: "кто ...?" is answered by the sentence naming him."""
    assert says(geologist, "Кто первым высказал догадку о возрасте ледников?", "ван ден Брук")


def test_a_full_name_with_patronymic_introduces_the_person(geologist):
    """"Кто такой X?" shows the sentence that gives X's full name."""
    assert says(geologist, "Кто такой Соколов?", "Пётр Ильич Соколов")


def test_who_held_a_post_needs_a_passage_naming_the_post(geologist):
    """A list of places with their "лидеры" does not say who was the head of one of them."""
    assert geologist.ask("Кто был губернатором Кургана?").kind == "decline"
    assert says(geologist, "Кто был губернатором Тобольска?", "Иван Ершов")


def test_how_many_years_is_met_by_a_duration_not_by_a_year(geologist):
    reply = geologist.ask("Сколько лет шла экспедиция?")
    assert reply.kind == "answer" and reply.sentences == ("Экспедиция длилась 3 года.",)


def test_on_the_same_day_takes_the_last_date_of_its_paragraph(geologist):
    """"В тот же день" after a sentence with only a time of day is the date before that."""
    assert says(geologist, "Как стал называться музей после 25 мая?", "переименовал")


def test_a_figure_asked_for_by_what_it_measures_comes_with_that_word(geologist):
    assert says(geologist, "Какая плотность у породы?", "2,7")
    assert geologist.ask("Какая плотность у руды?").kind == "decline"


@pytest.mark.parametrize("question", ["Правда, что отец рано умер?", "На самом деле отец рано умер?"])
def test_phrases_that_only_frame_a_question(geologist, question):
    assert says(geologist, question, "Отец рано умер")


@pytest.fixture(scope="module")
def physicist() -> Tutor:
    return tutor_of(
        "Сопротивление измеряется в омах; единица названа в честь немецкого физика Георга Симона Ома.\n"
        "\n"
        "В 1827 году Ом опубликовал книгу «Гальваническая цепь».\n"
        "Сначала его работу встретили холодно.", title="Закон Ома")


def test_a_short_name_the_pack_knows_is_asked_about(physicist):
    """"Ом" has two letters: still a name, not a word to drop."""
    assert says(physicist, "Когда Ом опубликовал свою книгу?", "1827")
    assert physicist.ask("Кто такой Ом?").kind == "answer"


def test_how_was_it_called_asks_for_a_name_not_the_verb(physicist):
    assert says(physicist, "Как называлась книга Ома?", "«Гальваническая цепь»")


def test_an_ordinal_is_a_word_not_a_figure():
    """"на первом этаже" is the "Первый этаж", not the showcase "№ 1"."""
    tutor = tutor_of("Всего в музее 300 витрин на трёх этажах, от витрины № 1 у входа до № 300 в подвале.\n\n"
                     "Первый этаж музея отдан минералам: на нём 40 витрин.")
    reply = tutor.ask("Сколько витрин на первом этаже?")
    assert reply.sentences == ("Первый этаж музея отдан минералам: на нём 40 витрин.",)


@pytest.fixture(scope="module")
def republic() -> Tutor:
    return tutor_of(
        "Вольная республика на реке Листве существовала с 1136 по 1478 год.\n"
        "\n"
        "Богатство Листвяна держалось на торговле с Ганзой: через город шли меха и воск.\n"
        "\n"
        "В 1471 году войско Ивана III разбило листвянцев на реке Шелони.", title="Листвян")


def test_a_ruler_with_a_number_is_a_person(republic):
    """"Ивана III": a name and a regnal number, not an acronym."""
    assert says(republic, "Кто разбил листвянцев?", "Ивана III")


def test_a_noun_opening_a_sentence_before_a_name_is_no_person(republic):
    """"Богатство Листвяна" is a noun and a city, not a person's first name and surname."""
    assert "богатство" not in republic.library.names.persons
    assert says(republic, "С кем торговал Листвян?", "Ганзой")


def test_a_span_of_years_says_how_long(republic):
    assert says(republic, "Сколько лет существовала республика?", "с 1136 по 1478 год")


def test_a_name_written_as_an_adjective_is_found_by_the_noun():
    """"Галапагосских островах" answers a question about "Галапагосах"."""
    tutor = tutor_of("Дарвин родился в Шрусбери.\n\n"
                     "На Галапагосских островах Дарвин заметил, что вьюрки отличаются формой клюва.")
    assert says(tutor, "Что Дарвин заметил на Галапагосах?", "вьюрки")


def test_a_figure_of_the_kind_asked_for_says_the_measure():
    """"При какой температуре ...?" is answered by "при 100 °C", which does not say "температура"."""
    tutor = tutor_of("Молекула воды состоит из двух атомов водорода и атома кислорода.\n\n"
                     "Вода кипит при 100 °C при нормальном давлении.", title="Вода")
    assert says(tutor, "При какой температуре кипит вода?", "100 °C")
