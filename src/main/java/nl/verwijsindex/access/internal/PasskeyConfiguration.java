package nl.verwijsindex.access.internal;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * The relying party of the passkeys: its id and allowed origins from the settings, and the
 * tables of migration V8. {@code http.webAuthn()} in {@link AccessSecurityConfiguration} finds
 * these beans, so its own in-memory defaults are not used.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    static final String RELYING_PARTY_NAME = "Verwijsindex";

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    /**
     * Verifies registrations and logins with webauthn4j. A passkey alone logs in, so both
     * ceremonies require user verification (a PIN or biometric on the authenticator): the
     * passkey is then two factors, possession and knowledge or inherence. A discoverable
     * credential is required, so that a login needs no email address first.
     *
     * @param relyingPartyId a domain name, never an IP address: browsers reject those
     * @param allowedOrigins the exact origins, with scheme and port, of the login pages
     */
    @Bean
    Webauthn4JRelyingPartyOperations passkeyRelyingParty(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials,
            @Value("${verwijsindex.webauthn.rp-id}") String relyingPartyId,
            @Value("${verwijsindex.webauthn.allowed-origins}") Set<String> allowedOrigins) {
        var relyingParty = PublicKeyCredentialRpEntity.builder()
                .id(relyingPartyId)
                .name(RELYING_PARTY_NAME)
                .build();
        var operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials, relyingParty, allowedOrigins);

        operations.setCustomizeCreationOptions(
                options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .build()));
        operations.setCustomizeRequestOptions(
                options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }
}
