import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, type AnswerTable } from './grading.ts';

const ID = 'java-multistage';
const BUILD = [
  'FROM maven:3.9-eclipse-temurin-21 AS build',
  'WORKDIR /src',
  'COPY pom.xml .',
  'RUN mvn -B -q dependency:go-offline',
  'COPY src ./src',
  'RUN mvn -B -q package -DskipTests',
].join('\n');
const JAR = 'COPY --from=build /src/target/orders.jar /app/orders.jar';
const START = 'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/orders.jar"]';
const runtime = (from: string, ...lines: string[]) => [BUILD, '', `FROM ${from}`, ...lines].join('\n');
const temurin = (...lines: string[]) => runtime('eclipse-temurin:21-jre', ...lines);

const ANSWERS: AnswerTable = {
  accepted: [
    ['distroless nonroot with JAVA_TOOL_OPTIONS and the image\'s own java -jar', runtime('gcr.io/distroless/java21-debian13:nonroot', JAR, 'ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"', 'CMD ["/app/orders.jar"]')],
    ['Gradle, a numeric USER and JDK_JAVA_OPTIONS', [
      'FROM gradle:8.14-jdk21 AS build', 'WORKDIR /home/gradle/src', 'COPY . .', 'RUN gradle bootJar --no-daemon', '',
      'FROM eclipse-temurin:21-jre-noble', 'COPY --from=build /home/gradle/src/build/libs/orders.jar /app/orders.jar',
      'ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"', 'USER 10001:10001', 'ENTRYPOINT ["java", "-jar", "/app/orders.jar"]',
    ].join('\n')],
    ['a JDK build stage with the Maven wrapper, alpine JRE and adduser', [
      'FROM eclipse-temurin:21-jdk-alpine AS build', 'WORKDIR /src', 'COPY . .', 'RUN ./mvnw -B package -DskipTests', '',
      'FROM eclipse-temurin:21-jre-alpine', 'RUN addgroup -S app && adduser -S -G app app', JAR, 'USER app',
      'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=80.0", "-jar", "/app/orders.jar"]',
    ].join('\n')],
    ['tini in front of java and the nobody user', temurin('RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*', JAR, 'USER nobody', 'ENTRYPOINT ["/usr/bin/tini", "--", "java", "-XX:MaxRAMPercentage=75", "-jar", "/app/orders.jar"]')],
    ['exec-form CMD running java, useradd by name', temurin('RUN useradd -r -u 10001 orders', JAR, 'USER orders', 'CMD ["java", "-XX:MaxRAMPercentage=60", "-jar", "/app/orders.jar"]')],
    ['an ENTRYPOINT on distroless with the flag on the command line', runtime('gcr.io/distroless/java21-debian13', JAR, 'USER nonroot', 'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/orders.jar"]')],
  ],
  rejected: [
    ['a single stage, fixed up in place', ['FROM maven:3.9-eclipse-temurin-21', 'WORKDIR /app', 'COPY . .', 'RUN mvn -B -q package -DskipTests', 'USER 10001', 'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "target/orders.jar"]'].join('\n'), ['build-stage', 'runtime-image']],
    ['the final stage on a JDK tag', runtime('eclipse-temurin:21-jdk', JAR, 'USER 10001', START), ['runtime-image']],
    ['the final stage FROM the build stage', [BUILD, '', 'FROM build', 'USER 10001', START].join('\n'), ['build-stage', 'runtime-image']],
    ['still root', temurin(JAR, START), ['non-root']],
    ['a user that was never created', temurin(JAR, 'USER appuser', START), ['non-root']],
    ['the fixed -Xmx kept', temurin(JAR, 'USER 10001', 'ENTRYPOINT ["java", "-Xmx2g", "-jar", "/app/orders.jar"]'), ['heap-percentage']],
    ['the flag in JAVA_OPTS, which java never reads', temurin(JAR, 'USER 10001', 'ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"', 'ENTRYPOINT ["java", "-jar", "/app/orders.jar"]'), ['heap-percentage']],
    ['MaxRAMPercentage=100', temurin(JAR, 'USER 10001', 'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=100", "-jar", "/app/orders.jar"]'), ['heap-percentage']],
    ['container support turned off', temurin(JAR, 'USER 10001', 'ENTRYPOINT ["java", "-XX:-UseContainerSupport", "-XX:MaxRAMPercentage=75", "-jar", "/app/orders.jar"]'), ['heap-percentage']],
    ['shell-form ENTRYPOINT', temurin(JAR, 'USER 10001', 'ENTRYPOINT java -XX:MaxRAMPercentage=75 -jar /app/orders.jar'), ['exec-start']],
    ['sh -c in a JSON array', temurin(JAR, 'USER 10001', 'ENTRYPOINT ["sh", "-c", "java -XX:MaxRAMPercentage=75 -jar /app/orders.jar"]'), ['heap-percentage', 'exec-start']],
    ['distroless with the flag as the first CMD word', runtime('gcr.io/distroless/java21-debian13:nonroot', JAR, 'CMD ["-XX:MaxRAMPercentage=75", "/app/orders.jar"]'), ['heap-percentage', 'exec-start']],
    ['the jar copied from the build context, not from a stage', [BUILD, '', 'FROM eclipse-temurin:21-jre', 'COPY target/orders.jar /app/orders.jar', 'USER 10001', START].join('\n'), ['build-stage']],
  ],
};

describe('java-multistage', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    const result = expectRejected(ID, definition(ID).starter, ['build-stage', 'runtime-image', 'non-root', 'heap-percentage', 'exec-start']);
    expect(result.requirements.find((r) => r.id === 'heap-percentage')?.message).toContain('-Xmx2g');
  });

  describe('answers', () => answerTable(ID, ANSWERS));
});
