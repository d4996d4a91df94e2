"""How English says how a thing is done, by what means or in what steps: the phrases (`TutorWords.manner_markers`,
over normalised words) and the forms a phrase list cannot say (`TutorWords.manner`, over the sentence as written).
General language only: prepositions of means, nouns of method, gerunds after "by", steps, adverbs of manner.
"""

from __future__ import annotations

__all__ = ["EN_MANNER", "EN_MANNER_MARKERS"]

EN_MANNER_MARKERS = ("by means of", "by way of", "using", "via", "through", "with the help of",
                     "with the aid of", "thanks to", "whereby", "by which", "by hand", "the process", "a process",
                     "the method", "a method", "methods", "the technique", "a technique", "the procedure", "mechanism",
                     "in stages", "step by step", "works by", "work by", "worked by", "made from", "made of",
                     "produced from", "formed from", "formed by", "made by", "produced by", "done by", "achieved by",
                     "occurs when", "happens when", "in such a way", "in this way", "this way", "instead of",
                     "at a time", "one by one", "in turn", "little by little", "in this manner", "by force", "by sea",
                     "by land", "by air", "by road", "by rail", "by ship", "by boat", "by train", "by post", "on foot",
                     "on horseback")

# "by burning coal" (a gerund, not "by morning", "by the king"); steps: "first ... then", "then ... finally"
EN_MANNER = (
    r"\b[Bb]y (?!(?:morning|evening|spring|nothing|something|anything|everything|king|ring|thing|"
    r"string|wing|sibling|offspring|viking|ceiling|during)\b)[a-z]{2,}ing\b"
    r"|\b(?:[Ff]irst|[Ff]irstly)\b[^.;]*\b(?:then|next|after that|afterwards)\b"
    r"|\b[Tt]hen\b[^.;]*\b(?:finally|lastly)\b"
    # an adverb of manner ("slowly", "by hand carefully"), not of time, degree, frequency or stance
    r"|\b(?!(?:only|early|likely|unlikely|family|daily|weekly|monthly|yearly|hourly|nearly|mostly|mainly|"
    r"largely|really|finally|actually|usually|currently|recently|formerly|originally|initially|especially|"
    r"particularly|partly|fully|roughly|approximately|exactly|simply|merely|hardly|barely|certainly|probably|"
    r"possibly|apparently|clearly|italy|july|ally|supply|reply|apply|rely|assembly|anomaly|monopoly|holy|"
    r"early|friendly|elderly|costly|deadly|lonely|lovely|orderly|previously|subsequently|eventually|later|"
    r"immediately|shortly|briefly|lately|newly|jointly|solely|entirely|completely|highly|widely|relatively|"
    r"comparatively|fairly|slightly|greatly|strongly|officially|reportedly|allegedly|publicly|privately|"
    r"personally|generally|typically|normally|naturally|obviously|surely|truly|equally|respectively|"
    r"directly|mutually|politically|economically|militarily|historically|traditionally|internationally|"
    r"nationally|locally|globally|annually|roughly|firstly|secondly|thirdly|lastly|accordingly|"
    r"consequently|similarly|likewise|otherwise|ordinarily|rarely|frequently|occasionally|regularly|"
    r"constantly|continually|repeatedly|increasingly|virtually|practically|essentially|basically|"
    r"primarily|chiefly|predominantly|partially|nominally|theoretically|technically|legally|formally|"
    r"informally|temporarily|permanently|briefly|only)\b)[a-z]{4,}ly\b"
)
