package org.zhengtong.permit;

/** A field of an item's application form. */
public enum FieldType {

	/** Free text up to a length. */
	TEXT,
	/** A whole number up to a value. */
	NUMBER,
	/** A date (yyyy-MM-dd). */
	DATE,
	/** One of the listed choices. */
	CHOICE,
	/** Rows of the listed columns (e.g. 股东信息, 从业人员). */
	TABLE

}
