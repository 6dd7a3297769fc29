package org.maturityadvisor.definition;

/** How bad a validation finding is: an error refuses the draft; a warning is shown but does not. */
public enum Severity {
    ERROR,
    WARNING
}
