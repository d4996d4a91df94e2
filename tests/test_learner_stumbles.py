"""What a learner still stumbled on in learner3's findings (11, 12, 17 and the Anki export of 7),
checked in the app (Pilot) and on the command line, on packs written here about a made-up island."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from studybot.core.session import SessionOptions
from studybot.tui.app import build_app
from studybot.tui.screens import ProgressScreen

from .test_app import answer, bubbles, started, wait_for
from .test_interop import open_apkg

ISLAND = """\
format: 1
id: vell
title: A made-up island
language: en
sections:
  - id: land
    title: The land
    notes: |
      The island of Vell is covered in craters.
      Its first charter was signed in 863.
      Vell's springs carry sulfide ions.
cards:
  - id: surface
    section: land
    kind: short
    prompt: What covers the surface of Vell?
    answer: craters
    mistakes:
      - match: [holes]
        feedback: They are craters, made by impacts, not holes.
  - id: charter
    section: land
    kind: date
    prompt: When was Vell's first charter signed?
    answer: "863"
    date: "0863"
    precision: year
  - id: springs
    section: land
    kind: short
    prompt: What do Vell's springs carry?
    answer: sulfide ions
"""

ISLAND_RU = """\
format: 1
id: vell-ru
title: Выдуманный остров
language: ru
sections:
  - id: land
    title: Остров
    notes: |
      Остров Велл покрыт кратерами. На нём есть горячие источники и старая крепость.
cards:
  - id: sights
    section: land
    kind: list
    prompt: Что есть на острове Велл?
    answer: кратеры; горячие источники; крепость
    keypoints:
      - point: кратеры
      - point: горячие источники
      - point: крепость
    need: 2
"""


@pytest.fixture
def island(tmp_path) -> Path:
    path = tmp_path / "vell.yaml"
    path.write_text(ISLAND, encoding="utf-8")
    return path


def judged(verdict: str) -> str:
    """The verdict's "How it was judged" line."""
    return next(line for line in verdict.splitlines() if "How it was judged" in line)


async def test_the_known_mistake_comes_first_and_no_likeness_figure_is_shown(island, db_path, clock):
    """Finding 11: "no accepted wording matched (closest 33%); matches the known mistake 'holes'"
    hid the reason behind a figure; "closest 96%" read as nearly right."""
    app = build_app(island, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        assert "surface of Vell" in bubbles(app, "tutor")[-1]
        await answer(pilot, app, "holes")
        line = judged(bubbles(app, "wrong")[-1])
        assert line.strip().startswith("How it was judged: matches the known mistake 'holes'")
        assert "%" not in line and "closest" not in line
        assert "charter" in bubbles(app, "tutor")[-1]
        await answer(pilot, app, "863")
        assert await wait_for(pilot, lambda: bubbles(app, "right"))
        assert "springs" in bubbles(app, "tutor")[-1]
        await answer(pilot, app, "sulfite ions")  # letters close to "sulfide ions", and still wrong
        line = judged(bubbles(app, "wrong")[-1])
        assert line.strip() == "How it was judged: no accepted wording matched"


async def test_a_year_before_1000_is_shown_as_written(island, db_path, clock):
    """Finding 12: "How it was judged: '863' matches 0863" showed the pack's zero-padded year."""
    app = build_app(island, db_path, "ann", clock=clock, options=SessionOptions(section="land"))
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "holes")
        await pilot.press("ctrl+t")  # the first hint on the year card
        assert await wait_for(pilot, lambda: bubbles(app, "hint"))
        assert bubbles(app, "hint") == ["Hint: in the 860s"]
        await answer(pilot, app, "863")
        assert await wait_for(pilot, lambda: bubbles(app, "right"))
        line = judged(bubbles(app, "right")[-1])
        assert line.strip() == "How it was judged: '863' matches 863"


def test_grade_still_gives_the_instructor_the_figure(island):
    """`studybot grade` is the instructor's view: the likeness figure stays, after the verdict."""
    done = subprocess.run([sys.executable, "-m", "studybot", "grade", str(island), "springs", "sulfite ions"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert "How it was judged: no accepted wording matched\n" in done.stdout
    assert "  · the nearest accepted wording is " in done.stdout and "% alike in its letters" in done.stdout
    assert done.stdout.count("no accepted wording matched") == 1  # not said twice


async def test_the_summary_and_progress_say_what_is_left_as_the_header_does(mini_pack_path, db_path, clock):
    """Finding 17: after /end the summary said "20 cards still to study today" while Progress said
    "1 due now · 1 new left today"; both now say it as the header does ("N left, M of them learning")."""
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "the mayor")  # wrong: a learning card, due again in a minute
        header = str(app.screen.query_one("#welcome").render())
        assert "card 2 · 8 left, 1 of them learning" in header
        await answer(pilot, app, "/end")
        assert await wait_for(pilot, lambda: bubbles(app, "summary"))
        summary = bubbles(app, "summary")[-1]
        assert "9 left, 1 of them learning: press F2 (or type /go) to go on." in summary
        assert await wait_for(pilot, lambda: "9 left, 1 of them learning" in str(app.screen.query_one("#welcome")
                                                                                   .render()))
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and app.screen.shown >= 1)
        figures = str(app.screen.query_one("#summary").render())
        assert "today: 9 left, 1 of them learning" in figures
        assert "due now" not in figures and "new left today" not in figures


def test_the_anki_export_says_how_to_answer_in_the_packs_language(tmp_path):
    """The deck said "(give 2 points)" under a Russian question; the app says "(назовите 2 пункта)"."""
    pack = tmp_path / "vell-ru.yaml"
    pack.write_text(ISLAND_RU, encoding="utf-8")
    deck = tmp_path / "vell-ru.apkg"
    done = subprocess.run([sys.executable, "-m", "studybot", "export-anki", str(pack), "--out", str(deck)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    [note] = open_apkg(deck.read_bytes(), tmp_path)["notes"]
    assert note["fields"]["Choices"] == "(назовите 2 пункта)"
