# samenboek — the two commands that matter are `make run` and `make test` (see README.md).
SHELL := /bin/bash
MVN ?= mvn -B -ntp
APP_JAR := modules/app/target/samenboek-app-uitvoerbaar.jar
CLI_JAR := modules/cli/target/samenboek-cli-uitvoerbaar.jar
BENCH_JAR := modules/bench/target/samenboek-bench-uitvoerbaar.jar
SCALE ?= default
BRONNEN := $(shell find modules -path '*/src/main/*' -type f 2>/dev/null) pom.xml $(wildcard modules/*/pom.xml)
SAMENBOEK_DATA_DIR ?= ./data
export SAMENBOEK_DATA_DIR

.PHONY: run test build bench token verifieer herbeleef cli clean help openapi

help:
	@echo "make run                              build if needed and start samenboek on http://localhost:$${SAMENBOEK_PORT:-8080}"
	@echo "  a second node on the first one's stores: set -a; . data/verbindingen.env; set +a; SAMENBOEK_PORT=8081 SAMENBOEK_DATA_DIR=./data2 make run"
	@echo "make test                             run every test (unit, integration, restart, API lint)"
	@echo "make build                            build the application and the CLI"
	@echo "make openapi                          rewrite docs/openapi.json from the code (the test fails while they differ)"
	@echo "make bench [SCALE=small]              benchmarks at HLTsamen scale → target/bench/results-<scale>.json, curve.svg (docs/performance.md)"
	@echo "make -s token ROL=<rol> [GEMEENTE=<code>]   print one bearer token for the running instance"
	@echo "make -s verifieer BESTAND=<export.ndjson> [CONTROLEPUNTEN=… SLEUTELS=…]   verify an exported grootboek offline"
	@echo "make -s herbeleef BESTAND=<export.ndjson> [TOT=<tijdstip|datum>]   replay an export up to an instant and print the state"
	@echo "make -s cli ARGS='<commando> …'       any CLI command: token, verifieer, exporteer, importeer, herbeleef (docs/auditor.md)"

## build if needed, then start on the embedded defaults (PostgreSQL, Mongo-compatible store, local token key)
run: $(APP_JAR)
	java -jar $(APP_JAR)

## every test of every module: *Test without Spring, *IT on the embedded servers
test:
	$(MVN) verify

## docs/openapi.json as the application serves it (OpenApiIT compares the two in make test)
openapi:
	$(MVN) verify -pl modules/app -am -Dtest=OpenApiIT -Dsurefire.failIfNoSpecifiedTests=false -Dsamenboek.openapi.bijwerken=true

build: $(APP_JAR) $(CLI_JAR)

$(APP_JAR) $(CLI_JAR) $(BENCH_JAR) &: $(BRONNEN)
	$(MVN) -q install -DskipTests

## benchmarks: a generated history (SCALE=small ≈ 100k events, default ≈ 1M), six workloads with same-run baselines
bench: $(BENCH_JAR)
	java -Xmx1g -XX:+UseG1GC -jar $(BENCH_JAR) --scale $(SCALE)

## one line: a token the running instance on the same SAMENBOEK_DATA_DIR accepts
token:
	@test -f $(CLI_JAR) || $(MVN) -q install -DskipTests >/dev/null 2>&1
	@java -jar $(CLI_JAR) token --rol "$(ROL)" $(if $(GEMEENTE),--gemeente "$(GEMEENTE)") --data-dir "$(SAMENBOEK_DATA_DIR)"

## offline verification of an exported grootboek; exit code 0 only when intact, else names the first bad volgnummer
verifieer:
	@test -f $(CLI_JAR) || $(MVN) -q install -DskipTests >/dev/null 2>&1
	@java -jar $(CLI_JAR) verifieer --bestand "$(BESTAND)" $(if $(CONTROLEPUNTEN),--controlepunten "$(CONTROLEPUNTEN)") $(if $(SLEUTELS),--sleutels "$(SLEUTELS)")

## replay an exported grootboek offline up to an instant (bekendOp) and print the state then
herbeleef:
	@test -f $(CLI_JAR) || $(MVN) -q install -DskipTests >/dev/null 2>&1
	@java -jar $(CLI_JAR) herbeleef --bestand "$(BESTAND)" $(if $(TOT),--tot "$(TOT)")

## the command line itself: make -s cli ARGS='exporteer --gemeente lisse --uit export'
cli:
	@test -f $(CLI_JAR) || $(MVN) -q install -DskipTests >/dev/null 2>&1
	@java -jar $(CLI_JAR) $(ARGS)

clean:
	$(MVN) -q clean
