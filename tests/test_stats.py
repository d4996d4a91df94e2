"""Progress figures and the instructors' report, on generated histories with known answers."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest

from studybot.core.records import CardInfo, CardPhase
from studybot.core.scheduling import Scheduling
from studybot.core.session import StudySession
from studybot.core.stats import FORECAST_DAYS, MASTERY_STABILITY_DAYS, is_mastered, learner_progress, report, streak
from studybot.core.store import Store
from studybot.present_progress import heatmap, sparkline

from .conftest import FixedClock
from .test_session import RIGHT


def study_days(pack, store, clock, days: int, *, answer=lambda card: RIGHT[card.id], override=None,
               learner: str = "ann", gap_after: int | None = None, new_limit: int = 50) -> StudySession:
    """A learner who studies every due and new card each day for `days` days."""
    session = None
    for day in range(days):
        if gap_after is not None and day == gap_after:
            clock.advance(days=3)
        session = StudySession(pack, store, learner, clock=clock, scheduling=Scheduling(fuzz=False),
                               new_limit=new_limit, review_limit=500)
        for _ in range(200):  # learning steps come back within minutes
            card = session.next_card()
            if card is None:
                clock.advance(minutes=11)
                card = session.next_card()
                if card is None:
                    break
            session.answer(answer(card), card)
            if override is not None:
                session.override(override)
        clock.advance(days=1)
    return session


@pytest.fixture
def clock():
    return FixedClock()


def test_a_learner_who_always_passes_has_full_retention(mini_pack, store, clock):
    session = study_days(mini_pack, store, clock, 12)
    progress = learner_progress(store, session.learner_id, mini_pack, clock())
    assert sum(n for _, n, _ in progress.retention) > 0
    assert progress.true_retention == 1.0
    assert progress.seen == progress.cards == 9
    assert progress.override_rate == 0.0 and progress.overrides == ()


def test_a_learner_who_always_fails_has_no_retention(mini_pack, store, clock):
    session = study_days(mini_pack, store, clock, 1)  # learn everything first
    for _ in range(4):  # then fail every scheduled review
        clock.advance(days=20)
        for card in mini_pack.cards:
            state = session.state_of(card)
            if state.due <= clock():
                session.answer("no idea at all", card)
    progress = learner_progress(store, session.learner_id, mini_pack, clock())
    assert progress.true_retention == 0.0
    assert progress.weakest and progress.weakest[0].lapses >= 1


def test_an_override_on_every_review_gives_rate_one(mini_pack, store, clock):
    session = study_days(mini_pack, store, clock, 3, answer=lambda card: "wrong", override=True)
    progress = learner_progress(store, session.learner_id, mini_pack, clock())
    assert progress.override_rate == 1.0
    assert {card for card, _, _ in progress.overrides} == {c.id for c in mini_pack.cards}
    assert all(n == o for _, n, o in progress.overrides)


def test_streak_counts_consecutive_days(mini_pack, store, clock):
    session = study_days(mini_pack, store, clock, 4, new_limit=2)  # new cards every day
    clock.advance(days=-1)  # the last study day is "today"
    assert streak(store, session.learner_id, mini_pack.id, clock()) == 4
    clock.advance(days=1)  # today nothing yet: the streak still counts yesterday
    assert streak(store, session.learner_id, mini_pack.id, clock()) == 4
    clock.advance(days=2)
    assert streak(store, session.learner_id, mini_pack.id, clock()) == 0


def test_a_gap_breaks_the_streak(mini_pack, store, clock):
    session = study_days(mini_pack, store, clock, 5, gap_after=3, new_limit=2)
    clock.advance(days=-1)
    assert streak(store, session.learner_id, mini_pack.id, clock()) == 2


def test_activity_forecast_and_mastery(mini_pack, store, clock):
    session = study_days(mini_pack, store, clock, 2)
    now = clock()
    progress = learner_progress(store, session.learner_id, mini_pack, now)
    assert sum(progress.activity.values()) == store.review_count(session.learner_id, mini_pack.id)
    assert len(progress.forecast) == FORECAST_DAYS
    due_within = sum(1 for c in mini_pack.cards if session.state_of(c).due < now + timedelta(days=FORECAST_DAYS))
    assert sum(progress.forecast) == due_within
    # two days of study: every card is recalled now, none is mastered yet (stability of days, not weeks)
    scheduling = Scheduling(fuzz=False)
    assert all(scheduling.retrievability(session.state_of(c), now) >= 0.9 for c in mini_pack.cards)
    assert all(session.state_of(c).stability < MASTERY_STABILITY_DAYS for c in mini_pack.cards)
    assert progress.mastered == 0


def test_a_card_failed_a_minute_ago_is_never_mastered(mini_pack, store, clock):
    session = StudySession(mini_pack, store, "ann", clock=clock, scheduling=Scheduling(fuzz=False))
    for _ in range(3):
        session.answer("no idea at all", session.next_card())
    clock.advance(minutes=1)
    progress = learner_progress(store, session.learner_id, mini_pack, clock())
    assert progress.seen == 3 and progress.mastered == 0  # the bug: "3 mastered" (recall now >= 0.9)
    assert all(s.mastery == 0.0 for s in progress.sections)


def test_mastered_means_three_weeks_of_stability_and_a_lapse_undoes_it(mini_pack, store, clock):
    session = study_days(mini_pack, store, clock, 40)  # always right for 40 days
    states = [session.state_of(c) for c in mini_pack.cards]
    assert all(s.stability >= MASTERY_STABILITY_DAYS and s.state == CardPhase.REVIEW for s in states)
    progress = learner_progress(store, session.learner_id, mini_pack, clock())
    assert progress.mastered == 9 and [s.mastery for s in progress.sections] == [1.0, 1.0]
    card = mini_pack.cards[0]
    session.answer("no idea at all", card)  # a lapse: relearning, stability cut
    assert not is_mastered(session.state_of(card))
    after = learner_progress(store, session.learner_id, mini_pack, clock())
    assert after.mastered == 8 and after.sections[0].mastery < 1.0


@pytest.mark.parametrize(("phase", "stability", "leech", "mastered"), [
    (CardPhase.REVIEW, MASTERY_STABILITY_DAYS, False, True),
    (CardPhase.REVIEW, MASTERY_STABILITY_DAYS - 0.1, False, False),
    (CardPhase.RELEARNING, 90.0, False, False),  # failed: relearning, whatever its stability
    (CardPhase.LEARNING, 90.0, False, False),
    (CardPhase.REVIEW, 90.0, True, False),  # a leech
    (CardPhase.NEW, None, False, False),
])
def test_the_mastery_rule(mini_pack, store, clock, phase, stability, leech, mastered):
    from studybot.core.records import CardState

    state = CardState("mini", "harbour-master", state=int(phase), stability=stability, leech=leech,
                      due=clock(), last_review=clock())
    assert is_mastered(state) is mastered
    learner = store.learner("ann")
    store.sync_pack(learner, "mini", [CardInfo("harbour-master", "h", 0, "port")], clock())
    store._write_state(store.conn, learner, state)  # the SQL count follows the same rule
    assert store.section_counts(learner, "mini", clock(), mastered_stability=MASTERY_STABILITY_DAYS)["port"] \
        .mastered == int(mastered)


def test_mastered_is_the_same_in_progress_stats_and_report(tmp_path, mini_pack, mini_pack_path, capsys):
    from studybot.cli import main

    path = tmp_path / "one.db"
    store = Store.open(path)
    clock = FixedClock()
    session = study_days(mini_pack, store, clock, 30)
    for card in mini_pack.cards[:3]:
        session.answer("no idea at all", card)
    progress = learner_progress(store, session.learner_id, mini_pack, FixedClock()())
    store.close()
    assert 0 < progress.mastered < 9
    assert main(["stats", "--db", str(path), "--learner", "ann", "--pack", str(mini_pack_path), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["mastered"] == progress.mastered and "21 days" in stats["mastered_means"]
    assert [s["mastered"] for s in stats["sections"]] == [s.mastered for s in progress.sections]
    result = report(mini_pack, [path], FixedClock()())
    assert [s.median for s in result.sections] == [s.mastery for s in progress.sections]


def test_section_table_keeps_long_packs_short():
    from studybot.core.stats import SectionProgress
    from studybot.present_progress import section_table

    rows = [SectionProgress(f"s{i}", f"Section {i}", 10, 5, i % 10, 1 if i == 77 else 0) for i in range(100)]
    full = section_table(rows).splitlines()
    assert len(full) == 101 and full[1].startswith("Section 0 ")
    short = section_table(rows, limit=10).splitlines()
    assert len(short) == 12 and "90 more sections" in short[-1]
    shown = [int(line.split()[1]) for line in short[1:-1]]
    assert shown == sorted(shown)  # in the text's order
    assert 77 in shown  # the one with cards due
    assert all(n % 10 == 0 for n in shown if n != 77)  # then the least mastered


def test_pictures():
    assert sparkline([0, 1, 2, 4]) == " ▂▄█"
    assert sparkline([]) == ""
    from datetime import date

    rows = heatmap({"2026-01-05": 3, "2026-01-06": 1}, date(2026, 1, 7), weeks=2)
    assert rows[0] == "Mon ·█" and rows[1] == "    ·▒" and rows[2].endswith("·")


def make_class(tmp_path, mini_pack, learners: int = 3):
    """Three learners' databases: everyone overrides the grader on 'founded'."""
    paths = []
    for n in range(learners):
        path = tmp_path / f"learner{n}.db"
        store = Store.open(path)
        clock = FixedClock()

        def answer(card):
            if card.id == "founded":
                return "mid-June 1788"  # the grader wants the day; these learners dispute it
            if card.id == "fish-exports":
                return "301 million"  # a wrong figure everyone gives at first
            return RIGHT[card.id]

        session = StudySession(mini_pack, store, f"learner{n}", clock=clock, scheduling=Scheduling(fuzz=False))
        for _ in range(len(mini_pack.cards)):
            card = session.next_card()
            outcome = session.answer(answer(card), card)
            if card.id == "founded" and not outcome.verdict.correct:
                session.override(True)
        store.close()
        paths.append(path)
    return paths


