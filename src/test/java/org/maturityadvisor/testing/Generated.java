package org.maturityadvisor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

/**
 * Property tests without a framework: many generated inputs, each its own test named by its seed, so a failure can
 * be replayed exactly ({@code new Random(seed)}). Values lean towards the hostile: formula and quote characters,
 * delimiters, line breaks, surrogates, NUL, long runs.
 */
public final class Generated {

    /** Characters that break parsers and spreadsheets more often than letters do. */
    private static final String TRICKY = "=+-@'\"\t\r\n,;\\{}[]:\u0000\u00e9\u20ac\ufeff\ud83d\ude00 ";

    private Generated() {
    }

    /** {@code runs} tests of {@code property}, each given a Random of its own seed. */
    public static Stream<DynamicTest> property(String name, int runs, java.util.function.Consumer<Random> property) {
        return IntStream.range(0, runs).mapToObj(seed -> DynamicTest.dynamicTest(name + " [seed " + seed + "]",
                () -> property.accept(new Random(seed))));
    }

    /** A string of up to {@code max} characters, mostly tricky ones, sometimes any code point. */
    public static String text(Random random, int max) {
        int length = random.nextInt(max + 1);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 5) {
                text.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
                if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                    text.append('\ude00');
                }
            } else if (pick < 8) {
                text.append((char) ('a' + random.nextInt(26)));
            } else {
                text.appendCodePoint(validCodePoint(random));
            }
        }
        return text.toString();
    }

    /** Random bytes, sometimes valid UTF-8 text with a few bytes changed. */
    public static byte[] bytes(Random random, int max) {
        if (random.nextBoolean()) {
            byte[] bytes = new byte[random.nextInt(max + 1)];
            random.nextBytes(bytes);
            return bytes;
        }
        byte[] bytes = text(random, max).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length && i < 3; i++) {
            if (random.nextInt(3) == 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        return bytes;
    }

    /** The text with a few characters deleted, repeated, or replaced by tricky ones. */
    public static String mutated(Random random, String text) {
        StringBuilder mutated = new StringBuilder(text);
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes && mutated.length() > 0; i++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, mutated.charAt(at));
                default -> mutated.setCharAt(at, TRICKY.charAt(random.nextInt(TRICKY.length() - 3)));
            }
        }
        return mutated.toString();
    }

    public static <T> List<T> listOf(Random random, int max, Function<Random, T> element) {
        List<T> list = new ArrayList<>();
        int size = random.nextInt(max + 1);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(random));
        }
        return list;
    }

    private static int validCodePoint(Random random) {
        while (true) {
            int codePoint = random.nextInt(0x10FFFF + 1);
            if (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE) {
                return codePoint;
            }
        }
    }
}
