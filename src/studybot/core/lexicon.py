"""General language data (English) shared by the grader and the tutor.

Only data lives here: word lists, small tables and the names that say what they are for.
The code that uses them stays with its owner (`matching`, `grading`, `tutor`). Nothing
here should name a word of one text: what belongs to one article (its names, its own
paraphrases) belongs in its pack (`aliases`, `synonyms`).

Words are written lower case, as `text.normalise` leaves them. Where a list holds stems
or roots rather than words (the grader's synonym groups, antonym pairs), it says so.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS", "AFTER_NEGATORS", "ANTONYM_PAIRS", "CLAUSE_BREAKS", "DOWN", "GROUPED_NAME_ENDINGS",
    "MATCH_DEMONYM_ENDINGS", "MODIFIERS", "NEGATION_PREFIXES", "NEGATORS", "PHRASES", "QUANTITY_WORDS", "STOP",
    "SYNONYM_ROOTS", "UP", "ALIAS_DEMONYM_ENDINGS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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

NEGATORS = _words(
    "not no non never none nothing neither nor without cannot nobody nowhere hardly barely scarcely few "
    "little unlikely unwilling reluctant unable"
)
# Negators that also count when they follow the word they negate ("ideas are few").
AFTER_NEGATORS = _words("few little")
# Prefixes that make a word its opposite ("reformed" / "unreformed"): such a pair is no typo.
NEGATION_PREFIXES = ("un", "non", "in", "im", "ir", "il", "dis", "anti")

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
    "sec": "secretary", "secy": "secretary", "asst": "assistant", "dept": "department", "govt": "government",
    "gov": "government", "nat'l": "national", "natl": "national", "int'l": "international", "intl": "international",
    "incl": "including", "approx": "approximately", "mln": "million", "bln": "billion", "pres": "president",
    "min": "minister", "amb": "ambassador", "w/o": "without", "w/": "with",
}
# Phrases rewritten before words are compared (abbreviations included).
PHRASES = {
    **ABBREVIATIONS,
    "a few": "some", "a little": "some",  # "a few" is not "few"
    "far from": "not", "how many": "number", "cannot": "can not", "can not": "can not",
}

# ------------------------------------------------------------------ synonyms and antonyms

# Small, generic synonym groups of the grader, as roots: a stem matches a root it equals or
# starts with (roots of five letters or more). Names of one text belong in pack aliases.
SYNONYM_ROOTS = (
    "remov lift end scrap abolish eliminat cancel drop",
    "limit cap restrict restriction ceiling quota",
    "resist counter oppos withstand contain deter confront curb counteract stand",
    "interfer interference meddl intervent interven",
    "domestic internal",
    "affair politic matter subject topic issu question",
    "small tiny negligibl insignificant minor minuscul marginal",
    "visit trip travel",
    "aim goal objectiv ambition aspiration",
    "threat danger",
    "prevent stop block halt",
    "say said stat declar announc",
    "support back endors",
    "absorb annex incorporat swallow",
    "number count",
    "next follow upcoming",
    "invit ask",
    "high senior top",
    "deputy vice",
    "help assist aid",
    "acces entry join",
    "preserv keep maintain retain safeguard protect",
    "effect impact",
    "diplomat envoy staff personnel",
    "recogni acknowledg",
)
# Pairs of opposite roots ("positively" / "negatively"): an answer with one where the
# reference has the other says the opposite.
ANTONYM_PAIRS = (
    "positiv negativ", "optimist pessimist", "support oppos", "accept reject", "success failur",
    "strong weak", "friend enemy", "ally rival", "warm cold", "open clos", "legal illegal", "win los",
    "surplus deficit", "befor after",
)

# ------------------------------------------------------------------ demonyms

# Endings that make a place a people or an adjective (Russia / Russian, Europe / European).
MATCH_DEMONYM_ENDINGS = frozenset(("n", "an", "ian", "ean", "sian", "ese", "ns", "ans", "ians"))
ALIAS_DEMONYM_ENDINGS = ("n", "an", "ian", "ns", "ans", "ians")
GROUPED_NAME_ENDINGS = ("", "n", "an", "ian", "ean", "ns", "ans", "ians")

# ------------------------------------------------------------------ other word classes

# Rank and region words that change what a title names ("deputy", "East Asian").
MODIFIERS = _words(
    "deputy vice former acting assistant under senior junior chief first second east west north south central "
    "eastern western northern southern economic military political"
)
# Words of figures and their units: a mistake pattern made only of these is a figure.
QUANTITY_WORDS = _words(
    "million millions billion billions thousand thousands mln mn bn k m b usd dollars dollar percent per cent pct "
    "year years month months week weeks day days decade decades century centuries"
)
