/*
 * gradebook.h -- grading results in the forms an academy loads: a Moodle
 * or Canvas gradebook CSV and a JSON summary.
 *
 * Moodle (Grades > Import > CSV file): one column identifies the student
 * (the trainee name, to map to "username"), one column holds the grade
 * (a number; "-" for no grade, since any other non-numeric value aborts the
 * import) and one the feedback for it.  Canvas (Grades > Import): the
 * columns "Student, ID, SIS User ID, SIS Login ID, Section", a "Points
 * Possible" row, then one column per assignment (blank for no grade).
 * Fields are quoted per RFC 4180; lines end in CRLF; UTF-8 without BOM.
 *
 * No I/O: everything is written into an rp_buf (check rp_buf_failed()).
 */
#ifndef GRADEBOOK_H
#define GRADEBOOK_H

#include <cjson/cJSON.h>

#include "academy/grade.h"
#include "util/rp_buf.h"

void gradebook_csv_moodle(rp_buf *b, const homework_assignment *a,
                          const grade_trainee *t, int n);
void gradebook_csv_canvas(rp_buf *b, const homework_assignment *a,
                          const grade_trainee *t, int n);

/* Appends one CSV field, quoted when it holds a comma, quote, CR or LF, or
 * starts with a character spreadsheets read as a formula (=, +, -, @, tab):
 * those get a leading apostrophe inside the quotes. */
void gradebook_csv_field(rp_buf *b, const char *s);

/* The JSON summary ("rapport.grades" v1): the assignment, every submission
 * with its class and reason, every trainee's grade and feedback, and the
 * cohort summary.  NULL when out of memory; the caller deletes it. */
cJSON *gradebook_json(const homework_assignment *a, const grade_result *v,
                      int n, const grade_trainee *t, int nt,
                      const grade_summary *s);

/* One submission's entry and one trainee's entry of that summary; NULL
 * when out of memory.  They only read their argument, so entries can be
 * made on several threads at once. */
cJSON *gradebook_submission_json(const grade_result *r);
cJSON *gradebook_trainee_json(const grade_trainee *t);

/* gradebook_json with the entries already printed, each as rp_json_print
 * writes the entry at depth 2 (where it stands in the document): the
 * lists hold raw items that refer to these texts, which must outlive the
 * tree.  NULL for either list makes its entries as gradebook_json does. */
cJSON *gradebook_json_parts(const homework_assignment *a, const grade_result *v,
                            int n, const grade_trainee *t, int nt,
                            const grade_summary *s,
                            const char *const *submissions,
                            const char *const *trainees);

/* A grade as the gradebook writes it: "82", "82.5" (one decimal at most). */
void gradebook_grade_text(double overall, char out[16]);

#endif
