package org.zhengtong.casework.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhengtong.casework.CaseType;
import org.zhengtong.casework.CaseworkRefused;

/** The case types the modules declare as beans, by code. */
@Component
public class CaseTypes {

	private final Map<String, CaseType<?>> byCode = new LinkedHashMap<>();

	public CaseTypes(List<CaseType<?>> types) {
		for (CaseType<?> type : types) {
			if (byCode.put(type.code(), type) != null) {
				throw new IllegalStateException("Two case types are declared as " + type.code());
			}
		}
	}

	public Optional<CaseType<?>> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/**
	 * @throws CaseworkRefused when no module declares the type
	 */
	public CaseType<?> get(String code) {
		return find(code).orElseThrow(() -> CaseworkRefused.unknownType(code));
	}

}