def test_report_over_a_class(tmp_path, mini_pack):
    paths = make_class(tmp_path, mini_pack)
    result = report(mini_pack, paths + [tmp_path / "missing.db"], FixedClock()())
    assert result.learners == 3 and len(result.skipped) == 1
    by_id = {c.card_id: c for c in result.cards}
    fish = by_id["fish-exports"]
    assert fish.attempts == 3 and fish.first_try_rate == 0.0 and fish.top_wrong() == [("301 million", 3)]
    assert by_id["harbour-master"].first_try_rate == 1.0 and by_id["harbour-master"].learners == 3
    assert result.cards[0].card_id == "founded" and by_id["founded"].override_rate == 1.0  # disputed: first
    spread = {s.section_id: s for s in result.sections}
    assert spread["port"].learners == 3 and 0 <= spread["port"].low <= spread["port"].median <= spread["port"].high


def test_report_and_stats_commands(tmp_path, mini_pack, mini_pack_path):
    paths = [str(p) for p in make_class(tmp_path, mini_pack, learners=2)]
    run = lambda *a: subprocess.run([sys.executable, "-m", "studybot", *a], capture_output=True, text=True)  # noqa
    out = run("report", *paths, "--pack", str(mini_pack_path), "--json")
    data = json.loads(out.stdout)
    assert data["learners"] == 2 and {c["card"] for c in data["cards"]} >= {"fish-exports", "founded"}
    out = run("report", *paths, "--pack", str(mini_pack_path), "--csv")
    assert out.stdout.splitlines()[0].startswith("card,section,learners,attempts")
    out = run("report", *paths, "--pack", str(mini_pack_path))
    assert "every wrong answer" in out.stdout and "wrong: \"301 million\" (2×)" in out.stdout
    out = run("stats", "--db", paths[0], "--learner", "learner0", "--pack", str(mini_pack_path), "--json")
    stats = json.loads(out.stdout)
    assert stats["seen"] == 9 and len(stats["forecast"]) == FORECAST_DAYS
    out = run("stats", "--db", paths[0], "--learner", "nobody", "--pack", str(mini_pack_path))
    assert out.returncode == 1 and "no learner 'nobody'" in out.stderr


def test_right_after_a_session_the_weakest_cards_tell_a_failed_card_from_a_known_one(mini_pack, store, clock):
    """Recall "now" is 100% for every card just reviewed, so a card failed a minute ago showed as strong as one
    known well; the weakest cards are ranked by recall a week ahead."""
    study_days(mini_pack, store, clock, 3)  # every card known
    failed = mini_pack.cards[-1]
    session = StudySession(mini_pack, store, "ann", clock=clock, scheduling=Scheduling(fuzz=False))
    for card in mini_pack.cards:
        session.answer("no idea at all" if card is failed else RIGHT[card.id], card)
    progress = learner_progress(store, session.learner_id, mini_pack, clock())
    first, *others = progress.weakest
    assert first.card_id == failed.id
    assert first.recall < 0.8 and all(first.recall < other.recall for other in others)
