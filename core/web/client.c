/*
 * client.c - who a request comes from and how it reached us: the client's
 * address (the peer's, or behind a trusted proxy the one it forwarded),
 * the scheme and host the browser used, the same-origin rule for browser
 * requests and WebSocket upgrades, and the base of the links and QR codes
 * made for it.
 *
 * Forwarded headers are believed only from server.trusted_proxies. The
 * client is the rightmost address of the chain that is not itself a
 * trusted proxy (RFC 7239 section 7.4): a client cannot push itself past
 * the proxy by sending its own X-Forwarded-For, because the proxy appends
 * the address it saw.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "log.h"
#include "web/web_int.h"

/* Largest forwarded header read; a request's headers are at most 4 KiB. */
#define FWD_MAX 4096

/* A custom (not lws-known) header's value; false when absent or too long. */
static bool custom_header(struct lws *wsi, const char *name, char *buf, int n)
{
    int len = lws_hdr_custom_copy(wsi, buf, n, name, (int)strlen(name));
    return len > 0;
}

/* Trims blanks and one pair of quotes around s (in place). */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
        s[n - 1] = '\0';
        s++;
    }
    return s;
}

/* An address as a forwarded element names it: "192.0.2.7",
 * "192.0.2.7:4711", "[2001:db8::1]:4711" or "2001:db8::1". Writes the bare
 * address, or a sanitized token ("unknown", "_hidden") when it is not one. */
static void node_address(const char *node, char *out, size_t n)
{
    char tmp[WEB_IP_MAX];
    snprintf(tmp, sizeof tmp, "%s", node);
    char *a = tmp;
    if (*a == '[') {
        char *end = strchr(a, ']');
        if (end)
            *end = '\0';
        a++;
    } else {
        char *colon = strchr(a, ':');
        if (colon && !strchr(colon + 1, ':'))
            *colon = '\0'; /* v4:port; more colons make it IPv6 */
    }
    config_net_t probe;
    if (config_net_parse(a, &probe) && !strchr(a, '/')) {
        snprintf(out, n, "%s", a);
        return;
    }
    size_t k = 0;
    for (const char *p = node; *p && k + 1 < n && k < 32; p++)
        if (isalnum((unsigned char)*p) || *p == '_' || *p == '-' || *p == '.')
            out[k++] = *p;
    out[k] = '\0';
    if (k == 0)
        snprintf(out, n, "unknown");
}

/* One element of a Forwarded header: its for=, proto= and host= (each may
 * be NULL). Modifies `el`. */
static void forwarded_pairs(char *el, char **for_, char **proto, char **host)
{
    *for_ = *proto = *host = NULL;
    char *save = NULL;
    for (char *pair = strtok_r(el, ";", &save); pair; pair = strtok_r(NULL, ";", &save)) {
        char *eq = strchr(pair, '=');
        if (!eq)
            continue;
        *eq = '\0';
        char *name = trim(pair), *value = trim(eq + 1);
        if (strcasecmp(name, "for") == 0)
            *for_ = value;
        else if (strcasecmp(name, "proto") == 0)
            *proto = value;
        else if (strcasecmp(name, "host") == 0)
            *host = value;
    }
}

/* Splits a comma list in place into at most max elements; returns how many. */
static size_t split_commas(char *s, char **el, size_t max)
{
    size_t n = 0;
    char *save = NULL;
    for (char *e = strtok_r(s, ",", &save); e && n < max; e = strtok_r(NULL, ",", &save))
        el[n++] = e;
    return n;
}

/* Reads the client of a request from a trusted proxy's headers into c
 * (address and scheme) and, when `host` is given, the host the browser
 * asked for as the proxy forwarded it ("" when it did not say). */
