#!/usr/bin/env python3
"""Verify a samenboek grootboek export (NDJSON), written only from the definition in docs/auditor.md:

    hash = lowercase hex SHA-256 of the UTF-8 bytes of vorigeHash followed by the RFC 8785 (JCS) canonical JSON
           of gebeurtenis; the first entry's vorigeHash is 64 zeros; volgnummer counts from 1 without gaps.

Usage: python3 verifieer.py export.ndjson [--aantal N --hoofdhash H]
Exit code 0 when the chain is intact (and passes the given checkpoint); 1 otherwise, naming the first bad volgnummer.
Standard library only.
"""
import hashlib
import json
import math
import sys


def jcs(waarde):
    """RFC 8785 canonical JSON for the values JSON can hold."""
    if waarde is None:
        return "null"
    if waarde is True:
        return "true"
    if waarde is False:
        return "false"
    if isinstance(waarde, str):
        return json.dumps(waarde, ensure_ascii=False)
    if isinstance(waarde, int):
        return es6_getal(float(waarde)) if abs(waarde) >= 2**53 else str(waarde)
    if isinstance(waarde, float):
        return es6_getal(waarde)
    if isinstance(waarde, list):
        return "[" + ",".join(jcs(w) for w in waarde) + "]"
    if isinstance(waarde, dict):
        # RFC 8785 sorts keys by their UTF-16 code units
        sleutels = sorted(waarde.keys(), key=lambda s: s.encode("utf-16-be"))
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + jcs(waarde[k]) for k in sleutels) + "}"
    raise TypeError("geen JSON-waarde: %r" % (waarde,))


def es6_getal(f):
    """ECMAScript Number.prototype.toString for finite doubles (RFC 8785, section 3.2.2.3)."""
    if math.isnan(f) or math.isinf(f):
        raise ValueError("NaN en oneindig bestaan niet in JSON")
    if f == 0:
        return "0"
    teken = "-" if f < 0 else ""
    f = abs(f)
    cijfers, exponent = kortste_cijfers(f)      # f = 0.cijfers * 10**exponent
    k, n = len(cijfers), exponent
    if k <= n <= 21:
        return teken + cijfers + "0" * (n - k)
    if 0 < n <= 21:
        return teken + cijfers[:n] + "." + cijfers[n:]
    if -6 < n <= 0:
        return teken + "0." + "0" * (-n) + cijfers
    e = n - 1
    mantisse = cijfers[0] + ("." + cijfers[1:] if k > 1 else "")
    return teken + mantisse + "e" + ("+" if e >= 0 else "-") + str(abs(e))


def kortste_cijfers(f):
    """The shortest digits that round-trip (Python's repr gives them), as (digits, exponent)."""
    tekst = repr(f)
    if "e" in tekst:
        mantisse, e = tekst.split("e")
        e = int(e)
    else:
        mantisse, e = tekst, 0
    if "." in mantisse:
        geheel, breuk = mantisse.split(".")
    else:
        geheel, breuk = mantisse, ""
    if breuk == "0":
        breuk = ""
    cijfers = (geheel + breuk).lstrip("0")
    exponent = len(geheel) + e - (len(geheel + breuk) - len((geheel + breuk).lstrip("0")))
    cijfers = cijfers.rstrip("0")
    return cijfers, exponent


def verifieer(regels, aantal=None, hoofdhash=None):
    vorige = "0" * 64
    verwacht = 1
    gemeente = None
    for nummer, tekst in enumerate(regels, start=1):
        if not tekst.strip():
            continue
        try:
            regel = json.loads(tekst)
        except ValueError:
            return False, verwacht, "regel %d van het bestand is geen JSON" % nummer
        gemeente = gemeente or regel.get("gemeente")
        if regel.get("gemeente") != gemeente:
            return False, verwacht, "hoort bij een andere gemeente"
        if regel.get("volgnummer") != verwacht:
            return False, verwacht, "volgnummer %s waar %d verwacht werd" % (regel.get("volgnummer"), verwacht)
        if regel.get("vorigeHash") != vorige:
            return False, verwacht, "vorigeHash is niet de hash van de vorige regel"
        berekend = hashlib.sha256((vorige + jcs(regel["gebeurtenis"])).encode("utf-8")).hexdigest()
        if berekend != regel.get("hash"):
            return False, verwacht, "hash klopt niet met de gebeurtenis"
        if aantal is not None and verwacht == aantal and regel["hash"] != hoofdhash:
            return False, verwacht, "wijkt af van het controlepunt"
        vorige = regel["hash"]
        verwacht += 1
    if aantal is not None and verwacht - 1 < aantal:
        return False, verwacht, "het bestand eindigt bij %d, het controlepunt noemt %d regels" % (verwacht - 1, aantal)
    return True, verwacht - 1, vorige


def main(argumenten):
    if not argumenten:
        print(__doc__)
        return 2
    aantal = int(argumenten[argumenten.index("--aantal") + 1]) if "--aantal" in argumenten else None
    hoofdhash = argumenten[argumenten.index("--hoofdhash") + 1] if "--hoofdhash" in argumenten else None
    with open(argumenten[0], encoding="utf-8") as bestand:
        geldig, plaats, toelichting = verifieer(bestand, aantal, hoofdhash)
    if geldig:
        print("geldig: %d regels, hoofdHash %s" % (plaats, toelichting))
        return 0
    print("ONGELDIG vanaf volgnummer %d: %s" % (plaats, toelichting))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
