"""Who did what: points whose distinguishing words an answer gives each with the other's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..matching import Prepared
from .becoming import becoming_flipped
from .crossed_roles import point_roles_crossed
from .doer_swap import caused_other_way, doer_exchanged
from .doers_taken import taken_by_other
from .figure_words import figure_positions
from .longer_names import inside_longer
from .opposites_swapped import opposites_swapped
from .particles import particle_flipped
from .parties import Covered, Parties, party_kept
from .parties import unless_wrong_party as _unless_wrong_party
from .parties import wrong_party as _wrong_party
from .routes import route_swapped
from .sameness import sameness_contradicted
from .subjects import party_elsewhere, subject_replaced
from .too_for import too_for_crossed

__all__ = ["labelled_clauses", "motion_flipped", "party_kept", "swapped_points", "unless_wrong_party", "wrong_party"]


def wrong_party(point: Prepared, got: Prepared, positions: tuple[int, ...], parties: Parties,
                wordings: Iterable[Prepared], asked: frozenset[str] = frozenset(),
                said: Prepared | None = None) -> bool:
    """`parties.wrong_party`, or another party where the point's opening one stands (`subjects`), or the point's doer
    and another thing it names exchanged (`doer_swap`). `said`: the accepted wording the answer made the point by,
    whose opening party must stand in the clause that makes it (`subjects.party_elsewhere`: "Сокол работал годами"
    for "Кречет работал годами", "Кречетом" in another clause)."""
    wordings = tuple(wordings)
    return _wrong_party(point, got, positions, parties, wordings, asked) or _inside_longer(point, got, positions,
                                                                                           parties, wordings) \
        or subject_replaced(point, got, positions, parties) or doer_exchanged(point, got, positions) \
        or caused_other_way(point, got, positions) or point_roles_crossed(point, got, positions) \
        or too_for_crossed(point, got, positions) or opposites_swapped(point, got, positions) \
        or said is not None and said.text != point.text and party_elsewhere(said, got, positions, parties)


def _inside_longer(point: Prepared, got: Prepared, positions: tuple[int, ...], parties: Parties,
                   wordings: tuple[Prepared, ...]) -> bool:
    """Is a name of the point said, in the clauses that make it, only inside a longer name of the pack
    (`longer_names`: "the DRC lies west" for "the Republic of the Congo lies west")?"""
    names = parties.aliases.names
    right = names(point.words).union(*(names(ref.words) for ref in wordings))
    if not right or not positions:
        return False
    clauses = {got.clauses[j] for j in positions}
    words = [w if got.clauses[k] in clauses else "" for k, w in enumerate(got.words)]
    return bool(inside_longer(words, names(words), right))


def unless_wrong_party(found: Covered, point: Prepared, got: Prepared, parties: Parties,
                       asked: frozenset[str] = frozenset()) -> Covered:
    """`parties.unless_wrong_party`, and not made where another party stands for the point's opening one, or where
    the answer compares what the point says is the same (made without the point's word of it: `sameness`)."""
    found = _unless_wrong_party(found, point, got, parties, asked)
    return (False, "", False, ()) if found[0] and (subject_replaced(point, got, found[3], parties)
                                                    or sameness_contradicted(point, got, found[3])
                                                    or doer_exchanged(point, got, found[3])
                                                    or caused_other_way(point, got, found[3])
                                                    or point_roles_crossed(point, got, found[3])
                                                    or too_for_crossed(point, got, found[3])
                                                    or opposites_swapped(point, got, found[3])) else found


_MOVING: dict[str, frozenset[str]] = {}  # the stems of direction words, per language
SHORT_POINT = 4  # words of its own at most in a point whose pairing with another's is read


def _clause_stems(got: Prepared, places: tuple[int, ...], of: list[int]) -> tuple[set[str], set[str], set[int]]:
    """The stems of the words that made a point, the content stems of the clauses they stand in, and
    those clauses (`of`: the clause of each word)."""
    clauses = {of[j] for j in places}
    return ({got.stems[j] for j in places}, {got.stems[j] for j in got.content() if of[j] in clauses}, clauses)


_LABEL_END = re.compile(r"\s*(?::|\s[-–—]|[–—])\s")  # "first: the nobility", "2-й — Барклай", "1 - A"


def labelled_clauses(got: Prepared) -> list[int]:
    """The clause of each word, a label of one word joined to the clause it labels ("first: nobility, second:
    clergy", "1-й — Барклай, 2-й — Багратион"): what is said of the label is said there."""
    content, out, at, shift = set(got.content()), [], 0, 0
    ends: dict[int, int] = {}  # word -> where it ends in the text
    for j, word in enumerate(got.words):
        found = got.text.find(word, at)
        if found < 0:
            return list(got.clauses)
        at = ends[j] = found + len(word)
    for j, clause in enumerate(got.clauses):
        out.append(clause - shift)
        mates = [k for k in content if got.clauses[k] == clause]
        last = j + 1 == len(got.words) or got.clauses[j + 1] != clause
        if last and mates == [j] and j + 1 < len(got.words) and _LABEL_END.match(got.text, ends[j]):
            shift += 1  # the next clause is this label's
    return out


def swapped_points(points: list[Prepared], places: list[tuple[int, ...]], got: Prepared) -> set[int]:
    """Points made each in a clause that names what tells the other point apart, and nothing of its
    own ("Crassus wanted land, Pompey relief" for "Pompey wanted land" and "Crassus wanted relief";
    "соляная частично, уксусная полностью"): the roles are swapped, neither point is made. So is a point made only
    where another point's doer does it (`doers_taken`)."""
    taken = taken_by_other(points, places, got)
    made = [i for i, p in enumerate(places) if p and i not in taken]
    if len(made) < 2:
        return taken
    stems = {i: _point_stems(points[i]) for i in made}
    of = labelled_clauses(got)
    where = {i: _clause_stems(got, places[i], of) for i in made}
    clauses: list[set[str]] | None = None
    out: set[int] = set()
    for a in made:
        for b in made:
            if a >= b:
                continue
            here, there = _unshared(got, places, a, b, of, where)
            if here[2].isdisjoint(there[2]) and _crossed(stems[a], stems[b], here, there):
                out |= {a, b}  # (made in separate clauses: one clause saying both is no swap)
                continue
            mine, theirs = stems[a] - stems[b], stems[b] - stems[a]
            if len(mine) > SHORT_POINT or len(theirs) > SHORT_POINT:
                continue  # long points share too many words to tell a pairing from
            if clauses is None:
                clauses = _clauses(got, of)
            # (clauses that make a third point are that point's: "left atrium, right ventricle")
            others = {c for i in made if i not in (a, b) for c in where[i][2]}
            if _mixed(mine, theirs, [c for k, c in enumerate(clauses) if k not in others]):
                out |= {a, b}
    return out | taken


def _unshared(got: Prepared, places: list[tuple[int, ...]], a: int, b: int, of: list[int],
              where: dict[int, tuple[set[str], set[str], set[int]]]) -> tuple[tuple[set[str], set[str], set[int]], ...]:
    """Where two points are made, each without an answer word that makes both, when the point has words of its own
    ("у щитовых лава вязкая, а у стратовулканов жидкая": "лава", said once and left out of the second clause, makes
    both points; each is made by its own word's clause)."""
    shared = set(places[a]) & set(places[b])
    if not shared:
        return where[a], where[b]
    own = [tuple(j for j in places[i] if j not in shared) for i in (a, b)]
    if not all(own):
        return where[a], where[b]
    return _clause_stems(got, own[0], of), _clause_stems(got, own[1], of)


_POINT_STEMS: dict[tuple[str, str], frozenset[str]] = {}


def _point_stems(point: Prepared) -> frozenset[str]:
    """A point's content stems, without words of a direction ("rising", "higher" tell no subject apart), nor the
    words of its figures of a value ("$300m" is "USD 300 million": `keypoint_values` reads them as values)."""
    key = (point.lang.code, point.text)
    found = _POINT_STEMS.get(key)
    if found is None:
        moving = _MOVING.get(point.lang.code)
        if moving is None:
            lex = point.lang.lex
            moving = _MOVING[point.lang.code] = frozenset(point.lang.stem(w) for w in lex.up | lex.down)
        if len(_POINT_STEMS) > 4096:
            _POINT_STEMS.clear()
        figures = figure_positions(point, bare=False)  # ("USD 1.5 billion": a value, read as one, not as words)
        found = _POINT_STEMS[key] = frozenset(point.stems[k] for k in point.content() if k not in figures) - moving
    return found


def _clauses(got: Prepared, of: list[int]) -> list[set[str]]:
    """The content stems of each clause of an answer (`of`: the clause of each word)."""
    clauses: list[set[str]] = []
    for j in got.content():
        while len(clauses) <= of[j]:
            clauses.append(set())
        clauses[of[j]].add(got.stems[j])
    return clauses


def _mixed(mine: frozenset[str], theirs: frozenset[str], clauses: list[set[str]]) -> bool:
    """Are the words that tell two points apart (two or more of each in the answer) paired across the
    points in two clauses or more ("the bishop held the castle of Dover and the knight held the abbey of
    Ely" for "the knight held the castle of Dover", "the bishop held the abbey of Ely")?"""
    if len(mine) > SHORT_POINT or len(theirs) > SHORT_POINT:
        return False  # (see `swapped_points`)
    a = {st for clause in clauses for st in clause & mine}
    b = {st for clause in clauses for st in clause & theirs}
    if len(a) < 2 or len(b) < 2:
        return False
    return sum(1 for c in clauses if c & a and c & b) >= 2


def _crossed(mine: frozenset[str], theirs: frozenset[str], here: tuple[set[str], set[str], set[int]],
             there: tuple[set[str], set[str], set[int]]) -> bool:
    """Does the clause making one point name a word only the other point has, and the clause making
    the other a word only the first has, each only in the wrong clause?"""
    x = here[1] & (theirs - mine - there[0])  # the other point's own word, where this point is made
    y = there[1] & (mine - theirs - here[0])  # this point's own word, where the other is made
    return bool(x) and bool(y) and not here[1] & y and not there[1] & x


def _motions(text: Prepared) -> dict[str, set[int]]:
    """The content words a motion goes to (+1: "to the heart", "into the cell") or from (-1: "away from
    the heart", "out of the cell"), by stem: the nearest such word before it in its clause, function
    words between."""
    lex = text.lang.lex
    out: dict[str, set[int]] = {}
    content = set(text.content())
    for j in content:
        for k in range(j - 1, max(-1, j - 4), -1):
            w = text.words[k]
            marks = w in lex.towards or w in lex.away
            if text.clauses[k] != text.clauses[j] or (k in content and not marks):
                break
            if marks:
                out.setdefault(text.stems[j], set()).add(1 if w in lex.towards else -1)
                break
    return out


_MOTIONS: dict[tuple[str, str], dict[str, set[int]]] = {}  # the motions of texts seen, by language and text


def _motions_of(text: Prepared) -> dict[str, set[int]]:
    key = (text.lang.code, text.text)
    found = _MOTIONS.get(key)
    if found is None:
        if len(_MOTIONS) > 4096:
            _MOTIONS.clear()
        found = _MOTIONS[key] = _motions(text)
    return found


def motion_flipped(point: Prepared, got: Prepared) -> bool:
    """Does the answer send something the other way: to where the point says from ("carry blood to the
    heart" for "away from the heart"; "from the ventricles to the atria" for "from the atria to the
    ventricles")?"""
    lex = point.lang.lex
    if becoming_flipped(point, got) or particle_flipped(point, got):  # "the marsh became a lake" for "the lake
        return True  # became a marsh"; "pump the water into the dock" for "pump the water out" (`particles`)
    if route_swapped(point, got):  # "доплыли до Южной Америки" for "из Южной Америки доплыли до Полинезии"
        return True
    if not lex.towards or (lex.towards.isdisjoint(point.words) and lex.away.isdisjoint(point.words)) \
            or (lex.towards.isdisjoint(got.words) and lex.away.isdisjoint(got.words)):
        return False
    mine = _motions_of(point)
    if not mine:
        return False
    theirs = _motions_of(got)
    return any(len(ways) == 1 and theirs.get(st) == {-way for way in ways} for st, ways in mine.items()) \
        or _goal_moved(point, got)


_ARTICLES = {"en": frozenset({"the", "a", "an"})}  # the only words between a mark of motion and its goal here


def _goals(text: Prepared) -> dict[str, tuple[int, int]]:
    """The words a motion goes to (+1) or comes from (-1), said right after its mark ("to the coast", "к
    побережью"; never after a pronoun: "из неё выделяется"), by stem: (the way, where the mark stands)."""
    lex, out = text.lang.lex, dict[str, tuple[int, int]]()
    articles = _ARTICLES.get(text.lang.code, frozenset())
    content = set(text.content())
    for k, word in enumerate(text.words):
        if word in lex.towards or word in lex.away:
            j = k + 1 + int(k + 1 < len(text.words) and text.words[k + 1] in articles)
            if j in content and text.clauses[j] == text.clauses[k]:
                out.setdefault(text.stems[j], (1 if word in lex.towards else -1, k))
    return out


def _goal_moved(point: Prepared, got: Prepared) -> bool:
    """Does the answer give the point's goal (or source) to a thing the point names before it, and say the goal
    before that: "the coast carried salt to the barges" for "the barges carried salt to the coast", "побережье
    везло соль к баржам" for "баржи везли соль к побережью"? (A goal said after the other thing in the point is
    no swap: "масса зависит от нейтронов" for "масса зависит от числа нейтронов"; nor is a goal said in another
    clause of the answer than the thing it was given: "the flights multiplied, so delays spread from the hubs" for
    "delays at the hubs from multiplied flights" says where the delays spread from, of the flights nothing.)"""
    mine, theirs = _goals(point), _goals(got)
    if not mine or not theirs:
        return False
    before = {point.stems[i]: i for i in reversed(point.content())}  # each stem's first place in the point
    first = {got.stems[j]: j for j in reversed(got.content())}
    for goal, (way, mark) in mine.items():
        if goal not in first or goal in theirs:
            continue
        for other, (their_way, their_mark) in theirs.items():
            if their_way == way and other not in mine and before.get(other, mark) < mark \
                    and first[goal] < their_mark and got.clauses[first[goal]] == got.clauses[their_mark]:
                return True
    return False
