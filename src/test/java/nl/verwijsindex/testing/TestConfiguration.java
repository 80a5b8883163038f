package nl.verwijsindex.testing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
class TestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(IntegrationTest.DEFAULT_TODAY);
    }

    @Bean
    TestAccounts testAccounts(nl.verwijsindex.access.Accounts accounts) {
        return new TestAccounts(accounts);
    }

    @Bean
    TestRegion testRegion(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new TestRegion(jdbc);
    }
}
