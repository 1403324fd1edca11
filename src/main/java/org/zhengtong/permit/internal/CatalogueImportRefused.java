package org.zhengtong.permit.internal;

import org.zhengtong.shared.Refusal;

/** An import of items the rules refuse before anything is kept. */
public class CatalogueImportRefused extends Refusal {

	private CatalogueImportRefused(String key, String message) {
		super(key, message);
	}

	/** The post in use manages no department's items (事项管理员). */
	public static CatalogueImportRefused notItemManager() {
		return new CatalogueImportRefused("permit.import.refused.notItemManager",
				"Only a department's item manager imports items");
	}

}
