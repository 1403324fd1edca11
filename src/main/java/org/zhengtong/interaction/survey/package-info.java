/**
 * 网上调查 and 意见征集: surveys and consultations on a draft text with choice, scale and
 * free-text questions, open between two dates, one answer per verified person (a public
 * account, or a phone verified by an SMS code) held by the database, free text published
 * only once an editor approves it (the original kept), results with charts and tables,
 * and a consultation's 采纳情况. Everything here is internal to the interaction module.
 */
@NullMarked
package org.zhengtong.interaction.survey;

import org.jspecify.annotations.NullMarked;
