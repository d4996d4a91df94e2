"""English questions whose verb only frames what is asked (tutor language data, read as `TutorWords.rewrites`):
"how is X worked out?" asks what X is, "where is X found?" asks where X is. The verb is left out, since the text
that answers says X and the place or the definition, not the verb. And words that frame a question the text answers
in other words, weighed as light words (`EN_FRAMING_WORDS`, added to `TutorWords.light_words`). And, in English and
Russian, a learner's emphasis, hedges and quantifiers of the whole, which say no fact ("how many died altogether?",
"как конкретно звали X?"): light in their own form only (`EN_EMPHASIS`, `RU_EMPHASIS`, `TutorWords.emphasis`), and
their phrases dropped ("on the whole", "в основном"). Only data; nothing of one text.
"""

from __future__ import annotations

__all__ = ["APPEARING", "EN_EMPHASIS", "EN_FRAMING_PHRASES", "EN_FRAMING_VERBS", "EN_FRAMING_WORDS", "EN_JUDGED",
           "EN_KEPT", "RU_EMPHASIS",
           "RU_FRAMING_PHRASES", "RU_FRAMING_WORDS", "RU_TYPED_YEARS"]

# nouns for a text, whose content "what does X say?" asks
_TEXTS = ("inscriptions?|decrees?|edicts?|laws?|acts?|statutes?|letters?|messages?|declarations?|treat(?:y|ies)"
          "|charters?|constitutions?|manifestos?|proclamations?|articles?|documents?|notes?|telegrams?|orders?"
          "|petitions?|reports?|speech(?:es)?|texts?|books?|pamphlets?|oaths?|resolutions?|bills?|rulings?"
          "|verdicts?|sign(?:s)?|plaques?|memos?|papers?|tablets?|wills?")

EN_FRAMING_VERBS: tuple[tuple[str, str], ...] = (
    # "how is X worked out?", "how do you calculate X?": what X is (the text defines it)
    (r"^(\W*how (?:is|are|was|were) .+?)\s+(?:calculated|computed|worked out|figured out|measured|determined|"
     r"estimated|defined|found)(?=\W*$)", r"\1"),
    (r"^\W*how (?:do|does|did|can|could|would|should|is|are) (?:you|we|one|they|i|people|it) (?:calculate|compute|"
     r"work out|figure out|measure|determine|estimate|define|find)\b", "how"),
    # "where is X found / located?", "where can X be found?": where X is ("X ... in the wall of the right atrium")
    # "how did X react / respond to Y?": what X did about Y ("the Harbour Board said ...", "Helby protested");
    # not "what does X react with?", a chemical reaction
    (r"^\W*how (?:did|does|do|has|have|will|would|might) (.+?)\s+(?:react|respond)(?:ed)?\s+to\b",
     r"what did \1 do about"),
    # ... and "where is X kept / housed?": where X is ("it has been in the British Museum since 1802")
    (r"^(\W*where (?:is|are|was|were|can|could) .+?)\s+(?:be )?(?:located|situated|positioned|kept|stored|"
     r"housed|displayed|exhibited|preserved)(?=\W*$)", r"\1"),
    # ... but "where was X found?" asks where it was come upon, an event the text tells with "found" ("soldiers found
    # the stone near Rashid"): only "is / are / can be found" is where X is
    (r"^(\W*where (?:is|are|can|could) .+?)\s+(?:be )?found(?=\W*$)", r"\1"),
    # "what does the decree say?", "what did the letter state?": what a text says is its content, which the text tells
    # with any verb ("the decree honoured the king", "the law allowed arrests"), not with "say"
    (r"^(\W*what (?:does|did|do) (?:the |a |an |this |that |his |her |its |their )?(?:[\w'-]+ ){0,6}?"
     r"(?:" + _TEXTS + r")(?: (?:of|on|about|from|to|by|in) (?:[\w'-]+ ){0,5}?[\w'-]+)?)\s+(?:say|state|tell us)"
     r"(?=\W*$)", r"\1"),
    # "how far apart were the visits?": the time (or distance) between them, which the text says as a span ("within
    # ten days of each other"), never with "apart" (`tutor.intervals`); "how long between" asks either
    # "how close together were X?" asks the same distance, said as "0.05 mm apart"
    (r"^(\W*how) close (?:together|to each other|to one another)\b", r"\1 far apart"),
    (r"^(\W*how) far apart(?: (?:were|was|are|is|will be|would be|did|do|does))?\b", r"\1 long between"),
    # "what language did X know that helped him?": the clause after the thing asked is the learner's framing (the
    # text says "X, who knew Coptic, ...", not what it helped)
    (r"^(\W*(?:what|which) .+?)\s+(?:that|which) (?:helped|allowed|enabled|let) (?:him|her|them|it|us|you)\b.*$",
     r"\1"),
    # "who won the X prize?", "what did X win a medal for?", "which medal did X win?": to win a prize is to get it,
    # which the text tells by its own verb ("shared the prize", "was awarded the medal", "received the award"); "got"
    # frames it as a function word does. Not "won the battle", "won the election" (a contest's winner is the fact
    # asked), nor "did X win the prize?" (whether it happened: the event, told by its own word)
    (r"^(\W*(?:who|whom|whose|what|which|when|where|why|how)\b.*?)\b(?:won|win|wins|winning)\b"
     r"(?=(?:\s+[\w'-]+){0,5}?\s+(?:prizes?|awards?|medals?|nobels?)\b)", r"\1got"),
    (r"^(\W*(?:which|what) (?:[\w'-]+ ){0,3}?(?:prizes?|awards?|medals?|nobels?)\b.*?\s)(?:won|win|wins)\b", r"\1got"),
)

