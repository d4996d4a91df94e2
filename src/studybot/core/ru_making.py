"""Russian making a thing so, said by the verb of making it so: "соль делает клейковину крепче" is "соль укрепляет
клейковину", "делает сплав прочнее" "укрепляет сплав", "сделали дорогу шире" "расширили дорогу", "делает процесс
медленнее" "замедляет процесс". So a form of "делать" / "сделать", its object (one to three words) and a comparative
that ends the clause (or before a function word) are read as that verb and its object, where nothing is compared: not
before a second term ("делает тесто крепче бетона", "сделали дорогу шире, чем ..."). The imperfective "делает" gives
the imperfective verb, the perfective "сделал" the perfective, so Snowball and the aspect pairs (`ru_families`) meet
the verb in any of its forms. Never "больше" / "меньше" ("делает больше ошибок" says how much is done, not what grows).
A rule of Russian, no word of a text (becoming so, "стал крепче", is `ru_becoming`)."""

from __future__ import annotations

import re

__all__ = ["MADE_SO", "made_said_by_verb"]

# a comparative and the verb of making so: (imperfective, perfective), each in the third person / past
_VERBS = {"сильнее": ("усиливает", "усилил"), "слабее": ("ослабляет", "ослабил"), "крепче": ("укрепляет", "укрепил"),
          "прочнее": ("укрепляет", "укрепил"), "быстрее": ("ускоряет", "ускорил"),
          "медленнее": ("замедляет", "замедлил"), "дешевле": ("удешевляет", "удешевил"),
          "дороже": ("удорожает", "удорожил"), "лучше": ("улучшает", "улучшил"), "хуже": ("ухудшает", "ухудшил"),
          "шире": ("расширяет", "расширил"), "глубже": ("углубляет", "углубил"), "длиннее": ("удлиняет", "удлинил"),
          "легче": ("облегчает", "облегчил"), "проще": ("упрощает", "упростил"), "сложнее": ("усложняет", "усложнил"),
          "мягче": ("смягчает", "смягчил"), "плотнее": ("уплотняет", "уплотнил"), "чище": ("очищает", "очистил"),
          "богаче": ("обогащает", "обогатил"), "точнее": ("уточняет", "уточнил"), "острее": ("обостряет", "обострил"),
          "выше": ("повышает", "повысил"), "ниже": ("понижает", "понизил")}
MADE_SO = frozenset(_VERBS)  # the comparatives read so (`ru_comparatives` leaves them as they are)
_MAKE = {"делает": 0, "делают": 0, "делал": 0, "делала": 0, "делало": 0, "делали": 0, "делать": 0, "делая": 0,
         "сделает": 1, "сделают": 1, "сделал": 1, "сделала": 1, "сделало": 1, "сделали": 1, "сделать": 1,
         "сделав": 1}
# what may follow where nothing is compared: the clause's end, or a conjunction, a preposition, a particle
_AFTER = "и а но или да в во на после из за с со к ко по при благодаря же уже тоже также еще вдвое втрое".split()
# the object: one to three words, none of them a conjunction or a word of comparing
_WORD = r"(?!(?:и|а|но|или|чем|как|не)\s)[^\W\d_]+"
_MAKING = re.compile(rf"\b({'|'.join(_MAKE)})\s+((?:{_WORD}\s+){{1,3}}?)({'|'.join(_VERBS)})"
                     rf"(?=\s*$|\s*[,.;:!?)]|\s+(?:{'|'.join(_AFTER)})\b)")


def made_said_by_verb(text: str) -> str:
    """`text` (normalised Russian) with "делает тесто крепче" read as "укрепляет тесто" where nothing is compared."""
    if "дела" not in text:
        return text
    return _MAKING.sub(lambda m: f"{_VERBS[m.group(3)][_MAKE[m.group(1)]]} {m.group(2).strip()}", text)
