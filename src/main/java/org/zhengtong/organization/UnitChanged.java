package org.zhengtong.organization;

import java.util.UUID;

/**
 * A unit was created, renamed (now or from a later day), moved or dissolved: whatever
 * shows unit names (the public disclosure catalogue, for one) is out of date.
 */
public record UnitChanged(UUID unitId) {
}
