"""An average a Russian question asks ("какая средняя температура X?", "сколько в среднем ...?") is not answered by
another figure of the same measure: a record, an extreme or one occasion ("там измерили самую низкую температуру,
минус 89 °C") is no average. The passage, or a sentence next to it, must say the average ("средняя", "в среднем");
else the next passage that does, or a decline (`average_unsaid`). A name that says the word ("Средняя Азия") is said by
the passage that names it. A rule of Russian; no word of a text: the adjective and the adverb of an average.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc, Library

__all__ = ["average_unsaid"]

_AVERAGE = re.compile(r"(?<!\w)(?:средн(?:ий|яя|ее|ие|его|ей|ему|им|ими|их|юю|ем)|в среднем)(?!\w)")


def average_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a Russian question asking a figure ask its average, which neither a passage nor a sentence next to it
    says?"""
    if library.words.code != "ru" or not q.wants.numeric or not _AVERAGE.search(q.text):
        return False
    return not any(_AVERAGE.search(normalise(d.text)) for d in (doc, *library.neighbours(doc)))
