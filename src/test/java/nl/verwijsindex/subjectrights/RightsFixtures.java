package nl.verwijsindex.subjectrights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** Officers, children and steps that the rights request tests share. */
final class RightsFixtures {

    /** A second municipal officer of the test region's municipality, who approves the first officer's proposals. */
    static final TestRegion.Administrator SECOND_OFFICER = new TestRegion.Administrator(
            "Quinten Gemeente", "quinten@amsterdam.test", "nl", "municipal-officer", null, TestRegion.MUNICIPALITY);

    /**
     * Born 2013-11-09 and living in Amsterdam (0363), the test region's municipality, so 13 on the
     * test day: a parent and the child ask together.
     */
    static final String CHILD_13 = "999996794";
    /** Born 2011-09-08 and living in Amsterdam: a sibling of {@link #CHILD_13} with both parents the same. */
    static final String SIBLING_15 = "999996782";
    /** Born 2015-09-01 and living in Amsterdam, so 11 on the test day: a parent makes the request alone. */
    static final String CHILD_11 = "999971098";
    /** Born 2012-04-18 and living in Rotterdam (0599), a municipality without an index in the tests. */
    static final String ROTTERDAM_CHILD_14 = "999999369";
    /** Born 2012-12-01; the register suspended the record because the child emigrated. */
    static final String EMIGRATED_CHILD_14 = "999999242";
    /** Born 2010-08-26 and kept in the register of non-residents, so 16 on the test day. */
    static final String NON_RESIDENT_CHILD_16 = "999993410";

    static final String LIST = "/municipality/rights-requests";

    private RightsFixtures() {}

    /** Records a request through the form and returns its id. */
    static UUID record(WebSession officer, String kind, String requester, String statedAge, String receivedOn) {
        officer.get(LIST + "/new");
        var response = officer.post(
                LIST + "/new",
                Map.of("kind", kind, "requester", requester, "statedAge", statedAge, "receivedOn", receivedOn));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Recording failed with " + response.statusCode() + ": " + response.body());
        }
        return UUID.fromString(WebSession.location(response).substring(LIST.length() + 1));
    }

    /** Sends a form of the request's page, after reading the page for its CSRF token. */
    static HttpResponse<String> step(WebSession officer, UUID request, String step, Map<String, String> form) {
        officer.get(LIST + "/" + request);
        return officer.post(LIST + "/" + request + "/" + step, form);
    }

    /** Downloads the request's letter with the session's cookie and returns the PDF's bytes and status. */
    static HttpResponse<byte[]> letter(int port, WebSession officer, UUID request) {
        var http = HttpClient.newHttpClient();
        var get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LIST + "/" + request + "/letter"))
                .header("Cookie", "SESSION=" + officer.sessionId())
                .GET()
                .build();
        try {
            return http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns the text of the PDF, with each line of the page as one line. */
    static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
