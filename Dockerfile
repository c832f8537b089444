# Rostrum's released program in a container image, on a Temurin Java 17 runtime. It builds the
# archive in the folder mounted at /archive:
#
#   mvn package                      # makes target/rostrum-<version>.tar.gz, which this file copies
#   docker build -t rostrum .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/archive" rostrum            # rostrum build
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/archive" rostrum check
#
# Without --user it runs as the image's own user "rostrum", which must then be allowed to write in
# the mounted folder; with it, site/ belongs to you.
FROM eclipse-temurin:17-jre

# ADD unpacks a local .tar.gz: /opt/rostrum-<version>/ with bin/, lib/ and licenses/.
ADD target/rostrum-*.tar.gz /opt/

# The class-data archive goes into a folder that every user may read, made once below.
ENV ROSTRUM_CACHE=/var/cache/rostrum

RUN ln -s /opt/rostrum-*/bin/rostrum /usr/local/bin/rostrum \
    && useradd --system --create-home --uid 10001 --user-group rostrum \
    && mkdir -p "$ROSTRUM_CACHE" \
    && chown rostrum:rostrum "$ROSTRUM_CACHE"

USER rostrum

# Checking a new archive once makes the class-data archive, so that every container starts fast.
RUN rostrum init /tmp/first-run >/dev/null \
    && cd /tmp/first-run \
    && rostrum check --quiet \
    && rm -rf /tmp/first-run

WORKDIR /archive
ENTRYPOINT ["rostrum"]
CMD ["build"]
