/**
 * 共用值类型: values every module may use — refusals with a message for the user, and the
 * Chinese identifiers with their check characters (居民身份证号, 统一社会信用代码). No beans, no state.
 */
@NullMarked
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package org.zhengtong.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
