""""О чём писали ...?": a Russian question that asks what something was about is answered by a passage whose verb says
it ("Люди писали о долгах, торговле ..."), before one that only repeats the verb ("На бересте не писали чернилами").

"О чём" / "про что" with a verb ("о чём писали?", "о чём рассказывает X?", "про что говорили?") asks for the topic
of the saying, and Russian gives a topic by "о" / "об" / "обо" / "про" after the verb (or what was said, by "что":
"рассказывали, что ..."): of the passages that answer the question, one in which a form of the question's verb has
such a word within the next words comes first.
Nothing is dropped, and when no answering passage says the verb with a topic the order stays ("о чём договорились
X?" may be answered by "договорились стать ..."). Rules of Russian (its question words, its prepositions of a topic,
what is a verb by its ending: `verbs_ru`), no word of a text; other languages' questions never match."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .verbs_ru import is_verb_form

if TYPE_CHECKING:
    from .analysis import Question
    from .ranking import Scored
    from .words import Words

__all__ = ["topic_first"]

_ASKS = re.compile(r"^\W*(?:(?:о|об|обо)\s+ч[её]м|про\s+что)\b")
_TOPIC = frozenset(("о", "об", "обо", "про", "что"))  # ... or what was said: "рассказывали, что ..."
REACH = 2  # words after the verb in which its topic's preposition stands ("писали в письмах о долгах")


def topic_first(q: Question, tried: list[Scored], words: Words, answering: Callable[[Scored], bool]) -> list[Scored]:
    """The candidates, those that say the question's verb with a topic first when one answers (`answering`)."""
    if not _ASKS.match(q.text):
        return tried
    verbs = [u.strong for u in q.units if is_verb_form(u.text)]
    if not verbs:
        return tried

    def says_topic(r: Scored) -> bool:
        tokens = words.tokens(r.doc.text)
        return any(words.lang.stem(w) in keys and _TOPIC & set(tokens[i + 1:i + 1 + REACH + 1])
                   for i, w in enumerate(tokens) for keys in verbs)

    first = [r for r in tried if says_topic(r) and answering(r)]
    return first + [r for r in tried if r not in first] if first else tried
