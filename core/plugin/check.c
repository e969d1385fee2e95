/*
 * check.c - typed readers for the fields of a plugin declaration.
 *
 * Each reader takes one field of the declaration table (raw access: a
 * metatable on a declaration runs no code), checks its type and range and
 * either stores a malloc'd copy or records an error naming the
 * declaration, the field and the line of the call. Copies are made as the
 * fields are read, into structures the catalog already owns, so a Lua
 * error thrown half-way (memory) leaks nothing.
 */
#include "plugin/host.h"
#include "text.h"

#include <lauxlib.h>
#include <ctype.h>
#include <stdarg.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIST_MAX 100     /* items of a list of strings */
#define COUNTERS_MAX 256 /* entries of a counters list */
#define UNKNOWN_SHOWN 8  /* unknown fields named per declaration */

bool plugin_check_is_id(const char *s, size_t len)
{
    if (len == 0 || len >= CATALOG_ID_MAX)
        return false;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'))
            return false;
    }
    return true;
}

static bool in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(s, list[i]) == 0)
            return true;
    return false;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static bool ident_char(char ch)
{
    return isalnum((unsigned char)ch) || ch == '_';
}

int plugin_check_line(const plugin_check_t *c, const char *name)
{
    const decl_t *d = c->d;
    if (!d->text || c->line <= 0 || !name || !name[0])
        return c->line;
    const char *p = d->text, *end = d->text + d->text_len;
    int line = 1, depth = 0;
    while (p < end && line < c->line)
        line += *p++ == '\n';
    size_t n = strlen(name);
    for (; p < end && line <= c->line + 500; p++) {
        if (*p == '\n') {
            line++;
            continue;
        }
        if (*p == '{')
            depth++;
        else if (*p == '}' && --depth <= 0)
            break; /* the end of the declaration's table */
        if (depth > 0 && (size_t)(end - p) > n && strncmp(p, name, n) == 0 &&
            (p == d->text || (!ident_char(p[-1]) && p[-1] != '.')) && !ident_char(p[n])) {
            const char *q = p + n;
            while (q < end && (*q == ' ' || *q == '\t'))
                q++;
            if (q + 1 < end && q[0] == '=' && q[1] != '=')
                return line;
        }
    }
    return c->line;
}

int plugin_check_error(const plugin_check_t *c, const char *field, const char *fmt, ...)
{
    char msg[sizeof c->d->cat->errors[0].message];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return decl_error(c->d, plugin_check_line(c, field), "%s", msg);
}

int plugin_check_fields(plugin_check_t *c, const char *const *known, const char *in)
{
    lua_State *L = c->L;
    char unknown[UNKNOWN_SHOWN][48];
    size_t n_unknown = 0, n_more = 0;
    bool positional = false, unnamed = false;
    lua_pushnil(L);
    while (lua_next(L, c->table)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            positional = true;
            continue;
        }
        size_t len;
        const char *k = lua_tolstring(L, -1, &len);
        if (in_list(k, known))
            continue;
        if (len >= sizeof unknown[0] || !text_is_utf8(k, len))
            unnamed = true;
        else if (n_unknown < UNKNOWN_SHOWN)
            memcpy(unknown[n_unknown++], k, len + 1);
        else
            n_more++;
    }
    /* table order is not stable across runs: report in name order */
    qsort(unknown, n_unknown, sizeof unknown[0], cmp_names);
    for (size_t i = 0; i < n_unknown; i++) {
        const char *hint = text_suggest(unknown[i], known);
        if (hint)
            plugin_check_error(c, unknown[i], "unknown field '%s' in %s (did you mean '%s'?)",
                               unknown[i], in, hint);
        else
            plugin_check_error(c, unknown[i], "unknown field '%s' in %s", unknown[i], in);
    }
    if (n_more)
        decl_error(c->d, c->line, "%zu more unknown fields in %s", n_more, in);
    if (unnamed)
        decl_error(c->d, c->line, "unknown field with a long or non-UTF-8 name in %s", in);
    if (positional)
        decl_error(c->d, c->line, "%s has a value without a name (write name = value)", in);
    return n_unknown || n_more || unnamed || positional ? -1 : 0;
}

int plugin_check_get(plugin_check_t *c, const char *name)
{
    lua_pushstring(c->L, name);
    return lua_rawget(c->L, c->table);
}

/* The longest name (an agency's or a service's, a kiosk input's label),
 * and the longest of any other declared text, in bytes: a name is on every
 * board snapshot, ticket and message; a page of text is a long answer. */
#define NAME_MAX_BYTES 200
#define TEXT_MAX_BYTES 8192

