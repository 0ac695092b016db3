#!/usr/bin/env python3
"""Generate a realistic synthetic .sammenkart map for the export benchmark.

Usage: make-map.py N_SERVICES N_PATHWAYS [N_LEVELS=5] OUT

The map looks like a large regional map: services spread over the levels
(the bottom levels hold the most), about 1 in 12 in the side column
(level null), Norwegian-looking names of 2-6 words (some with long compound
words), an owner and an "organisation" line, a short description, and
N_PATHWAYS pathways of 6-12 steps over random services, each with its own
colour. Texts are in bokmål and nynorsk, like the bundled templates.

The output is deterministic (fixed seed): the same arguments always give the
same bytes, so benchmark runs are comparable. Python 3 standard library only.
The result passes `sammenkart validate OUT`.
"""

import colorsys
import json
import random
import sys

SEED = 20261123

SECTORS = [
    ("helse", "Helse", "Helse", "#1f63a8", "health"),
    ("oppvekst", "Oppvekst", "Oppvekst", "#2b7a3b", "education"),
    ("barnevern", "Barnevern", "Barnevern", "#7b3f9e", "child-welfare"),
    ("nav", "NAV", "NAV", "#b8312f", "welfare"),
    ("familie", "Familie (Bufetat)", "Familie (Bufetat)", "#9b3d6b", "family"),
    ("fylkeskommune", "Fylkeskommunen", "Fylkeskommunen", "#00727d", "county"),
    ("frivillig", "Frivillige organisasjoner", "Frivillige organisasjonar",
     "#866a00", "voluntary"),
    ("stat", "Stat og justis", "Stat og justis", "#4a5568", "state"),
]

LEVEL_NAMES = [
    ("Tilbud til alle", "Tilbod til alle"),
    ("Lavterskel hjelp i kommunen", "Lågterskel hjelp i kommunen"),
    ("Kommunal oppfølging – til de som trenger mer",
     "Kommunal oppfølging – til dei som treng meir"),
    ("Spesialisthelsetjeneste – utredning og behandling",
     "Spesialisthelseteneste – utgreiing og behandling"),
    ("Døgn, akutt og langvarig samarbeid", "Døgn, akutt og langvarig samarbeid"),
]

# Band colours from pale green (bottom) to pale red (top).
LEVEL_COLOURS = ["#e1f3e3", "#f2efc4", "#fcdcb4", "#f8c2a6", "#f1a7a9"]

PLACES = [
    "Trondheim", "Røros", "Oppdal", "Orkland", "Melhus", "Malvik", "Skaun",
    "Selbu", "Tydal", "Holtålen", "Midtbyen", "Heimdal", "Lerkendal",
    "Østbyen", "Klæbu", "Rennebu", "Frøya", "Hitra", "Heim", "Rindal",
    "Stjørdal", "Meråker", "Frosta", "Hemne", "Soknedal", "Byneset",
]

# (bokmål, nynorsk) head nouns; some deliberately long compounds.
HEADS = [
    ("Helsestasjon", "Helsestasjon"),
    ("Familiesenter", "Familiesenter"),
    ("Familieteam", "Familieteam"),
    ("Samtaletilbud", "Samtaletilbod"),
    ("Oppfølgingsteam", "Oppfølgingsteam"),
    ("Lavterskeltilbud", "Lågterskeltilbod"),
    ("Ungdomskontakt", "Ungdomskontakt"),
    ("Skolehelsetjeneste", "Skulehelseteneste"),
    ("Poliklinikk", "Poliklinikk"),
    ("Rådgivningstjeneste", "Rådgjevingsteneste"),
    ("Foreldreveiledning", "Foreldrerettleiing"),
    ("Barnekoordinator", "Barnekoordinator"),
    ("Mestringsgruppe", "Meistringsgruppe"),
    ("Ambulant team", "Ambulant team"),
    ("Psykologtjeneste", "Psykologteneste"),
    ("Ruskonsulent", "Ruskonsulent"),
    ("Fritidsklubb", "Fritidsklubb"),
    ("Spesialpedagogisk team", "Spesialpedagogisk team"),
    ("Habiliteringstjeneste", "Habiliteringsteneste"),
    ("Barnevernsvakt", "Barnevernsvakt"),
    ("Ungdomspsykiatrisk døgnavdeling", "Ungdomspsykiatrisk døgnavdeling"),
    ("Spesialisthelsetjenestekoordinering", "Spesialisthelsetenestekoordinering"),
    ("Tverrfaglig innsatsteam", "Tverrfagleg innsatsteam"),
    ("Interkommunalt rusforebyggingsteam", "Interkommunalt rusførebyggingsteam"),
]

