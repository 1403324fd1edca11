package org.zhengtong.organization;

/** What kind of body a unit is. */
public enum UnitKind {

	PARTY, GOVERNMENT, CONGRESS, CPPCC, COURT, PROCURATORATE, DEPARTMENT, DISTRICT, TOWNSHIP

}