EN_FRAMING_WORDS = frozenset((
    # "what is X made of?" (read as "consist of", `lexicon_composition`): a material is said by a noun before X as
    # often ("gold contacts", "polyurethane foam")
    "consist consists consisted "
    # an evaluation the learner asks of what the text says, in their own words ("what was wrong with X?": "X was
    # slow"; "is X dangerous?": "X is flammable")
    "good better best bad worse worst wrong dangerous useless "
    # "what was special / unusual about X?": what the text tells of X (not "remarkable", "interesting": their stems
    # "remark", "interest" are words of their own, "interest rates")
    "special notable noteworthy unusual unique").split())

# A learner's words that frame what is asked and say no fact of it, weighed as light words in their own form only
# (`TutorWords.emphasis`: "typically" is light, "typical" of its stem is not):
EN_EMPHASIS = frozenset((
    # emphasis and focus on what is asked ("what actually caused X?", "who specifically showed X?")
    "specifically particularly especially truly indeed actual simply "
    # a reflexive pronoun stressing the doer the question names ("why couldn't X do it himself?", "did she write it
    # herself?"): the text says who did it, never that X alone did
    "himself herself themselves "
    # a hedge of degree or of how usual a fact is, which the text says with its own word or a figure ("how fast did X
    # generally move?", "how many does X typically ...?", "how far, roughly?")
    "roughly approximately basically essentially generally typically usually normally mostly mainly largely chiefly "
    "primarily "
    # a quantifier of the whole ("how many died altogether?", "in a whole year"): the text gives the total by its
    # figure; and "own", which only stresses a possessor the question names ("X's own company")
    "altogether overall whole entire entirely completely wholly own "
    # a vague noun of a learner ("what stuff do bees use ...?"): it stands for what is asked, as "thing" does
    "stuff").split())

# phrases of the same kinds, dropped before analysis: "how many died in total?", "what did X do, in general?"
EN_FRAMING_PHRASES: tuple[tuple[str, str], ...] = (
    # ("in total", "in all" are not dropped: "total" is a light word, which a text's "totals" meets)
    (r"\b(?:in (?:general|fact|particular)|all in all|on the whole|by and large|for the most part)\b", " "),
    # the time the lesson is about, pointed back at ("how much did X import in that period?", asked beside a card
    # dated January-November 2019): the question asks what the text says, at the time it says it
    (r"\b(?:in|during|over|at|within|for) (?:that|this) (?:period|time|year)(?: of time)?\b", " "),
    # "how long did the voyage last / take?": the span of a past event answers ("it ended after 40 days"), the verb only
    # frames it; not "how long does X usually last?", a rule, which a past span does not give (round 59)
    (r"^(\W*how long did .+?)\s+(?:last|take)\W*$", r"\1"),
    # a yes/no question's closing "earlier" / "before" ("did anyone try to raise it earlier?"): the text tells the
    # earlier attempt by its own time ("under Queen Anne"), never by the learner's adverb (round 60)
    (r"^(\W*(?:did|was|were|had|has|have|is|are|could|do|does)\b.+?)\s+(?:ever )?(?:earlier|before|previously)"
     r"(?: (?:that|then))?\W*$", r"\1"),
)

