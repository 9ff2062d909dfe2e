/*
 * rp_time.c -- ISO 8601 instants and durations (see rp_time.h).
 */
#include "util/rp_time.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm): exact
 * for every year, no table, no time zone. */
static long long days_from_civil(long long y, int m, int d) {
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long long z, int *y, int *m, int *d) {
  z += 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long yy = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yy + (*m <= 2));
}

time_t rp_time_from_civil(int year, int month, int day, int hour, int min,
                          int sec) {
  long long days = days_from_civil(year, month, day);
  return (time_t)(days * 86400 + hour * 3600 + min * 60 + sec);
}

static int days_in_month(int y, int m) {
  static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : dm[m - 1];
}

/* Reads exactly n digits. */
static bool digits(const char **p, int n, int *out) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (!isdigit((unsigned char)(*p)[i]))
      return false;
    v = v * 10 + ((*p)[i] - '0');
  }
  *p += n;
  *out = v;
  return true;
}

static bool parse_date(const char **p, int *y, int *mo, int *d) {
  if (!digits(p, 4, y) || **p != '-')
    return false;
  (*p)++;
  if (!digits(p, 2, mo) || **p != '-')
    return false;
  (*p)++;
  if (!digits(p, 2, d))
    return false;
  return *y >= 1 && *mo >= 1 && *mo <= 12 && *d >= 1 &&
         *d <= days_in_month(*y, *mo);
}

bool rp_time_parse_date(const char *s, time_t *out) {
  int y, mo, d;
  const char *p = s;
  if (!parse_date(&p, &y, &mo, &d) || *p != '\0')
    return false;
  *out = rp_time_from_civil(y, mo, d, 0, 0, 0);
  return true;
}

bool rp_time_parse_opt_zone(const char *s, time_t *out, int *offset_min,
                            bool *has_zone) {
  int y, mo, d, h, mi, sec = 0;
  const char *p = s;
  if (!parse_date(&p, &y, &mo, &d))
    return false;
  if (*p != 'T' && *p != 't' && *p != ' ')
    return false;
  p++;
  if (!digits(&p, 2, &h) || *p != ':')
    return false;
  p++;
  if (!digits(&p, 2, &mi))
    return false;
  if (*p == ':') {
    p++;
    if (!digits(&p, 2, &sec))
      return false;
    if (*p == '.' || *p == ',') {
      p++;
      if (!isdigit((unsigned char)*p))
        return false;
      while (isdigit((unsigned char)*p))
        p++;
    }
  }
  if (h > 23 || mi > 59 || sec > 59) /* no leap seconds in a due date */
    return false;
  int off = 0;
  *has_zone = true;
  if (*p == 'Z' || *p == 'z') {
    p++;
  } else if (*p == '+' || *p == '-') {
    int sign = *p == '-' ? -1 : 1, oh, om = 0;
    p++;
    if (!digits(&p, 2, &oh))
      return false;
    if (*p == ':') {
      p++;
      if (!digits(&p, 2, &om))
        return false;
    } else if (isdigit((unsigned char)*p) && !digits(&p, 2, &om)) {
      return false;
    }
    if (oh > 14 || om > 59)
      return false;
    off = sign * (oh * 60 + om);
  } else {
    *has_zone = false;
  }
  if (*p != '\0')
    return false;
  *out = rp_time_from_civil(y, mo, d, h, mi, sec) - (time_t)off * 60;
  if (offset_min != NULL)
    *offset_min = off;
  return true;
}

bool rp_time_parse(const char *s, time_t *out, int *offset_min) {
  bool zone;
  time_t t;
  int off;
  if (!rp_time_parse_opt_zone(s, &t, &off, &zone) || !zone)
    return false;
  *out = t;
  if (offset_min != NULL)
    *offset_min = off;
  return true;
}

void rp_time_format(time_t t, int offset_min, char out[32]) {
  long long local = (long long)t + (long long)offset_min * 60;
  long long days = local / 86400, rem = local % 86400;
  if (rem < 0) {
    rem += 86400;
    days--;
  }
  int y, m, d;
  civil_from_days(days, &y, &m, &d);
  int h = (int)(rem / 3600), mi = (int)(rem / 60 % 60), s = (int)(rem % 60);
  if (offset_min == 0) {
    snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, h, mi, s);
    return;
  }
  int a = offset_min < 0 ? -offset_min : offset_min;
  snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y, m, d, h, mi,
           s, offset_min < 0 ? '-' : '+', a / 60 % 100, a % 60);
}

int rp_time_local_offset(time_t t) {
  struct tm tm;
  if (localtime_r(&t, &tm) == NULL)
    return 0;
  time_t as_utc = rp_time_from_civil(tm.tm_year + 1900, tm.tm_mon + 1,
                                     tm.tm_mday, tm.tm_hour, tm.tm_min,
                                     tm.tm_sec > 59 ? 59 : tm.tm_sec);
  return (int)((as_utc - t) / 60);
}

void rp_time_duration(double seconds, char out[48]) {
  if (!(seconds > 0) || !isfinite(seconds))
    seconds = 0;
  if (seconds > 1e9)
    seconds = 1e9;
  long long s = (long long)floor(seconds + 0.5);
  long long h = s / 3600, m = s / 60 % 60, sec = s % 60;
  if (h > 0)
    snprintf(out, 48, "PT%lldH%lldM%lldS", h, m, sec);
  else if (m > 0)
    snprintf(out, 48, "PT%lldM%lldS", m, sec);
  else
    snprintf(out, 48, "PT%lldS", sec);
}
