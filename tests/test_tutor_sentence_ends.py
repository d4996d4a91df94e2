"""Where a paragraph of the notes goes on (`tutor.passages.join_lines`): a line that opens with a dash goes on with
a sentence the line before leaves open; after a line that ends a sentence or announces a list, and inside a list, it
is a list item. Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.tutor.passages import join_lines


@pytest.mark.parametrize(("text", "expected"), [
    ("Первым договор о торговле подписал совет города Ласк, а через неделю\n— городской совет Мерва.",
     ["Первым договор о торговле подписал совет города Ласк, а через неделю — городской совет Мерва."]),
    ("The first lock on the canal opened in May 1802, and the second\n– in June.",
     ["The first lock on the canal opened in May 1802, and the second – in June."]),
    ("Виды мельниц:\n— водяные;\n— ветряные.", ["Виды мельниц:", "— водяные;", "— ветряные."]),
    ("— водяные\n— ветряные", ["— водяные", "— ветряные"]),  # items of a list, each without a stop
    ("The mill ground rye.\n— It also sawed wood.", ["The mill ground rye.", "— It also sawed wood."]),
])
def test_a_line_opening_with_a_dash_goes_on_with_an_open_sentence(text, expected):
    assert join_lines(text) == expected
