"""What a passage says of a question in other words than the question's, by rules of the language.

Three ways a sentence holds what is asked without the question's own words, and one way it seems to hold it and does
not, each a rule of English and Russian (no word of one text):

1. A measure asked of a name, said with other verbs (`measure_of_named`). "How long was Leonov outside the ship?" is
answered by "Leonov spent about 12 minutes out of the ship", "сколько времени Титов пробыл на орбите?" by "Титов провёл
в космосе 25 часов 11 минут": the question asks for a measure (a span of time, a length, a mass ...; `quantities`) of
something it names, and what it says about the name is said in the text with other words ("was outside": "spent out of";
"пробыл": "провёл"). Such a question is answered by the sentence that names every name of the question and gives a
figure of the very measure asked, when it covers `MEASURE_OWN` of the question in its own words and no other candidate
does both (of two figures of Titov's flight, what the question says of it tells which is asked). A count ("how many
times") is no such measure: any figure is one, so it proves nothing; nor is a date, which is asked with "when". Other
kinds of question keep the thresholds of `Ranker.answers`.

2. A name said by a pronoun (`said_before`). "Ключевская сопка — самый высокий действующий вулкан Евразии. Это молодой
вулкан: его возраст около 7 000 лет." answers "сколько лет Ключевской сопке?", "The colony swarms in May. It then ..."
tells of the colony: a passage that opens with a pronoun (or "this", "это", `Traits.continues`) goes on about what the
sentence before it names, so a name of the question that sentence holds is said by the passage itself, as fully as by
its own word. Only the sentence right before, in the same paragraph, or through the sentences before it that open with
a subject pronoun themselves ("The Ardle Bridge crosses the Tay. It opened in 1890. Anna Holm designed it.": each "it"
is the bridge) or by an object pronoun after names ("Anna Holm designed it", `openings`), at most `CHAIN` of them: a
pronoun reaches no further back. A passage that opens with a name of its own ("Гленн ...") does not go on about
another's (`Traits.continues` is false), unless its verb's object is a pronoun ("Anna Holm designed it").

3. A passage that says where (`says_where`), for "where?" ("где?", "куда?"). "Where is glucose split?" asks for a place,
and a place is not always a name ("in the cytoplasm", "у западного берега"), so a new name (`fits`) does not tell which
passage gives one. A passage says where when it uses a verb or phrase of location or motion to a place ("takes place
in", "is located", "lies", "carried into", "is packed into", "находится", "расположен", "происходит в", "внутри"; not
"stands", "стоит", which also cost, nor a bare "into": "develop into") or a side of the world ("north of", "на западе",
"к северу"): such a passage gets `PLACE_FIT` times `Weights.fit_bonus` for a question that asks where. Other languages
get none.

4. A measure given of another name (`measures_another`). "Какая высота Авачинского вулкана?" is not answered by
"Высота Корякской сопки — 3 456 м, то есть Корякская сопка выше Авачинской на 715 м", though it names both: the word
of the measure asked ("высота", "height") is followed there by another name than the question's ("Корякской", "the
height of Mount Koryak"), so its figure is that name's. Such a passage does not answer (`Ranker.answers`) unless the
measure's word is also followed by a name the question gives."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from ..lexicon_measures import DISTANCE_FROM, MEASURE_VERBS
from ..lexicon_subjects import SUBJECT_PRONOUNS
from ..text import normalise
from .analysis import Question, Unit
from .documents import Doc
from .fronted_subjects import fronted_subject
from .names import NameBook
from .openings import object_after_names
from .referring import DEMONSTRATIVES
from .words import QUANTITY_KEY, WORD, Words

__all__ = ["MEASURE_OWN", "MEASURE_REACH", "NOT_MEASURES", "PLACE_FIT", "measure_asked", "measure_of_named",
           "dimensions", "measures_another", "other_dimension", "said_before", "says_where"]

# -------------------------------------------------------------- a measure with other verbs

MEASURE_OWN = 0.4  # share of the question such a sentence must cover in its own words (the names, the measure)
NOT_MEASURES = frozenset({"count", "percent", "money"})  # figures of any sentence about numbers: no proof


class _Candidate(Protocol):
    @property
    def own(self) -> float: ...

    @property
    def doc(self) -> Doc: ...


C = TypeVar("C", bound=_Candidate)


def measure_asked(q: Question) -> frozenset[str]:
    """The measures a question asks for ("how long": a span of time; "сколько времени" too), counts and shares left
    out."""
    by_words = {k[len(QUANTITY_KEY):] for u in q.units for k in u.strong if k.startswith(QUANTITY_KEY)}
    return (q.wants.measures | by_words) - NOT_MEASURES


def measure_of_named(q: Question, ranked: Sequence[C], least: float = MEASURE_OWN) -> C | None:
    """The one candidate that names every name of a question asking for a measure of it and gives a figure of
    that measure, when it covers `least` of the question in its own words; None when no question of that kind, no
    such candidate, or several (which of their figures is asked, only what the question says of the name tells)."""
    wants = q.wants
    asked = measure_asked(q)
    names = [u for u in q.units if u.name and not u.light]
    if not asked or not names or wants.reason or wants.define or wants.yes_no or wants.listing or wants.dated:
        return None
    found = [r for r in ranked if asked & r.doc.traits.kinds and all(u.strong & r.doc.keys for u in names)]
    return found[0] if len(found) == 1 and found[0].own >= least else None  # two such figures: the verb decides


MEASURE_REACH = 3  # words after the measure's word looked at for whose it is ("the height of the Mount ...")


def measures_another(doc: Doc, q: Question, words: Words, names: Collection[str]) -> bool:
    """Does a passage give the measure a question asks of a name of another name: the measure's word ("высота",
    "height") is followed by a name (`names`: stems) the question does not give, or, a verb, has it before, as its
    subject ("«Эксплорер-1» весил 14 кг, ... легче Спутника-1" for "сколько весил Спутник-1?"), never one it does?"""
    asked = {u.stem for u in q.units if not u.name and any(k.startswith(QUANTITY_KEY) for k in u.strong)}
    if not asked or not any(u.name for u in q.units):
        return False
    found = WORD.findall(normalise(doc.text))
    stems = [words.stem(w) for w in found]
    whose = [next((s for s in stems[i + 1:i + 1 + MEASURE_REACH] if s not in words.stop), "")
             for i, st in enumerate(stems) if st in asked]
    verbs = MEASURE_VERBS.get(words.code, frozenset())
    whose += [next((s for s in reversed(stems[max(0, i - MEASURE_REACH):i]) if s not in words.stop
                    and not s.isdigit()), "")  # "«Эксплорер-1» весил": the name before its number
              for i, st in enumerate(stems) if st in asked and found[i] in verbs]
    return any(s in names and s not in q.stems for s in whose) and not any(s in q.stems for s in whose)


def dimensions(words: Words, text: str) -> frozenset[str]:
    """The dimensions of a length a text (normalised) names ("deep": depth; `TutorWords.dimensions`), and a distance
    it gives from a place ("12 km from the sea", "в 12 километрах от воды": `lexicon_measures.DISTANCE_FROM`)."""
    found = WORD.findall(text)
    distance = DISTANCE_FROM.get(words.code)  # "в 12 километрах от воды": how far
    return frozenset(d for d, starts in words.tw.dimensions if any(w.startswith(starts) for w in found)) | (
        {"distance"} if distance and re.search(distance, text) else frozenset())


# "how long" asking a span of time by a verb of doing or "for" (English): "how long did / does / will ...", "for how
# long"; not "how long is / was X" (a length)
_SPAN = re.compile(r"\bfor how long\b|\bhow long (?:did|does|do|will|would|can|could|should|has|have|had)\b")


def other_dimension(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage give a length of another dimension only than the one a question asks ("how deep is X?": "X is
    10 km across"; "какая глубина": "поперечником 10 км")? Not one giving a figure of another kind the question asks
    for: "how long did the fire burn?" is answered by "burned for ten days, carrying ash high into the air". Nor, to
    "how fast?" (a speed or a rate), one whose figures of the kinds asked are lengths said of a dimension: "110 metres
    tall" is a size ("grows 2 cm a year" names none). Nor, to "how long did X ...?" ("for how long", "how long will"),
    one whose figures of the kinds asked are lengths only: "how long" with a verb of doing asks for a span of time ("how
    long did the fire burn?"), as "how long is X?" asks a length; "400 metres long" tells of no time."""
    if "duration" in q.wants.measures and doc.traits.kinds & q.wants.measures == {"length"} and _SPAN.search(q.text):
        return True
    if "speed" in q.wants.measures and doc.traits.kinds & q.wants.measures == {"length"} and dimensions(
            words, normalise(doc.text)) - {"distance"}:
        return True
    if "length" not in q.wants.measures or not (asked := dimensions(words, q.text)) or len(asked) > 1 or (
            q.wants.measures - {"length"}) & doc.traits.kinds:
        return False
    said = dimensions(words, normalise(doc.text))
    return bool(said) and not said & asked


