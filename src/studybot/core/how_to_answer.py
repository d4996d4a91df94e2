"""What studybot says in the pack's language: how to type the answer (the line under a question is read
as part of the question) and the tutor's own sentences around what it quotes from the text (a learner of a
Russian pack reads "В тексте об этом не говорится.", not "The text does not cover that."). What the app
says about the study (verdicts, hints, the summary) is in `core.wording`; keys and commands stay English.
Shared by the app, the tutor and the Anki export, so each says it the same way; a language without a table
here is spoken to in English."""

from __future__ import annotations

from typing import Literal

__all__ = ["HOW_TO", "TUTOR_SAYS", "TutorSaying", "points_text", "tutor_says"]

HOW_TO = {
    "en": {"choice": "(type a letter or the option)", "order": "(type the numbers in the right order, e.g. 2 1 3)",
           "blanks": "(type the blanks in order, separated by commas)", "blank": "(type the missing words)"},
    "ru": {"choice": "(введите букву или вариант)", "order": "(введите номера в правильном порядке, например 2 1 3)",
           "blanks": "(впишите пропуски по порядку через запятую)", "blank": "(впишите пропущенное)"},
}

TutorSaying = Literal["decline", "nearest", "no_reason", "ask"]

# decline: the text has nothing on the question; nearest: before the titles of the sections that come close;
# no_reason: before what the text says when a "why" finds no reason in it; ask: the question has no words
TUTOR_SAYS: dict[str, dict[TutorSaying, str]] = {
    "en": {"decline": "The text does not cover that.", "nearest": "Nearest topics it does cover:",
           "no_reason": "The text gives no reason for that. What it says:",
           "ask": "Ask me something about the text."},
    "ru": {"decline": "В тексте об этом не говорится.", "nearest": "Ближайшие темы, о которых в нём говорится:",
           "no_reason": "Причины этого текст не называет. Вот что в нём сказано:",
           "ask": "Спросите меня о чём-нибудь из текста."},
}


def tutor_says(saying: TutorSaying, language: str = "en") -> str:
    """The tutor's own sentence `saying` in the pack's `language` (English when it has none here)."""
    return TUTOR_SAYS.get(language, TUTOR_SAYS["en"])[saying]


def points_text(need: int, language: str = "en") -> str:
    """"(give 2 points)", "(назовите 2 пункта)": how many points a list or explain card wants."""
    if language != "ru":
        return f"(give {need} {'point' if need == 1 else 'points'})"
    tens, ones = need % 100, need % 10
    noun = "пунктов" if 11 <= tens <= 14 else "пункт" if ones == 1 else "пункта" if 2 <= ones <= 4 else "пунктов"
    return f"(назовите {need} {noun})"
