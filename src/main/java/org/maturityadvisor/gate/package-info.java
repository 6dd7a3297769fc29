/**
 * The policy gate of a pipeline: requirements (a minimum level per model) checked against an assessment, each
 * unmet one with the criteria that block it, as the rules reported them. Plain Java, like the core it reads.
 */
package org.maturityadvisor.gate;
