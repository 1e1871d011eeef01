package nl.samenboek.messages;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum whose values travel as lower-case Dutch codes in events and the API ({@code beleid}, {@code te-laat}). */
public interface Code {

    String code();

    static <E extends Enum<E> & Code> Optional<E> zoek(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    static <E extends Enum<E> & Code> E van(Class<E> type, String code) {
        return zoek(type, code).orElseThrow(() -> new IllegalArgumentException(
                "onbekende waarde '" + code + "'; toegestaan: " + toegestaan(type)));
    }

    static <E extends Enum<E> & Code> String toegestaan(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Code::code).collect(Collectors.joining(", "));
    }
}
