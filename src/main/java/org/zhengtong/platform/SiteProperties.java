package org.zhengtong.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 网站基本信息: the names and filing numbers every public page shows in its banner and footer
 * (政府网站发展指引 asks for 网站标识码, ICP 备案 and 公安机关备案 in the footer).
 *
 * @param name the government's name in Chinese, shown in the banner (秦川市人民政府)
 * @param englishName the name on the English site
 * @param organizer 主办单位, shown in the footer
 * @param identifierCode 政府网站标识码, 10 characters issued by the State Council office
 * @param icpFiling ICP 备案号
 * @param publicSecurityFiling 公安机关备案号
 * @param contactPhone the phone number for questions about the site
 * @param conacUrl where the 党政机关网站标识 in the footer leads: the site's page at the
 * 中央机构编制委员会办公室 (bszs.conac.cn, given with the mark); empty shows no mark
 * @param errorReportUrl the "我为政府网站找错" link in the footer: the national error-report
 * platform's page for this site (zfwzzc.www.gov.cn, by its 网站标识码) or a local one; empty
 * shows no link (an inspection item of 国办秘函〔2019〕19号)
 */
@ConfigurationProperties("zhengtong.site")
public record SiteProperties(@DefaultValue("秦川市人民政府") String name,
		@DefaultValue("Qinchuan Municipal People's Government") String englishName,
		@DefaultValue("秦川市人民政府办公室") String organizer, @DefaultValue("") String identifierCode,
		@DefaultValue("") String icpFiling, @DefaultValue("") String publicSecurityFiling,
		@DefaultValue("") String contactPhone, @DefaultValue("") String conacUrl,
		@DefaultValue("") String errorReportUrl) {

	/** The name for the given language: English for {@code en}, Chinese otherwise. */
	public String nameFor(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? englishName : name;
	}

	/** The number in a 公安机关备案号 such as 秦公网安备61010002000001号, used in the filing link. */
	public String publicSecurityFilingNumber() {
		return publicSecurityFiling.replaceAll("\\D", "");
	}

}
