"""A law or a treaty dated by the year in its name (English): "when was the Clean Air Act passed?" is answered by
"The Clean Air Act 1956 banned ...", though the passage never says "passed": an act's, a treaty's or a code's year
written right after its name is the year it was made. Only a verb of making such a text ("passed", "adopted",
"signed", "enacted", "introduced") is read so: "when was the act repealed?" asks another event, which the name's year
does not date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc
    from .words import Words

__all__ = ["dated_by_name"]

# verbs of making a law, a treaty, a code, in every form a question says them
_MAKING = frozenset(("pass passed passes adopt adopted adopts enact enacted enacts sign signed signs introduce "
                     "introduced introduces approve approved approves issue issued issues ratify ratified ratifies "
                     "conclude concluded concludes make made makes draw drawn drew write wrote written create created "
                     "establish established").split())
_YEAR = r"(?:1[0-9]|20)\d\d(?![\d,.]\d)"


def dated_by_name(q: Question, doc: Doc, relation: tuple[Unit, ...], words: Words) -> bool:
    """Does a passage date what a "when was X made?" question asks by a year written right after X's name ("the
    Clean Air Act 1956"), the question asking nothing else of X than a verb of making it (`_MAKING`)? English only."""
    if words.lang.code != "en" or not q.wants.dated or not relation or any(u.text not in _MAKING for u in relation):
        return False
    names = [u for u in q.units if u.name]
    if not names:
        return False
    last = names[-1].text.split()[-1]  # the name's last word, as the passage writes it before the year
    return re.search(rf"\b{re.escape(last)}\s+{_YEAR}\b", doc.text, re.IGNORECASE) is not None and all(
        u.strong & doc.keys for u in names)
