"""The sections a decline names as near topics (`Ranker.nearest`): those with a passage that covers
`Weights.nearest_coverage` of the question and says `Weights.nearest_units` of its units, and that are about what the
question names.

A passage covering much of a question with two of its words is near it ("when did Orla Finn open the mill?" and "Tobit
Grey opened the mill at Karrow" share "open" and "mill"); when the question names things the pack knows (a person, a
place, a thing), its section is near only when it names one of them, in its title or in a passage the search found
for the question: a section that never names Orla Finn is no topic near a question about her. A name every passage
shares (the pack's own subject, a light word) does not count. Rules of any language; no word of a text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Library
    from .ranking import Scored
    from .weights import Weights

__all__ = ["names_near", "near_sections"]


def near_sections(q: Question, ranked: list[Scored], library: Library, w8: Weights) -> list[str]:
    """Ids of the sections whose passages come close to answering a question and that name what it names."""
    needed, out = min(w8.nearest_units, len(q.units)), list[str]()
    for r in ranked:
        sid = r.doc.section_id
        if sid is None or sid in out or r.coverage < w8.nearest_coverage:
            continue
        if sum(1 for u in q.units if u.strong & r.doc.keys) >= needed and names_near(q, sid, ranked, library):
            out.append(sid)
        if len(out) == w8.max_nearest:
            break
    return out


def names_near(q: Question, section: str, ranked: list[Scored], library: Library) -> bool:
    """Does a section name one of the things a question names that the pack knows (or does it name none)?"""
    known = library.df.keys()
    named = [u for u in q.units if u.name and not u.light and u.strong & known]
    if not named:
        return True
    said = set(library.section_keys.get(section, frozenset()))
    for r in ranked:
        if r.doc.section_id == section:
            said.update(r.doc.keys)
    return any((u.strong | u.weak) & said for u in named)
