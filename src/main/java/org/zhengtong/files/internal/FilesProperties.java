package org.zhengtong.files.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where the file store keeps its content ({@code ab/cd/<sha256>}) and
 * its temporary files ({@code tmp/}); on the same file system so a finished upload is
 * moved atomically
 * @param unusedGracePeriod how long content nothing uses is kept (an upload waiting to be
 * attached)
 */
@ConfigurationProperties("zhengtong.files")
record FilesProperties(@DefaultValue("./data/files") Path directory, @DefaultValue("P1D") Duration unusedGracePeriod) {
}
