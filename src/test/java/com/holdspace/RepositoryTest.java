package com.holdspace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.holdspace.shared.EntityTimestamps;
import com.holdspace.shared.RuntimeRole;

/**
 * JPA and Flyway only, on the run's real PostgreSQL; each test rolls back. The migrations learn the
 * runtime role here too, for a run whose first context is this one.
 */
@Tag("slow")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, EntityTimestamps.class, RuntimeRole.class })
public @interface RepositoryTest {

}
