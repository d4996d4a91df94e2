"""Item analysis for instructors (issue 16): difficulty, discrimination, ambiguous cards, the
answers behind them, suggestions, and finding the pack from the databases. The class is
built so that every figure is known before the report is run."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from studybot.core.items import analyse, find_pack, suggestions
from studybot.core.packs import load_pack
from studybot.core.scheduling import Scheduling
from studybot.core.session import StudySession
from studybot.core.store import Store

from .cli import run
from .conftest import MINI_PACK, FixedClock
from .test_session import RIGHT

WRONG = {"harbour-master": "Maria Olsson", "fish-direction": "they rose by 12%", "fish-exports": "301 million",
         "who-built": "the bridge"}
# ten learners: 0-3 strong (miss only fish-direction), 4-6 middling, 7-9 weak (but right on fish-direction)
MISSES = {**dict.fromkeys(range(4), {"fish-direction"}),
          **dict.fromkeys(range(4, 7), {"fish-direction", "fish-exports"}),
          **dict.fromkeys(range(7, 10), {"harbour-master", "fish-exports", "who-built"})}
OVERRIDERS = {0, 1, 2}  # write "mid-June 1788" for the founding date and overrule the grader


def build_class(folder, pack, learners=range(10), per_db: int = 1):
    """Each learner answers every card once, as MISSES says; `per_db` learners share a database."""
    paths = []
    for n in learners:
        path = folder / f"class{n // per_db}.db"
        if path not in paths:
            paths.append(path)
        store = Store.open(path)
        session = StudySession(pack, store, f"learner{n}", clock=FixedClock(), scheduling=Scheduling(fuzz=False))
        for _ in range(len(pack.cards)):
            card = session.next_card()
            if card.id == "founded" and n in OVERRIDERS:
                session.answer("mid-June 1788", card)
                session.override(True)
            else:
                session.answer(WRONG[card.id] if card.id in MISSES[n] else RIGHT[card.id], card)
        store.close()
    return paths


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI_PACK)


@pytest.fixture(scope="module")
def analysed(tmp_path_factory, pack):
    paths = build_class(tmp_path_factory.mktemp("class"), pack)
    return paths, analyse(pack, paths, FixedClock()())


def test_difficulty_and_discrimination(analysed):
    _, result = analysed
    items = {i.base.card_id: i for i in result.cards}
    assert result.base.learners == 10 and result.group_size == 3  # 27% of 10, rounded
    hm = items["harbour-master"]  # the strong know it, the weak do not
    assert hm.difficulty == 0.7 and hm.strong == (3, 3) and hm.weak == (0, 3) and hm.discrimination == 1.0
    assert not hm.ambiguous
    exports = items["fish-exports"]  # missed by most, but by the weak: hard, not ambiguous
    assert exports.difficulty == 0.4 and exports.discrimination == 1.0 and exports.verdict == "hard"
    assert items["cloze-port"].difficulty == 1.0 and items["cloze-port"].discrimination == 0.0


def test_ambiguous_cards_are_told_from_hard_ones(analysed):
    _, result = analysed
    items = {i.base.card_id: i for i in result.cards}
    direction = items["fish-direction"]  # the strong fail it and the weak pass it
    assert direction.discrimination == -1.0 and direction.verdict == "ambiguous?"
    assert any("failed at the first try by 3 of 3 strong learners" in f for f in direction.flags)
    assert any("D -1.00" in f for f in direction.flags)
    founded = items["founded"]
    assert founded.flags == ("overridden by 3 learners (30% of answers)",)
    assert [(o.answer, o.override, o.learners) for o in founded.overridden] == [("mid-June 1788", "right", 3)]
    flagged = [i.base.card_id for i in result.cards if i.ambiguous]
    assert set(flagged) == {"fish-direction", "founded"} and [i.ambiguous for i in result.cards][:2] == [True, True]


def test_wrong_answers_in_full_with_counts(analysed):
    _, result = analysed
    items = {i.base.card_id: i for i in result.cards}
    assert items["fish-exports"].wrong_answers == (("301 million", 6),)
    assert items["fish-direction"].wrong_answers == (("they rose by 12%", 7),)  # learners 0-6


def test_learners_sharing_a_database_count_alike(tmp_path, pack, analysed):
    paths = build_class(tmp_path, pack, per_db=5)
    assert len(paths) == 2
    shared = {i.base.card_id: (i.difficulty, i.discrimination) for i in analyse(pack, paths, FixedClock()()).cards}
    apart = {i.base.card_id: (i.difficulty, i.discrimination) for i in analysed[1].cards}
    assert shared == apart


def test_suggestions(analysed, pack):
    _, result = analysed
    patches = {p.card_id: p for p in suggestions(pack, result)}
    assert [t for t, _ in patches["founded"].accept] == ["mid-June 1788"]
    assert [t for t, _ in patches["fish-exports"].mistakes] == ["301 million"]
    assert [t for t, _ in patches["harbour-master"].mistakes] == ["Maria Olsson"]  # as the learners wrote it (WRONG)
    assert "who-built" in patches and patches["who-built"].accept == ()  # a choice card has no accept
    strict = {p.card_id for p in suggestions(pack, result, min_learners=4)}
    assert "founded" not in strict and "fish-exports" in strict  # 3 learners overrode; wrong answers stay


def test_report_command_finds_the_pack_and_writes_suggestions(analysed, tmp_path):
    paths = [str(p) for p in analysed[0]]
    result = run("report", *paths, "--json")
    assert result.returncode == 0, result.stderr
    assert "as recorded in the databases" in result.stderr
    data = json.loads(result.stdout)
    assert data["pack"] == "mini" and data["learners"] == 10
    cards = {c["card"]: c for c in data["cards"]}
    assert cards["harbour-master"]["discrimination"] == 1.0 and cards["founded"]["ambiguous"] is True
    text = run("report", *paths).stdout
    assert 'overridden as right: "mid-June 1788" (3 learners, 3×)' in text
    assert 'wrong: "they rose by 12%" (7×)' in text and "⚠ failed at the first try by 3 of 3 strong" in text
    patch = tmp_path / "suggest.yaml"
    result = run("report", *paths, "--suggest", str(patch))
    assert result.returncode == 0 and "nothing" not in result.stderr.lower()
    proposed = yaml.safe_load(patch.read_text(encoding="utf-8"))
    by_id = {c["id"]: c for c in proposed["cards"]}
    assert proposed["pack"] == "mini" and by_id["founded"]["accept"] == ["mid-June 1788"]
    assert by_id["fish-exports"]["mistakes"][0]["match"] == ["301 million"]
    assert load_pack(MINI_PACK) == load_pack(MINI_PACK)  # nothing applied to the pack itself
    again = run("report", *paths, "--suggest", str(patch))
    assert again.returncode == 1 and "--force" in again.stderr


def test_report_says_which_pack_to_give(analysed, tmp_path, pack):
    moved = tmp_path / "moved.db"
    shutil.copy(analysed[0][0], moved)
    other = tmp_path / "other.db"
    store = Store.open(other)
    StudySession(load_pack(MINI_PACK.parent / "traps-pack.yaml"), store, "zoe", clock=FixedClock())
    store.close()
    both = run("report", str(moved), str(other))
    assert both.returncode == 1 and "several packs (mini, traps)" in both.stderr and "--pack" in both.stderr
    assert find_pack([moved]).record.path == str(MINI_PACK.resolve())
    copy = tmp_path / "pack-copy.yaml"
    shutil.copy(MINI_PACK, copy)
    store = Store.open(moved)
    StudySession(load_pack(copy), store, "learner0", clock=FixedClock())
    store.close()
    copy.unlink()
    gone = run("report", str(moved))
    assert gone.returncode == 1 and "not there now" in gone.stderr and "--pack" in gone.stderr
    wrong = run("report", str(other), "--pack", str(MINI_PACK))
    assert wrong.returncode == 1 and "no learner" in wrong.stderr and "Traceback" not in wrong.stderr
