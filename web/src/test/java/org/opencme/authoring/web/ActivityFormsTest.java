package org.opencme.authoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.AttestationModuleSpec;
import org.opencme.content.pkg.CompletionCriteriaSpec;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.DisclosureSpec;
import org.opencme.content.pkg.DocumentModuleSpec;
import org.opencme.content.pkg.EvaluationItemSpec;
import org.opencme.content.pkg.EvaluationItemType;
import org.opencme.content.pkg.EvaluationModuleSpec;
import org.opencme.content.pkg.FacultySpec;
import org.opencme.content.pkg.FeedbackTiming;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.Profession;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuestionType;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.content.pkg.QuizRole;
import org.opencme.content.pkg.SessionModuleSpec;
import org.opencme.content.pkg.VideoModuleSpec;

/**
 * The editor loads a draft into the form ({@link ActivityForms#from}) and saves
 * the form back ({@link ActivityForms#toPackage}) on every save, so whatever
 * the page does not touch must come back exactly as it was stored; what a
 * designer leaves blank is dropped or trimmed, never stored as blanks.
 */
class ActivityFormsTest {

	private static final LocalDate DISCLOSED = LocalDate.of(2026, 3, 2);

	@Test
	void aFullActivityComesBackFromTheFormAsItWasStored() {
		ContentPackage stored = fullActivity();

		ContentPackage saved = ActivityForms.toPackage(ActivityForms.from(stored));

		assertEquals(stored.manifest().activity(), saved.manifest().activity());
		assertEquals(stored.manifest().completionCriteria(), saved.manifest().completionCriteria());
		assertEquals(stored.manifest().certificateTemplate(), saved.manifest().certificateTemplate());
		assertEquals(stored.manifest().modules(), saved.manifest().modules());
		assertEquals(stored.files(), saved.files());
		assertEquals(stored, saved, "nothing else differs either");
	}

	@Test
	void savingTwiceChangesNothing() {
		ContentPackage once = ActivityForms.toPackage(ActivityForms.from(fullActivity()));
		assertEquals(once, ActivityForms.toPackage(ActivityForms.from(once)));
	}

	@Test
	void theFormShowsWhatIsStored() {
		ActivityForm form = ActivityForms.from(fullActivity());

		assertEquals("Recognise sepsis within the hour\nStart the hour-1 bundle", form.getObjectives());
		assertEquals(new BigDecimal("125.00"), form.getFee());
		assertEquals(List.of("intro", "lactate-video", "guideline", "post-test", "evaluation", "attestation", "webinar",
				"exam"), form.getModules().stream().map(ModuleForm::getKey).toList());
		ModuleForm content = form.getModules().get(0);
		assertEquals("# Sepsis\n\nRecognise **sepsis** early.\n", content.getMarkdown(), "the module's own text");
		assertEquals(List.of("media/guideline.pdf", "media/lactate.webm", "media/notes.md"),
				List.copyOf(form.getMediaFiles().keySet()),
				"every file but the content modules' text, which the form holds as markdown");
		ModuleForm.QuestionForm multiple = form.getModules().get(3).getQuestions().get(1);
		assertEquals(QuestionType.MULTIPLE_CHOICE, multiple.getType());
		assertEquals(List.of(true, true, false),
				multiple.getOptions().stream().map(ModuleForm.OptionForm::isCorrect).toList());
		ActivityForm.FacultyRow faculty = form.getFaculty().get(0);
		assertEquals("No relevant financial relationships.", faculty.getDisclosure());
		assertEquals(DISCLOSED, faculty.getDisclosedOn());
	}

	@Test
	void anActivityWithEmptyListsStaysEmpty() {
		ActivitySpec bare = new ActivitySpec("Bare", null, List.of(), List.of(), List.of(), ActivityFormat.ON_DEMAND,
				null, List.of(), null, List.of(), null, null, 0, "USD", null);
		ContentPackage stored = new ContentPackage(new ActivityManifest(bare,
				new CompletionCriteriaSpec(List.of(), null, false, null, false), null, List.of()), List.of());

		ActivityForm form = ActivityForms.from(stored);
		assertEquals("", form.getObjectives());
		assertTrue(form.getFaculty().isEmpty() && form.getCredits().isEmpty() && form.getModules().isEmpty());
		assertTrue(form.getMediaFiles().isEmpty());
		assertEquals(stored, ActivityForms.toPackage(form));
	}

	@Test
	void withoutCriteriaOrCurrencyTheEditorsDefaultsAreSaved() {
		ActivitySpec a = new ActivitySpec("No currency", "s", List.of("One"), List.of(), List.of(),
				ActivityFormat.ON_DEMAND, 30, List.of(), "accredited", List.of(), null, null, 0, null, null);
		ContentPackage stored = new ContentPackage(new ActivityManifest(a, null, null, List.of()), List.of());

		ContentPackage saved = ActivityForms.toPackage(ActivityForms.from(stored));

		assertEquals("USD", saved.manifest().activity().currency());
		assertEquals(new CompletionCriteriaSpec(List.of(), null, false, null, false),
				saved.manifest().completionCriteria());
	}

