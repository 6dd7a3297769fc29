package org.maturityadvisor.corpus;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.testing.Api;

/** Hostile draft uploads: multipart oddities and files that are not tables. None may become a version. */
final class UploadCases {

    private static final String BOUNDARY = "----corpus-boundary";

    private UploadCases() {
    }

    static List<Hostile> all() {
        List<Hostile> cases = new ArrayList<>();
        byte[] garbage = "not a spreadsheet, not a zip".getBytes(StandardCharsets.UTF_8);
        String[][] files = {{"evil.exe", "422"}, {"../practices.csv", "422"}, {"rules.zip", "422"},
                {"microsoft-mlops.drl.xlsx", "422"}, {"practices.csv", "422"}, {"promotion.drl", "422"},
                {"notes.xlsx", "422"}, {".hidden.drl.csv", "422"}};
        for (String[] file : files) {
            cases.add(upload(file[0] + " holding garbage", "file", file[0], garbage, "", Integer.parseInt(file[1]),
                    null));
        }
        cases.add(upload("an empty zip", "file", "rules.zip", new byte[0], "", 422, null));
        cases.add(upload("an empty practices.csv", "file", "practices.csv", new byte[0], "", 422, null));
        cases.add(upload("practices.csv with an unbalanced quote", "file", "practices.csv",
                ("id,dimension,type,choices,question,help\nx.y,People,yes-no,,\"Q,\n").getBytes(StandardCharsets.UTF_8),
                "", 422, null));
        cases.add(upload("a comment of 2001 characters", "file", "practices.csv", garbage,
                "?comment=" + "c".repeat(2001), 400, "comment"));
        cases.add(upload("the wrong part name", "upload", "practices.csv", garbage, "", 400, null));
        cases.add(new Hostile("draft upload", "not multipart", api -> api.request("/api/rulesets/drafts")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), 415,
                null));
        cases.add(new Hostile("draft upload", "multipart without a boundary", api -> api
                .request("/api/rulesets/drafts").header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("garbage")), 400, null));
        cases.add(new Hostile("draft upload", "a truncated multipart body", api -> api
                .request("/api/rulesets/drafts").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\nContent-Disposition: form-data; "
                        + "name=\"file\"; filename=\"practices.csv\"\r\n\r\nid,dim")), 400, null));
        return cases;
    }

    private static Hostile upload(String name, String part, String filename, byte[] content, String query,
                                  int status, String field) {
        return new Hostile("draft upload", name, api -> multipart(api, query, part, filename, content), status, field);
    }

    static HttpRequest.Builder multipart(Api api, String query, String part, String filename, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.request("/api/rulesets/drafts" + query)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
