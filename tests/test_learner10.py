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


# -- `report --suggest` proposed one answer both as `accept` (two learners overrode it as right) and as a
# mistake (others gave it without overruling): the instructor is told to accept it and to fail it


def _class(folder, pack, overriders: int, others: int) -> list[str]:
    """Databases of learners who all answer every card right but 'founded', where they write 'mid-June 1788'
    (graded wrong): the first `overriders` overrule the grade, the next `others` do not."""
    from studybot.core.scheduling import Scheduling
    from studybot.core.session import StudySession
    from studybot.core.store import Store

    from .conftest import FixedClock
    from .test_session import RIGHT

    paths = []
    for n in range(overriders + others):
        path = folder / f"learner{n}.db"
        store = Store.open(path)
        session = StudySession(pack, store, f"learner{n}", clock=FixedClock(), scheduling=Scheduling(fuzz=False))
        for _ in range(len(pack.cards)):
            card = session.next_card()
            session.answer("mid-June 1788" if card.id == "founded" else RIGHT[card.id], card)
            if card.id == "founded" and n < overriders:
                session.override(True)
        store.close()
        paths.append(str(path))
    return paths


def test_an_answer_proposed_as_right_is_not_proposed_as_a_mistake_too(tmp_path, mini_pack):
    from studybot.core.items import analyse, suggestions

    from .conftest import FixedClock

    databases = _class(tmp_path, mini_pack, overriders=2, others=3)
    result = analyse(mini_pack, databases, FixedClock()())
    founded = next(i for i in result.cards if i.base.card_id == "founded")
    assert ("mid-June 1788", 3) in founded.wrong_answers  # given wrong, unoverruled, three times: a mistake's case
    patch = next(p for p in suggestions(mini_pack, result) if p.card_id == "founded")
    assert [text for text, _ in patch.accept] == ["mid-June 1788"]
    assert patch.accept[0][1] == "overridden as right by 2 learners (2 answers)"
    assert [text for text, _ in patch.mistakes] == []


def test_the_reports_csv_counts_one_learner_as_one(tmp_path, mini_pack_path):
    import csv
    import io

    from studybot.core.packs import load_pack

    from .cli import run

    databases = _class(tmp_path, load_pack(mini_pack_path), overriders=1, others=1)
    result = run("report", *databases, "--csv")
    assert result.returncode == 0, result.stderr
    rows = {row["card"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["founded"]["overridden_answers"] == "mid-June 1788 (right, 1 learner)"
