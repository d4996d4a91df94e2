"""An invented own-words check set (issue #11, round 52): four small packs (two English, two Russian, a history and
a science each) of list, cloze, choice and short cards, six answers a card written as a learner would (full
sentences: right ones with the answer inside a paraphrase of the prompt, wrong ones with one wrong fact), every
answer labelled right or wrong before any grader was run on it. A measuring stick, not a list of what passes:
`tests/test_grading_own_words52.py` holds its count as a floor. Nothing here is from a pack of tests/data."""

from __future__ import annotations

from studybot.core.packs import Card, Keypoint, Pack, Section


def _list(cid: str, prompt: str, points: tuple[str | tuple[str, ...], ...], need: int) -> Card:
    kps = tuple(Keypoint(p, ()) if isinstance(p, str) else Keypoint(p[0], tuple(p[1:])) for p in points)
    return Card(id=cid, section="s", kind="list", prompt=prompt, answer="; ".join(k.point for k in kps),
                keypoints=kps, need=need)


def _cloze(cid: str, text: str) -> Card:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    return Card(id=cid, section="s", kind="cloze", prompt="", answer=", ".join(b[0] for b in blanks), text=text,
                blanks=blanks)


def _choice(cid: str, prompt: str, options: tuple[str, ...]) -> Card:
    return Card(id=cid, section="s", kind="choice", prompt=prompt, options=options, answer=options[0])


