"""Words written as they are heard, misspellings of the language's own sounds read as the words they spell. Tried
only on an answer found wrong.

- A verb's "-тся"/"-ться" written "-ца" ("уменьшица", "кажеца", "получаеца"; not a noun after a figure, "три
  месяца", nor after a consonant, where only a noun has it: "Солнца", "сердца", "молодца"), and a present's "-ется" /
  "-ются"
  written with the infinitive's soft sign ("повышаеться", "поднимаються": after a vowel no infinitive ends so).
- A comparative's "-еннее" written with one "н" ("медленее", "откровенее" for "медленнее", "откровеннее"): the
  doubled letter is not heard (not "менее", whose "-енее" follows one letter only).
- An English noun's "-sion" / "-tion" written "-shun" as it is said ("extenshun", "relashun", "stashuns"): "-sion"
  after "l", "n", "r" ("compulsion", "tension", "version"), "-tion" elsewhere ("relation"), a slip of one letter
  at worst, which the grader's typo rules forgive in a long word. No English word ends so but "shun" itself and
  its compounds ("outshun"), and the ending needs four letters before it.
"""

from __future__ import annotations

import re

__all__ = ["as_spelt"]

_HEARD = re.compile(r"(?<=[а-яё]{2}[аеёиоуыэюя])(?:тц|тьц|ц)а\b")
_SOFT_SIGN = re.compile(r"(?<=[а-яё]{2}[аеёиоуяю])(е|ю)ться\b")
_ONE_N = re.compile(r"(?<=[а-яё]{3})енее\b")
_SHUN = re.compile(r"(?<=[a-z]{3})([a-z])shun(s?)\b", re.IGNORECASE)


def _said_shun(m: re.Match[str]) -> str:
    before = m.group(1)
    return before + ("sion" if before.lower() in "lnr" else "tion") + m.group(2)


_WORD_BEFORE = re.compile(r"(\S+)\s+[а-яё]*$")
# the figures a noun in the genitive singular follows ("три месяца", "2 месяца", "полтора месяца", "оба отца")
_FEW = frozenset("два две три четыре полтора полторы оба обе".split())


def _counted(text: str, end: int) -> bool:
    """Is the word whose "-ца" ends before `end` counted by the word before it ("три месяца", "2 месяца": a noun
    after a figure, no verb)?"""
    before = _WORD_BEFORE.search(text[:end])
    return before is not None and (before.group(1)[-1:].isdigit() or before.group(1).casefold() in _FEW)


def as_spelt(answer: str, code: str) -> str | None:
    """The answer with its "-ца" verb endings written "-тся", "-еться" / "-ються" after a vowel "-ется" / "-ются" and
    "-енее" "-еннее"; in English "-shun" as "-sion" / "-tion"; or None (no such spelling)."""
    if code == "en":
        spelt = _SHUN.sub(_said_shun, answer) if "shun" in answer.lower() else answer
        return spelt if spelt != answer else None
    if code != "ru" or not ("ца" in answer or "ться" in answer or "енее" in answer):
        return None
    spelt = _HEARD.sub(lambda m: m.group(0) if _counted(answer, m.start()) else "тся", answer) if "ца" in answer \
        else answer
    spelt = _SOFT_SIGN.sub(r"\1тся", spelt) if "ться" in spelt else spelt
    spelt = _ONE_N.sub("еннее", spelt) if "енее" in spelt else spelt
    return spelt if spelt != answer else None
