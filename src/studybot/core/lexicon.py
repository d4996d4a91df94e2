"""General language data (English) shared by the grader and the tutor.

Only data lives here: word lists, small tables and the names that say what they are for.
The code that uses them stays with its owner (`matching`, `grading`, `tutor`). Nothing
here should name a word of one text: what belongs to one article (its names, its own
paraphrases) belongs in its pack (`aliases`, `synonyms`).

Words are written lower case, as `text.normalise` leaves them. Where a list holds stems
or roots rather than words (the root synonym groups, antonym pairs), it says so.

Entries marked ``# TEXT-SPECIFIC?`` look as if they were added for the first pack (the
Belarus/US article) rather than for English in general: candidates to move into that
pack's `aliases` / `synonyms` (not judged yet).
"""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = [
    "ABBREVIATIONS", "AFTER_NEGATORS", "ANTONYM_PAIRS", "BARE_NEGATORS", "CLAUSE_BREAKS", "DEMONYM_ENDINGS", "DOWN",
    "JOINED_PREFIXES", "LIGHT_WORDS", "MODIFIERS", "NEGATION_PREFIXES", "NEGATORS", "PHRASES", "QUANTITY_WORDS",
    "QUESTION_WORDS", "REASON_WORDS", "ROLE_WORDS", "STOP", "STRIPPED_PREFIXES", "SYNONYMS", "SynonymGroup",
    "SynonymMatch", "TIME_WORDS", "UP",
]


SynonymMatch = Literal["root", "exact"]


class SynonymGroup(NamedTuple):
    """Words that mean the same, and how they are matched (see `SYNONYMS`)."""

    match: SynonymMatch
    entries: tuple[str, ...]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _roots(text: str) -> SynonymGroup:
    return SynonymGroup("root", tuple(text.split()))


def _exact(text: str) -> SynonymGroup:
    return SynonymGroup("exact", tuple(text.split()))


# ------------------------------------------------------------------ function words

# Words that carry no content of their own (and single letters): skipped when answers
# and questions are compared word by word.
STOP = _words(
    "a an the of to in on at by for from with and or as is are was were be been being it its this that "
    "these those their there they he she his her them which who whom what when where why how do did does "
    "has have had than then so into about over under between during while also only just very would will "
    "could should can may might must s its itself one some any such both each even still really quite "
    "rather much many lot lots toward towards b c d e f g h i j k l m n o p q r t u v w x y z"
)
# Words that start a new clause: a negation or a direction word only affects its own clause.
CLAUSE_BREAKS = _words("but whereas while although though however yet because so and then")

# ------------------------------------------------------------------ negation

# Words that only negate. The tutor keeps the other negators as content ("unwilling", "few",
# "without" can be what a question is about).
BARE_NEGATORS = _words("not no never none nothing neither nor cannot nobody nowhere")
NEGATORS = BARE_NEGATORS | _words("non without hardly barely scarcely few little unlikely unwilling reluctant unable")
# Negators that also count when they follow the word they negate ("ideas are few").
AFTER_NEGATORS = _words("few little")
# Prefixes that make a word its opposite ("reformed" / "unreformed"): such a pair is no typo.
NEGATION_PREFIXES = ("un", "non", "in", "im", "ir", "il", "dis", "anti")
# Prefixes the tutor strips to find the positive form ("distrusts" answers "trust?"): only
# those that hardly ever start a plain word ("in" would make "information" "formation").
STRIPPED_PREFIXES = ("un", "dis", "non", "mis")
# Prefixes written with a hyphen that the tutor joins to their word ("co-wrote" -> "cowrote").
JOINED_PREFIXES = ("co", "non", "anti", "pre", "ex", "self", "re")

# ------------------------------------------------------------------ direction

# Quantitative direction only: evaluative words (better, worse) depend on what they describe.
UP = _words(
    "rose rise rises rising risen grew grow grows growing grown increase increased increases increasing "
    "up higher gained gain gains expanded expand expands climbed climb climbs jumped soared surged raised "
    "boosted upward growth increasingly more"
)
DOWN = _words(
    "fell fall falls falling fallen declined decline declines declining decreased decrease decreases "
    "decreasing dropped drop drops dropping down lower shrank shrink shrinks shrunk reduced reduce "
    "reduces reducing contracted slumped slump plunged downward sank sink lessened lessen fading fade "
    "fades faded shrinking fewer less"
)

