"""Posts said with a qualifier: "prime minister" is not "foreign minister", "vice president" not "president of
the board", "генеральный секретарь" not "первый секретарь". A question that names a post with the word that
qualifies it (the content word right before a role word, `TutorWords.role_words`) is not answered by a passage
that names the same role qualified by another word and never says the question's qualifier. A passage that names
the role bare ("Bidault became minister") is left to coverage. General language: the words come from the
question and the passage, never from a list of one text's posts.

A deputy holds another post: "who was the minister of trade?" is not answered by "Ola Brandt, the deputy minister of
trade, ...", nor "кто был министром торговли?" by "Брандт, товарищ (заместитель) министра торговли, ...", when the
passage says the post only after a word that makes it a deputy's ("deputy", "vice", "assistant", "заместитель",
"товарищ", "вице", "помощник"; "under" right before "secretary" or "sheriff", where it is no preposition: not "under
President Lincoln"; `deputy_only`) and the question puts none before it. Rules of English and Russian word order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import Words

if TYPE_CHECKING:
    from collections.abc import Set

    from .analysis import Question, Unit
    from .documents import Doc, Library

__all__ = ["named_around", "names_asked", "other_post", "owner_only", "post_said"]


# how a language writes the word that qualifies a post: in English after a determiner or a name ("the prime
# minister", "Italy's prime minister", "the Soviet Foreign Minister"; not "became emperor", "crowned himself
# Emperor"), in Russian as an adjective ("генеральный секретарь"; not "стал императором")
_DETERMINERS = {"en": frozenset("the a an his her its their our my your this that s".split())}
_ADJECTIVE_ENDINGS = {"ru": ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым",
                             "им", "ом", "ем", "ую", "юю", "ей", "ых", "их", "ыми", "ими")}


def _qualifies(tokens: list[str], i: int, words: Words, skip: frozenset[str]) -> bool:
    """Is the word at `i` one that qualifies the role after it, in the way its language writes one (a name of
    the question or a person is none: "the French minister" is a minister)?"""
    word, code, names = tokens[i], words.lang.code, words.name_stems
    if not word.isalpha() or word in words.stop or words.stem(word) in skip:
        return False
    if code in _ADJECTIVE_ENDINGS:
        return word.endswith(_ADJECTIVE_ENDINGS[code])
    before = tokens[i - 1] if i > 0 else ""
    return before in _DETERMINERS.get(code, frozenset()) or words.stem(before) in names


def _qualifiers(tokens: list[str], role: str, words: Words, skip: frozenset[str]) -> set[str]:
    """The stems of the words that qualify each use of a role (by stem) in `tokens` (none for a role said bare)."""
    return {words.stem(tokens[i - 1]) for i in range(1, len(tokens))
            if words.stem(tokens[i]) == role and _qualifies(tokens, i - 1, words, skip)}


def other_post(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage name a post the question qualifies ("prime minister") only qualified otherwise ("the Foreign
    Minister"), without the question's qualifier anywhere in it; or a post the question names only as a deputy's
    (`deputy_only`)?"""
    if deputy_only(doc, q, words):
        return True
    roles = [u for u in q.units if u.stem in words.role_stems and not u.name]  # "deputy governor": two roles
    if not roles:
        return False
    asked = words.tokens(q.text)
    names = frozenset(st for u in q.units if u.name for st in (u.stems or {u.stem})) | doc.persons
    units = {u.stem: u for u in q.units}
    text = words.tokens(doc.text)
    for role in roles:
        for st in _qualifiers(asked, role.stem, words, names):
            qualifier = units.get(st)
            if qualifier is None or qualifier.name or (qualifier.strong | qualifier.weak) & doc.keys:
                continue  # the question's qualifier is said (or is no unit of it)
            if _qualifiers(text, role.stem, words, names):
                return True  # the passage qualifies the role otherwise
    return False


# the words before a post that make it a deputy's (stems of the language's own: "deputy minister", "the Under
# Secretary", "vice-president", "заместитель министра", "товарищ министра", "вице-премьер", "помощник министра")
_DEPUTIES = {"en": frozenset({"deputy", "vice", "assistant"}),
             "ru": frozenset({"заместител", "товарищ", "вице", "помощник", "зам"})}
