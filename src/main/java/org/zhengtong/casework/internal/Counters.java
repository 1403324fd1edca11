package org.zhengtong.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** The counters, by scope. */
interface Counters extends CrudRepository<Counter, String> {

	@Query("select c.scope from Counter c order by c.scope")
	List<String> allScopes();

}
