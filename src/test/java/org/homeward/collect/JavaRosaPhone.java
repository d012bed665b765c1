package org.homeward.collect;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.parse.XFormParser;
import org.javarosa.xform.util.XFormUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A phone as the forms' tests hold it: JavaRosa, the engine of ODK Collect, and the partner who carries it. */
final class JavaRosaPhone {

	private JavaRosaPhone() {
	}

	/** The form as the engine opens it, in one of its languages as the form names them ("العربية", "Русский"). */
	static FormEntryController open(byte[] xform, String language) throws XFormParser.ParseException {
		FormDef form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xform));
		form.getLocalizer().setLocale(language);
		form.initialize(true, new InstanceInitializationFactory());
		return new FormEntryController(new FormEntryModel(form));
	}

	/** The instance the engine writes of the form as filled, as the phone sends it. */
	static byte[] instance(FormEntryController entry) throws IOException {
		FormDef form = entry.getModel().getForm();
		form.postProcessInstance();
		return new XFormSerializingVisitor().serializeInstance(form.getInstance());
	}

	/** A partner of a source of their own, made once for the tests that share the database. */
	static void partner(JdbcClient jdbc, String username, String password, String source) {
		if (jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class)
			.single() > 0) {
			return;
		}
		TestSources.register(jdbc, source);
		TestUsers.insert(jdbc, username, password, "PARTNER", null, source);
	}
}
