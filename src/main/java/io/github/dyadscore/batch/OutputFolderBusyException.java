package io.github.dyadscore.batch;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Another run is writing its outputs into the same folder: the second run is refused rather than
 * interleaved with the first. The lock is the operating system's, so it ends with the process that
 * held it, however that process ended.
 *
 * @since 0.1.0
 */
public final class OutputFolderBusyException extends FileSystemException {

  private static final long serialVersionUID = 1L;

  OutputFolderBusyException(Path folder) {
    super(folder.toString(), null, "another dyadscore run is writing its outputs into this folder "
        + "(it holds " + OutputFiles.LOCK + "); wait until it ends, or choose another output "
        + "folder");
  }
}
