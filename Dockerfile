# The platform's image: build the jar first (./mvnw -DskipTests package), then
#   docker build -t zhengtong .
# The image runs with an external PostgreSQL (see docker-compose.yml); it never starts the
# embedded one, because the prod profile refuses to.
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin zhengtong \
 && mkdir -p /app/data && chown zhengtong /app/data
WORKDIR /app
COPY target/zhengtong.jar /app/zhengtong.jar
USER zhengtong
EXPOSE 8080 8443
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-jar", "/app/zhengtong.jar"]
