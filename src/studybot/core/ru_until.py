"""A Russian clause of "until" ("пока не" opening a clause of its own) denies nothing: "нефть поднимается, пока не
упрётся в непроницаемый слой" says the layer stops it, as "поднимается и упирается в слой" does; the "не" of such a
clause is no negation (it is "expletive": "ждали, пока не пришёл приказ" says the order came). Read as "пока" without
"не" where "пока не" follows a comma, a dash or "до тех пор": there it opens the clause. "Пока не" inside its clause
is "not yet" and stays denied ("вакцину пока не создали": none made), as does "пока ещё не", and so does a word
after it that is no verb's present or past ("нефть, пока не добытая, лежит": a participle, not yet extracted). A
rule of Russian syntax, no word of a text."""

from __future__ import annotations

import re

__all__ = ["until_said"]

# a verb's present or past ("упрется", "наступит", "пришел", "растаяли")
_VERB = r"[^\W\d_]+(?:[еиуюая]т|л[аои]?)(?:ся|сь)?(?!\w)"
# "..., пока не упрётся", "... — пока не", "до тех пор, пока не", "до тех пор пока не", before such a verb. Not after
# a verb with the comma left out ("плыла пока не доплыла"): too many nouns end as verbs do ("комитет пока не принял",
# not yet)
_UNTIL = re.compile(rf"(?:,\s*|(?<=\s)[-—–]\s+|(?<!\w)до тех пор,?\s+)пока не (?={_VERB})")


def until_said(text: str) -> str:
    """`text` (normalised Russian) with the "не" of a clause of "until" taken out ("..., пока не упрётся": "...,
    пока упрётся")."""
    return _UNTIL.sub(lambda m: m.group(0)[:-3], text) if "пока не" in text else text
