package org.homeward.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Marks a test's {@code String} field that holds a source of each test's own, registered before the test runs
 * ({@link TestSources#ofTest}), so tests sharing a database do not count each other's records.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SourceOfItsOwn.Registration.class)
public @interface SourceOfItsOwn {

	/** The first letters of the source's code, which keep test classes apart. */
	String value();

	/** Registers a source for each marked field of the test and sets the field to its code. */
	final class Registration implements BeforeEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) throws IllegalAccessException {
			JdbcClient jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
			Object test = context.getRequiredTestInstance();
			for (Field field : AnnotationSupport.findAnnotatedFields(test.getClass(), SourceOfItsOwn.class)) {
				String prefix = field.getAnnotation(SourceOfItsOwn.class).value();
				field.setAccessible(true);
				// the unique id, not the display name: each run of a parameterized test is "[1] ..." in every method
				field.set(test, TestSources.ofTest(jdbc, prefix, context.getUniqueId()));
			}
		}
	}
}
