"""How to type the answer, said in the pack's language: the line under a question is read as part of
the question (the app's own words, keys and verdicts, stay English). Shared by the app and the Anki
export, so a deck says it as the app does."""

from __future__ import annotations

__all__ = ["HOW_TO", "points_text"]

HOW_TO = {
    "en": {"choice": "(type a letter or the option)", "order": "(type the numbers in the right order, e.g. 2 1 3)",
           "blanks": "(type the blanks in order, separated by commas)", "blank": "(type the missing words)"},
    "ru": {"choice": "(введите букву или вариант)", "order": "(введите номера в правильном порядке, например 2 1 3)",
           "blanks": "(впишите пропуски по порядку через запятую)", "blank": "(впишите пропущенное)"},
}


def points_text(need: int, language: str = "en") -> str:
    """"(give 2 points)", "(назовите 2 пункта)": how many points a list or explain card wants."""
    if language != "ru":
        return f"(give {need} {'point' if need == 1 else 'points'})"
    tens, ones = need % 100, need % 10
    noun = "пунктов" if 11 <= tens <= 14 else "пункт" if ones == 1 else "пункта" if 2 <= ones <= 4 else "пунктов"
    return f"(назовите {need} {noun})"
