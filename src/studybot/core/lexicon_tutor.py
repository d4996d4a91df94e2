"""The tutor's language data: how questions are asked, how sentences end, how names,
reasons, dates and definitions are written (`TutorWords`), for English here and for
Russian in `lexicon_ru_tutor.py`. Like `lexicon.py` (whose lists it reuses), only data: the
code that reads it is in `tutor/`. Nothing here names a word of one text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from .lexicon import (
    BARE_NEGATORS,
    JOINED_PREFIXES,
    LIGHT_WORDS,
    PEOPLE_WORDS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    QUESTION_WORDS,
    ROLE_WORDS,
    STRIPPED_PREFIXES,
    SYNONYMS,
    TIME_NOUNS,
    TIME_WORDS,
)
from .lexicon_counts import ENGLISH_COUNTS, CountWords
from .lexicon_framing import EN_EMPHASIS, EN_FRAMING_PHRASES, EN_FRAMING_VERBS, EN_FRAMING_WORDS, EN_JUDGED, EN_KEPT
from .lexicon_kinds import EN_KIND_OF, EN_KIND_PHRASES, EN_NAMED_KINDS
from .lexicon_manner import EN_MANNER, EN_MANNER_MARKERS
from .lexicon_measures import EN_BY_WHAT, EN_DIMENSIONS, EN_MEASURE_ASKS, EN_MEASURE_NOUNS, EN_MEASURES
from .lexicon_paraphrase import DEMONYMS, PARAPHRASE_GROUPS, TUTOR_GROUPS, TUTOR_IRREGULAR_VERBS
from .lexicon_phrasal import LIGHT_VERBS_ASKED
from .lexicon_reasons import EN_EXPLAINING, EN_NOT_REASONS, EN_PURPOSE, EN_REASON_ASKS, EN_REASONS, EN_RESULTS
from .lexicon_tutor_phrasal import EN_PERIOD, EN_TUTOR_PHRASALS

__all__ = ["ENGLISH_TUTOR", "AnswerKind", "TutorWords", "ending_pairs"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def ending_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Pairs of endings written "a/b", separated by spaces ("ment/" pairs "-ment" with no ending)."""
    return tuple((a, b) for a, b in (pair.split("/") for pair in text.split()))


