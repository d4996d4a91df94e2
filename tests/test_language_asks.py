"""`Language.asks`: a line that asks a question, told from an answer offered with a question mark."""

from __future__ import annotations

import pytest

from studybot.core.language import language

ROWS = [
    ("en", "when was the town founded?", True),
    ("en", "Did exports fall?", True),
    ("en", "and the port handled how much?", True),
    ("en", "tell me about the harbour", True),
    ("en", "October 2019?", False),
    ("en", "the Sun?", False),
    ("en", "Marta Olsen?", False),
    ("ru", "Когда был основан город?", True),
    ("ru", "Было ли это в 1991 году?", True),
    ("ru", "Назовите три причины", True),
    ("ru", "8 декабря 1991?", False),
    ("ru", "Ельцин?", False),
    ("ru", "из чего сначала делали лекарство?", True),  # the other cases of "что"
    ("ru", "Чем лечили до того?", True),
    ("ru", "к чему это привело?", True),
    ("ru", "в чём была причина?", True),
    ("ru", "в чем была причина?", True),
    ("ru", "больше, чем в 1990?", False),  # a comparison offered with a question mark
]


@pytest.mark.parametrize(("code", "line", "asks"), ROWS)
def test_asks(code, line, asks):
    assert language(code).asks(line) is asks
