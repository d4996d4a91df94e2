"""Russian: not letting a thing happen is preventing it (read before words are compared). "не допустить эпидемий" is
"предотвратить эпидемии", so a purpose that the thing not be ("чтобы не было эпидемий", `grading.aims`) and the verb
of preventing ("предотвратить эпидемии") both meet it. Only "допустить" / "допускать" with "не" before it, and not
of a mistake ("не допустил ошибки" is "не ошибся", `ru_light_verbs`, read first). General words of the language, no
word of a text."""

from __future__ import annotations

import re

__all__ = ["not_allowed_said"]

# "не допустить" / "не допускать" in each form, said as the same form of "предотвратить" / "предотвращать"
_FORMS = ("допустить", "допустил", "допустила", "допустило", "допустили", "допустит", "допустят", "допустив",
          "допускать", "допускает", "допускают", "допускал", "допускала", "допускало", "допускали", "допуская")
_NOT_ALLOWED = re.compile(r"(?<!\w)не (" + "|".join(_FORMS) + r")(?!\w)(?! ошиб| промах| просчет)")


def not_allowed_said(text: str) -> str:
    """A normalised Russian text with "не допустить X" said "предотвратить X"."""
    return _NOT_ALLOWED.sub(_prevented, text) if "не допу" in text else text


def _prevented(m: re.Match[str]) -> str:
    form = m.group(1)  # (the perfective's stem "допуст-" or the imperfective's "допуска-", then the ending)
    return "предотврат" + form[6:] if form.startswith("допуст") else "предотвраща" + form[7:]
