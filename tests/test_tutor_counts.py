""""How many / how much / сколько / во сколько раз" questions, end to end, in English and Russian.

A count in a passage may be written in digits ("12 members", "1,200 weavers", "1 400 орудий", "600 тысяч"), in
words ("five directors", "a dozen", "пятеро", "полторы тысячи"), with an approximation ("some", "over", "около",
"свыше"), without a number ("hundreds of", "сотни"), as a share ("half", "a third", "треть", "две трети"), as how
many times ("twice", "tripled", "в три раза", "вдвое", "трижды") or how often ("twice a year", "every four years",
"раз в четыре года", "ежегодно"). What is counted must be what is asked about or a kind of it ("how many people":
"12 members", "сколько человек": "600 тысяч солдат"; "сколько пушек": "1 400 орудий"), never another kind ("how many
soldiers" is not "12 members") nor another thing; a passage whose only numbers are years gives no count (but
"более 1200 ткачей" is no year). "How old" wants an age, "how far" a distance, "how often" a frequency (of any measure:
"every 500 miles", "каждые 5 тысяч вёрст"; once in a span: "once in 20 to 30 years"; a share of the occasions:
"5 percent of the petitions"). Each row is a few invented notes (no pack's subject), a question and the fact a
teacher expects in the reply, or None when the notes do not answer it.
"""

from __future__ import annotations

import pytest

from studybot.core.language import language
from studybot.core.text import normalise
from studybot.core.tutor.numbers_of import numbered_after

from .notes import says, tutor_on

COUNCIL = ("The Harbour Council of Vell had 12 members.\n\nThe council met in the old mill.\n\n"
           "The mill stood by the river.")
GUILD = ("The guild of Tarn employed 1,200 weavers.\n\nThe guild was founded in 1650.\n\n"
         "The guild sold cloth to the coast.")
FLEET = ("The fleet of Dorn carried 600 sailors.\n\nThe guns of the fleet were old.\n\n"
         "The fleet of Dorn carried 40 cannons.")  # a count of another thing next to the right one

