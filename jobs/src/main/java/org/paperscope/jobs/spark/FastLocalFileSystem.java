package org.paperscope.jobs.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system, minus one fork per folder and one per file listed. Without
 * Hadoop's native library, {@code RawLocalFileSystem.setPermission} runs {@code chmod} in a child
 * process, and every {@code mkdirs} calls it: writing a table with one folder per day forked
 * thousands of processes (measured: ~55 ms per day partition, 40 s for the 771 days of the demo
 * corpus). This sets the same permissions through java.nio instead. Likewise a file status only
 * learns its permission, owner and group by running {@code ls -ld} on the file, and
 * {@code listFiles}/{@code listLocatedStatus} ask every status for them: counting the rows of a
 * written table from its footers forked once per Parquet file (40% of the thread samples of a
 * demo run). Statuses here carry those three read through java.nio (one stat call). Used for
 * {@code file:} paths via {@code spark.hadoop.fs.file.impl} ({@link SessionFactory}); HDFS and
 * object stores are untouched.
 */
public final class FastLocalFileSystem extends LocalFileSystem {
  public FastLocalFileSystem() {
    super(new NioPermissionsFileSystem());
    // No .crc beside every file: Parquet has its own page checksums, and the side files doubled
    // the file count of a warehouse.
    setWriteChecksum(false);
  }

  /** The raw local file system with permissions set in-process. */
  static final class NioPermissionsFileSystem extends RawLocalFileSystem {
    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
      try {
        Files.setPosixFilePermissions(pathToFile(path).toPath(), toPosix(permission));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system (Windows): keep Hadoop's own way.
        super.setPermission(path, permission);
      }
    }

    @Override
    public FileStatus getFileStatus(Path path) throws IOException {
      return withNioPermissions(super.getFileStatus(path));
    }

    @Override
    public FileStatus[] listStatus(Path path) throws IOException {
      FileStatus[] statuses = super.listStatus(path);
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] = withNioPermissions(statuses[i]);
      }
      return statuses;
    }

    /** {@code status} with permission, owner and group read in-process (Hadoop's own status forks {@code ls}). */
    private FileStatus withNioPermissions(FileStatus status) {
      if (status == null || status.isSymlink()) {
        return status;
      }
      PosixFileAttributes attributes;
      try {
        attributes = Files.readAttributes(pathToFile(status.getPath()).toPath(), PosixFileAttributes.class);
      } catch (IOException | UnsupportedOperationException e) {
        // Gone since it was listed, or not a POSIX file system: Hadoop's status answers as before.
        return status;
      }
      return new FileStatus(status.getLen(), status.isDirectory(), status.getReplication(), status.getBlockSize(),
          status.getModificationTime(), status.getAccessTime(), toFsPermission(attributes.permissions()),
          attributes.owner().getName(), attributes.group().getName(), status.getPath());
    }
  }

  /** The POSIX permission bits as Hadoop's permission (its parser reads {@code ls}'s notation). */
  static FsPermission toFsPermission(Set<PosixFilePermission> permissions) {
    return FsPermission.valueOf("-" + PosixFilePermissions.toString(permissions));
  }

  static Set<PosixFilePermission> toPosix(FsPermission permission) {
    Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
    add(result, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_EXECUTE);
    add(result, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_EXECUTE);
    add(result, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_EXECUTE);
    return result;
  }

  private static void add(Set<PosixFilePermission> result, FsAction action, PosixFilePermission read,
      PosixFilePermission write, PosixFilePermission execute) {
    if (action.implies(FsAction.READ)) {
      result.add(read);
    }
    if (action.implies(FsAction.WRITE)) {
      result.add(write);
    }
    if (action.implies(FsAction.EXECUTE)) {
      result.add(execute);
    }
  }
}
