package org.zhengtong.identity.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.CitizenRegistration;
import org.zhengtong.identity.EnterpriseRegistration;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.identity.RegistrationGuard;
import org.zhengtong.platform.PublicFormContributor;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.IdentifierInvalid;
import org.zhengtong.shared.Refusal;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * 用户注册 on the portal: a citizen with real name and 居民身份证号, or an enterprise with its
 * 统一社会信用代码. A wrong number is refused saying which character is wrong; nothing is created
 * until everything is right. One question per field, plain words.
 */
@Controller
class RegistrationController implements PublicFormContributor {

	static final String CHOICE = "identity/register-choice";

	static final String CITIZEN = "identity/register-citizen";

	static final String ENTERPRISE = "identity/register-enterprise";

	private final PublicAccounts accounts;

	private final RegistrationGuard guard;

	RegistrationController(PublicAccounts accounts, RegistrationGuard guard) {
		this.accounts = accounts;
		this.guard = guard;
	}

	/** A fresh question on every form shown (the one answered is spent). */
	@ModelAttribute("question")
	RegistrationGuard.Question question(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		return guard.question();
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/register")
	String choice() {
		return CHOICE;
	}

	@GetMapping("/register/citizen")
	String citizenForm(Model model) {
		model.addAttribute("form", new CitizenForm());
		return CITIZEN;
	}

	@PostMapping("/register/citizen")
	String registerCitizen(@Valid @ModelAttribute("form") CitizenForm form, BindingResult errors,
			RedirectAttributes redirect, HttpServletRequest request) {
		ResidentIdNumber number = identifier("idNumber", form.getIdNumber(), ResidentIdNumber::of, errors);
		checkPasswords(form, errors);
		if (errors.hasErrors() || number == null || !admitted(form, errors, request)) {
			return CITIZEN;
		}
		return register(errors, redirect, form,
				() -> accounts.registerCitizen(new CitizenRegistration(form.getUsername().strip(),
						form.getRealName().strip(), number, form.getMobile().strip(),
						form.getEmail().isBlank() ? null : form.getEmail().strip(), form.getPassword())),
				CITIZEN);
	}

	@GetMapping("/register/enterprise")
	String enterpriseForm(Model model) {
		model.addAttribute("form", new EnterpriseForm());
		return ENTERPRISE;
	}

	@PostMapping("/register/enterprise")
	String registerEnterprise(@Valid @ModelAttribute("form") EnterpriseForm form, BindingResult errors,
			RedirectAttributes redirect, HttpServletRequest request) {
		CreditCode code = identifier("creditCode", form.getCreditCode(), CreditCode::of, errors);
		checkPasswords(form, errors);
		if (errors.hasErrors() || code == null || !admitted(form, errors, request)) {
			return ENTERPRISE;
		}
		return register(errors, redirect, form,
				() -> accounts
					.registerEnterprise(new EnterpriseRegistration(form.getUsername().strip(), form.getName().strip(),
							code, form.getEmail().strip(), form.getMobile().strip(), form.getPassword())),
				ENTERPRISE);
	}

	/**
	 * The question answered, then the address within its hourly limit; only then is
	 * anything looked up.
	 */
	private boolean admitted(AccountForm form, BindingResult errors, HttpServletRequest request) {
		if (!guard.answered(form.getQuestionId(), form.getAnswer())) {
			errors.rejectValue("answer", "register.question.wrong", "The answer is not right");
		}
		else if (!guard.admit(request.getRemoteAddr())) {
			errors.reject("register.throttled", "Too many registrations from this address");
		}
		form.setAnswer("");
		return !errors.hasErrors();
	}

	/**
	 * A number, code, mobile or e-mail that another account holds answers exactly as a
	 * registration that went through (no oracle); the holder is told instead.
	 */
	private static final Set<String> ANSWERED_AS_DONE = Set.of("account.refused.idNumberRegistered",
			"account.refused.creditCodeRegistered", "account.refused.emailTaken", "account.refused.mobileTaken");

	private static String register(BindingResult errors, RedirectAttributes redirect, AccountForm form,
			Runnable registration, String view) {
		try {
			registration.run();
		}
		catch (AccountRefused refused) {
			if (ANSWERED_AS_DONE.contains(refused.messageKey())) {
				return done(redirect, form);
			}
			String field = switch (refused.messageKey()) {
				case "account.refused.usernameTaken", "account.refused.reservedName" -> "username";
				default -> "password";
			};
			errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.getMessage());
			form.setPassword("");
			form.setPasswordAgain("");
			return view;
		}
		catch (Refusal refused) {
			errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			return view;
		}
		return done(redirect, form);
	}

