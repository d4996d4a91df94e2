"""What a question is reduced to for retrieval: the kinds of answer it wants (`Wants`), the things it asks about
(`Unit`) and the whole (`Question`). Split from `analysis` (which makes them) so that it keeps under the size limit;
`analysis` still exports them."""

from __future__ import annotations

from dataclasses import dataclass

from .words import KIND_KEY

__all__ = ["Question", "Unit", "Wants"]


@dataclass(frozen=True)
class Wants:
    """The kinds of answer a question asks for."""

    numeric: bool  # a figure: "how many", "what share"
    measures: frozenset[str]  # ... of these kinds ("how deep": a length; see `quantities`), when any
    dated: bool  # a date: "when", "in what year"
    entity: bool  # a name: "who", "where", "which country" (not "X or Y?")
    person: bool  # a person other than those it names: "who" (not "who is X?", not "X or Y?")
    place: bool  # "where"
    reason: bool  # "why", "how come"
    yes_no: bool  # "does", "is", "can" ...
    listing: bool  # "two reasons", "name the", "list the"
    define: bool  # "what is X", "who was X", or a bare term
    expand: bool = False  # what an acronym stands for: "what does X stand for?"
    manner: bool = False  # a manner, means, method or process: "how did X ...?", "by what means", "каким образом"
    phrased: bool = False  # its measures asked by a phrase ("сколько весит"): only a figure of them answers


@dataclass(frozen=True)
class Unit:
    """One thing a question asks about: a content word, with its keys."""

    text: str
    stem: str
    strong: frozenset[str]  # full credit
    weak: frozenset[str]  # partial credit
    weight: float
    name: bool
    stems: frozenset[str] = frozenset()  # the stems of all its words (a name of several words)
    light: bool = False  # a light word (it frames the question, see `Analyser._light`)
    ordinal: bool = False  # a figure said as an ordinal ("second"): which one, not how many (`ordinals_asked`)
    loose: frozenset[str] = frozenset()  # a looser relative's keys, met at a lower credit (`loose`)
    anchor: bool = False  # it names the event the question dates what it asks by ("after the flood", `sequels`)

    @property
    def kinds(self) -> frozenset[str]:
        """Its weak keys for the kinds of a general word ("people": "members", "soldiers"; `Words.kind_keys`)."""
        return frozenset(k for k in self.weak if k.startswith(KIND_KEY))


@dataclass(frozen=True)
class Question:
    """A question reduced to what retrieval needs."""

    text: str  # normalised
    units: tuple[Unit, ...]
    total: float  # sum of the unit weights
    keys: frozenset[str]  # strong keys of all units
    stems: frozenset[str]  # stems of all units
    wants: Wants
    kinds: frozenset[str] = frozenset()  # stems of the words saying what kind of answer is wanted ("which magazine")
    counted: frozenset[str] = frozenset()  # ... of them, the things a figure is asked of ("how many earthquakes")
    counted_head: frozenset[str] = frozenset()  # keys saying the head of what it counts, to be said (`counted_heads`)
    measured: tuple[frozenset[str], ...] = ()  # keys of what a figure asked for measures ("какая плотность")
    posts: frozenset[str] = frozenset()  # stems of the roles it names ("who became emperor?" asks for the holder),
    # and words asking for a pioneer ("who first ...?"): none is answered by a noun for a class of people
    instances: frozenset[str] = frozenset()  # stems of instances of the categories asked for ("which gas": "chlorine")
    named: bool = False  # it asks for an instance named by a name ("which city"): one it does not name answers
    name_of: frozenset[str] = frozenset()  # stems of a thing whose name it asks for ("what was the dog called")
    lent: frozenset[str] = frozenset()  # stems the card seen lent it, not the learner's own (`about`)
