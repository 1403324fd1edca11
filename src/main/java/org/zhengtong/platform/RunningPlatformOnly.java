package org.zhengtong.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A bean of the running platform that a command-line tool ({@link PlatformCommand}) must
 * not create: start-up work ({@code ApplicationRunner}s), scheduled jobs, listeners that
 * change data, anything that takes a lock a running platform holds (the search index's
 * writer). A command runs beside a live platform, or against a half-restored database.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "zhengtong.command", havingValue = "none", matchIfMissing = true)
public @interface RunningPlatformOnly {

}
