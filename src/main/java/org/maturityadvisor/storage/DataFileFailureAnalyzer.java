package org.maturityadvisor.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an unusable database file as Spring Boot's "APPLICATION FAILED TO START": what is wrong, what to do. */
class DataFileFailureAnalyzer extends AbstractFailureAnalyzer<DataFile.Unusable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFile.Unusable cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
