/*
 * mppctl_facts.c - `mppctl facts [AGENCY]`: the list a liaison takes to
 * their office to finish the service standard.
 *
 * For each agency and service it prints every fact the plugin marks
 * unconfirmed with what was tried to confirm it, a missing completion
 * time, an unconfirmed fact whose attempt is not recorded, and a source
 * that is neither a URL nor a regulation named with its number
 * (plugin_source_problem); then the counts per field for the agency and
 * for the hall. The figures in docs/plugin-guide.md come from here.
 */
#include "mppctl_facts.h"

#include <stdio.h>
#include <string.h>

/* Counts per field name, in the order the citizen reads a standard. */
#define FIELDS_MAX 32
typedef struct tally {
    const char *field[FIELDS_MAX];
    size_t count[FIELDS_MAX];
    size_t n;
    size_t services;  /* services listed */
    size_t with_open; /* services with an unconfirmed fact */
    size_t problems;  /* missing completion, bad source, no attempt */
    size_t no_completion;
} tally_t;

static const char *const reading_order[] = {
    "requirements",      "procedure",   "minutes", "completion", "fee",    "fee_note", "product",
    "complaint_channel", "legal_basis", "hours",   "quota",      "cutoff", NULL};

static void tally_init(tally_t *t)
{
    memset(t, 0, sizeof *t);
    for (size_t i = 0; reading_order[i]; i++)
        t->field[t->n++] = reading_order[i];
}

static void tally_add(tally_t *t, const char *field)
{
    size_t i = 0;
    while (i < t->n && strcmp(t->field[i], field) != 0)
        i++;
    if (i == t->n && t->n < FIELDS_MAX)
        t->field[t->n++] = field;
    if (i < t->n)
        t->count[i]++;
}

static void tally_merge(tally_t *into, const tally_t *from)
{
    for (size_t i = 0; i < from->n; i++)
        for (size_t k = 0; k < from->count[i]; k++)
            tally_add(into, from->field[i]);
    into->services += from->services;
    into->with_open += from->with_open;
    into->problems += from->problems;
    into->no_completion += from->no_completion;
}

static void tally_print(const tally_t *t, const char *who)
{
    size_t open = 0;
    for (size_t i = 0; i < t->n; i++)
        open += t->count[i];
    printf("%s: %zu services, %zu unconfirmed facts in %zu services", who, t->services, open,
           t->with_open);
    const char *sep = ": ";
    for (size_t i = 0; i < t->n; i++)
        if (t->count[i]) {
            printf("%s%s %zu", sep, t->field[i], t->count[i]);
            sep = ", ";
        }
    printf("; without completion time %zu; problems %zu\n", t->no_completion, t->problems);
}

/* Prints one service's open facts and problems; adds them to `t`. */
static void service_facts(const catalog_service_t *s, tally_t *t)
{
    bool header = false;
#define HEADER()                                                                                   \
    do {                                                                                           \
        if (!header)                                                                               \
            printf("  %s (%s)\n", s->local_id, s->name);                                           \
        header = true;                                                                             \
    } while (0)
    t->services++;
    for (size_t i = 0; i < s->unconfirmed.count; i++) {
        HEADER();
        const char *tried = i < s->tried.count ? s->tried.items[i] : "";
        tally_add(t, s->unconfirmed.items[i]);
        if (tried[0]) {
            printf("    %s: unconfirmed; tried: %s\n", s->unconfirmed.items[i], tried);
        } else {
            printf("    %s: unconfirmed; problem: what was tried is not recorded\n",
                   s->unconfirmed.items[i]);
            t->problems++;
        }
    }
    if (s->unconfirmed.count)
        t->with_open++;
    if (s->completion.unit == CATALOG_COMPLETION_NONE) {
        HEADER();
        printf("    completion: problem: not given (completion = { days = N } ...)\n");
        t->no_completion++;
        t->problems++;
    }
    char why[256];
    if (plugin_source_problem(s->source, why, sizeof why) != 0 &&
        !(s->source[0] == '\0' && s->sources.count > 0)) {
        HEADER();
        printf("    source: problem: %s\n", why);
        t->problems++;
    }
    for (size_t i = 0; i < s->sources.count; i++)
        if (plugin_source_problem(s->sources.texts[i], why, sizeof why) != 0) {
            HEADER();
            printf("    source.%s: problem: %s\n", s->sources.fields[i], why);
            t->problems++;
        }
#undef HEADER
}

int facts_list(const plugin_hall_t *hall, const char *dir, const char *agency)
{
    catalog_t *c = plugin_load_dir(dir, hall);
    if (!c) {
        fprintf(stderr, "mppctl: out of memory\n");
        return 1;
    }
    int rc = 0;
    for (size_t i = 0; i < c->n_errors; i++) {
        printf("%s:%d: %s\n", c->errors[i].file, c->errors[i].line, c->errors[i].message);
        rc = 1;
    }
    if (agency && !catalog_agency_find(c, agency)) {
        fprintf(stderr, "mppctl: no agency '%s' among the plugins of %s\n", agency, dir);
        catalog_free(c);
        return 2;
    }
    tally_t all;
    tally_init(&all);
    for (size_t k = 0; k < c->n_agencies; k++) {
        const catalog_agency_t *a = &c->agencies[k];
        if (agency && strcmp(a->id, agency) != 0)
            continue;
        printf("%s: %s\n", a->id, a->name);
        tally_t t;
        tally_init(&t);
        for (size_t j = 0; j < a->n_services; j++)
            service_facts(&c->services[a->first_service + j], &t);
        tally_print(&t, a->id);
        printf("\n");
        tally_merge(&all, &t);
    }
    if (!agency)
        tally_print(&all, "all agencies");
    if (all.problems)
        rc = 1;
    catalog_free(c);
    return rc;
}
