package nl.verwijsindex.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The local folder for the embedded database, generated keys, demo credentials and the outbox of
 * {@code .eml} files. Set by {@code VERWIJSINDEX_DATA_DIR}, {@code ./data} by default.
 */
public record DataFolder(Path path) {

    public DataFolder {
        path = path.toAbsolutePath().normalize();
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    /** Creates the folder, readable only by its owner, if it does not exist yet. */
    public DataFolder create() {
        try {
            if (!Files.isDirectory(path)) {
                Files.createDirectories(path);
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create the data folder " + path
                            + ": check that its parent exists and is writable, or set VERWIJSINDEX_DATA_DIR",
                    e);
        }
    }

    /** Writes a file readable and writable only by its owner, replacing it atomically. */
    public Path writePrivateFile(String name, String content) {
        var target = resolve(name);
        try {
            var temporary = Files.createTempFile(
                    path,
                    name,
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, content);
            Files.move(
                    temporary,
                    target,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
