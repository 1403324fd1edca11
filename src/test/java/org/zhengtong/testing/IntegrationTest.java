package org.zhengtong.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port against real PostgreSQL: the embedded server by
 * default, a Testcontainers server with {@code -Dspring.profiles.include=testcontainers}.
 * Every test class with this annotation shares one Spring context and one database, so
 * keep the annotation exactly as it is (no extra properties) on integration and browser
 * tests alike.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestcontainersDatabase.class, TestFileAccess.class, TestMailServer.class, TestClock.class,
		ScheduledJobs.class, PageWordsCheck.class })
@ExtendWith(TestcontainersDatabase.SkipWithoutDocker.class)
public @interface IntegrationTest {

}
