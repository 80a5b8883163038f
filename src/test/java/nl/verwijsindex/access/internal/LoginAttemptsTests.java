package nl.verwijsindex.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class LoginAttemptsTests {

    @Test
    void ipv4AddressCountsAsItIs() {
        assertThat(LoginAttempts.addressText("127.0.0.2")).isEqualTo("127.0.0.2");
    }

    @Test
    void ipv4AddressMappedIntoIpv6CountsAsIpv4() {
        assertThat(LoginAttempts.addressText("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void ipv6AddressCountsByItsNetwork() {
        assertThat(LoginAttempts.addressText("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginAttempts.addressText("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginAttempts.addressText("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
    }

    @Test
    void nonAddressCountsAsTyped() {
        assertThat(LoginAttempts.addressText("no:such:address")).isEqualTo("no:such:address");
    }

    @Test
    void maximumBelowOneIsRejectedWithSettingNames() {
        assertThatThrownBy(() -> new LoginAttempts(null, null, Clock.systemUTC(), 0, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("VERWIJSINDEX_LOGIN_MAXIMUM_FAILURES_PER_ACCOUNT and _PER_ADDRESS must be at least 1,"
                        + " not 0 and 20");
    }
}
