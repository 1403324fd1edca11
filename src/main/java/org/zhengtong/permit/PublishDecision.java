package org.zhengtong.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 公示一项决定: the data items of the national 双公示 format (信用中国 行政许可 / 行政处罚 信息, see
 * {@code docs/user-guide.md}, section 双公示) for one decision.
 *
 * @param kind 行政许可 or 行政处罚
 * @param counterpartKind 行政相对人类别
 * @param counterpartName 行政相对人名称 (a natural person's full name: masked on every public
 * output)
 * @param creditCode 统一社会信用代码 (行政相对人代码_1), required for organisations and 个体工商户, checked
 * by GB 32100
 * @param legalRepresentative 法定代表人 (organisations)
 * @param idNumber a natural person's 身份证号 (证件号码), required for them, checked by GB 11643;
 * stored sealed
 * @param documentName 行政许可决定文书名称 / 行政处罚决定书名称
 * @param documentNumber 决定文书号
 * @param category 许可类别 / 处罚类别
 * @param licenceName 许可证书名称 (permits)
 * @param licenceNumber 许可编号 (permits)
 * @param violationType 违法行为类型 (penalties)
 * @param violationFacts 违法事实 (penalties)
 * @param legalBasis 处罚依据 (penalties) or the permit's 设定依据
 * @param content 许可内容 / 处罚内容
 * @param fineAmount 罚款金额 in yuan (a 罚款 needs it)
 * @param confiscatedAmount 没收违法所得、没收非法财物的金额 in yuan
 * @param suspendedLicence 暂扣或吊销证照名称及编号
 * @param decisionDate 许可决定日期 / 处罚决定日期 (not in the future)
 * @param validFrom 有效期自
 * @param validTo 有效期至 (处罚有效期 for penalties)
 * @param publicityUntil 公示截止期 (penalties)
 * @param departmentId the deciding department (许可机关 / 处罚机关; also 数据来源单位)
 * @param caseId the permit case decided on the platform, {@code null} for a decision
 * taken outside it
 * @param caseNumber its 办件编号
 * @param remark 备注
 */
public record PublishDecision(PublicationKind kind, CounterpartKind counterpartKind, String counterpartName,
		@Nullable String creditCode, @Nullable String legalRepresentative, @Nullable String idNumber,
		String documentName, String documentNumber, String category, @Nullable String licenceName,
		@Nullable String licenceNumber, @Nullable String violationType, @Nullable String violationFacts,
		@Nullable String legalBasis, String content, @Nullable BigDecimal fineAmount,
		@Nullable BigDecimal confiscatedAmount, @Nullable String suspendedLicence, LocalDate decisionDate,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable LocalDate publicityUntil,
		UUID departmentId, @Nullable Long caseId, @Nullable String caseNumber, @Nullable String remark) {
}
