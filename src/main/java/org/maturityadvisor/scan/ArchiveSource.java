package org.maturityadvisor.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** An archive's bytes: in memory (an upload) or in a local file (the CLI), read again for each pass. */
sealed interface ArchiveSource {

    InputStream open() throws IOException;

    SeekableByteChannel channel() throws IOException;

    /** The bytes of an upload, never written to disk. */
    record Memory(byte[] bytes) implements ArchiveSource {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public SeekableByteChannel channel() {
            return new SeekableInMemoryByteChannel(bytes);
        }
    }

    /** A local archive file, opened without following links. */
    record File(Path path) implements ArchiveSource {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public SeekableByteChannel channel() throws IOException {
            return Files.newByteChannel(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        }
    }
}
