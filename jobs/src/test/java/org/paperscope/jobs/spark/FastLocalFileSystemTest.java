package org.paperscope.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statuses of {@link FastLocalFileSystem} carry the file's real permission, owner and group,
 * read in-process: Hadoop's own local statuses learn them by forking {@code ls -ld} per file.
 */
class FastLocalFileSystemTest {
  @TempDir
  Path dir;

  @Test
  void listedStatusesCarryTheFilesPermissionsWithoutHadoopsForkingStatus() throws Exception {
    Path table = Files.createDirectories(dir.resolve("t/publication=x/issue_month=2024-01"));
    Path file = Files.writeString(table.resolve("part-0.parquet"), "not really parquet");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    String owner = Files.getOwner(file).getName();

    try (FastLocalFileSystem fs = new FastLocalFileSystem()) {
      fs.initialize(java.net.URI.create("file:///"), new Configuration());
      List<LocatedFileStatus> listed = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(new org.apache.hadoop.fs.Path(dir.resolve("t").toUri()), true);
      while (files.hasNext()) {
        listed.add(files.next());
      }
      assertThat(listed).hasSize(1);
      assertThat(listed.get(0).getPermission()).isEqualTo(new FsPermission((short) 0640));
      assertThat(listed.get(0).getOwner()).isEqualTo(owner);
      assertThat(listed.get(0).getLen()).isEqualTo(Files.size(file));

      FileStatus status = fs.getRawFileSystem().getFileStatus(new org.apache.hadoop.fs.Path(file.toUri()));
      // Hadoop's RawLocalFileSystem answers with a subclass that runs `ls -ld` on first getPermission().
      assertThat(status.getClass()).isEqualTo(FileStatus.class);
      assertThat(status.getPermission()).isEqualTo(new FsPermission((short) 0640));
      assertThat(status.isFile()).isTrue();
      for (FileStatus child : fs.getRawFileSystem().listStatus(new org.apache.hadoop.fs.Path(table.toUri()))) {
        assertThat(child.getClass()).isEqualTo(FileStatus.class);
      }
    }
    try (RawLocalFileSystem hadoops = new RawLocalFileSystem()) {
      hadoops.initialize(java.net.URI.create("file:///"), new Configuration());
      // The check above can fail: Hadoop's own status is not a plain FileStatus here.
      assertThat(hadoops.getFileStatus(new org.apache.hadoop.fs.Path(file.toUri())).getClass())
          .isNotEqualTo(FileStatus.class);
    }
  }

  @Test
  void permissionsConvertBothWays() {
    for (String posix : List.of("rwxr-xr-x", "rw-r-----", "---------", "rwxrwxrwx", "r---w---x")) {
      FsPermission permission = FastLocalFileSystem.toFsPermission(PosixFilePermissions.fromString(posix));
      assertThat(PosixFilePermissions.toString(FastLocalFileSystem.toPosix(permission))).isEqualTo(posix);
    }
  }
}
