package org.maturityadvisor.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what an archive inflates to while it is read, and stops the read at a limit: the whole archive beyond
 * {@code maxTotalBytes}, or a stream inflating more than {@code maxRatio} times what it consumed once past
 * {@link #RATIO_FLOOR} (a small file of one repeated character is normal; a gigabyte of them is a bomb). A bomb is never
 * inflated past the limit: reading stops there with a refusal naming the setting.
 */
final class Inflation {

    /** Below this many bytes inflated, an entry's ratio is not judged. */
    static final long RATIO_FLOOR = 1024 * 1024;

    private final ScanLimits limits;
    private long total;
    private String entry = "";

    Inflation(ScanLimits limits) {
        this.limits = limits;
    }

    /** The entry being read, to name in a refusal. */
    void at(String entry) {
        this.entry = entry;
    }

    /** Whether the archive declares more than the total limit: refused before anything is inflated. */
    void declared(long bytes) throws Breached {
        if (bytes > limits.maxTotalBytes()) {
            throw new Breached(totalRefusal());
        }
    }

    /** An entry's declared size against its compressed size. */
    void declaredRatio(long inflated, long compressed) throws Breached {
        ratio(inflated, compressed);
    }

    /** A stream of inflated bytes, counted into the archive's total and judged against {@code consumed}. */
    InputStream guard(InputStream inflated, Consumed consumed) {
        return new Guarded(inflated, consumed);
    }

    private void ratio(long inflated, long compressed) throws Breached {
        if (inflated > RATIO_FLOOR && inflated > (double) limits.maxRatio() * Math.max(1, compressed)) {
            throw new Breached(new ScanRefusedException("the archive entry \"" + entry + "\" inflates more than "
                    + limits.maxRatio() + " times its compressed size (maturity.scan.max-ratio); nothing was scanned",
                    entry));
        }
    }

    private ScanRefusedException totalRefusal() {
        return new ScanRefusedException("the archive inflates beyond " + Bytes.words(limits.maxTotalBytes())
                + " (maturity.scan.max-total-bytes); nothing was scanned", entry.isEmpty() ? null : entry);
    }

    /** How many compressed bytes a stream has consumed so far. */
    @FunctionalInterface
    interface Consumed {
        long bytes();
    }

    /** A limit reached in the middle of a read: carries the refusal through code that only knows IOException. */
    static final class Breached extends IOException {
        private final ScanRefusedException refusal;

        Breached(ScanRefusedException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }

        ScanRefusedException refusal() {
            return refusal;
        }
    }

    private final class Guarded extends FilterInputStream {
        private final Consumed consumed;
        private long inflated;

        Guarded(InputStream in, Consumed consumed) {
            super(in);
            this.consumed = consumed;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        /** Skipping inflates too: it is read and counted, never handed to the inner stream uncounted. */
        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        private void count(int n) throws Breached {
            inflated += n;
            total += n;
            if (total > limits.maxTotalBytes()) {
                throw new Breached(totalRefusal());
            }
            ratio(inflated, consumed.bytes());
        }
    }
}
