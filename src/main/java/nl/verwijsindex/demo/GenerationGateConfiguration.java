package nl.verwijsindex.demo;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the {@link GenerationGate} in front of every web request, ahead of every other filter, and
 * around every run of a scheduled job ({@code @Scheduled}, the ShedLock jobs included). While no
 * demo history is generated, the gate is open and only counts.
 *
 * <p>NOTE: the gate covers the thread-pool scheduler that Spring Boot configures while virtual
 * threads are off ({@code spring.threads.virtual.enabled=false}); with virtual threads Spring Boot
 * uses another scheduler, which this does not cover.
 */
@Configuration(proxyBeanMethods = false)
class GenerationGateConfiguration {

    @Bean
    FilterRegistrationBean<GenerationGateFilter> generationGateFilter(GenerationGate gate) {
        var registration = new FilterRegistrationBean<>(new GenerationGateFilter(gate));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer generationGateForJobs(GenerationGate gate) {
        return scheduler -> scheduler.setTaskDecorator(job -> () -> gate.runJob(job));
    }
}
