/*
 * hall_export.c - the hall's side of the export to NATS JetStream (hall.h,
 * docs/export.md): starts the publisher of core/export after the cursor
 * the store holds, lets it read the durable event log (hall_events_after),
 * tells it when events become durable, and writes its acknowledged cursor
 * back into the store once a second. The log itself is never trimmed, so
 * however long the broker stays away, the backlog is there to send.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"
#include "hall_int.h"
#include "log.h"

struct hall_export {
    export_t *x;
    uint64_t stored;      /* the cursor last put in a round */
    uint64_t committed;   /* the last durable event told to the publisher */
    int64_t behind_since; /* hall clock when events began to wait, 0 = none */
};

/* export_read_fn over the hall's log. */
static int read_log(void *src, uint64_t after, size_t max, export_event_fn fn, void *ctx)
{
    return hall_events_after(src, after, max, fn, ctx);
}

int hall_export_start(hall_t *h, hall_export_t **out, char *err, size_t errlen)
{
    const config_t *cfg = hall_cfg(h);
    *out = NULL;
    if (!cfg->export_nats[0])
        return 0;
    hall_export_t *e = calloc(1, sizeof *e);
    if (!e) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    const char *epoch = hall_epoch(h);
    char hall[64], old_epoch[64];
    uint64_t acked = 0;
    int rc = hall_export_cursor_get(h, hall, old_epoch, &acked);
    if (rc == 0 && (strcmp(hall, cfg->export_hall) != 0 || strcmp(old_epoch, epoch) != 0)) {
        /* another hall id or a restored backup: its history starts anew */
        log_info("export", "the cursor was for %s:%s; publishing %s:%s from the log's start", hall,
                 old_epoch, cfg->export_hall, epoch);
        acked = 0;
    } else if (rc != 0 && rc != STORE_NOTFOUND) {
        snprintf(err, errlen, "cannot read the export's cursor: %s", store_strerror(rc));
        free(e);
        return -1;
    }
    export_config_t xc = {
        .link =
            {
                .url = cfg->export_nats,
                .creds_file = cfg->export_creds_file,
                .nkey_file = cfg->export_nkey_seed_file,
                .nkey_user = cfg->export_nkey,
                .ca_file = cfg->export_ca_file,
                .cert_file = cfg->export_cert_file,
                .key_file = cfg->export_key_file,
                .tls = cfg->export_tls,
            },
        .hall = cfg->export_hall,
        .epoch = epoch,
        .window = cfg->export_window,
        .ack_timeout_ms = cfg->export_ack_timeout_ms,
    };
    if (export_start(&e->x, &xc, read_log, h, acked, err, errlen) != 0) {
        free(e);
        return -1;
    }
    e->stored = acked;
    e->committed = hall_committed_seq(h);
    export_notify(e->x, e->committed);
    log_info("export", "publishing events after %llu to %s as mpp.%s.*", (unsigned long long)acked,
             cfg->export_nats, cfg->export_hall);
    *out = e;
    return 0;
}

/* Puts the cursor in the open round when it moved. */
static void store_cursor(hall_t *h, hall_export_t *e, uint64_t acked)
{
    if (acked == e->stored)
        return;
    if (hall_export_cursor_put(h, hall_cfg(h)->export_hall, hall_epoch(h), acked) == 0)
        e->stored = acked;
}

void hall_export_stop(hall_t *h, hall_export_t *e)
{
    if (!e)
        return;
    store_cursor(h, e, export_stop(e->x));
    free(e);
}

void hall_export_committed(hall_export_t *e, uint64_t committed)
{
    if (!e || committed == e->committed)
        return;
    e->committed = committed;
    export_notify(e->x, committed);
}

void hall_export_tick(hall_t *h, int64_t now)
{
    hall_export_t *e = hall_export_of(h);
    if (!e)
        return;
    export_status_t st;
    export_status(e->x, &st);
    store_cursor(h, e, st.acked);
    if (st.acked >= e->committed)
        e->behind_since = 0;
    else if (e->behind_since == 0)
        e->behind_since = now;
}

void hall_export_state(hall_t *h, hall_export_state_t *out)
{
    memset(out, 0, sizeof *out);
    hall_export_t *e = hall_export_of(h);
    out->committed = hall_committed_seq(h);
    if (!e)
        return;
    export_status_t st;
    export_status(e->x, &st);
    out->enabled = true;
    out->connected = st.connected;
    out->acked = st.acked;
    out->lag_events = out->committed > st.acked ? out->committed - st.acked : 0;
    int64_t now = hall_now(h);
    out->lag_s = out->lag_events && e->behind_since ? (now - e->behind_since) / 1000 : 0;
    out->published = st.published;
    out->failures = st.failures;
    out->outage_hours = hall_cfg(h)->export_outage_hours;
    snprintf(out->last_error, sizeof out->last_error, "%s", st.last_error);
}
