/*
 * watch.c - live reload: an inotify watch on the plugins folder, served by
 * the event loop as a raw file descriptor. Editors save by writing a new
 * file and renaming it over the old one, so the folder is watched (not the
 * files) for writes, renames, deletions and attribute changes (`mppctl
 * reload` touches the file). Changes are collected for 300 ms, then the
 * plugins are reloaded once, on the hall's loader thread (the loop keeps
 * serving while they load).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "log.h"
#include "web/web_int.h"

#define DEBOUNCE_US (300 * LWS_US_PER_MS)

/* The plugin files changed since the last reload, collected for 300 ms. */
struct watch {
    web_t *web;
    lws_sorted_usec_list_t timer;         /* the debounce */
    char changed[64][CATALOG_ID_MAX + 8]; /* base names */
    size_t n_changed;
    bool all_changed; /* too many to list, or the folder itself */
};

watch_t *web_watch_new(web_t *w)
{
    watch_t *wt = calloc(1, sizeof *wt);
    if (wt)
        wt->web = w;
    return wt;
}

void web_watch_free(watch_t *wt)
{
    free(wt);
}

static void reload_now(lws_sorted_usec_list_t *sul)
{
    watch_t *wt = lws_container_of(sul, watch_t, timer);
    web_t *w = wt->web;
    const char *files[64];
    for (size_t i = 0; i < wt->n_changed; i++)
        files[i] = wt->changed[i];
    /* loaded on the hall's loader thread, swapped in on the loop */
    if (hall_reload_async(w->hall, wt->all_changed ? NULL : files, wt->n_changed, NULL, NULL) != 0)
        log_error("plugin", "reload failed: out of memory");
    wt->n_changed = 0;
    wt->all_changed = false;
    hall_flush(w->hall);
}

static void note_change(web_t *w, const char *name)
{
    watch_t *wt = w->watch;
    size_t n = strlen(name);
    if (n < 5 || strcmp(name + n - 4, ".lua") != 0)
        return; /* editor swap files and the like */
    bool known = false;
    for (size_t i = 0; i < wt->n_changed && !known; i++)
        known = strcmp(wt->changed[i], name) == 0;
    if (!known) {
        if (wt->n_changed < sizeof wt->changed / sizeof wt->changed[0] && n < sizeof wt->changed[0])
            snprintf(wt->changed[wt->n_changed++], sizeof wt->changed[0], "%s", name);
        else
            wt->all_changed = true;
    }
    lws_sul_schedule(w->ctx, 0, &wt->timer, reload_now, DEBOUNCE_US);
}

int web_watch_callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                       size_t len)
{
    (void)user, (void)in, (void)len;
    /* a browser naming this protocol in its upgrade is refused: the
     * protocol is the folder watch's, never a client's */
    if (reason == LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION || reason == LWS_CALLBACK_ESTABLISHED)
        return -1;
    if (reason != LWS_CALLBACK_RAW_RX_FILE)
        return 0;
    web_t *w = lws_context_user(lws_get_context(wsi));
    watch_t *wt = w->watch;
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    int fd = lws_get_socket_fd(wsi);
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            if (ev->len > 0)
                note_change(w, ev->name);
            else if (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_Q_OVERFLOW)) {
                wt->all_changed = true;
                lws_sul_schedule(w->ctx, 0, &wt->timer, reload_now, DEBOUNCE_US);
            }
            p += sizeof *ev + ev->len;
        }
    }
    return 0;
}

int web_watch_reload_all(web_t *w, hall_reload_fn done, void *ctx)
{
    watch_t *wt = w->watch;
    lws_sul_cancel(&wt->timer);
    wt->n_changed = 0;
    wt->all_changed = false;
    int rc = hall_reload_async(w->hall, NULL, 0, done, ctx);
    if (rc != 0)
        log_error("plugin", "reload not started: out of memory or too many waiting for it");
    hall_flush(w->hall);
    return rc;
}

int web_watch_start(web_t *w)
{
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0) {
        log_warn("plugin", "cannot watch plugins: %s; use mppctl reload", strerror(errno));
        return -1;
    }
    if (inotify_add_watch(fd, w->cfg->plugins_dir,
                          IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE |
                              IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF) < 0) {
        log_warn("plugin", "cannot watch %s: %s; live reload is off", w->cfg->plugins_dir,
                 strerror(errno));
        close(fd);
        return -1;
    }
    lws_sock_file_fd_type u;
    u.filefd = (lws_filefd_type)fd;
    struct lws_vhost *vh = lws_get_vhost_by_name(w->ctx, "default");
    if (!vh || !lws_adopt_descriptor_vhost(vh, LWS_ADOPT_RAW_FILE_DESC, u, "mpp-watch", NULL)) {
        log_warn("plugin", "cannot serve the plugins watch; live reload is off");
        close(fd);
        return -1;
    }
    return 0;
}

void web_watch_stop(web_t *w)
{
    lws_sul_cancel(&w->watch->timer);
}
