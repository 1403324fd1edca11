package org.zhengtong.permit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.internal.PublicationRecords;
import org.zhengtong.permit.internal.PublicationRecords.Row;
import org.zhengtong.platform.SpreadsheetExport;
import org.zhengtong.platform.SpreadsheetExports;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.shared.PageNumbers;
import org.zhengtong.shared.PageOf;

/**
 * 结果公示 on the portal ({@code /services/decisions}, {@code /en/services/decisions}): the
 * published 双公示 records, newest decision first, filtered by kind, deciding department,
 * decision dates and words; a record's page; and the list as it shows (same filters,
 * every page, same order) in the national credit-information format, as Excel or as CSV
 * (UTF-8 with a byte-order mark so Excel reads the Chinese). A natural person is masked
 * in all of them: the queries never read the full name or the number. Anonymous pages are
 * cached like every public page; an export is refused above {@link #EXPORT_MAX} rows
 * (narrow the filters), so no visitor makes the server write an unbounded file.
 */
@Controller
class PublicationPortalController {

	static final String LIST = "permit/publication-list";

	static final String DETAIL = "permit/publication-detail";

	static final int PAGE_SIZE = 20;

	/** The most rows a public export writes. */
	static final long EXPORT_MAX = 5_000;

	private final PublicationRecords records;

	private final SpreadsheetExports exports;

	private final MessageSource messages;

	PublicationPortalController(PublicationRecords records, SpreadsheetExports exports, MessageSource messages) {
		this.records = records;
		this.exports = exports;
		this.messages = messages;
	}

	/** Words to look for: stripped, at most 50 characters; {@code null} when blank. */
	static @Nullable String words(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip().substring(0, Math.min(50, text.strip().length()));
	}

	@GetMapping({ "/services/decisions", "/en/services/decisions" })
	String list(@RequestParam(required = false) @Nullable PublicationKind kind,
			@RequestParam(required = false) @Nullable UUID department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(defaultValue = "false") boolean tooMany, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		String words = words(text);
		PageOf<Row> rows = records.page(PublicationRecords.Filter.publicList(kind, department, from, to, words), page,
				PAGE_SIZE);
		String prefix = prefix(request);
		model.addAttribute("prefix", prefix);
		model.addAttribute("rows", rows);
		model.addAttribute("pageNumbers", PageNumbers.of(rows));
		model.addAttribute("kinds", PublicationKind.values());
		model.addAttribute("departments", records.departments());
		model.addAttribute("kind", kind);
		model.addAttribute("department", department);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("q", words);
		model.addAttribute("tooMany", tooMany);
		model.addAttribute("exportMax", EXPORT_MAX);
		model.addAttribute("pageLink",
				link(prefix + "/services/decisions", kind, department, from, to, words).queryParam("page", "")
					.build()
					.encode()
					.toUriString());
		model.addAttribute("xlsx",
				link(prefix + "/services/decisions/export.xlsx", kind, department, from, to, words).build()
					.encode()
					.toUriString());
		model.addAttribute("csv",
				link(prefix + "/services/decisions/export.csv", kind, department, from, to, words).build()
					.encode()
					.toUriString());
		return LIST;
	}

	private static UriComponentsBuilder link(String path, @Nullable PublicationKind kind, @Nullable UUID department,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String words) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.queryParamIfPresent("department", Optional.ofNullable(department))
			.queryParamIfPresent("from", Optional.ofNullable(from))
			.queryParamIfPresent("to", Optional.ofNullable(to))
			.queryParamIfPresent("q", Optional.ofNullable(words));
	}

	@GetMapping({ "/services/decisions/{id}", "/en/services/decisions/{id}" })
	String detail(@PathVariable long id, HttpServletRequest request, Model model) {
		model.addAttribute("row",
				records.published(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("prefix", prefix(request));
		return DETAIL;
	}

	@GetMapping({ "/services/decisions/export.xlsx", "/en/services/decisions/export.xlsx" })
	void xlsx(@RequestParam(required = false) @Nullable PublicationKind kind,
			@RequestParam(required = false) @Nullable UUID department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(name = "q", required = false) @Nullable String text, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		PublicationRecords.Filter filter = PublicationRecords.Filter.publicList(kind, department, from, to,
				words(text));
		long count = records.count(filter);
		if (count > EXPORT_MAX) {
			tooMany(request, response, kind, department, from, to, words(text));
			return;
		}
		SpreadsheetExport<Row> export = new SpreadsheetExport<>("permit.decisions", "permit.decisions.title",
				"decisions", CreditFormat.exportColumns(kind), count, (consumer) -> records.each(filter, consumer));
		response.setContentType(SpreadsheetExports.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(exports.fileName(export)).build().toString());
		exports.write(export, locale, response.getOutputStream());
	}

	@GetMapping({ "/services/decisions/export.csv", "/en/services/decisions/export.csv" })
	void csv(@RequestParam(required = false) @Nullable PublicationKind kind,
			@RequestParam(required = false) @Nullable UUID department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(name = "q", required = false) @Nullable String text, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		PublicationRecords.Filter filter = PublicationRecords.Filter.publicList(kind, department, from, to,
				words(text));
		if (records.count(filter) > EXPORT_MAX) {
			tooMany(request, response, kind, department, from, to, words(text));
			return;
		}
		List<CreditFormat.Column> columns = CreditFormat.columns(kind);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("decisions.csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		out.write(String.join(",",
				columns.stream().map((c) -> csv(messages.getMessage(c.headingKey(), null, locale))).toList()));
		out.write("\r\n");
		records.each(filter, (row) -> {
			try {
				out.write(String.join(",",
						columns.stream()
							.map((c) -> csv(text(c.kinds().contains(row.kind()) ? c.value().apply(row) : null, locale)))
							.toList()));
				out.write("\r\n");
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		out.flush();
	}

	private void tooMany(HttpServletRequest request, HttpServletResponse response, @Nullable PublicationKind kind,
			@Nullable UUID department, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String words)
			throws IOException {
		response.sendRedirect(link(prefix(request) + "/services/decisions", kind, department, from, to, words)
			.queryParam("tooMany", true)
			.build()
			.encode()
			.toUriString());
	}

	private String text(@Nullable Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof MessageSourceResolvable resolvable) {
			return messages.getMessage(resolvable, locale);
		}
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		return value.toString();
	}

	/**
	 * A CSV field (RFC 4180), quoted when it holds a comma, quote or line break; a value
	 * starting with {@code = + - @} is prefixed with an apostrophe so a spreadsheet never
	 * runs it as a formula.
	 */
	static String csv(String value) {
		String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static String prefix(HttpServletRequest request) {
		return WebAreas.isEnglishSite(WebAreas.pathOf(request)) ? "/en" : "";
	}

}
