"""An invented own-words check set (issue #11, round 51): four small "packs" (English and Russian, explain and
choice), every answer labelled right or wrong before any grader was run on it. It is a measuring stick for rules
of learners' own words, not a list of what passes: `tests/test_grading_own_words51.py` holds its count as a floor
(agreement, and every wrong answer the grader fails now staying failed). Nothing here is from a pack of tests/data.
Rows: (point, question, answer, right) for an explain card of one keypoint; (card, answer, right) for a choice."""

from __future__ import annotations

from studybot.core.packs import Card

EN: dict[tuple[str, str], list[tuple[str, bool]]] = {  # (point, question): [(answer, right)]
    ('the council banned night fishing',
     'What did the council do about fishing?'): [
        ('a ban on night fishing was imposed by the council', True),
        ("the council's ban on fishing at night", True),
        ('the council allowed night fishing', False),
        ('night fishing was encouraged', False),
    ],
    ('the frost killed the young vines',
     'What happened to the vineyard?'): [
        ('the young vines died of the frost', True),
        ('the young vines died in the frost', True),
        ('the young vines survived the frost', False),
        ('the young vines died of the drought', False),
    ],
    ('the old tower served as a radio mast',
     'What was the old tower used for?'): [
        ('they started using the tower as a radio mast', True),
        ('it was used as a radio mast', True),
        ('a radio mast was built next to the tower', False),
    ],
    ('resistance to the pesticide spread among beetles',
     'What went wrong with the pesticide?'): [
        ('the beetles became resistant to the pesticide', True),
        ('more and more beetles could survive the pesticide', True),
        ('the pesticide spread among the beetles', False),
        ('the beetles spread', False),
    ],
    ('the wasps parasitise the caterpillars',
     'How do the wasps control the pests?'): [
        ('the caterpillars are parasitised by the wasps', True),
        ('the caterpillars parasitise the wasps', False),
        ('the wasps lay their eggs inside the caterpillars', True),
    ],
    ('Holm and Berger designed the dam',
     'Who designed the dam?'): [
        ('it was designed by Holm and Berger', True),
        ('Holm and Carter designed it', False),
    ],
    ('the harbour fees rose',
     'What changed at the harbour?'): [
        ('the harbour fees went up', True),
        ('they raised the harbour fees', True),
        ('the rents rose and the harbour fees stayed the same', False),
        ('the harbour fees fell', False),
    ],
    ('the evaporation of the lake water left salt behind',
     'Where did the salt come from?'): [
        ('the lake water evaporated and left the salt behind', True),
        ('the lake water froze and left salt behind', False),
    ],
    ('the glassworks closed because coal became too expensive',
     'Why did the glassworks close?'): [
        ('coal got too costly, so the glassworks shut', True),
        ('the price of coal rose too high', True),
        ('coal ran out', False),
        ('coal became cheaper', False),
    ],
    ('the dyke protected the fields from flooding',
     'What did the dyke do?'): [
        ('it kept the fields from being flooded', True),
        ('it stopped the fields flooding', True),
        ('it flooded the fields', False),
        ('it protected the town from fire', False),
    ],
}

RU: dict[tuple[str, str], list[tuple[str, bool]]] = {  # (point, question): [(answer, right)]
    ('она служила радиоантенной',
     'Для чего использовали башню?'): [
        ('её стали использовать как радиоантенну', True),
        ('башню использовали как антенну для радио', True),
        ('рядом с башней поставили радиоантенну', False),
    ],
    ('совет запретил ночную рыбалку',
     'Что сделал совет?'): [
        ('совет ввёл запрет на ночную рыбалку', True),
        ('запрет ночной рыбалки', True),
        ('совет разрешил ночную рыбалку', False),
        ('совет запретил дневную рыбалку', False),
    ],
    ('мороз погубил молодые лозы',
     'Что случилось с виноградником?'): [
        ('молодые лозы погибли от мороза', True),
        ('молодые лозы погибли от засухи', False),
        ('молодые лозы пережили мороз', False),
    ],
    ('у жуков распространилась устойчивость к яду',
     'Что пошло не так с ядом?'): [
        ('жуки стали устойчивы к яду', True),
        ('устойчивость жуков к яду выросла', True),
        ('яд распространился среди жуков', False),
    ],
    ('осы откладывают яйца в гусениц',
     'Как осы борются с вредителями?'): [
        ('в гусениц осы кладут яйца', True),
        ('гусеницы откладывают яйца в ос', False),
    ],
    ('портовые сборы выросли',
     'Что изменилось в порту?'): [
        ('сборы в порту повысились', True),
        ('сборы подняли', True),
        ('аренда выросла, а сборы остались прежними', False),
        ('сборы снизились', False),
    ],
    ('стекольный завод закрылся, потому что уголь подорожал',
     'Почему закрылся завод?'): [
        ('уголь стал слишком дорогим', True),
        ('цены на уголь выросли', True),
        ('уголь закончился', False),
        ('уголь подешевел', False),
    ],
    ('дамба защищала поля от наводнений',
     'Зачем нужна была дамба?'): [
        ('чтобы поля не затопляло', True),
        ('она спасала поля от паводков', True),
        ('она затопляла поля', False),
    ],
}


def _choice(prompt: str, options: tuple[str, ...], answer: str) -> Card:
    return Card(id="c", section="s", kind="choice", prompt=prompt, options=options, answer=answer)


FERRY = _choice('Why did the ferry company fail?',
    ('its ships were too slow', 'the new bridge took its passengers', 'its ships sank in a storm',
     'the bridge toll was too high'),
    'the new bridge took its passengers')
LAMPS = _choice('What did the miners want most?',
    ('shorter shifts', 'higher pay', 'safer lamps', 'longer holidays'),
    'safer lamps')
PAROM = _choice('Почему разорилась паромная компания?',
    ('паромы были слишком медленными', 'новый мост отнял пассажиров', 'паромы затонули в шторм',
     'плата за мост была высокой'),
    'новый мост отнял пассажиров')
CHOICE: list[tuple[str, Card, str, bool]] = [  # (language, card, answer, right)
    ('en', FERRY, 'people started using the bridge instead of the ferry', True),
    ('en', FERRY, 'after the bridge opened nobody needed the ferry', True),
    ('en', FERRY, 'the bridge took away the passengers', True),
    ('en', FERRY, 'the ships were slow', False),
    ('en', FERRY, 'the toll on the bridge was too high for them', False),
    ('en', FERRY, 'a storm sank its ships', False),
    ('en', LAMPS, 'they wanted lamps to be safer', True),
    ('en', LAMPS, 'they asked for lamps that were less dangerous', True),
    ('en', LAMPS, 'they wanted shifts to be shorter', False),
    ('en', LAMPS, 'more money', False),
    ('ru', PAROM, 'люди стали ездить по мосту вместо парома', True),
    ('ru', PAROM, 'после открытия моста паром стал не нужен', True),
    ('ru', PAROM, 'мост забрал у них пассажиров', True),
    ('ru', PAROM, 'паромы были медленные', False),
    ('ru', PAROM, 'за проезд по мосту брали слишком много', False),
]