static void forwarded(const web_t *w, struct lws *wsi, web_client_t *c, char *host, size_t hn)
{
    char buf[FWD_MAX];
    char *el[64];
    size_t n;
    if (host)
        host[0] = '\0';
    if (custom_header(wsi, "forwarded:", buf, sizeof buf) && (n = split_commas(buf, el, 64)) > 0) {
        /* RFC 7239: walk from the nearest hop outwards */
        for (size_t i = n; i-- > 0;) {
            char *for_, *proto, *fhost;
            forwarded_pairs(el[i], &for_, &proto, &fhost);
            if (!for_)
                continue;
            node_address(for_, c->ip, sizeof c->ip);
            if (proto)
                c->https = strcasecmp(proto, "https") == 0;
            if (fhost && host)
                snprintf(host, hn, "%s", fhost);
            if (!config_proxy_trusted(w->cfg, c->ip))
                break;
        }
        return;
    }
    if (lws_hdr_copy(wsi, buf, sizeof buf, WSI_TOKEN_X_FORWARDED_FOR) > 0 &&
        (n = split_commas(buf, el, 64)) > 0)
        for (size_t i = n; i-- > 0;) {
            node_address(trim(el[i]), c->ip, sizeof c->ip);
            if (!config_proxy_trusted(w->cfg, c->ip))
                break;
        }
    /* X-Forwarded-Proto and -Host: the value the nearest proxy set */
    if (custom_header(wsi, "x-forwarded-proto:", buf, sizeof buf) &&
        (n = split_commas(buf, el, 64)) > 0)
        c->https = strcasecmp(trim(el[n - 1]), "https") == 0;
    if (host && custom_header(wsi, "x-forwarded-host:", buf, sizeof buf) &&
        (n = split_commas(buf, el, 64)) > 0)
        snprintf(host, hn, "%s", trim(el[n - 1]));
}

void web_client_resolve(const web_t *w, struct lws *wsi, web_client_t *c)
{
    memset(c, 0, sizeof *c);
    lws_get_peer_simple(wsi, c->ip, sizeof c->ip);
    /* an IPv4 client on the dual-stack socket: 1.2.3.4, as logs and the
     * forwarded headers write it */
    if (strncasecmp(c->ip, "::ffff:", 7) == 0 && strchr(c->ip + 7, '.') && !strchr(c->ip + 7, ':'))
        memmove(c->ip, c->ip + 7, strlen(c->ip + 7) + 1);
    c->https = lws_is_ssl(wsi) != 0;
    c->proxied = w->cfg->n_proxies > 0 && config_proxy_trusted(w->cfg, c->ip);
    if (c->proxied)
        forwarded(w, wsi, c, NULL, 0);
}

bool web_client_base(const web_t *w, struct lws *wsi, const web_client_t *c, char *buf, size_t n)
{
    char host[256] = "";
    if (c->proxied) {
        web_client_t again = *c;
        forwarded(w, wsi, &again, host, sizeof host);
    }
    if (!host[0] && lws_hdr_copy(wsi, host, sizeof host, WSI_TOKEN_HOST) <= 0 &&
        lws_hdr_copy(wsi, host, sizeof host, WSI_TOKEN_HTTP_COLON_AUTHORITY) <= 0)
        return false;
    for (const char *p = host; *p; p++) /* a Host is a name or address and a port */
        if (!(isalnum((unsigned char)*p) || strchr(".-:[]_", *p)))
            return false;
    if (!host[0])
        return false;
    int k = snprintf(buf, n, "%s://%s", c->https ? "https" : "http", host);
    return k > 0 && (size_t)k < n;
}

/* An http(s) origin split into scheme, lower-case host and port (the
 * scheme's default when none is written); false when it is not one. */
