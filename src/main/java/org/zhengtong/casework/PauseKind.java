package org.zhengtong.casework;

/** Why a clock stands still: 中止/暂停, 补正, 征求意见 (third-party consultation), other. */
public enum PauseKind {

	SUSPENDED, CORRECTION, CONSULTATION, OTHER

}
