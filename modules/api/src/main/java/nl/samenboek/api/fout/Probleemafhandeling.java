package nl.samenboek.api.fout;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import nl.samenboek.api.schrijven.IdempotentieConflict;
import nl.samenboek.messages.Code;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.fout.OngeldigeParameter;
import nl.samenboek.messages.fout.Verboden;
import nl.samenboek.messages.fout.VerouderdeVersie;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import nl.samenboek.api.pcdocument.Documentvorm;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every failure into problem+json (docs/api.md, errors): the field named for invalid input, 403/404/409/412/422 for
 * the domain's refusals, 503 with Retry-After when the database is away — and never a stack trace, SQL or class name.
 */
@RestControllerAdvice
public class Probleemafhandeling extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Probleemafhandeling.class);

    /** Seconds a client waits before it tries again after a 503. */
    static final String RETRY_AFTER = "5";

    @ExceptionHandler(OngeldigeInvoer.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoer fout) {
        return antwoord(Probleem.ongeldigeInvoer(fout.parameters()));
    }

    @ExceptionHandler(Documentvorm.NietLeverbaar.class)
    ResponseEntity<ProblemDetail> nietLeverbaar(Documentvorm.NietLeverbaar fout) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Probleem.van(HttpStatus.NOT_ACCEPTABLE, "niet-leverbaar", "Niet leverbaar", fout.getMessage()));
    }

    @ExceptionHandler(Verboden.class)
    ResponseEntity<ProblemDetail> verboden(Verboden fout) {
        return antwoord(Probleem.metRegel(Probleem.van(HttpStatus.FORBIDDEN, "verboden", "Verboden", fout.getMessage()), fout.regel()));
    }

    @ExceptionHandler({NietGevonden.class, AggregateNotFoundException.class})
    ResponseEntity<ProblemDetail> nietGevonden(RuntimeException fout) {
        String detail = fout instanceof NietGevonden ? fout.getMessage() : "Er bestaat geen opdracht met deze id.";
        return antwoord(Probleem.van(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden", detail));
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict fout) {
        return antwoord(Probleem.metRegel(Probleem.van(HttpStatus.CONFLICT, "conflict", "Niet toegestaan in deze fase",
                fout.getMessage()), fout.regel()));
    }

    @ExceptionHandler({VerouderdeVersie.class, ConflictingAggregateVersionException.class})
    ResponseEntity<ProblemDetail> verouderd(RuntimeException fout) {
        String detail = fout instanceof VerouderdeVersie ? fout.getMessage()
                : "Iemand anders wijzigde de opdracht tegelijk; haal haar opnieuw op en probeer het nog eens.";
        return antwoord(Probleem.van(HttpStatus.PRECONDITION_FAILED, "verouderde-versie", "Verouderde versie", detail));
    }

    @ExceptionHandler(IdempotentieConflict.class)
    ResponseEntity<ProblemDetail> idempotentie(IdempotentieConflict fout) {
        return antwoord(Probleem.van(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-hergebruikt",
                "Idempotency-Key hergebruikt", fout.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> verkeerdeParameter(MethodArgumentTypeMismatchException fout) {
        return antwoord(Probleem.ongeldigeInvoer(List.of(new OngeldigeParameter(fout.getName(), verwacht(fout.getRequiredType())))));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, SQLTransientConnectionException.class})
    ResponseEntity<ProblemDetail> databaseWeg(Exception fout) {
        return databaseNietBeschikbaar(fout);
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<ProblemDetail> eventStore(EventStoreException fout) {
        return databaseNietBeschikbaar(fout);
    }

    /** Reads while the read models lack a write that was already acknowledged (API.md, read your writes). */
    @ExceptionHandler(LeesmodellenAchter.class)
    ResponseEntity<ProblemDetail> leesmodellenAchter(LeesmodellenAchter fout) {
        return nietBeschikbaar(new Opslagstoring("leesmodellen-achter", fout.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception fout) {
        Optional<Opslagstoring> storing = Opslagstoring.in(fout);
        if (storing.isPresent()) {
            LOG.warn("Opslag niet beschikbaar ({}): {}", storing.get().soort(), fout.toString());
            return nietBeschikbaar(storing.get());
        }
        LOG.error("Onverwachte fout", fout);
        return antwoord(Probleem.van(HttpStatus.INTERNAL_SERVER_ERROR, "interne-fout", "Interne fout",
                "Er ging iets mis aan onze kant; er is niets opgeslagen. Probeer het later opnieuw."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException fout, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest verzoek) {
        return algemeen(Probleem.ongeldigeInvoer(List.of(leesfout(fout))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException fout, HttpHeaders headers,
            HttpStatusCode status, WebRequest verzoek) {
        return algemeen(Probleem.ongeldigeInvoer(List.of(new OngeldigeParameter(fout.getParameterName(), "is verplicht"))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception fout, Object lichaam, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest verzoek) {
        ProblemDetail probleem = lichaam instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
        // Spring's own texts are English and may name Java types; give a plain Dutch one instead.
        HttpStatus bekend = HttpStatus.resolve(status.value());
        probleem.setTitle(bekend == null ? "Fout" : bekend.getReasonPhrase());
        probleem.setDetail(switch (status.value()) {
            case 405 -> "Deze methode is hier niet toegestaan.";
            case 406 -> "Dit antwoordformaat wordt hier niet geleverd.";
            case 413 -> "Het verzoek is te groot.";
            case 415 -> fout instanceof org.springframework.web.HttpMediaTypeNotSupportedException niet && !niet.getSupportedMediaTypes().isEmpty()
                    ? "Stuur de gegevens als " + niet.getSupportedMediaTypes().get(0) + "."
                    : "Stuur de gegevens als application/json.";
            case 404 -> "Deze bron bestaat niet.";
            default -> "Het verzoek kon niet worden verwerkt.";
        });
        if (fout instanceof MissingRequestHeaderException ontbrekend) {
            probleem.setDetail("De header " + ontbrekend.getHeaderName() + " ontbreekt.");
        }
        headers = headers == null ? new HttpHeaders() : headers;
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(fout, probleem, headers, status, verzoek);
    }

    private static OngeldigeParameter leesfout(HttpMessageNotReadableException fout) {
        Throwable oorzaak = fout.getCause();
        if (oorzaak instanceof UnrecognizedPropertyException onbekend) {
            return new OngeldigeParameter(pad(onbekend), "is geen veld van dit verzoek");
        }
        if (oorzaak instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            Throwable kern = mapping.getCause() != null ? mapping.getCause() : mapping;
            String reden = mapping instanceof nl.samenboek.api.http.Invoergrenzen.Overschreden grens ? grens.getOriginalMessage()
                    : kern instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith("onbekende waarde")
                    ? iae.getMessage()
                    : mapping instanceof MismatchedInputException mismatch ? verwacht(mismatch.getTargetType()) : "heeft een ongeldige waarde";
            return new OngeldigeParameter(pad(mapping), reden);
        }
        if (oorzaak instanceof JsonParseException parse) {
            return new OngeldigeParameter("body", "is geen geldige JSON (regel " + parse.getLocation().getLineNr()
                    + ", kolom " + parse.getLocation().getColumnNr() + ")");
        }
        return new OngeldigeParameter("body", "ontbreekt of is geen geldige JSON");
    }

    private static String pad(JsonMappingException fout) {
        return fout.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String verwacht(Class<?> type) {
        if (type == null) {
            return "heeft een ongeldige waarde";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == BigDecimal.class || type == BigInteger.class) {
            return type == Integer.class || type == int.class || type == Long.class || type == long.class
                    ? "verwacht een geheel getal" : "verwacht een getal";
        }
        if (type == LocalDate.class) {
            return "verwacht een datum als JJJJ-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "verwacht een tijdstip als ISO-8601 met tijdzone, bijvoorbeeld 2025-06-30T12:00:00Z";
        }
        if (type == String.class) {
            return "verwacht tekst";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "verwacht een lijst";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "verwacht een object";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "verwacht true of false";
        }
        if (type.isEnum() && Code.class.isAssignableFrom(type)) {
            return "toegestaan: " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Code) c).code())
                    .collect(Collectors.joining(", "));
        }
        return "heeft een ongeldige waarde";
    }

    private ResponseEntity<ProblemDetail> databaseNietBeschikbaar(Exception fout) {
        Optional<Opslagstoring> storing = Opslagstoring.in(fout);
        if (storing.isEmpty()) {
            return onverwacht(new IllegalStateException(fout));
        }
        LOG.warn("Opslag niet beschikbaar ({}): {}", storing.get().soort(), fout.toString());
        return nietBeschikbaar(storing.get());
    }

    /** 503 with Retry-After: a store is away or full, or the read models are behind; nothing was stored. */
    private static ResponseEntity<ProblemDetail> nietBeschikbaar(Opslagstoring storing) {
        ProblemDetail probleem = Probleem.van(HttpStatus.SERVICE_UNAVAILABLE, storing.soort(), "Tijdelijk niet beschikbaar", storing.detail());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
    }

    private static ResponseEntity<ProblemDetail> antwoord(ProblemDetail probleem) {
        return ResponseEntity.status(probleem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
    }

    private static ResponseEntity<Object> algemeen(ProblemDetail probleem) {
        return ResponseEntity.status(probleem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
    }
}
