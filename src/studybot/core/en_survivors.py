"""English: a death toll said by who lived (issue #11; the grader's reading, `preparing.read`): "no one who caught it
survived" is "everyone who caught it died", "almost nobody survived the winter" "almost everyone died the winter",
"hardly anyone survived" "almost everyone died", so a point "the fever killed almost everyone it struck" is made by
them as by "almost everyone died".

Only the words of none ("no one", "nobody", "none"; "hardly anyone", "barely anybody": almost none), before
"survived" in their clause (a few words between: "no one in the village survived"); "few survived" (how few is not
said) and "no one lived there" (dwelling) are left as said. General English, no word of a text."""

from __future__ import annotations

import re

__all__ = ["survivors_as_deaths"]

_NONE_SURVIVED = re.compile(
    r"\b(?:(almost|nearly|virtually|practically) )?(no one|no-one|noone|nobody|none|(?:hardly|barely|scarcely) "
    r"(?:anyone|anybody))\b((?: [^\W\d_,;.]+){0,5}?) (survived|survive|survives)\b")
_DIED = {"survived": "died", "survive": "die", "survives": "dies"}


def _deaths(m: re.Match[str]) -> str:
    almost = "almost " if m.group(1) or m.group(2).startswith(("hardly", "barely", "scarcely")) else ""
    return f"{almost}everyone{m.group(3)} {_DIED[m.group(4)]}"


def survivors_as_deaths(text: str) -> str:
    """`text` (normalised English) with none surviving ("no one survived") said as all dying ("everyone died")."""
    if "surviv" not in text:
        return text
    return _NONE_SURVIVED.sub(_deaths, text)