	@Test
	void blankObjectiveLinesAreDroppedAndTheRestTrimmed() {
		ActivityForm form = new ActivityForm();
		form.setTitle("Objectives");
		form.setObjectives("  Recognise sepsis \r\n\n   \n\tStart the bundle\n");
		assertEquals(List.of("Recognise sepsis", "Start the bundle"),
				ActivityForms.toPackage(form).manifest().activity().objectives());
		form.setObjectives(null);
		assertEquals(List.of(), ActivityForms.toPackage(form).manifest().activity().objectives());
	}

	@Test
	void theFeeIsSavedInCentsRoundedHalfUpAndNoFeeIsFree() {
		ActivityForm form = new ActivityForm();
		form.setTitle("Fees");
		form.setFee(new BigDecimal("12.345"));
		assertEquals(1235, ActivityForms.toPackage(form).manifest().activity().feeMinor());
		form.setFee(new BigDecimal("40"));
		assertEquals(4000, ActivityForms.toPackage(form).manifest().activity().feeMinor());
		form.setFee(null);
		assertEquals(0, ActivityForms.toPackage(form).manifest().activity().feeMinor());
	}

	@Test
	void blankNotesAndMediaAreNotStoredAndLinksAreTrimmed() {
		ActivityForm form = new ActivityForm();
		form.setTitle("Blanks");
		ActivityForm.CreditRow credit = new ActivityForm.CreditRow();
		credit.setCreditType("AMA_PRA_1");
		credit.setAmount(new BigDecimal("1.50"));
		credit.setNote("   ");
		form.getCredits().add(credit);
		ModuleForm video = module("video-1", ModuleKind.VIDEO);
		video.setMedia("  ");
		video.setUrl("  https://video.example.org/lactate  ");
		ModuleForm document = module("document-1", ModuleKind.DOCUMENT);
		document.setMedia("");
		form.getModules().addAll(List.of(video, document));

		ContentPackage saved = ActivityForms.toPackage(form);

		assertEquals(List.of(new CreditDesignationSpec("AMA_PRA_1", new BigDecimal("1.50"), null)),
				saved.manifest().activity().creditDesignations());
		VideoModuleSpec v = (VideoModuleSpec) saved.manifest().modules().get(0);
		assertNull(v.media());
		assertEquals("https://video.example.org/lactate", v.url());
		assertNull(((DocumentModuleSpec) saved.manifest().modules().get(1)).media());
	}

	@Test
	void aFacultyMemberWithNothingDisclosedHasNoDisclosure() {
		ActivityForm form = new ActivityForm();
		form.setTitle("Faculty");
		ActivityForm.FacultyRow silent = new ActivityForm.FacultyRow();
		silent.setName("Ana Ortega, MD");
		silent.setRole("Author");
		ActivityForm.FacultyRow dated = new ActivityForm.FacultyRow();
		dated.setName("Ben Okafor, PharmD");
		dated.setDisclosedOn(DISCLOSED);
		form.getFaculty().addAll(List.of(silent, dated));

		List<FacultySpec> faculty = ActivityForms.toPackage(form).manifest().activity().faculty();

		assertEquals(new FacultySpec("Ana Ortega, MD", "Author", null), faculty.get(0));
		assertEquals(new FacultySpec("Ben Okafor, PharmD", null, new DisclosureSpec(null, DISCLOSED)), faculty.get(1),
				"a date alone is kept, for review to find the text missing");
	}

	@Test
	void aNewContentModuleGetsAFileOfItsOwn() {
		ActivityForm form = new ActivityForm();
		form.setTitle("New content");
		ModuleForm written = module("content-1", ModuleKind.CONTENT);
		written.setMarkdown("# Written in the editor\n");
		ModuleForm empty = module("content-2", ModuleKind.CONTENT);
		empty.setMarkdown(null);
		form.getModules().addAll(List.of(written, empty));

		ContentPackage saved = ActivityForms.toPackage(form);

		assertEquals(
				List.of(new ContentModuleSpec("content-1", "content-1", true, "modules/content-1.md"),
						new ContentModuleSpec("content-2", "content-2", true, "modules/content-2.md")),
				saved.manifest().modules());
		assertEquals("# Written in the editor\n", saved.text("modules/content-1.md").orElseThrow());
		assertEquals("", saved.text("modules/content-2.md").orElseThrow(), "no text is an empty file, not none");
	}

	@Test
	void aContentModuleWhoseFileIsMissingOpensEmptyAndSavesItsFile() {
		ActivitySpec a = new ActivitySpec("Missing file", null, List.of(), List.of(), List.of(),
				ActivityFormat.ON_DEMAND, null, List.of(), null, List.of(), null, null, 0, "USD", null);
		ContentPackage stored = new ContentPackage(new ActivityManifest(a, null, null,
				List.of(new ContentModuleSpec("intro", "Introduction", true, "modules/intro.md"))), List.of());

		ActivityForm form = ActivityForms.from(stored);
		assertEquals("", form.getModules().get(0).getMarkdown());
		assertEquals(List.of(PackageFile.ofText("modules/intro.md", "")), ActivityForms.toPackage(form).files());
	}

