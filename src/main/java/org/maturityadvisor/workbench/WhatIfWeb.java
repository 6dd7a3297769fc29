package org.maturityadvisor.workbench;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every result page opens its what-if panel from the page URL, whichever controller shows the page. */
@Configuration
class WhatIfWeb implements WebMvcConfigurer {

    private final WhatIfOnResultPages whatIf;

    WhatIfWeb(WhatIfOnResultPages whatIf) {
        this.whatIf = whatIf;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(whatIf).addPathPatterns("/result", "/teams/*/assessments/*");
    }
}
