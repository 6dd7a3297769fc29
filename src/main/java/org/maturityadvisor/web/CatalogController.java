package org.maturityadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import org.maturityadvisor.report.CatalogViews;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CatalogController {

    private final ActiveRuleSet ruleSet;

    CatalogController(ActiveRuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @Operation(operationId = "listPractices")
    @GetMapping("/api/practices")
    List<CatalogViews.PracticeView> practices() {
        return CatalogViews.practices(ruleSet.get().catalog());
    }

    /** The context fields the catalog declares (inference mode, regulated domain, ...), asked beside the practices. */
    @Operation(operationId = "listContextFields")
    @GetMapping("/api/context-fields")
    List<CatalogViews.ContextFieldView> contextFields() {
        return CatalogViews.contextFields(ruleSet.get().catalog());
    }

    @Operation(operationId = "listModels")
    @GetMapping("/api/models")
    CatalogViews.ModelsView models() {
        return CatalogViews.models(ruleSet.get());
    }
}
