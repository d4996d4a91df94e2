"""The app speaks the pack's language (round 22): a learner of a `language: ru` pack reads the mode bar, the key
bar, the help screen, the Progress, Packs and Cards screens in Russian; a learner of an English pack reads them
as before. The app's words are one table a language (`studybot.chrome`), with the same keys in each."""

from __future__ import annotations

import string
from types import SimpleNamespace

import pytest
from textual.widgets import OptionList

from studybot.chrome import CHROME, COMMAND_WORDS, chrome
from studybot.conversation import COMMANDS
from studybot.core.browse import CARD_STATES, parse_query
from studybot.core.wording import count
from studybot.paths import default_pack
from studybot.present_progress import progress_summary, section_table
from studybot.tui.app import build_app
from studybot.tui.cards import CardsScreen
from studybot.tui.screens import HelpScreen, PacksScreen, ProgressScreen, help_text
from studybot.tui.widgets import KeyBar, ModeBar, Transcript, folded_note

from .test_app import bubbles, started, wait_for
from .test_learner_russian_session import RUSSIAN_PACK

ENGLISH_KEYS = ["Hint", "Skip", "Show answer", "I was right", "I was wrong", "Undo", "Why", "Suspend", "Quit"]
ENGLISH_MODES = "studybot   F2 Study  F3 Ask  F4 Progress  F5 Packs  F6 Cards    F1 Help"


@pytest.fixture
def russian_pack(tmp_path):
    path = tmp_path / "ru-mini.yaml"
    path.write_text(RUSSIAN_PACK, encoding="utf-8")
    return path


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# -- the table: every key in both languages, with the same blanks to fill


@pytest.mark.parametrize("table", [CHROME, COMMAND_WORDS], ids=["words", "commands"])
def test_every_key_has_both_languages_with_the_same_blanks(table):
    assert set(table) == {"en", "ru"}
    assert table["en"].keys() == table["ru"].keys()
    for key, english in table["en"].items():
        assert english.strip() and table["ru"][key].strip(), key
        assert _names(english) == _names(table["ru"][key]), key


def test_the_commands_listed_are_the_commands_there_are():
    assert list(COMMAND_WORDS["ru"]) == list(COMMANDS) == list(COMMAND_WORDS["en"])


def test_a_word_goes_through_the_sanitiser(monkeypatch):
    monkeypatch.setitem(CHROME["ru"], "hint", "Под\x1b[31mсказка\u202e")
    assert chrome("hint", "ru") == "Подсказка"
    assert "\x1b" not in chrome("confirm_reset", "ru", prompt="a\x1b[2Jb")


@pytest.mark.parametrize(("language", "said"), [("ru", "Подсказка"), ("en", "Hint"), ("de", "Hint")])
def test_a_language_without_a_table_is_spoken_to_in_english(language, said):
    assert chrome("hint", language) == said


@pytest.mark.parametrize(("n", "noun", "said"), [
    (1, "section", "1 раздел"), (3, "section", "3 раздела"), (11, "section", "11 разделов"),
    (21, "card", "21 карточка"), (4, "note", "4 замечания"), (5, "error", "5 ошибок"), (0, "lapse", "0 забываний"),
])
def test_counts_take_the_russian_plural_forms(n, noun, said):
    assert count(n, noun, "ru") == said
    assert count(n, noun, "en").startswith(f"{n} {noun}")


@pytest.mark.parametrize(("hidden", "language", "note"), [
    (1, "en", "  ⋯ 1 more line: PgUp shows it"), (3, "en", "  ⋯ 3 more lines: PgUp shows them"),
    (1, "ru", "  ⋯ ещё 1 строка: PgUp покажет её"), (3, "ru", "  ⋯ ещё 3 строки: PgUp покажет их"),
    (5, "ru", "  ⋯ ещё 5 строк: PgUp покажет их"), (22, "ru", "  ⋯ ещё 22 строки: PgUp покажет их"),
])
def test_a_folded_verdict_says_what_it_hides_in_the_pack_language(hidden, language, note):
    assert folded_note(hidden, language) == note


# -- the Cards screen's states: shown in the pack's language, and found by the word shown


@pytest.mark.parametrize("label", CARD_STATES)
def test_a_card_state_is_found_by_the_word_the_screen_shows(label):
    assert parse_query(chrome(f"state_{label}", "ru")).state == label
    assert parse_query(chrome(f"state_{label}", "en")).state == label


@pytest.mark.parametrize("query", ["ангара", "нерпа новый", "повторения"])
def test_other_words_are_searched_for_not_taken_for_a_state(query):
    assert parse_query(query).state is None


# -- Progress: the same figures, said in the pack's language


def _progress(**changes):
    figures = dict(cards=10, seen=3, mastered=1, due=2, new_left=5, reviews_today=2, correct_today=1,
                   minutes_today=4.2, streak=1, true_retention=None, queue=None)
    return SimpleNamespace(**{**figures, **changes})


