"""A choice answered with a list of things of which the option chosen is one: "draining, ploughing and terracing" for
the option "Its terracing" names two things the option does not, and a teacher reads no choice of that option in
it, any more than in "terracing or draining". The answer is a list when it joins items of one word each (beside the
question's words, an article, "it was") by commas and a last "and" ("и"): "closure, reopening and expansion", "it
was closed, reopened and expanded"; an item of more words may say more of another ("expansion, and the port grew
larger"), and any other word may make a clause of its own: such an answer is left alone. An item is the option's
when its word is the option's (by stem, with its slips), and another thing when it is not; the question's own words
said again name no thing of the list ("the mill: draining and terracing"). An option that is itself a list
("Draining and terracing") is chosen by its own items. A rule of how a list is read, for both languages; no word of
a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["other_items"]

# the last item's joining word: "and", "и" (one of the clause breaks, which also end an item)
_AND = {"en": frozenset(["and"]), "ru": frozenset(["и"])}
# the only other words a listed thing may come with: an article, "it was" of a list of deeds ("it was closed,
# reopened and then expanded"); a Russian list names each thing by its word alone
_WITH = {"en": frozenset("a an the it its they their was were is are had has been then".split()),
         "ru": frozenset()}


def other_items(option: Prepared, got: Prepared, asked: frozenset[str]) -> str | None:
    """The first item of an answer's list (`_items`) that names another thing than the option it is nearest to,
    when another item is the option's; None when the answer is no list or all its items are the option's."""
    ands = _AND.get(got.lang.code, frozenset())
    if not any(w in ands for w in got.words) or any(w in ands for w in option.words) \
            or got.negated() or got.quantities:
        return None
    items = _items(got)
    content = set(got.content())
    pieces: dict[int, list[int]] = {}
    joints = ands | _WITH.get(got.lang.code, frozenset())
    for j, item in enumerate(items):
        if j in content and got.stems[j] not in asked:
            pieces.setdefault(item, []).append(j)
        elif j not in content and got.words[j] not in joints:
            return None  # ("expansion, so that trade grew": a clause of its own, no list of things)
    if len(pieces) < 2 or any(len(p) != 1 for p in pieces.values()):
        return None  # (an item with no word of its own, "and then", "the mill", names none of the list's things)
    theirs = [option.stems[i] for i in option.content()]
    lang = got.lang

    def of_option(j: int) -> bool:
        return any(lang.word_match(got.stems[j], st) >= 0 for st in theirs)

    mine = [k for k, p in pieces.items() if any(of_option(j) for j in p)]
    others = [k for k, p in pieces.items() if not any(of_option(j) for j in p)]
    if not mine or not others:
        return None
    return " ".join(got.words[j] for j in pieces[others[0]])


def _items(got: Prepared) -> list[int]:
    """The item of a list each word of an answer is in: a new one after each comma, semicolon or joining word ("and",
    "и", "then": the answer's clauses)."""
    out, item = [], 0
    for k in range(len(got.words)):
        item += bool(k) and got.clauses[k] != got.clauses[k - 1]
        out.append(item)
    return out
