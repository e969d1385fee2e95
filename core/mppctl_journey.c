/*
 * mppctl_journey.c - `mppctl journey FILE`: an errand across agencies,
 * planned from the `needs` and `gives` of the hall's plugins exactly as
 * GET /api/v1/plans plans it (visit_plan_make), and compared with the
 * order its source gives. Nothing is stored and no clock is read: the
 * rehearsal checks the order and what to bring, not today's queues.
 *
 * A file has one errand ('#' starts a comment; the first comment is its
 * title, printed with the plan):
 *   want SERVICE...    the services the citizen asks for, in the order asked
 *   have DOCUMENT...   the documents they already bring (optional)
 *   expect SERVICE...  the steps the plan must have, in this order
 *   bring DOCUMENT...  what the plan must say to bring, in this order
 *                      (optional: unchecked when the file has no such line)
 * A keyword may be given on several lines; their words add up. SERVICE is
 * "<agency>/<service>", DOCUMENT an id of core/documents.c.
 */
#include "mppctl_journey.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "visit/plan.h"

#define WORDS_MAX 32 /* words of one keyword, all its lines together */
#define JOURNEY_ERR_MAX 512

typedef struct words {
    char *item[WORDS_MAX]; /* owned */
    size_t n;
    int line; /* where it was last given, 0 when never */
} words_t;

typedef struct journey {
    char title[200];
    words_t want, have, expect, bring;
} journey_t;

static void journey_free(journey_t *j)
{
    words_t *all[] = {&j->want, &j->have, &j->expect, &j->bring};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
        for (size_t i = 0; i < all[k]->n; i++)
            free(all[k]->item[i]);
}

/* The list a keyword fills, NULL for a word that is no keyword. */
static words_t *keyword(journey_t *j, const char *word)
{
    static const char *const names[] = {"want", "have", "expect", "bring"};
    words_t *lists[] = {&j->want, &j->have, &j->expect, &j->bring};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strcmp(word, names[k]) == 0)
            return lists[k];
    return NULL;
}

/* Reads `path` into j; 0, or 1 after printing what was wrong and where. */
static int journey_read(const char *path, journey_t *j)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    char line[1024];
    int at = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        at++;
        char *hash = strchr(line, '#');
        if (hash) {
            if (!j->title[0]) {
                char *t = hash + 1 + strspn(hash + 1, " \t");
                snprintf(j->title, sizeof j->title, "%.*s", (int)strcspn(t, "\r\n"), t);
            }
            *hash = '\0';
        }
        char *save = NULL, *word = strtok_r(line, " \t\r\n", &save);
        if (!word)
            continue;
        words_t *list = keyword(j, word);
        if (!list) {
            printf("%s:%d: unknown keyword '%s' (want, have, expect or bring)\n", path, at, word);
            rc = 1;
            break;
        }
        list->line = at;
        while (rc == 0 && (word = strtok_r(NULL, " \t\r\n", &save))) {
            if (list->n == WORDS_MAX) {
                printf("%s:%d: more than %d words\n", path, at, WORDS_MAX);
                rc = 1;
            } else if (!(list->item[list->n++] = strdup(word))) {
                list->n--;
                printf("mppctl: out of memory\n");
                rc = 1;
            }
        }
    }
    fclose(f);
    if (rc == 0 && (j->want.n == 0 || j->expect.line == 0)) {
        printf("%s: a journey needs a `want` line and an `expect` line\n", path);
        rc = 1;
    }
    return rc;
}

/* Prints the words of one list after `label`, "nothing" when empty. */
static void print_list(const char *label, const char *const *items, size_t n)
{
    printf("%s", label);
    for (size_t i = 0; i < n; i++)
        printf(" %s", items[i]);
    printf(n ? "\n" : " nothing\n");
}

/* Whether the plan's list equals the file's, word for word in order. */
static bool same(const char *const *got, size_t n_got, const words_t *want)
{
    if (n_got != want->n)
        return false;
    for (size_t i = 0; i < n_got; i++)
        if (strcmp(got[i], want->item[i]) != 0)
            return false;
    return true;
}

/* Compares the plan with the file; prints each difference. Returns how
 * many there were. */
static int compare(const char *path, const journey_t *j, const visit_plan_t *p)
{
    int problems = 0;
    const char *steps[VISIT_STEPS_MAX];
    for (size_t i = 0; i < p->n_steps; i++)
        steps[i] = p->steps[i].service->id;
    if (!same(steps, p->n_steps, &j->expect)) {
        printf("%s:%d: the plan differs from `expect`\n", path, j->expect.line);
        print_list("  expected:", (const char *const *)j->expect.item, j->expect.n);
        print_list("  planned: ", steps, p->n_steps);
        problems++;
    }
    if (j->bring.line && !same(p->bring, p->n_bring, &j->bring)) {
        printf("%s:%d: what to bring differs from `bring`\n", path, j->bring.line);
        print_list("  expected:", (const char *const *)j->bring.item, j->bring.n);
        print_list("  planned: ", p->bring, p->n_bring);
        problems++;
    }
    if (p->cycle) {
        printf("%s: the plan has a cycle: %s\n", path, p->cycle_why);
        problems++;
    }
    return problems;
}

int journey_rehearse(const plugin_hall_t *hall, const char *dir, const char *file)
{
    static journey_t j; /* the words are freed below; static keeps the stack small */
    memset(&j, 0, sizeof j);
    if (journey_read(file, &j) != 0) {
        journey_free(&j);
        return 1;
    }
    catalog_t *cat = plugin_load_dir(dir, hall);
    int rc = cat ? 0 : 1;
    for (size_t i = 0; cat && i < cat->n_errors; i++)
        printf("%s:%d: %s\n", cat->errors[i].file, cat->errors[i].line, cat->errors[i].message);
    if (cat && cat->n_errors)
        rc = 1;
    char err[JOURNEY_ERR_MAX] = "";
    if (rc == 0 && visit_plan_hall_cycle(cat, err, sizeof err) != 0) {
        printf(VISIT_CYCLE_MESSAGE ": %s\n", err[0] ? err : "out of memory");
        rc = 1;
    }
    static visit_plan_t plan;
    if (rc == 0 && visit_plan_make(cat, (const char *const *)j.want.item, j.want.n,
                                   (const char *const *)j.have.item, j.have.n, &plan, err,
                                   sizeof err) != VISIT_OK) {
        printf("%s:%d: %s\n", file, j.want.line, err);
        rc = 1;
    }
    if (rc == 0) {
        if (j.title[0])
            printf("journey: %s\n", j.title);
        for (size_t i = 0; i < plan.n_steps; i++)
            printf("  %zu. %s (%s)\n", i + 1, plan.steps[i].service->id, plan.steps[i].why);
        print_list("  bring:", plan.bring, plan.n_bring);
        int problems = compare(file, &j, &plan);
        printf(problems ? "%d problem(s)\n" : "the plan is the one expected\n", problems);
        rc = problems ? 1 : 0;
    }
    catalog_free(cat);
    journey_free(&j);
    return rc;
}
