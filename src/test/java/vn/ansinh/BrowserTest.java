package vn.ansinh;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that drives the staff UI in a real headless Chromium ({@link Browser}) against the whole application on a
 * random port, on its own empty embedded PostgreSQL. Every class with this annotation shares one application context;
 * one instance per class, so a class can seed its data once in a {@code @BeforeAll} method.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface BrowserTest {
}