ENGLISH = [
    (COUNCIL,
     'How many members did the Harbour Council have?', '12 members'),
    (COUNCIL,
     'How many people were on the Harbour Council?', '12 members'),
    (COUNCIL,
     'What was the number of members of the Harbour Council?', '12 members'),
    (GUILD,
     'How many weavers did the guild of Tarn employ?', '1,200'),
    ('The guild of Tarn was founded in 1650.\n\nThe guild sold cloth to the coast on 3 May 1701.',
     'How many weavers did the guild of Tarn employ?', None),
    ('Five directors ran the Osk company.\n\nThe company traded in salt.',
     'How many directors ran the Osk company?', 'Five directors'),
    ('Five directors ran the Osk company.\n\nThe company traded in salt.',
     'How many people ran the Osk company?', 'Five directors'),
    ('A dozen boats sailed to the isle of Mora.\n\nThe isle has a small harbour.',
     'How many boats sailed to Mora?', 'dozen'),
    ('Some 300 pilgrims reached the shrine of Ulla.\n\nThe shrine stands on a hill.',
     'How many pilgrims reached the shrine of Ulla?', '300'),
    ('Some 300 pilgrims reached the shrine of Ulla.\n\nThe shrine stands on a hill.',
     'How many people reached the shrine?', '300'),
    ('Nearly two thousand settlers crossed the pass.\n\nThe pass is closed in winter.',
     'How many settlers crossed the pass?', 'two thousand'),
    ('Half of the villagers of Brin left after the flood.\n\nThe flood came in 1822.',
     'How many of the villagers of Brin left after the flood?', 'Half'),
    ('Half of the villagers of Brin left after the flood.\n\nThe flood came in 1822.',
     'What share of the villagers left Brin after the flood?', 'Half'),
    (FLEET,
     'How many guns did the fleet of Dorn carry?', '40 cannons'),
    (FLEET,
     'How many sailors did the fleet of Dorn carry?', '600'),
    (FLEET,
     'How many men did the fleet carry?', '600'),
    ('The army of Vask had 600 thousand soldiers.\n\nIts guns were old and heavy.',
     'How many guns did the army of Vask have?', None),
    ('The army of Vask had 600 thousand soldiers.\n\nIts guns were old and heavy.',
     'How many soldiers did the army of Vask have?', '600 thousand'),
    ('The army of Vask had 600 thousand soldiers.\n\nIts guns were old and heavy.',
     'How many troops did the army of Vask have?', '600 thousand'),
    ('The army of Vask, 600,000 soldiers strong, dragged its guns over the river.\n\nThe river was wide.',
     'How many soldiers did the army of Vask have?', '600,000'),
    ('The envoy of Pell visited the island three times.\n\nThe island lies far to the south.',
     'How many times did the envoy of Pell visit the island?', 'three times'),
    ('The envoy of Pell visited the island twice.\n\nThe island lies far to the south.',
     'How many times did the envoy of Pell visit the island?', 'twice'),
    ('The Quell bridge cost $40,000.\n\nThe Quell bridge has 12 arches.',
     'How much did the Quell bridge cost?', '$40,000'),
    ('The Quell bridge has 12 arches.\n\nThe Quell bridge was expensive to build.',
     'How much did the Quell bridge cost?', None),
    ('The Ward mill produced 300 tonnes of flour a year.\n\nThe Ward mill had 4 millstones.',
     'How much flour did the Ward mill produce?', '300 tonnes'),
    ('The Ward mill had 4 millstones.\n\nThe Ward mill produced flour for the town.',
     'How much flour did the Ward mill produce?', None),
    # a price asked by the verb ("pay", "buy ... for", "for how much"): a count of what was bought does not say it
    ('The merchant Orlan bought 12 ships at the port of Vell.\n\nThe port of Vell stands on a hill.',
     'How much did Orlan pay for the ships?', None),
    ('The merchant Orlan bought 12 ships at the port of Vell.\n\nThe port of Vell stands on a hill.',
     'How much did Orlan buy the ships for?', None),
    ('The merchant Orlan bought 12 ships at the port of Vell.\n\nThe port of Vell stands on a hill.',
     'For how much did Orlan buy the ships?', None),
    ('The merchant Orlan bought 12 ships for 40,000 pounds.\n\nThe port of Vell stands on a hill.',
     'How much did Orlan pay for the ships?', '40,000 pounds'),
    ('The merchant Orlan bought 12 ships at the port of Vell.\n\nThe port of Vell stands on a hill.',
     'How many ships did Orlan buy?', '12 ships'),
    ('The siege of Hald lasted 40 days.\n\nThe siege of Hald began in 1652.',
     'How long did the siege of Hald last?', '40 days'),
    ('The siege of Hald began in 1652.\n\nThe defenders of Hald had 300 muskets.',
     'How long did the siege of Hald last?', None),
    ('The shrine of Ulla lies 30 miles from the port.\n\nThe shrine has 12 monks.',
     'How far is the shrine of Ulla from the port?', '30 miles'),
    ('The shrine of Ulla has 30 monks.\n\nThe shrine is far from the port.',
     'How far is the shrine of Ulla from the port?', None),
    ('The abbot Orrin died at the age of 62.\n\nOrrin ruled over 40 monks.',
     'How old was Orrin when he died?', '62'),
    ('The abbot Orrin was 62 years old when he died.\n\nOrrin ruled over 40 monks.',
     'How old was Orrin when he died?', '62'),
    ('The abbot Orrin died in 1702 with 40 monks around him.\n\nOrrin was a gentle man.',
     'How old was Orrin when he died?', None),
    ('The fair of Selm is held twice a year.\n\nThe fair sells horses.',
     'How often is the fair of Selm held?', 'twice a year'),
    ('The fair of Selm is held every four years.\n\nThe fair sells horses.',
     'How often is the fair of Selm held?', 'every four years'),
    ('The fair of Selm is held every spring.\n\nThe fair sells horses.',
     'How often is the fair of Selm held?', 'every spring'),
    ('The river Arn floods its valley about once in 20 to 30 years.\n\nThe valley grows wheat.',
     'How often does the river Arn flood?', 'once in 20 to 30 years'),  # once in a span
    ('The comet of Tarn returns once in a century.\n\nThe comet has a long tail.',
     'How often does the comet of Tarn return?', 'once in a century'),
    ('The river Arn flooded its valley in 1850, once in living memory.\n\nThe valley grows wheat.',
     'How often does the river Arn flood?', None),  # no span after "once in"
    ('Only about 5 percent of the petitions to the council of Vell are granted.\n\nThe council meets in a mill.',
     'How often are petitions to the council of Vell granted?', '5 percent'),  # a share of the occasions
    ('About 5 percent of the land of Vell is forest.\n\nThe council of Vell grants petitions in a mill.',
     'How often are petitions to the council of Vell granted?', None),  # a share of another thing
    ('The fair of Selm is held in the market square.\n\nThe fair sells 300 horses.',
     'How often is the fair of Selm held?', None),
    ('The wheels of the Selm carts are greased every 500 miles.\n\nThe carts carry 300 horses.',
     'How often are the wheels of the Selm carts greased?', 'every 500 miles'),  # a frequency of any measure
    ('The wheels of the Selm carts are greased after 500 miles.\n\nThe carts carry 300 horses.',
     'How often are the wheels of the Selm carts greased?', None),
    ('The wheels of the Selm carts are greased, every 3 of them.\n\nThe carts carry 300 horses.',
     'How often are the wheels of the Selm carts greased?', None),  # "every 3 of them": no measure
    ('The harvest of Lund tripled after the drainage.\n\nThe drainage took 3 years.',
     'How many times did the harvest of Lund increase after the drainage?', 'tripled'),
    ('About 1,400 deputies came to the assembly of Rook.\n\nThe assembly met in 1789.',
     'How many deputies came to the assembly of Rook?', '1,400'),
    ('About 1,400 deputies came to the assembly of Rook.\n\nThe assembly met in 1789.',
     'How many people came to the assembly of Rook?', '1,400'),
    ('The Harbour Council of Vell owned 12 boats.\n\nThe council met in the old mill.',
     'How many people were on the Harbour Council of Vell?', None),
    ('The Harbour Council of Vell had 12 members.\n\nThe council met in the old mill.',
     'How many soldiers were on the Harbour Council of Vell?', None),
    ('Over 2,000 pilgrims reached the shrine of Ulla.\n\nThe shrine stands on a hill.',
     'How many pilgrims reached the shrine of Ulla?', '2,000'),
    ('More than 300 monks lived in the abbey of Tess.\n\nThe abbey stands on a hill.',
     'How many monks lived in the abbey of Tess?', '300'),
    ('Almost 50 wagons left the fort of Brack.\n\nThe fort stood on a hill.',
     'How many wagons left the fort of Brack?', '50'),
    ('Two dozen ships anchored off Quay Point.\n\nThe point has a lighthouse.',
     'How many ships anchored off Quay Point?', 'Two dozen'),
    ('Hundreds of pilgrims reached the shrine of Ulla.\n\nThe shrine stands on a hill.',
     'How many pilgrims reached the shrine of Ulla?', 'Hundreds'),
    ('A third of the orchards of Lund died in the frost.\n\nThe frost came in 1805.',
     'How many of the orchards of Lund died in the frost?', 'A third'),
    ('A third of the orchards of Lund died in the frost.\n\nThe frost came in 1805.',
     'What proportion of the orchards of Lund died in the frost?', 'A third'),
    ('Two thirds of the voters of Brin backed the reform.\n\nThe reform passed in 1830.',
     'What share of the voters of Brin backed the reform?', 'Two thirds'),
    ('One in five villagers of Brin left after the flood.\n\nThe flood came in 1822.',
     'What share of the villagers of Brin left after the flood?', 'One in five'),
    ('The city of Arrow had 1.2 million inhabitants.\n\nThe city was founded in 1520.',
     'How many people lived in the city of Arrow?', '1.2 million'),
    ('The city of Arrow had 1.2 million inhabitants.\n\nThe city was founded in 1520.',
     'How many inhabitants did the city of Arrow have?', '1.2 million'),
    ('In 1200 the guild of Tarn built a hall.\n\nThe guild sold cloth to the coast.',
     'How many halls did the guild of Tarn build?', None),
    ('The population of Arrow doubled after the war.\n\nThe war ended in 1648.',
     'How many times did the population of Arrow increase after the war?', 'doubled'),
    ("The guild of Tarn raised $40,000 for the hall.\n\nThe guild of Tarn had 12 members.",
     "How much money did the guild of Tarn raise for the hall?", "$40,000"),
    ("The guild of Tarn had 12 members.\n\nThe guild of Tarn raised money for the hall.",
     "How much money did the guild of Tarn raise for the hall?", None),  # a count of members is no sum
    ("The harvest of Lund grew threefold after the drainage.\n\nThe drainage took 3 years.",
     "How many times did the harvest of Lund increase after the drainage?", "threefold"),
    ("The new canal of Vell is three times as long as the old one.\n\nThe old canal was dug in 1702.",
     "How many times longer is the new canal of Vell than the old one?", "three times"),
    # a figure that counts days beside the thing asked counts no such thing; a ruler's number ("Clement VI") and a
    # year after its month ("In May 1349 Pope ...") count nothing
    ("A pilgrim march of the Reds lasted 33 and a half days.\n\nThe Reds wore grey hoods.",
     "How many Reds were there?", None),
    ("In May 1349 Pope Clement VI condemned the Reds.\n\nThe Reds wore grey hoods.",
     "How many Reds were there?", None),
    ("A pilgrim march of the Reds lasted 33 days.\n\nSome 800 Reds wore grey hoods.",
     "How many Reds were there?", "800"),
    ("A pilgrim march of the Reds lasted 33 days.\n\nThe Reds wore grey hoods.",
     "How many days did a march of the Reds last?", "33"),
    ("In May 1349 King Oswy II led 40 Reds.\n\nThe Reds wore grey hoods.",
     "How many Reds did King Oswy lead?", "40"),
]