AnswerKind = Literal["numeric", "dated", "person", "entity", "place", "reason", "yes_no", "define", "listing",
                     "choice", "expand", "method", "manner", "ratio"]


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
    abbreviations: frozenset[str]  # words written with a stop that ends no sentence ("mr", "st", "e.g") ...
    closing_abbreviations: frozenset[str]  # ... but these end one before a word opening sentences ("etc. The")
    stripped_prefixes: tuple[str, ...]  # prefixes stripped to find a word's positive form ("distrust" -> "trust")
    joined_prefixes: tuple[str, ...]  # prefixes written with a hyphen joined to their word ("co-wrote")
    cardinal: str  # a cardinal number written as a word (ordinals are no figure)
    asks: Mapping[AnswerKind, str]  # how a question asks for each kind of answer
    rewrites: tuple[tuple[str, str], ...] = ()  # question phrasings rewritten before analysis
    # light words light in their own form only, not by their stem: a learner's "own", "typically", "конкретно" frame a
    # question, while "owned", "typical", "конкретный" of the same stem may be what it asks (`lexicon_framing`)
    emphasis: frozenset[str] = frozenset()
    # multi-word verbs read as one word, in passages and questions, before the lexicon's own (`lexicon_phrasal`,
    # `lexicon_composition`), which the grader and the tutor both read
    phrasals: tuple[tuple[str, str], ...] = ()
    exact_synonyms: tuple[tuple[str, ...], ...] = ()  # wider groups for questions: words and their stems
    derivation_endings: tuple[str, ...] = ()  # stem endings that derive a word from another ("dens-iti")
    derived_pairs: tuple[tuple[str, str], ...] = ()  # endings of one word family ("ratif-ication" / "ratif-y"), see
    # `tutor.words.Words.family`: a question word the pack lacks is read as the pack's word of its family
    dictionary_forms: tuple[tuple[str, str], ...] = ()  # (ending, replacement): a word or its stem back to a
    # dictionary form the pairs start from ("ratified" -> "ratify", "голосован" -> "голосование")
    degree_endings: tuple[str, ...] = ()  # comparative and superlative endings ("bigg-est")
    percent_words: frozenset[str] = frozenset()  # words asking for a percentage
    money_words: frozenset[str] = frozenset()  # words asking for a sum of money
    number_words: frozenset[str] = frozenset()  # words asking for a figure ("port number")
    hypernyms: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = ()  # a general word, endings of its kinds
    counts: CountWords = field(default_factory=CountWords)  # how counts are written (`lexicon_counts`)
    labelling: frozenset[str] = frozenset()  # verbs that label something "as" a term ("described it as a ...")
    labelling_as: str = ""  # ... and the word before the term
    period_words: frozenset[str] = frozenset()  # words asking when something started, ended or how long it lasted
    period: str = ""  # ... and how a sentence gives a span of time ("from 1948 to 1952"), a regular expression
    counting: frozenset[str] = frozenset()  # after a question word, what asks to count ("how many")
    counting_alone: frozenset[str] = frozenset()  # ... or by itself ("сколько"): a figure answers next to what counts
    counting_skips: frozenset[str] = frozenset()  # adverbs of time between it and what it counts ("сколько сейчас
    # в долине мельниц": mills are counted, not "now")
    purpose: str = ""  # how a sentence gives a purpose without a reason word (", to produce ..."), a regular expression
    not_reasons: str = ""  # what only looks like a reason ("since then", "so-called", "nobody knows why"), a regex
    explaining: tuple[str, ...] = ()  # a sentence's openings by which it gives the reason for the one before
    manner_markers: tuple[str, ...] = ()  # phrases by which a sentence says how, by what means or in what steps
    # ("by means of", "using", "путём"), over normalised words
    manner: str = ""  # ... and forms a phrase list cannot say ("by burning coal", "нагревая руду"), a regular
    # expression over the sentence as written
    causing: frozenset[str] = frozenset()  # verbs of causing: "what made X ...?" is answered by "Y made X ..."
    cause_asks: str = ""  # ... how a question asks for the cause by them, a regular expression
    fate_asks: str = ""  # how a question asks what became of someone or something ("what happened to X?", `fates`)
    fate_later: str = ""  # ... and the words after X that only say "in the end" ("what became of X later?")
    deictic: frozenset[str] = frozenset()  # words pointing at the place or time spoken of, content words of the
    # language's stop list does not know ("были ли там дети?" as "were there children?", whose "there" it knows)
    choosing: frozenset[str] = frozenset()  # question words asking to pick a named thing: "which city" (light)
    particles: frozenset[str] = frozenset()  # particles of verbs, which make nouns with them ("walkout", "breakdown")
    comparing: frozenset[str] = frozenset()  # words asking for a quantity relative to another (a share answers)
    contrast_words: frozenset[str] = frozenset()  # words of a question asking how two things differ ...
    contrast_markers: tuple[str, ...] = ()  # ... and phrases by which a sentence contrasts two things
    expansion_cues: tuple[str, ...] = ()  # phrases after an acronym that spell it out ("short for")
    announcing: tuple[str, ...] = ()  # words by which a sentence says that reasons follow ("several reasons")
    duration_words: frozenset[str] = frozenset()  # words met by any duration ("лет": "длилась 21 год")
    role_asks: frozenset[str] = frozenset()  # words asking what someone's role is ("which post did X hold?")
    measures: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "deep": the quantity kinds it asks for
    asking: frozenset[str] = frozenset()  # question words after which a word says what kind of answer is wanted
    framing_endings: tuple[str, ...] = ()  # endings of verbs and adverbs: unknown to the pack, they frame a question
    same_time: tuple[str, ...] = ()  # phrases dating a sentence by the one before ("that day", "в тот же день")
    root_length: int = 6  # letters of a stem's root (a weak key)
    excluding: frozenset[str] = frozenset()  # "except X": X is not what the question is about
    locatives: frozenset[str] = frozenset()  # prepositions of place: a name after one is a place ("in Greenland")
    stems: Mapping[str, str] = field(default_factory=dict)  # words whose Snowball stem means another word
    stem_endings: tuple[tuple[str, str], ...] = ()  # (ending, replacement): words of an ending Snowball cuts down to
    # another word keep a stem of their own ("-ization": an organisation is no organ)
    result_adverbs: frozenset[str] = frozenset()  # anywhere in a sentence, its reason is in the one before
    measure_nouns: frozenset[str] = frozenset()  # `measures` that name a quantity anywhere in a question ("the depth")
    measure_asks: tuple[tuple[str, tuple[str, ...]], ...] = ()  # phrases asking a measure ("сколько весит"): a
    # regular expression over a normalised question, and the kinds (`lexicon_measures`)
    dimensions: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a length's dimensions by the beginnings of their words
    pronoun_reach: int = 0  # a pronoun among a sentence's first this many words goes on about the one before, as
    # do chains of them ("В 1887 году он ..."); 0: only a pronoun opening the sentence (its first words), as in English
    kept_endings: tuple[str, ...] = ()  # endings a spelling correction keeps ("знали" is no "знаки"), longest first
    fleeting_vowel: str = ""  # a word stemmed apart from its other forms ("отец" / "отца"): its groups joined
    name_particles: frozenset[str] = frozenset()  # lower-case words inside a person's name ("ван ден Брук", "de")
    instructions: frozenset[str] = frozenset()  # imperatives opening an exercise ("Put X's ports ..."): no name's word
    name_adjective_endings: tuple[str, ...] = ()  # stem endings of adjectives made from names ("азов-ск")
    name_vowels: str = ""  # ... whose name ends in one of these vowels the adjective drops ("бородин-ск": Бородино)
    stem_drops: str = ""  # a final letter the stemmer drops, kept before a name adjective's suffix ("ревель-ск")
    common_noun_endings: tuple[str, ...] = ()  # a capitalised word ending so opening a sentence is no first name
    patronymic_endings: tuple[str, ...] = ()  # a person's full name ("Борис Николаевич Ельцин") introduces them
    aspect_suffixes: tuple[str, ...] = ()  # suffixes of a verb's stem that its other aspect lacks, longest first
    # ("подпис-ыва-ли" / "подписа-ли", "реша-л" / "реши-л"): a verb form also has the stem without them
    aspect_vowels: tuple[tuple[str, str], ...] = ()  # the root's vowel before a long suffix ("устан-а-вливать" /
    # "устан-о-вить"): (vowel, its other form)
    verb_endings: tuple[str, ...] = ()  # endings of verb forms and participles (the words `aspect_suffixes` apply to)
    name_kept: str = ""  # a name that drops less than its ending ("Дмитрий": "дмитри", as "Дмитрия"; `name_endings`)
    epenthetic: str = ""  # regex: a verb stem with a consonant its other forms lack ("разгромл-ена"); group 1 without
    adjective_endings: tuple[str, ...] = ()  # endings of adjectives (the words `relational_suffixes` apply to)
    verbal_noun_endings: tuple[str, ...] = ()  # ... of which these end nouns ("решение"), no adjective
    relational_suffixes: tuple[tuple[str, str], ...] = ()  # (suffix, replacement): an adjective's stem back to its
    # noun's ("клеточн" -> "клеточ", "дыхательн" -> "дыхан"), longest first
    alternations: tuple[tuple[str, str], ...] = ()  # a consonant at the end of an adjective's root and the noun's
    # ("клеточ-" / "клетк-", "солнеч-" / "солнц-"): the root is read with the second only
    unique_titles: frozenset[str] = frozenset()  # titles that stand for the one person a text gives them to ("царь")
    definition_cue: str = ""  # what joins a term to its definition ("— это"), a regular expression over a sentence
    inserted_vowel: str = ""  # regex: a root with a vowel its noun lacks ("клеток-", "ядер-"); groups 1, 2 without
    enumerators: frozenset[str] = frozenset()  # words opening the items of a list, a sentence each ("First, ...")
    standing_words: frozenset[str] = frozenset()  # a verb of standing that also says a price ("стоит"): `reread_words`
    present_words: frozenset[str] = frozenset()  # words asking about the present ("today"): a passage must say it too
    present_tense: str = ""  # ... or say a state that still holds ("still stands", "has been kept there since
    # 1874"): a regular expression over a normalised sentence
    cause_words: frozenset[str] = frozenset()  # words asking for a cause ("what causes X?"): met by a reason marker
    person_nouns: frozenset[str] = frozenset()  # besides `role_words`, nouns for people: "which engineer" asks for one
    place_nouns: frozenset[str] = frozenset()  # besides `place_words`, kinds of place: "in which country" asks for one
    time_nouns: frozenset[str] = frozenset()  # besides `time_words`, units of time: "what date" asks for no name
    # nouns for people and groups of people a passage may answer "who" with ("savers", "the militia", "ополченцы"):
    # a general list (nouns only, not forms of a verb), and the endings of agent nouns that make no other words
    # ("lobby-ist", "связ-ист", "сбор-щик"), each form in full, except the words listed that end so
    people_words: frozenset[str] = frozenset()
    people_endings: tuple[str, ...] = ()
    people_min: int = 7  # ... letters a word with such an ending has at least
    people_not: frozenset[str] = frozenset()
    pioneer_asks: frozenset[str] = frozenset()  # "who first ...?" asks for the pioneer: no noun for a whole class
    contractions: tuple[tuple[str, str], ...] = ()  # a question word and its verb run together ("whats": "what is")
    # -- definitions (`tutor.definitions`): which copulas define, and the other ways a text introduces a term
    participles: frozenset[str] = frozenset()  # irregular past participles: "X was built" says what was done to X
    defining_participles: frozenset[str] = frozenset()  # ... but these define X ("X is defined as", "measured in")
    participle_endings: tuple[str, ...] = ()  # ... and the endings of the others ("X was abolished", "была создана")
    participle_length: int = 4  # ... in words of at least this many letters
    adverb_endings: tuple[str, ...] = ()  # endings of adverbs between a copula and what follows ("was soon abolished")
    meant_by: str = ""  # "by X we mean ...", "под X понимают ...": a regular expression, group 1 the term
    renaming: tuple[str, ...] = ()  # "X, or Y, ...", "X, that is Y": what gives another name of a term, after a comma
    indefinite: frozenset[str] = frozenset()  # articles of a description: "a new coin, the X" introduces X
    demonstratives: frozenset[str] = frozenset()  # "... roads were tolled: this is the salt tax": names what it follows
    relative_adverbs: frozenset[str] = frozenset()  # "a hollow, the fovea, where ...": a term described before it
    prepositions: frozenset[str] = frozenset()  # what opens a phrase that is no subject ("Основание по Аррениусу —
    # это"; not "of": "the speed of light is" defines both)
    # -- which kind (`tutor.instances`): "which gas" asks for an instance of a category the text names
    kind_phrases: tuple[tuple[str, str], ...] = ()  # "which of the X" as "which X" (regular expressions)
    kind_of: tuple[str, ...] = ()  # "what kind of X", "какого типа X": X (group 1) is a category, its kind the answer
    named_kinds: frozenset[str] = frozenset()  # categories whose instances are names ("which city": a name answers)
    instance_cues: tuple[str, ...] = ()  # after a category, the instances follow ("acids such as vitriol")
    other_cues: tuple[str, ...] = ()  # after instances, the category follows ("Sallow and other ports")
    oblique_endings: tuple[str, ...] = ()  # a category word ending so has its name in the same case ("реке Орне")
    possessor_endings: tuple[str, ...] = ()  # ... else a name ending so is its possessor ("армия Кутузова")
    # -- a name asked for (`tutor.names_asked`): "what was the name of X?" is answered by a name written beside X
    name_asks: str = ""  # a regular expression, group "rest" the words that say X
    name_ask_ends: frozenset[str] = frozenset()  # words after which the rest no longer says X ("that", "who", "of")
    name_cues: tuple[str, ...] = ()  # words besides `naming_cues` that give a name ("renamed", "по имени")
    name_ask_first: tuple[str, ...] = ()  # X's noun comes first, after adjectives ending so ("младшего сына": сын);
    # without them, it comes last ("Tom's younger son that ...": son)


