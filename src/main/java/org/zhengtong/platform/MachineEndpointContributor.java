package org.zhengtong.platform;

import java.util.List;

/**
 * Endpoints for programs rather than people (an OCSP responder): open to anonymous POSTs
 * without a CSRF token and without a session, in the stateless machine chain.
 */
public interface MachineEndpointContributor {

	/** Exact paths. */
	List<String> machineEndpoints();

}