RUSSIAN = [
    ('В совете города Велль было 12 членов.\n\nСовет собирался на старой мельнице.',
     'Сколько членов было в совете города Велль?', '12 членов'),
    ('В совете города Велль было 12 членов.\n\nСовет собирался на старой мельнице.',
     'Сколько человек было в совете города Велль?', '12 членов'),
    ('В совете города Велль было 12 членов.\n\nСовет собирался на старой мельнице.',
     'Какова численность совета города Велль?', '12 членов'),
    ('Армия Васка имела 1 400 орудий.\n\nВ армии Васка было 600 тысяч солдат.',
     'Сколько пушек было у армии Васка?', '1 400 орудий'),
    ('Армия Васка имела 1 400 орудий.\n\nВ армии Васка было 600 тысяч солдат.',
     'Сколько солдат было в армии Васка?', '600 тысяч'),
    ('Армия Васка имела 1 400 орудий.\n\nВ армии Васка было 600 тысяч солдат.',
     'Сколько человек было в армии Васка?', '600 тысяч'),
    ('Армия Васка имела 1 400 орудий.\n\nВ армии Васка было 600 тысяч солдат.',
     'Сколько воинов было в армии Васка?', '600 тысяч'),
    ('В армии Васка было 600 тысяч солдат.\n\nПушки армии Васка были старыми.',
     'Сколько пушек было у армии Васка?', None),
    ('Гильдией Тарна управляли пять директоров.\n\nГильдия торговала солью.',
     'Сколько директоров управляло гильдией Тарна?', 'пять директоров'),
    ('Пятеро монахов пришли в обитель Уллы.\n\nОбитель стоит на холме.',
     'Сколько монахов пришло в обитель Уллы?', 'Пятеро'),
    ('В лодке сидели двое рыбаков из Морры.\n\nЛодка была старой.',
     'Сколько рыбаков сидело в лодке?', 'двое'),
    ('Постройка моста через Квелл обошлась в полтора миллиона рублей.\n\nУ моста 12 арок.',
     'Сколько стоила постройка моста через Квелл?', 'полтора миллиона'),
    ('У моста через Квелл 12 арок.\n\nМост через Квелл был дорогим.',
     'Сколько стоил мост через Квелл?', None),
    ('Около 300 паломников дошли до обители Уллы.\n\nОбитель стоит на холме.',
     'Сколько паломников дошло до обители Уллы?', '300'),
    ('Около 300 паломников дошли до обители Уллы.\n\nОбитель стоит на холме.',
     'Сколько человек дошло до обители Уллы?', '300'),
    ('Гильдия Тарна основана в 1650 году.\n\nГильдия Тарна продавала сукно 3 мая 1701 года.',
     'Сколько ткачей работало в гильдии Тарна?', None),
    ('В гильдии Тарна работало более 1200 ткачей.\n\nГильдия основана в 1650 году.',
     'Сколько ткачей работало в гильдии Тарна?', '1200'),
    ('Половина жителей Брина покинула деревню после наводнения.\n\nНаводнение случилось в 1822 году.',
     'Какая часть жителей Брина покинула деревню?', 'Половина'),
    ('Половина жителей Брина покинула деревню после наводнения.\n\nНаводнение случилось в 1822 году.',
     'Сколько жителей Брина покинуло деревню после наводнения?', 'Половина'),
    ('Урожай в Лунде вырос в три раза после осушения.\n\nОсушение длилось 3 года.',
     'Во сколько раз вырос урожай в Лунде?', 'в три раза'),
    ('Урожай в Лунде вырос вдвое после осушения.\n\nОсушение длилось 3 года.',
     'Во сколько раз вырос урожай в Лунде?', 'вдвое'),
    ('Урожай в Лунде вырос в 1805 году.\n\nВ Лунде 30 дворов.',
     'Во сколько раз вырос урожай в Лунде?', None),
    ('Посол Пелла трижды посетил остров.\n\nОстров лежит далеко на юге.',
     'Сколько раз посол Пелла посетил остров?', 'трижды'),
    ('Посол Пелла посетил остров три раза.\n\nОстров лежит далеко на юге.',
     'Сколько раз посол Пелла посетил остров?', 'три раза'),
    ('Осада Хальда длилась 40 дней.\n\nОсада Хальда началась в 1652 году.',
     'Как долго длилась осада Хальда?', '40 дней'),
    ('Осада Хальда длилась 40 дней.\n\nОсада Хальда началась в 1652 году.',
     'Сколько длилась осада Хальда?', '40 дней'),
    ('Обитель Уллы стоит на расстоянии 30 километров от порта.\n\nВ обители живут 12 монахов.',
     'Как далеко обитель Уллы от порта?', '30 километров'),
    ('Обитель Уллы стоит на расстоянии 30 километров от порта.\n\nВ обители живут 12 монахов.',
     'На каком расстоянии от порта стоит обитель Уллы?', '30 километров'),
    ('В обители Уллы живут 30 монахов.\n\nОбитель Уллы стоит далеко от порта.',
     'Как далеко обитель Уллы от порта?', None),
    ('Настоятель Оррин умер в возрасте 62 лет.\n\nОррин руководил 40 монахами.',
     'Сколько лет было Оррину, когда он умер?', '62'),
    ('Настоятель Оррин умер в возрасте 62 лет.\n\nОррин руководил 40 монахами.',
     'В каком возрасте умер Оррин?', '62'),
    ('Ярмарка в Сельме проходит дважды в год.\n\nНа ярмарке продают лошадей.',
     'Как часто проходит ярмарка в Сельме?', 'дважды в год'),
    ('Ярмарка в Сельме проходит раз в четыре года.\n\nНа ярмарке продают лошадей.',
     'Как часто проходит ярмарка в Сельме?', 'раз в четыре года'),
    ('Ярмарка в Сельме проходит на рыночной площади.\n\nНа ярмарке продают 300 лошадей.',
     'Как часто проходит ярмарка в Сельме?', None),
    ('Колёса телег Сельма смазывают каждые 5 тысяч вёрст.\n\nТелеги везут 300 лошадей.',
     'Как часто смазывают колёса телег Сельма?', 'каждые 5 тысяч вёрст'),  # how often, in any measure
    ('Колёса телег Сельма смазывают после 5 тысяч вёрст.\n\nТелеги везут 300 лошадей.',
     'Как часто смазывают колёса телег Сельма?', None),
    ('На собрание в Руке пришли около 1400 депутатов.\n\nСобрание состоялось в 1789 году.',
     'Сколько депутатов пришло на собрание в Руке?', '1400'),
    ('На собрание в Руке пришли около 1400 депутатов.\n\nСобрание состоялось в 1789 году.',
     'Сколько человек пришло на собрание в Руке?', '1400'),
    ('Треть садов Лунда погибла от мороза.\n\nМороз ударил в 1805 году.',
     'Какая доля садов Лунда погибла от мороза?', 'Треть'),
    ('Треть садов Лунда погибла от мороза.\n\nМороз ударил в 1805 году.',
     'Сколько садов Лунда погибло от мороза?', 'Треть'),
    ('Совету Велля принадлежали 12 лодок.\n\nСовет собирался на старой мельнице.',
     'Сколько человек было в совете Велля?', None),
    ('В совете Велля было 12 членов.\n\nСовет собирался на старой мельнице.',
     'Сколько солдат было в совете Велля?', None),
    ('Свыше 2 000 паломников дошли до обители Уллы.\n\nОбитель стоит на холме.',
     'Сколько паломников дошло до обители Уллы?', '2 000'),
    ('Почти 50 повозок покинули крепость Брак.\n\nКрепость стояла на холме.',
     'Сколько повозок покинуло крепость Брак?', '50'),
    ('Примерно 600 тысяч солдат перешли реку Вель.\n\nРека Вель широкая.',
     'Сколько солдат перешло реку Вель?', '600 тысяч'),
    ('Примерно 600 тысяч солдат перешли реку Вель.\n\nРека Вель широкая.',
     'Сколько человек перешло реку Вель?', '600 тысяч'),
    ('Сотни паломников дошли до обители Уллы.\n\nОбитель стоит на холме.',
     'Сколько паломников дошло до обители Уллы?', 'Сотни'),
    ('Полторы тысячи солдат защищали крепость Брак.\n\nКрепость стояла на холме.',
     'Сколько солдат защищало крепость Брак?', 'Полторы тысячи'),
    ('Две трети избирателей Брина поддержали реформу.\n\nРеформа прошла в 1830 году.',
     'Какая доля избирателей Брина поддержала реформу?', 'Две трети'),
    ('Население Арроу выросло в полтора раза после войны.\n\nВойна закончилась в 1648 году.',
     'Во сколько раз выросло население Арроу после войны?', 'в полтора раза'),
    ('В 1200 году гильдия Тарна построила зал.\n\nГильдия продавала сукно.',
     'Сколько залов построила гильдия Тарна?', None),
    ('Ярмарка в Сельме проходит ежегодно.\n\nНа ярмарке продают лошадей.',
     'Как часто проходит ярмарка в Сельме?', 'ежегодно'),
    ('Ярмарка в Сельме проходит каждую весну.\n\nНа ярмарке продают лошадей.',
     'Как часто проходит ярмарка в Сельме?', 'каждую весну'),
    ("Гильдия Тарна собрала 40 тысяч рублей на зал.\n\nВ гильдии Тарна было 12 членов.",
     "Сколько денег собрала гильдия Тарна на зал?", "40 тысяч рублей"),
    ("В гильдии Тарна было 12 членов.\n\nГильдия Тарна собрала деньги на зал.",
     "Сколько денег собрала гильдия Тарна на зал?", None),
    ("Новый канал Велля в три раза длиннее старого.\n\nСтарый канал вырыли в 1702 году.",
     "Во сколько раз новый канал Велля длиннее старого?", "в три раза"),
    # a price asked by the verb ("за сколько купил", "сколько заплатил"): a count of what was bought does not say it
    ("Купец Орлан купил 12 кораблей в порту Велля.\n\nПорт Велля стоит на холме.",
     "За сколько купец Орлан купил корабли?", None),
    ("Купец Орлан купил 12 кораблей в порту Велля.\n\nПорт Велля стоит на холме.",
     "Сколько Орлан заплатил за корабли?", None),
    ("Купец Орлан купил 12 кораблей за 40 тысяч рублей.\n\nПорт Велля стоит на холме.",
     "За сколько купец Орлан купил корабли?", "40 тысяч рублей"),
    ("Купец Орлан купил 12 кораблей в порту Велля.\n\nПорт Велля стоит на холме.",
     "Сколько кораблей купил Орлан?", "12 кораблей"),
    ("Мастер Орлан построил корабль за 40 дней.\n\nПорт Велля стоит на холме.",
     "За сколько дней Орлан построил корабль?", "40 дней"),
    # a count in words of 50 to 80 in an oblique case ("около пятидесяти", "более семидесяти")
    ("В обители Уллы живут около пятидесяти монахов.\n\nОбитель Уллы стоит на холме.",
     "Сколько монахов живёт в обители Уллы?", "пятидесяти"),
    ("Более восьмидесяти повозок покинули крепость Брак.\n\nКрепость стояла на холме.",
     "Сколько повозок покинуло крепость Брак?", "восьмидесяти"),
    # "численность" + an adjective + what it counts ("численность тарской выдры": otters, not "тарской"), unless the
    # adjective is what is counted ("число русских")
    ("Тарская выдра ловит рыбу ночью и спит в норах на берегу.\n\n"
     "Численность тарской выдры оценивают примерно в 300 особей.", "Сколько всего выдр?", "300 особей"),
    ("Город Велль стоит на реке.\n\nЧисло русских в городе Велль выросло до 40 тысяч.",
     "Сколько русских в городе Велль?", "40 тысяч"),
    ("Выдры Тарского озера ловят рыбу ночью и спят в норах.\n\nЧисло тарских рыбаков выросло до 40 человек.",
     "Сколько выдр живёт на Тарском озере?", None),
]


