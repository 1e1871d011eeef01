package nl.samenboek.domain;

import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.fout.OngeldigeParameter;
import nl.samenboek.messages.fout.Verboden;
import nl.samenboek.messages.fout.VerouderdeVersie;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Matchers for {@code AggregateTestFixture.expectException(Matcher)} that say which rule refused, not only the kind of
 * refusal: {@code .expectException(conflict("levenscyclus.aanvaarden")).expectNoEvents()}.
 */
public final class Weigeringen {

    private Weigeringen() {
    }

    /** A 409 by the named rule. */
    public static Matcher<Conflict> conflict(String regel) {
        return new Regelmatcher<>(Conflict.class, "een Conflict", regel, Conflict::regel);
    }

    /** A 403 by the named rule. */
    public static Matcher<Verboden> verboden(String regel) {
        return new Regelmatcher<>(Verboden.class, "een Verboden", regel, Verboden::regel);
    }

    /** A 400 naming exactly these fields (each as often as it likes). */
    public static Matcher<OngeldigeInvoer> ongeldig(String... velden) {
        Set<String> verwacht = new TreeSet<>(List.of(velden));
        return new TypeSafeDiagnosingMatcher<>(OngeldigeInvoer.class) {
            @Override
            protected boolean matchesSafely(OngeldigeInvoer fout, Description mismatch) {
                Set<String> genoemd = new TreeSet<>(fout.parameters().stream().map(OngeldigeParameter::name).toList());
                mismatch.appendText("noemde ").appendValue(genoemd).appendText(" (").appendText(fout.getMessage()).appendText(")");
                return genoemd.equals(verwacht);
            }

            @Override
            public void describeTo(Description beschrijving) {
                beschrijving.appendText("ongeldige invoer in precies de velden ").appendValue(verwacht);
            }
        };
    }

    /** A 412: the client acted on versie {@code verwacht} while the aggregate is at {@code actueel}. */
    public static Matcher<VerouderdeVersie> verouderdeVersie(long verwacht, long actueel) {
        return new TypeSafeDiagnosingMatcher<>(VerouderdeVersie.class) {
            @Override
            protected boolean matchesSafely(VerouderdeVersie fout, Description mismatch) {
                mismatch.appendText("verwacht " + fout.verwacht() + ", actueel " + fout.actueel());
                return fout.verwacht() == verwacht && fout.actueel() == actueel;
            }

            @Override
            public void describeTo(Description beschrijving) {
                beschrijving.appendText("een verouderde versie " + verwacht + " bij actuele versie " + actueel);
            }
        };
    }

    private static final class Regelmatcher<T extends RuntimeException> extends TypeSafeDiagnosingMatcher<T> {

        private final String soort;
        private final String regel;
        private final Function<T, String> regelVan;

        Regelmatcher(Class<T> type, String soort, String regel, Function<T, String> regelVan) {
            super(type);
            this.soort = soort;
            this.regel = regel;
            this.regelVan = regelVan;
        }

        @Override
        protected boolean matchesSafely(T fout, Description mismatch) {
            mismatch.appendText("weigerde volgens ").appendValue(regelVan.apply(fout)).appendText(": ").appendText(fout.getMessage());
            return Objects.equals(regel, regelVan.apply(fout));
        }

        @Override
        public void describeTo(Description beschrijving) {
            beschrijving.appendText(soort + " volgens regel ").appendValue(regel);
        }
    }
}
