"""The English tutor's phrasal verbs and short forms read as one word ("came up with" "proposed", "jan" "january",
"ww2" "second world war"): a question's words said as the notes say them (`TutorWords.phrasals`)."""

from __future__ import annotations

__all__ = ["EN_PERIOD", "EN_TUTOR_PHRASALS"]

EN_TUTOR_PHRASALS: tuple[tuple[str, str], ...] = (
    (r"\b(?:come|comes|came|coming) up with\b", "proposed"), (r"\bput(?:s|ting)? forward\b", "proposed"),
    (r"\bset(?:s|ting)? off\b", "triggered"), (r"\b(?:push|pushes|pushed|pushing) up\b", "raised"),
    (r"\bset(?:s|ting)? sail\b", "left"),  # "when did the ship set sail?": "The ship left Southampton ..."
    (r"\bbr(?:eak|eaks|oke|oken) up\b", "collapsed"),
    (r"\bbr(?:eak|eaks|oke|oken) apart\b", "split"), (r"\bgiv(?:e|es|en|ing) up\b", "abandon"),
    (r"\bgave up\b", "abandoned"), (r"\bcarr(?:y|ies|ied) out\b", "conducted"),
    (r"\b(?:come|comes|came) out\b", "published"),
    (r"\b(?:switch|switches|switched|turn|turns|turned|shut|shuts) (?:off|down)\b", "closed"),
    (r"\bpin(?:s|ned|ning)? down\b", "locate"), (r"\b(?:go|goes|went|gone|going) wrong\b", "failed"),
    (r"\bon (?:its|their|his|her|the) way\b", "coming"),
    # "get to" before a verb of experiencing is a chance to do it ("when did the public get to see it?": "unveiled to
    # the public"), else it is to reach ("when did they get to the pole?")
    (r"\b(?:get|gets|got|getting) to (?=(?:see|meet|hear|know|visit|vote|watch|try|use|choose|decide|speak|talk|"
     r"play|read|keep)\b)", ""),
    (r"\bhand(?:s|ed|ing)? out\b", "gave"), (r"\b(?:get|gets|got|getting) to\b", "reaches"),
    (r"\b(?:say|says|said|saying) no to\b", "refused"),
    (r"\b(?:take|takes|took|taken|taking) (?:\w+ )?(?:prisoner|prisoners|captive)\b", "captured"),
    (r"\b(?:get|gets|got|getting) by\b", "cope"),
    (r"\b(?:think|thinks|thought|thinking|dream|dreams|dreamt|dreamed|dreaming) up\b", "proposed"),
    (r"\b(?:make|makes|making) up\b", "consist"),
    (r"\b(?:take|takes|took|taken|taking) part\b", "participate"),
    (r"\bbr(?:eak|eaks|oke|oken|eaking) down\b", "decompose"),
    (r"\b(?:give|gives|gave|given|giving) off\b", "release"),
    (r"\b(?:leave|leaves|left|leaving) out\b", "exclude"),
    (r"\b(?:take|takes|took|taken|taking) place\b", "occurs"),  # "where does X take place / occur?"
    (r"\b(?:use|uses|used|using) up\b", "consume"),
    # "how many X were inside Y?": "Y contained 40 X" (a count only: "what is inside Y?" keeps the notes' word)
    (r"^(\W*how (?:many |much )?(?:[\w'-]+ ){1,3}?(?:is|are|was|were)(?: there)?) inside\b", r"\1 contained in"),
    # "tell everyone (the world) about X": announce it to the public ("announced it to the public on 30 June")
    (r"\b(?:tell|tells|told|telling) (?:everyone|everybody|the world|the public)\b", "announced to the public"),
    # a part of a name, no ordinal ("what was X's first name?" is not met by "the First Triumvirate")
    (r"\bfirst names?\b", "forename"), (r"\b(?:last|family) names?\b", "surname"),
    (r"\b(?:walk|walks|walked|walking) out on\b", "left"),  # "after they walked out on X": "they left X"
    (r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining) in (?:office|power)\b", "served"),
    (r"\bh(?:olds?|eld|olding) up\b", "delay"), (r"\bbrought about\b", "caused"), (r"\bbrings? about\b", "cause"),
    (r"\b(?:call|calls|called|calling) off\b", "cancel"), (r"\b(?:put|puts|putting) off\b", "postpone"),
    # what is kept from going off does not spoil: "why doesn't honey go off?", "keep food from going off" (not
    # "when did the alarm go off?")
    (r"\b((?:not|never|doesn'?t|don'?t|didn'?t|won'?t|can'?t)(?: \w+){0,3}) go off\b", r"\1 spoil"),
    (r"\b(from|stops?|prevents?)((?: \w+){0,2}) going off\b", r"\1\2 spoiling"),
    (r"\b(?:wipe|wipes|wiped|wiping) out\b", "destroy"), (r"\b(?:die|dies|died|dying) out\b", "extinct"),
    (r"\b(?:come|comes|came|coming) to an end\b", "ended"),
    (r"\b(?:turn|turns|turned|turning|transform|transforms|transformed|convert|converts|converted|reform|"
     r"reformed|reorgani[sz]ed|develop|develops|developed|evolve|evolved) into\b", "became"),
    # "turn X into Y" with its object between: to make X into Y ("why couldn't he turn penicillin into a medicine?":
    # "he could not make it in useful amounts"), as "turned into" alone is to become
    (r"\b(?:turn|turns|turned|turning)((?: (?!into\b)[\w'-]+){1,4}) into\b", r"make\1 into"),
    (r"\b(?:look|looks|looked|looking) for\b", "search for"),
    # "throw (kick) X out": to expel X ("why do the workers throw the drones out?": "the colony expels the drones")
    (r"\b(?:throw|throws|threw|thrown|throwing|kick|kicks|kicked|kicking)((?: (?!out\b)[\w'-]+){0,3}) out\b",
     r"expel\1"),  # "what does a swarm look for?": "scouts search for"
    (r"\b(?:put|placed?|left) in charge of\b", "made head of"), (r"\bin charge of\b", "head of"),
    (r"\bin charge\b", "head"), (r"\bclose to\b", "near"),
    # abbreviations of months and wars, and a year's end or start as its month
    (r"\bjan\b\.?", "january"), (r"\bfeb\b\.?", "february"), (r"\bapr\b\.?", "april"),
    (r"\bjun\b\.?", "june"), (r"\bjul\b\.?", "july"), (r"\baug\b\.?", "august"),
    (r"\bsept?\b\.?", "september"), (r"\boct\b\.?", "october"), (r"\bnov\b\.?", "november"),
    (r"\bdec\b\.?", "december"),
    (r"\b(?:ww ?(?:2|ii)|world war (?:2|ii|two))\b", "second world war"),
    (r"\b(?:ww ?(?:1|i)|world war (?:1|i|one))\b", "first world war"),
    (r"\b(?:at |by )?the end of ((?:1[0-9]|20)\d\d)\b", r"december \1"),
    (r"\b(?:at |by )?the (?:start|beginning) of ((?:1[0-9]|20)\d\d)\b", r"january \1"),
    # a century said by its hundreds ("by the early 1600s", "in the 1500s"), as a text says it by its ordinal ("the
    # seventeenth century"); not "1000s", which is as often "thousands"
    *((rf"\b{hundred}00s\b", f"{hundred + 1}th century") for hundred in range(11, 20)),
    # leaving a ship or a train is getting off it ("how did X get off the ship?": "X left in a boat"; not "get off
    # lightly"); a cable or a boat that comes ashore lands ("where did the cable come ashore?": "landed the cable at")
    (r"\b(?:get|gets|got|getting) off (?=(?:the|a|an|his|her|their|its) )", "left "),
    (r"\b(?:come|comes|came|coming) ashore\b", "landed"),
    (r"\b(?:take|takes|took|taken|taking) over from\b", "replaced"),
    (r"\b(?:take|takes|took|taken|taking) (?:the|their|its|his|her) place of\b", "replaced"),  # took the place of
    (r"\b(?:give|gives|gave|given|giving) way to\b", "was replaced by"),  # "X gave way to Y": Y replaced X
    (r"\b(?:relative to|compared (?:with|to)|in relation to|in comparison (?:with|to))\b", "compared with"),
    (r"\bturn(?:s|ed|ing)? (?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:\w+\s+)?down\b", "refused"),
    # a name a thing goes by: "known as" is "called" ("why was the lake called the Mirror?": "it became known as the
    # Mirror"); not "well known as a poet" (no form of "be" or "become" right before it)
    (r"\b(be|is|are|was|were|been|being|become|becomes|became|becoming) (?:[a-z]+ly )?known (?:[a-z]+ly )?as\b",
     r"\1 called"),
    # a structure put up is erected ("when was the tank built?": "the tank was put up in 1915"), not a thing put up
    # for sale or a fight put up; one who shot himself killed himself ("when did X die?": "she shot herself")
    (r"\b(is|are|was|were|been|being) put up\b(?! (?:for|with|to|as)\b)", r"\1 erected"),
    # ... and put up by a doer ("the company put up a steel tank in 1906"), not a fight, money or a price put up
    (r"\bput(?:s|ting)? up (?=(?:a|an|the|its|their|his|her|two|three|four|several|new) (?!(?:\w+ )?(?:fight|"
     r"struggle|resistance|money|cash|capital|funds|sum|price|prices|bail|candidate|defen[cs]e|notice|poster|"
     r"posters|sign|signs)\b))", "erected "),
    (r"\bsh(?:oot|oots|ot|ooting) (himself|herself|themselves)\b(?! in\b)", r"killed \1"),
    # going round a body in space is orbiting it ("how many times did the probe go round Mars?": "three orbits")
    (r"\b(?:go|goes|went|gone|going|fly|flies|flew|flown|flying|travel(?:s|led|ling)?) (?:a)?round (?=(?:the )?"
     r"(?:earth|moon|sun|planet|mercury|venus|mars|jupiter|saturn|uranus|neptune)\b)", "orbit "),
    # to take one's own life is to kill oneself ("how did the painter die?": "he took his own life in 1890")
    (r"\b(?:take|takes|took|taken|taking) (?:his|her|their|my|your|our) own (?:life|lives)\b", "killed himself"),
    # where a body is based is its headquarters ("where is the guild based?": "the guild's headquarters are in ..."),
    # not what a work is based on
    (r"\bbased(?=\W*$)", "headquartered"), (r"\b(is|are|was|were|been) based (?=in\b|at\b)", r"\1 headquartered "),
    # the public learning of a thing is its announcement ("when did the public learn about the engine?": "the firm
    # announced it to the public on 3 May"), as "tell everyone about" above
    (r"\bthe (?:public|world) (?:learn|learns|learned|learnt|hear|hears|heard|f(?:ind|inds|ound) out) (?:about|of)\b",
     "announced to the public"),
    # "when did X come into use?": "X was introduced in 1959" (the noun kept: "into service" still says service)
    (r"\b(?:come|comes|came|coming) into (use|service)\b", r"introduced into \1"),
    # holding the record for the longest X is giving the longest X: the superlative says it ("who holds the record
    # for the fastest crossing?": "Lane made the fastest crossing")
    (r"\b(?:hold|holds|held|holding) the record for\b", ""),
    # phrasal verbs and idioms a text says in plain words: "why did the town end up selling it?" asks why it sold it
    # ("end up" frames an outcome); "bounce back" is recover, "get off lightly" is suffer little ("the
    # port suffered few deaths")
    (r"\b(?:end|ends|ended|ending) up (?=[^\W\d_]+ing\b)", ""),
    (r"\bin the end\b", "finally"),  # "did the bill pass in the end?": finally, no end of a thing
    (r"\b(?:bounce|bounces|bounced|bouncing) back\b", "recover"),
    (r"\bg(?:et|ets|ot|etting) off (?:lightly|lighter|easily|easy)\b", "suffer little"),
)

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
          r"jun|jul|aug|sept|sep|oct|nov|dec)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_MONTH = rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})"
_YEAR = r"(?:1[0-9]|20)\d\d"
# how a sentence gives a span of time, which "when did X start / end?", "how long did X last?" ask of: "from 1948 to
# 1952", "from 5 to 9 December", or a dated start that lasted "until" a date ("settled over the city on 5 December and
# did not lift until 9 December")
EN_PERIOD = (rf"\b(?:from|between)\s+(?:[\w,]+\s+){{0,3}}{_YEAR}\s+(?:to|and|until|till)\b"
             rf"|\b(?:from|between)\s+{_DAY}\s+(?:to|and|until|till)\s+{_DAY_MONTH}"
             rf"|\b(?:{_DAY_MONTH}|{_YEAR})\b[^.;]{{0,80}}?\b(?:until|till)\s+(?:{_DAY_MONTH}|{_MONTH}|{_YEAR})\b")
