"""Who did it, by the place of the doer (Russian): a point that opens with a party right before its verb ("Трепов
приказал высечь заключённого", "Орвия подняла пошлины") is not made by an answer that puts another party right before
that verb, where it makes the point, and names the point's party nowhere in that clause ("Засулич приказала высечь
заключённого, а присяжные сочувствовали Трепову"): for names whose case their ending does not tell (a surname in
"-ич", a name the aliases rewrite), where `parties.party_replaced` reads no role. The other party must be a subject
there: no preposition before it, and an ending that may be the nominative ("Тельмарию победила Орвия" keeps the
roles). Russian only: English names are read by `parties`' word order. Only the order of words and the pack's parties
are read: no word of any text.
"""

from __future__ import annotations

import re

from .. import wordnet
from ..matching import Prepared
from .parties import Parties, same_party, slot

__all__ = ["doer_elsewhere", "party_elsewhere", "subject_replaced"]


def _opening_name(point: Prepared, parties: Parties) -> tuple[list[int], int] | None:
    """The positions of a name that opens a clause of the point, and of the word right after it (its verb), or None."""
    content = point.content()
    for at, i in enumerate(content):
        if at and point.clauses[content[at - 1]] == point.clauses[i] or not parties.is_party(point.words[i],
                                                                                                point.stems[i]):
            continue  # (a clause's first content word only)
        span = [i]
        while span[-1] + 1 in content and point.clauses[span[-1] + 1] == point.clauses[i] \
                and parties.is_party(point.words[span[-1] + 1], point.stems[span[-1] + 1]):
            span.append(span[-1] + 1)
        verb = span[-1] + 1
        if verb in content and point.clauses[verb] == point.clauses[i]:
            return span, verb
    return None


def _may_be_subject(got: Prepared, k: int, parties: Parties) -> bool:
    """No preposition before the word, and an ending that may be the nominative, or none that says (a person's name
    is read in the form its aliases give, whatever case was typed: "Орлова" is "игорь орлов")."""
    role = slot(got, k)
    if role is None or role == "":
        return True
    return role.startswith("=") and ("nom" in role[1:].split() or parties.person(got.stems[k]))


def subject_replaced(point: Prepared, got: Prepared, positions: tuple[int, ...], parties: Parties) -> bool:
    """Does the answer, where it makes the point, put another party right before the verb the point's opening party
    stands before, and name the point's party nowhere in that clause?"""
    opening = _opening_name(point, parties) if point.lang.code == "ru" else None
    if opening is None:
        return False
    span, verb = opening
    pool = tuple(j for j in positions if j in got.content())
    found, j = got.find_word(point.stems[verb], point.words[verb], pool) if pool else (-1, -1)
    if found < 0 and pool and len({got.clauses[h] for h in pool}) == 1:
        # the verb left unmatched, a word the question gives ("играл" asked "почему проиграл"), said in the one
        # clause that makes the point, before its words
        found, j = got.find_word(point.stems[verb], point.words[verb], tuple(
            h for h in got.content() if got.clauses[h] == got.clauses[pool[0]] and h < min(pool)))
    k = j - 1
    if found < 0 or k < 0 or got.clauses[k] != got.clauses[j] or k not in got.content() \
            or not parties.is_party(got.words[k], got.stems[k]) or not _may_be_subject(got, k, parties):
        return False
    mine = {point.stems[i] for i in span}
    clause = [h for h in got.content() if got.clauses[h] == got.clauses[j]]
    # (the point's party named there too: its role is read by `parties`)
    return not any(got.stems[h] in mine or any(same_party("ru", st, got.stems[h]) for st in mine) for h in clause)


def party_elsewhere(point: Prepared, got: Prepared, positions: tuple[int, ...], parties: Parties) -> bool:
    """Did the answer take the name a point (or a wording of it) opens with from another clause than the one that
    says its verb, where another party, a word the point does not say, opens that clause right before the verb ("Сокол
    вели с Земли, а Кречетом управляли автоматы; Сокол работал годами" for "Кречет работал годами"; "the Falcon ...,
    while the Kestrel ...; the Falcon worked for years" for "the Kestrel worked for years")? Any language: the
    clauses and the order of words are the answer's ("the landowners, who controlled parliament": "parliament" is
    the point's own word)."""
    if len({got.clauses[j] for j in positions}) < 2:
        return False  # (made in one clause; asked first: `Parties.is_party` remembers a stem as first met)
    opening = _opening_name(point, parties)
    if opening is None:
        return False
    span, verb = opening
    mine, code = {point.stems[i] for i in span}, got.lang.code
    pool = tuple(j for j in positions if j in got.content())
    found, j = got.find_word(point.stems[verb], point.words[verb], pool) if pool else (-1, -1)
    k = j - 1
    if found < 0 or k < 0 or got.clauses[k] != got.clauses[j] or k not in got.content() \
            or got.stems[k] in point.stems or any(same_party(code, st, got.stems[k]) for st in mine) \
            or any(h < k and got.clauses[h] == got.clauses[k] for h in got.content()):
        return False  # (the other party opens its clause, as a subject does: "; Сокол работал", "а Сокол работал")
    named = [h for h in positions if any(same_party(code, st, got.stems[h]) for st in mine)]
    return bool(named) and all(got.clauses[h] != got.clauses[j] for h in named) \
        and parties.is_party(got.words[k], got.stems[k]) and _may_be_subject(got, k, parties)