_EN_DERIVATIONS = ("ational", "ization", "isation", "ation", "ition", "iti", "ness", "ment", "ship", "ical", "ic",
                   "ion", "ism", "ist", "ive", "ous", "ful", "less", "abl", "ibl", "anc", "enc", "al", "li", "er",
                   "or", "ant", "ent")
# Derivational families (derived ending / base ending): a noun of action, state or quality and its verb or
# adjective, an agent and its verb, a field and its practitioner. Tried both ways, on a root of 4 letters or more.
_EN_FAMILIES = ending_pairs(
    "ication/y isation/ize ization/ise ation/ate ation/e ation/ ion/e sion/de "
    "ssion/t sion/d ction/ce ption/be ption/ive ption/e tion/t ssion/ss ment/ al/e al/ ial/y ance/ ance/e ence/ "
    "ence/e ancy/ant ency/ent ance/ant ence/ent ity/ ity/e ility/le ness/ iness/y ive/ion ive/e ive/ ure/ ure/e "
    "ous/ er/ er/e tor/t or/e or/ion ist/y ist/ism ian/y ic/y ical/y ation/ise ation/ize ysis/yse ysis/yze "
    "ytic/ysis "
    # verbs made of nouns and adjectives ("standard-ise", "wid-en", "strength-en"), and the one an act is done to
    "ise/ ize/ ise/e ize/e en/ en/e ee/")


