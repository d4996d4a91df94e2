"""How English and Russian give a reason or a purpose, and what only looks like one: the
forms the tutor's tables (`lexicon_tutor`, `lexicon_ru_tutor`) add to their reason markers.

General language only: conjunctions ("as", "for", "оттого что"), verbs and nouns of causing
("brought about", "gave rise to", "следствием", "по вине"), the shapes of a purpose ("was
built to carry", "To protect X, ...", "для хранения"), the openings by which a sentence gives
the reason for the one before ("This was because", "Дело в том, что"), and the phrases that
say the reason is unknown or use a marker's word for something else ("since then",
"so-called", "так же, как", "причина неизвестна").
"""

from __future__ import annotations

__all__ = ["EN_EXPLAINING", "EN_NOT_REASONS", "EN_PURPOSE", "EN_REASONS", "EN_REASON_ASKS", "EN_RESULTS",
           "RU_ANNOUNCING",
           "RU_EXPLAINING", "RU_NOT_REASONS", "RU_PURPOSE", "RU_REASONS", "RU_REASON_ASKS", "RU_RESULTS"]

EN_REASONS = (
    # what a thing comes of, in verbs and nouns of causing
    "resulted from", "brought about", "bring about", "brings about", "gave rise to", "give rise to", "gives rise to",
    "caused", "the cause", "the causes", "a cause", "triggered", "prompted", "sparked", "provoked",
    "was the result of", "is the result of", "were the result of", "was a result of", "is a result of",
    "as a result of", "was the consequence of", "is a consequence of", "was a consequence of", "as a consequence",
    "in consequence", "on account of", "in view of", "given that", "seeing that", "now that", "inasmuch as",
    "which explains", "this explains", "that explains", "explained by",
    # "The main cause was ...", "Another cause is ..." ("the cause" alone is one already)
    "cause was", "cause is", "causes were", "causes are",
    # a purpose
    "so as to", "in an effort to", "in a bid to", "with the aim of", "with the goal of", "aimed at", "the aim was",
    "the goal was", "the purpose was", "the purpose of", "for the purpose of", "in the hope of", "in the hope that",
    # a precaution: "kept in quarantine in case they carried germs", "for fear of a fire"
    "in case", "for fear of", "for fear that", "lest")

EN_RESULTS = ("as a consequence", "in consequence", "accordingly", "this led to", "that led to", "this caused",
              "this resulted in", "this brought about")

# a sentence opening so gives the reason for the one before ("The mine flooded. This was because ...")
EN_EXPLAINING = ("this was because", "this is because", "that was because", "that is because", "the reason was",
                 "the reason is", "the reasons were", "the reasons are", "this was due to", "this is due to",
                 "this was caused by", "this is explained by", "this was the result of", "the cause was") + tuple(
    # "The main reason was ...", "Another cause is ...": a reason of the sentence before, weighed or counted
    f"{which} {noun} {verb}" for which in ("the main", "the chief", "the principal", "the real", "the immediate",
                                           "the underlying", "the first", "the second", "one", "another", "a second")
    for noun, verb in (("reason", "was"), ("reason", "is"), ("cause", "was"), ("cause", "is"), ("reasons", "were"),
                       ("reasons", "are"), ("causes", "were"), ("causes", "are")))

_EN_DETERMINER = (r"(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|each|every|"
                  r"be|one|two|three|date|what|which|whom|this|power|death|prison|court|school|work|market|office|war|"
                  r"sea|land|bed|church)\b")