RU_EMPHASIS = frozenset((
    # a learner's emphasis and focus on what is asked ("как конкретно звали X?", "какова собственно длина X?")
    "конкретно собственно точно действительно реально "
    # a hedge of degree or of how usual a fact is ("сколько примерно весил X?", "чем обычно питается X?")
    "примерно приблизительно обычно "
    # a quantifier of the whole ("X уничтожил Y целиком / полностью / совсем?"), and "собственный", which only stresses
    # a possessor the question names ("на собственном парашюте")
    "целиком полностью совсем собственный собственная собственное собственные собственного собственной "
    "собственному собственным собственными собственных собственную собственном "
    # a degree or a share of a set the question stresses ("почему некоторые X против Y?",
    # "почему не слышно никаких звуков?", "почему одни X спокойные, а другие взрывные?"): the text says X and Y
    "некоторые некоторых некоторым некоторыми никаких никакого никакой никакие никаким никакими "
    "одни одних другие других").split())

# verbs of a learner's question that frame what is asked about the things it names and say no fact of them, which the
# text tells with its own verb: light in their own form only, left out when the text never uses them (as
# `RU_EMPHASIS`). Not verbs the tutor reads as a frame of its own, met by other words of the text: making ("из чего
# делают X?", `lexicon_composition`), a change ("как меняется X?": "X снижается"), a difference ("чем X отличается
# от Y?")
RU_FRAMING_WORDS = frozenset((
    # a start asked as an appearance ("когда появился X?": "X основан / введён / открыт в ...")
    "появился появилась появилось появились появляется появляются появлялся появлялась появлялись "
    # fame asked of a person or thing ("чем известен X?", "чем прославился X?": what X did)
    "известен известна известны прославился прославилась прославилось прославились знаменит знаменита знамениты "
    # using, which the text says by what is done with a thing ("зачем используют X?": "из X делают Y, потому что")
    "используют использует использовал использовала использовали использовать используется используются "
    # learning of a fact ("каким прибором узнают X?": "X измеряют Y"; "как X понял, что ...?")
    "узнают узнает узнал узнала узнали понял поняла поняли "
    # a change someone or something made, which the text says by the deed ("что изменил X?": "X ввёл / отменил /
    # увеличил Y"; not "что изменилось?", nor "как меняется X?", read as a change of its own)
    "изменил изменила изменило изменили поменял поменяла поменяло поменяли").split())

