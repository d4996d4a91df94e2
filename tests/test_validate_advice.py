"""`studybot validate` on an example the grader judges otherwise says why in the grader's words (which option,
items or blank it could not read, which figure) and advises what the card's kind has: no `accept` for a choice,
cloze or order card, which has no such field; a mistake for a wrong example the grader accepts. Invented packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from studybot.core.validate import check_pack

HEAD = "format: 1\nid: t\ntitle: T\nsections:\n  - id: s\n    title: S\n    notes: A note.\ncards:\n"
CARDS = {
    "choice": ("    kind: choice\n    prompt: Which metal rusts?\n    options: [Iron, Gold, Platinum]\n"
               "    answer: Iron\n    examples: {right: [the one in steel], wrong: [Gold]}\n"),
    "order": ("    kind: order\n    prompt: Put the meals in order.\n    items: [breakfast, lunch, dinner]\n"
              "    examples: {right: ['morning meal, midday meal, evening meal'],\n"
              "               wrong: ['lunch, breakfast, dinner']}\n"),
    "cloze": ("    kind: cloze\n    text: The kettle boils at {{100}} degrees at {{sea level}}.\n"
              "    examples: {right: ['100, the coast'], wrong: ['90, sea level']}\n"),
    "short": ("    kind: short\n    prompt: What does a kettle heat?\n    answer: water\n"
              "    examples: {right: [the clear liquid], wrong: [tea]}\n"),
    "wrong": ("    kind: short\n    prompt: What does a kettle heat?\n    answer: water\n"
              "    examples: {right: [water], wrong: [hot water]}\n"),
}
SAID = {
    "choice": ("(choice: no single option recognised)", "in the pack's aliases or synonyms"),
    "order": ("(order: recognised 0 of 3 items)", "pairs each part of the answer with the item"),
    "cloze": ("(cloze: blank 2: the coast)", "as an alternative of the blank ({{answer|other wording}})"),
    "short": ("is listed as right but the grader marks it wrong", "add its wording to the card's accept"),
    "wrong": ("is listed as wrong but the grader marks it right", "add a mistake that matches it"),
}


@pytest.mark.parametrize("kind", sorted(CARDS))
def test_an_example_judged_otherwise_is_told_why_and_what_its_kind_can_change(tmp_path: Path, kind: str):
    path = tmp_path / "pack.yaml"
    path.write_text(HEAD + "  - id: c\n    section: s\n    explanation: Why.\n" + CARDS[kind], encoding="utf-8")
    _, problems = check_pack(path)
    [error] = [p.message for p in problems if p.severity == "error"]
    why, what = SAID[kind]
    assert why in error and what in error, error
    if kind in ("choice", "order", "cloze"):
        assert "accept" not in error  # a field these kinds do not have
