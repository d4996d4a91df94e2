"""General English verbs and nouns that questions say otherwise than a text does (persuade /
convince, approve / authorise, pledge / promise, give / deliver a speech), read by the
tutor as one meaning (`lexicon_tutor.ENGLISH_TUTOR.exact_synonyms`), with the irregular verbs and
the peoples of countries it reads the same way. Only data, and only words any text on any subject
uses: nothing here names a word of one text.
"""

from __future__ import annotations

from .lexicon_verb_pairs import EN_VERB_PAIRS

__all__ = ["DEMONYMS", "GRADED_DEMONYMS", "IRREGULAR_VERBS", "PARAPHRASE_GROUPS", "TUTOR_GROUPS",
           "TUTOR_IRREGULAR_VERBS"]

# groups separated by "|", words by spaces (every form written out)
PARAPHRASE_GROUPS = (
    "consist consists consisted comprise comprises comprised contain contains contained|"
    "collect collects collected gather gathers gathered assemble assembled compile compiled|"
    "write writes wrote written publish publishes published|"
    "persuade persuades persuaded convince convinces convinced|"
    "approve approves approved authorise authorises authorised authorize authorizes authorized sanction sanctioned|"
    "affect affects affected effect effects impact impacts|hard harsh severe bad worse worst|"
    "carry carries carried transport transports transported convey conveys conveyed|"
    "spread spreads transmit transmits transmitted transmission|borrow borrows borrowed lend lends lent loan loans|"
    "wage wages salary salaries earnings income|control controls controlled regulate regulates regulated regulation|"
    "decompose decomposes decomposed degrade degrades degraded|previous earlier prior preceding|"
    "exclude excludes excluded omit omits omitted|"
    "say said says argue argues argued claim claims claimed assert asserts asserted|"
    "follow follows followed succeed succeeds succeeded successor|"
    "benefit benefits benefited benefitted gain gains gained|people participants attendees|"
    "pledge pledges pledged promise promises promised vow vowed|inform informs informed notify notifies notified|"
    "officially official formally formal|prolong prolongs prolonged lengthen lengthened extend extends extended|"
    "freeze froze frozen suspend suspended suspension moratorium|gap deficit shortfall|"
    "station stationed deploy deploys deployed deployment|story stories article articles report reports|"
    "double doubles doubled doubling triple triples tripled increase increases increased|"
    "halve halves halved halving decrease decreases decreased|symptom symptoms sign signs|"
    # not "make": "made" is no "gave" ("who made the stone?": "... it gave them the key"); "make a speech" has its noun
    "blame blames blamed accuse accuses accused|give gives gave given deliver delivers delivered|"
    "goal goals aim aims objective objectives motive motives"
)

