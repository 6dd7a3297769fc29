# syntax=docker/dockerfile:1
# Maturity Advisor: build the jar, then run it as a non-root user with rules/ and scenarios/ inside.

# --- build -----------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
# Dependencies first, so editing code or rules does not re-download them
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
COPY rules/ rules/
COPY scenarios/ scenarios/
COPY docs/ docs/
# Tests run in CI (.ci/run); the image build only packages, then unpacks the jar for class-data sharing
RUN ./mvnw -B -ntp -q -DskipTests package \
 && java -Djarmode=tools -jar target/maturity-advisor.jar extract --destination /app

# --- run -------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre
RUN groupadd --system advisor && useradd --system --gid advisor --home-dir /app --shell /usr/sbin/nologin advisor
WORKDIR /app
COPY --from=build /app/ /app/
COPY rules/ /app/rules/
COPY scenarios/ /app/scenarios/
# Class-data-sharing archive from a training start (stops after the context, rules included, is up): the cold start
# to the first answered assessment went from about 5.3 s to about 2.9 s on 2 cores (docs/BENCHMARKS.md)
# The archive is only used when the classpath matches the training run's, so both use "-jar maturity-advisor.jar" in /app
# The training start gets a throwaway database, so the image ships no data.
RUN java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar maturity-advisor.jar \
        --maturity.data-dir=/tmp/cds-training \
 && rm -rf /tmp/cds-training \
 && chown -R root:advisor /app && chmod -R g+rX,o-rwx /app \
 && mkdir /app/data && chown advisor:advisor /app/data && chmod 700 /app/data
USER advisor
# The embedded H2 database lives in the volume; set SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD for PostgreSQL instead
# The service listens on 127.0.0.1 by default; in a container it must listen on every interface to be reachable.
# The first start writes the generated admin password to /app/data/initial-admin-password (or set
# MATURITY_ADMIN_PASSWORD).
ENV MATURITY_RULES_DIR=/app/rules MATURITY_DATA_DIR=/app/data MATURITY_SCENARIOS_DIR=/app/scenarios SERVER_ADDRESS=0.0.0.0
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-jar", "maturity-advisor.jar"]
# The same image is the CLI: docker run --rm maturity-advisor test-scenarios   (or: assess FILE, models, practices)
