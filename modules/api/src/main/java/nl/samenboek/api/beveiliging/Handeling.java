package nl.samenboek.api.beveiliging;

import java.util.EnumSet;
import java.util.Set;

import static nl.samenboek.api.beveiliging.Rol.AUDITOR;
import static nl.samenboek.api.beveiliging.Rol.BEHEERDER;
import static nl.samenboek.api.beveiliging.Rol.BESTUUR;
import static nl.samenboek.api.beveiliging.Rol.COLLEGE;
import static nl.samenboek.api.beveiliging.Rol.DIRECTIE;
import static nl.samenboek.api.beveiliging.Rol.RAAD;

/**
 * The authorisation table: every endpoint, and the roles that may use it (the roles of docs/glossary.md, the resources of docs/api.md). College
 * and raad are further limited to what concerns their own gemeente; that part depends on the resource and is checked
 * where the resource is known. The authorisation matrix test is generated from this table and fails when openapi.json
 * has an endpoint that is not in it.
 */
public enum Handeling {
    GEMEENTEN_LEZEN("GET", "/gemeenten", alle()),
    GEMEENTE_LEZEN("GET", "/gemeenten/{code}", alle()),
    GEMEENTE_TOETREDEN("POST", "/gemeenten", EnumSet.of(BEHEERDER)),
    GEMEENTE_UITTREDEN("POST", "/gemeenten/{code}/uittredingen", EnumSet.of(BEHEERDER)),
    VERDEELSLEUTELS_LEZEN("GET", "/verdeelsleutels", alle()),
    VERDEELSLEUTEL_VASTSTELLEN("PUT", "/verdeelsleutels/{ingangsdatum}", EnumSet.of(BEHEERDER)),
    OPDRACHT_AANVRAGEN("POST", "/opdrachten", EnumSet.of(COLLEGE)),
    OPDRACHTEN_ZOEKEN("GET", "/opdrachten", alle()),
    OPDRACHT_LEZEN("GET", "/opdrachten/{id}", alle()),
    GEBEURTENISSEN_LEZEN("GET", "/opdrachten/{id}/gebeurtenissen", alle()),
    MEDEONDERTEKENEN("POST", "/opdrachten/{id}/medeondertekeningen", EnumSet.of(COLLEGE)),
    AANVAARDEN("POST", "/opdrachten/{id}/aanvaardingen", EnumSet.of(DIRECTIE)),
    AFWIJZEN("POST", "/opdrachten/{id}/afwijzingen", EnumSet.of(DIRECTIE)),
    UREN_TOEZEGGEN("POST", "/opdrachten/{id}/toezeggingen", EnumSet.of(DIRECTIE)),
    UREN_REGISTREREN("POST", "/opdrachten/{id}/urenregistraties", EnumSet.of(DIRECTIE)),
    WIJZIGEN("POST", "/opdrachten/{id}/wijzigingen", EnumSet.of(COLLEGE)),
    AFRONDEN("POST", "/opdrachten/{id}/afrondingen", EnumSet.of(DIRECTIE)),
    INTREKKEN("POST", "/opdrachten/{id}/intrekkingen", EnumSet.of(COLLEGE)),
    WEIGEREN("POST", "/opdrachten/{id}/weigeringen", EnumSet.of(COLLEGE)),
    PRIORITEREN("POST", "/opdrachten/{id}/prioriteringen", EnumSet.of(BESTUUR)),
    SLEUTELPROJECT_AANWIJZEN("POST", "/opdrachten/{id}/sleutelprojecten", EnumSet.of(BESTUUR)),
    UREN_CORRIGEREN("POST", "/opdrachten/{id}/urencorrecties", EnumSet.of(DIRECTIE)),
    OUTPUT_AFSPREKEN("POST", "/opdrachten/{id}/outputafspraken", EnumSet.of(COLLEGE)),
    OUTPUTAFSPRAAK_WIJZIGEN("POST", "/opdrachten/{id}/outputafspraken/{afspraak}/wijzigingen", EnumSet.of(COLLEGE)),
    OUTPUTAFSPRAAK_INTREKKEN("POST", "/opdrachten/{id}/outputafspraken/{afspraak}/intrekkingen", EnumSet.of(COLLEGE)),
    OUTPUTAFSPRAAK_LEZEN("GET", "/opdrachten/{id}/outputafspraken/{afspraak}", alle()),
    OUTPUT_REALISEREN("POST", "/opdrachten/{id}/outputrealisaties", EnumSet.of(DIRECTIE)),
    OUTCOME_AFSPREKEN("POST", "/opdrachten/{id}/outcomeafspraken", EnumSet.of(COLLEGE)),
    OUTCOMEAFSPRAAK_WIJZIGEN("POST", "/opdrachten/{id}/outcomeafspraken/{afspraak}/wijzigingen", EnumSet.of(COLLEGE)),
    OUTCOMEAFSPRAAK_INTREKKEN("POST", "/opdrachten/{id}/outcomeafspraken/{afspraak}/intrekkingen", EnumSet.of(COLLEGE)),
    OUTCOMEAFSPRAAK_LEZEN("GET", "/opdrachten/{id}/outcomeafspraken/{afspraak}", alle()),
    OUTCOME_RAPPORTEREN("POST", "/opdrachten/{id}/outcomerapportages", EnumSet.of(DIRECTIE)),
    URENSTAAT_REGISTREREN("POST", "/urenstaten", EnumSet.of(DIRECTIE)),
    SIGNALEN_LEZEN("GET", "/signalen", alle()),
    GROEIMODEL_LEZEN("GET", "/groeimodel", alle()),
    CAPACITEIT_LEZEN("GET", "/capaciteit", alle()),
    WERKPLANNEN_LEZEN("GET", "/werkplannen", alle()),
    WERKPLAN_LEZEN("GET", "/werkplannen/{team}/{jaar}", alle()),
    WERKPLAN_VASTSTELLEN("PUT", "/werkplannen/{team}/{jaar}", EnumSet.of(DIRECTIE)),
    TARIEVEN_LEZEN("GET", "/tarieven", alle()),
    TARIEF_VASTSTELLEN("PUT", "/tarieven/{team}/{jaar}", EnumSet.of(BEHEERDER)),
    FORMATIE_VASTSTELLEN("PUT", "/formatie/{team}/{jaar}", EnumSet.of(DIRECTIE)),
    BUDGET_VASTSTELLEN("PUT", "/budgetten/{gemeente}/{jaar}", EnumSet.of(BEHEERDER)),
    PROJECTIES_HERBOUWEN("POST", "/beheer/herbouwingen", EnumSet.of(BEHEERDER)),
    IMPORTEREN("POST", "/beheer/importen", EnumSet.of(BEHEERDER)),
    PC_DOCUMENT_LEZEN("GET", "/pc-documenten/{gemeente}/{jaar}/{soort}", EnumSet.of(COLLEGE, RAAD, BESTUUR, DIRECTIE, AUDITOR)),
    // the werkorganisatie's own documents show figures per gemeente, team and budget line only: every college and raad may read them
    SAMENWERKINGSDOCUMENT_LEZEN("GET", "/pc-documenten/samenwerking/{jaar}/{soort}", EnumSet.of(COLLEGE, RAAD, BESTUUR, DIRECTIE, AUDITOR)),
    GROOTBOEK_VERIFIEREN("GET", "/audit/gemeenten/{gemeente}/verificatie", EnumSet.of(AUDITOR, BESTUUR, COLLEGE, RAAD)),
    GROOTBOEK_EXPORTEREN("GET", "/audit/gemeenten/{gemeente}/export", EnumSet.of(AUDITOR)),
    CONTROLEPUNTEN_LEZEN("GET", "/audit/gemeenten/{gemeente}/checkpoints", EnumSet.of(AUDITOR, BESTUUR, COLLEGE, RAAD)),
    SLEUTELS_LEZEN("GET", "/audit/sleutels", alle()),
    AANBEVELINGEN_LEZEN("GET", "/aanbevelingen", alle()),
    AANBEVELING_LEZEN("GET", "/aanbevelingen/{letter}", alle()),
    // a college only on a recommendation each gemeente realises for itself, for its own gemeente: checked by the aggregate
    VOORTGANG_MELDEN("POST", "/aanbevelingen/{letter}/voortgangsmeldingen", EnumSet.of(DIRECTIE, BESTUUR, COLLEGE)),
    UITSTEL_BESLUITEN("POST", "/aanbevelingen/{letter}/uitstelbesluiten", EnumSet.of(BESTUUR)),
    VERVAL_BESLUITEN("POST", "/aanbevelingen/{letter}/vervalbesluiten", EnumSet.of(BESTUUR)),
    BIJEENKOMST_VASTLEGGEN("POST", "/bijeenkomsten", EnumSet.of(BESTUUR)),
    BIJEENKOMSTEN_LEZEN("GET", "/bijeenkomsten", alle()),
    BIJEENKOMST_LEZEN("GET", "/bijeenkomsten/{id}", alle()),
    BIJEENKOMST_ANNULEREN("POST", "/bijeenkomsten/{id}/annuleringen", EnumSet.of(BESTUUR)),
    UITVOERINGSAGENDA_LEZEN("GET", "/uitvoeringsagenda", alle()),
    INDICATOREN_LEZEN("GET", "/indicatoren", alle()),
    NORMENKADERS_LEZEN("GET", "/normenkaders", alle()),
    NORMENKADER_LEZEN("GET", "/normenkaders/{jaar}", alle()),
    NORMENKADER_VASTSTELLEN("PUT", "/normenkaders/{jaar}", EnumSet.of(BESTUUR)),
    METING_DOEN("POST", "/metingen", EnumSet.of(DIRECTIE)),
    METINGEN_LEZEN("GET", "/metingen", alle()),
    METING_LEZEN("GET", "/metingen/{id}", alle()),
    METING_HERBEREKENEN("GET", "/metingen/{id}/herberekening", alle()),
    METING_VASTSTELLEN("POST", "/metingen/{id}/vaststellingen", EnumSet.of(RAAD)),
    EVALUATIE_LEZEN("GET", "/evaluaties/{jaar}", alle()),
    MEDEWERKER_REGISTREREN("POST", "/medewerkers", EnumSet.of(DIRECTIE, BEHEERDER)),
    MEDEWERKER_LEZEN("GET", "/medewerkers/{pseudoniem}", EnumSet.of(DIRECTIE, BEHEERDER)),
    MEDEWERKER_WISSEN("DELETE", "/medewerkers/{pseudoniem}", EnumSet.of(BEHEERDER)),
    // public, without a token: what the sign-in page of the web application offers (docs/web.md)
    AANMELDOPTIES_LEZEN("GET", "/aanmeldopties", alle(), true),
    // public, but development only: answers only with the local issuer on and from this machine itself (docs/security.md)
    ONTWIKKELTOKEN_MAKEN("POST", "/ontwikkeltokens", alle(), true);

    private final String methode;
    private final String pad;
    private final Set<Rol> rollen;
    private final boolean publiek;

    Handeling(String methode, String pad, Set<Rol> rollen) {
        this(methode, pad, rollen, false);
    }

    Handeling(String methode, String pad, Set<Rol> rollen, boolean publiek) {
        this.methode = methode;
        this.pad = pad;
        this.rollen = rollen;
        this.publiek = publiek;
    }

    /** Open without a token (with a token, to every rol): only what the sign-in page needs before anyone is signed in. */
    public boolean isPubliek() {
        return publiek;
    }

    public String methode() {
        return methode;
    }

    /** The path below {@code /api/v1}, as openapi.json lists it. */
    public String pad() {
        return pad;
    }

    public Set<Rol> rollen() {
        return rollen;
    }

    public boolean magDoor(Rol rol) {
        return rollen.contains(rol);
    }

    private static Set<Rol> alle() {
        return EnumSet.of(COLLEGE, DIRECTIE, BESTUUR, RAAD, AUDITOR, BEHEERDER);
    }
}
