package nl.verwijsindex.system.api;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.List;

/** The OpenAPI schemas of a problem response and of its {@code errors} entries ({@link ApiError}). */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_ERROR = "ProblemError";

    private ProblemSchemas() {}

    static Schema<?> problem() {
        return new ObjectSchema()
                .description("A problem detail (RFC 9457) that describes why a request failed.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("A URI that identifies the kind of problem. It is absent when"
                                        + " the HTTP status says all."))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem."))
                .addProperty(
                        "status",
                        new IntegerSchema()
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599))
                                .description("The HTTP status code."))
                .addProperty(
                        "detail",
                        new StringSchema().description("What went wrong with this request, and how to fix it."))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .format("uri")
                                .description("A URI (urn:uuid) that identifies this occurrence. Quote it when"
                                        + " you report an error."))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + PROBLEM_ERROR))
                                .description("The values in the request that are not valid."))
                .required(List.of("status", "title", "detail"));
    }

    static Schema<?> problemError() {
        var location = new ObjectSchema()
                .description("Where the value is: a JSON Pointer into the body, or the name of a parameter.")
                .addProperty(
                        "pointer", new StringSchema().description("A JSON Pointer (RFC 6901) into the request body."))
                .addProperty(
                        "parameter", new StringSchema().description("The name of a query, path or header parameter."));
        return new ObjectSchema()
                .description("One value in the request that is not valid.")
                .addProperty(
                        "in",
                        new StringSchema()
                                ._enum(List.of("body", "query", "path", "header"))
                                .description("The part of the request that contains the value."))
                .addProperty("location", location)
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("A stable code for the problem, such as format-invalid or bsn-invalid."))
                .addProperty(
                        "detail", new StringSchema().description("What is wrong with the value, and how to fix it."))
                .required(List.of("in", "location", "code", "detail"));
    }
}