def _short(cid: str, prompt: str, answer: str, *accept: str) -> Card:
    return Card(id=cid, section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


def _pack(pid: str, language: str, *cards: Card) -> Pack:
    return Pack(id=pid, title=pid, language=language, cards=cards, sections=(Section(id="s", title="Notes", notes=""),))


HARBOUR = _pack("harbour", "en",
    _list("exports", "Name three goods the harbour of Wendmoor exported.",
          ("wool", "tin", "salted herring", "slate"), 3),
    _list("decline", "Name two reasons the harbour declined.",
          ("the river mouth silted up", "the railway took its trade"), 2),
    _cloze("wall", "The harbour wall was built by {{Tobias Crane}} in {{1732}}."),
    _choice("lighthouse", "Why was the lighthouse moved in 1860?",
            ("the cliff under it was eroding", "the light was too weak", "the town wanted the land",
             "a storm destroyed it")),
    _short("fee", "What did the harbour master collect from every ship?", "a mooring fee", "mooring fee",
           "mooring dues"),
    _cloze("dredger", "In {{1805}} a {{steam}} dredger began clearing the {{silt}} from the channel."),
    _cloze("lamp", "The lighthouse lamp burned {{whale oil}} until it was converted to {{gas}} in 1870."),
    _cloze("deepened", "In {{1887}} the harbour was deepened so that {{steamships}} could dock."),
    _short("lifeboat", "Who founded the Wendmoor lifeboat station?", "Margaret Holloway", "Holloway"),
)
POND = _pack("pond", "en",
    _list("needs", "Name three things a pond plant needs for photosynthesis.",
          ("light", ("carbon dioxide", "CO2"), "water"), 3),
    _list("larvae", "Name two animals that eat mosquito larvae in a pond.",
          ("dragonfly nymphs", "newts", "water beetles", "small fish"), 2),
    _cloze("oxygen", "Pond water gets most of its oxygen from {{water plants|plants}} and a little from the {{air}}."),
    _choice("fertiliser", "What happens to a pond when too much fertiliser washes into it?",
            ("algae grow fast and use up the oxygen", "the water becomes clearer", "the fish grow bigger",
             "the pond dries up")),
    _cloze("nymphs", "Dragonflies spend up to {{two years}} underwater as {{nymphs}} before they emerge."),
    _cloze("densest",
           "Water is densest at about {{4}} degrees, so in winter the {{warmest}} water lies at the bottom."),
    _cloze("spawn", "Frogs lay their eggs in {{spring}}, and the tadpoles hatch after about {{ten days}}."),
    _short("young", "What do we call the young of a frog?", "tadpoles", "tadpole", "polliwog"),
    _short("gills", "Which gas do pond fish take from the water through their gills?", "oxygen"),
)
MELNITSA = _pack("melnitsa", "ru",
    _list("zerno", "Назовите три вещи, которые молола мельница в Озерках.", ("рожь", "ячмень", "овёс", "горох"), 3),
    _list("zakryli", "Назовите две причины, по которым мельницу закрыли.",
          ("река обмелела", "в городе построили паровую мельницу"), 2),
    _cloze("postroil", "Мельницу построил купец {{Сорокин}} в {{1847}} году."),
    _choice("perenesli", "Почему мельницу перенесли ниже по реке?",
            ("там течение было сильнее", "там жил мельник", "там было меньше комаров", "там была дорога")),
    _cloze("zhernova", "Жернова для мельницы привезли из {{Финляндии}}, они весили по {{полтонны}}."),
    _cloze("koleso", "Колесо мельницы было {{наливным}}: вода падала на него {{сверху}}."),
    _cloze("perestroili", "В {{1902}} году мельницу перестроили и поставили {{паровой}} двигатель."),
    _short("plata", "Что платили крестьяне мельнику за помол?", "десятую часть муки", "десятую долю муки",
           "десятину муки"),
    _short("pervyi", "Кто был первым мельником в Озерках?", "Игнат Белов", "Белов"),
)
STEKLO = _pack("steklo", "ru",
    _list("sostav", "Назовите три вещества, из которых варят обычное стекло.",
          ("песок", "сода", ("известь", "известняк")), 3),
    _list("kvarts", "Назовите два свойства, за которые ценят кварцевое стекло.",
          ("выдерживает резкий нагрев", "пропускает ультрафиолет"), 2),
    _cloze("varka", "Стекло варят при температуре около {{1500}} градусов, а затем медленно {{охлаждают}}."),
    _choice("svinets", "Зачем в стекло добавляют оксид свинца?",
            ("чтобы оно сильнее блестело", "чтобы оно стало дешевле", "чтобы оно стало легче",
             "чтобы оно не пропускало звук")),
    _cloze("okonnoe", "Оконное стекло раньше получали {{выдуванием}} большого цилиндра, который потом {{разрезали}} "
                      "и расправляли."),
    _cloze("pervoe", "Первое стекло в России сварили в {{1635}} году под {{Москвой}}."),
    _cloze("tsvetnoe", "Цветное стекло получают, добавляя в шихту {{оксиды металлов}}: кобальт даёт {{синий}} цвет."),
    _short("master", "Как называют мастера, который выдувает стекло?", "стеклодув"),
    _short("gaz", "Какой газ выделяется, когда сода плавится с песком?", "углекислый газ", "CO2",
           "диоксид углерода"),
)
PACKS = (HARBOUR, POND, MELNITSA, STEKLO)

ROWS: dict[tuple[str, str], list[tuple[str, bool]]] = {  # (pack, card): [(answer, right)]
    ("harbour", "exports"): [
        ("Wendmoor's harbour shipped out wool, tin and slate.", True),
        ("The goods they sent abroad from the port were tin, salted herring and wool.", True),
        ("From Wendmoor ships carried away slate, herring that had been salted, and wool.", True),
        ("It exported mostly wool, and also tin and slate.", True),
        ("The harbour exported wool, tin and timber.", False),
        ("Wendmoor sent out wool, wine and slate.", False),
    ],
    ("harbour", "decline"): [
        ("The harbour went into decline because the river mouth silted up and the railway took away its trade.", True),
        ("It declined since silt filled the mouth of the river, and trade moved to the railway.", True),
        ("Two reasons: the river mouth got silted up, and the railway took over its trade.", True),
        ("The river's mouth silted up and the new railway stole its trade.", True),
        ("The river mouth silted up and a fire destroyed the quays.", False),
        ("The railway took its trade and a storm wrecked the pier.", False),
    ],
    ("harbour", "wall"): [
        ("The wall of the harbour was built by Tobias Crane in 1732.", True),
        ("Tobias Crane built it in 1732.", True),
        ("It was Tobias Crane who built the harbour wall, in 1732.", True),
        ("The harbour wall was put up by Tobias Crane in the year 1732.", True),
        ("The harbour wall was built by Tobias Crane in 1752.", False),
        ("It was built by Henry Crane in 1732.", False),
    ],
    ("harbour", "lighthouse"): [
        ("They moved it because the cliff beneath it was wearing away.", True),
        ("The lighthouse was moved since the cliff it stood on was eroding.", True),
        ("It was moved because of erosion of the cliff under it.", True),
        ("The cliff below it was crumbling into the sea, so they moved it.", True),
        ("They moved it because its light was too weak.", False),
        ("The lighthouse was moved because a storm had destroyed it.", False),
    ],
    ("harbour", "fee"): [
        ("The harbour master collected a mooring fee from every ship.", True),
        ("He took a mooring fee from each ship.", True),
        ("Every ship had to pay him a mooring fee.", True),
        ("From each ship he collected the mooring fee.", True),
        ("The harbour master collected a pilot fee from every ship.", False),
        ("He collected a customs duty from every ship.", False),
    ],
    ("harbour", "lifeboat"): [
        ("The lifeboat station at Wendmoor was founded by Margaret Holloway.", True),
        ("Margaret Holloway founded it.", True),
        ("It was Margaret Holloway who set up the lifeboat station.", True),
        ("The founder of the lifeboat station was Margaret Holloway.", True),
        ("The lifeboat station was founded by Margaret Crane.", False),
        ("It was founded by Tobias Crane.", False),
    ],
    ("pond", "needs"): [
        ("A pond plant needs light, carbon dioxide and water to photosynthesise.", True),
        ("For photosynthesis the plant has to have water, CO2 and sunlight.", True),
        ("It uses light, water and carbon dioxide.", True),
        ("To make its food by photosynthesis a pond plant needs carbon dioxide, water and light.", True),
        ("A pond plant needs light, oxygen and water for photosynthesis.", False),
        ("It needs carbon dioxide, water and nitrogen.", False),
    ],
    ("pond", "larvae"): [
        ("Mosquito larvae in a pond are eaten by dragonfly nymphs and newts.", True),
        ("Both newts and small fish feed on mosquito larvae.", True),
        ("Water beetles eat them, and so do dragonfly nymphs.", True),
        ("The larvae are food for small fish and water beetles.", True),
        ("Mosquito larvae are eaten by newts and snails.", False),
        ("Dragonfly nymphs and tadpoles eat mosquito larvae.", False),
    ],
    ("pond", "oxygen"): [
        ("Pond water gets most of its oxygen from water plants and a little from the air.", True),
        ("Most of the oxygen comes from the plants, and a little from the air.", True),
        ("It gets most oxygen from plants in the water and some from the air.", True),
        ("Mostly from water plants, with a small amount from the air.", True),
        ("Pond water gets most of its oxygen from the air and a little from water plants.", False),
        ("Most of its oxygen comes from fish and a little from the air.", False),
    ],
    ("pond", "fertiliser"): [
        ("Algae grow quickly and use up the oxygen in the water.", True),
        ("When too much fertiliser washes in, the algae grow fast and the oxygen is used up.", True),
        ("The algae multiply rapidly and take all the oxygen.", True),
        ("There is an algae bloom that uses up the oxygen.", True),
        ("The water becomes clearer when fertiliser washes into it.", False),
        ("The fish in the pond grow bigger.", False),
    ],
    ("pond", "young"): [
        ("The young of a frog are called tadpoles.", True),
        ("We call a frog's young a tadpole.", True),
        ("A young frog is called a tadpole.", True),
        ("They're known as tadpoles.", True),
        ("The young of a frog are called nymphs.", False),
        ("They are called elvers.", False),
    ],
    ("pond", "gills"): [
        ("Pond fish take oxygen from the water through their gills.", True),
        ("Through the gills they take in oxygen.", True),
        ("The fish get oxygen out of the water with their gills.", True),
        ("It is oxygen that they take from the water.", True),
        ("Pond fish take carbon dioxide from the water through their gills.", False),
        ("They take nitrogen from the water.", False),
    ],
    ("melnitsa", "zerno"): [
        ("Мельница в Озерках молола рожь, ячмень и овёс.", True),
        ("На мельнице мололи овёс, горох и рожь.", True),
        ("Там мололи ячмень, рожь и горох.", True),
        ("Мельница перемалывала рожь, а также овёс и ячмень.", True),
        ("Мельница молола рожь, ячмень и пшеницу.", False),
        ("На мельнице мололи овёс, кукурузу и горох.", False),
    ],
    ("melnitsa", "zakryli"): [
        ("Мельницу закрыли, потому что река обмелела, а в городе построили паровую мельницу.", True),
        ("Река стала мелкой, и в городе появилась паровая мельница.", True),
        ("Её закрыли из-за того, что обмелела река и в городе построили паровую мельницу.", True),
        ("Две причины: обмеление реки и паровая мельница, построенная в городе.", True),
        ("Река обмелела, а мельница сгорела.", False),
        ("В городе построили паровую мельницу, а мельник умер.", False),
    ],
    ("melnitsa", "postroil"): [
        ("Мельницу построил купец Сорокин в 1847 году.", True),
        ("Её построил Сорокин в 1847 году.", True),
        ("Купец Сорокин построил мельницу в 1847 году.", True),
        ("Мельница была построена купцом Сорокиным в 1847 году.", True),
        ("Мельницу построил купец Сорокин в 1874 году.", False),
        ("Мельницу построил купец Воронин в 1847 году.", False),
    ],
    ("melnitsa", "perenesli"): [
        ("Мельницу перенесли ниже по реке, потому что там течение было сильнее.", True),
        ("Её перенесли, так как ниже по реке течение было сильнее.", True),
        ("Потому что ниже течение реки было сильнее.", True),
        ("Там река текла быстрее, течение было сильней.", True),
        ("Мельницу перенесли, потому что там жил мельник.", False),
        ("Её перенесли, потому что там проходила дорога.", False),
    ],
    ("melnitsa", "plata"): [
        ("Крестьяне платили мельнику за помол десятую часть муки.", True),
        ("За помол мельнику отдавали десятую часть муки.", True),
        ("Мельнику отдавали десятую долю муки.", True),
        ("Платили десятой частью муки.", True),
        ("Крестьяне платили мельнику за помол пятую часть муки.", False),
        ("Мельнику платили деньгами.", False),
    ],
    ("melnitsa", "pervyi"): [
        ("Первым мельником в Озерках был Игнат Белов.", True),
        ("Первым мельником стал Игнат Белов.", True),
        ("Это был Игнат Белов.", True),
        ("Первый мельник — Игнат Белов.", True),
        ("Первым мельником в Озерках был Игнат Сорокин.", False),
        ("Первым мельником был Пётр Белов.", False),
    ],
    ("steklo", "sostav"): [
        ("Обычное стекло варят из песка, соды и извести.", True),
        ("Для стекла нужны песок, сода и известь.", True),
        ("Стекло варят из соды, известняка и песка.", True),
        ("Его делают из кварцевого песка, соды и извести.", True),
        ("Обычное стекло варят из песка, соды и глины.", False),
        ("Стекло варят из песка, соли и извести.", False),
    ],
    ("steklo", "kvarts"): [
        ("Кварцевое стекло ценят за то, что оно выдерживает резкий нагрев и пропускает ультрафиолет.", True),
        ("Оно не трескается при резком нагреве и пропускает ультрафиолетовые лучи.", True),
        ("Его ценят за стойкость к резкому нагреву и за то, что оно пропускает ультрафиолет.", True),
        ("Пропускает ультрафиолет и выдерживает резкий нагрев.", True),
        ("Оно выдерживает резкий нагрев и не пропускает ультрафиолет.", False),
        ("Кварцевое стекло пропускает ультрафиолет и легко плавится.", False),
    ],
    ("steklo", "varka"): [
        ("Стекло варят при температуре около 1500 градусов, а потом медленно охлаждают.", True),
        ("Его варят примерно при 1500 градусах и затем медленно охлаждают.", True),
        ("Варят около 1500 градусов, после чего медленно охлаждают.", True),
        ("Стекло сначала варят при 1500 градусах, а затем его медленно охлаждают.", True),
        ("Стекло варят при температуре около 500 градусов, а затем медленно охлаждают.", False),
        ("Стекло варят около 1500 градусов, а затем медленно нагревают.", False),
    ],
    ("steklo", "svinets"): [
        ("Оксид свинца добавляют в стекло, чтобы оно сильнее блестело.", True),
        ("Его добавляют, чтобы стекло блестело сильнее.", True),
        ("Чтобы у стекла был более сильный блеск.", True),
        ("Свинец добавляют для того, чтобы стекло ярче блестело.", True),
        ("Оксид свинца добавляют, чтобы стекло стало дешевле.", False),
        ("Его добавляют, чтобы стекло было легче.", False),
    ],
    ("steklo", "master"): [
        ("Мастера, который выдувает стекло, называют стеклодувом.", True),
        ("Такого мастера называют стеклодув.", True),
        ("Это стеклодув.", True),
        ("Человек, выдувающий стекло, — стеклодув.", True),
        ("Мастера, который выдувает стекло, называют гончаром.", False),
        ("Его называют кузнецом.", False),
    ],
    ("steklo", "gaz"): [
        ("Когда сода плавится с песком, выделяется углекислый газ.", True),
        ("При этом выделяется углекислый газ.", True),
        ("Выделяется диоксид углерода.", True),
        ("Из соды выходит углекислый газ.", True),
        ("Когда сода плавится с песком, выделяется угарный газ.", False),
        ("При этом выделяется кислород.", False),
    ],
    # cloze fillers written as a learner says them (a list of fillers, each in words of the learner's own)
    ("harbour", "dredger"): [
        ("1805, steam-powered, silt", True),
        ("eighteen hundred and five, steam, silt", True),
        ("1805, steam, the silt", True),
        ("in 1805, steam driven, silt", True),
        ("1850, steam, silt", False),
        ("1805, horse-drawn, silt", False),
    ],
    ("harbour", "lamp"): [
        ("whale oil, gas", True),
        ("oil from whales, gas", True),
        ("whale-oil, coal gas", True),
        ("whale oil, it was converted to gas", True),
        ("olive oil, gas", False),
        ("whale oil, electricity", False),
    ],
    ("pond", "nymphs"): [
        ("2 years, nymphs", True),
        ("up to two years, as a nymph", True),
        ("24 months, nymphs", True),
        ("a couple of years, as nymphs", True),
        ("three years, nymphs", False),
        ("two years, tadpoles", False),
    ],
    ("pond", "densest"): [
        ("four, warmest", True),
        ("4 °C, the warmest", True),
        ("about four degrees, warmest", True),
        ("4 degrees Celsius, the warmest", True),
        ("0, warmest", False),
        ("4, coldest", False),
    ],
    ("melnitsa", "zhernova"): [
        ("Финляндия, полтонны", True),
        ("из Финляндии, по 500 кг", True),
        ("Финляндии, пятьсот килограммов", True),
        ("из Финляндии, по полтонны каждый", True),
        ("Швеция, полтонны", False),
        ("Финляндии, по тонне", False),
    ],
    ("melnitsa", "koleso"): [
        ("наливное, сверху", True),
        ("наливным, падала сверху", True),
        ("наливное колесо, вода падала сверху", True),
        ("наливным, на него сверху", True),
        ("подливным, сверху", False),
        ("наливным, снизу", False),
    ],
    ("steklo", "okonnoe"): [
        ("выдуванием, разрезали", True),
        ("выдували, разрезали", True),
        ("выдувание, резали", True),
        ("путём выдувания, разрезали вдоль", True),
        ("литьём, разрезали", False),
        ("выдуванием, склеивали", False),
    ],
    ("steklo", "pervoe"): [
        ("1635, Москва", True),
        ("в 1635 году, под Москвой", True),
        ("1635, около Москвы", True),
        ("1635 г., Москвой", True),
        ("1653, Москва", False),
        ("1635, Петербург", False),
    ],
    # cloze texts said again as a learner's own sentence
    ("harbour", "deepened"): [
        ("The harbour was made deeper in 1887 so steamships could come in and dock.", True),
        ("In 1887 they deepened the harbour so that steamships were able to dock there.", True),
        ("It was in 1887 that the harbour got deepened, so steamships could dock.", True),
        ("1887 — they dredged the harbour deeper so steamships could dock.", True),
        ("In 1878 the harbour was deepened so that steamships could dock.", False),
        ("In 1887 the harbour was deepened so that fishing boats could dock.", False),
    ],
    ("pond", "spawn"): [
        ("Frogs lay eggs in the spring and the tadpoles come out after roughly ten days.", True),
        ("In spring frogs lay their eggs; about ten days later the tadpoles hatch.", True),
        ("Frogs lay their eggs in spring, and tadpoles hatch after around 10 days.", True),
        ("Frogs lay their eggs every spring, and the tadpoles hatch after ten days or so.", True),
        ("Frogs lay their eggs in autumn, and the tadpoles hatch after about ten days.", False),
        ("Frogs lay their eggs in spring, and the tadpoles hatch after about ten weeks.", False),
    ],
    ("melnitsa", "perestroili"): [
        ("Мельницу перестроили в 1902 году и установили на ней паровой двигатель.", True),
        ("В 1902 году её перестроили, поставив паровой двигатель.", True),
        ("В 1902 году мельница была перестроена, и на неё поставили паровой двигатель.", True),
        ("В 1902 году мельницу переделали и поставили паровой двигатель.", True),
        ("В 1920 году мельницу перестроили и поставили паровой двигатель.", False),
        ("В 1902 году мельницу перестроили и поставили дизельный двигатель.", False),
    ],
    ("steklo", "tsvetnoe"): [
        ("Чтобы получить цветное стекло, в шихту добавляют оксиды металлов, а кобальт окрашивает его в синий цвет.",
         True),
        ("Цветное стекло делают с добавкой оксидов металлов; от кобальта стекло становится синим.", True),
        ("В шихту добавляют оксиды металлов, и кобальт даёт синий цвет.", True),
        ("Цветное стекло получают, добавляя в шихту оксиды металлов: кобальт даёт синий.", True),
        ("Цветное стекло получают, добавляя в шихту соли натрия: кобальт даёт синий цвет.", False),
        ("Цветное стекло получают, добавляя в шихту оксиды металлов: кобальт даёт красный цвет.", False),
    ],
}
