"""A point that says what someone wanted, hoped, meant or tried to do ("the merchants wanted to open trade with the
islands", "купцы хотели наладить торговлю с островами") answers a question of purpose ("why did the ships sail
east?", "зачем корабли пошли на восток?") by what they wanted: the aim said alone, "to open trade with the islands",
"opening trade with the islands", "чтобы наладить торговлю с островами", "наладить торговлю с островами", makes it.
Only for a question of purpose (a question what they did is not answered by what they wanted), and only the verb of
wanting and what stands before it are left out; negation and the rest are checked as the point's. Rules of English and
Russian, no word of a text."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["aims_wanted"]

_PURPOSE_ASKED = {
    "en": re.compile(r"\b(?:why|what\s+for|(?:purpose|aim|goal|intention)s?)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:зачем|почему|для\s+чего|ради\s+чего|с\s+какой\s+целью|цел[ьию])(?!\w)", re.IGNORECASE),
}
_WANTED = {
    "en": re.compile(r"\b(?:wanted|wants|wished|hoped|intended|meant|aimed|planned|tried|sought|wanting|hoping|"
                     r"intending|aiming|planning|trying|seeking)\s+to\s+(?P<aim>[^\W\d_].*)$", re.IGNORECASE),
    # a verb of wanting, then an infinitive ("хотели наладить", "стремился получить", "пытались найти")
    "ru": re.compile(r"(?<!\w)(?:хоте(?:л|ла|ли|ло)|хоч(?:ет|у)|хотя?т|желал[аио]?|стремил(?:ся|ась|ись|ось)|"
                     r"намеревал(?:ся|ась|ись|ось)|надеял(?:ся|ась|ись|ось)|планировал[аио]?|"
                     r"собирал(?:ся|ась|ись|ось)|пытал(?:ся|ась|ись|ось)|старал(?:ся|ась|ись|ось))\s+"
                     r"(?P<aim>[^\W\d_]+(?:ть|ти|чь)(?:ся|сь)?(?!\w).*)$", re.IGNORECASE),
}
_NEGATED = {"en": re.compile(r"\b(?:not|never|n't|no)\b", re.IGNORECASE), "ru": re.compile(r"(?<!\w)(?:не|ни)(?!\w)")}


@lru_cache(maxsize=4096)
def aims_wanted(point: str, prompt: str, code: str) -> tuple[str, ...]:
    """The aim a point says was wanted, as a wording of its own, when the prompt asks for a purpose; or none (a
    point that negates before its aim, "they did not want to ...", keeps its whole wording)."""
    asked, wanted, negated = _PURPOSE_ASKED.get(code), _WANTED.get(code), _NEGATED.get(code)
    if asked is None or wanted is None or negated is None or not asked.search(prompt):
        return ()
    m = wanted.search(point)
    if m is None or negated.search(point[:m.start()]):
        return ()
    return (m["aim"].strip(),)
