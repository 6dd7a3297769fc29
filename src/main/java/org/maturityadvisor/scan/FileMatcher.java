package org.maturityadvisor.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maturityadvisor.catalog.Sighting;

/**
 * The detectors one kind of file concerns, run over a file's text: first one pass over its bytes for the texts each
 * pattern requires (a literal, or what {@link RequiredText} reads from an expression), then only the patterns whose
 * texts are there. Same sightings as running every pattern; most files run none.
 */
final class FileMatcher {

    private final List<Detector> detectors;
    private final RequiredText.Need[] required; // per detector: what it needs; null when nothing is known
    private final TextSearch search;
    private final Map<String, Integer> index;

    FileMatcher(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
        this.required = new RequiredText.Need[detectors.size()];
        Map<String, Integer> texts = new LinkedHashMap<>();
        for (int d = 0; d < detectors.size(); d++) {
            ContentPattern pattern = detectors.get(d).pattern();
            RequiredText.Need need = switch (pattern.kind()) {
                case FILE -> null;
                case LITERAL -> new RequiredText.Texts(Set.of(pattern.text()));
                case REGEX -> RequiredText.of(pattern.text()).orElse(null);
            };
            if (need != null) {
                collect(need, texts);
                required[d] = need;
            }
        }
        this.index = texts;
        this.search = texts.isEmpty() ? null : new TextSearch(new ArrayList<>(texts.keySet()));
    }

    /** Every text a need mentions, numbered for the search. */
    private static void collect(RequiredText.Need need, Map<String, Integer> texts) {
        if (need instanceof RequiredText.Texts t) {
            t.texts().forEach(text -> texts.computeIfAbsent(text, k -> texts.size()));
        } else if (need instanceof RequiredText.All all) {
            all.needs().forEach(n -> collect(n, texts));
        } else if (need instanceof RequiredText.Any any) {
            any.needs().forEach(n -> collect(n, texts));
        }
    }

    /** Each detector's first match in the file, in table order. */
    List<Sighting> sightings(String path, byte[] bytes) {
        BitSet found = search == null ? null : search.in(bytes, bytes.length);
        String text = null;
        List<Sighting> sightings = new ArrayList<>(2);
        for (int d = 0; d < detectors.size(); d++) {
            Detector detector = detectors.get(d);
            if (required[d] != null && !required[d].met(t -> found.get(index.get(t)))) {
                continue;
            }
            if (detector.pattern().kind() == PatternKind.FILE) {
                sightings.add(new Sighting(detector.id(), path, 0, ""));
                continue;
            }
            if (text == null) {
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            Optional<ContentPattern.Span> span = detector.pattern().find(text);
            if (span.isPresent()) {
                sightings.add(Scanner.sighting(detector, path, text, span.get()));
            }
        }
        return sightings;
    }
}