	private static String done(RedirectAttributes redirect, AccountForm form) {
		redirect.addFlashAttribute("success", "register.done");
		redirect.addFlashAttribute("successArguments", new Object[] { form.getUsername().strip() });
		return "redirect:/login?registered";
	}

	/**
	 * The checked identifier, or {@code null} with the faulty character named on the
	 * field.
	 */
	private static <T> @Nullable T identifier(String field, String text, Function<String, T> parse,
			BindingResult errors) {
		try {
			return parse.apply(text.strip().toUpperCase());
		}
		catch (IdentifierInvalid invalid) {
			errors.rejectValue(field, invalid.messageKey(), invalid.arguments(), invalid.getMessage());
			return null;
		}
	}

	private static void checkPasswords(AccountForm form, BindingResult errors) {
		if (!form.getPassword().equals(form.getPasswordAgain())) {
			errors.rejectValue("passwordAgain", "account.refused.passwordsDiffer", "The two passwords differ");
		}
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/register/citizen", "/register/enterprise");
	}

	/** What both kinds of account ask for. */
	abstract static class AccountForm {

		@NotBlank(message = "{account.form.usernameMissing}")
		@Pattern(regexp = "[A-Za-z0-9._@-]{2,64}", message = "{account.form.usernamePattern}")
		private String username = "";

		@NotBlank(message = "{register.form.mobileMissing}")
		@Pattern(regexp = "\\s*1[3-9][0-9]{9}\\s*", message = "{register.form.mobilePattern}")
		private String mobile = "";

		@Size(max = 100, message = "{register.form.emailPattern}")
		@Email(message = "{register.form.emailPattern}")
		private String email = "";

		@NotBlank(message = "{register.form.passwordMissing}")
		@Size(max = 128, message = "{register.form.passwordLength}")
		private String password = "";

		private String passwordAgain = "";

		private @Nullable UUID questionId;

		private String answer = "";

		public @Nullable UUID getQuestionId() {
			return questionId;
		}

		public void setQuestionId(@Nullable UUID questionId) {
			this.questionId = questionId;
		}

		public String getAnswer() {
			return answer;
		}

		public void setAnswer(String answer) {
			this.answer = answer;
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getMobile() {
			return mobile;
		}

		public void setMobile(String mobile) {
			this.mobile = mobile;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getPasswordAgain() {
			return passwordAgain;
		}

		public void setPasswordAgain(String passwordAgain) {
			this.passwordAgain = passwordAgain;
		}

	}

	static class CitizenForm extends AccountForm {

		@NotBlank(message = "{register.form.realNameMissing}")
		@Size(min = 2, max = 64, message = "{register.form.realNameLength}")
		private String realName = "";

		@NotBlank(message = "{register.form.idNumberMissing}")
		private String idNumber = "";

		public String getRealName() {
			return realName;
		}

		public void setRealName(String realName) {
			this.realName = realName;
		}

		public String getIdNumber() {
			return idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

	}

	static class EnterpriseForm extends AccountForm {

		@NotBlank(message = "{register.form.enterpriseNameMissing}")
		@Size(min = 2, max = 100, message = "{register.form.enterpriseNameLength}")
		private String name = "";

		@NotBlank(message = "{register.form.creditCodeMissing}")
		private String creditCode = "";

		@NotBlank(message = "{register.form.emailMissing}")
		@Override
		public String getEmail() {
			return super.getEmail();
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getCreditCode() {
			return creditCode;
		}

		public void setCreditCode(String creditCode) {
			this.creditCode = creditCode;
		}

	}

}
