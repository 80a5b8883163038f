package nl.verwijsindex.population.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Optional;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.PopulationRegisterConfigurationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a response of the register that is not {@code 200} into a {@link BrpFailure} or a
 * {@link PopulationRegisterConfigurationException}. Only the problem's {@code title}, {@code code}
 * and the names and codes of its {@code invalidParams} reach the message, because a {@code detail}
 * could quote a value of the request. A title that contains a BSN is left out too.
 */
final class BrpResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BrpResponses() {}

    static BrpFailure failure(BrpTransport.Response response, Clock clock) {
        int status = response.status();
        var problem = problemSummary(response);
        var retryAfter = response.retryAfter().flatMap(value -> parseRetryAfter(value, clock));
        return switch (status) {
            case 429 ->
                new BrpFailure(
                        "The population register limits the request rate (429" + problem + ")", true, retryAfter);
            case 502, 503, 504 ->
                new BrpFailure("The population register is unavailable (" + status + problem + ")", true, retryAfter);
            default -> new BrpFailure("The population register failed (" + status + problem + ")", false, retryAfter);
        };
    }

    /** Returns whether the status means a fault of the client's settings or request, which retrying cannot fix. */
    static boolean isConfigurationFault(int status) {
        return status >= 400 && status < 500 && status != 429;
    }

    static PopulationRegisterConfigurationException configurationFault(BrpTransport.Response response) {
        int status = response.status();
        var check = switch (status) {
            case 401 ->
                "check the credentials in " + BrpSettings.PREFIX + "API_KEY or " + BrpSettings.PREFIX + "CLIENT_ID and "
                        + BrpSettings.PREFIX + "CLIENT_SECRET";
            case 403 -> "ask the register's operator to authorise these credentials for the fields the index requests";
            case 404 -> "check " + BrpSettings.PREFIX + "URL, which must be the API's base URL without /personen";
            default -> "the request does not fit the register's API version; check " + BrpSettings.PREFIX + "URL";
        };
        return new PopulationRegisterConfigurationException(
                status,
                "The population register rejected the request with status " + status + problemSummary(response) + ": "
                        + check);
    }

    /**
     * Parses a {@code Retry-After} value: a number of seconds or an HTTP date (RFC 9110, section 10.2.3).
     * Returns empty when the value is neither.
     */
    static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        var trimmed = value.strip();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
            return trimmed.length() > 9 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            var date = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
            var wait = Duration.between(clock.instant(), date.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Returns ", title '...', code '...', invalid parameters ..." from a problem body, or "" when the body is not a problem. */
    private static String problemSummary(BrpTransport.Response response) {
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (JacksonException e) {
            return "";
        }
        if (problem == null || !problem.isObject()) {
            return "";
        }
        var summary = new StringBuilder();
        if (problem.path("title").isString()
                && !Bsn.appearsIn(problem.path("title").stringValue())) {
            summary.append(", title '")
                    .append(problem.path("title").stringValue())
                    .append("'");
        }
        if (problem.path("code").isString()) {
            summary.append(", code '")
                    .append(problem.path("code").stringValue())
                    .append("'");
        }
        var parameters = new ArrayList<String>();
        for (var parameter : problem.path("invalidParams")) {
            parameters.add(parameter.path("name").asString("?") + " ("
                    + parameter.path("code").asString("?") + ")");
        }
        if (!parameters.isEmpty()) {
            summary.append(", invalid parameters ").append(String.join(", ", parameters));
        }
        return summary.toString();
    }
}
