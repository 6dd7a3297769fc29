package org.maturityadvisor.scenario;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Scenario outcomes as JUnit XML, the report CI servers show as tests: one testsuite, one testcase per scenario
 * (classname from its file, name from the scenario's name), a failure listing every expected-versus-got difference.
 */
public final class JunitXml {

    /** One scenario's outcome and how long it took. */
    public record Timed(ScenarioOutcome outcome, Duration time) {
    }

    private JunitXml() {
    }

    public static String render(String suite, List<Timed> cases) {
        try {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element testsuite = xml.createElement("testsuite");
            xml.appendChild(testsuite);
            long failures = cases.stream().filter(c -> !c.outcome().passed()).count();
            testsuite.setAttribute("name", suite);
            testsuite.setAttribute("tests", String.valueOf(cases.size()));
            testsuite.setAttribute("failures", String.valueOf(failures));
            testsuite.setAttribute("errors", "0");
            testsuite.setAttribute("skipped", "0");
            testsuite.setAttribute("time", seconds(cases.stream().map(Timed::time).reduce(Duration.ZERO,
                    Duration::plus)));
            cases.forEach(timed -> testsuite.appendChild(testcase(xml, suite, timed)));
            return write(xml);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed", e);
        }
    }

    private static Element testcase(Document xml, String suite, Timed timed) {
        ScenarioOutcome outcome = timed.outcome();
        Element testcase = xml.createElement("testcase");
        testcase.setAttribute("classname", classname(suite, outcome.file()));
        testcase.setAttribute("name", xmlText(outcome.name() == null || outcome.name().isBlank() ? outcome.file()
                : outcome.name()));
        testcase.setAttribute("file", outcome.file());
        testcase.setAttribute("time", seconds(timed.time()));
        if (!outcome.passed()) {
            Element failure = xml.createElement("failure");
            failure.setAttribute("message", xmlText(outcome.failures().get(0)));
            failure.setAttribute("type", "ScenarioFailed");
            failure.setTextContent(xmlText(String.join("\n", outcome.failures())));
            testcase.appendChild(failure);
        }
        return testcase;
    }

    /** {@code level-2.json} of suite {@code scenarios} as {@code scenarios.level-2}. */
    static String classname(String suite, String file) {
        return suite + "." + file.replaceFirst("\\.json$", "");
    }

    /** Text XML 1.0 can hold: a control character (which a scenario may quote) becomes U+FFFD. */
    private static String xmlText(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
    }

    private static String seconds(Duration time) {
        return String.format(Locale.ROOT, "%.3f", time.toNanos() / 1e9);
    }

    private static String write(Document xml) throws TransformerException {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(xml), new StreamResult(out));
        return out.toString();
    }
}
