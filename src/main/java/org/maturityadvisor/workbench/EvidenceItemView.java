package org.maturityadvisor.workbench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import org.maturityadvisor.catalog.EvidenceItem;

/**
 * One piece of evidence as a page shows it: the link only when it is an http or https address (anything else is shown
 * as text, never as a link), the note, who recorded it and when, who confirmed it. Thymeleaf escapes every part.
 *
 * @param href       the link to open, or null when there is none or it is not http/https
 * @param linkText   the link as written (shown as text when {@code href} is null)
 * @param recorded   "recorded by ana on 2026-11-02", or null when nobody is named
 * @param confirmed  "confirmed by ben on 2026-11-03", or null when not confirmed
 */
public record EvidenceItemView(String href, String linkText, String note, String recordedBy, String recorded,
                               String confirmed) {

    static EvidenceItemView of(EvidenceItem item) {
        String link = item.link();
        return new EvidenceItemView(safe(link) ? link : null, link, item.note(), item.recordedBy(),
                said("recorded", item.recordedBy(), item.recordedAt()),
                item.confirmed() ? said("confirmed", item.confirmedBy(), item.confirmedAt()) : null);
    }

    /** An absolute http or https address with a host, and no space or control character in it. */
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^/?#@\\s\\p{Cntrl}]+[^\\s\\p{Cntrl}]*");

    /** Whether a link may be offered as one (anything else, {@code javascript:} above all, stays text). */
    static boolean safe(String link) {
        return link != null && WEB.matcher(link).matches();
    }

    private static String said(String what, String by, Instant at) {
        if (by == null && at == null) {
            return null;
        }
        return what + (by == null ? "" : " by " + by) + (at == null ? "" : " on " + at.atZone(ZoneOffset.UTC)
                .toLocalDate());
    }

    public boolean unconfirmed() {
        return confirmed == null;
    }
}