/* Copies a checked string, counting it against the file's text budget. */
int plugin_check_copy_text(plugin_check_t *c, const char *label, const char *s, size_t len,
                           char **out)
{
    if (!text_is_utf8(s, len))
        return decl_error(c->d, c->line, "%s: %s is not valid UTF-8 text", c->what, label);
    uint32_t cp;
    if (text_find_hidden(s, len, &cp) != SIZE_MAX)
        return decl_error(c->d, c->line,
                          "%s: %s holds the control character U+%04X (a line break, a tab, an "
                          "escape, an invisible character or a change of writing direction); "
                          "write it on one line of plain text",
                          c->what, label, (unsigned)cp);
    bool name = strcmp(label, "name") == 0 || strcmp(label, "label") == 0;
    size_t cap = name ? NAME_MAX_BYTES : TEXT_MAX_BYTES;
    if (len > cap)
        return decl_error(c->d, c->line, "%s: %s is %zu bytes long; at most %zu", c->what, label,
                          len, cap);
    if (len > PLUGIN_TEXT_MAX - c->d->text_bytes)
        return decl_error(c->d, c->line, "%s: the declarations hold more than %zu MiB of text",
                          c->what, PLUGIN_TEXT_MAX >> 20);
    char *p = malloc(len + 1);
    if (!p)
        return decl_error(c->d, c->line, "out of memory");
    memcpy(p, s, len);
    p[len] = '\0';
    c->d->text_bytes += len;
    *out = p;
    return 0;
}

int plugin_check_text(plugin_check_t *c, const char *name, bool required, char **out)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, name);
    int rc = 0;
    if (t == LUA_TNIL) {
        if (required)
            rc = plugin_check_error(c, name, "%s: %s is missing (a non-empty string)", c->what,
                                    name);
        else
            rc = plugin_check_copy_text(c, name, "", 0, out);
    } else if (t != LUA_TSTRING) {
        rc = plugin_check_error(c, name, "%s: %s must be a string, not a %s", c->what, name,
                                lua_typename(L, t));
    } else {
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        if (required && len == 0)
            rc = plugin_check_error(c, name, "%s: %s must not be empty", c->what, name);
        else
            rc = plugin_check_copy_text(c, name, s, len, out);
    }
    lua_pop(L, 1);
    return rc;
}

int plugin_check_int(plugin_check_t *c, const char *name, bool required, int64_t lo, int64_t hi,
                     const char *rule, int64_t *out)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, name);
    int rc = 0;
    if (t == LUA_TNIL) {
        if (required)
            rc = plugin_check_error(c, name, "%s: %s is missing (%s)", c->what, name, rule);
    } else {
        int isint = 0;
        lua_Integer v = 0;
        if (t == LUA_TNUMBER)
            v = lua_tointegerx(L, -1, &isint);
        if (!isint || v < lo)
            rc = plugin_check_error(c, name, "%s: %s must be %s", c->what, name, rule);
        else if (v > hi)
            rc = plugin_check_error(c, name, "%s: %s must be at most %lld", c->what, name,
                                    (long long)hi);
        else
            *out = v;
    }
    lua_pop(L, 1);
    return rc;
}

int plugin_check_bool(plugin_check_t *c, const char *name, bool *out)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, name);
    int rc = 0;
    if (t == LUA_TBOOLEAN)
        *out = lua_toboolean(L, -1);
    else if (t != LUA_TNIL)
        rc = plugin_check_error(c, name, "%s: %s must be true or false", c->what, name);
    lua_pop(L, 1);
    return rc;
}

lua_Integer plugin_check_list_length(plugin_check_t *c, const char *name, const char *of,
                                     size_t max)
{
    lua_State *L = c->L;
    lua_Unsigned n = lua_rawlen(L, -1);
    lua_Unsigned count = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        count++;
    }
    if (count != n) {
        plugin_check_error(c, name,
                           "%s: %s must be a plain list of %s (no named or missing "
                           "entries)",
                           c->what, name, of);
        return -1;
    }
    if (n > max) {
        plugin_check_error(c, name, "%s: %s has more than %zu entries", c->what, name, max);
        return -1;
    }
    return (lua_Integer)n;
}