ADJECTIVES = [
    ("Kommunal", "Kommunal"), ("Interkommunal", "Interkommunal"),
    ("Regional", "Regional"), ("Tverrfaglig", "Tverrfagleg"),
    ("Ambulant", "Ambulant"), ("Forebyggende", "Førebyggjande"),
    ("Digital", "Digital"), ("Akutt", "Akutt"),
    ("Barnepsykiatrisk", "Barnepsykiatrisk"),
    ("Nevroutviklingsmessig", "Nevroutviklingsmessig"),
]

GROUPS = [
    ("barn", "born"), ("ungdom", "ungdom"), ("familier", "familiar"),
    ("foreldre", "foreldre"), ("småbarnsforeldre", "småbarnsforeldre"),
    ("elever", "elevar"), ("skoleelever", "skuleelevar"),
    ("lærlinger", "lærlingar"), ("søsken", "sysken"),
    ("minoritetsspråklige", "minoritetsspråklege"),
    ("enslige mindreårige", "einslege mindreårige"),
    ("pårørende", "pårørande"), ("ungdomsskoleelever", "ungdomsskuleelevar"),
]

# owner -> (sector choices, organisation lines (nb, nn))
OWNERS = {
    "kommune": (["helse", "oppvekst", "barnevern"],
                [("{place} kommune", "{place} kommune"), ("Kommunen", "Kommunen"),
                 ("Helse og velferd, {place}", "Helse og velferd, {place}"),
                 ("Oppvekstsektoren i {place}", "Oppvekstsektoren i {place}")]),
    "interkommunal": (["helse", "barnevern", "oppvekst"],
                      [("Værnesregionen", "Værnesregionen"),
                       ("Gauldalsregionen", "Gauldalsregionen"),
                       ("Fjellregionen", "Fjellregionen")]),
    "fylkeskommune": (["fylkeskommune"],
                      [("Trøndelag fylkeskommune", "Trøndelag fylkeskommune"),
                       ("Tannhelsetjenesten", "Tannhelsetenesta")]),
    "helseforetak": (["helse"],
                     [("St. Olavs hospital", "St. Olavs hospital"),
                      ("BUP-klinikken, St. Olavs", "BUP-klinikken, St. Olavs"),
                      ("Helse Nord-Trøndelag", "Helse Nord-Trøndelag")]),
    "stat": (["nav", "familie", "stat"],
             [("NAV {place}", "NAV {place}"), ("Bufetat region Midt-Norge",
                                              "Bufetat region Midt-Noreg"),
              ("Statsforvalteren i Trøndelag", "Statsforvaltaren i Trøndelag")]),
    "frivillig": (["frivillig"],
                  [("Røde Kors", "Raudekrossen"), ("Kirkens SOS", "Kirkens SOS"),
                   ("Mental Helse Ungdom", "Mental Helse Ungdom")]),
    "kommune+helseforetak": (["helse"],
                             [("Kommunen og helseforetaket",
                               "Kommunen og helseføretaket")]),
}
# Long owner lines, as real maps have a few (they may not fit on small cards).
LONG_ORGS = [
    ("Klinikk for psykisk helsevern, St. Olavs hospital",
     "Klinikk for psykisk helsevern, St. Olavs hospital"),
    ("Enhet for helse og velferd, {place} kommune",
     "Eining for helse og velferd, {place} kommune"),
    ("Kommunen (for videregående skole: fylkeskommunen)",
     "Kommunen (for vidaregåande skule: fylkeskommunen)"),
]
OWNER_WEIGHTS = {
    "kommune": 45, "interkommunal": 8, "fylkeskommune": 7, "helseforetak": 18,
    "stat": 9, "frivillig": 9, "kommune+helseforetak": 4,
}

