package nl.samenboek.ledger.grootboek;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KetencontroleTest {

    @Test
    void eenGaveKetenIsGeldig() {
        Verificatie uitkomst = controleer(keten(4));
        assertThat(uitkomst.geldig()).isTrue();
        assertThat(uitkomst.aantal()).isEqualTo(4);
        assertThat(uitkomst.hoofdHash()).isEqualTo(keten(4).get(3).hash());
        assertThat(uitkomst.eersteFout()).isNull();
    }

    @Test
    void eenGewijzigdeGebeurtenisValtOpBijHaarVolgnummer() {
        List<Grootboekregel> keten = keten(4);
        Grootboekregel derde = keten.get(2);
        ObjectNode gewijzigd = derde.gebeurtenis().deepCopy();
        ((ObjectNode) gewijzigd.get("data")).put("uren", 999);
        keten.set(2, new Grootboekregel(derde.gemeente(), derde.volgnummer(), derde.vorigeHash(), derde.hash(), gewijzigd));
        assertThat(controleer(keten).eersteFout().volgnummer()).isEqualTo(3);
        assertThat(controleer(keten).eersteFout().reden()).contains("gewijzigd");
    }

    @Test
    void eenOntbrekendeRegelValtOpBijHaarVolgnummer() {
        List<Grootboekregel> keten = keten(4);
        keten.remove(1);
        assertThat(controleer(keten).eersteFout().volgnummer()).isEqualTo(2);
        assertThat(controleer(keten).eersteFout().reden()).contains("ontbreekt");
    }

    @Test
    void verwisseldeRegelsVallenOp() {
        List<Grootboekregel> keten = keten(4);
        Grootboekregel tweede = keten.get(1);
        Grootboekregel derde = keten.get(2);
        keten.set(1, new Grootboekregel(derde.gemeente(), 2, derde.vorigeHash(), derde.hash(), derde.gebeurtenis()));
        keten.set(2, new Grootboekregel(tweede.gemeente(), 3, tweede.vorigeHash(), tweede.hash(), tweede.gebeurtenis()));
        assertThat(controleer(keten).eersteFout().volgnummer()).isEqualTo(2);
    }

    @Test
    void eenGebeurtenisVanEenAndereGemeenteValtOp() {
        List<Grootboekregel> keten = new ArrayList<>();
        ObjectNode vreemd = gebeurtenis(1, "hillegom");
        keten.add(new Grootboekregel("lisse", 1, Hashketen.BEGIN, Hashketen.hash(Hashketen.BEGIN, vreemd), vreemd));
        assertThat(controleer(keten).eersteFout().reden()).contains("betreft gemeente lisse niet");
    }

    private static Verificatie controleer(List<Grootboekregel> keten) {
        Ketencontrole controle = new Ketencontrole("lisse");
        keten.forEach(controle::controleer);
        return controle.uitkomst();
    }

    static List<Grootboekregel> keten(int lengte) {
        List<Grootboekregel> keten = new ArrayList<>();
        String vorige = Hashketen.BEGIN;
        for (int i = 1; i <= lengte; i++) {
            ObjectNode gebeurtenis = gebeurtenis(i, "lisse");
            String hash = Hashketen.hash(vorige, gebeurtenis);
            keten.add(new Grootboekregel("lisse", i, vorige, hash, gebeurtenis));
            vorige = hash;
        }
        return keten;
    }

    private static ObjectNode gebeurtenis(int i, String gemeente) {
        return Gebeurtenisvorm.van("e" + i, "x.UrenGeregistreerd", "2025-01-0" + i + "T10:00:00.000Z", "Opdracht", "o1", i - 1,
                ("{\"uren\": " + i + ", \"gemeenten\": [\"" + gemeente + "\"]}").getBytes(StandardCharsets.UTF_8));
    }
}