_DEPUTY_REACH = 2  # words before a post that may make it a deputy's ("товарищ (заместитель) министра")
# "under" makes a deputy's post of "secretary" and "sheriff" only, right before it ("the Under Secretary of State",
# "under-sheriff"); elsewhere it is a preposition: "under President Lincoln" names the president
_UNDER = {"en": frozenset({"secretary", "secretaries", "sheriff", "sheriffs"})}


def deputy_only(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage say a post the question names bare ("the minister") only as a deputy's ("the deputy minister",
    "товарищ министра")? A question asking of the deputy ("who was the deputy minister?") is answered so."""
    deputies = _DEPUTIES.get(words.lang.code)
    if not deputies:
        return False
    asked, text = words.tokens(q.text), words.tokens(doc.text)
    roles = {st for u in q.units for st in (u.stems or {u.stem}) if st in words.role_stems} - deputies
    for role in roles:
        said = _uses(text, role, words)
        if said and not any(_deputy(asked, i, words, deputies) for i in _uses(asked, role, words)) and all(
                _deputy(text, i, words, deputies) for i in said):
            return True
    return False


def _uses(tokens: list[str], role: str, words: Words) -> list[int]:
    return [i for i, t in enumerate(tokens) if words.stem(t) == role]


def _deputy(tokens: list[str], i: int, words: Words, deputies: frozenset[str]) -> bool:
    """Is the post at `i` said as a deputy's: a deputy's word among the words right before it, or "under" right before
    a post it makes a deputy's ("Under Secretary")?"""
    if i and tokens[i - 1] == "under" and tokens[i] in _UNDER.get(words.lang.code, frozenset()):
        return True
    return any(words.stem(t) in deputies or t in deputies for t in tokens[max(0, i - _DEPUTY_REACH):i])


def names_asked(units: list[Unit], names: Set[str], persons: Set[str], roles: Set[str]) -> bool:
    """Does a question give names of its own ("who is Ada Fenwick?"), other than those that only say which post it
    asks the holder of ("who was the Treasury Secretary?", "who was the prime minister of Norland?": the name next to
    the post's word, no person's name)? A question naming only a post asks for a person, not what its names are."""
    named = [i for i, u in enumerate(units) if u.stem in names]
    posts = {i for i, u in enumerate(units) if u.stem in roles}
    return bool(named) and not (posts and all(units[i].stem not in persons and {i - 1, i + 1} & posts for i in named))


_OWNER = {"en": ("'s", "\u2019s")}  # how a language writes a possessor: "the Queen's government"


def owner_only(text: str, role: str, words: Words) -> bool:
    """Does a passage say a role (by stem) only as the owner of something, after "the" ("the Queen's government",
    "the pope's palace"), which tells nothing of who held it ("King's College" is a name)? Languages with no such
    ending keep every use."""
    endings = _OWNER.get(words.lang.code)
    if not endings:
        return False
    uses = [m for m in re.finditer(r"(?:\b[Tt]he )?[^\W\d_]+(?:['\u2019]s)?", text)
            if words.stem(m.group().split()[-1].casefold().removesuffix("'s").removesuffix("\u2019s")) == role]
    return bool(uses) and all(m.group().endswith(endings) and " " in m.group() for m in uses)  # not "King's College"


def post_said(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage say every post a question names (by any of its keys), not only as an owner (`owner_only`)?"""
    return all((u.strong | u.weak) & doc.keys and not owner_only(doc.text, u.stem, words) for u in q.units
               if u.stem in words.role_stems)


def named_around(doc: Doc, name: Unit, q: Question, library: Library, reach: int) -> bool:
    """Does a sentence around a passage (in its paragraph, `reach` on each side) name what a "who was the first governor
    of X?" question names (X), without the post asked: the passage goes on about X ("... founded the colony of X. ...
    the council chose Y as the first governor"). A sentence naming X with the post tells of that post itself ("No
    Secretary of State had visited"), and the passage after it of another; so does a name that is a post itself."""
    roles = library.words.role_stems
    posts = frozenset(st for u in q.units for st in (u.stems or {u.stem}) if st in roles)  # "Secretary", capitalised
    return not (name.stems or {name.stem}) & roles and any(
        name.strong & n.keys and not posts & n.keys for n in library.neighbours(doc, reach))
