package nl.samenboek.api.beveiliging;

import nl.samenboek.messages.Code;

/** The {@code rol} claim of a token (docs/glossary.md, roles). */
public enum Rol implements Code {
    COLLEGE("college", true),
    DIRECTIE("directie", false),
    BESTUUR("bestuur", false),
    RAAD("raad", true),
    AUDITOR("auditor", false),
    BEHEERDER("beheerder", false);

    private final String code;
    private final boolean perGemeente;

    Rol(String code, boolean perGemeente) {
        this.code = code;
        this.perGemeente = perGemeente;
    }

    @Override
    public String code() {
        return code;
    }

    /** College and raad act for one gemeente, named in the token's {@code gemeente} claim. */
    public boolean isPerGemeente() {
        return perGemeente;
    }
}
