package nl.verwijsindex.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * The login form's fields besides email address and password: the TOTP or recovery code, and the
 * client address by which failed logins are counted. The provider keeps them out of the session.
 */
record LoginDetails(String code, String clientAddress) {

    static final String CODE_PARAMETER = "code";

    static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> source() {
        return request -> {
            var code = request.getParameter(CODE_PARAMETER);
            return new LoginDetails(code == null ? "" : code.trim(), request.getRemoteAddr());
        };
    }

    @Override
    public String toString() {
        return "LoginDetails[code=(hidden), clientAddress=" + clientAddress + "]";
    }
}