# -------------------------------------------------------------- a name by a pronoun

class _Neighbours(Protocol):
    words: Words
    names: NameBook

    def neighbours(self, doc: Doc, reach: int = 1) -> list[Doc]: ...

    def before(self, doc: Doc) -> Doc | None: ...


OPENING_PRONOUN = 2  # words of a passage within which a pronoun stands for any thing the sentence before names
CHAIN = 2  # sentences before that, each opening with a subject pronoun, through which the thing stood for is carried
PERSONAL_SUBJECTS = frozenset(("it", "they", "he", "she"))  # subject pronouns of English


def said_before(doc: Doc, u: Unit, library: _Neighbours) -> bool:
    """Is a name of the question the one a passage's opening pronoun stands for: the passage continues the sentence
    right before it, and that sentence names it? A thing other than a name only when the pronoun opens the passage
    ("It was built by ...", "They are in medium orbit", "Under it the duty fell"), in a language whose pronouns are
    read at the opening only (English; `TutorWords.pronoun_reach` 0): there an opening "it" or "they" is the subject
    and stands for what the sentence before is about. Where word order is free (Russian: "Его ...", "Это ..." may be
    an object or "this is"), only a name is carried over, or anything when a subject pronoun opens the passage
    ("Она печаталась ...": `lexicon_subjects`)."""
    words = library.words
    person = u.name and bool((u.stems or {u.stem}) & library.names.persons)
    if not doc.traits.continues and not (person and fronted_subject(doc.text, words, library.names)):
        return False  # a person's "he" after a fronted phrase goes on too: "In 1929, as an officer, he filed ..."
    opened = _opens_with_pronoun(doc.text, words) or object_after_names(doc.text, words)  # "Anna Holm designed it"
    if not u.name and not _opens_with(doc.text, SUBJECT_PRONOUNS.get(words.code, frozenset()), 1) and (
            words.tw.pronoun_reach or not opened):
        return False  # a thing too when a Russian subject pronoun opens it ("Она печаталась ...")
    before, hops = library.before(doc), 0
    while before is not None and not u.strong & before.keys and hops < CHAIN and (_opens_with(
            before.text, SUBJECT_PRONOUNS.get(words.code, frozenset()) or PERSONAL_SUBJECTS, 1) or object_after_names(
            before.text, words) or (person and fronted_subject(before.text, words, library.names))):  # "X opened
        # in 1890. It ... Y designed it.": X's, through "It" and "designed it"; a person through "As a cadet, he ..."
        before, hops = library.before(before), hops + 1
    return before is not None and bool(u.strong & before.keys)


