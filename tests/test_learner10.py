"""What a learner and an instructor stumbled on when using studybot (round 10, ux10); each test
fails before its fix."""

from __future__ import annotations

from studybot.core.packs import Card
from studybot.present import hint_text

# -- a hint gave a cloze card's figures away: "Подсказка: первый пропуск: 46", then "46, 23, д_________"


def cloze(text: str, *blanks: str) -> Card:
    return Card(id="c", section="s", kind="cloze", prompt="", answer=", ".join(blanks), text=text,
                blanks=tuple((b,) for b in blanks))


def test_a_cloze_cards_hints_keep_its_figures_back():
    chromosomes = cloze("В клетке {{46}} хромосом, это {{23}} пары; такой набор — {{диплоидный}}.",
                        "46", "23", "диплоидный")
    assert hint_text(chromosomes, 1, "ru") == "Подсказка: первый пропуск: 4_"
    assert hint_text(chromosomes, 2, "ru") == "Подсказка: 4_, 2_, д_________"
    assert hint_text(chromosomes, 3, "ru") == "Подсказка: 4_, 2_, дипло_____"
    tower = cloze("Smeaton built his tower of {{granite}}; it was lit in {{1759}}.", "granite", "1759")
    assert hint_text(tower, 2) == "Hint: g______, 1___"
    assert hint_text(tower, 3) == "Hint: gra____, 17__"


def test_a_short_answers_figure_is_not_given_whole_by_a_hint(mini_pack):
    from dataclasses import replace

    version = replace(mini_pack.card("harbour-master"), answer="Helsinki 2.0")
    assert hint_text(version, 2) == "Hint: H_______ 2._"
    assert hint_text(mini_pack.card("harbour-master"), 2) == "Hint: M____ O____"  # no figure: as before
