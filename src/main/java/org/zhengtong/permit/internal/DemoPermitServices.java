package org.zhengtong.permit.internal;

import org.springframework.stereotype.Component;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.pki.CertificateRequests;

/**
 * The services the demo's year of permit cases goes through ({@link DemoPermitCases}).
 */
@Component
record DemoPermitServices(ApplicationService applications, AcceptanceDesk acceptance, DecisionDesk decisions,
		SuspensionDesk suspensions, ExtensionDesk extensions, IssueDesk issues, CaseResults results,
		WarningDesk warnings, PermitCases cases, PermitItems items, Guides guides, Deadlines deadlines,
		CalendarManagement calendar, AccessScopes scopes, CertificateRequests certificates) {
}
