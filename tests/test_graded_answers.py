"""The grader against 700+ learner answers labelled by a fair teacher (tests/data/graded_answers.yaml)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, load_labelled_answers, load_pack
from studybot.core.validate import measure_agreement
from studybot.paths import default_pack

from .conftest import DATA
from .packfiles import DEVELOPMENT, HELD_OUT

LABELLED = DATA / "graded_answers.yaml"


@pytest.fixture(scope="module")
def agreement(report):
    pack = load_pack(default_pack())
    result = measure_agreement(pack, load_labelled_answers(LABELLED))
    kinds = ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(result.by_kind.items()))
    report(f"grader agreement: {result.agreed}/{result.total} = {result.rate:.1%}; false accepts "
           f"{result.false_accepts} (traps {result.traps_accepted} of {result.traps}); false rejects "
           f"{result.false_rejects}; by kind: {kinds}")
    return result


def test_the_labelled_set_is_a_real_measuring_stick():
    labelled = load_labelled_answers(LABELLED)
    wrong = [item for item in labelled if not item.correct]
    assert len(labelled) >= 400
    assert sum(item.trap for item in wrong) * 3 >= len(wrong)
    assert not any(item.trap and item.correct for item in labelled)
    assert len({item.card for item in labelled}) >= 80


def test_agreement_is_at_least_97_percent(agreement):
    misses = [f"{i.card}: {i.answer!r} labelled {'right' if i.correct else 'wrong'}"
              for i, _ in agreement.disagreements]
    assert agreement.rate >= 0.97, "\n".join(misses)


def test_no_trap_is_accepted(agreement):
    accepted = [f"{i.card}: {i.answer!r}" for i, v in agreement.disagreements if i.trap]
    assert accepted == []


# Packs in other fields and languages, written with their labelled answers by authors who
# had not seen the grader (tests/data/packs). Development sets were looked at while the
# grader's rules were written; held-out sets never were: their floor only guards against a
# regression, their figure (printed under "measured") estimates a pack nobody tuned on.
OTHER_PACKS = [("plate-tectonics", 0.98, False), ("ussr-1991", 0.99, False), ("marshall-plan", 0.99, False),
               ("mendeleev", 0.99, False), ("tcp-ip", 0.98, False), ("petr-reforms", 0.98, False),
               ("inflation", 0.99, False), ("kletka", 0.96, False),
               ("rome", 0.97, False),  # unseen 92.2%
               ("kisloty", 0.99, False),  # unseen 95.4%
               ("pushkin", 0.99, False),  # unseen 98.1%
               ("heart", 0.99, False),  # unseen 94.6%
               ("transistor", 0.96, False),  # unseen 96.1%
               ("french-revolution", 0.94, False),  # unseen 94.8%
               ("1812", 0.96, False),  # unseen 96.4%
               ("photosynthesis", 0.95, True), ("solnechnaya", 0.97, True), ("induktsiya", 0.95, True),  # check packs
               # held out from round 5 (honeybees and kamchatka first measured 93.9%, 96.8%), development from round 10
               ("respiration", 0.95, False), ("baikal", 0.94, False), ("black-death", 0.97, False),
               ("ohm-law", 0.94, False), ("antibiotics", 0.92, False), ("vostok", 0.92, False),
               ("honeybees", 0.93, False), ("kamchatka", 0.96, False),
               ("printing", 0.96, False), ("transsib", 0.96, False),  # round 7: first measured 97.1%, 97.4%
               # written blind, held out until round 11: a teacher's corn-laws (first 85.0%), a Russian instructor's
               # dvs (89.3%), round 10's gps and samolet (91.2%, 93.6%); 84.4, 90.7, 91.2, 94.3% when promoted,
               # 86.2, 95.3, 91.7, 95.5% after the round that tuned on them
               ("corn-laws", 0.86, False), ("dvs", 0.95, False), ("gps", 0.91, False), ("samolet", 0.95, False),
               # rounds 11-16, written blind, held out until round 27 (development packs from then):
               # round 11 first measured at 80080e4 at 95.4, 94.7, 95.9, 94.3%
               ("coral", 0.95, False), ("krepost", 0.94, False), ("bridges", 0.95, False), ("glaz", 0.94, False),
               # round 12, written blind, held out: first measured at a511a8e at 92.1 and 91.2%
               ("vaccines", 0.92, False), ("zvuk", 0.91, False),
               # round 13, written blind, held out: first measured at 8bb0fd3 at 91.2 and 93.9%
               ("congress", 0.91, False), ("ledniki", 0.93, False),
               # round 14, written blind, held out: first measured at 3ed2111 at 96.1 and 97.1%
               ("suez", 0.96, False), ("neft", 0.97, False),
               # round 15, written blind, held out: first measured at 8bdef55 at 92.9 and 94.6%
               ("apollo", 0.92, False), ("vulkany", 0.94, False),
               # round 16, written blind, held out: first measured at 9354393 at 92.2 and 92.7%
               ("chernobyl", 0.92, False), ("darvin", 0.92, False),
               # rounds 7-20: held out until round 44, development packs since (96.6% in all when promoted)
               # round 17, written blind, held out: first measured at ab633b2 at 91.8 and 92.2%
               ("dna", 0.91, False), ("blokada", 0.92, False),
               # round 18, written blind, held out: first measured at 5c04fa1 at 96.0 and 92.8%
               ("jet", 0.95, False), ("tunguska", 0.92, False),
               # round 19, written blind, held out: first measured at 8a5a175 at 94.6 and 96.9%
               ("dustbowl", 0.94, False), ("goelro", 0.96, False),
               # round 20, written blind, held out: first measured at 82c3805 at 97.4 and 98.1%
               ("hubble", 0.97, False), ("metro", 0.98, False),
               # rounds 21-24: held out until round 45, development packs since (97.9% in all when promoted)
               # round 21, written blind, held out: first measured at 7724c5b at 98.0 and 94.5%
               ("insulin", 0.98, False), ("sevmorput", 0.94, False),
               # round 22, written blind, held out: first measured at 32b6b58 at 97.1 and 96.8%
               ("radar", 0.97, False), ("chernozem", 0.96, False),
               # round 23, written blind, held out: first measured at 85578ea at 97.1 and 98.5%
               ("sewers", 0.97, False), ("orfografiya", 0.98, False),
               # round 23 too, written blind at the round's end: first measured at cb30a5a at 98.8 and 97.4%
               ("tulips", 0.98, False), ("shakhmaty", 0.97, False),
               # round 24, written blind, held out: first measured at 6d46cb9 at 96.7 and 96.8%
               ("hansa", 0.96, False), ("sakhalin", 0.96, False),
               # rounds 24-26: held out until round 54, development packs since (97.6% in all when promoted)
               # round 24 too, written blind at the round's end: measured at its last code at 98.6 and 97.3%
               ("famine", 0.98, False), ("aral", 0.97, False),
               # round 25, written blind, held out: first measured at 7d874ed at 95.0 and 97.9%
               ("titanic", 0.95, False), ("vitte", 0.97, False),
               # round 25 too, written blind in the round's middle: 97.8 and 96.6% at its start and then
               ("balloon", 0.97, False), ("tretyakov", 0.96, False),
               # round 25 too, written blind at the round's end: 96.3 and 97.8% at its start and its end
               ("telegraph", 0.96, False), ("chelyuskin", 0.97, False),
               # round 26, written blind, held out: first measured at 27249d4 at 98.7 and 97.3% (their authors'
               # reports of where the docs and the grader differ were worked on that round; the answers never read)
               ("haber", 0.98, False), ("lunokhod", 0.97, False),
               # round 26 too, written blind at the same time; nothing of them seen: first measured at 27249d4 at
               # 97.9 and 97.7%
               ("xrays", 0.97, True), ("kolskaya", 0.97, True),
               # round 27, written blind, held out: first measured at a3e8b30 at 98.3 and 97.1%
               ("metre", 0.98, True), ("antarktida", 0.97, True),
               # round 28, written blind, held out: first measured at 3093d42 at 97.4 and 98.3%
               ("green-revolution", 0.97, True), ("sverkhtekuchest", 0.98, True),
               # round 29, written blind, held out: first measured at 7b9d2d7 at 98.5 and 97.6%
               ("panama", 0.98, True), ("lomonosov", 0.97, True),
               # round 31, written blind, held out: first measured at b9543f6 at 98.7 and 97.1%
               ("rosetta", 0.98, True), ("pavlov", 0.97, True),
               # round 32, written blind, held out: first measured at 76ddb79 at 97.6 and 95.4%
               ("ozone", 0.97, True), ("tsiolkovsky", 0.95, True),
               # round 33, written blind, held out: first measured at cadd2ce at 98.1 and 98.1%
               ("erie", 0.98, True), ("vavilov", 0.98, True),
               # round 34, written blind, held out: first measured at cf452df at 98.6 and 99.3%
               ("neptune", 0.98, True), ("nep", 0.99, True),
               # round 35, written blind, held out: first measured at bb65cf0 at 97.3 and 97.5%
               ("delta", 0.97, True), ("kruz", 0.97, True),
               # round 35's second pair, written blind, held out: first measured at 81756da at 97.9 and 96.7%
               ("steel", 0.97, True), ("krasin", 0.96, True),
               # round 36, written blind, held out: first measured at 5afa4c1 at 99.1 and 98.0%
               ("photo", 0.99, True), ("tselina", 0.98, True),
               # round 36's second pair, written blind, held out: first measured at the round's end code at 98.2
               # and 98.8%
               ("bicycle", 0.98, True), ("obninsk", 0.98, True),
               # round 37, written blind, held out: first measured at 6b3ceaa at 96.6 and 97.9%
               ("radiocarbon", 0.96, True), ("alyaska", 0.97, True),
               # round 37's second pair, written blind, held out: first measured at 6b3ceaa at 98.3 and 96.3%
               ("fresnel", 0.98, True), ("popov", 0.96, True),
               # round 38, written blind, held out: first measured at 75b1ec6 at 97.8, 96.1, 98.2 and 98.5%
               ("krakatoa", 0.97, True), ("sputnik", 0.96, True), ("mendel", 0.98, True), ("bam", 0.98, True),
               # round 39, written blind, held out: first measured at f2415e6 at 98.0 (489/499) and 97.4%
               ("blood", 0.97, True), ("perepis", 0.97, True),
               # round 40, written blind, held out: first measured at 5899d58 at 97.3 (428/440) and 98.0% (435/444)
               ("flu1918", 0.97, True), ("dneproges", 0.98, True),
               # round 41, written blind, held out: first measured at 7c2d92c at 97.9 (415/424) and 97.5% (465/477)
               ("goldrush", 0.97, True), ("radioakt", 0.97, True),
               # round 42, written blind, held out: first measured at bbfee55 at 97.3 (468/481) and 97.6% (534/547)
               ("scurvy", 0.97, True), ("griby", 0.97, True),
               # round 42's second pair, written blind, held out: first measured at 5eea5c6 at 98.9 (436/441) and
               # 99.0% (473/478)
               ("tambora", 0.98, True), ("stolypin", 0.98, True),
               # round 43, written blind, held out: first measured at ac42464 at 95.1 (450/473), 97.0 (452/466),
               # 97.1 (463/477) and 97.8% (442/452); fedorov lost one (462/477) in round 45 to the rule that reads a
               # Russian noun in -ан/-ал/-ай in every case (ru_cut_consonant; counts only, not looked into)
               ("challenger", 0.95, True), ("longitude", 0.96, True), ("fedorov", 0.96, True),
               ("merzlota", 0.97, True),
               # round 44, written blind, held out: first measured at 472210b (the round's start code) at 97.4%
               # (487/500) and 98.0% (484/494)
               ("smallpox", 0.97, True), ("kma", 0.97, True),
               # round 45, written blind, held out: first measured at 2648c5d (the round's start code) at 96.5%
               # (463/480) and 97.2% (458/471)
               ("liion", 0.96, True), ("siyaniya", 0.97, True),
               # round 46, written blind, held out: first measured at 4b5ce2b (the round's start code) at 97.8%
               # (567/580) and 98.9% (522/528)
               ("neptune2", 0.97, True), ("kizhi", 0.98, True),
               # round 46 too: 97.7% (459/470) at 4b5ce2b
               ("steam", 0.97, True),
               # round 47, written blind, held out: first measured at 618d508 (the round's start code) at 97.8%
               # (542/554), 96.8% (509/526), 98.7% (521/528) and 97.4% (523/537)
               ("oxygen", 0.97, True), ("eddystone", 0.96, True), ("shukhov", 0.98, True), ("kaspiy", 0.97, True),
               # round 48, written blind, held out: first measured at fe7f0ab (the round's start code) at 99.0%
               # (507/512), 97.4% (495/508), 97.7% (555/568) and 97.6% (528/541)
               ("tides", 0.99, True), ("lightbulb", 0.97, True), ("kirill", 0.97, True), ("krugovorot", 0.97, True),
               # round 49, written blind, held out: first measured at 2d4668c (the round's start code) at 98.2%
               # (501/510), 98.8% (510/516), 98.2% (492/501) and 98.4% (483/491)
               ("greatfire", 0.98, True), ("voyager", 0.98, True), ("kulikovo", 0.98, True),
               ("televidenie", 0.98, True),
               # round 50, written blind, held out: first measured at 26a89ef (the round's start code) at 99.0%
               # (500/505), 96.4% (486/504), 97.8% (495/506) and 96.3% (465/483)
               ("taybridge", 0.99, True), ("kidney", 0.96, True), ("mechnikov", 0.97, True), ("ermak", 0.96, True),
               # round 51, written blind, held out: first measured at 1a520e5 (the round's start code) at 95.3%
               # (490/514), 97.2% (495/509), 95.2% (476/500) and 95.2% (477/501)
               ("halifax", 0.95, True), ("lichen", 0.97, True), ("korroziya", 0.95, True), ("zimniy", 0.95, True),
               # round 52, written blind, held out: first measured at 71b35b1 (the round's start code) at 96.6%
               # (487/504), 97.8% (483/494), 94.7% (478/505) and 98.6% (493/500)
               ("trieste", 0.96, True), ("jacquard", 0.97, True), ("ashkhabad", 0.94, True), ("ivanovsky", 0.98, True),
               # round 53, written blind, held out: first measured at ed95541 (the round's start code) at 98.6%
               # (483/490), 99.2% (511/515), 97.1% (500/515) and 94.6% (473/500)
               ("chicagopile", 0.98, True), ("tacoma", 0.99, True), ("przhevalsky", 0.97, True),
               ("cherenkov", 0.94, True),
               # round 54, written blind, held out: first measured at b465d90 (the round's start code) at 97.8%
               # (486/497), 96.7% (503/520), 97.8% (499/510) and 97.3% (477/490)
               ("snow", 0.97, True), ("hindenburg", 0.96, True), ("papanin", 0.97, True), ("chkalov", 0.97, True),
               # round 55, written blind, held out: first measured at 18d1d1e (the round's start code) at 96.3%
               # (500/519), 97.9% (523/534), 96.4% (478/496) and 96.5% (553/573)
               ("lister", 0.96, True), ("comet", 0.97, True), ("nikitin", 0.96, True), ("chuma1771", 0.96, True),
               # round 56, written blind, held out: first measured at 650557d1 (the round's start code) at 95.4%
               # (522/547) and 95.8% (499/521)
               ("antikythera", 0.95, True), ("pugachev", 0.95, True),
               # round 57, written blind, held out: first measured at d3e9c2ff (the round's start code) at 97.1%
               # (511/526) and 96.5% (531/550)
               ("vasa", 0.97, True), ("isaakiy", 0.96, True),
               # round 58, written blind, held out: first measured at 51db90d9 (the round's start code) at 93.6%
               # (524/560) and 95.1% (488/513)
               ("magna", 0.93, True), ("yasnaya", 0.95, True),
               # round 59, written blind, first measured at b6acf71a at 98.6% (569/577) and 94.2% (470/499)
               ("channel", 0.98, True), ("beresta", 0.94, True),
               # round 60, written blind, first measured at 3c29bb2e at 93.7% (502/536) and 98.0% (487/497)
               ("lewisclark", 0.93, True), ("shelkovy", 0.97, True),
               # round 61, written blind, first measured at deaeb2e9 at 98.0% (539/550) and 96.4% (507/526)
               ("sthelens", 0.98, True), ("ostankino", 0.96, True)]
# (fridge, round 8, development from round 11: an instructor's 131 answers, below the 150 of a set here;
# benchmarks/grading.py prints it)

# Second sets (round 7), written blind: learners' own words on short, list and explain cards, where a paraphrase
# of a keypoint is hardest to judge. Development packs first measured at 90.5, 97.1, 90.4, 96.3, 80.3, 79.5, 87.3
# and 91.8% (89.0% in all), then tuned on; the sets of check and held-out packs (measured only, never read) first
# at 87.0, 83.8, 84.3, 78.3, 89.9 and 85.0% before this round's grader changes, and no higher after them.
PARAPHRASE_SETS = [("heart", 0.95), ("transistor", 0.98), ("rome", 0.94), ("tcp-ip", 0.98), ("kletka", 0.89),
                   ("petr-reforms", 0.86), ("ussr-1991", 0.91), ("kisloty", 0.95),
                   # round 9, written blind, first measured at 88.3, 88.3, 91.7 and 90.0% before being tuned on
                   ("plate-tectonics", 0.88), ("inflation", 0.88), ("french-revolution", 0.91), ("marshall-plan", 0.95),
                   ("photosynthesis", 0.86), ("induktsiya", 0.78), ("solnechnaya", 0.88),  # check
                   ("black-death", 0.83),  # held out until round 10
                   # round 10, written blind on promoted packs, first measured at b158b9f at 92.5, 93.2, 93.6 and 93.5%
                   ("antibiotics", 0.92), ("honeybees", 0.93), ("vostok", 0.93), ("baikal", 0.93),
                   ("printing", 0.84), ("transsib", 0.84),  # held out
                   ("gps", 0.82), ("samolet", 0.83),  # round 10, written blind: first 81.0% and 84.0%; development
                   # from round 11
                   # round 11, written blind on this round's held-out packs, first measured at b54f43e
                   ("coral", 0.80), ("bridges", 0.86), ("krepost", 0.83), ("glaz", 0.85),
                   # round 12, written blind on development packs that had no such set (held out: OWN_HELD_OUT),
                   # first measured at a511a8e at 77.3, 84.6, 80.2 and 83.2%
                   ("fridge", 0.77), ("dvs", 0.84), ("corn-laws", 0.80), ("ohm-law", 0.83),
                   # round 13, written blind on round 12's held-out packs, first measured at 8bb0fd3 at 82.8 and 81.4%
                   ("vaccines", 0.82), ("zvuk", 0.81),
                   # round 14, written blind on round 13's held-out packs, first measured at 3ed2111 at 85.0 and 88.1%
                   ("congress", 0.85), ("ledniki", 0.88),
                   # round 14, written blind with their held-out packs, first measured at 3ed2111 at 81.0 and 81.2%
                   ("suez", 0.81), ("neft", 0.81),
                   # round 15, written blind with their held-out packs, first measured at 8bdef55 at 78.4 and 75.3%
                   ("apollo", 0.78), ("vulkany", 0.75),
                   # round 16, written blind with their held-out packs, first measured at 9354393 at 82.9 and 72.9%
                   ("chernobyl", 0.82), ("darvin", 0.72),
                   # round 17, written blind with their held-out packs, first measured at ab633b2 at 85.3 and 75.0%
                   ("dna", 0.85), ("blokada", 0.75),
                   # round 18, written blind with their held-out packs, first measured at 5c04fa1 at 72.7 and 80.0%
                   ("jet", 0.72), ("tunguska", 0.79),
                   # round 19, written blind with their held-out packs, first measured at 8a5a175 at 82.5 and 85.0%
                   ("dustbowl", 0.82), ("goelro", 0.84),
                   # round 20, written blind with their held-out packs, first measured at 82c3805 at 83.8 and 87.5%
                   ("hubble", 0.83), ("metro", 0.87),
                   # round 21, written blind with their held-out packs, first measured at 7724c5b at 80.0 and 78.8%
                   ("insulin", 0.80), ("sevmorput", 0.78),
                   # round 22, written blind with their held-out packs, first measured at 32b6b58 at 68.8 and 81.7%
                   ("radar", 0.68), ("chernozem", 0.81),
                   # round 23, written blind with their held-out packs, first measured at 85578ea at 75.0 and 75.0%
                   ("sewers", 0.75), ("orfografiya", 0.75),
                   # round 23 too, written blind at the round's end, first measured at cb30a5a at 85.0 and 75.0%
                   ("tulips", 0.85), ("shakhmaty", 0.75),
                   # round 24, written blind with their held-out packs, first measured at 6d46cb9 at 72.5 and 65.0%
                   ("hansa", 0.72), ("sakhalin", 0.65),
                   # round 24 too, written blind at the round's end, measured at its last code at 82.5 and 83.8%
                   ("famine", 0.82), ("aral", 0.83),
                   # round 25, written blind with their held-out packs, first measured at 7d874ed at 83.8 and 78.8%
                   ("titanic", 0.83), ("vitte", 0.78),
                   # round 25 too, written blind in the round's middle: 83.8 and 81.2% at its start and then
                   ("balloon", 0.83), ("tretyakov", 0.81),
                   # round 25 too, written blind at the round's end: 82.5 and 85.0% at its start and its end
                   ("telegraph", 0.82), ("chelyuskin", 0.85),
                   # round 26, written blind on development packs that had no such set, first measured at 27249d4 at
                   # 87.5, 91.2 and 97.5%; tuned on from then (95.0, 93.8 and 100% with the sheets' order numbers
                   # read as listed, as their headers say, and this round's rules)
                   ("respiration", 0.95), ("mendeleev", 0.93), ("pushkin", 1.0),
                   # round 26, written blind with their held-out packs, first measured at 27249d4 at 80.0 and 76.2%
                   ("haber", 0.80), ("lunokhod", 0.76),
                   # round 26 too, written blind with their held-out packs, first measured at 27249d4 at 83.8 and 82.5%
                   ("xrays", 0.83), ("kolskaya", 0.82),
                   # round 27, written blind with their held-out packs, first measured at a3e8b30 at 82.5 and 82.5%
                   ("metre", 0.82), ("antarktida", 0.82),
                   # round 28, written blind with their held-out packs, first measured at 3093d42 at 71.2 and 72.5%
                   ("green-revolution", 0.71), ("sverkhtekuchest", 0.72),
                   # round 29, written blind with their held-out packs, first measured at 7b9d2d7 at 77.5 and 73.8%
                   ("panama", 0.77), ("lomonosov", 0.73),
                   # round 31, written blind with their held-out packs, first measured at b9543f6 at 70.0 and 86.2%
                   ("rosetta", 0.70), ("pavlov", 0.86),
                   # round 32, written blind with their held-out packs, first measured at 76ddb79 at 87.5 and 81.2%
                   ("ozone", 0.87), ("tsiolkovsky", 0.81),
                   # round 33, written blind with their held-out packs, first measured at cadd2ce at 82.5 and 87.5%
                   ("erie", 0.82), ("vavilov", 0.87),
                   # round 34, written blind with their held-out packs, first measured at cf452df at 78.8 and 80.0%
                   ("neptune", 0.78), ("nep", 0.80),
                   # round 35, written blind with their held-out packs, first measured at bb65cf0 at 71.2 and 70.0%
                   ("delta", 0.71), ("kruz", 0.70),
                   # round 35's second pair, first measured at 81756da at 81.2 and 85.0%
                   ("steel", 0.81), ("krasin", 0.85),
                   # round 36, written blind with their held-out packs, first measured at 5afa4c1 at 78.8 and 77.5%
                   ("photo", 0.78), ("tselina", 0.77),
                   # round 36's second pair, first measured at the round's end code at 77.5 and 87.5%
                   ("bicycle", 0.77), ("obninsk", 0.87),
                   # round 37, written blind with their held-out packs, first measured at 6b3ceaa at 83.8 and 81.2%
                   ("radiocarbon", 0.83), ("alyaska", 0.81),
                   # round 37's second pair, first measured at 6b3ceaa at 75.0 and 82.5%
                   ("fresnel", 0.75), ("popov", 0.82),
                   # round 38, written blind with their held-out packs, first measured at 75b1ec6 at 87.5, 80.0, 71.2
                   # and 65.0%
                   ("krakatoa", 0.87), ("sputnik", 0.80), ("mendel", 0.71), ("bam", 0.65),
                   # round 39, written blind with their held-out packs, first measured at f2415e6 at 80.0 and 82.5%
                   ("blood", 0.80), ("perepis", 0.82),
                   # round 40, written blind with their held-out packs, first measured at 5899d58 at 75.0 and 85.5%
                   ("flu1918", 0.75), ("dneproges", 0.85),
                   # round 41, written blind with their held-out packs, first measured at 7c2d92c at 70.0 and 75.0%
                   ("goldrush", 0.70), ("radioakt", 0.75),
                   # round 42, written blind with their held-out packs, first measured at bbfee55 at 82.5 and 90.0%
                   ("scurvy", 0.82), ("griby", 0.90),
                   # round 42's second pair, first measured at 5eea5c6 at 93.8 and 96.2%
                   ("tambora", 0.93), ("stolypin", 0.96),
                   # round 43, written blind with their held-out packs, first measured at ac42464 at 83.8, 91.2,
                   # 85.0 and 82.5%; challenger lost 2 (65/80) to the rules of that round's authors' reports
                   # (merge f06d5842; counts only, not looked into)
                   ("challenger", 0.81), ("longitude", 0.91), ("fedorov", 0.85), ("merzlota", 0.82),
                   # round 44, written blind with their held-out packs, first measured at 472210b at 88.8% (71/80)
                   # and 85.0% (68/80)
                   ("smallpox", 0.88), ("kma", 0.85),
                   # round 45, written blind with their held-out packs, first measured at 2648c5d at 90.0% (72/80)
                   # and 86.2% (69/80)
                   ("liion", 0.90), ("siyaniya", 0.86),
                   # round 46, written blind with their held-out packs, first measured at 4b5ce2b at 91.2% (73/80)
                   # and 92.5% (74/80)
                   ("neptune2", 0.91), ("kizhi", 0.92),
                   # round 46 too: 86.2% (69/80) at 4b5ce2b
                   ("steam", 0.86),
                   # round 47, written blind with their held-out packs, first measured at 618d508 at 93.8% (75/80),
                   # 92.5% (74/80), 97.5% (78/80) and 88.8% (71/80)
                   ("oxygen", 0.93), ("eddystone", 0.92), ("shukhov", 0.97), ("kaspiy", 0.88),
                   # round 48, written blind with their held-out packs, first measured at fe7f0ab at 92.5% (74/80),
                   # 91.2% (73/80), 93.8% (75/80) and 86.2% (69/80)
                   ("tides", 0.92), ("lightbulb", 0.91), ("kirill", 0.93), ("krugovorot", 0.86),
                   # round 49, written blind with their held-out packs, first measured at 2d4668c at 86.2% (69/80),
                   # 91.2% (73/80), 90.0% (72/80) and 95.0% (76/80)
                   ("greatfire", 0.86), ("voyager", 0.91), ("kulikovo", 0.90), ("televidenie", 0.95),
                   # round 50, written blind with their held-out packs, first measured at 26a89ef at 86.2% (69/80),
                   # 95.0% (76/80), 88.8% (71/80) and 85.0% (68/80)
                   ("taybridge", 0.86), ("kidney", 0.95), ("mechnikov", 0.88), ("ermak", 0.85),
                   # round 51, written blind with their held-out packs, first measured at 1a520e5 at 95.0% (76/80),
                   # 95.0% (76/80), 91.2% (73/80) and 91.2% (73/80)
                   ("halifax", 0.95), ("lichen", 0.95), ("korroziya", 0.91), ("zimniy", 0.91),
                   # round 52, written blind with their held-out packs, first measured at 71b35b1 at 93.8% (75/80),
                   # 90.0% (72/80), 82.5% (66/80) and 91.2% (73/80)
                   ("trieste", 0.93), ("jacquard", 0.90), ("ashkhabad", 0.82), ("ivanovsky", 0.91),
                   # round 53, written blind with their held-out packs, first measured at ed95541 at 91.2% (73/80),
                   # 95.0% (76/80), 86.2% (69/80) and 88.8% (71/80)
                   ("chicagopile", 0.91), ("tacoma", 0.95), ("przhevalsky", 0.86), ("cherenkov", 0.88),
                   # round 54, written blind with their held-out packs, first measured at b465d90 at 91.2% (73/80),
                   # 93.8% (75/80), 96.2% (77/80) and 90.0% (72/80)
                   ("snow", 0.91), ("hindenburg", 0.93), ("papanin", 0.96), ("chkalov", 0.90),
                   # round 55, written blind with their held-out packs, first measured at 18d1d1e at 88.8% (71/80),
                   # 86.2% (69/80), 91.2% (73/80) and 91.2% (73/80)
                   ("lister", 0.88), ("comet", 0.86), ("nikitin", 0.91), ("chuma1771", 0.91),
                   # round 56, written blind with their held-out packs, first measured at 650557d1 at 82.5% (66/80)
                   # and 82.5% (66/80)
                   ("antikythera", 0.82), ("pugachev", 0.82),
                   # round 57, written blind with their held-out packs, first measured at d3e9c2ff at 92.5% (74/80)
                   # and 87.5% (70/80)
                   ("vasa", 0.92), ("isaakiy", 0.87),
                   # round 58, written blind with their held-out packs, first measured at 51db90d9 at 87.5% (70/80)
                   # and 68.8% (55/80)
                   ("magna", 0.87), ("yasnaya", 0.68),
                   # round 59, written blind with their held-out packs, first measured at b6acf71a at 88.8% (71/80)
                   # and 83.8% (67/80)
                   ("channel", 0.88), ("beresta", 0.83),
                   # round 60, written blind with their held-out packs, first measured at 3c29bb2e at 87.5% (70/80)
                   # and 87.5% (70/80)
                   ("lewisclark", 0.87), ("shelkovy", 0.87),
                   # round 61, written blind with their held-out packs, first measured at deaeb2e9 at 90.0% (72/80)
                   # and 88.8% (71/80)
                   ("sthelens", 0.9), ("ostankino", 0.88)]


@lru_cache(maxsize=2)
def graded(name: str) -> tuple[Pack, Grader]:
    """A pack and its grader, kept for its other answer sheet: a big pack's grader takes a third of a second to
    build, and `xdist_group` sends a pack's two sheets to one worker, one after the other (--dist loadgroup)."""
    pack = load_pack(DATA / "packs" / f"{name}.yaml")
    return pack, Grader.for_pack(pack)


