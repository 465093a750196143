package org.opencme.authoring.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.opencme.content.pkg.EvaluationItemType;
import org.opencme.content.pkg.FeedbackTiming;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.QuestionType;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.content.pkg.QuizRole;

/**
 * One module as the editor holds it while the designer works; fields apply
 * according to the kind.
 */
public class ModuleForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String key;
	private ModuleKind kind;
	private String title;
	private boolean required = true;
	private String file;
	private String markdown = "";
	private String media;
	private String url;
	private Integer requiredWatchedPercent = 90;
	private QuizRole role = QuizRole.POST_TEST;
	private Integer passPercent = QuizModuleSpec.DEFAULT_PASS_PERCENT;
	private Integer attemptLimit = 3;
	private Integer timeLimitMinutes;
	private boolean shuffleQuestions = true;
	private boolean shuffleOptions = true;
	private Integer drawCount;
	private FeedbackTiming feedback = FeedbackTiming.AFTER_SUBMIT;
	private boolean revealAnswersWhileAttemptsRemain;
	private List<QuestionForm> questions = new ArrayList<>();
	private List<ItemForm> items = new ArrayList<>();
	private Integer maxMinutes = 60;
	private Integer evaluationMinutes;

	/** A question of a quiz with its options. */
	public static class QuestionForm implements Serializable {
		private static final long serialVersionUID = 1L;
		private String key;
		private QuestionType type = QuestionType.SINGLE_CHOICE;
		private String text;
		private String rationale;
		private List<OptionForm> options = new ArrayList<>();

		public String getKey() {
			return key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public QuestionType getType() {
			return type;
		}

		public void setType(QuestionType type) {
			this.type = type;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getRationale() {
			return rationale;
		}

		public void setRationale(String rationale) {
			this.rationale = rationale;
		}

		public List<OptionForm> getOptions() {
			return options;
		}
	}

	/** An answer option. */
	public static class OptionForm implements Serializable {
		private static final long serialVersionUID = 1L;
		private String key;
		private String text;
		private boolean correct;

		public OptionForm() {
		}

		public OptionForm(String key, String text, boolean correct) {
			this.key = key;
			this.text = text;
			this.correct = correct;
		}

		public String getKey() {
			return key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public boolean isCorrect() {
			return correct;
		}

		public void setCorrect(boolean correct) {
			this.correct = correct;
		}
	}

	/** An evaluation item (Likert or free text). */
	public static class ItemForm implements Serializable {
		private static final long serialVersionUID = 1L;
		private String key;
		private EvaluationItemType type = EvaluationItemType.LIKERT;
		private String text;

		public String getKey() {
			return key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public EvaluationItemType getType() {
			return type;
		}

		public void setType(EvaluationItemType type) {
			this.type = type;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public ModuleKind getKind() {
		return kind;
	}

	public void setKind(ModuleKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getFile() {
		return file;
	}

	public void setFile(String file) {
		this.file = file;
	}

	public String getMarkdown() {
		return markdown;
	}

	public void setMarkdown(String markdown) {
		this.markdown = markdown;
	}

	public String getMedia() {
		return media;
	}

	public void setMedia(String media) {
		this.media = media;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public Integer getRequiredWatchedPercent() {
		return requiredWatchedPercent;
	}

	public void setRequiredWatchedPercent(Integer requiredWatchedPercent) {
		this.requiredWatchedPercent = requiredWatchedPercent;
	}

	public QuizRole getRole() {
		return role;
	}

	public void setRole(QuizRole role) {
		this.role = role;
	}

	public Integer getPassPercent() {
		return passPercent;
	}

	public void setPassPercent(Integer passPercent) {
		this.passPercent = passPercent;
	}

	public Integer getAttemptLimit() {
		return attemptLimit;
	}

	public void setAttemptLimit(Integer attemptLimit) {
		this.attemptLimit = attemptLimit;
	}

	public Integer getTimeLimitMinutes() {
		return timeLimitMinutes;
	}

	public void setTimeLimitMinutes(Integer timeLimitMinutes) {
		this.timeLimitMinutes = timeLimitMinutes;
	}

	public boolean isShuffleQuestions() {
		return shuffleQuestions;
	}

	public void setShuffleQuestions(boolean shuffleQuestions) {
		this.shuffleQuestions = shuffleQuestions;
	}

	public boolean isShuffleOptions() {
		return shuffleOptions;
	}

	public void setShuffleOptions(boolean shuffleOptions) {
		this.shuffleOptions = shuffleOptions;
	}

	public Integer getDrawCount() {
		return drawCount;
	}

	public void setDrawCount(Integer drawCount) {
		this.drawCount = drawCount;
	}

	public boolean isRevealAnswersWhileAttemptsRemain() {
		return revealAnswersWhileAttemptsRemain;
	}

	public void setRevealAnswersWhileAttemptsRemain(boolean reveal) {
		this.revealAnswersWhileAttemptsRemain = reveal;
	}

	public FeedbackTiming getFeedback() {
		return feedback;
	}

	public void setFeedback(FeedbackTiming feedback) {
		this.feedback = feedback;
	}

	public List<QuestionForm> getQuestions() {
		return questions;
	}

	public List<ItemForm> getItems() {
		return items;
	}

	/** An evaluation's estimated minutes (null: not set). */
	public Integer getEvaluationMinutes() {
		return evaluationMinutes;
	}

	public void setEvaluationMinutes(Integer evaluationMinutes) {
		this.evaluationMinutes = evaluationMinutes;
	}

	public Integer getMaxMinutes() {
		return maxMinutes;
	}

	public void setMaxMinutes(Integer maxMinutes) {
		this.maxMinutes = maxMinutes;
	}
}
