package org.maturityadvisor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.scan.ScanLimits;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ScanSettingsTest {

    @Test
    void unsetTheDefaultsAreTheScannersDefaults() {
        ScanSettings settings = bind(Map.of());

        assertThat(settings).isEqualTo(ScanSettings.defaults());
        assertThat(settings.limits()).isEqualTo(ScanLimits.DEFAULTS);
        assertThat(settings.maxArchiveBytes()).isEqualTo(50L * 1024 * 1024);
    }

    @Test
    void eachSettingBindsByItsDocumentedName() {
        ScanSettings settings = bind(Map.of("maturity.scan.max-file-bytes", "2048", "maturity.scan.max-entries", "10",
                "maturity.scan.max-total-bytes", "4096", "maturity.scan.max-depth", "3", "maturity.scan.max-ratio",
                "50", "maturity.scan.max-archive-bytes", "1000"));

        assertThat(settings.limits()).isEqualTo(new ScanLimits(2048, 10, 4096, 3, 50));
        assertThat(settings.maxArchiveBytes()).isEqualTo(1000);
    }

    @Test
    void aLimitBelowOneStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("maturity.scan.max-ratio", "0")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessage("maturity.scan.max-ratio must be 1 or more, got 0");
    }

    private static ScanSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("maturity.scan",
                ScanSettings.class);
    }
}