	private static ModuleForm module(String key, ModuleKind kind) {
		ModuleForm m = new ModuleForm();
		m.setKey(key);
		m.setKind(kind);
		m.setTitle(key);
		return m;
	}

	/**
	 * An activity with every kind of module, a quiz with each type of question
	 * (options, rationales, one without), credit offers, faculty with and without a
	 * disclosure, files of every sort and completion criteria, none of them at the
	 * editor's defaults.
	 */
	private static ContentPackage fullActivity() {
		List<FacultySpec> faculty = List.of(
				new FacultySpec("Ana Ortega, MD", "Course director",
						new DisclosureSpec("No relevant financial relationships.", DISCLOSED)),
				new FacultySpec("Ben Okafor, PharmD", "Reviewer",
						new DisclosureSpec("Consultant: Acme Diagnostics (mitigated).", DISCLOSED.minusDays(7))),
				new FacultySpec("Cleo Park", "Planner", null));
		List<CreditDesignationSpec> credits = List.of(
				new CreditDesignationSpec("AMA_PRA_1", new BigDecimal("1.50"), null),
				new CreditDesignationSpec("ANCC", new BigDecimal("1.5"), "Includes 0.5 pharmacology hours"),
				new CreditDesignationSpec("ABIM_MOC", new BigDecimal("2"), "Medical knowledge"));
		ActivitySpec activity = new ActivitySpec("Sepsis: the first hour", "Screening, lactate and antibiotics.",
				List.of("Recognise sepsis within the hour", "Start the hour-1 bundle"),
				List.of(Profession.MD, Profession.NP, Profession.RN), List.of("sepsis", "emergency medicine"),
				ActivityFormat.LIVE_WEBINAR, 95, faculty,
				"The OpenCME Demo Institute is accredited by the ACCME to provide continuing medical education.",
				credits, LocalDate.of(2026, 1, 15), LocalDate.of(2027, 1, 14), 12500, "EUR", 40);
		QuizModuleSpec quiz = new QuizModuleSpec("post-test", "Post-test", true, QuizRole.PRE_TEST, 80, 5, 20, false,
				false, 2, FeedbackTiming.AFTER_PASS,
				List.of(new QuestionSpec("q1", QuestionType.SINGLE_CHOICE,
						"Which lactate level calls for repeat measurement?",
						List.of(new OptionSpec("a", "Above 2 mmol/L", true),
								new OptionSpec("b", "Only above 8 mmol/L", false), new OptionSpec("c", "Never", false)),
						"A lactate above 2 mmol/L is repeated within 2-4 hours."),
						new QuestionSpec("q2", QuestionType.MULTIPLE_CHOICE, "Which belong to the hour-1 bundle?",
								List.of(new OptionSpec("a", "Blood cultures", true),
										new OptionSpec("b", "Broad-spectrum antibiotics", true),
										new OptionSpec("c", "A chest CT", false)),
								"Cultures before antibiotics, both within the hour."),
						new QuestionSpec("q3", QuestionType.TRUE_FALSE, "qSOFA alone rules sepsis out.",
								List.of(new OptionSpec("true", "True", false), new OptionSpec("false", "False", true)),
								null)),
				true);
		List<ModuleSpec> modules = List.of(new ContentModuleSpec("intro", "Introduction", true, "modules/intro.md"),
				new VideoModuleSpec("lactate-video", "Measuring lactate", false, "media/lactate.webm",
						"https://video.example.org/lactate", 75),
				new DocumentModuleSpec("guideline", "The guideline", false, "media/guideline.pdf"), quiz,
				new EvaluationModuleSpec("evaluation", "Evaluation", true,
						List.of(new EvaluationItemSpec("useful", EvaluationItemType.LIKERT, "The activity was useful."),
								new EvaluationItemSpec("change", EvaluationItemType.FREE_TEXT,
										"What will you change in your practice?"))),
				new AttestationModuleSpec("attestation", "Time spent", true, 95),
				new SessionModuleSpec("webinar", ModuleKind.LIVE_SESSION, "Live case discussion", true),
				new SessionModuleSpec("exam", ModuleKind.PROCTORED_SESSION, "Proctored exam", false));
		CompletionCriteriaSpec criteria = new CompletionCriteriaSpec(List.of("intro", "post-test", "webinar"), 80, true,
				75, true);
		List<PackageFile> files = List.of(
				PackageFile.ofText("modules/intro.md", "# Sepsis\n\nRecognise **sepsis** early.\n"),
				new PackageFile("media/lactate.webm", new byte[]{0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 1, 2, 3}),
				new PackageFile("media/guideline.pdf",
						"%PDF-1.7 guideline".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
				PackageFile.ofText("media/notes.md", "Speaker notes no module shows."));
		return new ContentPackage(
				new ActivityManifest(activity, criteria, "<h1>{{learner}}</h1><p>{{credits}}</p>", modules), files);
	}
}