int plugin_check_strings(plugin_check_t *c, const char *name, size_t min, catalog_strings_t *out)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, name);
    int rc = 0;
    if (t == LUA_TNIL) {
        if (min > 0)
            rc = plugin_check_error(c, name,
                                    "%s: %s is missing (a list of strings, at least "
                                    "%zu)",
                                    c->what, name, min);
    } else if (t != LUA_TTABLE) {
        rc = plugin_check_error(c, name,
                                "%s: %s must be a list of strings, like { \"...\", "
                                "\"...\" }",
                                c->what, name);
    } else {
        lua_Integer n = plugin_check_list_length(c, name, "strings", LIST_MAX);
        if (n < 0) {
            rc = -1;
        } else if ((size_t)n < min) {
            rc = plugin_check_error(c, name, "%s: %s must list at least %zu item%s", c->what, name,
                                    min, min == 1 ? "" : "s");
        } else if (n > 0) {
            out->items = calloc((size_t)n, sizeof *out->items);
            if (!out->items)
                rc = plugin_check_error(c, name, "out of memory");
            for (lua_Integer i = 1; rc == 0 && i <= n; i++) {
                char label[80];
                snprintf(label, sizeof label, "%s[%lld]", name, (long long)i);
                size_t len = 0;
                const char *s = NULL;
                if (lua_rawgeti(L, -1, i) == LUA_TSTRING)
                    s = lua_tolstring(L, -1, &len);
                if (!s || len == 0)
                    rc = plugin_check_error(c, name, "%s: %s must be a non-empty string", c->what,
                                            label);
                else if (plugin_check_copy_text(c, label, s, len, &out->items[out->count]) == 0)
                    out->count++;
                else
                    rc = -1;
                lua_pop(L, 1);
            }
        }
    }
    lua_pop(L, 1);
    return rc;
}

int plugin_check_counters(plugin_check_t *c, const char *name, int **out, size_t *n_out)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, name);
    int rc = 0;
    *out = NULL;
    *n_out = 0;
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (t != LUA_TTABLE) {
        rc = plugin_check_error(c, name,
                                "%s: %s must be a list of counter numbers, like "
                                "{ 1, 2 }",
                                c->what, name);
    } else {
        lua_Integer n = plugin_check_list_length(c, name, "counter numbers", COUNTERS_MAX);
        int *list = n > 0 ? calloc((size_t)n, sizeof *list) : NULL;
        if (n < 0)
            rc = -1;
        else if (n > 0 && !list)
            rc = plugin_check_error(c, name, "out of memory");
        for (lua_Integer i = 1; rc == 0 && i <= n; i++) {
            int isint = 0;
            lua_Integer v = 0;
            if (lua_rawgeti(L, -1, i) == LUA_TNUMBER)
                v = lua_tointegerx(L, -1, &isint);
            lua_pop(L, 1);
            if (!isint || v < 1 || v > 999) {
                rc = plugin_check_error(c, name,
                                        "%s: %s[%lld] must be a counter number from 1 "
                                        "to 999",
                                        c->what, name, (long long)i);
                break;
            }
            for (lua_Integer k = 0; k < i - 1; k++) {
                if (list[k] == (int)v) {
                    rc = plugin_check_error(c, name, "%s: counter %d is listed twice in %s",
                                            c->what, (int)v, name);
                    break;
                }
            }
            list[i - 1] = (int)v;
        }
        if (rc == 0) {
            *out = list;
            *n_out = (size_t)n;
        } else {
            free(list);
        }
    }
    lua_pop(L, 1);
    return rc == 0 ? 1 : -1;
}

/* Reads a quantifier at p[*i] ('*', '+', '?' or a "{m}", "{m,}", "{m,n}"
 * interval): 0 when none, 1 when it allows at most one (?, {0,1}, {1}),
 * 2 when it repeats a varying number of times, 3 for a fixed count
 * {n} of 2 or more. Advances *i past it. */
static int ere_quantifier(const char *p, size_t *i)
{
    char ch = p[*i];
    if (ch == '*' || ch == '+') {
        (*i)++;
        return 2;
    }
    if (ch == '?') {
        (*i)++;
        return 1;
    }
    if (ch != '{')
        return 0;
    size_t j = *i + 1;
    long lo = 0, hi;
    if (p[j] < '0' || p[j] > '9')
        return 0; /* a literal '{' */
    while (p[j] >= '0' && p[j] <= '9')
        lo = lo * 10 + (p[j++] - '0') % 10000;
    hi = lo;
    if (p[j] == ',') {
        j++;
        hi = -1;
        if (p[j] >= '0' && p[j] <= '9') {
            hi = 0;
            while (p[j] >= '0' && p[j] <= '9')
                hi = hi * 10 + (p[j++] - '0') % 10000;
        }
    }
    if (p[j] != '}')
        return 0;
    *i = j + 1;
    if (hi >= 0 && hi <= 1)
        return 1;
    return hi == lo ? 3 : 2;
}

