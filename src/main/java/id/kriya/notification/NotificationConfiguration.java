package id.kriya.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is polled on a schedule (see {@link MailPolling}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {
}