# phrases of the same kinds ("чем в основном питается X?", "сколько в целом ...", "самый первый" is "первый": "самый"
# before an ordinal only stresses it, while before an adjective it asks a superlative, `superlatives_ru`)
RU_FRAMING_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\b(?:в (?:целом|общем|основном|общей сложности|принципе)|главным образом|по сути(?: дела)?|как правило)\b",
     " "),
    (r"\bсам(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ом|ыми) (?=(?:перв|последн)\w*\b)", " "),
    # time said only as a manner of an event ("почему X всё время меняется?", "со временем перестаёт", "раньше
    # времени вернулся"): always, gradually, early; the text tells the event, not "время"
    (r"\b(?:вс[её] время|со временем|раньше времени|раньше срока)\b", " "),
    # a question's closing "раньше" / "до этого" ("пытались ли поднять колокол раньше?"): the text tells the earlier
    # event by its own time ("при Екатерине II"), not by the adverb; never a comparison, which has its second term
    # after it ("раньше часовни") (round 60)
    (r"\s+(?:когда-(?:нибудь|либо) )?(?:раньше|ранее|прежде|до этого|до того)(?=\W*$)", " "),
    # how the learner wants a definition said ("что такое X простыми словами?", "что такое X с точки зрения химии?",
    # "если коротко, что такое X?"): the text's definition of X answers, in its own words
    (r"\b(?:(?:простыми|своими|понятными|двумя|другими) словами|в (?:двух|нескольких|трех|пяти) словах|вкратце"
     r"|(?:если |говоря )?(?:коротко|кратко)(?: говоря)?)\b", " "),
    (r"^(\W*(?:что|кто) (?:такое|такой|такая|такие) .+?),? с точки зрения(?: \w+){1,2}(?=\W*$)", r"\1"),
    # "что говорится (говорилось, сказано) в указе?": what a text says is its content, told with any verb ("указ
    # запретил ...", "по договору X обязалась ..."), as "what does the decree say?" (`EN_FRAMING_VERBS`)
    (r"^(\W*что )(?:же )?(?:было )?(?:говорит(?:ся)?|говорил(?:ось|ся|а|и)?|сказано|гласит|гласил[аои]?)\s+"
     r"(?=(?:в|во|на) )", r"\1"),
    # "что X говорил (утверждал, думал, писал) о Y?": what X said or thought of Y, which the text tells by its own verb
    # of saying or thinking ("X считал, что", "X назвал Y", "критики спрашивали") or by the words said; only with what
    # it is said of ("о", "об", "про", "в защиту"), not "что писали вместо X?" (a spelling)
    (r"^(\W*что )((?:[\w-]+ ){0,3}?)(?:говор(?:ил|ила|или|ит|ят)|утвержда(?:л|ла|ли|ет|ют)|дума(?:л|ла|ли|ет|ют)|"
     r"писал[аи]?|пиш(?:ет|ут)|заявля(?:л|ла|ли|ет|ют))\b(?=.*\b(?:о|об|обо|про|в защиту)\b)", r"\1\2"),
    # "как работает X?", "как устроен X?": how X works, which the text tells by what X's parts do ("в X компрессор
    # сжимает воздух ..."), not with "работает" (the verb is left out; the question still asks a manner); not the
    # past "как работал X?", asked of a person's way of working as often
    (r"^(\W*как )(?:же )?(?:работа(?:ет|ют)|устроен[аоы]?|действу(?:ет|ют)|функциониру(?:ет|ют))\b",
     r"\1"),
    # "в чём смысл (суть) закона X?", "какова суть X?": what X says or is, as "в чём заключается X?" asks (the text
    # tells X itself, not its "смысл")
    (r"^(\W*)(?:в ч[её]м (?:же )?(?:(?:состоит|заключается) )?|каков[аоы]? (?:же )?)(?:главн\w+ |основн\w+ )?"
     r"(?:смысл|суть|сущность)\b", r"\1в чем заключается"),
    # a verb of beginning in a question of the age something starts at: "в каком возрасте начинается X?", "с какого
    # возраста начинают X?" are answered by "после 40 лет X", "с шести лет X" (`tutor.asked_ru.says_age`)
    (r"^(\W*(?:в каком возрасте|(?:с|со|до|после|к) какого возраста|во сколько лет|(?:с|со) (?:каких|скольких) "
     r"лет)) (?:обычно )?начина\w*\b", r"\1"),
    # "с каким счётом закончился матч?": the score, which the text gives with the result ("X победил со счётом 6:5",
    # "итоговый счёт 13:11"), not with the verb of ending
    (r"^(\W*(?:с|со) каким (?:же )?(?:итоговым |общим )?сч[её]том )(?:(?:за|о)?кончил(?:ся|ась|ось|ись)|"
     r"заверш(?:ился|илась|илось|ились)|(?:за|о)канчива(?:ется|ются|лся|лась|лось|лись))\b", r"\1"),
)

# a year or a decade typed with its ending on ("в 1980м", "в 1960х", "в 90х"): the year, as "в 1980-м" reads
RU_TYPED_YEARS: tuple[tuple[str, str], ...] = (
    (r"\b((?:1[0-9]|20)\d\d)(?:м|х|й|го|му|ом|ых|ые|ый|ми)\b", r"\1"), (r"\b([2-9]0)(?:х|ых)\b", r"\1"))

# verbs of a thing coming to be, in the present and the past, which frame an item of a list of results and say no
# more than its noun ("появляются воронки", "cracks appear": "воронки", "cracks"; `grading.named_alone`)
APPEARING: dict[str, frozenset[str]] = {
    "en": frozenset("appear appears appeared emerge emerges emerged arise arises arose form forms formed".split()),
    "ru": frozenset(("появляется появляются появился появилась появилось появились возникает возникают возник "
                     "возникла возникло возникли образуется образуются образовался образовалась образовалось "
                     "образовались").split()),
}

# the nouns of a judgement of a thing ("what was the advantage / downside of X?"), which the text seldom uses: it says
# what X does well or badly (light words of the tutor; `tutor.judged`)
EN_JUDGED = frozenset("advantage advantages disadvantage disadvantages downside downsides drawback drawbacks".split())
# where a thing is kept now, a state that holds ("X is displayed at the museum", "they are housed in Y"): the tutor's
# present tense, with "still", "remains" (`TutorWords.present_tense`)
EN_KEPT = (r"\b(?:is|are) (?:now )?(?:displayed|exhibited|kept|held|housed|stored|preserved|on (?:display|show|"
           r"view))\b")
