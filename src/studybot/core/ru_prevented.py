"""Russian: not letting a thing happen is preventing it (read before words are compared). "не допустить эпидемий" is
"предотвратить эпидемии", so a purpose that the thing not be ("чтобы не было эпидемий", `grading.aims`) and the verb
of preventing ("предотвратить эпидемии") both meet it. Only "допустить" / "допускать" with "не" before it, and not
of a mistake ("не допустил ошибки" is "не ошибся", `ru_light_verbs`, read first). General words of the language, no
word of a text."""

from __future__ import annotations

import re

__all__ = ["not_allowed_said"]

# "не допустить" in each form -> the same form of "предотвратить" / "предотвращать"
_FORMS = {"допустить": "предотвратить", "допустил": "предотвратил", "допустила": "предотвратила",
          "допустило": "предотвратило", "допустили": "предотвратили", "допустит": "предотвратит",
          "допустят": "предотвратят", "допустив": "предотвратив", "допускать": "предотвращать",
          "допускает": "предотвращает", "допускают": "предотвращают", "допускал": "предотвращал",
          "допускала": "предотвращала", "допускало": "предотвращало", "допускали": "предотвращали",
          "допуская": "предотвращая"}
_NOT_ALLOWED = re.compile(r"(?<!\w)не (" + "|".join(_FORMS) + r")(?!\w)(?! ошиб| промах| просчет)")


def not_allowed_said(text: str) -> str:
    """A normalised Russian text with "не допустить X" said "предотвратить X"."""
    return _NOT_ALLOWED.sub(lambda m: _FORMS[m.group(1)], text) if "не допу" in text else text