def _opens(got: Prepared, k: int, point_stems: frozenset[str]) -> bool:
    """Does the word at `k` open its clause: only function words before it there, the conjunction that opens it
    ("because the water ...", "потому что вода ..."), or words the point says too (the rest of its name: "the hot
    spot", "горячая точка")?"""
    breaks = got.lang.lex.clause_breaks
    return all(h not in got.content() or got.stems[h] in point_stems or got.words[h] in breaks
               for h in range(k) if got.clauses[h] == got.clauses[k])


_RU_ADJECTIVE = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ыми", "ими")


_MODALS = frozenset("can could will would must should may might".split())


def _qualifier(word: str, code: str, ends: tuple[str, ...] = ()) -> bool:
    """Is a word an adjective ("higher", "внешний"): by its ending in Russian, by WordNet in English, or a people's
    adjective (`ends`: "Telmarian")?"""
    if code == "ru":
        return word.endswith(_RU_ADJECTIVE)
    if len(word) >= 6 and word.endswith(ends):
        return True
    return bool(wordnet.base_forms(word, "a")) and not wordnet.base_forms(word, "n") \
        and not wordnet.base_forms(word, "v")


def _owner(point: Prepared, i: int) -> bool:
    """Is word i written as an English possessor ("the element's", "the elements'")? Prepared words drop the "'s"."""
    owner = rf"(?<!\w){re.escape(point.words[i])}(?:['’]s|(?<=s)['’])(?!\w)"
    return re.search(owner, point.written, re.IGNORECASE) is not None


def doer_elsewhere(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """A point that opens with its doer right before its verb ("the glacier fills the valley", "плита движется над
    точкой"; a noun maybe after its adjective: "горячий вихрь стоит") is not made where the answer says that verb
    in a clause another thing opens right before it (maybe after its conjunction: "because the water fills ..."), and
    says the point's doer only in another clause, which it opens: "the river fills the valley, while the glacier cuts
    only its floor"; "точка перемещается, а плита стоит" (the doer and another thing exchanged across two clauses).
    Not where the doer's clause leaves its verb out, nor in a comparison. English and Russian, any thing
    (`subject_replaced` reads names): only the order of words and the clauses."""
    content, code = point.content(), got.lang.code
    if len(content) < 3 or any(point.clauses[h] == point.clauses[content[0]] for h in range(content[0])
                               if h in content):
        return False
    described = content[2] == content[1] + 1 == content[0] + 2 \
        and len({point.clauses[i] for i in content[:3]}) == 1 and _qualifier(point.words[content[0]], code)
    if described:
        content = content[1:]  # a doer of a noun and its adjective: "горячий вихрь стоит"
    if content[1] != content[0] + 1 or point.clauses[content[1]] != point.clauses[content[0]]:
        return False
    d, v = content[0], content[1]
    if _owner(point, d):
        return False  # a possessor is no doer: "each element's lines have ..." is said of the lines
    if point.words[v] in point.lang.lex.symmetric or point.direction() or code not in ("en", "ru") \
            or v + 1 < len(point.words) and point.words[v + 1] in _MODALS:
        return False  # (a comparison is read by `comparing`; "its supplies can ...": a noun before a modal)
    pool = tuple(j for j in positions if j in got.content())
    found, j = got.find_word(point.stems[v], point.words[v], pool) if len(pool) >= 2 else (-1, -1)
    stems = frozenset(point.stems[i] for i in point.content())
    if found < 0:  # the verb said with another word: the one word that made the point and is none of the point's
        others = [h for h in pool if got.stems[h] not in stems]
        found, j = (0, others[0]) if len(others) == 1 and len(pool) >= 3 else (-1, -1)
    k = j - 1
    if found < 0 or k < 0 or k not in got.content() or got.clauses[k] != got.clauses[j] \
            or got.lang.word_match(point.stems[d], got.stems[k]) >= 0 or not _opens(got, k, stems):
        return False
    doers = [h for h in got.content() if got.lang.word_match(point.stems[d], got.stems[h]) >= 0]
    # the point's doer with a verb of its own there, a word the point does not say; no verb left out ("Henry wanted
    # the crown and Richard the lands", "а Иван земли")
    acting = [h for h in doers if _opens(got, h, stems) and h + 1 in got.content()
              and got.clauses[h + 1] == got.clauses[h] and got.stems[h + 1] not in stems
              and got.lang.word_match(point.stems[v], got.stems[h + 1]) < 0]
    return bool(acting) and all(got.clauses[h] != got.clauses[j] for h in doers) \
        and (got.stems[k] in stems or any(h in pool for h in doers)) \
        and (described or not _qualifier(point.words[d], code, ("ian", "ean", "ese")))  # ("new cells form",
    # "Telmarian ships")