def _share(name: str) -> list:
    """A held-out pack's floors are read one day in three, a development pack's one day in two (the helpers and the
    lead measure every pack after each change; CI holds a share a day). The check packs' are read every day."""
    parts = 3 if name in HELD_OUT else 2 if name in DEVELOPMENT else 0
    return [pytest.mark.daily(name, parts)] if parts else []


def by_pack(rows: list[tuple]) -> list:
    """Parameters, each in its pack's xdist group and its share of days (conftest; all of them with --every-day, as
    at the end of a round)."""
    return [pytest.param(*row, marks=[pytest.mark.xdist_group(f"graded-{row[0]}"), *_share(row[0])]) for row in rows]


@pytest.mark.slow  # every pack's labelled answers (a minute of grading): CI runs it (--slow)
@pytest.mark.parametrize(("name", "floor", "held_out"), by_pack(OTHER_PACKS))
def test_agreement_on_packs_in_other_fields_and_languages(name, floor, held_out, report):
    pack, grader = graded(name)
    labelled = load_labelled_answers(DATA / "packs" / f"{name}.answers.yaml")
    assert len(labelled) >= 150 and len({item.card for item in labelled}) == len(pack.cards) >= 25
    assert {card.kind for card in pack.cards} == {"short", "numeric", "date", "list", "explain", "choice", "cloze",
                                                   "order"}
    result = measure_agreement(pack, labelled, grader)
    report(f"grader agreement, {name} ({pack.language}{', held out' if held_out else ''}): "
           f"{result.agreed}/{result.total} = {result.rate:.1%}; false accepts {result.false_accepts} "
           f"(traps {result.traps_accepted} of {result.traps}); false rejects {result.false_rejects}")
    misses = [f"{i.card}: {i.answer!r} labelled {'right' if i.correct else 'wrong'}" for i, _ in result.disagreements]
    assert result.rate >= floor, "\n".join(misses)


@pytest.mark.slow  # every pack's answers in learners' own words: CI runs it (--slow)
@pytest.mark.parametrize(("name", "floor"), by_pack(PARAPHRASE_SETS))
def test_agreement_on_answers_in_learners_own_words(name, floor, report):
    pack, grader = graded(name)
    labelled = load_labelled_answers(DATA / "paraphrase" / f"{name}.answers.yaml")
    assert len(labelled) >= 60 and {item.card for item in labelled} <= {card.id for card in pack.cards}
    result = measure_agreement(pack, labelled, grader)
    report(f"grader agreement, {name} in learners' own words ({pack.language}): {result.agreed}/{result.total} = "
           f"{result.rate:.1%}; false accepts {result.false_accepts}; false rejects {result.false_rejects}")
    misses = [f"{i.card}: {i.answer!r} labelled {'right' if i.correct else 'wrong'}" for i, _ in result.disagreements]
    assert result.rate >= floor, "\n".join(misses)
