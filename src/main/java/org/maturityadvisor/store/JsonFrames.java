package org.maturityadvisor.store;

import java.nio.charset.StandardCharsets;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;

/**
 * JSON text as stored: a zstd frame against the dictionary of its rule-set version. Results of one rule set repeat
 * the same criterion texts, remediations and explanations, so a result compresses against another one of the same
 * rule set to 1-4 KB, where gzip alone leaves 9 KB of a 41 KB result (docs/BENCHMARKS.md, "Storage"). Decompressing
 * gives the stored text back byte for byte.
 */
final class JsonFrames {

    /** zstd's default level: 55 us for a 41 KB result on this machine; level 6 saved 15% more at twice the time. */
    static final int LEVEL = 3;

    private JsonFrames() {
    }

    /** A rule-set version's dictionary, ready to compress and decompress; {@code id} is its row. */
    record Dictionary(long id, ZstdDictCompress compressor, ZstdDictDecompress decompressor) {

        static Dictionary of(long id, byte[] content) {
            return new Dictionary(id, new ZstdDictCompress(content, LEVEL), new ZstdDictDecompress(content));
        }
    }

    /** The raw content of a dictionary made from one assessment: its input, then its result. */
    static byte[] seed(String input, String result) {
        return (input + "\n" + result).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] compress(String json, Dictionary dictionary) {
        return Zstd.compress(json.getBytes(StandardCharsets.UTF_8), dictionary.compressor());
    }

    static String decompress(byte[] frame, Dictionary dictionary) {
        return new String(Zstd.decompress(frame, dictionary.decompressor(), size(frame)), StandardCharsets.UTF_8);
    }

    /**
     * Decompresses many frames on one thread with one context: making a context for each frame (what
     * {@link #decompress} does) costs more than decompressing a stored input. Not thread-safe; close it.
     */
    static final class Reader implements AutoCloseable {

        private final ZstdDecompressCtx context = new ZstdDecompressCtx();

        String decompress(byte[] frame, Dictionary dictionary) {
            context.loadDict(dictionary.decompressor());
            return new String(context.decompress(frame, size(frame)), StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** A dictionary's own content as kept in its row: a plain zstd frame. */
    static byte[] pack(byte[] content) {
        return Zstd.compress(content, LEVEL);
    }

    static byte[] unpack(byte[] packed) {
        return Zstd.decompress(packed, size(packed));
    }

    private static int size(byte[] frame) {
        long size = Zstd.getFrameContentSize(frame);
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new IllegalStateException("a stored frame that does not give its size (" + size + ")");
        }
        return (int) size;
    }
}
