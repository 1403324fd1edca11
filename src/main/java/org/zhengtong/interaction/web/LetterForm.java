package org.zhengtong.interaction.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.LetterTopic;

/** The letter form of every door, as the writer fills it in. */
class LetterForm {

	private @Nullable Door door;

	@NotBlank(message = "{interaction.form.titleMissing}")
	@Size(max = 100, message = "{interaction.form.titleLength}")
	private String title = "";

	@NotBlank(message = "{interaction.form.bodyMissing}")
	@Size(max = 5000, message = "{interaction.form.bodyLength}")
	private String body = "";

	@NotNull(message = "{interaction.form.topicMissing}")
	private @Nullable LetterTopic topic;

	private String region = "";

	private @Nullable UUID leaderPostId;

	@Size(max = 30, message = "{interaction.form.nameLength}")
	private String name = "";

	@Pattern(regexp = "\\s*(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})?\\s*", message = "{interaction.form.phonePattern}")
	private String phone = "";

	@Size(max = 100, message = "{interaction.form.emailPattern}")
	@Email(message = "{interaction.form.emailPattern}")
	private String email = "";

	private String idNumber = "";

	private boolean consent;

	private String submitToken = "";

	private @Nullable String captchaToken;

	private @Nullable String captchaAnswer;

	private List<MultipartFile> attachments = new ArrayList<>();

	/** The files actually chosen (a file input sends an empty part when none is). */
	List<MultipartFile> chosenFiles() {
		return attachments.stream().filter((file) -> !file.isEmpty() || !blank(file.getOriginalFilename())).toList();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	static @Nullable String trimmed(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	public @Nullable Door getDoor() {
		return door;
	}

	public void setDoor(@Nullable Door door) {
		this.door = door;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public @Nullable LetterTopic getTopic() {
		return topic;
	}

	public void setTopic(@Nullable LetterTopic topic) {
		this.topic = topic;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public @Nullable UUID getLeaderPostId() {
		return leaderPostId;
	}

	public void setLeaderPostId(@Nullable UUID leaderPostId) {
		this.leaderPostId = leaderPostId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getSubmitToken() {
		return submitToken;
	}

	public void setSubmitToken(String submitToken) {
		this.submitToken = submitToken;
	}

	public @Nullable String getCaptchaToken() {
		return captchaToken;
	}

	public void setCaptchaToken(@Nullable String captchaToken) {
		this.captchaToken = captchaToken;
	}

	public @Nullable String getCaptchaAnswer() {
		return captchaAnswer;
	}

	public void setCaptchaAnswer(@Nullable String captchaAnswer) {
		this.captchaAnswer = captchaAnswer;
	}

	public List<MultipartFile> getAttachments() {
		return attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}

}