# ", to produce ..."; "To protect the harbour, ..."; "was built (a wall) to carry ..."; "X was needed to drain ..."
EN_PURPOSE = (r",\s+(?:in order\s+|so as\s+)?to\s+[a-z]{3,}"
              rf"|^\W*(?:In order to|To)\s+(?!{_EN_DETERMINER})[a-z]{{3,}}\b[^,.;]{{0,80}},"
              r"|\b(?:built|dug|designed|intended|meant|created|founded|established|formed|set up|organi[sz]ed|"
              r"developed|invented|launched|hired|employed|adopted|passed|held|convened|raised|spent|"
              r"(?:is|are|was|were|be|been|being)\s+(?:used|needed|required)|used(?=\s+(?!to\b)[a-z]+\s))"
              rf"\s+(?:[a-z]+\s+){{0,3}}?to\s+(?!{_EN_DETERMINER})[a-z]{{3,}}"
              # "..., as hemp was cheaper there"; "..., for candles had caused two fires"
              r"|,\s+(?:as|for)\s+(?!(?:well|such|if|though|part|of|to|in|at|on|by|far|long|soon|usual|follows|"
              r"shown|described|example|instance|the first|the most|the rest|a result)\b)"
              r"(?:[a-z]+\s+){1,3}(?:was|were|is|are|had|has|have|could|would|[a-z]{3,}ed)\b"
              # a motive: "Fearing that they would be next, ..."; "..., hoping to ..."
              r"|(?:^\W*|,\s+)(?i:fearing|hoping|wishing|wanting|believing|realising|realizing|expecting|determined|"
              r"anxious|eager|afraid)(?=\s+(?:that|to|of|for|a|an|the|his|her|their|its|it|they|he|she|we)\b)"
              # what a reward or a punishment was for: "awarded the prize for ...", "arrested for ..."
              r"|\b(?:awarded|won|received|granted|honou?red|knighted|arrested|punished|jailed|imprisoned|executed|"
              r"exiled|fined|critici[sz]ed|blamed|praised|condemned|sentenced)\b[^.;]{0,60}?\bfor\s+(?!(?:\d|the first|"
              r"the next|the rest|life|ever|years?|months?|weeks?|days?|a (?:year|month|week|day|time|while)|"
              r"(?:one|two|three|four|five|six|ten|several|many) (?:years?|months?|weeks?|days?))\b)[a-z]")

# what happened at the time a sentence names, in a clause of "when" after it ("Wheat fell in the 1870s, when
# railways opened up the prairies"; "в 1920-х годах, когда траулеры опустошили отмели"): what brought it about
# (not "The harbour, when full, ...", "Гавань, когда она полна, ...": "when" of a state, inside the sentence)
EN_WHEN_THEN = (r"(?:\b(?:1\d{3}|20\d\d)(?:s|'s)?|\b(?i:century|decade|spring|summer|autumn|fall|winter|"
                r"january|february|march|april|may|june|july|august|september|october|november|december))"
                r",\s+when\s+(?!\d)[a-z]")
EN_PURPOSE += "|" + EN_WHEN_THEN
# a result said by a participle after the clause that brings it about ("it swayed in light winds, earning it the
# nickname X", "the dam burst, forcing 2,000 people to leave"): that clause is the reason for it; the participle's
# phrase runs to the sentence's end (not one inserted after the subject: "The mill, earning little, was sold")
EN_RESULT_PARTICIPLE = (r",\s+(?:earning|winning|causing|forcing|prompting|leading|resulting|"
                        r"making (?:it|them|him|her)|giving (?:it|them|him|her) (?:the|a|an|its|their|his)\b)"
                        r"\s(?=[^,;]*$)")
EN_PURPOSE += "|" + EN_RESULT_PARTICIPLE

EN_NOT_REASONS = (r"\bsince\s+(?:then|that time|when|(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d)|\bever since\b"
                  r"|\bso[- ]called\b|\bso far\b|\band so on\b|\bor so\b|\beven so\b|\bso long as\b"
                  # the text says it does not know why
                  r"|\b(?:not|no one|nobody|never)\s+(?:\w+\s+){0,2}?(?:known|clear|certain|knows|knew|explained|"
                  r"understood|sure)\s+why\b|\b(?:unknown|unclear|uncertain|a mystery)\s+why\b"
                  r"|\b(?:the\s+)?(?:reasons?|causes?)\b[^.;]{0,40}?\b(?:is|are|was|were|remains?|remained)\s+"
                  r"(?:still\s+)?(?:unknown|unclear|uncertain|not known|not clear|a mystery)\b")

RU_REASONS = ("дело в том", "в силу", "по вине", "привел к", "привело к", "приведшее к", "следствием",
              "вызвало", "потому",  # not "вызвал" ("summoned", "challenged"), "следствие" ("investigation")
              "в связи с тем", "по этой причине", "по этим причинам", "по той причине", "поводом", "повод",
              "во избежание", "в целях", "объяснялось", "объяснялся", "объяснялась", "объяснялись",
              "объясняет", "объясняют", "связано с тем", "связан с тем", "связана с тем", "связаны с тем",
              "стало причиной", "послужило причиной", "следовательно", "тем самым", "вследствие чего")

