# syntax=docker/dockerfile:1
# Maturity Advisor: build the jar, then run it as a non-root user with rules/ and scenarios/ inside.

# --- build -----------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# Dependencies first, so editing code or rules does not re-download them
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
COPY rules/ rules/
COPY scenarios/ scenarios/
COPY docs/ docs/
# Tests run in CI (.ci/run); the image build only packages, then unpacks the jar (the extracted layout: plain jars,
# which the JVM's AOT cache needs, and no nested-jar loader)
RUN ./mvnw -B -ntp -q -DskipTests package \
 && java -Djarmode=tools -jar target/maturity-advisor.jar extract --destination /app

# --- run -------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
RUN groupadd --system advisor && useradd --system --gid advisor --home-dir /app --shell /usr/sbin/nologin advisor
WORKDIR /app
COPY --from=build /app/ /app/
COPY rules/ /app/rules/
COPY scenarios/ /app/scenarios/
COPY bin/train-aot-cache docs/examples/team.json /tmp/training/
# The JVM's AOT cache (JDK 25: JEP 483, 514, 515; the successor of class-data sharing) from a training start that goes
# as far as a first user: bin/train-aot-cache starts the service on a throwaway database, posts the sample team until
# it is answered, and stops it; the JVM writes the loaded and linked classes and method profiles to app.aot. The cold
# start to the first answered assessment: docs/BENCHMARKS.md, docs/bench/cold-start.sh --image (which does exactly
# this). The cache is used only by the same JVM with the same class path and GC, so training and ENTRYPOINT both run
# "-XX:+UseG1GC ... -jar maturity-advisor.jar" in /app; if it does not fit, the JVM warns and starts without it.
# The image ships no data: the training database is removed.
RUN /tmp/training/train-aot-cache app.aot maturity-advisor.jar /tmp/training/team.json 8081 \
        --maturity.data-dir=/tmp/training/data \
 && rm -rf /tmp/training \
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
ENTRYPOINT ["java", "-XX:+UseG1GC", "-XX:AOTCache=app.aot", "-jar", "maturity-advisor.jar"]
# The same image is the CLI: docker run --rm maturity-advisor test-scenarios   (or: assess FILE, models, practices)