DESCRIPTIONS = [
    ("Her kan barn, unge og foreldre få råd og samtaler om det som er vanskelig.",
     "Her kan born, unge og foreldre få råd og samtalar om det som er vanskeleg."),
    ("Tjenesten kartlegger behov og lager en plan sammen med familien.",
     "Tenesta kartlegg behov og lagar ein plan saman med familien."),
    ("Teamet samarbeider med skolen, fastlegen og andre tjenester.",
     "Teamet samarbeider med skulen, fastlegen og andre tenester."),
    ("Du kan ta kontakt selv, det er ingen ventetid og ingen henvisning.",
     "Du kan ta kontakt sjølv, det er inga ventetid og inga tilvising."),
    ("Tilbudet gir utredning og behandling ved moderate og alvorlige vansker.",
     "Tilbodet gir utgreiing og behandling ved moderate og alvorlege vanskar."),
]

STEP_KINDS = ["notice", "assess", "intervene", "evaluate", "cooperate", "refer",
              "follow-up"]
STEP_TEXTS = {
    "notice": ("Noen merker at barnet strever og tar det opp med foreldrene.",
               "Nokon merkar at barnet strevar og tek det opp med foreldra."),
    "assess": ("Tjenesten kartlegger plagene sammen med barnet og familien.",
               "Tenesta kartlegg plagene saman med barnet og familien."),
    "intervene": ("Barnet og familien får samtaler og konkrete tiltak.",
                  "Barnet og familien får samtalar og konkrete tiltak."),
    "evaluate": ("Etter noen uker vurderer dere sammen om tiltakene virker.",
                 "Etter nokre veker vurderer de saman om tiltaka verkar."),
    "cooperate": ("Tjenestene møtes i en ansvarsgruppe og fordeler oppgavene.",
                  "Tenestene møtest i ei ansvarsgruppe og fordeler oppgåvene."),
    "refer": ("Fastlegen henviser videre når hjelpen i kommunen ikke er nok.",
              "Fastlegen tilviser vidare når hjelpa i kommunen ikkje er nok."),
    "follow-up": ("Kommunen følger opp barnet etter behandlingen.",
                  "Kommunen følgjer opp barnet etter behandlinga."),
}

PATHWAY_TOPICS = [
    ("Angstplager", "Angstplager"), ("Depresjon", "Depresjon"),
    ("Spiseforstyrrelser", "Eteforstyrringar"), ("Rus hos ungdom", "Rus hos ungdom"),
    ("Vold og overgrep", "Vald og overgrep"), ("Skolevegring", "Skulevegring"),
    ("Selvskading", "Sjølvskading"), ("ADHD", "ADHD"), ("Autisme", "Autisme"),
    ("Søvnvansker", "Søvnvanskar"), ("Sorg og kriser", "Sorg og kriser"),
    ("Mobbing", "Mobbing"), ("Foreldre med rusproblemer", "Foreldre med rusproblem"),
    ("Språkvansker", "Språkvanskar"), ("Overvekt", "Overvekt"),
]


def pick_name(rng):
    """Return (nb, nn, short_name or None), a name of 2-6 words."""
    while True:
        nb, nn, short = _pick_name(rng)
        if 2 <= len(nb.split()) <= 6 and 2 <= len(nn.split()) <= 6:
            return nb, nn, short