# "where" asks for a place at the head of a question, not inside it ("how does a router decide where to send ...")
_WHERE = r"^\W*(?:(?:and|but|so|then|tell me|do you know|please)\s+)*(?:from |to )?where\b|[,;]\s*where\b"
_PERSON_WORD = r"(?:person|persons|people|individual|individuals|one)"  # nouns saying only "someone" (not "woman")

ENGLISH_TUTOR = TutorWords(
    question_words=(QUESTION_WORDS | _words("like ever except besides excluding anyone anybody everyone everybody "
                                            "someone somebody else name list again finally really precisely "
                                            "eventually ultimately")) - {"tell"},  # "when did it finally end?"
    light_words=LIGHT_WORDS | LIGHT_VERBS_ASKED | EN_JUDGED | _words(
                                     "compare difference differ between value amount figure total sum size level rate "
                                     "other others another title "
                                     # light verbs besides `LIGHT_VERBS_ASKED` ("sit on the board": be one of it)
                                     "let lets exist exists existed need needs needed belong belongs belonged "
                                     "doing "  # "why were they doing a test?": the activity is its object's
                                     "date dates cover covers covered concern concerns concerned most range sit sat "
                                     # frames: "what is X known for", "the abbreviation X", "compared with"
                                     "known famous remembered abbreviation acronym compared comparison "
                                     # "what is the purpose of X?": what X is for; "X's contribution?": what X did
                                     "purpose purposes contribution contributions "
                                     # how often: "what does X always insist on?" (and never a misspelt word)
                                     "always often sometimes frequently rarely seldom "
                                     # "what was the outcome / significance / effect of X?": what X led to
                                     "outcome outcomes result results consequence consequences significance "
                                     "importance effect effects background") | EN_FRAMING_WORDS | EN_EMPHASIS,
    emphasis=EN_EMPHASIS,
    bare_negators=BARE_NEGATORS,
    reason_markers=("because", "since", "due to", "owing to", "thanks to", "as a result", "in order to", "so that",
                    "therefore", "thus", "hence", "consequently", "which is why", "that is why", "this is why",
                    "the reason", "caused by", "so", "lead to", "leads to", "led to", "result in", "results in",
                    "resulted in", "why", "this is the", "that is the", "reason was", "reason is", "reasons were",
                    "reasons are", "for this reason", "for these reasons",
                    # what a thing comes of: "X happens when ...", "X results from ...", "the sources of X"
                    "happens when", "happen when", "occurs when", "occur when", "arises when", "arise when",
                    "results from", "result from", "stems from", "stem from", "sources of") + EN_REASONS,
    result_markers=("that is why", "this is why", "as a result", "therefore", "thus", "hence", "consequently", "so",
                    "for this reason", "because of this", "this means") + EN_RESULTS,
    not_reasons=EN_NOT_REASONS, explaining=EN_EXPLAINING,
    time_words=TIME_WORDS | _words("during"),  # "during the First World War" says when
    date_words=_words("january february march april may june july august september october november december "
                      "spring summer autumn winter"),
    role_words=ROLE_WORDS | _words(
        "governor general king queen prince emperor mayor senator professor leader founder director commander "
        "manager chancellor premier envoy spokesman spokeswoman scientist researcher representative representatives "
        "officials diplomat diplomats expert experts leaders members delegate delegates "
        # nouns for people by what they do or are, which introduce a name ("the surgeon X", "X, a widow from ...")
        "surgeon nurse priest monk nun bishop abbot pupil engineer architect poet widow widower clerk judge knight "
        "merchant peasant lawyer physician chemist captain pilot consul referee editor curator"),
    agent_endings=("ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ant", "ent"),
    naming_cues=("called", "known as", "termed", "named", "so-called", "dubbed", "referred to as"),
    name_asks=r"^\W*(?:what|whats|what's) (?:is|was|are|were) (?:the )?names? of (?P<rest>.+)",
    name_ask_ends=_words("that who whom which whose when where while during in at on of for from with by before after "
                         "to did does do was is were are had has"),
    name_cues=("renamed", "titled", "entitled", "christened", "nicknamed", "whose name was", "by the name of"),
    copulas=_words("is was are were became becomes remains remained means meant refers referred denotes denoted "
                    "signifies signified designates designated"),
    appositives=_words("the a an who which whose one"),
    pronouns=_words("he she it they his her its their this these that those such him them"),
    name_joiners=_words("of for the de da del der di du la le van von y al bin"),
    name_particles=_words("de van von der den du da di del della ibn bin"),
    instructions=_words("put name list give arrange explain describe compare identify choose write"),
    place_words=_words(
        "mount mountain mountains lake river sea ocean bay gulf island islands cape peninsula valley desert forest "
        "park street square road avenue city town county state states province region republic kingdom empire "
        "union federation trench ridge rise fault plate basin plain plateau coast strait canal san santa saint st "
        "fort port north south east west central new university college school institute institution academy "
        "association society council committee commission agency authority administration department ministry "
        "office bureau service survey observatory center centre museum foundation bank company corporation group "
        "party army navy court parliament congress senate assembly house church treaty accord pact conference "
        "summit forum organization organisation alliance league fund station airport harbour harbor "
        "isle isles northern southern eastern western"),  # "Scilly Isles", "Eastern Scheldt", "Northern Ireland"
    name_endings=(),
    abbreviations=_words(
        "mr mrs ms dr prof st mt ft jr sr gen col lt sgt capt gov sen rep rev hon no nos vol fig figs approx ca "
        "e.g i.e cf vs v etc al u.s u.k u.n a.m p.m inc ltd co corp dept est"),
    closing_abbreviations=_words("etc al u.s u.k u.n a.m p.m inc ltd co corp jr sr"),
    stripped_prefixes=(*STRIPPED_PREFIXES, "co"),
    joined_prefixes=JOINED_PREFIXES,
    cardinal=(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|"
              r"nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|trillion|half|"
              r"quarter|dozen|thirds?|fifths?|twice|double)\b"),
    asks={
        "numeric": r"\bhow (?:many|much|large|big|long|fast|far|often|high|deep|thick|old|hot|heavy|wide|quickly)\b"
                   r"|\bthe (?:value|amount|number|size|total|sum|share|percentage|proportion|cost|price|density|"
                   r"depth|height|thickness|width|length|speed|temperature|weight|mass|population) of\b"
                   # "what was the water temperature on X?", "what's the average depth?": the measure asked, with one
                   # word saying which (an age only of a limit or an average: "what was the Bronze Age?" is a period)
                   r"|^\W*what(?:'s| is| was| are| were) the (?:\w+ )?(?:depth|height|thickness|width|length|speed|"
                   r"temperature|weight|mass|density|distance)s?\b"
                   r"|^\W*what(?:'s| is| was| are| were) the (?:minimum|maximum|average|mean|typical|usual|legal|"
                   r"voting|retirement) age\b"
                   r"|\bthe (?:\w+ )?rate\b"
                   r"|\bwhat (?:percentage|share|proportion|fraction|portion|part|amount|value|number|figure|sum|"
                   r"magnitude|temperature|"
                   r"speed|size|depth|height|salary|wage|wages|price|cost|fee|fees|budget|income)\b"
                   r"|\bby (?:how much|what)\b(?! (?:" + EN_BY_WHAT + r")\b)"  # "by what means / year": no figure
                   r"|^\W*when (?:is|are) .*\btoo\b",  # "when is X too high?": a figure
        "dated": r"^\W*(?:and |but |so )?when\b(?! (?:does|do|can|should|must)\b)(?! (?:is|are) .*\btoo\b)"  # "when do
                 r"(?![^,?]*,\s*(?:which|what|who|whom|whose|where|how|why)\b)"  # X use Y?", "when X
                 r"|\bdate of\b|\b(?:dates?|year)\W*$"  # sags, which part ...?": an occasion, a condition
                 r"|^(?!.*\b(?:what|which|who|whom|whose|where|why|how)\b).*\b(?:year|date)\b"  # "Nobel year for X?"
                 r"|\b(?:what|which) (?:date|year|day|month|century|decade)\b"
                 r"|\bin what year\b|\bsince when\b|\bhow long ago\b"
                 r"|\b(?:what|which) time\b|\bwhat hour\b",  # "what time did it sink?": a time of day
        "person": r"^\W*(?:who|whom|whose)\b|\bby whom\b",
        "entity": r"^\W*(?:who|whose)\b|\bwhom\b|^\W*what (?:is|was|are|were) the names? of\b|" + _WHERE
                  + r"|^\W*(?:which|in which|from which|with which|by which|at which|what) "
                  r"(?:country|countries|city|cities|town|place|organi[sz]ation|company|magazine|newspaper|agency|"
                  r"island|islands|mountain|ocean|sea|river|lake|state|states|person|people|plate|ridge|volcano|"
                  r"scientist|station|radio)\b|^\W*(?:which|in which|from which|with which) \w+",
        "place": _WHERE + r"|\bin (?:which|what) (?:country|city|town|place|region|part)\b",
        "reason": r"\bwhy\b|\bfor what reason\b|\bhow come\b|\bwhat (?:causes|caused|makes|made)\b(?! up\b)"
                  r"|\bwhat (?:is|was|are|were) the (?:purpose|point) of\b|\bfor what purpose\b" + EN_REASON_ASKS,
        "yes_no": r"^\W*(?:does|do|did|is|are|was|were|can|could|has|have|had|will|would|should)\b",
        "define": r"^\W*(?:who|what)(?:'s| is| was| are| were)\b(?!.*\bby\W*$)"  # not "who was X killed by?",
                  # nor "who was (the) pope when / while / during ...?": the holder of a post at a time
                  r"(?!(?:(?<=who's)|(?<=who is)|(?<=who was)|(?<=who are)|(?<=who were)).*\b(?:when|while|during)\b)"
                  # nor "who was the first (person) to ...?": a person who did it is asked for, not what the thing is
                  r"(?! the (?:very )?(?:first|last|only|\w+est) (?:" + _PERSON_WORD + r"|(?:\w+ )?(?:to|who|that))\b)"
                  # nor "who was the operator who pressed it?": the person who did it, by a clause of its own
                  r"(?!(?:(?<=who was)|(?<=who were)|(?<=who is)|(?<=who are)) (?:the|an?) (?:[\w-]+ ){1,3}"
                  r"(?:who|that)\b)"
                  r"|^\W*(?:(?:can|could) you |please )?(?:tell (?:me|us) (?:about|of)|explain|describe)\b"
                  r"(?! (?:why|how|what|when|where|who|which)\b)"
                  r"|^\W*what (?:does|do|did) .+ (?:mean|stand for|refer to|denote|signify)\W*$"
                  r"|^\W*what (?:do|does|did) \w+ mean by\b|^\W*define\b|\bdefinition of\b"
                  r"|^\W*what about\b|^\W*what (?:does|do|did) \w+(?: \w+)? do\W*$"
                  r"|\b(?:which|what) (?:post|job|position|role|title|office|occupation|"
                  r"profession)\b",
        # "how is X calculated?", "how do you work out X?": what X is, not a figure
        "method": r"^\W*how (?:is|are|was|were) .+ (?:calculated|computed|worked out|figured out|determined|defined)"
                  r"\W*$|^\W*how (?:do|does|can|could|would|should) (?:you|we|one|i) (?:calculate|compute|work out|"
                  r"figure out|determine|define)\b",
        "listing": r"\b(?:two|three|four|five|six|[2-6])\s+(?:main\s+|possible\s+|key\s+)?[a-z]+s\b"
                   r"|\bname the\b|\blist (?:the|all)\b",
        "choice": r"\w\s+or\s+\w",
        "expand": r"\bstands? for\b|\bshort for\b|\b(?:abbreviation|acronym|initials)\b|\bfull (?:name|form)\b",
        # a manner, means, method or process: "how did X ...", "in what way", "by what means", "what method",
        # "describe how" ("how" + an auxiliary: "how many", "how long", "how come" are not; nor "how did X affect /
        # change Y", an effect; nor "what happens when", an outcome)
        "manner": r"^(?!.*\b(?:affect|affects|affected|influence|influences|influenced|impact|impacts|impacted|"
                  r"change|changes|changed|alter|alters|altered|react|reacts|reacted|respond|responds|responded)\b)"
                  r"\W*(?:(?:and|but|so|then|ok|okay) )?how (?:exactly |precisely |actually )?(?:did|does|do|is|are|"
                  r"was|were|can|could|would|will|should|has|have|had|might|must|may)\b"
                  r"|\b(?:know|explain|describe|show|tell (?:me|us)|understand|say|learn|see) how\b"
                  r"|\bin (?:what|which) (?:way|ways|manner)\b|\bby (?:what|which) (?:means|method|process|"
                  r"mechanism|route|technique|procedure)\b|\bthrough what\b"
                  r"|^\W*(?:what|which) (?:methods?|means|techniques?|process|processes|mechanisms?|procedures?|"
                  r"steps|stages)\b|\bthe (?:process|method|mechanism|procedure|technique) (?:of|by|for)\b",
    },
    rewrites=(
        # "who was the first person to ...?": the general noun for a person only says "who" again (the one asked for)
        # ("who" may be gone: a pack's alias for the WHO)
        (r"^(\W*(?:who\b\W*)?(?:'s|is|was|are|were) the (?:very )?(?:first|last|only|\w+est)) " + _PERSON_WORD
         + r"\b", r"\1"),
        # "define X", "what is the definition of X?", "what does the term X mean?": what X is
        (r"^\W*(?:define|give (?:a|the) definition of|(?:what is|what's) the (?:definition|meaning) of|"
         r"what (?:do|does|did) \w+ mean by|what (?:is|was|are|were) meant by)\b", "what is"),
        (r"\bthe (?:term|word|expression)(?= (?!of\b|for\b)[\w'\"‘“])", " "),
        (r"\bhow (?:many|much|often|soon)\b", "how"),
        (r"\b(?:want|wants|wanted|wish|wished|need|needs|needed|try|tried|trying|plan|plans|planned|hope|hoped|"
         r"supposed|going|able|likely|expected|meant)\s+to\b", "to"),
        (r"\b(?:take|takes|took|taken|taking) place\b", "happened"),
        (r"\b(?:come|comes|came) from\b", "from"), (r"\bstands? for\b", "mean"),
        (r"^(\W*from (?:which|what|where)\b.*?)\s+(?:come|comes|came)\b", r"\1"),  # "from which city did X come?"
        (r"\btell (?:me|us|you)\b", " "), (r"\bcounts? as\b", "is"),
        (r"\b(how many|number of) (?:different|distinct|separate|individual)\b", r"\1"),
        # "how does X work?" asks what X does: the verb says nothing the text would
        (r"^(\W*how (?:does|do|did|can|could|would) .+?)\s+(?:work|works|operate|operates|function|functions)(?=\W*$)",
         r"\1"),
        # "what is the role of X?", "what are X used for?" ask what X is or does (the purpose of X: why, see `asks`)
        (r"^(\W*what (?:is|are|was|were) )the (?:job|role|function|task|purpose|point|use) of\b", r"\1"),
        (r"^(\W*what (?:is|are|was|were) .+?) (?:used|meant|intended|designed) for(?=\W*$)", r"\1"),
        (r"^(\W*(?:does|do|did|will|would|can|could) .+?)\s+work(?:s|ed)?(?=\W*$)", r"\1 effective"),  # "does X work?"
        *EN_FRAMING_VERBS,  # "how is X worked out?", "where is X found?"
        *EN_FRAMING_PHRASES,  # "in general", "on the whole"
        (r"\bthe (?:idea|concept|notion|term) of\b", " "),  # "who came up with the idea of X?": X
        (r"\bso[- ]called\b", " "),
        (r"\bwhat (?:role|part) (did|does|do|has|have|had) (.+?) (?:play|played)\b", r"what \1 \2 do"),
        (r"\bpioneer(?:ed|s|ing)?\b", "first"),  # to pioneer X: to be the first to do X
        # "how does X decide / find / know ...?" asks for the way: the text says what X does, not that it decides
        (r"^(\W*how (?:do|does|did|can|could|would|will) .+?)\s+(?:decide[sd]?|determine[sd]?|choose[s]?|chose|"
         r"find[s]?|know[s]?|knew|tell[s]?|manage[sd]?|learn(?:s|ed|t)?|work(?:s|ed)? out|figure[sd]? out)\b", r"\1"),
        (r"\b(?:one|1) of\b", " "), (r"\bthe (?:one|1) (?=\w)", "the "),  # "one of the worst": no figure asked
    ),
    phrasals=EN_TUTOR_PHRASALS,
    exact_synonyms=tuple(group.entries for group in SYNONYMS if group.match == "exact")
    + tuple(tuple(g.split()) for g in TUTOR_IRREGULAR_VERBS.split("|") if " " in g)
    + tuple(tuple(g.split()) for g in TUTOR_GROUPS.split("|"))
    + tuple(tuple(g.split()) for g in PARAPHRASE_GROUPS.split("|"))
    + tuple(tuple(g.split()) for g in DEMONYMS.split("|")),
    derivation_endings=_EN_DERIVATIONS,
    derived_pairs=_EN_FAMILIES,
    dictionary_forms=ending_pairs("s/ es/ ies/y ied/y ed/ ed/e ing/ ing/e i/y /e"),
    degree_endings=("est", "er"),
    percent_words=_words("percent percentage percentages proportion share fraction portion"),
    money_words=_words("money cost costs price prices funds funding cash"),
    # ... and a quantifier of the whole a count is asked with ("how many X in total / altogether?"): any figure gives
    # the total ("six X in all")
    number_words=_words("number numbers figure figures total totals altogether overall"),
    particles=_words("out up down off over back away"),
    counting=_words("many"), choosing=_words("which what"),
    causing=_words("cause causes caused make makes made"),
    purpose=EN_PURPOSE, manner_markers=EN_MANNER_MARKERS, manner=EN_MANNER,
    cause_asks=r"^\W*what (?:causes|caused|makes|made)\b",
    fate_asks=r"^\W*what (?:(?:has|had) )?(?:happened|became) (?:then |later |next )?(?:to|of)\b"
              r"|^\W*what was the fate of\b",
    fate_later=r"\b(?:later|later on|afterwards|afterward|then|next|eventually|in the end|after that"
               r"|after (?:the|this|that|his|her|its|their) \w+)\W*$",  # "after the war": when, not what
    period_words=_words("start starts started begin begins began end ends ended finish finished last lasted"),
    period=EN_PERIOD,  # "from 1948 to 1952", "on 5 December ... until 9 December"
    labelling=_words("describe describes described regard regards regarded see sees saw seen view views viewed "
                     "consider considers considered hail hails hailed brand brands branded label labels labelled "
                     "labeled characterise characterises characterised characterize characterizes characterized "
                     "denounce denounces denounced"),
    labelling_as="as",
    hypernyms=((_words("scientist scientists researcher researchers"),
                ("ologist", "ologists", "icist", "icists", "ographer", "ographers", "onomer", "onomers")),),
    counts=ENGLISH_COUNTS,
    comparing=_words("compared comparison relative proportion ratio"),
    announcing=("reasons", "motives", "causes"),
    expansion_cues=("short for", "stands for", "stand for", "which stands for", "abbreviation for", "acronym for"),
    contrast_words=_words("different difference differences differ differs differed distinguish distinguishes "
                          "contrast unlike"),
    contrast_markers=("whereas", "unlike", "in contrast", "by contrast", "on the other hand", "rather than",
                      "instead of", "differ", "differs", "differed", "different", "difference", "as opposed to",
                      "than"),  # "faster than TCP"
    role_asks=_words("post job position role title office occupation profession hold held have had work worked"),
    asking=_words("how what which whose"),
    framing_endings=("ed", "ing", "ly"),
    excluding=_words("except besides excluding"),
    enumerators=_words("first firstly second secondly third thirdly fourth fourthly fifth fifthly finally lastly"),
    present_words=_words("current currently today now nowadays modern"),
    present_tense=r"\b(?:still|remains?)\b|\b(?:has|have) (?:\w+ )?been\b[^.;]*\bsince\b|" + EN_KEPT,
    cause_words=_words("cause causes caused reason reasons"),
    person_nouns=PERSON_NOUNS, place_nouns=PLACE_NOUNS, time_nouns=TIME_NOUNS,
    people_words=PEOPLE_WORDS, people_endings=("ist", "ists"), pioneer_asks=_words("first earliest"),
    people_not=_words("checklist checklists playlist playlists shortlist shortlists wishlist blacklist whitelist "
                      "persist persists consist consists insist insists resist resists assist assists subsist "
                      "subsists desist desists exists"),
    contractions=((r"^(\W*)(what|who|where|when|how|why)(?:'s|s)\b", r"\1\2 is"),  # "whats", "who's", "hows"
                  (r"\b(did|does|do|was|were|is|are|could|would|should|has|have|had)nt\b", r"\1n't")),  # "didnt"
    locatives=_words("in at from into near across"),
    result_adverbs=_words("therefore thus hence consequently accordingly"),
    participles=frozenset(f for g in TUTOR_IRREGULAR_VERBS.split("|") for f in g.split()[1:]),
    participle_endings=("ed",),
    defining_participles=_words("defined measured expressed calculated computed composed comprised known called "
                                "termed named"),
    adverb_endings=("ly",),
    meant_by=r"^\W*by ((?:[\w-]+ ){0,3}?[\w-]+),? (?:we|you|one|they|i|the \w+|\w+) (?:mean|means|meant|understand|"
             r"understands|understood)\b",
    renaming=("or", "that is", "i.e", "ie", "in other words"),
    indefinite=_words("a an"), demonstratives=_words("this that these those"), relative_adverbs=_words("where"),
    kind_phrases=EN_KIND_PHRASES, kind_of=EN_KIND_OF, named_kinds=EN_NAMED_KINDS,
    instance_cues=("such as", "like", "including", "for example", "e.g"),
    other_cues=("and other", "or other", "among other"),
    prepositions=_words("in on at by for from with to into onto over under after before during since through "
                        "between among against according via per within without"),
    measure_nouns=EN_MEASURE_NOUNS, measure_asks=EN_MEASURE_ASKS, dimensions=EN_DIMENSIONS,
    stems={"important": "importan", "importance": "importan", "importantly": "importan",
           "university": "universit", "universities": "universit", "generous": "generous", "generally": "general",
           "policy": "policy", "policies": "policy", "police": "police"},
    stem_endings=ending_pairs("izations/is isations/is ization/is isation/is"),
    same_time=("that day", "the same day", "on the same day", "that year", "the same year", "the next day",
               "the following day", "that month", "at the same time", "then"),
    measures=EN_MEASURES,
)
