build-asan2/engine/cli/report_css.o: build-asan2/engine/cli/report_css.c \
 engine/cli/report_css.h
engine/cli/report_css.h:
