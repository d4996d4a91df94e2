"""tools/lexical_tables.py: the per-use parts merged into one table per language, on made-up parts; and the shipped
tables read as those parts would be (each part's notice kept)."""

from __future__ import annotations

from types import ModuleType

import pytest

from studybot.core import wordnet, wordnet_ru
from tests.tools_loading import load_tool


def _merger() -> ModuleType:
    return load_tool("lexical_tables")


GRADER = "# grader's part\n# Source: a made-up lexicon, licence A\n# Lines: WORD <tab> ...\nrise\tv=arise\tv=fall\t\t\n"
RELATED = "# related part\n# Source: licence A again\n# Lines: ...\npay\tearn,give\tcompensate\nrise\t\tascend\n"
KINDS = "# kinds part\n# Lines: ...\nswift\tfast,quick\ta\n"


def test_english_parts_merge_into_one_line_per_word_in_their_fields() -> None:
    text = _merger().merge_en(GRADER, RELATED, KINDS)
    rows = wordnet.parse(text)
    assert rows == {"pay": "\t\t\t\tearn,give\tcompensate", "rise": "v=arise\tv=fall\t\t\t\tascend",
                    "swift": "\t\t\t\t\t\tfast,quick\ta"}
    notice = text.split("\n# Lines:")[0]
    for kept in ("# grader's part", "licence A", "licence A again", "# kinds part"):
        assert kept in notice
    assert text.count("\n# Lines:") == 1  # the parts' own notes of their lines give way to the merged one


def test_russian_parts_merge_into_their_fields_and_trailing_empty_ones_are_left_off() -> None:
    text = _merger().merge_ru("# wiktionary\nспеш\tv=тороп\n", "# thesaurus\nспеш\tv=гнал\nбег\tv=мча\n",
                              "# wide\nшаг\tn=ступ\n", "# related\nдуб\tn=дерев\n")
    assert wordnet_ru.parse(text) == {"бег": "\tv=мча", "спеш": "v=тороп\tv=гнал", "шаг": "\t\tn=ступ",
                                      "дуб": "\t\t\tn=дерев"}


def test_a_part_of_more_fields_or_a_repeated_word_is_refused() -> None:
    merger = _merger()
    with pytest.raises(ValueError, match="at most 1"):
        merger.merge_ru("спеш\tv=тороп\tv=гнал\n", "", "", "")
    with pytest.raises(ValueError, match="repeated"):
        merger.merge_ru("спеш\tv=тороп\nспеш\tv=гнал\n", "", "", "")
