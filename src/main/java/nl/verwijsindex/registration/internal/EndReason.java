package nl.verwijsindex.registration.internal;

import java.util.Arrays;
import java.util.Optional;

/** Reason a professional gives for ending their signal. */
enum EndReason {
    /** The risk is gone: the signal moves to the archive and is kept for five years. */
    RISK_GONE("risk-gone"),
    /** The signal was unjustified or about the wrong child: it is destroyed. */
    UNJUSTIFIED("unjustified");

    private final String code;

    EndReason(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<EndReason> fromCode(String code) {
        return Arrays.stream(values())
                .filter(reason -> reason.code.equals(code))
                .findFirst();
    }
}
