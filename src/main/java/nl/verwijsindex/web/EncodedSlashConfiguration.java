package nl.verwijsindex.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a path with an encoded slash ({@code %2F}) pass Tomcat undecoded, so that Spring Security's
 * firewall rejects it and the application's 400 page in the layout is sent. By default Tomcat
 * rejects such a path itself, before the application receives it, with its own English error page.
 */
@Configuration(proxyBeanMethods = false)
class EncodedSlashConfiguration {

    @Bean
    TomcatConnectorCustomizer encodedSlashToFirewall() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }
}