static bool origin_parts(const char *o, bool *https, char *host, size_t hn, long *port)
{
    const char *p;
    if (strncasecmp(o, "http://", 7) == 0) {
        *https = false;
        p = o + 7;
    } else if (strncasecmp(o, "https://", 8) == 0) {
        *https = true;
        p = o + 8;
    } else {
        return false;
    }
    const char *end = *p == '[' ? strchr(p, ']') : NULL;
    const char *colon = strchr(end ? end : p, ':');
    size_t len = colon ? (size_t)(colon - p) : strlen(p);
    if (len == 0 || len >= hn || strchr(p, '/'))
        return false;
    for (size_t i = 0; i < len; i++)
        host[i] = (char)tolower((unsigned char)p[i]);
    host[len] = '\0';
    *port = *https ? 443 : 80;
    if (colon) {
        char *stop;
        *port = strtol(colon + 1, &stop, 10);
        if (stop == colon + 1 || *stop || *port < 1 || *port > 65535)
            return false;
    }
    return true;
}

bool web_same_origin(const char *origin, const char *base)
{
    bool h1, h2;
    char a[256], b[256];
    long p1, p2;
    return origin_parts(origin, &h1, a, sizeof a, &p1) &&
           origin_parts(base, &h2, b, sizeof b, &p2) && h1 == h2 && p1 == p2 && strcmp(a, b) == 0;
}

/* A copy of untrusted header text fit for one log line: printable ASCII
 * only, the rest as '?', cut at n - 1 bytes. */
static void printable(const char *in, char *out, size_t n)
{
    size_t k = 0;
    for (; in[k] && k + 1 < n; k++)
        out[k] = in[k] >= 0x20 && in[k] < 0x7f ? in[k] : '?';
    out[k] = '\0';
}

bool web_origin_read(struct lws *wsi, char *out, size_t n)
{
    int total = lws_hdr_total_length(wsi, WSI_TOKEN_ORIGIN);
    return total > 0 && total < (int)n && lws_hdr_copy(wsi, out, (int)n, WSI_TOKEN_ORIGIN) == total;
}

int web_client_origin(web_t *w, struct lws *wsi, const web_client_t *c, char *origin, size_t on,
                      char *base, size_t bn)
{
    base[0] = origin[0] = '\0';
    char site[32] = "";
    bool cross =
        custom_header(wsi, "sec-fetch-site:", site, sizeof site) && strcmp(site, "cross-site") == 0;
    int total = lws_hdr_total_length(wsi, WSI_TOKEN_ORIGIN);
    if (total <= 0 && !cross)
        return 0; /* curl, kiosk apps: no Origin */
    bool whole = web_origin_read(wsi, origin, on);
    if (!whole)
        snprintf(origin, on, "%s", total > 0 ? "(an Origin too long to read)" : "(no Origin)");
    bool have_base = web_client_base(w, wsi, c, base, bn);
    /* an Origin that cannot be read whole is refused, never taken for none;
     * a browser that says the request is cross-site is believed */
    if (whole && !cross && have_base && web_same_origin(origin, base))
        return 0;
    if (whole && config_origin_allowed(w->cfg, origin))
        return 0;
    /* one log line per refused Origin a minute: a page left open keeps
     * asking, and the log must stay readable */
    char shown[160];
    printable(origin, shown, sizeof shown);
    if (web_log_due(w, 'o', shown, hall_now(w->hall)))
        log_warn("web",
                 "refused a request from origin %s at %s (client %s%s): not this server's "
                 "address; add it to server.origins to allow it",
                 shown, have_base ? base : "(no Host)", c->ip, cross ? ", cross-site" : "");
    w->origins_refused++;
    return -1;
}

void web_link_base(web_req_t *r, char *buf, size_t n)
{
    const char *pub = r->web->cfg->public_url;
    char mine[256];
    bool have = web_client_base(r->web, r->wsi, &r->pss->from, mine, sizeof mine);
    /* a phone cannot open a loopback address: the configured one serves
     * unless it is loopback and the kiosk reached us at another address */
    if (pub[0] && !(config_url_is_loopback(pub) && have && !config_url_is_loopback(mine)))
        snprintf(buf, n, "%s", pub);
    else if (have)
        snprintf(buf, n, "%s", mine);
    else
        snprintf(buf, n, "%s", pub);
    snprintf(r->web->last_link, sizeof r->web->last_link, "%s", buf);
}
