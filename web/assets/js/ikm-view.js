// ikm-view.js - the parts of an IKM report (GET /api/v1/reports/ikm,
// docs/skm.md) that the public page /ikm and the admin page both show:
// numbers in the page's language, the sample-size check against the
// Krejcie-Morgan table, and the respondents' profile as tables.
import { t, lang } from './i18n.js';
import { el } from './format.js';
import { PROFILE } from './survey.js';

// x with exactly `digits` decimals in the page's language (83,33 / 83.33).
export function fmt(x, digits) {
  return x.toLocaleString(lang() === 'en' ? 'en-GB' : 'id-ID',
    { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

// "Responden 120; diperlukan 278 ..." and whether the sample is enough.
export function sampleText(r) {
  const s = r.sample;
  if (!s.population) return t('ikm.sample.empty');
  const base = t('ikm.sample.base', {
    respondents: t('ikm.sample.respondents', { n: fmt(r.respondents, 0) }),
    needed: fmt(s.needed, 0),
    population: t('ikm.sample.population', { n: fmt(s.population, 0) }),
  });
  return base + ' ' + (s.enough ? t('ikm.sample.enough') : t('ikm.sample.missing', { n: fmt(s.missing, 0) }));
}

// "B (Baik)": the grade and its name in the page's language (the report's
// grade_label is PermenPANRB's Indonesian name).
export function gradeText(r) {
  return `${r.grade} (${t('ikm.grade.' + r.grade)})`;
}

// One table per profile field: each value, how many, and their share.
export function profileTables(r) {
  return Object.keys(PROFILE).map((field) => {
    const counts = r.profile[field];
    const values = [...PROFILE[field], 'none'];
    const rows = values.map((v) => {
      const n = counts[v] || 0;
      const share = r.respondents ? (100 * n) / r.respondents : 0;
      return el('tr', {},
        el('td', {}, v === 'none' ? t('ikm.profile.none') : t(`skm.profile.${field}.${v}`)),
        el('td', { class: 'count' }, fmt(n, 0)),
        el('td', { class: 'count' }, `${fmt(share, 1)} %`));
    });
    return el('table', { class: 'ikm-profile-table' },
      el('caption', {}, t(`skm.profile.${field}`)),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('ikm.profile.value')),
        el('th', { scope: 'col', class: 'count' }, t('ikm.profile.count')),
        el('th', { scope: 'col', class: 'count' }, t('ikm.profile.share')))),
      el('tbody', {}, rows));
  });
}
