"""Words a spoken question opens with that carry nothing asked: "and who was X?", "but why did Y fall?", "ok, so
when ...?", "а что такое X?", "ну а сколько ...?". People type them as they talk, following on from what they just
read; the question is what follows. They are taken off only when a question word (or, in English, an auxiliary
that opens a yes/no question) follows, so "so-called X" or "and" inside a title is never touched."""

from __future__ import annotations

import re

_OPENERS = {
    "en": r"and|but|so|ok|okay|well|then|also|now|oh|hmm+|right|alright|anyway|and so|and then|but then|ok so|okay so",
    "ru": r"а|и|но|ну|так|ну а|а вот|и вот|ну и|а ещё|а еще|и ещё|и еще|кстати|тогда|а тогда|так а",
}
_ASKING = {
    "en": r"who|whom|whose|what|what's|which|when|where|why|how|is|are|was|were|did|does|do|can|could|has|have|had|"
          r"will|would|should",
    # a preposition may come first: "а в каком году ...?", "а с кем ...?"
    "ru": r"(?:(?:в|во|на|с|со|о|об|от|к|ко|по|до|из|за|для|при|у|под|над|между|после|перед|через)\s+)?"
          r"(?:кто|кого|кому|кем|ком|что|чего|чему|чем|чём|когда|где|куда|откуда|почему|зачем|отчего|как\w*|каков\w*|"
          r"котор\w*|сколько|насколько|чей|чья|чьё|чье|чьи|чьих|чьим|чьей)",
}
_OPENING = {code: re.compile(rf"^\W*(?:(?:{words})\b[\s,.:;!-]*)+(?=(?:{_ASKING[code]})\b)", re.IGNORECASE)
            for code, words in _OPENERS.items()}


def without_opener(question: str) -> str:
    """The question without the spoken words it opens with ("and who was X?": "who was X?"); as typed otherwise.
    Either language's openers are read whatever the pack's language (an English question on a Russian pack); the
    two share no letters."""
    for pattern in _OPENING.values():
        question = pattern.sub("", question, count=1)
    return question
