package echo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * The baseline of the HTTP throughput figures (docs/bench/throughput.sh): a bare Spring Boot JSON echo on the same
 * Tomcat, Spring MVC and Jackson, parsing the body and writing it back, with nothing of the service (no security, no
 * database, no rules). Only the web auto-configurations are imported, so the test class path's others stay off. It
 * lives outside {@code org.maturityadvisor} so that no test of the service scans it in.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
        JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class})
@RestController
public class EchoApp {

    @PostMapping(path = "/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
    JsonNode echo(@RequestBody JsonNode body) {
        return body;
    }

    public static void main(String[] args) {
        SpringApplication.run(EchoApp.class, args);
    }
}
