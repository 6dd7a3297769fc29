package org.maturityadvisor.scan;

/** A byte count in words: "512 MiB", "1.5 KiB", "300 bytes". */
final class Bytes {

    private Bytes() {
    }

    static String words(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }
}
