"""Every ': ' inside an unquoted value is told in one run (core/packs/yamlsafe.py `_syntax_errors`), not one per run:
two instructors met six feedback values with ": " one run at a time. Each is mended in a copy (its ':' made ';', no
line moving) and the copy read again; another kind of syntax error is told too but ends the search. Invented packs."""

from __future__ import annotations

import pytest

from studybot.core.packs import PackError, load_pack_text, yamlsafe

from .test_packs_every_problem import HEAD, card


def syntax_lines(text: str) -> list[int]:
    with pytest.raises(PackError) as info:
        load_pack_text(text, "pack.yaml")
    assert all("YAML syntax" in p.message for p in info.value.problems), info.value.problems
    return [p.line for p in info.value.problems]


COLON = "Check the year: it was earlier."
CASES = [
    # (cards, the lines told)
    ([card(1, explanation=COLON)], [14]),
    ([card(1, explanation=COLON), card(2), card(3, explanation=COLON)], [14, 25]),
    ([card(1, explanation=COLON), card(2, prompt="Ratio: what is it?", explanation="Note: once: twice")],
     [14, 18, 20, 20]),
    ([card(n, explanation=COLON) for n in range(1, 7)], [14, 20, 26, 32, 38, 44]),
    # another kind of error after a colon's: told, and the reading stops there
    ([card(1, explanation=COLON), card(2, prompt='"An open quote?'), card(3, explanation=COLON)], [14, 18]),
]


@pytest.mark.parametrize(("cards", "lines"), CASES)
def test_every_colon_inside_a_value_in_one_run(cards: list[str], lines: list[int]) -> None:
    assert syntax_lines(HEAD + "".join(cards)) == lines


@pytest.mark.parametrize(("cards", "lines"), CASES[:4])
def test_without_libyaml_too(cards: list[str], lines: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsafe, "_CLoader", None)
    assert syntax_lines(HEAD + "".join(cards)) == lines


def test_the_search_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsafe, "_SYNTAX_TOLD", 3)
    assert syntax_lines(HEAD + "".join(card(n, explanation=COLON) for n in range(1, 7))) == [14, 20, 26]


def test_a_mended_file_that_reads_tells_only_its_syntax_errors() -> None:
    # the mended copy reads but is no pack (a missing answer): only the colon is told, never the copy's problems
    assert syntax_lines(HEAD + card(1, answer="", explanation=COLON)) == [13]
