/*
 * catalog.c - lookups in and freeing of a catalog (see catalog.h). An
 * indexed catalog finds an agency or a service by its id through a hash
 * table (FNV-1a, linear probing); one not yet indexed (a plugin's own
 * while it loads) is read one by one.
 */
#include "catalog.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void strings_free(catalog_strings_t *s)
{
    for (size_t i = 0; i < s->count; i++)
        free(s->items[i]);
    free(s->items);
}

static void service_free(catalog_service_t *s)
{
    free(s->name);
    strings_free(&s->requirements);
    strings_free(&s->procedure);
    free(s->fee_note);
    free(s->product);
    free(s->complaint_channel);
    free(s->legal_basis);
    free(s->hours);
    for (size_t i = 0; i < s->n_inputs; i++) {
        free(s->inputs[i].label);
        free(s->inputs[i].pattern);
        free(s->inputs[i].message);
    }
    free(s->inputs);
    free(s->counters);
    free(s->completion.note);
    free(s->source);
    for (size_t i = 0; i < s->sources.count; i++) {
        free(s->sources.fields[i]);
        free(s->sources.texts[i]);
    }
    free(s->sources.fields);
    free(s->sources.texts);
    strings_free(&s->unconfirmed);
    strings_free(&s->tried);
    strings_free(&s->needs);
    strings_free(&s->gives);
}

void catalog_free(catalog_t *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_agencies; i++) {
        catalog_agency_t *a = &c->agencies[i];
        free(a->name);
        free(a->logo);
        free(a->counters);
        free(a->file);
        free(a->options_read);
        for (char **t = a->notify_texts; t && *t; t++)
            free(*t);
        free(a->notify_texts);
        for (size_t k = 0; k < a->route.n_preferred; k++)
            free(a->route.preferred[k].services);
        free(a->route.preferred);
        if (a->runtime && a->runtime_free)
            a->runtime_free(a->runtime);
    }
    free(c->agencies);
    for (size_t i = 0; i < c->n_services; i++)
        service_free(&c->services[i]);
    free(c->services);
    free(c->errors);
    free(c->agency_slots);
    free(c->service_slots);
    free(c);
}

/* Copies src into dst[cap], cutting before a partial UTF-8 sequence. */
static void copy_utf8(char *dst, size_t cap, const char *src)
{
    size_t len = strlen(src);
    if (len >= cap) {
        len = cap - 1;
        while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
            len--;
    }
    memcpy(dst, src, len);
    dst[len] = '\0';
}

int catalog_error_add(catalog_t *c, const char *file, int line, const char *msg)
{
    catalog_error_t *e = realloc(c->errors, (c->n_errors + 1) * sizeof *e);
    if (!e)
        return -1;
    c->errors = e;
    e = &e[c->n_errors++];
    memset(e, 0, sizeof *e);
    copy_utf8(e->file, sizeof e->file, file);
    e->line = line;
    copy_utf8(e->message, sizeof e->message, msg);
    return 0;
}

int catalog_reserve(catalog_t *c, size_t agencies, size_t services)
{
    catalog_agency_t *a = realloc(c->agencies, (c->n_agencies + agencies + 1) * sizeof *a);
    if (!a)
        return -1;
    c->agencies = a;
    catalog_service_t *s = realloc(c->services, (c->n_services + services + 1) * sizeof *s);
    if (!s)
        return -1;
    c->services = s;
    return 0;
}

void catalog_move_agency(catalog_t *dst, catalog_t *src, size_t i)
{
    catalog_agency_t *a = &src->agencies[i];
    size_t at = dst->n_agencies++;
    for (size_t k = 0; k < a->n_services; k++) {
        catalog_service_t *s = &src->services[a->first_service + k];
        dst->services[dst->n_services] = *s;
        dst->services[dst->n_services++].agency = at;
        memset(s, 0, sizeof *s);
    }
    dst->agencies[at] = *a;
    dst->agencies[at].first_service = dst->n_services - a->n_services;
    memset(a, 0, sizeof *a);
}

static size_t id_hash(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return (size_t)(h ^ (h >> 32));
}

typedef const char *(*id_at_fn)(const catalog_t *c, size_t i);

static const char *agency_id_at(const catalog_t *c, size_t i)
{
    return c->agencies[i].id;
}

static const char *service_id_at(const catalog_t *c, size_t i)
{
    return c->services[i].id;
}

