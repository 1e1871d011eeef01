package nl.samenboek.projections.opdracht;

import java.util.List;

/** One page of a list that can grow (docs/api.md: {@code pagina}, {@code paginagrootte}, {@code totaal}); pages count from 1. */
public record Pagina<T>(List<T> inhoud, int pagina, int paginagrootte, long totaal) {

    public long aantalPaginas() {
        return totaal == 0 ? 1 : (totaal + paginagrootte - 1) / paginagrootte;
    }
}
