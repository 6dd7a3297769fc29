package org.maturityadvisor.storage;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Chunk;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.Page;

/**
 * Reads back every live page of an open H2 store and every live entry of its chunks' tables of contents, as H2 itself
 * would. H2 checks a page only when it reads it: a block of garbage in the middle of the file serves every read that
 * misses it, and fails the first write that reaches it; a damaged table of contents fails the compaction at shutdown
 * or the removal of a whole tree. Either makes H2 close the store, and from then on every write fails. The only
 * class that touches H2's internals (ArchitectureTest); the checks mirror {@code Page.read} and
 * {@code FileStore.rewriteChunks} of H2 2.3.
 */
final class DataPages {

    /** A table of contents element is the map id (high 26 bits) over the page position's offset, length and type. */
    private static final long POSITION_BITS = 0x3FFFFFFFFFL;
    private static final int LAYOUT_MAP = 0;
    private static final int HEADER_BYTES = 16;

    private final MVStore store;
    private final Map<Integer, LiveChunk> chunks = new HashMap<>();
    /** Per chunk, the table of contents element each page read from it must have, by page number; 0 if none read. */
    private final Map<Integer, long[]> expected = new HashMap<>();
    private long pages;

    private DataPages(MVStore store) {
        this.store = store;
    }

    /**
     * Reads back the embedded H2 database behind the connection; empty for another database, or H2 in memory or over
     * TCP.
     */
    static Optional<Result> check(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                || !session.getDatabase().isPersistent()) {
            return Optional.empty();
        }
        return Optional.of(check(session.getDatabase().getStore().getMvStore()));
    }

    /** Reads the store back; the damage found is in H2's words. */
    static Result check(MVStore store) {
        DataPages check = new DataPages(store);
        for (String chunk : chunksOf(store.getFileStore())) { // outside the try: a failure here is no damage
            LiveChunk live = LiveChunk.of(chunk);
            check.chunks.put(live.id(), live);
        }
        try {
            return check.run();
        } catch (RuntimeException e) { // MVStoreException, or what a garbled page makes a reader throw
            return new Result(check.pages, firstLine(e));
        } catch (OutOfMemoryError e) { // a garbled length: one array too large to allocate, the heap is as it was
            return new Result(check.pages, "a page decodes to a value too large to hold (" + firstLine(e) + ")");
        }
    }

    /**
     * H2's words when a read-only open failed because the file is damaged (and not, say, because another process
     * holds it). A read-only open that wants to write has found no database: H2 fell back to a version so old that it
     * is empty, and would make a new one.
     */
    static Optional<String> damageIn(Throwable failure) {
        String damage = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || cause instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT) {
                damage = firstLine(cause); // the innermost says it best
            } else if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                damage = "File corrupted: the newest version H2 can read is an empty database";
            }
        }
        return Optional.ofNullable(damage);
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    /** The pages read, and the damage found (null when none). */
    record Result(long pages, String damage) {

        boolean damaged() {
            return damage != null;
        }
    }

    private Result run() {
        String fellBack = newestVersionOpened();
        if (fellBack != null) {
            return new Result(pages, fellBack);
        }
        store.getLayoutMap(); // a copy: reads every page of H2's layout map
        MVMap<String, String> meta = store.getMetaMap();
        walk(meta);
        for (String name : store.getMapNames()) {
            MVMap<?, ?> map = store.getMap(DataUtils.parseHexInt(meta.get("name." + name)));
            if (map != null) { // H2 opens every map of its tables at start; one it has not opened it never reads
                walk(map);
            }
        }
        for (LiveChunk chunk : chunks.values()) {
            String damage = tableOfContents(chunk);
            if (damage != null) {
                return new Result(pages, damage);
            }
        }
        return new Result(pages, null);
    }

    /**
     * The file header names a chunk and its version; when that chunk is unreadable H2 opens the newest older version it
     * can read, silently dropping everything written after it.
     */
    private String newestVersionOpened() {
        Object named = store.getStoreHeader().get("version");
        long version = named == null ? 0 : Long.parseLong(named.toString(), 16);
        if (version > store.getCurrentVersion()) {
            return "File corrupted: the header names version " + version + ", but the newest version H2 can read is "
                    + store.getCurrentVersion() + "; what was written after it is lost";
        }
        return null;
    }

    private void walk(MVMap<?, ?> map) {
        Deque<Page<?, ?>> todo = new ArrayDeque<>();
        todo.push(map.getRootPage());
        while (!todo.isEmpty()) {
            Page<?, ?> page = todo.pop(); // reading it (getChildPage) made H2 check its header and decode it
            pages++;
            expect(page, map.getId());
            if (!page.isLeaf()) {
                for (int i = 0; i < page.getRawChildPageCount(); i++) {
                    todo.push(page.getChildPage(i));
                }
            }
        }
    }

    private void expect(Page<?, ?> page, int mapId) {
        long pos = page.getPos();
        LiveChunk chunk = DataUtils.isPageSaved(pos) ? chunks.get(DataUtils.getPageChunkId(pos)) : null;
        if (chunk == null || chunk.tocPos() == 0 || page.pageNo < 0 || page.pageNo >= chunk.pages()) {
            return;
        }
        expected.computeIfAbsent(chunk.id(), id -> new long[chunk.pages()])[page.pageNo] =
                ((long) mapId << 38) | (pos & POSITION_BITS);
    }

    /** H2's compaction reads a chunk's live pages where its table of contents says they are. */
    private String tableOfContents(LiveChunk chunk) {
        if (chunk.tocPos() == 0 || chunk.dead().cardinality() == chunk.pages()) {
            return null;
        }
        ByteBuffer buffer = read(chunk, chunk.tocPos(), chunk.pages() * Long.BYTES);
        long[] toc = new long[chunk.pages()];
        buffer.asLongBuffer().get(toc);
        long[] read = expected.getOrDefault(chunk.id(), new long[chunk.pages()]);
        for (int pageNo = 0; pageNo < toc.length; pageNo++) {
            if (chunk.dead().get(pageNo)) {
                continue;
            }
            if (read[pageNo] != 0 && read[pageNo] != toc[pageNo]) {
                return "File corrupted in chunk " + chunk.id() + ": its table of contents misplaces page " + pageNo;
            }
            int mapId = DataUtils.getPageMapId(toc[pageNo]);
            boolean known = mapId == LAYOUT_MAP || mapId == store.getMetaMap().getId() || store.getMap(mapId) != null;
            String damage = read[pageNo] == 0 && known ? pageHeader(chunk, pageNo, toc[pageNo]) : null;
            if (damage != null) {
                return damage;
            }
        }
        return null;
    }

    /** A live page no tree reached (the layout's own, or one H2 still counts as live): its header as Page.read checks it. */
    private String pageHeader(LiveChunk chunk, int pageNo, long element) {
        int offset = DataUtils.getPageOffset(element);
        long room = (long) chunk.blocks() * DataFile.BLOCK - offset;
        if (offset < 0 || room < HEADER_BYTES) {
            return "File corrupted in chunk " + chunk.id() + ": page " + pageNo + " of its table of contents lies outside it";
        }
        ByteBuffer header = read(chunk, offset, HEADER_BYTES);
        int length = header.getInt();
        short check = header.getShort();
        int storedPageNo = DataUtils.readVarInt(header);
        int mapId = DataUtils.readVarInt(header);
        int checkTest = DataUtils.getCheckValue(chunk.id()) ^ DataUtils.getCheckValue(offset)
                ^ DataUtils.getCheckValue(length);
        boolean fits = length >= 4 && length <= Math.min(DataUtils.getPageMaxLength(element), room);
        if (!fits || check != (short) checkTest || storedPageNo != pageNo || mapId != DataUtils.getPageMapId(element)) {
            return "File corrupted in chunk " + chunk.id() + ": page " + pageNo + " of its table of contents does not read back";
        }
        return null;
    }

    /**
     * Every chunk H2 holds, as H2 describes it ({@code chunk:f5,block:3b,len:2,...}). The layout map lists all but the
     * newest, whose entry goes into the next chunk; only H2's own table of chunks (not public) has them all.
     */
    static List<String> chunksOf(FileStore<?> file) {
        try {
            Field chunks = FileStore.class.getDeclaredField("chunks");
            chunks.setAccessible(true);
            return ((Map<?, ?>) chunks.get(file)).values().stream().map(chunk -> ((Chunk<?>) chunk).asString())
                    .toList();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("This H2 keeps its chunks elsewhere than 2.3 did: update DataPages", e);
        }
    }

    private ByteBuffer read(LiveChunk chunk, int offset, int length) {
        return read(store.getFileStore(), chunk.layout(), chunk.block() * DataFile.BLOCK + offset, length);
    }

    private static <C extends Chunk<C>> ByteBuffer read(FileStore<C> file, String chunk, long position, int length) {
        return file.readFully(file.createChunk(chunk), position, length);
    }

    /** A chunk as the layout map describes it: where it is, its pages, which of them are dead. */
    private record LiveChunk(int id, long block, int blocks, int pages, int tocPos, BitSet dead, String layout) {

        static LiveChunk of(String layout) {
            Map<String, String> fields = DataUtils.parseMap(layout);
            String occupancy = fields.get("occupancy");
            return new LiveChunk(hex(fields, "chunk"), Long.parseLong(fields.getOrDefault("block", "0"), 16),
                    hex(fields, "len"), hex(fields, "pages"), hex(fields, "toc"),
                    occupancy == null ? new BitSet() : BitSet.valueOf(HexFormat.of().parseHex(occupancy)), layout);
        }

        private static int hex(Map<String, String> fields, String name) {
            return Integer.parseUnsignedInt(fields.getOrDefault(name, "0"), 16);
        }
    }
}
