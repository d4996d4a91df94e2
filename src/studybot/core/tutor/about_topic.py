"""What someone said (thought, wrote) about a topic, asked in English: "what did the mayor say about the toll?" is
answered by a sentence that tells of the toll, not by one telling the mayor's words on something else under a
section whose title names the toll ("The mayor called the new bridge a waste of money." in "Bridges and the toll").
The topic is what follows "about" after a verb of saying or thinking; the passage must say a word of it itself (a
form, a synonym, an alias), or go on about it by its opening pronoun (`otherwise.said_before`). A rule of English
word order; no word of a text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .otherwise import said_before
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc, Library

__all__ = ["topic_unsaid"]

_ABOUT = re.compile(r"\b(?:say|says|said|saying|think|thinks|thought|write|writes|wrote|written|tell|tells|told|"
                    r"feel|feels|felt|claim|claims|claimed|argue|argues|argued)\b(?:\s+[\w'’-]+){0,3}?\s+about\s+"
                    r"(?P<topic>.+)$")


def topic_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a passage leave unsaid the topic of an English question asking what someone said (thought, wrote) about
    it (see the module)?"""
    words = library.words
    if words.code != "en" or (m := _ABOUT.search(q.text)) is None:
        return False
    said = WORD.findall(m.group("topic"))
    stems = {words.stem(w) for w in said} | {words.name_stem(w) for w in said}
    topic = [u for u in q.units if not u.light and (u.stem in stems or u.stems & stems or u.strong & stems)]
    return bool(topic) and not any((u.strong | u.weak) & doc.keys or said_before(doc, u, library) for u in topic)
