package nl.verwijsindex.subjectrights.internal;

import java.util.Arrays;

/** The stage of a request's handling. */
enum RequestStatus {
    /** Recorded, and waiting for a proposed outcome. */
    OPEN("open"),
    /** An officer proposed the outcome, and a second officer has yet to approve it. */
    PROPOSED("proposed"),
    /** A second officer approved the outcome, which then took effect. */
    APPROVED("approved");

    private final String code;

    RequestStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static RequestStatus ofCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Invalid rights request status '" + code + "'"));
    }
}
