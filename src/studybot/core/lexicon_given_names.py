"""English given names and the short forms they are called by ("Tom" Thomas, "Bill" William, "Liz" Elizabeth):
general language data, the same for every text (no name of one pack). `grading/given_names.py` reads an answer's
short form as the full name a card gives."""

from __future__ import annotations

__all__ = ["SHORT_FORMS"]


def _table(rows: str) -> dict[str, frozenset[str]]:
    """"thomas: tom tommy" rows -> {"tom": {"thomas"}, "tommy": {"thomas"}} (a short form of several names keeps
    them all: "Al" is Albert, Alfred or Alan)."""
    found: dict[str, set[str]] = {}
    for row in filter(None, (r.strip() for r in rows.splitlines())):
        name, _, shorts = row.partition(":")
        for short in shorts.split():
            found.setdefault(short, set()).add(name.strip())
    return {short: frozenset(names) for short, names in found.items()}


# the usual English short forms and pet forms of given names (the name: its short forms)
SHORT_FORMS = _table("""
    abraham: abe
    albert: al bert
    alexander: alex sandy
    alfred: al alf alfie fred
    andrew: andy drew
    anthony: tony
    archibald: archie
    arthur: art artie
    benjamin: ben benny
    charles: charlie chuck
    christopher: chris kit
    daniel: dan danny
    david: dave davy
    donald: don
    douglas: doug
    edward: ed eddie ted ned
    edwin: ed
    eugene: gene
    francis: frank
    frederick: fred freddie
    gerald: gerry jerry
    gregory: greg
    harold: harry hal
    henry: harry hal hank
    herbert: herb bert
    isaac: ike
    jacob: jake
    james: jim jimmy jamie
    jeffrey: jeff
    john: jack johnny
    jonathan: jon
    joseph: joe joey
    kenneth: ken
    lawrence: larry
    leonard: leo len lenny
    matthew: matt
    michael: mike mick mickey
    nathaniel: nat nate
    nicholas: nick
    patrick: pat paddy
    peter: pete
    philip: phil
    raymond: ray
    richard: dick rick richie
    robert: bob bobby rob robbie bert
    ronald: ron ronnie
    samuel: sam sammy
    stephen: steve
    steven: steve
    theodore: ted teddy theo
    thomas: tom tommy
    timothy: tim
    walter: walt wally
    william: bill billy will willie
    abigail: abby
    barbara: barb
    catherine: kate kitty cathy
    katherine: kate kitty kathy
    christine: chris
    deborah: debbie deb
    dorothy: dot dolly
    eleanor: nell ellie
    elizabeth: liz lizzie beth betty bess
    frances: fanny
    jennifer: jenny jen
    margaret: maggie meg peggy madge
    mary: molly polly
    patricia: pat patty
    rebecca: becky
    susan: sue susie
    victoria: vicky
""")
