/*
 * documents.h - the hall's shared vocabulary of documents: the ids that
 * services use in `needs` and `gives` (docs/plugin-guide.md), so that
 * "Kartu Keluarga" given by Dukcapil is the same thing Imigrasi needs for
 * a passport. Plain data; names in Bahasa Indonesia, as a citizen knows
 * them. Each names the agency that issues it (its id among the hall's
 * agencies, ../shared/AGENCIES.md): only that agency's services may give
 * it, so one agency's plugin cannot put itself in the way of another's
 * document in a citizen's visit plan.
 */
#ifndef MPP_DOCUMENTS_H
#define MPP_DOCUMENTS_H

#include <stddef.h>

typedef struct catalog_document {
    const char *id;     /* "kk" */
    const char *name;   /* "Kartu Keluarga" */
    const char *issuer; /* "dukcapil"; NULL: issued outside the hall */
} catalog_document_t;

/* The document of `id`, or NULL when the vocabulary has none. */
const catalog_document_t *catalog_document_find(const char *id);
/* Every document, in the vocabulary's order; *n gets how many. */
const catalog_document_t *catalog_documents(size_t *n);
/* The ids of the vocabulary, NULL-ended (for a "did you mean"). */
const char *const *catalog_document_ids(void);

#endif
