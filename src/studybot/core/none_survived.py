"""Nobody survived is everybody died: "almost no one who caught it survived" is "almost all who caught it died",
"none of the crew survived" "all of the crew died", "hardly anyone survived" "almost all died"; in Russian "почти
никто не выжил" is "почти все погибли", "никто из экипажа не уцелел" "все из экипажа погибли". A denied survival
said by its converse, as a point says it ("almost all died", "it killed nearly everyone"), the way a learner who
says the one means the other. Only "survive" ("выжить", "уцелеть", "спастись") after a word of nobody, with what
the nobody is of (three words at most, or a short relative clause) between; not "few survived" (a few did), nor
"no one lived there" (no survival). General English and Russian, no word of a text. The grader's
(`preparing.read`)."""

from __future__ import annotations

import re

__all__ = ["none_survived"]

_EN = re.compile(
    r"\b(?:(?P<nearly>almost|nearly|virtually|practically) (?:no one|no-one|nobody|none)|(?P<hardly>hardly|scarcely)"
    r" (?:anyone|anybody|any))(?P<of> of (?:the |them|those|its |their )?(?:\w+ ){0,2}?| who \w+(?: \w+)?)? ?"
    r"(?P<verb>survived|survives|survive)\b(?! (?:the|a|an|this|that|it|its|their|his|her)\b)"
    r"|\b(?:no one|no-one|nobody|none)(?P<of2> of (?:the |them|those|its |their )?(?:\w+ ){0,2}?| who \w+(?: \w+)?)?"
    r" ?(?P<verb2>survived|survives|survive)\b(?! (?:the|a|an|this|that|it|its|their|his|her)\b)")
_DIED = {"survived": "died", "survives": "die", "survive": "die"}
_RU = re.compile(r"\b(?P<nearly>почти |практически )?никто(?P<of> из (?:\w+ ){0,2}?)? ?не "
                 r"(?:выжил|выжила|выжили|уцелел|уцелела|уцелели|спасся|спаслась|спаслись)\b")


def _english(m: re.Match[str]) -> str:
    if m.group("verb2"):
        of = (m.group("of2") or " ").rstrip()
        return f"all{of} {_DIED[m.group('verb2')]}"
    of = (m.group("of") or " ").rstrip()
    return f"almost all{of} {_DIED[m.group('verb')]}"


def _russian(m: re.Match[str]) -> str:
    of = (m.group("of") or " ").rstrip()
    return f"{m.group('nearly') or ''}все{of} погибли"


def none_survived(text: str, code: str) -> str:
    """`text` (normalised) with a denied survival said as all dead."""
    if code == "en" and "surviv" in text:
        return _EN.sub(_english, text)
    if code == "ru" and "никто" in text:
        return _RU.sub(_russian, text)
    return text