def _opens_with_pronoun(text: str, words: Words) -> bool:
    """Is one of a passage's first `OPENING_PRONOUN` words a pronoun ("It was ...", "Under it ...")? A demonstrative
    after the first word determines a noun of its own ("Today these two forms ...", "From these ports ..."): it names
    one thing again (`referring`) and stands for no more of the sentence before."""
    return _opens_with(text, words.tw.pronouns)


@lru_cache(maxsize=1 << 14)
def _opens_with(text: str, pronouns: frozenset[str], reach: int = OPENING_PRONOUN) -> bool:
    return any(w in pronouns and not (k and w in DEMONSTRATIVES)
               for k, w in enumerate(WORD.findall(normalise(text))[:reach]))


# -------------------------------------------------------------- a place by a phrase

PLACE_FIT = 1.0  # as `Weights.new_name_fit`: a place said in words counts as a new name would

_SIDES_EN = r"(?:north|south|east|west)(?:ern|east|west)?"
_SIDES_RU = r"(?:север|юг|восток|запад|северо-запад|северо-восток|юго-запад|юго-восток)\w*"
_PATTERNS = {
    "en": re.compile(
        r"\b(?:takes? place|took place|taking place|lies|lying|occurs? in|occurred in|inside|within|headquartered|"
        r"(?:is|are|was|were) (?:located|situated|based|found|housed) (?:in|at|on|inside|near)|"
        r"(?:is|are|was|were) (?:\w+ed|taken|put|sent|brought|thrown|driven|drawn) (?:into|onto|inside)|"
        r"moved? to|moved (?:in)?to|carried (?:in)?to|transported (?:in)?to|travels? to|migrates? to|"
        + _SIDES_EN + r" of|in the " + _SIDES_EN + r"|on the (?:coast|shore|bank|banks|border|edge) of)\b"),
    "ru": re.compile(
        r"(?<!\w)(?:находит(?:ся|ь)|находятся|находился|находилась|находились|расположен\w*|располага\w*|лежит|лежат|"
        r"лежал\w*|происходит в|происходят в|проходит в|протекает в|внутри|вблизи|"
        r"(?:на|к|в) " + _SIDES_RU + r"|у (?:\w+ )?(?:берега|подножия|границы|устья|побережья)|"
        r"переносит\w* (?:в|на)|перемещает\w* (?:в|на)|поступает (?:в|на))(?!\w)"),
}


@lru_cache(maxsize=4096)
def says_where(text: str) -> bool:
    """Does a sentence (as written) say where something is or goes, by a verb or phrase of location (of English
    or Russian: each language's words are its own letters, so a sentence is only ever met by its own)?"""
    said = normalise(text)
    return any(pattern.search(said) for pattern in _PATTERNS.values())
