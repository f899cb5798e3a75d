package io.github.dyadscore.cli;

import io.github.dyadscore.batch.BatchOptions;
import picocli.CommandLine.Option;

/** {@code --fsync}, of the commands that commit a folder of outputs. */
final class SyncOption {

  @Option(names = "--fsync",
      description = "flush the outputs to disk before committing them, so that they also survive "
          + "a power failure or a crash of the system (slower: the whole output is written to "
          + "disk before the command ends); without it they survive whatever stops the command")
  boolean fsync;

  /** The builder with this option applied. */
  BatchOptions.Builder apply(BatchOptions.Builder builder) {
    return builder.syncToDisk(fsync);
  }
}
