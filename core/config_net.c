/*
 * config_net.c - addresses and networks of the hall config (see config.h):
 * "10.0.0.5" or "192.168.1.0/24" for the rate-limit allow-list and the
 * trusted proxies, matched against a client's address; and whether a URL
 * names this machine's loopback, which no phone can open.
 */
#include "config.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

/* `text` as 16 bytes, IPv4 mapped into ::ffff:0:0/96; false when it is
 * not an address. */
static bool addr16(const char *text, unsigned char out[16])
{
    unsigned char v4[4];
    if (inet_pton(AF_INET, text, v4) == 1) {
        memset(out, 0, 10);
        out[10] = out[11] = 0xff;
        memcpy(out + 12, v4, 4);
        return true;
    }
    return inet_pton(AF_INET6, text, out) == 1;
}

bool config_net_parse(const char *text, config_net_t *out)
{
    char addr[64];
    const char *slash = strchr(text, '/');
    size_t n = slash ? (size_t)(slash - text) : strlen(text);
    if (n == 0 || n >= sizeof addr)
        return false;
    memcpy(addr, text, n);
    addr[n] = '\0';
    if (!addr16(addr, out->addr))
        return false;
    bool v4 = strchr(addr, ':') == NULL;
    int max = v4 ? 32 : 128, bits = max;
    if (slash) {
        const char *d = slash + 1;
        bits = 0;
        if (*d == '\0' || strlen(d) > 3)
            return false;
        for (; *d; d++) {
            if (!isdigit((unsigned char)*d))
                return false;
            bits = bits * 10 + (*d - '0');
        }
        if (bits > max)
            return false;
    }
    out->bits = (unsigned char)(v4 ? bits + 96 : bits);
    return true;
}

bool config_net_match(const config_net_t *list, size_t n, const char *ip)
{
    unsigned char a[16];
    if (ip == NULL || n == 0 || !addr16(ip, a))
        return false;
    for (size_t i = 0; i < n; i++) {
        const config_net_t *net = &list[i];
        size_t whole = net->bits / 8u, rest = net->bits % 8u;
        if (memcmp(a, net->addr, whole) != 0)
            continue;
        unsigned char mask = (unsigned char)(0xffu << (8 - rest));
        if (rest == 0 || ((a[whole] ^ net->addr[whole]) & mask) == 0)
            return true;
    }
    return false;
}

bool config_url_is_loopback(const char *url)
{
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    char host[256];
    size_t n = 0;
    if (*p == '[') { /* [v6]:port */
        p++;
        while (*p && *p != ']' && n < sizeof host - 1)
            host[n++] = *p++;
    } else {
        while (*p && *p != ':' && *p != '/' && n < sizeof host - 1)
            host[n++] = *p++;
    }
    host[n] = '\0';
    if (strcasecmp(host, "localhost") == 0 ||
        (n > 10 && strcasecmp(host + n - 10, ".localhost") == 0))
        return true;
    config_net_t loopback[2];
    config_net_parse("127.0.0.0/8", &loopback[0]);
    config_net_parse("::1", &loopback[1]);
    return config_net_match(loopback, 2, host);
}
