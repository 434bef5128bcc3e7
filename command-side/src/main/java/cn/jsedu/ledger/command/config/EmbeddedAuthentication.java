package cn.jsedu.ledger.command.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who may connect to the embedded default, and how (ADR 0002, 0011). zonky's initdb writes a pg_hba.conf that
 * trusts every local connection: anyone on the machine could connect as any role, the superuser included, without a
 * password. The ledger replaces it before every start, so folders created by earlier versions are closed too:
 * <ul>
 *   <li>over TCP (localhost only), the ledger's roles with their passwords, checked with SCRAM; the superuser never;</li>
 *   <li>the superuser only through the Unix-domain socket, whose directory is private to the OS account that runs
 *   the ledger (mode 0700, socket 0700). That account can read the data files anyway, so trusting it there grants
 *   nothing new, and no superuser password needs to exist or be stored.</li>
 * </ul>
 */
final class EmbeddedAuthentication {

    /** {@code postgres} is the superuser zonky's initdb creates. */
    static final String PG_HBA = """
            # Written by the ledger's command side before every start (EmbeddedAuthentication, ADR 0002); edits here
            # are replaced. The superuser: only through the Unix-domain socket, in a directory private to this server's
            # OS account. Everyone else: a ledger role with its password (SCRAM), from this machine. Anything else is
            # refused.
            local   all   postgres                  trust
            host    all   postgres   127.0.0.1/32   reject
            host    all   postgres   ::1/128        reject
            host    all   all        127.0.0.1/32   scram-sha-256
            host    all   all        ::1/128        scram-sha-256
            """;

    private EmbeddedAuthentication() {
    }

    static void writeHba(Path dataDir) {
        try {
            Path temporary = dataDir.resolve("pg_hba.conf.ledger");
            Files.writeString(temporary, PG_HBA, StandardCharsets.UTF_8);
            Files.move(temporary, dataDir.resolve("pg_hba.conf"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write pg_hba.conf in " + dataDir, e);
        }
    }

    /** The superuser's socket directory; removed when the server has stopped (left behind if it still runs). */
    record SocketDirectory(Path path) implements AutoCloseable {

        @Override
        public void close() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException stillInUse) {
                // a server still listening there (or a stray file): it is found again at the next start
            }
        }
    }

    /**
     * The superuser's socket directory for a data folder: private (0700, owned by this account), and the same at
     * every start, so that a server left running by a killed command side is found again. Under the temporary
     * directory with a short name, because a socket's path is limited to about 100 bytes and data folders can be
     * deep. A directory of that name owned by another account is refused, not used.
     */
    static SocketDirectory socketDirectory(Path dataDir) {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "ledger-pg-" + shortHash(dataDir.toString()))
                .toAbsolutePath();
        try {
            boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
                if (posix) {
                    Files.createDirectory(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(directory);
                }
            }
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException(directory + " is not a directory; remove it");
            }
            // whoever owns a file this process creates is this account (no user-name lookup, which containers lack)
            Path probe = Files.createTempFile(directory, "owner-", ".probe");
            UserPrincipal me;
            try {
                me = Files.getOwner(probe);
            } finally {
                Files.delete(probe);
            }
            if (!Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).equals(me)) {
                throw new IllegalStateException(directory + " belongs to another account; the embedded database's "
                        + "superuser socket must be private (remove it, or set java.io.tmpdir)");
            }
            if (posix) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
            return new SocketDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the socket directory " + directory, e);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
