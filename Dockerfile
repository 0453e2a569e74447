# Build: the Maven project, tests left to CI (.ci/run).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package

# Run: a JRE only, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app energiemonitor \
    && mkdir -p /app/data && chown energiemonitor /app/data
WORKDIR /app
COPY --from=build /src/target/energiemonitor-*.jar app.jar
COPY seeds seeds
USER energiemonitor
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
