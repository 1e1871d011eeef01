package nl.samenboek.messages.aanbeveling;

/**
 * A recurring obligation a tijdpad states, e.g. at least 3 joint college meetings a year (aanbeveling A).
 *
 * @param periode    {@code jaar} or {@code pc-cyclus} (one calendar year's P&C cycle)
 * @param bijeenkomst the soort of joint meeting that counts: {@code gezamenlijke-colleges} or {@code gezamenlijke-raden}
 */
public record Terugkerend(int vereist, String periode, String bijeenkomst, String omschrijving) {
}
