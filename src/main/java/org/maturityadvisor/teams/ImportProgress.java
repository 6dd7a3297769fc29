package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The imports this replica is running, and the last {@value #KEPT} it finished, for {@code GET /api/imports}: how many
 * rows each has read, found bad and written so far (written rows commit together at the end, or not at all).
 */
@Component
public class ImportProgress {

    static final int KEPT = 20;

    private final Clock clock;
    private final List<Entry> running = new ArrayList<>();
    private final Deque<Entry> finished = new ArrayDeque<>();

    ImportProgress(Clock clock) {
        this.clock = clock;
    }

    /** One import: counters the import moves on, read by the status endpoint at any time. */
    public static final class Entry {
        private final String id = UUID.randomUUID().toString();
        private final String author;
        private final String format;
        private final OffsetDateTime startedAt;
        private final AtomicLong read = new AtomicLong();
        private final AtomicLong bad = new AtomicLong();
        private final AtomicLong written = new AtomicLong();
        private volatile ImportState state = ImportState.RUNNING;
        private volatile OffsetDateTime finishedAt;

        Entry(String author, String format, OffsetDateTime startedAt) {
            this.author = author;
            this.format = format;
            this.startedAt = startedAt;
        }

        public String id() {
            return id;
        }

        void read(long rows) {
            read.addAndGet(rows);
        }

        void bad() {
            bad.incrementAndGet();
        }

        void written(long rows) {
            written.addAndGet(rows);
        }

        Status status() {
            return new Status(id, author, format, state, startedAt, finishedAt, read.get(), bad.get(), written.get());
        }
    }

    /**
     * @param rowsWritten rows written so far inside the import's transaction, committed only with the last
     */
    public record Status(String id, String author, String format, ImportState state, OffsetDateTime startedAt,
                         OffsetDateTime finishedAt, long rowsRead, long badRows, long rowsWritten) {
    }

    Entry start(String author, String format) {
        Entry entry = new Entry(author, format, OffsetDateTime.now(clock));
        synchronized (this) {
            running.add(entry);
        }
        return entry;
    }

    synchronized void finish(Entry entry, ImportState state) {
        entry.state = state;
        entry.finishedAt = OffsetDateTime.now(clock);
        running.remove(entry);
        finished.addFirst(entry);
        while (finished.size() > KEPT) {
            finished.removeLast();
        }
    }

    /** Running imports first, then the finished ones, newest first. */
    public synchronized List<Status> statuses() {
        List<Status> all = new ArrayList<>();
        for (int i = running.size() - 1; i >= 0; i--) {
            all.add(running.get(i).status());
        }
        finished.forEach(entry -> all.add(entry.status()));
        return all;
    }
}