RU_RESULTS = ("следовательно", "тем самым", "вследствие чего", "это привело к", "это вызвало", "это стало причиной",
              "по этой причине", "по этим причинам")

RU_EXPLAINING = ("дело в том", "причина в том", "причина была в том", "причина этого", "причиной этого",
                 "это объясняется", "это объяснялось", "объясняется это", "это связано с тем", "это было связано с тем",
                 "это произошло из за", "это случилось из за", "все дело в", "это было вызвано", "это вызвано") + tuple(
    # "Главная причина — ...", "Другой причиной было ...": a reason of the sentence before, weighed or counted
    f"{which} {noun}" for which, nouns in (
        ("главная", ("причина",)), ("главной", ("причиной",)), ("главные", ("причины",)), ("главными", ("причинами",)),
        ("основная", ("причина",)), ("основной", ("причиной",)), ("основные", ("причины",)),
        ("другая", ("причина",)), ("другой", ("причиной",)), ("другие", ("причины",)), ("вторая", ("причина",)),
        ("еще одна", ("причина",)), ("еще одной", ("причиной",)), ("первая", ("причина",)),
        ("непосредственная", ("причина",)), ("непосредственной", ("причиной",))) for noun in nouns)

# "(используют) для хранения", "вырыли канал для орошения", "Для развития ...": a purpose by a verbal noun, after a
# verb (and perhaps its object) or opening a clause
# (after a noun it says what the thing is for: "прибор для испытания", "списки для голосования")
# "призван защищать": what a thing was meant to do; "Опасаясь ..., ", "надеясь ...": a motive; "За теорию ...
# получил премию", "наградили за ...": what a reward or a punishment was for (not "за два года", "за месяц до")
_RU_FOR = (r"(?!(?:\d|год|года|лет|месяц|месяца|месяцев|недел|день|дня|дней|час|века|сутки|несколько|много|"
           r"один|одну|два|две|три|пять|десять|сто|тысяч)\w*\b)")
_RU_REWARDS = (r"(?:наград|удостоен|премирова|получил|наказа|арестова|осужд|казн|сосла|уволи|критикова|ругал|хвалил|"
               r"благодарил|прославил)\w*\b")
_RU_MOTIVE = (r"\bпризван[аоы]?\s+[а-яё]+(?:ть|ти|чь)\b"
              r"|(?:^|[,;—]\s*)(?i:(?:не\s+)?(?:опасаясь|боясь|надеясь|желая|стремясь|считая|понимая|полагая|"
              r"рассчитывая|видя,? что|зная,? что))\b"
              rf"|^\W*За\s+{_RU_FOR}[^.;]{{0,80}}?\b{_RU_REWARDS}"
              rf"|\b{_RU_REWARDS}[^.;]{{0,60}}?\bза\s+{_RU_FOR}[а-яё]")

RU_PURPOSE = _RU_MOTIVE + (r"|(?:^|[,;:—]\s*|(?:ют|ят|ет|ит|ут|ат|ли|ла|ло|ил|ал|ял|ел|ть|ся|сь)\s+(?:[а-яё]+\s+)?)"
                          r"[Дд]ля\s+(?:[а-яё]+\s+)?[а-яё]{3,}(?:ния|тия)\b")

RU_WHEN_THEN = (r"(?:\b(?i:году|годах|годы|веке|века|десятилетии|весной|летом|осенью|зимой|января|февраля|"
                r"марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)|\d{3,4})"
                r",\s+когда\s+[а-яё]")
RU_PURPOSE += "|" + RU_WHEN_THEN
# a cause opening a sentence, "от" and what did it ("От резкой перемены температуры пошли трещины", "От удара ...");
# not a span ("От Москвы до Твери"), a source ("От имени царя"), nor a verb that takes "от" ("От плана отказались")
RU_CAUSE_OPENING = (r"(?:^|[.!?]\s+)От\s+(?!(?:имени|лица|себя|него|неё|нее|них|неё|этого|того|всех|всего)\b)[а-яё]+"
                    r"(?![^.;!?]*\b(?:до|к|ко)\s)(?![^.;!?]*\b(?:отказ|отлича|завис|защищ|освобо|избав|отдел|отход|"
                    r"отстав|спас|уклон|удал|отлуч|отреш|получ|узна|услыш|принял|приня)\w*)")