def _pick_name(rng):
    n = rng.choices([2, 3, 4, 5, 6], weights=[20, 30, 25, 15, 10])[0]
    head = rng.choice(HEADS)
    adj = rng.choice(ADJECTIVES)
    g1, g2 = rng.sample(GROUPS, 2)
    place = rng.choice(PLACES)
    head_words = len(head[0].split())
    parts = []  # list of (nb, nn) words/phrases

    def lower(pair):
        return (pair[0].lower(), pair[1].lower())

    # Build by structure; the head may itself be two words, so aim at n words.
    if n <= 2:
        parts = [head, (place, place)] if head_words == 1 else [head]
    elif n == 3:
        parts = [head, ("for", "for"), g1] if rng.random() < 0.6 else \
                [adj, lower(head), (place, place)]
    elif n == 4:
        parts = [adj, lower(head), ("for", "for"), g1]
    elif n == 5:
        parts = [head, ("for", "for"), g1, ("i", "i"), (place, place)] \
            if rng.random() < 0.5 else [head, ("for", "for"), g1, ("og", "og"), g2]
    else:
        parts = [adj, lower(head), ("for", "for"), g1, ("og", "og"), g2]
    nb = " ".join(p[0] for p in parts)
    nn = " ".join(p[1] for p in parts)
    short = None
    if rng.random() < 0.25:
        words = [w for w in nb.replace("-", " ").split() if w[0].isupper() or len(w) > 3]
        short = "".join(w[0].upper() for w in words)[:5]
        if len(short) >= 2:
            nb += f" ({short})"
            nn += f" ({short})"
        else:
            short = None
    return nb, nn, short


def text(nb, nn):
    return {"nb": nb, "nn": nn}


