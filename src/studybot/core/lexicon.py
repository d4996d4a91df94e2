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

from .lexicon_compass import COMPASS_ABBREVIATIONS
from .lexicon_composition import COMPOSED_OF
from .lexicon_days import NAMED_DAYS
from .lexicon_en_nouns import IRREGULAR_PLURALS, NOUN_SYNONYMS
from .lexicon_irregular import IRREGULAR_FORMS
from .lexicon_phrasal import BECOMING_HOT, FEAR_STATES, HAVING_EFFECT, LIGHT_VERBS, ON_PURPOSE, PHRASAL_VERBS, SIDES
from .lexicon_seeing import HARD_TO_SEE
from .lexicon_verb_opposites import EN_VERB_OPPOSITES

__all__ = [
    "ABBREVIATIONS", "AFTER_NEGATORS", "ANTONYM_PAIRS", "BARE_NEGATORS", "CLAUSE_BREAKS", "DEMONYM_ENDINGS", "DOWN",
    "COMPLEMENTS", "ENGLISH", "IRREGULAR_FORMS", "JOINED_PREFIXES", "LIGHT_WORDS", "Lexicon", "MODIFIERS",
    "GREEK_LETTERS", "NEGATION_PREFIXES", "NEGATORS", "PHRASES", "STRIPPED_PREFIXES", "SYNONYMS",
    "PERSON_NOUNS", "PLACE_NOUNS", "QUANTITY_WORDS", "QUESTION_WORDS", "REASON_WORDS", "ROLE_WORDS", "STOP",
    "SynonymGroup", "SynonymMatch", "TIME_NOUNS", "TIME_WORDS", "UP"]


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
    "him hers theirs rather much many lot lots toward towards b c d e f g h i j k l m n o p q r t u v w x y z "
    "you your yours we our ours"  # the general "you", "we" ("you need sixty votes"), as "they" ("us": the US)
)
# Words that start a new clause: a negation or a direction word only affects its own clause.
CLAUSE_BREAKS = _words("but whereas while although though however yet because so and then")

# ------------------------------------------------------------------ negation

# Words that only negate. The tutor keeps the other negators as content ("unwilling", "few", "without" can be asked).
BARE_NEGATORS = _words("not no never none nothing neither nor cannot nobody nowhere")
NEGATORS = BARE_NEGATORS | _words("non without hardly barely scarcely few little unlikely unwilling reluctant unable "
                                  "absent")
# Negators that also count when they follow the word they negate ("ideas are few", "oxygen is absent").
AFTER_NEGATORS = _words("few little absent")
# Prefixes that make a word its opposite ("reformed" / "unreformed", "hydrated" / "dehydrated"): such a pair is no typo.
NEGATION_PREFIXES = ("un", "non", "in", "im", "ir", "il", "dis", "anti", "an", "a", "de", "mis")
# Prefixes the tutor strips to find the positive form ("distrusts" answers "trust?"): only
# those that hardly ever start a plain word ("in" would make "information" "formation").
STRIPPED_PREFIXES = ("un", "dis", "non", "mis")
# Prefixes written with a hyphen that the tutor joins to their word ("co-wrote" -> "cowrote").
JOINED_PREFIXES = ("co", "non", "anti", "pre", "ex", "self", "re")

# ------------------------------------------------------------------ direction

# Quantitative direction only: evaluative words (better, worse) depend on what they describe.
UP = _words(
    "rose rise rises rising risen grew grow grows growing grown increase increased increases increasing up higher "
    "gained gain gains expanded expand expands climbed climb climbs jumped soared surged raised boosted upward growth "
    "increasingly more dearer costlier pricier strengthened strengthen strengthens skyrocket escalate hike "
    # an activity that comes back or does well is more of it ("trade revived"): "trade fell" says the opposite
    "revived revive revives reviving revival flourished flourish flourishes flourishing thrived thrive thrives thriving"
)
DOWN = _words(
    "fell fall falls falling fallen declined decline declines declining decreased decrease decreases decreasing "
    "dropped drop drops dropping down lower shrank shrink shrinks shrunk reduced reduce reduces reducing contracted "
    "slumped slump plunged downward sank sink lessened lessen fading fade fades faded shrinking fewer less cheaper "
    "weakened weaken weakens cut cuts cutting dwindle diminish tumble plummet slash "
    "collapsed collapse collapses collapsing"  # "trade collapsed", "prices collapsed"
)

