package org.maturityadvisor.teams;

import java.time.OffsetDateTime;

import tools.jackson.databind.json.JsonMapper;

/** What every assessment of one import shares: its author, its time, and the mapper that writes its JSON. */
record NewRows(String author, OffsetDateTime at, JsonMapper json) {
}