def _answers(notes: str, question: str, fact: str | None, language: str) -> bool:
    tutor = tutor_on(notes, "Notes", language=language)
    return tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)


@pytest.mark.parametrize(("notes", "question", "fact"), ENGLISH, ids=[q for _, q, _ in ENGLISH])
def test_english_counts(notes, question, fact):
    assert _answers(notes, question, fact, "en")


@pytest.mark.parametrize(("notes", "question", "fact"), RUSSIAN, ids=[q for _, q, _ in RUSSIAN])
def test_russian_counts(notes, question, fact):
    assert _answers(notes, question, fact, "ru")


@pytest.mark.parametrize(("question", "language", "counted"), [
    ("How many seismic stations are there?", "en", {"seismic", "station"}),
    ("Сколько раз посол посетил остров?", "ru", set()),  # "раз": how many times, no thing counted
    ("Во сколько раз вырос урожай?", "ru", set()),
    ("Сколько лет было настоятелю?", "ru", set()),
])
def test_what_a_count_question_counts(question, language, counted):
    tutor = tutor_on("Notes of a few words.", "Notes", language=language)
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and {tutor.library.words.lang.stem(w) for w in counted} == set(asked.counted)


def test_a_kind_of_people_is_no_other_kind_and_only_counts_for_count_questions():
    """"how many people" is met by a figure of members; "how many soldiers" is not; and "what do people say" is a
    question about people, not about members."""
    notes = "The Harbour Council of Vell had 12 members.\n\nThe members of the council speak Dutch."
    tutor = tutor_on(notes, "Notes")
    assert says(tutor, "How many people were on the Harbour Council of Vell?", "12 members")
    assert tutor.ask("How many soldiers were on the Harbour Council of Vell?").kind == "decline"
    asked = tutor.analyser.question("What language do people speak?", normalise("What language do people speak?"))
    assert asked is not None and not any(u.kinds for u in asked.units)


