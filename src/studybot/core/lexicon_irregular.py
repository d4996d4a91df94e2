"""English irregular verb forms the Snowball stemmer cannot bring to their verb, each with its verb (general
English, none of one text): the grader's stems read "sold" as "sell", so "the grain was sold" meets "they sell the
grain", and "the sand was blown away" meets "the sand blew away".

Left out: forms that are also common other words ("left", "found", "felt", "saw", "lay", "laid", "rose", "fell",
"spoke", "bore", "lead", "led", "bit", "bound", "ground", "wound", "stuck", "bent", "lit", "sped", "rung", "sprang",
"sprung", "mistaken"), which would join a noun or an adjective to the verb ("a stick" and "stuck").
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["IRREGULAR_FORMS"]

_TABLE = (
    "pay:paid repay:repaid buy:bought sell:sold bring:brought think:thought teach:taught catch:caught "
    "fight:fought seek:sought build:built send:sent spend:spent lend:lent keep:kept hold:held tell:told "
    "win:won lose:lost make:made meet:met begin:began,begun choose:chose,chosen give:gave,given "
    "take:took,taken write:wrote,written break:broke,broken speak:spoken know:knew,known draw:drew,drawn "
    "throw:threw,thrown fly:flew,flown drive:drove,driven run:ran come:came become:became go:went,gone,goes "
    "eat:ate,eaten forget:forgot,forgotten forbid:forbade,forbidden hide:hid,hidden steal:stole,stolen "
    "freeze:froze,frozen shake:shook,shaken strike:struck stand:stood understand:understood "
    "withdraw:withdrew,withdrawn overthrow:overthrew,overthrown undertake:undertook,undertaken rise:risen "
    "grow:grew,grown shrink:shrank,shrunk feed:fed flee:fled mean:meant hear:heard say:said sit:sat "
    "sleep:slept sweep:swept shoot:shot deal:dealt "
    # the verbs of the same shapes the table lacked ("blew" / "blown", "tore" / "torn", "sank" / "sunk")
    "blow:blew,blown tear:tore,torn wear:wore,worn sink:sank,sunk swim:swam,swum sing:sang,sung drink:drank,drunk "
    "ride:rode,ridden swear:swore,sworn wake:woke,woken weave:wove,woven arise:arose,arisen forgive:forgave,forgiven "
    "bite:bitten beat:beaten dig:dug hang:hung swing:swung cling:clung fling:flung sting:stung slide:slid "
    "spin:spun bleed:bled breed:bred creep:crept weep:wept leap:leapt shine:shone "
    "overtake:overtook,overtaken overcome:overcame uphold:upheld withhold:withheld withstand:withstood "
    "foresee:foresaw,foreseen oversee:oversaw,overseen outgrow:outgrew,outgrown burn:burnt learn:learnt "
    "spill:spilt spoil:spoilt"
)

IRREGULAR_FORMS: Mapping[str, str] = {
    form: verb for verb, forms in (pair.split(":") for pair in _TABLE.split()) for form in forms.split(",")
}
