"""`studybot report --suggest` as an instructor uses it after editing the pack (instructor8's findings):
a wrong answer the pack now accepts, or one the card's own right examples list, is never proposed as a
mistake; one the examples list but the grader fails is proposed as an accepted wording and flagged."""

from __future__ import annotations

import pytest
import yaml

from studybot.core.packs import load_pack

from .cli import edited_mini_pack, run
from .conftest import MINI_PACK
from .test_items import build_class


@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    # learners 7-9 answer "Maria Olsson" for the harbour master, graded wrong by the pack they studied
    return [str(p) for p in build_class(tmp_path_factory.mktemp("class"), load_pack(MINI_PACK))]


def _edited(tmp_path, old: str, new: str):
    return edited_mini_pack(tmp_path, old, new, "mini-edited.yaml")[0]


def _suggested(tmp_path, databases, pack) -> dict:
    patch = tmp_path / "suggest.yaml"
    result = run("report", *databases, "--pack", str(pack), "--suggest", str(patch))
    assert result.returncode == 0, result.stderr
    return {c["id"]: c for c in yaml.safe_load(patch.read_text(encoding="utf-8"))["cards"]}


def test_an_answer_the_pack_now_accepts_is_not_proposed_as_a_mistake(tmp_path, databases):
    pack = _edited(tmp_path, "    answer: Marta Olsen\n", "    answer: Marta Olsen\n    accept: [Maria Olsson]\n")
    cards = _suggested(tmp_path, databases, pack)
    proposed = [m["match"] for m in cards.get("harbour-master", {}).get("mistakes", [])]
    assert ["maria olsson"] not in proposed
    assert "fish-exports" in cards  # other wrong answers are still proposed


def test_a_right_example_the_grader_failed_is_proposed_as_accepted_and_flagged(tmp_path, databases):
    pack = _edited(tmp_path, "right: [marta olsen, Martha Olsen, Olsen]",
                   "right: [marta olsen, Martha Olsen, Olsen, Maria Olsson]")
    cards = _suggested(tmp_path, databases, pack)
    card = cards["harbour-master"]
    assert [m["match"] for m in card.get("mistakes", [])] == []
    assert [a.casefold() for a in card["accept"]] == ["maria olsson"]
    text = run("report", *databases, "--pack", str(pack)).stdout
    assert "⚠ graded wrong 3 times for an answer its own right examples list" in text
    line = next(x for x in text.splitlines() if x.startswith("harbour-master "))
    assert line.rstrip().endswith("ambiguous?")


def _class_answering_1_2_3(tmp_path, pack, learners: int) -> list[str]:
    """The databases of a class whose learners each answer every card of `pack` right, but the order card
    "1 2 3" (as the app shows its items)."""
    from studybot.core.scheduling import Scheduling
    from studybot.core.session import StudySession
    from studybot.core.store import Store

    from .conftest import FixedClock
    from .test_session import RIGHT

    databases = []
    for n in range(learners):
        db = tmp_path / f"learner{n}.db"
        store = Store.open(db)
        session = StudySession(pack, store, f"learner{n}", clock=FixedClock(), scheduling=Scheduling(fuzz=False))
        for _ in range(len(pack.cards)):
            card = session.next_card()
            session.answer("1 2 3" if card.id == "build-order" else RIGHT[card.id], card)
        store.close()
        databases.append(str(db))
    return databases


def test_an_order_cards_numbers_are_not_read_as_its_examples(tmp_path):
    # the examples number the items as the pack lists them; learners type the numbers of the order shown
    from studybot.core.grading import Grader

    path = _edited(tmp_path, 'right: ["the church, the lighthouse, the bridge"]', 'right: ["1 2 3"]')
    pack = load_pack(path)
    assert not Grader.for_pack(pack).grade(pack.card("build-order"), "1 2 3").correct  # as shown: wrong
    databases = _class_answering_1_2_3(tmp_path, pack, 3)
    result = run("report", *databases, "--pack", str(path), "--json")
    assert result.returncode == 0, result.stderr
    import json

    card = next(c for c in json.loads(result.stdout)["cards"] if c["card"] == "build-order")
    assert card["wrong_answers"] == [{"answer": "1 2 3", "times": 3}]
    assert not any("right examples" in f for f in card["flags"])


def test_an_order_cards_wrong_numbers_are_shown_in_the_items_words(tmp_path):
    # "1 2 3" alone does not tell the instructor what the learners put first: the app scrambles the items
    pack = load_pack(MINI_PACK)
    shown = pack.card("build-order").shown_items
    databases = _class_answering_1_2_3(tmp_path, pack, 2)
    text = run("report", *databases, "--pack", str(MINI_PACK)).stdout
    assert f'wrong: "1 2 3" (2×): {shown[0]} → {shown[1]} → {shown[2]}' in text


def test_a_report_on_databases_none_of_which_can_be_read_says_why(tmp_path):
    # a mistyped name said "these databases hold no progress on any pack yet", as if the learners had not studied
    missing = tmp_path / "alcie.db"
    sheet = tmp_path / "answers.csv"
    sheet.write_text("card,answer,expected\n", encoding="utf-8")
    one = run("report", str(missing))
    assert one.returncode == 1 and "Traceback" not in one.stderr
    assert one.stderr.count("\n") == 1 and f"{missing}: no such progress database" in one.stderr
    assert "no progress on any pack" not in one.stderr
    both = run("report", str(missing), str(sheet))
    assert both.returncode == 1 and both.stderr.count("\n") == 1
    assert "no such progress database" in both.stderr and f"{sheet} is not" in both.stderr
