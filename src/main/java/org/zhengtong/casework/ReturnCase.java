package org.zhengtong.casework;

/**
 * 退回: sends a case back to an earlier state with a reason; the people who acted in that
 * state's last step get it again (the case's starter when nobody did). The actor must
 * reach an open task of the case.
 */
public record ReturnCase(long caseId, String to, String reason, String actor) {
}
