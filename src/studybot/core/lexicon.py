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

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

__all__ = [
    "ENGLISH", "ABBREVIATIONS", "AFTER_NEGATORS", "Lexicon", "ANTONYM_PAIRS", "BARE_NEGATORS", "CLAUSE_BREAKS", "DEMONYM_ENDINGS", "DOWN",
    "JOINED_PREFIXES", "LIGHT_WORDS", "MODIFIERS", "NEGATION_PREFIXES", "NEGATORS", "PHRASES", "QUANTITY_WORDS",
    "QUESTION_WORDS", "REASON_WORDS", "ROLE_WORDS", "STOP", "STRIPPED_PREFIXES", "SYNONYMS", "SynonymGroup",
    "SynonymMatch", "TIME_WORDS", "UP",
    "AnswerKind", "ENGLISH_TUTOR", "TutorWords",
]


SynonymMatch = Literal["stem", "exact"]


class SynonymGroup(NamedTuple):
    """Words that mean the same, and how they are matched (see `SYNONYMS`)."""

    match: SynonymMatch
    entries: tuple[str, ...]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _stems(text: str) -> SynonymGroup:
    return SynonymGroup("stem", tuple(text.split()))


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
NEGATION_PREFIXES = ("un", "non", "in", "im", "ir", "il", "dis", "anti", "an", "a")
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
    "nw": "north west", "ne": "north east", "sw": "south west", "se": "south east", "northwest": "north west",
    "northeast": "north east", "southwest": "south west", "southeast": "south east",
    "w/o": "without", "w/": "with",
}
# Phrases rewritten before words are compared (abbreviations included).
PHRASES = {
    **ABBREVIATIONS,
    "a few": "some", "a little": "some",  # "a few" is not "few"
    "far from": "not", "how many": "number", "cannot": "can not", "can not": "can not",
}

# ------------------------------------------------------------------ synonyms and antonyms

# Generic synonym groups, shared by the grader and the tutor (a group's number is its place
# here). Words are listed as written; a word belongs to a group when its Snowball stem is the
# stem of a listed word ("removal" and "removing" join "remove"). "stem" groups are read by
# the grader and the tutor; "exact" groups (inflected forms listed, wider senses) by the
# tutor only, so a word may stand in both ("drop"). Names of one text belong in pack aliases,
# a text's own paraphrases in the pack's `synonyms`.
SYNONYMS: tuple[SynonymGroup, ...] = (
    _stems("remove lift end scrap abolish eliminate cancel drop"),
    _stems("limit cap restrict restriction ceiling quota"),
    _stems("resist counter oppose withstand confront counteract"),
    _stems("interfere interference meddle meddling intervene intervention"),
    _stems("domestic internal"),
    _stems("matter subject topic issue question"),
    _stems("small tiny negligible insignificant minor minuscule marginal"),
    _stems("visit trip travel"),
    _stems("aim goal objective ambition aspiration"),
    _stems("threat danger"),
    _stems("prevent stop block halt"),
    _stems("say said state stated declare announce"),
    _stems("support back endorse"),
    _stems("number count"),
    _stems("next following upcoming"),
    _stems("invite ask"),
    _stems("high senior top"),
    _stems("deputy vice"),
    _stems("help assist aid"),
    _stems("access entry join"),
    _stems("preserve keep maintain retain safeguard protect"),
    _stems("effect impact"),
    _stems("recognise recognize acknowledge"),
    _stems("cause causes caused trigger triggers triggered"),
    _stems("big large huge"),
    _stems("begin start commence"),
    _stems("use utilise utilize"),
    _stems("make produce create generate form"),
    _stems("show demonstrate reveal indicate"),
    _stems("fast quick rapid"),
    _stems("slow gradual"),
    _exact("fell fall falls falling fallen drop dropped declined decline decrease decreased down lower shrank reduce "
           "reduced contracted slump"),
    _exact("rose rise rising risen grew grow growing grown growth increase increased increasing climbed gain gained "
           "jumped up higher"),
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
    _exact("agreement agreements deal treaty accord"),
    _exact("meet met meeting"),
    _exact("hire hired employ employed"),
    _exact("leave leaving withdraw withdrawal exit quit"),
    _exact("tough tougher tighten tightening harsher stricter"),
    _exact("head chief leader"),
    _exact("percentage percent"),
    _exact("share shared common mutual joint"),
)