/* The position of `id` among the n_slots slots, or (size_t)-1. */
static size_t index_find(const catalog_t *c, const size_t *slots, size_t n_slots, id_at_fn id_at,
                         const char *id)
{
    size_t mask = n_slots - 1;
    for (size_t i = id_hash(id) & mask; slots[i]; i = (i + 1) & mask)
        if (strcmp(id_at(c, slots[i] - 1), id) == 0)
            return slots[i] - 1;
    return (size_t)-1;
}

/* A table of the n ids id_at gives, into *slots and *n_slots. */
static int index_build(const catalog_t *c, size_t n, id_at_fn id_at, size_t **slots,
                       size_t *n_slots)
{
    size_t cap = 8;
    while (cap < 2 * n)
        cap *= 2;
    size_t *t = calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t k = 0; k < n; k++) {
        size_t i = id_hash(id_at(c, k)) & (cap - 1);
        while (t[i])
            i = (i + 1) & (cap - 1);
        t[i] = k + 1;
    }
    free(*slots);
    *slots = t;
    *n_slots = cap;
    return 0;
}

int catalog_index(catalog_t *c)
{
    if (index_build(c, c->n_agencies, agency_id_at, &c->agency_slots, &c->n_agency_slots) == 0 &&
        index_build(c, c->n_services, service_id_at, &c->service_slots, &c->n_service_slots) == 0)
        return 0;
    free(c->agency_slots);
    free(c->service_slots);
    c->agency_slots = c->service_slots = NULL;
    c->n_agency_slots = c->n_service_slots = 0;
    return -1;
}

const catalog_agency_t *catalog_agency_find(const catalog_t *c, const char *id)
{
    if (c && c->agency_slots) {
        size_t i = index_find(c, c->agency_slots, c->n_agency_slots, agency_id_at, id);
        return i == (size_t)-1 ? NULL : &c->agencies[i];
    }
    for (size_t i = 0; c && i < c->n_agencies; i++)
        if (strcmp(c->agencies[i].id, id) == 0)
            return &c->agencies[i];
    return NULL;
}

const catalog_service_t *catalog_service_find(const catalog_t *c, const char *id)
{
    /* "<agency>/<service>": through the index, or else the agency among
     * tens and then its own services */
    const char *slash = c && id ? strchr(id, '/') : NULL;
    if (!slash)
        return NULL;
    if (c->service_slots) {
        size_t i = index_find(c, c->service_slots, c->n_service_slots, service_id_at, id);
        return i == (size_t)-1 ? NULL : &c->services[i];
    }
    size_t n = (size_t)(slash - id);
    for (size_t a = 0; a < c->n_agencies; a++) {
        const catalog_agency_t *ag = &c->agencies[a];
        if (strncmp(ag->id, id, n) != 0 || ag->id[n] != '\0')
            continue;
        for (size_t i = ag->first_service; i < ag->first_service + ag->n_services; i++)
            if (strcmp(c->services[i].id, id) == 0)
                return &c->services[i];
        return NULL;
    }
    return NULL;
}

bool catalog_service_at_counter(const catalog_t *c, const catalog_service_t *svc, int counter)
{
    if (svc->n_counters > 0) {
        for (size_t i = 0; i < svc->n_counters; i++)
            if (svc->counters[i] == counter)
                return true;
        return false;
    }
    const catalog_agency_t *a = &c->agencies[svc->agency];
    for (size_t i = 0; i < a->n_counters; i++)
        if (a->counters[i] == counter)
            return true;
    return false;
}

bool catalog_counter_has_preferred(const catalog_agency_t *a, int counter)
{
    for (size_t i = 0; i < a->route.n_preferred; i++)
        if (a->route.preferred[i].counter == counter)
            return a->route.preferred[i].n_services > 0;
    return false;
}

bool catalog_service_preferred(const catalog_t *c, const catalog_service_t *svc, int counter)
{
    const catalog_agency_t *a = &c->agencies[svc->agency];
    size_t index = (size_t)(svc - c->services) - a->first_service;
    for (size_t i = 0; i < a->route.n_preferred; i++) {
        const catalog_preferred_t *p = &a->route.preferred[i];
        if (p->counter != counter)
            continue;
        for (size_t k = 0; k < p->n_services; k++)
            if (p->services[k] == index)
                return true;
    }
    return false;
}
