# rapport -- build, test, play.  See README.md.
#
#   make play      install missing build dependencies, build, start the default scenario
#   make test      build and run every test (unit, end-to-end, terminal, sanitizers)
#   make install   PREFIX=/usr/local DESTDIR=

PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/rapport

CC      ?= cc
PKGS     = lua5.4 libcjson readline
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wformat=2
CPPFLAGS += -Iinclude -D_POSIX_C_SOURCE=200809L \
            -DRP_SHAREDIR='"$(SHAREDIR)"' $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -pthread

BUILD   ?= build

# Sources are found per folder.  The library is every layer below the front
# end (docs/architecture.md: util, lua, core, author, academy, io); the
# binary adds engine/cli/.  Headers: the library's public ones in include/,
# a layer's private ones beside its sources, found by #include "...".
LIB_LAYERS = util lua core author academy io
CORE_SRC = $(foreach d,$(LIB_LAYERS),$(sort $(wildcard engine/$(d)/*.c)))
APP_SRC  = $(sort $(wildcard engine/cli/*.c))
CORE_OBJ = $(CORE_SRC:%.c=$(BUILD)/%.o)
# The ThreadSanitizer build compiles cJSON in (see "data races" below).
TSAN_BUILD = build-tsan
ifeq ($(BUILD),$(TSAN_BUILD))
CPPFLAGS := -Itests/tsan $(CPPFLAGS)
CORE_OBJ += $(TSAN_BUILD)/tests/tsan/cjson/cJSON.o
LDLIBS := $(shell pkg-config --libs lua5.4 readline 2>/dev/null) -lm -pthread
endif
APP_OBJ  = $(APP_SRC:%.c=$(BUILD)/%.o)
BIN      = $(BUILD)/rapport
LIB      = $(BUILD)/librapport.a

UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# Every object records the headers it read (-MMD), so a header change
# rebuilds exactly what includes it (read at the end of this file, so that
# `all` stays the default goal).
DEPFLAGS = -MMD -MP

.PHONY: FORCE all deps deps-test deps-check play test test-fast bench cues-eval install clean format

all: deps-check $(BIN)

# Missing Debian packages are installed when apt-get is usable; otherwise we
# stop with the exact command to run.
deps:
	@sh tests/deps.sh build

deps-test:
	@sh tests/deps.sh test

deps-check:
	@sh tests/deps.sh check-build

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(DEPFLAGS) -c -o $@ $<

# The installed share directory is compiled into catalog.o: rebuild it when
# PREFIX changes (the stamp is rewritten only when its content differs).
$(BUILD)/sharedir.txt: FORCE
	@mkdir -p $(BUILD)
	@echo '$(SHAREDIR)' | cmp -s - $@ 2>/dev/null || echo '$(SHAREDIR)' > $@
$(BUILD)/engine/io/catalog.o: $(BUILD)/sharedir.txt
FORCE:

# The report's stylesheet is a real file, engine/cli/report.css, embedded in
# the binary as the bytes of a generated C file (od and sed, no extra tool),
# so editing it rebuilds the page's <style> (report_css.h declares it).
CSS_OBJ  = $(BUILD)/engine/cli/report_css.o
APP_OBJ += $(CSS_OBJ)

$(BUILD)/engine/cli/report_css.c: engine/cli/report.css
	@mkdir -p $(dir $@)
	@echo "  GEN     $@"
	@{ echo '/* Generated from $< by the Makefile: edit that file. */'; \
	  echo '#include "report_css.h"'; \
	  echo 'const char report_css[] = {'; \
	  od -An -v -tx1 $< | sed 's/ *\([0-9a-f][0-9a-f]\)/0x\1,/g'; \
	  echo '0x00};'; \
	  echo 'const size_t report_css_len = sizeof report_css - 1;'; } >$@.tmp
	@mv $@.tmp $@

$(CSS_OBJ): $(BUILD)/engine/cli/report_css.c
	@echo "  CC      $<"
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Iengine/cli $(DEPFLAGS) -c -o $@ $<

$(LIB): $(CORE_OBJ)
	@$(AR) rcs $@ $^

$(BIN): $(APP_OBJ) $(LIB)
	@echo "  LINK    $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(APP_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB) tests/unit/unit.h
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(DEPFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS) -lcmocka

# Recursive makes: pkg-config's flags are read when make starts, so the
# build must start after the dependencies are installed.
play: deps
	@$(MAKE) --no-print-directory $(BIN)
	@./$(BIN) play discovery-call

# Every test, on the normal build and again under AddressSanitizer and
# UndefinedBehaviorSanitizer, and the grading threads under
# ThreadSanitizer (tests/e2e/tsan_grade.sh, once); one summary line
# "N passed, N failed".
ASAN_CFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

test: deps-test
	@$(MAKE) --no-print-directory $(BIN) $(UNIT_BIN)
	@$(MAKE) --no-print-directory BUILD=build-asan CFLAGS="$(ASAN_CFLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" build-asan/rapport $(UNIT_BIN:$(BUILD)/%=build-asan/%)
	@$(MAKE) --no-print-directory tsan
	@RAPPORT_TSAN_BIN=$(CURDIR)/$(TSAN_BUILD)/rapport sh tests/run.sh $(BUILD) build-asan

# The suite on the normal build only (quicker while working); the grading
# threads' race check still runs, on the ThreadSanitizer binary.
test-fast: deps-test
	@$(MAKE) --no-print-directory $(BIN) $(UNIT_BIN)
	@$(MAKE) --no-print-directory tsan
	@RAPPORT_TSAN_BIN=$(CURDIR)/$(TSAN_BUILD)/rapport sh tests/run.sh $(BUILD)

# ---- hardening: data races ---------------------------------------------------
# build-tsan/rapport: the binary under ThreadSanitizer, for
# tests/e2e/tsan_grade.sh (rapport grade --jobs 4 on real submissions; any
# report fails it).  TSan sees only instrumented code, so this build
# compiles cJSON in from tests/tsan/cjson (see tests/tsan/README.md) instead
# of linking the system's library.
TSAN_CFLAGS = -O1 -g -fsanitize=thread -fno-omit-frame-pointer
.PHONY: tsan
tsan:
	@$(MAKE) --no-print-directory BUILD=$(TSAN_BUILD) CFLAGS="$(TSAN_CFLAGS)" \
	  LDFLAGS=-fsanitize=thread $(TSAN_BUILD)/rapport

# cJSON's own file, as its authors wrote it: not held to the engine's
# warnings.
$(TSAN_BUILD)/tests/tsan/cjson/cJSON.o: tests/tsan/cjson/cJSON.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) $(CPPFLAGS) -w -c -o $@ $<

# Benchmarks against inkjs and a bare Lua walk (not part of make test):
# writes docs/performance.md and tests/bench/results.json.
bench: deps
	@$(MAKE) --no-print-directory $(BIN)
	@sh tests/bench/run.sh

# The held-out cue check (issue 14's floor): wording-only players written
# apart from `rapport check`'s own, through the real binary, on every
# shipped scenario.  Not part of make test.
cues-eval: all
	@python3 tests/bench/cues_eval.py --bin $(BIN)

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)/scenarios
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/rapport
	install -m 644 scenarios/*.lua scenarios/curriculum.json $(DESTDIR)$(SHAREDIR)/scenarios/

format:
	clang-format -i engine/*/*.c engine/*/*.h include/*/*.h tests/unit/*.c tests/unit/*.h

clean:
	rm -rf build build-asan build-tsan

# ---- hardening: fuzzing ----------------------------------------------------
#
#   make fuzz          builds the libFuzzer targets and runs each for
#                      FUZZ_SECONDS (default 60); crashes go to
#                      build-fuzz/crashes/, new inputs to build-fuzz/corpus/
#   make fuzz-build    builds them only (clang, -fsanitize=fuzzer,address,
#                      undefined, on an instrumented build of the engine)
#
# A target is tests/fuzz/fuzz_NAME.c with its seed corpus (and the crashes
# it once found, kept as regressions) in tests/fuzz/corpus/NAME/, and an
# optional dictionary tests/fuzz/NAME.dict: adding one is adding NAME here.
# tests/e2e/fuzz.sh runs each briefly in make test.
FUZZ_TARGETS = record scenario pattern homework
FUZZ_SECONDS ?= 60
FUZZ_CC ?= clang
FUZZ_BUILD = build-fuzz
# The sandbox's budgets are lowered so that a hostile loop costs the fuzzer
# milliseconds rather than a second, and its total over a sandbox's life
# raised: fuzz_record and fuzz_pattern keep one sandbox for millions of
# inputs.  (clang's -Wformat=2 also flags the engine's vprintf-style
# helpers, which gcc accepts.)
FUZZ_CFLAGS = -O1 -g -fno-omit-frame-pointer -Wno-format-nonliteral \
              -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
              -DSBX_LOAD_BUDGET=5000000L -DSBX_CALL_BUDGET=1000000L \
              -DSBX_MEMORY_LIMIT=67108864UL -DSBX_TIME_LIMIT=2 \
              -DSBX_TOTAL_BUDGET=4000000000000000L
FUZZ_BIN = $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)
# Leak checks per input are off while fuzzing: the targets keep a Lua state
# between inputs, whose collector makes every input look like a leak and
# costs a full heap scan.  tests/e2e/fuzz.sh replays the corpus with them on.
FUZZ_OPTS = -timeout=20 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1

.PHONY: fuzz fuzz-build clean-fuzz
clean: clean-fuzz
clean-fuzz:
	rm -rf $(FUZZ_BUILD)

fuzz-build:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) \
	  CFLAGS="$(FUZZ_CFLAGS)" $(FUZZ_BIN)

# The fuzz build's objects are rebuilt when FUZZ_CFLAGS change (the budgets
# are compiled in), like catalog.o with PREFIX.
ifeq ($(BUILD),$(FUZZ_BUILD))
$(CORE_OBJ): $(FUZZ_BUILD)/cflags.txt
endif
$(FUZZ_BUILD)/cflags.txt: FORCE
	@mkdir -p $(FUZZ_BUILD)
	@echo '$(CFLAGS)' | cmp -s - $@ 2>/dev/null || echo '$(CFLAGS)' > $@

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(LIB)
	@echo "  FUZZ    $@"
	@$(CC) $(WARN) $(CFLAGS) -fsanitize=fuzzer $(CPPFLAGS) -Itests/fuzz \
	  -o $@ $< $(LIB) $(LDLIBS)

fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/crashes
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
	  dict=""; [ -f tests/fuzz/$$t.dict ] && dict=-dict=tests/fuzz/$$t.dict; \
	  echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	  RAPPORT_ROOT=$(CURDIR) $(FUZZ_BUILD)/fuzz_$$t $(FUZZ_OPTS) $$dict \
	    -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t- \
	    $(FUZZ_BUILD)/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	done

# ---- hardening: allocation failure -----------------------------------------
# test_oom fails the engine's allocations one by one: its calls to these
# functions are routed to the test's wrappers at link time.
OOM_WRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=strndup

$(BUILD)/tests/test_oom: tests/unit/test_oom.c $(LIB) tests/unit/unit.h
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Itests/unit $(LDFLAGS) $(OOM_WRAP) \
	  -o $@ $< $(LIB) $(LDLIBS) -lcmocka

-include $(wildcard $(BUILD)/engine/*/*.d $(BUILD)/tests/*.d)
