package org.zhengtong.interaction.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.interaction.internal.DisclosureRequest;
import org.zhengtong.interaction.internal.ReceiveDisclosure;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.IdentifierInvalid;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * 政府信息公开申请表 (政府信息公开条例 art. 29): who asks (a person with a 居民身份证号, an organisation with
 * its 统一社会信用代码), how to reach them, what is asked for, and in which form and way it is
 * delivered. Staff registering a posted or counter request add the channel and the day it
 * was received.
 */
class DisclosureForm {

	@NotNull(message = "{interaction.disclosure.form.unitMissing}")
	private @Nullable UUID unitId;

	@NotNull(message = "{interaction.disclosure.form.required}")
	private Applicant applicantType = Applicant.PERSON;

	@NotBlank(message = "{interaction.disclosure.form.nameMissing}")
	@Size(max = 100, message = "{interaction.disclosure.form.tooLong}")
	private String applicantName = "";

	@Size(max = 18, message = "{interaction.disclosure.form.tooLong}")
	private String idNumber = "";

	@Size(max = 18, message = "{interaction.disclosure.form.tooLong}")
	private String creditCode = "";

	@Size(max = 50, message = "{interaction.disclosure.form.tooLong}")
	private String contactPerson = "";

	@NotBlank(message = "{interaction.disclosure.form.phoneInvalid}")
	@Pattern(regexp = "^[0-9+\\- ]{5,30}$", message = "{interaction.disclosure.form.phoneInvalid}")
	private String phone = "";

	@Email(message = "{interaction.disclosure.form.emailInvalid}")
	@Size(max = 200, message = "{interaction.disclosure.form.tooLong}")
	private String email = "";

	@Size(max = 200, message = "{interaction.disclosure.form.tooLong}")
	private String address = "";

	@NotBlank(message = "{interaction.disclosure.form.descriptionMissing}")
	@Size(max = 5000, message = "{interaction.disclosure.form.tooLong}")
	private String description = "";

	@NotNull(message = "{interaction.disclosure.form.required}")
	private DisclosureRequest.Medium medium = DisclosureRequest.Medium.ELECTRONIC;

	@NotNull(message = "{interaction.disclosure.form.required}")
	private DisclosureRequest.Delivery delivery = DisclosureRequest.Delivery.ONLINE;

	private DisclosureRequest.Channel channel = DisclosureRequest.Channel.POST;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate receivedOn;

	/** The captcha an anonymous applicant answers on the public form. */
	private @Nullable String captchaToken;

	private @Nullable String captchaAnswer;

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

	/** A person gives a valid 身份证号, an organisation a valid credit code. */
	void check(BindingResult errors) {
		if (applicantType == Applicant.PERSON) {
			identifier(errors, "idNumber", () -> ResidentIdNumber.of(idNumber));
		}
		else {
			identifier(errors, "creditCode", () -> CreditCode.of(creditCode));
		}
	}

	private static void identifier(BindingResult errors, String field, Runnable parse) {
		try {
			parse.run();
		}
		catch (IdentifierInvalid invalid) {
			errors.rejectValue(field, invalid.messageKey(), invalid.arguments(), invalid.getMessage());
		}
	}

	ReceiveDisclosure toCommand(DisclosureRequest.Channel how, LocalDate day, @Nullable UUID account, String actor) {
		boolean person = applicantType == Applicant.PERSON;
		return new ReceiveDisclosure(unitId, how, applicantType, applicantName.strip(),
				person ? ResidentIdNumber.of(idNumber).value() : null,
				person ? null : CreditCode.of(creditCode).value(), blank(contactPerson), phone.strip(), blank(email),
				blank(address), description.strip(), medium, delivery, account, day, actor);
	}

	private static @Nullable String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public @Nullable UUID getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable UUID unitId) {
		this.unitId = unitId;
	}

	public Applicant getApplicantType() {
		return applicantType;
	}

	public void setApplicantType(Applicant applicantType) {
		this.applicantType = applicantType;
	}

	public String getApplicantName() {
		return applicantName;
	}

	public void setApplicantName(String applicantName) {
		this.applicantName = applicantName;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
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

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public DisclosureRequest.Medium getMedium() {
		return medium;
	}

	public void setMedium(DisclosureRequest.Medium medium) {
		this.medium = medium;
	}

	public DisclosureRequest.Delivery getDelivery() {
		return delivery;
	}

	public void setDelivery(DisclosureRequest.Delivery delivery) {
		this.delivery = delivery;
	}

	public DisclosureRequest.Channel getChannel() {
		return channel;
	}

	public void setChannel(DisclosureRequest.Channel channel) {
		this.channel = channel;
	}

	public @Nullable LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(@Nullable LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

}
