package org.maturityadvisor.coverage;

/**
 * A row a draft changes (or adds) that no scenario exercises: worth a scenario before publishing. Never blocks
 * publishing.
 *
 * @param message "microsoft-mlops.drl.xlsx row 46 (ms-ab-testing) changed and no scenario exercises it as met or
 *                blocking"
 */
public record CoverageWarning(String file, int row, String item, String model, String message) {

    static CoverageWarning of(CoverageItem item) {
        String none = switch (item.kind()) {
            case TARGET_ROW -> "no scenario's target is decided by it";
            case STATEMENT -> item.blocks() ? "no scenario exercises it as met or blocking"
                    : "no scenario meets it (an extra section's statement never blocks)";
            default -> "no scenario exercises it as met or blocking";
        };
        return new CoverageWarning(item.file(), item.row(), item.id(), item.model(),
                item.file() + " row " + item.row() + " (" + item.id() + ") changed and " + none);
    }
}
