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
LDLIBS  += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm

BUILD   ?= build
CORE_SRC = engine/rp_error.c engine/rp_arena.c engine/rp_strmap.c engine/rp_rng.c \
           engine/rp_sha256.c engine/sbx.c engine/scn.c engine/scn_lines.c \
           engine/scn_compile.c engine/scn_eval.c engine/sess.c engine/score.c \
           engine/rec.c engine/scn_file.c engine/catalog.c engine/debrief.c \
           engine/term.c engine/rp_fs.c engine/rp_buf.c \
           engine/explore.c engine/check.c engine/check_paths.c engine/check_random.c engine/tst.c engine/cur.c engine/hist.c engine/prog.c
APP_SRC  = engine/repl.c engine/cli.c engine/cli_play.c engine/cli_check.c engine/cli_modules.c engine/cli_progress.c engine/cli_report.c engine/cli_test.c engine/cli_graph.c \
           engine/cli_new.c engine/main.c
CORE_OBJ = $(CORE_SRC:%.c=$(BUILD)/%.o)
APP_OBJ  = $(APP_SRC:%.c=$(BUILD)/%.o)
BIN      = $(BUILD)/rapport
LIB      = $(BUILD)/librapport.a

UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

ALL_SRC = $(CORE_SRC) $(APP_SRC)

# Hardening (see the block at the end): the sandbox's step-counted pattern
# matcher.  Appended here because $(LIB)'s prerequisites are expanded when
# its rule is read.
CORE_SRC += engine/sbx_match.c

.PHONY: FORCE all deps deps-test deps-check play test test-fast bench install clean format

all: deps-check $(BIN)

# Missing Debian packages are installed when apt-get is usable; otherwise we
# stop with the exact command to run.
deps:
	@sh tests/deps.sh build

deps-test:
	@sh tests/deps.sh test

deps-check:
	@sh tests/deps.sh check-build

$(BUILD)/%.o: %.c $(wildcard include/*.h engine/*.h)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -c -o $@ $<

# The installed share directory is compiled into catalog.o: rebuild it when
# PREFIX changes (the stamp is rewritten only when its content differs).
$(BUILD)/sharedir.txt: FORCE
	@mkdir -p $(BUILD)
	@echo '$(SHAREDIR)' | cmp -s - $@ 2>/dev/null || echo '$(SHAREDIR)' > $@
$(BUILD)/engine/catalog.o: $(BUILD)/sharedir.txt
FORCE:

$(LIB): $(CORE_OBJ)
	@$(AR) rcs $@ $^

$(BIN): $(APP_OBJ) $(LIB)
	@echo "  LINK    $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(APP_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB) tests/unit/unit.h
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	@$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS) -lcmocka

# Recursive makes: pkg-config's flags are read when make starts, so the
# build must start after the dependencies are installed.
play: deps
	@$(MAKE) --no-print-directory $(BIN)
	@./$(BIN) play discovery-call

# Every test, on the normal build and again under AddressSanitizer and
# UndefinedBehaviorSanitizer; one summary line "N passed, N failed".
ASAN_CFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

test: deps-test
	@$(MAKE) --no-print-directory $(BIN) $(UNIT_BIN)
	@$(MAKE) --no-print-directory BUILD=build-asan CFLAGS="$(ASAN_CFLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" build-asan/rapport $(UNIT_BIN:$(BUILD)/%=build-asan/%)
	@sh tests/run.sh $(BUILD) build-asan

# The suite on the normal build only (quicker while working).
test-fast: deps-test
	@$(MAKE) --no-print-directory $(BIN) $(UNIT_BIN)
	@sh tests/run.sh $(BUILD)

# Benchmarks against inkjs and a bare Lua walk (not part of make test):
# writes docs/performance.md and tests/bench/results.json.
bench: deps
	@$(MAKE) --no-print-directory $(BIN)
	@sh tests/bench/run.sh

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)/scenarios
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/rapport
	install -m 644 scenarios/*.lua scenarios/curriculum.json $(DESTDIR)$(SHAREDIR)/scenarios/

format:
	clang-format -i engine/*.c engine/*.h include/*.h tests/unit/*.c tests/unit/*.h

clean:
	rm -rf build build-asan