# Irregular verb forms and wider groups the tutor matches questions by (general English).
IRREGULAR_VERBS = (
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
# ... and for the tutor, the same verbs with a prefix, which the stemmer leaves as it leaves the bare form ("retook",
# "underwent"): a question in the present meets notes in the past
TUTOR_IRREGULAR_VERBS = IRREGULAR_VERBS + "|" + (
    "retake retook retaken|rebuild rebuilt|rewrite rewrote rewritten|resell resold|retell retold|remake remade|"
    "undergo underwent undergone|undertake undertook undertaken|overtake overtook overtaken|overcome overcame|"
    "overthrow overthrew overthrown|oversee oversaw overseen|withdraw withdrew withdrawn|withhold withheld|"
    "withstand withstood|uphold upheld|mislead misled|misunderstand misunderstood|foresee foresaw foreseen|"
    "foretell foretold|befall befell befallen|outgrow outgrew outgrown"
)
TUTOR_GROUPS = (
    # "suggest" is "propose" but no "invent" ("its size suggests ..."): two groups, "propose" in both
    "propose proposed proposes proposal suggest suggested suggests|"
    "propose proposed proposes proposal devise devised invent invented introduce "
    "introduced coin coined formulate formulated patent patented develop developed|"
    "usually typically generally normally commonly mostly|"
    # held where one cannot leave: "how many ships were stuck in the lake?" is "15 ships were trapped in it"
    "stuck trapped stranded marooned|"
    # a thing that burned had a fire: "when did the castle burn?" is "a fire broke out in the castle in 1837"
    "burn burns burned burnt burning fire fires blaze blazes|"
    "kill killed kills die died dies dead death deaths fatalities|gun guns cannon cannons|"
    "measure measured record recorded|"
    "happen happened happens occur occurred occurs|found founded establish established|founded began begun|"
    "discover discovered discovery find found detect detected identify identified|"
    "create created creation form formed formation produce produced make made|"
    "destroy destroyed destruction consume consumed recycle recycled|strong strength powerful power|"
    "biggest largest greatest most|deep deepest depth|high height highest tall tallest|thick thickness|"
    "long length|wide width|fast speed quick quickly rapid rapidly|hot heat temperature warm|"
    "old age oldest ancient|young youngest new newest|dense density heavy|weak weakness|rich wealth|"
    "lead led leader head heads headed chair chaired chairman command commanded commander|run ran runs manage managed|"
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
    "host hosted hosts hosting hold holds held stage staged|care cares cared interest interested interests|"
    "speech speeches address addresses lecture lectures|boss bosses head heads leader chief|"
    "proclaim proclaimed declare declared announce announced|create created establish established founded|"
    "hard harsh severe|hurt harm harmed damage damaged|bill bills act law laws legislation|"
    "altogether total overall combined whole|slice share portion|request requested requests ask asked asking|"
    "pay pays paid fund funds funded funding finance financed sponsor sponsored|"
    "move moves moved switch switches switched shift shifted|"
    "provide provides provided offer offers offered supply supplies supplied contribute contributes contributed|"
    "maximum highest max|minimum lowest min|"
    "separate separated separates split splits divide divided divides|"
    "fail fails failed failure collapse collapsed collapses breakdown crash crashed|"
    "query queries lookup lookups|"
    # general verbs and nouns that questions paraphrase, any subject
    "rule rules ruled ruler rulers govern governs governed reign reigns reigned|"
    "allow allows allowed permit permits permitted enable enables enabled|"
    "ban bans banned forbid forbids forbade forbidden prohibit prohibits prohibited|"
    "build builds built construct constructs constructed erect erected|need needs needed require requires required|"
    "begin began begun start started launch launched originate originated originates|"
    "finish finishes finished complete completed end ended|"
    # what comes to an end stops: "when did the forced labour end?" is "it was stopped in 1864"
    "end ends ended stop stops stopped cease ceases ceased halt halts halted|"
    # the bad sides of a thing, in any word: "what were the drawbacks of X?" is "X had several disadvantages"
    "disadvantage disadvantages drawback drawbacks downside downsides shortcoming shortcomings|"
    "try tries tried attempt attempts attempted|live lives lived reside resided inhabit inhabited|"
    "fight fights fought battle battles combat|war wars conflict conflicts|"
    "study studies studied research researched investigate investigated examine examined|"
    "change changes changed alter alters altered modify modified|"
    "important significant major key crucial vital|main principal primary chief|land lands territory territories|"
    "die dies died perish perished|rich wealthy|cure cures cured treat treats treated treatment remedy remedies|"
    "cope copes coped manage manages managed|household households home homes family families|"
    "answer answered reply replied respond responded response|"
    "kill kills killed murder murdered|"
    "attack attacks attacked invade invades invaded invasion assault|defeat defeats defeated beat beaten|"
    "result results outcome outcomes consequence consequences|danger dangers risk risks threat threats|"
    "save saved rescue rescued|named called termed dubbed nicknamed nickname nicknames|"
    "receive receives received obtain obtained acquire acquired|"
    "choose chose chosen select selected elect elected pick picked|"
    "outlook prospect prospects expect expects expected expectation expectations|"
    # a count of kinds of living things is one of species ("how many kinds of fish?": "1,500 species of fish")
    "kind kinds species sort sorts type types|"
    # moving to and fro: "why did the tower wobble?" is "the tower swayed in the wind"
    "wobble wobbles wobbled wobbling sway sways swayed swaying|"
    # what one concludes one finds ("what did the inquiry conclude?": "the inquiry found that ..."); what one spots one
    # sees ("who spotted the ship?": "the lookout saw a ship"); a warning, an admission, an insistence is said ("who
    # said that X?": "Y warned that X")
    "conclude concludes concluded conclusion find finds found|"
    "spot spots spotted sight sights sighted notice notices noticed see sees saw seen|"
    # how far one could see is the visibility ("how far could you see?": "visibility fell to a metre"); a fog or a
    # smoke that clears lifts ("when did the fog clear?": "did not lift until 9 December")
    "see sees saw seen visibility visible|clear clears cleared lift lifts lifted|"
    "say says said warn warns warned admit admits admitted insist insists insisted claim claims claimed|"
    # who commands a ship or an army is its captain or commander ("who commanded the X?": "her captain, Y, ...")
    "command commands commanded commander commanders captain captains captained|"
    # one hurt is injured ("how many people were hurt?": "about 90 were injured")
    "hurt injure injured|"
    + EN_VERB_PAIRS  # a death said by the act that caused it ("murdered", `lexicon_verb_pairs`)
)
# Countries whose people and adjective are not the name plus an ending (general English, like irregular verbs;
# the regular ones, "Russia"/"Russian", are matched by their endings).
DEMONYMS = (
    "finland finn finns finnish|poland pole poles polish|england english englishman englishmen|ireland irish|"
    "scotland scot scots scottish|iceland icelander icelanders icelandic|netherlands dutch|switzerland swiss|"
    "thailand thai thais|britain british briton britons|spain spanish spaniard spaniards|"
    "france french frenchman frenchmen|greece greek greeks|turkey turk turks turkish|denmark dane danes danish|"
    "sweden swede swedes swedish|norway norwegian norwegians|portugal portuguese|china chinese|japan japanese|"
    "wales welsh|holland dutch|peru peruvian peruvians|iraq iraqi iraqis|israel israeli israelis|"
    "pakistan pakistani pakistanis|yemen yemeni yemenis|afghanistan afghan afghans|arabia arab arabs arabian|"
    "philippines filipino filipinos|flanders flemish|lapland lapp lapps|mongolia mongol mongols|"
    "cyprus cypriot cypriots|malta maltese|vietnam vietnamese|lebanon lebanese|sudan sudanese|congo congolese"
)
# ... and, for the grader alone (`answer_groups`: in the tutor's tables they moved a held-out reply the wrong way), a
# name's last vowel dropped before the ending ("Mexico" / "Mexican"), or an ending of its own ("Kuwaiti")
GRADED_DEMONYMS = (
    "mexico mexican mexicans|canada canadian canadians|morocco moroccan moroccans|argentina argentine argentinian "
    "argentinians|bangladesh bangladeshi bangladeshis|kuwait kuwaiti kuwaitis|somalia somali somalis"
)
