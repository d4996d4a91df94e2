"""What a learner may type instead of an answer, recognised before any grading: a request in words
("skip", "I don't know", "hint", "why", "quiz me on trade", in English or Russian) and a line that asks
for help (a lone "?"). Read by `studybot.conversation`; the phrases are the language's, never a pack's.
"""

from __future__ import annotations

import re

from .core.text import normalise

__all__ = ["SAYINGS", "SAYINGS_RU", "asks_for_help", "said"]

# What a learner may say instead of an answer, for F1 and /help (the tutor recognises
# "hint", "why" and the like, and "quiz me on <topic>"; the phrases below are ours).
SAYINGS = ("hint", "skip", "I don't know", "show me the answer", "why", "what's due", "quiz me on <topic>")
SAYINGS_RU = ("подсказка", "пропустить", "не знаю", "покажи ответ", "почему", "проверь меня по <теме>")
_SKIP = re.compile(r"(?:skip|next|pass)(?: (?:it|this|this one|the question|question|please))*|"
                   r"(?:пропусти(?:ть|те)?|пропуск|дальше|следующий|следующий вопрос)"
                   r"(?: (?:его|этот|вопрос|пожалуйста))*")
_REVEAL = re.compile(
    r"(?:i )?(?:don'?t|do not|dont) (?:know|remember)|idk|(?:i )?dunno|(?:i have )?no idea|(?:i )?give up|no clue|"
    r"pass on this|(?:i'?m |i am )?not sure|(?:i )?(?:forgot|can'?t remember|cannot remember)|"
    r"(?:please )?(?:show|tell|give) me(?: the)? answer(?: please)?|show(?: the)? answer|"
    r"what(?: is|'s) the answer|reveal(?: the answer)?|"
    # the same in Russian, as `normalise` leaves it ("ё" is "е")
    r"(?:я )?(?:не знаю|не помню|забыл|забыла)|без понятия|понятия не имею|(?:я )?сдаюсь|не уверен|не уверена|"
    r"(?:покажи(?:те)?|скажи(?:те)?|какой|каков) (?:мне )?(?:правильный )?ответ(?: пожалуйста)?|"
    r"(?:пожалуйста )?(?:покажи(?:те)?|скажи(?:те)?) (?:мне )?ответ")


def said(line: str) -> str | None:
    """The command a line says in words ("skip", "show", or one the tutor recognises:
    "hint", "why", "due", "quiz"), else None."""
    text = " ".join(re.findall(r"[\w']+", normalise(line).replace("’", "'")))
    if _SKIP.fullmatch(text):
        return "skip"
    if _REVEAL.fullmatch(text):
        return "show"
    from .core.tutor.intents import match_intent

    found = match_intent(text)
    if found is None:
        return None
    return {"explain": "why"}.get(found[0], found[0])


_HELP = re.compile(r"[?？¿]")


def asks_for_help(line: str) -> bool:
    """Whether a line is a learner asking what to do ("?", "??", "?!"): question marks and nothing said, which is
    neither an answer nor a question about the text."""
    return bool(_HELP.search(line)) and not re.search(r"\w", line)
