"""Russian: not letting a thing happen is preventing it. A point "чтобы не допустить эпидемий" is made by a purpose
that the thing not be ("чтобы не было эпидемий") and by the verb of preventing ("чтобы предотвратить эпидемии"); not by
a purpose that it be, nor of another thing. "не допустил ошибки" is left to the light verbs ("не ошибся"). Invented
quarantine yard."""

from __future__ import annotations

import pytest

from studybot.core.ru_prevented import not_allowed_said
from tests.cards import point_made

PROMPT = "Зачем в Верске построили карантинный двор?"


@pytest.mark.parametrize(("given", "made"), [
    ("чтобы не было эпидемий", True),
    ("чтобы эпидемий не было", True),
    ("чтобы предотвратить эпидемии", True),
    ("чтобы не допустить эпидемий", True),
    ("чтобы были эпидемии", False),
    ("чтобы не было пожаров", False),
])
def test_not_letting_is_preventing(given: str, made: bool) -> None:
    assert point_made(PROMPT, "чтобы не допустить эпидемий", given, "ru") is made


@pytest.mark.parametrize(("text", "read"), [
    ("чтобы не допустить эпидемий", "чтобы предотвратить эпидемий"),
    ("власти не допускали вспышек", "власти предотвращали вспышек"),
    ("он не допустил ошибки", "он не допустил ошибки"),
    ("допустить ошибку", "допустить ошибку"),
])
def test_the_phrase_read(text: str, read: str) -> None:
    assert not_allowed_said(text) == read
