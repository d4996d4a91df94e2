"""Russian "стал" before an infinitive is "начал": "крестьяне стали уходить в города" says what "крестьяне начали
уходить в города" does, and "государство стало само выпускать деньги" what "начало само выпускать деньги" does (a
word may stand between the verb and its infinitive). So the past forms of "стать" before an infinitive are read as
those of "начать". Only the past: "станет строить" is a future ("будет строить"); not "стал" with no infinitive after
(it became: "стал крупнейшим"), nor before a word of state ("стало возможно строить": it became possible), "бы"
("стал бы строить": he would), or after a preposition ("из стали делать": of steel). Before a comparative of how
often or how much ("стали чаще ставить") the verb is left out: "ставили чаще" says the change. A rule of Russian, no
word of a text."""

from __future__ import annotations

import re

__all__ = ["began_said_became"]

_BEGAN = {"стал": "начал", "стала": "начала", "стало": "начало", "стали": "начали"}
# words of state and "бы" between the verb and an infinitive: the verb is one of becoming or of a condition there
_NOT_BETWEEN = frozenset("бы можно нужно надо возможно невозможно необходимо нельзя трудно легко сложно проще легче "
                         "труднее выгодно невыгодно опасно безопасно пора ясно понятно известно принято удобно "
                         "интересно важно".split())
# a comparative of how often or how much between them: the change is the comparative's, the verb of beginning adds
# nothing ("стали чаще ставить" is "ставили чаще", "стали меньше пахать" "пахали меньше")
_HOW_OFTEN = frozenset("чаще реже больше меньше".split())
_PREPOSITIONS = frozenset("из от для без до у из-за вместо кроме".split())
_INFINITIVE = r"[а-яё]+(?:ть|ться|ти|тись|чь|чься)"
_PHASE = re.compile(r"(?:\b([а-яё-]+)\s+)?\b(стал[аои]?)\s+(?:([а-яё]+)\s+)?(?=" + _INFINITIVE + r"\b)")


def _began(m: re.Match[str]) -> str:
    before, verb, between = m.group(1), m.group(2), m.group(3)
    if before in _PREPOSITIONS or between in _NOT_BETWEEN:
        return m.group(0)
    if between in _HOW_OFTEN:  # "стали чаще ставить": "чаще ставить", as "ставили чаще" says
        return m.group(0)[:m.start(2) - m.start(0)] + m.group(0)[m.start(3) - m.start(0):]
    return m.group(0)[:m.start(2) - m.start(0)] + _BEGAN[verb] + m.group(0)[m.end(2) - m.start(0):]


def began_said_became(text: str) -> str:
    """`text` (normalised Russian) with "стал" before an infinitive read as "начал"."""
    return _PHASE.sub(_began, text) if "стал" in text else text