RU_PURPOSE += "|" + RU_CAUSE_OPENING
# what one died of: a verb of dying and "от" and the cause after it in its clause ("умерло ... большинство от
# дистрофии", "погибли от обстрелов"); not a place or a distance ("погиб в 5 км от города", "недалеко от")
_RU_DYING = r"(?:умер|умир|погиб|гибл|скончал)\w*"
RU_DEATH_CAUSE = (rf"\b{_RU_DYING}[^.;:!?]{{0,100}}?(?<!км)(?<!метрах)(?<!метров)(?<!километрах)(?<!недалеко)"
                  r"(?<!далеко)(?<!вдали)(?<!неподалеку)(?<!неподалёку)(?<!стороне)(?<!вдалеке)\s+от\s+"
                  r"(?!(?:\d|имени|лица|себя|него|неё|нее|них|дома|города|берега|места|границы|того места)\b)"
                  r"[а-яё]{3,}")
RU_PURPOSE += "|" + RU_DEATH_CAUSE

RU_NOT_REASONS = (r"\bтак(?:\s+же)?,\s+как\b"
                  r"|\bпричин\w*(?:[\s,]+\w+){0,2}?[\s,—-]+(?:(?:до сих пор|по-прежнему|пока)\s+)?"
                  r"(?:неизвестн[аоы]|неясн[аоы]|непонятн[аоы]|не\s+(?:известн[аоы]|ясн[аоы]|установлен[аоы]?|"
                  r"выяснен[аоы]?))\b"
                  r"|\b(?:неизвестно|неясно|непонятно|не\s+(?:известно|ясно|понятно|выяснено|установлено))\W+"
                  r"(?:почему|зачем|отчего|по какой причине)\b")

# how a question asks for a reason besides "why" / "почему" (added to `TutorWords.asks["reason"]`): "what led to X",
# "what was the cause of X", "name two causes"; "что стало причиной", "в чём причина", "каковы причины", "чем вызван".
# Not "what were the goals of X?", "какова цель X?": what X wants is said without a reason word
EN_REASON_ASKS = (r"|\bwhat (?:led|leads|lead) to\b|\bwhat (?:brought|brings|bring) about\b"
                  r"|\bwhat (?:prompted|triggered|sparked|provoked|explains|explained)\b|\bto what end\b"
                  r"|\bwhat (?:is|was|are|were) (?:the )?(?:\w+ )?(?:reasons?|causes?|rationale) "
                  r"(?:for|of|behind)\b|\bwhat (?:is|was|are|were) behind\b|\bwhat did .+ (?:result|stem) from\b"
                  r"|\b(?:name|give|list|state|explain)\b(?: \w+){0,2} (?:reasons?|causes?|motives?)\b"
                  # "what was the grain law for?", "what is X used for?": a purpose; not "what were they blamed for?",
                  # "what is he known for?" (a verb's own "for")
                  r"|^\W*what (?:is|are|was|were) \w.*"
                  r"(?:\b(?:used|meant|intended|designed)|(?<!ed)(?<!en)(?<!wn)) for\W*$")
RU_REASON_ASKS = (r"|\b(?:что|кто) (?:стал\w*|послужил\w*|явил\w*) причин\w*"
                  r"|\bв чем (?:\w+ )?причин\w*"
                  r"|\bкаков\w* (?:\w+ )?причин\w*|\bкак(?:ая|ие|ую|ой) (?:\w+ )?причин\w*"
                  r"|\bназов\w* (?:\w+ )?причин\w*|\bчем (?:\w+ )?(?:вызван\w*|обусловлен\w*|объясня\w*)"
                  r"|\bблагодаря чему\b|\bвследствие чего\b|\bв результате чего\b"  # "as a result of what": a cause
                  rf"|\bот чего (?:\w+ )?{_RU_DYING}")  # "от чего умирали X?": what they died of (`RU_DEATH_CAUSE`)

# words by which a sentence says that reasons follow ("Причин было несколько.", "У этого два мотива."): a count of
# them, not a reason marker ("причины" is one)
RU_ANNOUNCING = ("причин", "мотивов", "поводов")