# ------------------------------------------------------------------ abbreviations and set phrases

# Abbreviations learners type, with the word they stand for (a trailing dot is allowed).
ABBREVIATIONS = {
    "asst": "assistant", "dept": "department", "govt": "government",
    "gov": "government", "nat'l": "national", "natl": "national", "int'l": "international", "intl": "international",
    "incl": "including", "approx": "approximately", "mln": "million", "bln": "billion",
    "w/o": "without", "w/": "with",
    # TEXT-SPECIFIC? the article's titles (Secretary of State, Foreign Minister, ambassador);
    # in general English "sec" is also a second and "min" a minute or a minimum
    "sec": "secretary", "secy": "secretary", "pres": "president", "min": "minister", "amb": "ambassador",
}
# Phrases rewritten before words are compared (abbreviations included).
PHRASES = {
    **ABBREVIATIONS,
    "a few": "some", "a little": "some",  # "a few" is not "few"
    "far from": "not", "how many": "number", "cannot": "can not", "can not": "can not",
}

# ------------------------------------------------------------------ synonyms and antonyms

# Generic synonym groups, shared by the grader and the tutor (a group's number is its place
# here). A "root" group lists roots: a stem belongs to it when it equals a root or, for roots
# of five letters or more, begins with one ("remov" takes "removal", "removing"). An "exact"
# group lists words: a word belongs to it when the word or its stem is one of the words or
# their stems; a root would be too loose there ("import" would take "important", "author"
# "authoritarian"). The grader reads the root groups only (`matching.synonym_group`); the
# tutor reads both, so a word may stand in a root group and an exact group ("drop").
# Names of one text belong in pack aliases, a text's own paraphrases in the pack.
SYNONYMS: tuple[SynonymGroup, ...] = (
    _roots("remov lift end scrap abolish eliminat cancel drop"),
    _roots("limit cap restrict restriction ceiling quota"),
    # TEXT-SPECIFIC? "contain", "deter": resisting Russia; in general English "contain" means "include"
    _roots("resist counter oppos withstand contain deter confront curb counteract stand"),
    _roots("interfer interference meddl intervent interven"),
    _roots("domestic internal"),
    _roots("affair politic matter subject topic issu question"),  # TEXT-SPECIFIC? "internal affairs" = "politics"
    _roots("small tiny negligibl insignificant minor minuscul marginal"),
    _roots("visit trip travel"),
    _roots("aim goal objectiv ambition aspiration"),
    _roots("threat danger"),
    _roots("prevent stop block halt"),
    _roots("say said stat declar announc"),
    _roots("support back endors"),
    _roots("absorb annex incorporat swallow"),  # TEXT-SPECIFIC? Russia absorbing Belarus (the Anschluss scenario)
    _roots("number count"),
    _roots("next follow upcoming"),
    _roots("invit ask"),
    _roots("high senior top"),
    _roots("deputy vice"),
    _roots("help assist aid"),
    _roots("acces entry join"),
    _roots("preserv keep maintain retain safeguard protect"),
    _roots("effect impact"),
    _roots("diplomat envoy staff personnel"),  # TEXT-SPECIFIC? the cap on US embassy staff
    _roots("recogni acknowledg"),
    _exact("fell fall falls falling fallen drop dropped declined decline decrease decreased down lower shrank reduce "
           "reduced contracted slump"),
    _exact("rose rise rising risen grew grow growing grown growth increase increased increasing climbed gain gained "
           "jumped up higher"),
    _exact("sanctions restrictions penalties embargo"),  # TEXT-SPECIFIC? the article's US sanctions
    _exact("export exports exported sell sells sold sale sales"),
    _exact("import imports imported buy buys bought purchase purchased procure"),
    _exact("arrive arrived came come comes"),
    _exact("job post position role office"),
    _exact("worth value total amount"),
    _exact("company companies enterprise enterprises firm firms"),
    _exact("soldier soldiers troop troops"),
    _exact("phone telephone call"),
    _exact("talk talked speak spoke spoken told conversation discussed discuss"),
    _exact("problem problems obstacle obstacles difficulty trouble"),
    _exact("want wanted wants wish desire hope hoped hopes seek sought"),
    _exact("magazine journal publication"),
    _exact("author wrote write writer written"),
    _exact("protest protested object objected"),
    _exact("calm calmed ease eased lessen lessened"),
    _exact("outlook future prospects foreseeable"),
    _exact("chance chances possibility likelihood probability"),
    _exact("react reacted reaction respond responded response"),
    _exact("election elections vote voting poll polls"),
    _exact("big large huge"),
    _exact("agreement agreements deal treaty accord"),
    _exact("meet met meeting"),
    _exact("hire hired employ employed"),
    _exact("leave leaving withdraw withdrawal exit quit"),
    _exact("tough tougher tighten tightening harsher stricter"),
    _exact("head chief leader"),
    _exact("percentage percent"),
    _exact("share shared common mutual joint"),
    _exact("beyond further"),  # TEXT-SPECIFIC? one wording of the notes
    _exact("gap distance"),  # TEXT-SPECIFIC? the gap / distance between Minsk and Moscow
)
# Pairs of opposite roots ("positively" / "negatively"): an answer with one where the
# reference has the other says the opposite.
ANTONYM_PAIRS = (
    "positiv negativ", "optimist pessimist", "support oppos", "accept reject", "success failur",
    "strong weak", "friend enemy", "ally rival", "warm cold", "open clos", "legal illegal", "win los",
    "surplus deficit", "befor after",
)

