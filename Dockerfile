# sitegen in a container, from the release archive (scripts/release):
#   scripts/release                                   # → dist/sitegen-VERSION-linux-x86_64.tar.gz
#   docker build --build-arg ARCHIVE=dist/sitegen-VERSION-linux-x86_64.tar.gz -t sitegen .
#   docker run --rm -v "$PWD:/site" sitegen build     # content/ in the current folder → output/
#   docker run --rm -v "$PWD:/site" -p 127.0.0.1:8000:8000 sitegen serve --host 0.0.0.0
# README 「コンテナで使う(Docker)」 has the Windows commands and what each option means.

# Stage 1: unpack the archive (its checksum file beside it must match).
FROM debian:bookworm-slim AS unpack
ARG ARCHIVE
COPY ${ARCHIVE} ${ARCHIVE}.sha256 /tmp/dist/
RUN cd /tmp/dist && sha256sum -c "$(basename "${ARCHIVE}").sha256" \
 && mkdir /opt/sitegen && tar -xzf "$(basename "${ARCHIVE}")" -C /opt/sitegen --strip-components=1

# Stage 2: Debian with only the shared libraries the archive's README lists; no Swift.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 libxml2 libmecab2 libstdc++6 \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 10001 sitegen && useradd --uid 10001 --gid sitegen --no-create-home --shell /usr/sbin/nologin sitegen
COPY --from=unpack /opt/sitegen /opt/sitegen
RUN ln -s /opt/sitegen/bin/sitegen /usr/local/bin/sitegen
# Runs as a user without rights: it can write only where /site (the mounted folder) lets it.
USER sitegen
WORKDIR /site
ENV LANG=C.UTF-8
EXPOSE 8000
ENTRYPOINT ["sitegen"]
CMD ["--help"]