const char *plugin_check_pattern_risk(const char *p)
{
    enum { DEPTH = 32 };
    bool varies[DEPTH + 1] = {false}; /* a group holds a variable repetition */
    int depth = 0;
    size_t i = 0;
    const char *slow = NULL; /* a back-reference is named before the rest */
    while (p[i]) {
        bool group = false, inner = false;
        char ch = p[i];
        if (ch == '\\') {
            if (p[i + 1] >= '1' && p[i + 1] <= '9')
                return "a back-reference (\\1 to \\9) makes matching exponential; match "
                       "the text without referring back to a group";
            i += p[i + 1] ? 2 : 1;
        } else if (ch == '[') {
            i++;
            if (p[i] == '^')
                i++;
            if (p[i] == ']')
                i++;
            while (p[i] && p[i] != ']') {
                if (p[i] == '[' && (p[i + 1] == ':' || p[i + 1] == '.' || p[i + 1] == '=')) {
                    char end = p[i + 1];
                    i += 2;
                    while (p[i] && !(p[i] == end && p[i + 1] == ']'))
                        i++;
                    i += p[i] ? 2 : 0;
                } else {
                    i++;
                }
            }
            i += p[i] ? 1 : 0;
        } else if (ch == '(') {
            if (depth >= DEPTH)
                return "groups are nested too deeply";
            varies[++depth] = false;
            i++;
            continue;
        } else if (ch == ')' && depth > 0) {
            inner = varies[depth--];
            group = true;
            i++;
        } else if (ch == '*' || ch == '+' || ch == '?' || ch == '{') {
            /* a quantifier right after another one (or after nothing) */
            size_t j = i;
            if (ere_quantifier(p, &j) >= 2 && !slow)
                slow = "a repetition of a repetition (such as a** or a+{2,}) makes "
                       "matching slow; repeat once";
            i = j > i ? j : i + 1;
            continue;
        } else {
            i++;
        }
        int q = ere_quantifier(p, &i);
        if (q >= 2 && group && inner && !slow)
            slow = "a repeated group that itself holds a repetition (such as (a*)* or "
                   "(a+b?)+) makes matching slow; repeat the group or its inside, not both";
        if (q > 0 && p[i] && ere_quantifier(p, &(size_t){i}) > 0 && !slow)
            slow = "a repetition of a repetition (such as a** or a+{2,}) makes matching "
                   "slow; repeat once";
        if ((q == 1 || q == 2 || inner) && depth > 0)
            varies[depth] = true;
    }
    return slow;
}

/* Whether `word` occurs in s[0..len) ignoring ASCII case. */
static bool contains_nocase(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= len; i++)
        if (strncasecmp(s + i, word, n) == 0)
            return true;
    return false;
}

/* Whether an attribute named on...= (an event handler) appears. */
static bool has_event_handler(const char *s, size_t len)
{
    for (size_t i = 1; i + 3 < len; i++) {
        if (!(s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n' || s[i - 1] == '\r' ||
              s[i - 1] == '/') ||
            (s[i] != 'o' && s[i] != 'O') || (s[i + 1] != 'n' && s[i + 1] != 'N'))
            continue;
        size_t k = i + 2;
        while (k < len && isalpha((unsigned char)s[k]))
            k++;
        while (k < len && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k > i + 2 && k < len && s[k] == '=')
            return true;
    }
    return false;
}

const char *plugin_check_svg(const char *svg, size_t len)
{
    if (!text_is_utf8(svg, len))
        return "it is not UTF-8 text";
    if (!contains_nocase(svg, len, "<svg"))
        return "it has no <svg> element";
    static const char *const refused[][2] = {
        {"<script", "it holds a <script>"},
        {"<foreignobject", "it holds a <foreignObject>"},
        {"<!entity", "it declares an entity"},
        {"<!doctype", "it has a DOCTYPE"},
        {"javascript:", "it holds a javascript: link"},
        {"https:", "it refers to something outside the file"},
        {"<use", "it uses <use> (draw the shape itself)"},
        {"<image", "it holds an <image>"},
        {"<iframe", "it holds an <iframe>"},
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        if (contains_nocase(svg, len, refused[i][0]))
            return refused[i][1];
    for (size_t i = 0; i + 5 <= len; i++) /* the SVG namespace is a name, not a link */
        if (strncasecmp(svg + i, "http:", 5) == 0 &&
            strncmp(svg + i, "http://www.w3.org/", 18) != 0)
            return "it refers to something outside the file";
    if (has_event_handler(svg, len))
        return "it has an event handler attribute (on...=)";
    return NULL;
}
