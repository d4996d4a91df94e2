"""A person asked of by the whole name is not answered by a passage about another of the same surname.

"Когда родился Сергей Третьяков?" is not answered by "Павел Михайлович Третьяков — московский купец, родившийся в
1832 году", nor "when was Abigail Adams born?" by "John Adams was born in 1735": the question writes a given name right
before the surname, and the passage writes the surname right after another given name (a patronymic or an initial
between them aside) and never the one asked: it tells of a namesake (a brother, a wife, a son). Both given names must
be words the pack reads as people's (`names.NameBook.persons`), so a name of a thing ("the Adams Prize") or a word
opening a sentence decides nothing. Not asked of "who ...?": a namesake may be the answer ("who passed Washington
Roebling's orders on?": "his wife, Emily Warren Roebling"). The next passage that answers and tells of no namesake is
taken (`telling`), else the tutor declines. A rule of names written given name first (English, Russian); no word of
a text.

Tried and left out (round 56): to "who ...?", the other words of the name of a person the question names ("Denis" in
"Major Denis Mahon" for "who killed Major Mahon?", "инженер Павел" before "Роттерт"), a role right before them too,
and countries ("Ireland" of "Young Ireland"), taken as no new person (`supplying.new_people`): development declined +1,
answered +1 -2, fresh development answered -1 ("кто открыл закон Бернулли?" is answered by "Даниил Бернулли": the
name asked may be the answer's own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc, Library

__all__ = ["namesake_told"]


def namesake_told(q: Question, doc: Doc, library: Library) -> bool:
    """Does a passage write the surname of a person a question names in full ("Сергей Третьяков") after another given
    name ("Павел Михайлович Третьяков"), and not the given name asked?"""
    if q.wants.person:
        return False  # "who passed Washington Roebling's orders on?": "his wife Emily Roebling", a namesake, answers
    words, persons = library.words, library.names.persons
    asked = [words.name_stem(t) for t in WORD.findall(q.text)]
    full = {(given, surname) for given, surname in zip(asked, asked[1:], strict=False)
            if given in persons and surname in persons and given != surname}
    if not full:
        return False
    said = [words.name_stem(t) for t in words.tokens(doc.text) if not _middle(t, words.tw.patronymic_endings)]
    for given, surname in full:
        if given in said:
            continue
        if any(st == surname and i > 0 and said[i - 1] in persons and said[i - 1] != given and said[i - 1] not in asked
               for i, st in enumerate(said)):
            return True
    return False


def _middle(token: str, patronymics: tuple[str, ...]) -> bool:
    """Is a word one written between a given name and a surname: an initial ("J."), a patronymic ("Михайлович")?"""
    return len(token) == 1 or (bool(patronymics) and token.endswith(patronymics))