def luminance(hex_colour):
    """WCAG 2 relative luminance of #rrggbb."""
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[k:k + 2], 16) for k in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def distinct_colours(n, rng, backgrounds):
    """n distinct colours, each with a contrast of at least 3:1 (plus a small
    margin) on every background: pathway lines run over the level bands."""
    colours = []
    seen = set()
    golden = 0.618033988749895
    h = rng.random()
    i = 0
    while len(colours) < n:
        h = (h + golden) % 1.0
        s = (0.90, 0.70, 1.00)[i % 3]
        v = (0.62, 0.50, 0.40, 0.56)[(i // 3) % 4]
        while True:
            r, g, b = colorsys.hsv_to_rgb(h, s, v)
            c = "#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255))
            if all(contrast(c, bg) >= 3.2 for bg in backgrounds) or v < 0.05:
                break
            v -= 0.02
        if c not in seen:
            seen.add(c)
            colours.append(c)
        i += 1
    return colours


def level_colour(i, n_levels):
    if n_levels <= len(LEVEL_COLOURS):
        return LEVEL_COLOURS[i]
    # Interpolate along the same ramp.
    t = i / (n_levels - 1) * (len(LEVEL_COLOURS) - 1)
    a = int(t)
    b = min(a + 1, len(LEVEL_COLOURS) - 1)
    f = t - a
    ca = [int(LEVEL_COLOURS[a][k:k + 2], 16) for k in (1, 3, 5)]
    cb = [int(LEVEL_COLOURS[b][k:k + 2], 16) for k in (1, 3, 5)]
    return "#%02x%02x%02x" % tuple(round(x + (y - x) * f) for x, y in zip(ca, cb))


def make_map(n_services, n_pathways, n_levels):
    rng = random.Random(SEED)
    levels = []
    for i in range(n_levels):
        if i < len(LEVEL_NAMES):
            nb, nn = LEVEL_NAMES[i]
        else:
            nb, nn = f"Nivå {i + 1} – tett samarbeid", f"Nivå {i + 1} – tett samarbeid"
        levels.append({"id": f"niva-{i + 1}", "name": text(nb, nn),
                       "color": level_colour(i, n_levels)})

    sectors = [{"id": sid, "name": text(nb, nn), "color": col, "icon": icon}
               for sid, nb, nn, col, icon in SECTORS]

    # Bottom levels get more services: weights n_levels+1, n_levels, ..., 2.
    level_weights = [n_levels + 1 - i for i in range(n_levels)]
    owners = list(OWNER_WEIGHTS)
    owner_w = [OWNER_WEIGHTS[o] for o in owners]

    per_level = {i: [] for i in range(n_levels)}
    side = []
    for k in range(n_services):
        owner = rng.choices(owners, weights=owner_w)[0]
        sector_choices, orgs = OWNERS[owner]
        nb, nn, short = pick_name(rng)
        place = rng.choice(PLACES)
        org = rng.choice(LONG_ORGS) if rng.random() < 0.03 else rng.choice(orgs)
        desc = rng.choice(DESCRIPTIONS)
        service = {"id": f"tj-{k + 1:04d}", "name": text(nb, nn)}
        if short:
            service["short_name"] = short
        service["owner"] = owner
        service["organisation"] = text(org[0].format(place=place),
                                        org[1].format(place=place))
        service["sector"] = rng.choice(sector_choices)
        # ~1 in 12 in the side column (at least one in any map).
        if rng.random() < 1 / 12 or (k == n_services - 1 and not side):
            service["level"] = None
            side.append(service)
        else:
            li = rng.choices(range(n_levels), weights=level_weights)[0]
            service["level"] = levels[li]["id"]
            per_level[li].append(service)
        service["description"] = text(desc[0], desc[1])
        lo = rng.choice([0, 0, 3, 6, 10, 13])
        service["ages"] = {"min": lo, "max": rng.choice([18, 20, 25]) if lo else 18}
        service["access"] = {"mode": rng.choice(["direct", "direct", "referral"])}
    # File order: level by level (bottom first), then the side column.
    services = [s for i in range(n_levels) for s in per_level[i]] + side
    ids = [s["id"] for s in services]

    pathways = []
    colours = distinct_colours(n_pathways, rng,
                               [lv["color"] for lv in levels] + ["#ffffff"])
    for p in range(n_pathways):
        topic = PATHWAY_TOPICS[p % len(PATHWAY_TOPICS)]
        suffix = "" if p < len(PATHWAY_TOPICS) else f" {p // len(PATHWAY_TOPICS) + 1}"
        n_steps = rng.randint(6, 12)
        steps = []
        prev = None
        for s in range(n_steps):
            sid = rng.choice(ids)
            while sid == prev and len(ids) > 1:
                sid = rng.choice(ids)
            prev = sid
            if s == 0:
                kind = "notice"
            elif s == n_steps - 1:
                kind = "follow-up"
            else:
                kind = rng.choice(STEP_KINDS[1:6])
            steps.append({"service": sid, "kind": kind,
                          "text": text(*STEP_TEXTS[kind])})
        pathways.append({"id": f"forlop-{p + 1:03d}",
                         "name": text(topic[0] + suffix, topic[1] + suffix),
                         "color": colours[p], "steps": steps})

    return {
        "format": "sammenkart",
        "version": 1,
        "title": text("Barn og unges tjenester – syntetisk testkart",
                      "Barn og unges tenester – syntetisk testkart"),
        "region": text(f"Benchmark: {n_services} tjenester, {n_pathways} forløp",
                       f"Benchmark: {n_services} tenester, {n_pathways} forløp"),
        "languages": ["nb", "nn"],
        "created": "2026-11-23",
        "checked": "2026-11-23",
        "levels": levels,
        "sectors": sectors,
        "services": services,
        "pathways": pathways,
        "groups": [],
        "municipalities": [],
        "notes": [],
    }


def main(argv):
    if len(argv) not in (4, 5):
        sys.stderr.write("usage: make-map.py N_SERVICES N_PATHWAYS [N_LEVELS=5] OUT\n")
        return 2
    try:
        n_services = int(argv[1])
        n_pathways = int(argv[2])
        n_levels = int(argv[3]) if len(argv) == 5 else 5
    except ValueError:
        sys.stderr.write("make-map.py: N_SERVICES, N_PATHWAYS and N_LEVELS are whole numbers\n")
        return 2
    out = argv[-1]
    if not (1 <= n_services <= 10000 and 0 <= n_pathways <= 10000 and 1 <= n_levels <= 100):
        sys.stderr.write("make-map.py: need 1-10000 services, 0-10000 pathways, 1-100 levels\n")
        return 2
    doc = make_map(n_services, n_pathways, n_levels)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
