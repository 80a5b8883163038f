package nl.verwijsindex.access.internal;

import org.springframework.security.core.AuthenticationException;

/** Raised when too many logins failed recently for the email address or the client address. */
class LoginBlockedException extends AuthenticationException {

    LoginBlockedException() {
        super("Too many failed logins; logins with this email or from this address are blocked for a while");
    }
}
