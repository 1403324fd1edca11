package org.zhengtong.identity;

import java.util.List;

/**
 * A module's roles: each module that brings roles declares them in a bean of this type
 * (identity the 三员, 单位管理员 and the base roles of each kind of account, content its
 * editors, pki its RA operators). Codes are unique across modules.
 */
public interface RoleContributor {

	List<Role> roles();

}
