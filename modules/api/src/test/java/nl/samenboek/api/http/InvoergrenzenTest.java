package nl.samenboek.api.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for decimals and texts of a request body (docs/security.md). */
class InvoergrenzenTest {

    @Test
    void decimalenBinnenDeGrenzen() {
        for (String goed : new String[]{"0", "-0", "0.00000000000000", "1", "100.25", "12345678901234567890.12345678", "1.50000000000", "1e2", "0E-400"}) {
            assertThat(Invoergrenzen.decimaalfout(goed)).as(goed).isNull();
        }
    }

    @Test
    void decimalenBuitenDeGrenzen() {
        for (String fout : new String[]{"1e400", "1e-99999", "-1E+400", "123456789012345678901", "1.000000001",
                "1234567890123456789012345678901234567890", "1e999999999999", "0.1234567890123456789012345678901234567890"}) {
            assertThat(Invoergrenzen.decimaalfout(fout)).as(fout).isNotNull();
        }
    }

    @Test
    void tekensDieXmlVerbiedt() {
        assertThat(Invoergrenzen.verbodenTeken("gewone tekst\tmet\nregels\r en é 😀")).isEqualTo(-1);
        for (String fout : new String[]{"a\u0000", "a\u0008", "a\u000B", "a\u000C", "a\u001F", "a\uFFFE", "a\uFFFF", "a\uD800", "a\uDC00b", "a\uD800b"}) {
            assertThat(Invoergrenzen.verbodenTeken(fout)).as(fout).isEqualTo(1);
        }
    }
}
