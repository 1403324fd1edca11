/**
 * 附件: files stored once by content hash, streamed in and out without holding them in
 * memory, judged by their content rather than their names, and downloadable only by those
 * the owning module allows.
 */
@NullMarked
@ApplicationModule(displayName = "Files", allowedDependencies = { "platform", "shared" })
package org.zhengtong.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