# ------------------------------------------------------------------ abbreviations and set phrases

# Abbreviations learners type, with the word they stand for (a trailing dot is allowed).
ABBREVIATIONS = {
    "asst": "assistant", "dept": "department", "govt": "government", "gov": "government", "nat'l": "national",
    "natl": "national", "int'l": "international", "intl": "international", "incl": "including",
    "approx": "approximately", "mln": "million", "bln": "billion", "avg": "average",
    "nw": "north west", "ne": "north east", "sw": "south west", "se": "south east", "northwest": "north west",
    "northeast": "north east", "southwest": "south west", "southeast": "south east", "w/o": "without", "w/": "with",
    "wwi": "world war 1", "ww1": "world war 1", "wwii": "world war 2", "ww2": "world war 2",  # ordinals of a name
    "ppl": "people", "thru": "through", "prez": "president", "temp": "temperature", "temps": "temperatures",  # chat
    "reps": "representatives", "yrs": "years", "sats": "satellites",  # clipped words ("how many ppl", "what temp")
    "yr": "year", "seq": "sequence", "chemo": "chemotherapy", "bcs": "because", "cuz": "because", "coz": "because",
    "bcuz": "because", "tho": "though", "neg": "negative", "pos": "positive",  # ("2 yr terms", "bcs it fell", "O neg")
    **COMPASS_ABBREVIATIONS["en"]}  # "WSW": "west south west"
