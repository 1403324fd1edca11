package org.zhengtong.permit;

/**
 * 双公示 / 网上公布 (行政许可法 art. 40): publishes a permit or penalty decision on the public 结果公示
 * list, due within 7 working days of the decision. Called by the decision step for every
 * permit case decided on the platform; the workbench form calls it for penalties and for
 * permits decided outside the platform.
 */
public interface DecisionPublications {

	/**
	 * Publishes the decision now (audited as {@code permit.publication.published}).
	 * @param actor who publishes: a holder of {@code permit.decide} over the deciding
	 * department (or the system for an automatic publication)
	 * @return the record's id (its public page is {@code /services/decisions/{id}})
	 * @throws PublicationRefused when a data item is missing or wrong, or the case's
	 * decision is published already
	 * @throws org.zhengtong.shared.IdentifierInvalid for a wrong 统一社会信用代码 or 身份证号
	 */
	long publish(PublishDecision decision, String actor);

}
