/*
 * hall_config.c - the hall config seen by the plugin host: which counters
 * the hall gives each agency, and the plugin options it sets
 * (plugin_options in mppd.cfg), read by agency:option_*().
 */
#include <stdio.h>
#include <string.h>

#include "plugin/plugin.h"
#include "text.h"

static int config_option(void *ctx, const char *agency, const char *name, plugin_option_t *out)
{
    const config_option_t *o = config_option_find(ctx, agency, name);
    if (!o)
        return -1;
    static const plugin_option_kind_t kinds[] = {
        [CONFIG_OPT_INT] = PLUGIN_OPTION_INT,
        [CONFIG_OPT_BOOL] = PLUGIN_OPTION_BOOL,
        [CONFIG_OPT_STRING] = PLUGIN_OPTION_STRING,
    };
    *out = (plugin_option_t){kinds[o->kind], o->integer, o->boolean, o->text, o->file, o->line};
    return 0;
}

const plugin_hall_t *plugin_hall_from_config(plugin_hall_config_t *out, const config_t *cfg)
{
    for (size_t i = 0; i < cfg->n_counters; i++) {
        out->counters[i] = cfg->counters[i].number;
        snprintf(out->agencies[i], CATALOG_ID_MAX, "%s", cfg->counters[i].agency);
    }
    out->hall = (plugin_hall_t){out->counters, (const char(*)[CATALOG_ID_MAX])out->agencies,
                                cfg->n_counters, config_option, (void *)cfg};
    return &out->hall;
}

size_t plugin_options_unread(const config_t *cfg, const catalog_t *cat,
                             void (*warn)(void *ctx, const char *message), void *ctx)
{
    size_t n = 0;
    for (size_t i = 0; i < cfg->n_options; i++) {
        const config_option_t *o = &cfg->options[i];
        const catalog_agency_t *a = catalog_agency_find(cat, o->agency);
        if (!a)
            continue; /* an agency without its plugin: the counters' warning says so */
        const char *known[65];
        size_t k = 0;
        bool read = false;
        for (size_t j = 0; j < a->n_options_read && k < 64; j++) {
            read = read || strcmp(a->options_read[j], o->name) == 0;
            known[k++] = a->options_read[j];
        }
        if (read)
            continue;
        known[k] = NULL;
        const char *hint = text_suggest(o->name, known);
        char msg[512];
        snprintf(msg, sizeof msg,
                 "plugin_options.%s.%s (%s line %d) is not read by the plugin of '%s' (%s)%s%s%s",
                 o->agency, o->name, o->file, o->line, a->id, a->file ? a->file : "?",
                 hint ? "; did you mean '" : ": the setting has no effect", hint ? hint : "",
                 hint ? "'?" : "");
        warn(ctx, msg);
        n++;
    }
    return n;
}