# Phrases rewritten before words are compared (abbreviations included).
PHRASES = {
    **ABBREVIATIONS, **COMPOSED_OF, **PHRASAL_VERBS, **FEAR_STATES, **BECOMING_HOT, **HAVING_EFFECT, **ON_PURPOSE,
    **SIDES, **HARD_TO_SEE["en"], "a few": "some", "a little": "some",  # "barely visible"; "a few" is not "few"
    "a lot": "much", "a great deal": "much",  # a degree, no letter "a" ("it rose a lot")
    "too few": "not enough", "too little": "not enough", "insufficient": "not enough",  # one shortfall ("too few X")
    "far from": "not", "how far from": "how far from",  # "how far from X?" asks a distance, no "not"
    "how many": "number", "cannot": "can not", "can not": "can not", "one another": "each other",  # no "1"
    # idioms whose words say the opposite of, or nothing like, what they mean
    **{f"{verb} out of": f"{neg} interfere in" for verb, neg in (
        ("stay", "not"), ("stays", "does not"), ("stayed", "did not"), ("staying", "not"),
        ("keep", "not"), ("keeps", "does not"), ("kept", "did not"), ("keeping", "not"))},
    **NAMED_DAYS,  # days named, not numbered: "Christmas Day" (the possessive "'s" is gone by then)
    # a verb said in several words
    "in short supply": "scarce", "too dear": "expensive", "too expensive": "expensive",
    "hard to find": "scarce", "hard to come by": "scarce", "difficult to find": "scarce",
    "cut in half": "halve", "cuts in half": "halves", "cutting in half": "halving", "cut by half": "halve",
    "cuts by half": "halves", "full stop": "period", "full stops": "periods",
    "get paid": "receive", "gets paid": "receives", "got paid": "received", "getting paid": "receiving",
    # no change said as staying the same: "stays the same", "remained constant", "unchanged"
    **{f"{verb} {state}": "not change" for verb in ("stay", "stays", "stayed", "staying", "remain", "remains",
                                                    "remained", "remaining")
       for state in ("the same", "unchanged", "constant", "unaltered")},
    "unchanged": "not changed", "unaltered": "not altered",
    # a part said as "not whole": "not completely" is "partially"
    **dict.fromkeys(("not completely", "not fully", "not entirely", "incompletely"), "partially"),
    "a single": "one",  # "a single cell" is "one cell"
    # a sibling's grandchild, a grandparent's sibling: "grand-" and "great-" say the same ("grand-nephew")
    **{f"grand{sep}{kin}": f"great-{kin}" for sep in ("-", " ", "") for kin in (
        "nephew", "nephews", "niece", "nieces", "uncle", "uncles", "aunt", "aunts")},
    # refusing to do a thing is not doing it: "refused to be dictator" denies that he was
    "refuse to": "not", "refuses to": "does not", "refused to": "did not", "refusing to": "not",
    # failing or ceasing to do a thing is not doing it (any more): "failed to reach the pass"
    **{f"{verb} to": neg for stem in ("fail", "cease") for verb, neg in (
        (stem, "not"), (stem + "s", "does not"), (stem + "ed", "did not"), (stem[:-1] + "ing" if stem.endswith("e")
                                                                            else stem + "ing", "not"))},
    **{f"{verb} clear of": avoid for verb, avoid in (
        ("steer", "avoid"), ("steers", "avoids"), ("steered", "avoided"), ("steering", "avoiding"),
        ("stay", "avoid"), ("stays", "avoids"), ("stayed", "avoided"), ("staying", "avoiding"))},
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
    _stems("discard delete drop dump"),
    _stems("dot period"),
    _stems("mild moderate restrained gentle"),
    _stems("essentially fundamentally basically"),
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
    _stems("big large huge"), _stems("all every everyone everybody"),  # the whole, or every one of it
    _stems("begin start commence"),
    _stems("use utilise utilize"),
    _stems("make produce create generate form"),
    _stems("show demonstrate reveal indicate"),
    _stems("fast quick rapid"), _stems("strong powerful"), _stems("consume exhaust deplete"),
    _stems("slow gradual"), _stems("fully completely totally entirely wholly"),  # "fully" / "completely oxidised"
    _exact("fell fall falls falling fallen drop dropped declined decline decrease decreased down lower shrank reduce "
           "reduced reduction reductions contracted slump"),
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
    _exact("magazine journal publication"), _stems("until till til"),  # "the gates stayed shut till 1620"
    _exact("author wrote write writer written"),
    _exact("protest protested object objected"),
    _exact("calm calmed ease eased lessen lessened"),
    _exact("outlook future prospects foreseeable"),
    _exact("chance chances possibility likelihood probability"),
    _exact("react reacted reaction respond responded response"),
    _exact("election elections vote voting poll polls"),
    _exact("agreement agreements deal treaty accord"),
    _exact("meet met meeting"), _exact("hire hired employ employed"),
    _exact("leave leaving withdraw withdrawal exit quit"),
    _exact("tough tougher tighten tightening harsher stricter"),
    _exact("head chief leader"),
    _exact("dad dads daddy father fathers"), _exact("mum mums mummy mom moms mommy mother mothers"),  # as learners ask
    _exact("percentage percent"),
    _exact("share shared common mutual joint"),
    # what a thing costs and how much of it there is, said of anything sold or found
    # ("costly" left out: its stem is the noun "cost", which says no price)
    _stems("expensive dear pricey overpriced"),
    _stems("cheap inexpensive affordable"),
    _stems("price cost"),  # what a thing is paid for ("a lower price per chip": "the cost per chip fell")
    _stems("resign quit"),  # giving up an office ("he quit it": "he resigned it")
    _stems("scarce rare shortage"), _stems("universe cosmos space"), _stems("gap space"),  # (all; room between)
    _stems("plentiful abundant ample"), _stems("country state"),  # a polity, "any country" for "any state"
    _stems("same equal identical"),  # two things alike in a measure ("the pressure was equal inside and out")
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
    "equal more", "equal less", "equal fewer", "equally more", "equally less",  # an equality is no comparison
    "completely partially", "fully partially", "entirely partially", "whole part",
    "gradually immediately", "gradually suddenly", "gradually instantly", "gradually abruptly",  # by stages or at once
    "attract repel", "convergent divergent", "constructive destructive", "solid liquid", "north south",
    "east west", "northern southern", "eastern western", "heavy light", "dense light", "thick thin",
    "deep shallow", "young old", "new old", "male female", "plus minus", "add remove", "same different",
    "similar different", "cause prevent", "enable prevent", "victory defeat", "rich poor", "major minor",
    "direct indirect", "visible invisible", "possible impossible", "likely unlikely", "safe dangerous",
    "active passive", "active inactive", "voluntary compulsory", "public private", "rural urban", "land sea",
    "mild strong", "mild harsh", "mild severe", "gentle harsh", "restrained strong",
    "weaken strengthen", "weaken stronger", "weaker stronger", "weaken strong",
    "restore abolish", "restore destroy", "restore end", "restore overthrow",
    "expensive cheap", "dear cheap", "expensive inexpensive", "scarce plentiful", "scarce abundant", "rare plentiful",
    "rare abundant", "fast slow", "quick slow", *EN_VERB_OPPOSITES,  # holding, giving way (`lexicon_verb_opposites`)
    "pass fail", "retain lose",  # a negative verb and its partner, where no rewrite says it (not "keep": "kept losing")
    # opposite sides and ways of going: "went downstream" is no "went upstream", "at their backs" no "in their faces"
    "upstream downstream", "upriver downriver", "uphill downhill", "upwind downwind", "headwind tailwind",
    "leftward rightward", "clockwise anticlockwise", "clockwise counterclockwise", "face back", "front rear",
)

