/*
 * quiet.h - quiet hours: a span of the hall's local day in which no
 * message is delivered ("21:00-06:00": nobody's phone rings at night). A
 * message due inside the span waits for its end. The span may wrap past
 * midnight; the hall's zone is a fixed UTC offset (Indonesia keeps no
 * daylight saving time: WIB +07:00, WITA +08:00, WIT +09:00).
 */
#ifndef MPP_NOTIFY_QUIET_H
#define MPP_NOTIFY_QUIET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NOTIFY_DAY_MS 86400000LL
/* The UTC offsets the module takes, in minutes (-12:00 to +14:00). */
#define NOTIFY_OFFSET_MIN (-720)
#define NOTIFY_OFFSET_MAX 840

/* From start_min to end_min, minutes of the local day (0 to 1439), the
 * start included and the end not; start_min > end_min wraps past
 * midnight. start_min == end_min: no quiet hours. */
typedef struct notify_quiet {
    int start_min;
    int end_min;
} notify_quiet_t;

/* Reads "HH:MM-HH:MM" (the end may be "24:00") into *out; "" or "off" is
 * no quiet hours. NOTIFY_EINVAL with a message in err (may be NULL) for
 * another form, an hour or minute out of range, an empty span or one that
 * takes the whole day. */
int notify_quiet_parse(const char *text, notify_quiet_t *out, char *err, size_t errlen);
/* Whether q has a span at all and both its ends are minutes of a day. */
bool notify_quiet_valid(const notify_quiet_t *q);
/* The ms since local midnight of the instant ms, in the zone of the offset. */
int64_t notify_local_ms_of_day(int64_t ms, int utc_offset_min);
/* Whether the instant at_ms falls inside the quiet hours. */
bool notify_quiet_active(const notify_quiet_t *q, int64_t at_ms, int utc_offset_min);
/* at_ms itself when it is outside the quiet hours, else the instant they
 * end (the next local end_min:00 after at_ms). */
int64_t notify_quiet_defer(const notify_quiet_t *q, int64_t at_ms, int utc_offset_min);

#endif
