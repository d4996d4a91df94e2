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
    "ABBREVIATIONS", "AFTER_NEGATORS", "ANTONYM_PAIRS", "BARE_NEGATORS", "CLAUSE_BREAKS",
    "DOWN", "DEMONYM_ENDINGS", "JOINED_PREFIXES", "LIGHT_WORDS", "MODIFIERS",
    "NEGATION_PREFIXES", "NEGATORS", "PARAPHRASES", "PHRASES", "QUANTITY_WORDS", "QUESTION_WORDS", "REASON_WORDS",
    "ROLE_WORDS", "STOP", "STRIPPED_PREFIXES", "SYNONYM_ROOTS", "TIME_WORDS", "UP",
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

# Endings that make a place its people or adjective (Russia / Russian, Europe / European,
# Belarus / Belarusian, China / Chinese): a name and its demonym are the same name.
DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "sian", "ese", "ns", "ans", "ians")

# ------------------------------------------------------------------ the tutor's paraphrases

# Paraphrases learners use in questions, as words (the tutor takes their stems at start-up).
PARAPHRASES = (
    ("fell fall falls falling fallen drop dropped declined decline decrease decreased down lower shrank reduce "
     "reduced contracted slump"),
    ("rose rise rising risen grew grow growing grown growth increase increased increasing climbed gain gained "
     "jumped up higher"),
    "sanctions restrictions penalties embargo",
    "export exports exported sell sells sold sale sales",
    "import imports imported buy buys bought purchase purchased procure",
    "visit visited trip trips travel travelled traveled",
    "arrive arrived came come comes",
    "job post position role office",
    "worth value total amount",
    "company companies enterprise enterprises firm firms",
    "soldier soldiers troop troops",
    "phone telephone call",
    "talk talked speak spoke spoken told conversation discussed discuss",
    "problem problems obstacle obstacles difficulty trouble",
    "want wanted wants wish desire hope hoped hopes seek sought",
    "magazine journal publication",
    "author wrote write writer written",
    "protest protested object objected",
    "calm calmed ease eased lessen lessened",
    "outlook future prospects foreseeable",
    "chance chances possibility likelihood probability",
    "react reacted reaction respond responded response",
    "election elections vote voting poll polls",
    "big large huge",
    "agreement agreements deal treaty accord",
    "meet met meeting",
    "hire hired employ employed",
    "leave leaving withdraw withdrawal exit quit",
    "tough tougher tighten tightening harsher stricter",
    "head chief leader",
    "percentage percent",
    "share shared common mutual joint",
    "beyond further",
    "gap distance",
)

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
    "number time times way part main worth article author text analysis writer consider considers considered "
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
    "eastern western northern southern economic military political"
)
# Words of figures and their units: a mistake pattern made only of these is a figure.
QUANTITY_WORDS = _words(
    "million millions billion billions thousand thousands mln mn bn k m b usd dollars dollar percent per cent pct "
    "year years month months week weeks day days decade decades century centuries"
)