# Opposites with nothing between them: "not X" says Y ("not different" is "the same").
COMPLEMENTS = {
    a: b for x, y in (pair.split() for pair in (
        "same different", "true false", "correct incorrect", "possible impossible", "legal illegal",
        "visible invisible", "equal unequal", "present absent", "alive dead", "complete incomplete",
        "agree disagree", "right wrong", "open closed")) for a, b in ((x, y), (y, x))
}

# ------------------------------------------------------------------ demonyms

# Endings that make a place its people or adjective (Russia / Russian, Europe / European,
# Belarus / Belarusian, China / Chinese): a name and its demonym are the same name.
DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "sian", "ese", "ns", "ans", "ians")  # TEXT-SPECIFIC? "sian": Belarussian

# ------------------------------------------------------------------ questions

# Words that frame a question rather than say what it is about: the tutor drops them.
QUESTION_WORDS = _words(
    "what which who whom whose when where why how whats tell please explain describe know give show happen happened "
    "happens happening mean means meant think you your i me my we our ours yours ourselves yourself yourselves myself "
    "ok okay exactly actually anything something thing things kind sort type get got did does do was were is are been "
    "against among within through across upon onto via per until till whether if unless regarding concerning during "
    "after before since though although yet"
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

# Nouns a question asks by for a person, a place or a time ("which engineer", "in what country", "what date"),
# besides the role, place and time words.
PERSON_NOUNS = _words(
    "person persons people man men woman women child children engineer engineers inventor inventors writer writers "
    "poet poets painter artist author authors composer explorer explorers ruler rulers monarch monarchs tsar sultan "
    "duke duchess princess admiral general generals officer officers captain soldier soldiers bishop pope physicist "
    "physicists chemist chemists biologist biologists doctor doctors politician politicians statesman philosopher "
    "boy boys girl girls lad lads crewman crewmen seaman seamen sailor sailors airman airmen pilot pilots cosmonaut "
    "cosmonauts astronaut astronauts stewardess passenger passengers"
    # (not "aviator", "navigator", "mechanic", "survivor": the tutor reads these nouns by stem, and "aviation",
    # "navigation", "mechanical", "survive" ask for no person: "what aviation agreement did they sign?")
)
# Nouns for people and groups of people, of any subject (a passage names them to answer "who"): no word that is
# also a verb's form ("guard", "rebel", "ally") and none for things ("computer", "water", "paper").
PEOPLE_WORDS = _words(
    "people crowd crowds army armies troops corps militia militias navy garrison regiment regiments cavalry infantry "
    "government governments committee committees council councils parliament senate company companies police rebels "
    "volunteers mercenaries citizens citizen residents inhabitants villagers townspeople settlers farmers workers "
    "labourers laborers peasants slaves servants nobles nobility clergy monks priests merchants traders buyers sellers "
    "savers lenders borrowers creditors debtors owners landowners employers employees consumers taxpayers voters "
    "students teachers scholars scientists researchers doctors patients customers investors bankers households "
    "families tribes enemy enemies allies opponents supporters followers sailors warriors hunters fishermen miners "
    "craftsmen builders carpenters masons smiths guards knights soldiers historians physicians musicians politicians "
    "civilians guardians librarians technicians mathematicians electricians barbarians survivors passengers victims "
    "prisoners captives keepers refugees pilgrims travellers travelers immigrants emigrants"
)
# Bodies of people, which act as a person does ("who did not sign?": "the guild of Ostry"): nouns for people too,
# and collectives when counted ("3 guilds" are no 3 people)
BODIES = _words(
    "guild guilds league leagues society societies party parties association associations union unions firm firms "
    "church churches club clubs federation alliance coalition cabinet commission commissions assembly assemblies "
    "congress legislature jury juries crew crews agency agencies authorities"
)
PEOPLE_WORDS |= BODIES
PLACE_NOUNS = _words(
    "country countries village villages place places area areas continent continents capital land lands territory "
    "territories location site sites"
)
TIME_NOUNS = _words("date dates time era period periods age ages")

# ------------------------------------------------------------------ other word classes

# The points of the compass and their adjectives: part of region and place names ("East Asian", "North Cape").
COMPASS = _words(
    "north south east west northern southern eastern western")
# Rank and region words that change what a title names ("deputy", "East Asian").
MODIFIERS = COMPASS | _words(
    "deputy vice former acting assistant under senior junior chief first second central "
    "economic military political"  # TEXT-SPECIFIC? "Under Secretary for Political Affairs" and the like
)
# Words of figures and their units: a mistake pattern made only of these is a figure.
QUANTITY_WORDS = _words(
    "million millions billion billions thousand thousands mln mn bn k m b percent per cent pct "
    "usd dollars dollar "  # TEXT-SPECIFIC? the article's only currency (no euro, rouble...)
    "year years month months week weeks day days decade decades century centuries"
)


# Greek letters as their names, as learners type them: "beta particle" is a "β particle" and an
# "alpha particle" is not. Left out: μ (micro) and ω (ohm), which are units far more often.
GREEK_LETTERS = dict(zip("αβγδεζηθικλνξοπρσςτυφχψ", (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda nu xi omicron pi rho sigma sigma tau upsilon "
    "phi chi psi").split(), strict=True))


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
    forms: Mapping[str, str] = field(default_factory=dict)  # irregular forms and their word ("sold" -> "sell")
    titles: frozenset[str] = frozenset()  # words before a name that are no name ("Mr", "King", "General")
    surname_endings: tuple[str, ...] = ()  # endings the stemmer cuts from a surname in one case only
    preventers: frozenset[str] = frozenset()  # verbs of stopping something ("stop the spread"), compared by stem
    interrogatives: frozenset[str] = frozenset()  # a line with one of these asks ("who", "when", "ли")
    concord: frozenset[str] = frozenset()  # negative words agreeing with a negator: "никогда не" is one negation
    question_openers: frozenset[str] = frozenset()  # ... or opening with one ("is", "did", "can")
    support_verbs: frozenset[str] = frozenset()  # "has", "gives": a point's verb of having, said or left out
    example_markers: frozenset[str] = frozenset()  # "such (as)", "including": examples follow, not an object
    against: frozenset[str] = frozenset()  # "a buffer against X": X is kept away, as by a word of stopping
    case_endings: tuple[str, ...] = ()  # endings a name takes in a sentence ("Вирхову", "Вирховым")
    plural_case_endings: tuple[str, ...] = ()  # endings of a plural noun's oblique cases ("нитратов", "нитратами")
    letter_names: Mapping[str, str] = field(default_factory=dict)  # Greek letters written out ("β" -> "beta")
    # words that turn who acts round when they stand between two names: "X was defeated by Y", "X lost to Y"
    role_flips: tuple[tuple[str, ...], ...] = ()
    auxiliaries: frozenset[str] = frozenset()  # "was", "has": verbs that only carry another ("was defeated")
    symmetric: frozenset[str] = frozenset()  # verbs of two who act alike ("X married Y" is "Y married X")
    # endings of one stem that name different things: no slip of one another ("chloride", "chlorite", "chlorate")
    contrasting_endings: tuple[tuple[str, str], ...] = ()
    conditionals: frozenset[str] = frozenset()  # "if": a clause that supposes, and asserts nothing
    towards: frozenset[str] = frozenset()  # a motion's goal follows: "to the heart", "into the cell"
    away: frozenset[str] = frozenset()  # its source: "away from the heart", "out of the cell"
    name_particles: frozenset[str] = frozenset()  # lower-case words of a person's name ("van", "de", "фон")
    patronymic_endings: tuple[str, ...] = ()  # "Илларионович", "Петровна": a person's name
    person_questions: frozenset[str] = frozenset()  # "who": the answer is a person
    one_letter_words: frozenset[str] = frozenset()  # "a", "I", "и", "в": words, not initials
    place_words: frozenset[str] = frozenset()  # "Mount", "North": a place's name, no person's
    locatives: frozenset[str] = frozenset()  # "в Доме Советов": a place follows
    connectives: frozenset[str] = frozenset()  # "Meanwhile", "Затем" opening a sentence: no name
    losses: frozenset[str] = frozenset()  # verbs of losing or destroying a thing: less of it ("lost trust")
    light_verbs: frozenset[str] = frozenset()  # verbs that say little of their own ("make", "go": `LIGHT_VERBS`)


ENGLISH = Lexicon(
    code="en", stemmer="english", stop=STOP, clause_breaks=CLAUSE_BREAKS, negators=NEGATORS,
    after_negators=AFTER_NEGATORS, negation_prefixes=NEGATION_PREFIXES, up=UP, down=DOWN, phrases=PHRASES,
    synonyms=(*(group.entries for group in SYNONYMS if group.match == "stem"), *NOUN_SYNONYMS),
    antonyms=tuple((a, b) for a, b in (pair.split() for pair in ANTONYM_PAIRS)),
    demonym_endings=DEMONYM_ENDINGS, modifiers=MODIFIERS, quantity_words=QUANTITY_WORDS,
    hedges=_words("or between either"), light_verbs=LIGHT_VERBS,
    derivations=("ment", "ement", "ionist", "ionism", "ionists", "li"), forms={**IRREGULAR_FORMS, **IRREGULAR_PLURALS},
    preventers=_words("prevent stop block halt hinder thwart avoid counter resist fight oppose curb "
                      "disrupt foil obstruct"),
    titles=_words("mr mrs ms miss dr doctor sir lord lady dame professor prof king queen prince princess emperor "
                  "duke duchess marquis count countess earl baron baroness abbe reverend bishop archbishop rabbi vicar "
                  "empress tsar czar pope saint st general admiral colonel captain president senator governor "
                  "chancellor minister secretary ambassador judge justice father mother brother sister uncle aunt "
                  "lieutenant sergeant corporal commander commodore marshal brigadier inspector constable mayor "
                  "abbot cardinal "
                  "pres gen adm col capt cmdr lt maj sgt sen gov rev fr hon insp supt academician"),
    interrogatives=_words("what which who whom whose when where why how whats whos"),
    question_openers=_words("is are was were do does did can could will would should shall has have had may might "
                            "must tell explain describe name list give show"),
    support_verbs=_words("have has had having give gives gave given giving"),
    example_markers=_words("such like including eg"),
    against=_words("against"),
    letter_names=GREEK_LETTERS,
    role_flips=tuple(tuple(p.split()) for p in (
        "by", "lost to", "lose to", "loses to", "losing to", "fell to", "fall to", "falls to", "surrendered to",
        "succumbed to", "yielded to")),
    auxiliaries=_words("was were is are be been has have had"),
    symmetric=_words("married marry marries met meet meets fought fight fights battled battle allied ally allies "
                     "negotiated negotiate traded trade talked talk clashed clash corresponded wed wedded"),
    towards=_words("to towards toward into onto"), away=_words("from"), conditionals=_words("if"),
    losses=_words("lose loses lost losing destroy destroys destroyed destroying undermine undermines undermined "
                  "undermining ruin ruins ruined ruining shatter shattered erode erodes eroded eroding"),
    # anions: "sulfide" is neither "sulfite" nor "sulfate" ("-ite" / "-ate" alone are too often a slip: "privite")
    contrasting_endings=(("ide", "ite"), ("ide", "ate"), ("id", "it"), ("id", "at"),
                         # a diminutive names a smaller thing: "arteriole" is no "artery", "bronchiole" no "bronchus"
                         ("y", "iole"), ("i", "iol"), ("us", "iole"), ("", "ule"), ("", "ole")),
    name_particles=_words("de da del della der di du la le van von den ten ter zu"),
    person_questions=_words("who whom whose"), one_letter_words=_words("a i"),
    place_words=COMPASS | _words(
        "mount mt lake river cape fort port upper lower central great new old united place"),
    locatives=_words("in at near"),
    connectives=_words("meanwhile later however afterwards finally soon eventually instead yet thus hence therefore "
                       "nevertheless moreover once now today yesterday earlier next first after before although "
                       "though since because whether if unless whereas until whenever wherever"),
)
