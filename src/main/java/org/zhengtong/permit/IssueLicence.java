package org.zhengtong.permit;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 发证: the licence of a decided case.
 *
 * @param type the licence type
 * @param caseNumber the 办件编号 it is issued for
 * @param holderName the holder's name (1–200 characters)
 * @param holderKind a citizen (身份证号) or an enterprise (统一社会信用代码)
 * @param holderId the 身份证号 or 统一社会信用代码, checked (GB 11643 / GB 32100)
 * @param fields a value for every required field of the type's template, for an optional
 * one when it is to be printed, nothing else
 * @param departmentId the issuing department; its hosted seal signs
 * @param validFrom the first valid day, or {@code null} for the issuing day
 */
public record IssueLicence(LicenceType type, String caseNumber, String holderName, ApplicantKind holderKind,
		String holderId, Map<String, String> fields, UUID departmentId, @Nullable LocalDate validFrom) {

	public IssueLicence {
		fields = Map.copyOf(fields);
	}

}