def test_a_figure_counting_the_thing_asked_beats_one_counting_another():
    """Two passages name guns; only one counts them: the answer chosen is that one, not the figure of soldiers
    next to the guns (which ranks higher: it is shorter)."""
    notes = ("The army of Vask brought 600,000 soldiers and its guns to the siege of Orm.\n\n"
             "A chronicle written many years later by the monks of a distant abbey says that the army of Vask "
             "brought 1,400 guns to the siege of Orm.")
    tutor = tutor_on(notes, "Notes")
    question = "How many guns did the army of Vask bring to the siege of Orm?"
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    best = tutor.ranker.choose(asked, tutor.ranker.rank(asked))
    assert best is not None and "1,400 guns" in best.doc.text


def test_a_general_word_met_by_a_kind_needs_the_rest_of_the_question():
    """"How many people lived in Brin?" is not answered by "7,000 women of Brin marched": they did something else."""
    tutor = tutor_on("In 1789 some 7,000 women of Brin marched to the palace.\n\nThe palace stood by the river.",
                     "Notes")
    assert tutor.ask("How many people lived in Brin in 1789?").kind == "decline"
    assert says(tutor, "How many people marched to the palace?", "7,000 women")


@pytest.mark.parametrize(("words", "first"), [
    ("численность озерной выдры оценивают в 300 особей", "выдры"),  # the noun after the adjective
    ("число пострадавших составило 120 человек", "пострадавших"),  # the adjective is the noun: a verb follows
    ("число русских в городе выросло", "русских"),  # ... or a preposition
    ("число мельниц в уезде росло", "мельниц"),
])
def test_the_word_the_number_of_counts(words, first):
    seq = words.split()  # the first of the places that is no stop word (as `counts` takes it)
    assert next(seq[j] for j in numbered_after(seq, "ru") if seq[j] not in language("ru").lex.stop) == first
