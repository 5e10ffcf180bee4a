# Momentum Lab: production image.
# Build stage: the toolchain CI uses (JDK 25, Node 24) and the same production build command as .ci/run. The
# committed frontend bundle (src/main/bundles/prod.bundle) means no npm download.
FROM eclipse-temurin:25-jdk AS jdk
FROM node:24-bookworm-slim AS build
COPY --from=jdk /opt/java/openjdk /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk PATH=/opt/java/openjdk/bin:$PATH
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction || true
COPY frontend frontend
COPY tsconfig.json vite.config.ts ./
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests package \
 && cp target/momentum-lab-*.jar /build/app.jar

# Run stage: a JRE 25 only, as a non-root user.
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app lab
WORKDIR /app
COPY --from=build /build/app.jar app.jar
USER lab
# 8080: the application, /livez and /readyz. 8081: the management port (/actuator/metrics): never publish it.
EXPOSE 8080 8081
# Container-aware heap: a share of the container's memory limit, not of the host's. G1 explicitly: below 2 GB
# the JVM would pick the serial collector, whose full pauses learners would feel as lag. String deduplication:
# open tabs hold many equal texts (the same runs' JSON, the same messages); G1 keeps one copy of each
# (docs/PERFORMANCE.md, "Memory per open tab").
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseG1GC -XX:+UseStringDeduplication -XX:+ExitOnOutOfMemoryError"
# /readyz creates no session; it turns to 503 as soon as a graceful shutdown starts.
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD curl -fsS http://localhost:8080/readyz || exit 1
# Exec form: java is PID 1 and gets SIGTERM itself, so the graceful shutdown runs.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