def test_the_english_summary_reads_as_before():
    assert progress_summary(_progress()) == ("3 of 10 cards studied · 1 mastered (10%) · 2 due now · 5 new left "
                                             "today\n2 reviews today, 1 right, 4 min · streak 1 day · true "
                                             "retention –")
    left = progress_summary(_progress(queue=SimpleNamespace(total=4, learning=1), reviews_today=0, streak=3))
    assert "· today: 4 left, 1 of them learning\nno reviews yet today · streak 3 days" in left


def test_the_russian_summary_says_the_same_figures():
    text = progress_summary(_progress(streak=3, true_retention=0.5), "ru")
    assert text == ("Изучено карточек: 3 из 10 · усвоено: 1 (10%) · пора повторить: 2 · новых на сегодня: 5\n"
                    "сегодня 2 повторения, верно 1, 4 мин · серия: 3 дня · истинное удержание: 50%")
    assert "today" not in text and "streak" not in text


def test_the_section_table_heads_its_columns_in_the_pack_language():
    row = SimpleNamespace(title="Ангара", cards=2, seen=1, mastery=0.5, due=1, left=None)
    english, russian = section_table([row]).splitlines()[0], section_table([row], language="ru").splitlines()[0]
    assert english.split() == ["Section", "Cards", "Seen", "Mastered", "Due"]
    assert russian.split() == ["Раздел", "Всего", "Изуч.", "Усвоено", "Пора"]
    assert len(english) == len(russian)  # the figures stay under their heads


def test_the_help_fits_70_columns_in_each_language():
    for language in CHROME:
        assert max(map(len, help_text(language).splitlines())) <= 70, language


# -- in the app


async def test_a_russian_pack_gets_russian_keys_modes_and_help(russian_pack, db_path, clock):
    app = build_app(russian_pack, db_path, "ann", clock=clock)
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot, app)
        keys = app.screen.query_one(KeyBar)
        assert [d for _, _, d in keys.all_items] == ["Подсказка", "Пропустить", "Показать ответ", "Засчитать",
                                                    "Не засчитывать", "Отменить", "Почему", "Убрать", "Выход"]
        assert "^t Подсказка" in keys.shown() and "Hint" not in keys.shown()
        assert app.screen.query_one(Transcript).language == "ru"  # a folded verdict's note is said in Russian
        modes = str(app.screen.query_one(ModeBar).render())
        assert "F2 Учёба" in modes and "F4 Прогресс" in modes and "F1 Справка" in modes and "Study" not in modes
        await pilot.press("f1")
        assert await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        text = str(app.screen.query_one("#help Static").render())
        assert "Режимы" in text and "Ctrl+T   Подсказка" in text and "/bury       отложить карточку" in text
        for english in ("While studying", "Modes", "this help", "Hint", "Typed commands"):
            assert english not in text
        assert "Esc Закрыть" in app.screen.query_one(KeyBar).shown()
        await pilot.press("escape")
        app.screen.query_one("#answer").value = "/help"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: any("Команды:" in b for b in bubbles(app, "system")))
        assert "«не знаю»" in bubbles(app, "system")[-1] and "Commands" not in bubbles(app, "system")[-1]


async def test_the_other_screens_of_a_russian_pack_speak_russian(russian_pack, db_path, clock):
    app = build_app(russian_pack, db_path, "ann", clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and app.screen.shown)
        sections = str(app.screen.query_one("#sections").render())
        assert sections.split()[:3] == ["Раздел", "Всего", "Изуч."]
        assert "Занятия за последние 26 недель" in str(app.screen.query_one("#pictures").render())
        assert "Обновить" in app.screen.query_one(KeyBar).shown()
        assert "F4 Прогресс" in str(app.screen.query_one(ModeBar).render())
        await pilot.press("f6")
        assert await wait_for(pilot, lambda: isinstance(app.screen, CardsScreen) and app.screen.shown)
        listed = [str(option.prompt) for option in app.screen.query_one(OptionList)._options]
        assert listed and all(line.split()[0] in {"новая", "изучается"} for line in listed)
        assert "Поиск:" in app.screen.query_one("#card-search").placeholder
        await pilot.press("f5")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen) and app.screen.checked)
        detail = str(app.screen.query_one("#pack-problems").render())
        assert "2 раздела, 4 карточки: можно учить." in detail and "Enter — учить этот набор." in detail


async def test_the_bundled_english_pack_reads_as_before(db_path, clock):
    app = build_app(default_pack(), db_path, "ann", clock=clock)
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot, app)
        assert [d for _, _, d in app.screen.query_one(KeyBar).all_items] == ENGLISH_KEYS
        assert str(app.screen.query_one(ModeBar).render()) == ENGLISH_MODES
        await pilot.press("f1")
        assert await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        text = str(app.screen.query_one("#help Static").render())
        assert text == help_text("en")
        assert text.startswith("studybot keys (Esc closes; arrows and PgUp/PgDn scroll)\n\nModes\n  F2       Study\n")
        assert "\n  Ctrl+T   Hint\n" in text and "· in Russian: подсказка" in text