# Pairs of opposite words, compared by stem ("positively" / "negatively"): an answer with
# one where the reference has the other says the opposite.
ANTONYM_PAIRS = (
    "positive negative", "optimistic pessimistic", "optimism pessimism", "support oppose", "accept reject",
    "success failure", "succeed fail", "strong weak", "friend enemy", "ally rival", "warm cold", "hot cold",
    "open close", "legal illegal", "win lose", "surplus deficit", "before after", "recognise ignore",
    "recognize ignore", "acknowledge ignore", "admit deny", "include exclude", "allow forbid", "allow ban",
    "allow prohibit", "agree disagree", "approve reject", "true false", "right wrong", "correct incorrect",
    "maximum minimum", "high low", "inner outer", "upper lower", "internal external", "first last",
    "early late", "earlier later", "absorb emit", "absorb release", "absorb reflect", "gain lose",
    "oxidation reduction", "oxidise reduce", "oxidize reduce", "acidic alkaline", "acid base",
    "aerobic anaerobic", "endothermic exothermic", "input output",
    "attract repel", "convergent divergent", "constructive destructive", "solid liquid", "north south",
    "east west", "northern southern", "eastern western", "heavy light", "dense light", "thick thin",
    "deep shallow", "young old", "new old", "male female", "plus minus", "add remove", "same different",
    "similar different", "cause prevent", "enable prevent", "victory defeat", "rich poor", "major minor",
    "direct indirect", "visible invisible", "possible impossible", "likely unlikely", "safe dangerous",
    "active passive", "active inactive", "voluntary compulsory", "public private", "rural urban",
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


# ------------------------------------------------------------------ one language's lexicon


@dataclass(frozen=True)
class Lexicon:
    """The general data of one language, as the grader reads it (see `language.Language`,
    which adds the stemmer). Word lists hold words as `text.normalise` leaves them;
    `up`, `down`, `synonyms` and `antonyms` are compared by stem."""

    code: str  # the pack's `language`
    stemmer: str  # the Snowball algorithm (PyStemmer's name)
    stop: frozenset[str]
    clause_breaks: frozenset[str]
    negators: frozenset[str]
    after_negators: frozenset[str]
    negation_prefixes: tuple[str, ...]
    up: frozenset[str]
    down: frozenset[str]
    phrases: Mapping[str, str]
    synonyms: tuple[tuple[str, ...], ...]
    antonyms: tuple[tuple[str, str], ...]
    demonym_endings: tuple[str, ...]
    modifiers: frozenset[str]
    quantity_words: frozenset[str]
    hedges: frozenset[str]  # "or", "between": an answer offering two values
    derivations: tuple[str, ...] = ()  # endings that make a word of the same root ("agree" / "agreement")


ENGLISH = Lexicon(
    code="en", stemmer="english", stop=STOP, clause_breaks=CLAUSE_BREAKS, negators=NEGATORS,
    after_negators=AFTER_NEGATORS, negation_prefixes=NEGATION_PREFIXES, up=UP, down=DOWN, phrases=PHRASES,
    synonyms=tuple(group.entries for group in SYNONYMS if group.match == "stem"),
    antonyms=tuple((a, b) for a, b in (pair.split() for pair in ANTONYM_PAIRS)),
    demonym_endings=DEMONYM_ENDINGS, modifiers=MODIFIERS, quantity_words=QUANTITY_WORDS,
    hedges=_words("or between either"),
    derivations=("ment", "ement", "ionist", "ionism", "ionists", "li"),
)


# ------------------------------------------------------------------ the tutor's language data
# (appended for the tutor; the grader reads none of it)

AnswerKind = Literal["numeric", "dated", "person", "entity", "place", "reason", "yes_no", "define", "listing",
                     "choice"]


@dataclass(frozen=True)
class TutorWords:
    """What the tutor reads of one language besides its `Lexicon`: how questions are asked,
    how sentences end, how names, reasons, dates and definitions are written. Words are
    lower case as `text.normalise` leaves them; phrases are space-separated words;
    `asks` and `rewrites` are regular expressions over normalised text."""

    question_words: frozenset[str]  # words that frame a question rather than say what it is about
    light_words: frozenset[str]  # words that carry little of a question's meaning
    bare_negators: frozenset[str]  # words that only negate (other negators are content: "unwilling")
    reason_markers: tuple[str, ...]  # phrases by which a sentence gives a reason
    result_markers: tuple[str, ...]  # phrases opening a sentence whose reason is in the one before
    time_words: frozenset[str]  # words that date a sentence loosely ("later", "years", "ago")
    date_words: frozenset[str]  # words that date a sentence as a date does (months, seasons)
    role_words: frozenset[str]  # titles and roles: "minister Zas", "the foreign minister"
    agent_endings: tuple[str, ...]  # endings of nouns for people ("geolog-ist", "direct-or")
    naming_cues: tuple[str, ...]  # phrases before a term that a sentence names ("called", "known as")
    copulas: frozenset[str]  # "X is a ...": what makes a sentence define its subject
    appositives: frozenset[str]  # words after a comma that open a description: "X, the ...", "X, who ..."
    pronouns: frozenset[str]  # words by which a sentence goes on about the one before ("he", "it")
    name_joiners: frozenset[str]  # lower-case words inside names ("Secretary of State")
    place_words: frozenset[str]  # words that make a name a place or a body, not a person ("Mount", "Council")
    name_endings: tuple[str, ...]  # case endings dropped from names ("Горбачёва" -> "горбачев"), longest first
    abbreviations: frozenset[str]  # words written with a stop that ends no sentence ("mr", "st", "e.g")
    stripped_prefixes: tuple[str, ...]  # prefixes stripped to find a word's positive form ("distrust" -> "trust")
    joined_prefixes: tuple[str, ...]  # prefixes written with a hyphen joined to their word ("co-wrote")
    cardinal: str  # a cardinal number written as a word (ordinals are no figure)
    asks: Mapping[AnswerKind, str]  # how a question asks for each kind of answer
    rewrites: tuple[tuple[str, str], ...] = ()  # question phrasings rewritten before analysis
    phrasals: tuple[tuple[str, str], ...] = ()  # multi-word verbs read as one word, in passages and questions
    exact_synonyms: tuple[tuple[str, ...], ...] = ()  # wider groups for questions: words and their stems
    derivation_endings: tuple[str, ...] = ()  # stem endings that derive a word from another ("dens-iti")
    degree_endings: tuple[str, ...] = ()  # comparative and superlative endings ("bigg-est")
    percent_words: frozenset[str] = frozenset()  # words asking for a percentage
    role_asks: frozenset[str] = frozenset()  # words asking what someone's role is ("which post did X hold?")
    measures: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "deep": the quantity kinds it asks for
    asking: frozenset[str] = frozenset()  # question words after which a word says what kind of answer is wanted
    framing_endings: tuple[str, ...] = ()  # endings of verbs and adverbs: unknown to the pack, they frame a question
    same_time: tuple[str, ...] = ()  # phrases dating a sentence by the one before ("that day", "в тот же день")
    root_length: int = 6  # letters of a stem's root (a weak key)
    excluding: frozenset[str] = frozenset()  # "except X": X is not what the question is about
    locatives: frozenset[str] = frozenset()  # prepositions of place: a name after one is a place ("in Greenland")
    stems: Mapping[str, str] = field(default_factory=dict)  # words whose Snowball stem means another word
    result_adverbs: frozenset[str] = frozenset()  # anywhere in a sentence, its reason is in the one before


# Irregular verb forms and wider groups the tutor matches questions by (general English).
_IRREGULAR = (
    "arise arose arisen|bear bore born borne|beat beaten|become became|begin began begun|bend bent|bind bound|"
    "bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought|build built|"
    "burn burnt burned|buy bought|catch caught|choose chose chosen|come came|cost|cut|deal dealt|dig dug|"
    "do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|"
    "feel felt|fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden|forget forgot forgotten|"
    "forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grow grew grown|"
    "hang hung|have had|hear heard|hide hid hidden|hit|hold held|hurt|keep kept|know knew known|lay laid|"
    "lead led|leave left|lend lent|let|lie lay lain|lose lost|make made|mean meant|meet met|pay paid|put|"
    "read|ride rode ridden|ring rang rung|rise rose risen|run ran|say said|see saw seen|seek sought|sell sold|"
    "send sent|set|shake shook shaken|shine shone|shoot shot|show showed shown|shrink shrank shrunk|shut|"
    "sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken|spend spent|spread|"
    "stand stood|steal stole stolen|stick stuck|strike struck stricken|swear swore sworn|sweep swept|"
    "swim swam swum|swing swung|take took taken|teach taught|tear tore torn|tell told|think thought|"
    "throw threw thrown|understand understood|wake woke woken|wear wore worn|win won|wind wound|write wrote written"
)
_TUTOR_GROUPS = (
    "propose proposed proposes proposal suggest suggested suggests devise devised invent invented introduce "
    "introduced coin coined formulate formulated|usually typically generally normally commonly mostly|"
    "kill killed kills die died dies dead death deaths fatalities|measure measured record recorded|"
    "happen happened happens occur occurred occurs|found founded establish established|"
    "discover discovered discovery find found detect detected identify identified|"
    "create created creation form formed formation produce produced make made|"
    "destroy destroyed destruction consume consumed recycle recycled|strong strength powerful power|"
    "biggest largest greatest|deep deepest depth|high height highest tall tallest|thick thickness|"
    "long length|wide width|fast speed quick quickly rapid rapidly|hot heat temperature warm|"
    "old age oldest ancient|young youngest new newest|dense density heavy|weak weakness|rich wealth|"
    "lead led leader head heads headed chair chaired chairman|run ran runs manage managed|"
    "article author text writer paper essay piece|phrase term expression|collide collided collision crash crashed "
    "hit hitting smash|release released emit emitted emits emission discharge|violent explosive explosively|"
    "devise devised design designed develop developed create created|biggest largest greatest strongest|"
    "publish published publication appear appeared|begin began start started|say said says tell told tells|"
    "protect protected protection defend defended defence defense safeguard|absorb absorbed absorbs absorption|"
    "describe described description|destroy destroyed destruction|decide decided decision|explode exploded "
    "explosion|erupt erupted eruption|intervene intervened intervention|produce produced production|"
    "reduce reduced reduction|introduce introduced introduction|consume consumed consumption|"
    "consider considers considered see sees view views think thinks believe believes regard regards|"
    "place point spot location site|talk talked talks speak spoke spoken interview interviewed conversation|"
    "host hosted hosts hosting hold holds held stage staged|care cares cared interest interested interests"
)
_EN_DERIVATIONS = ("ational", "ization", "isation", "ation", "ition", "iti", "ness", "ment", "ship", "ical", "ic",
                   "ion", "ism", "ist", "ive", "ous", "ful", "less", "abl", "ibl", "anc", "enc", "al", "li", "er",
                   "or", "ant", "ent")


ENGLISH_TUTOR = TutorWords(
    question_words=(QUESTION_WORDS | _words("like ever except besides excluding")) - {"tell"},
    light_words=LIGHT_WORDS | _words("compare difference differ between value amount figure total sum size level rate "
                                     "other others another title"),
    bare_negators=BARE_NEGATORS,
    reason_markers=("because", "since", "due to", "owing to", "thanks to", "as a result", "in order to", "so that",
                    "therefore", "thus", "hence", "consequently", "which is why", "that is why", "this is why",
                    "the reason", "caused by", "so", "lead to", "leads to", "led to", "result in", "results in",
                    "resulted in", "why", "this is the", "that is the", "reason was", "reason is", "reasons were",
                    "reasons are", "for this reason", "for these reasons"),
    result_markers=("that is why", "this is why", "as a result", "therefore", "thus", "hence", "consequently", "so",
                    "for this reason", "because of this", "this means"),
    time_words=TIME_WORDS,
    date_words=_words("january february march april may june july august september october november december "
                      "spring summer autumn winter"),
    role_words=ROLE_WORDS | _words(
        "governor general king queen prince emperor mayor senator professor leader founder director commander "
        "manager chancellor premier envoy spokesman spokeswoman scientist researcher representative representatives "
        "officials diplomat diplomats expert experts leaders members delegate delegates"),
    agent_endings=("ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ant", "ent"),
    naming_cues=("called", "known as", "termed", "named", "so-called", "dubbed", "referred to as"),
    copulas=_words("is was are were became becomes remains remained means meant"),
    appositives=_words("the a an who which whose one"),
    pronouns=_words("he she it they his her its their this these that those such him them"),
    name_joiners=_words("of for the de da del der di du la le van von y al bin"),
    place_words=_words(
        "mount mountain mountains lake river sea ocean bay gulf island islands cape peninsula valley desert forest "
        "park street square road avenue city town county state states province region republic kingdom empire "
        "union federation trench ridge rise fault plate basin plain plateau coast strait canal san santa saint st "
        "fort port north south east west central new university college school institute institution academy "
        "association society council committee commission agency authority administration department ministry "
        "office bureau service survey observatory center centre museum foundation bank company corporation group "
        "party army navy court parliament congress senate assembly house church treaty accord pact conference "
        "summit forum organization organisation alliance league fund station airport harbour harbor"),
    name_endings=(),
    abbreviations=_words(
        "mr mrs ms dr prof st mt ft jr sr gen col lt sgt capt gov sen rep rev hon no nos vol fig figs approx ca "
        "e.g i.e cf vs etc al u.s u.k u.n a.m p.m inc ltd co corp dept est"),
    stripped_prefixes=(*STRIPPED_PREFIXES, "co"),
    joined_prefixes=JOINED_PREFIXES,
    cardinal=(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|"
              r"nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|trillion|half|"
              r"quarter|dozen|thirds?|fifths?|twice|double)\b"),
    asks={
        "numeric": r"\bhow (?:many|much|large|big|long|fast|far|often|high|deep|thick|old|hot|heavy|wide|quickly)\b"
                   r"|\bthe (?:value|amount|number|size|total|sum|share|percentage|proportion|cost|price) of\b"
                   r"|\bwhat (?:percentage|share|proportion|amount|value|number|figure|sum|magnitude|temperature|"
                   r"speed|size|depth|height)\b|\bby (?:how much|what)\b",
        "dated": r"^\W*(?:and |but |so )?when\b|\b(?:what|which) (?:date|year|day|month|century|decade)\b"
                 r"|\bin what year\b|\bsince when\b|\bhow long ago\b",
        "person": r"^\W*(?:who|whom)\b|\bby whom\b",
        "entity": r"^\W*who\b|\bwhom\b|\bwhere\b|^\W*(?:which|in which|from which|with which|by which|at which|what) "
                  r"(?:country|countries|city|cities|town|place|organi[sz]ation|company|magazine|newspaper|agency|"
                  r"island|islands|mountain|ocean|sea|river|lake|state|states|person|people|plate|ridge|volcano|"
                  r"scientist|station|radio)\b|^\W*(?:which|in which|from which|with which) \w+",
        "place": r"\bwhere\b|\bin (?:which|what) (?:country|city|town|place|region|part)\b",
        "reason": r"\bwhy\b|\bfor what reason\b|\bhow come\b|\bwhat (?:causes|caused|makes|made)\b",
        "yes_no": r"^\W*(?:does|do|did|is|are|was|were|can|could|has|have|had|will|would|should)\b",
        "define": r"^\W*(?:who|what)(?:'s| is| was| are| were)\b|^\W*what does .+ (?:mean|stand for)\W*$"
                  r"|^\W*what about\b|\b(?:which|what) (?:post|job|position|role|title|office|occupation|"
                  r"profession)\b",
        "listing": r"\b(?:two|three|four|five|six|[2-6])\s+(?:main\s+|possible\s+|key\s+)?[a-z]+s\b"
                   r"|\bname the\b|\blist (?:the|all)\b",
        "choice": r"\w\s+or\s+\w",
    },
    rewrites=(
        (r"\bhow (?:many|much|often|soon)\b", "how"),
        (r"\b(?:want|wants|wanted|wish|wished|need|needs|needed|try|tried|trying|plan|plans|planned|hope|hoped|"
         r"supposed|going|able|likely|expected|meant)\s+to\b", "to"),
        (r"\b(?:take|takes|took|taken|taking) place\b", "happened"),
        (r"\bstands? for\b", "mean"), (r"\btell (?:me|us)\b", " "),
    ),
    phrasals=(
        (r"\b(?:come|comes|came|coming) up with\b", "proposed"), (r"\bput(?:s|ting)? forward\b", "proposed"),
        (r"\bset(?:s|ting)? off\b", "triggered"), (r"\bset(?:s|ting)? up\b", "established"),
        (r"\b(?:push|pushes|pushed|pushing) up\b", "raised"), (r"\bfind(?:s|ing)? out\b", "discover"),
        (r"\bfound out\b", "discovered"), (r"\bbr(?:eak|eaks|oke|oken) up\b", "collapsed"),
        (r"\bbr(?:eak|eaks|oke|oken) apart\b", "split"), (r"\bgiv(?:e|es|en|ing) up\b", "abandon"),
        (r"\bgave up\b", "abandoned"), (r"\bcarr(?:y|ies|ied) out\b", "conducted"),
        (r"\b(?:come|comes|came) out\b", "published"),
    ),
    exact_synonyms=tuple(group.entries for group in SYNONYMS if group.match == "exact")
    + tuple(tuple(g.split()) for g in _IRREGULAR.split("|") if " " in g)
    + tuple(tuple(g.split()) for g in _TUTOR_GROUPS.split("|")),
    derivation_endings=_EN_DERIVATIONS,
    degree_endings=("est", "er"),
    percent_words=_words("percent percentage percentages proportion share"),
    role_asks=_words("post job position role title office occupation profession hold held have had work worked"),
    asking=_words("how what which whose"),
    framing_endings=("ed", "ing", "ly"),
    excluding=_words("except besides excluding"),
    locatives=_words("in at from into near across"),
    result_adverbs=_words("therefore thus hence consequently"),
    stems={"important": "importan", "importance": "importan", "importantly": "importan", "organization": "organis",
           "organizations": "organis", "organisation": "organis", "organisations": "organis",
           "university": "universit", "universities": "universit", "generous": "generous", "generally": "general",
           "policy": "policy", "policies": "policy", "police": "police"},
    same_time=("that day", "the same day", "on the same day", "that year", "the same year", "the next day",
               "the following day", "that month", "at the same time", "then"),
    measures={
        **dict.fromkeys(_words(
            "high higher highest height tall taller tallest deep deeper deepest "
            "depth thick thickness thin wide width far distance"), ("length",)),
        **dict.fromkeys(_words(
            "fast faster fastest quick quickly speed slow slowly"), ("length", "percent")),
        **dict.fromkeys(_words(
            "long length"), ("length", "duration")),
        **dict.fromkeys(_words(
            "hot hotter hottest cold colder warm temperature"), ("temperature",)),
        **dict.fromkeys(_words(
            "heavy heavier weight mass dense density"), ("mass",)),
        **dict.fromkeys(_words(
            "old older oldest age"), ("duration", "count")),
        **dict.fromkeys(_words("large larger largest big bigger biggest size"),
                        ("length", "area", "volume", "count", "mass", "money")),
    },
)