# ------------------------------------------------------------------ demonyms

# Endings that make a place its people or adjective (Russia / Russian, Europe / European,
# Belarus / Belarusian, China / Chinese): a name and its demonym are the same name.
DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "sian", "ese", "ns", "ans", "ians")  # TEXT-SPECIFIC? "sian": Belarussian

# ------------------------------------------------------------------ questions

# Words that frame a question rather than say what it is about: the tutor drops them.
QUESTION_WORDS = _words(
    "what which who whom whose when where why how whats tell please explain describe know give show happen "
    "happened happens happening mean means meant think you your i me my we our ok okay exactly actually "
    "anything something thing things kind sort type get got did does do was were is are been "
    "against among within through across upon onto via per until till whether if unless regarding concerning "
    "during after before since though although yet"
)
# Words that carry little of a question's meaning: the tutor counts them at a light weight.
LIGHT_WORDS = _words(
    "number time times way part main worth article author text writer consider considers considered "
    "analysis "  # TEXT-SPECIFIC? what the first pack's source calls itself
    "see sees view views believe believes argue argues suggest suggests expect expects say says claim claims "
    "according"
)
# Words that mark a passage as giving a reason (for "why" questions).
REASON_WORDS = _words("because since therefore reason result so")
# Words that mark a passage as dated (for "when" questions), besides years.
TIME_WORDS = _words(
    "january february march april may june july august september october november december "
    "spring summer autumn winter early day days week weeks month months year years decade "
    "decades century ago later"
)
# Titles before a name: "President X" defines X.
ROLE_WORDS = _words(
    "president minister ambassador secretary advisor adviser chief editor deputy head chairman official"
)

# ------------------------------------------------------------------ other word classes

# Rank and region words that change what a title names ("deputy", "East Asian").
MODIFIERS = _words(
    "deputy vice former acting assistant under senior junior chief first second east west north south central "
    "eastern western northern southern "
    "economic military political"  # TEXT-SPECIFIC? "Under Secretary for Political Affairs" and the like
)
# Words of figures and their units: a mistake pattern made only of these is a figure.
QUANTITY_WORDS = _words(
    "million millions billion billions thousand thousands mln mn bn k m b percent per cent pct "
    "usd dollars dollar "  # TEXT-SPECIFIC? the article's only currency (no euro, rouble...)
    "year years month months week weeks day days decade decades century centuries"
)
