// admin-reports.js - the reports panel of the admin page: service-time
// figures for a range of days (GET /api/v1/reports/service, docs/reports.md)
// as charts drawn by charts.js: tickets issued per local hour, median
// waiting time per agency, median service time per service against its
// standard, share served within the standard; a table per agency; the CSV.
import { t, lang, onLang } from './i18n.js';
import { api, errorText } from './api.js';
import { el, $, hallDay } from './format.js';
import { barChart, hbarChart } from './charts.js';

const WORDS = {
  id: {
    hours: 'Tiket diambil per jam', wait: 'Median waktu tunggu per instansi (menit)',
    service: 'Median waktu layanan per layanan (menit); garis = standar', share: 'Dilayani dalam waktu standar per instansi',
    none: 'Belum ada tiket pada rentang ini.', total: 'Tiket {issued} · dilayani {served} · tidak hadir {no_show} · dialihkan {transferred} · batal {cancelled} · masih terbuka {open}',
    busiest: 'Jam tersibuk: {h}.00–{h2}.00 ({n} tiket)', csv: 'Unduh CSV',
    cols: ['Instansi', 'Tiket', 'Dilayani', 'Tidak hadir', 'Dialihkan', 'Median tunggu', 'P90 tunggu', 'Median layanan', 'P90 layanan', 'Dalam standar'],
  },
  en: {
    hours: 'Tickets issued per hour', wait: 'Median waiting time per agency (minutes)',
    service: 'Median service time per service (minutes); line = standard', share: 'Served within the standard time per agency',
    none: 'No tickets in this range yet.', total: 'Tickets {issued} · served {served} · no-show {no_show} · transferred {transferred} · cancelled {cancelled} · still open {open}',
    busiest: 'Busiest hour: {h}:00–{h2}:00 ({n} tickets)', csv: 'Download CSV',
    cols: ['Agency', 'Tickets', 'Served', 'No-show', 'Transferred', 'Median wait', 'P90 wait', 'Median service', 'P90 service', 'Within standard'],
  },
};
const w = (key, params = {}) => {
  const s = (WORDS[lang()] || WORDS.id)[key];
  return typeof s === 'string' ? s.replace(/\{(\w+)\}/g, (_, k) => params[k] ?? '') : s;
};
// minutes with one decimal, a share in percent ('–' for none): the tables'
export const mins = (s) => (s === null || s === undefined ? '–' : (s / 60).toFixed(1));
export const pct = (x) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);

// A report panel's agency menu (keeping its choice) and default range:
// the 1st of this month to a week ahead, so a simulated day, which runs on
// a coming day, shows too. `prefix` names its fields (#rp-from, #st-to).
export function reportForm(prefix, list) {
  const sel = $(`#${prefix}-agency`);
  const keep = sel.value;
  sel.replaceChildren(el('option', { value: '', dataset: { i18n: 'admin.ikm.all' } }, t('admin.ikm.all')),
    ...list.map((a) => el('option', { value: a.id }, a.name)));
  sel.value = keep;
  if (!$(`#${prefix}-from`).value) {
    // the hall's month so far, and the week ahead (booked tickets)
    $(`#${prefix}-from`).value = hallDay().day.slice(0, 8) + '01';
    $(`#${prefix}-to`).value = hallDay(new Date(Date.now() + 7 * 86400_000)).day;
  }
  return sel;
}

let agencies = [];
let report = null;

// The rows of one level by agency or service id. The charts read the
// report grouped as one range, so each id has one row.
function byKey(rows, level, key) {
  const out = new Map();
  for (const r of rows.filter((x) => x.level === level)) {
    const k = r[key] ?? '';
    if (!out.has(k)) out.set(k, []);
    out.get(k).push(r);
  }
  return out;
}

function render() {
  $('#rp-csv').textContent = w('csv');
  const box = $('#rp-charts');
  box.replaceChildren();
  $('#rp-total').textContent = '';
  if (!report) return;
  const hallRows = report.rows.filter((x) => x.level === 'hall');
  if (!hallRows.length) { box.append(el('p', { class: 'hint' }, w('none'))); return; }
  const sum = (k) => hallRows.reduce((s, r) => s + r[k], 0);
  $('#rp-total').textContent = w('total', Object.fromEntries(
    ['issued', 'served', 'no_show', 'transferred', 'cancelled', 'open'].map((k) => [k, sum(k)])));

  const hours = Array.from({ length: 24 }, (_, h) => hallRows.reduce((s, r) => s + r.hours[h], 0));
  const first = hours.findIndex((n) => n > 0), last = 23 - [...hours].reverse().findIndex((n) => n > 0);
  const from = Math.max(0, Math.min(first, 7)), to = Math.max(last, 16);
  const top = hours.indexOf(Math.max(...hours));
  box.append(el('h3', {}, w('hours')), el('p', { class: 'hint', id: 'rp-busiest' }, w('busiest', { h: top, h2: top + 1, n: hours[top] })),
    barChart(hours.slice(from, to + 1).map((_, i) => String(from + i).padStart(2, '0')), hours.slice(from, to + 1),
      { title: w('hours'), highlight: top - from }));

  const name = (id) => agencies.find((a) => a.id === id)?.name || id;
  const agencyRows = [...byKey(report.rows, 'agency', 'agency').entries()].map(([id, rs]) => ({ id, r: rs[0] }));
  agencyRows.sort((a, b) => (b.r.waiting.median_s ?? -1) - (a.r.waiting.median_s ?? -1));
  box.append(el('h3', {}, w('wait')), hbarChart(agencyRows.map((x) => ({ label: name(x.id), value: x.r.waiting.median_s === null ? null : x.r.waiting.median_s / 60 })),
    { title: w('wait'), format: (v) => v.toFixed(1) }));

  const services = [...byKey(report.rows, 'service', 'service').entries()].map(([, rs]) => rs[0])
    .filter((r) => r.service_time.count > 0)
    .sort((a, b) => b.served - a.served).slice(0, 15);
  box.append(el('h3', {}, w('service')), hbarChart(services.map((r) => ({
    label: r.name || r.service, value: r.service_time.median_s / 60,
    marker: r.service_time.standard_s === null ? null : r.service_time.standard_s / 60,
  })), { title: w('service'), format: (v) => v.toFixed(1) }));

  const shares = agencyRows.filter((x) => x.r.service_time.within_share !== null)
    .sort((a, b) => a.r.service_time.within_share - b.r.service_time.within_share);
  box.append(el('h3', {}, w('share')), hbarChart(shares.map((x) => ({ label: name(x.id), value: x.r.service_time.within_share })),
    { title: w('share'), max: 1, format: pct }));

  const cols = w('cols');
  box.append(el('table', { class: 'report-table' },
    el('thead', {}, el('tr', {}, ...cols.map((c) => el('th', {}, c)))),
    el('tbody', {}, ...agencyRows.sort((a, b) => b.r.issued - a.r.issued).map(({ id, r }) => el('tr', {},
      el('td', {}, name(id)), el('td', {}, String(r.issued)), el('td', {}, String(r.served)), el('td', {}, String(r.no_show)),
      el('td', {}, String(r.transferred)), el('td', {}, mins(r.waiting.median_s)), el('td', {}, mins(r.waiting.p90_s)),
      el('td', {}, mins(r.service_time.median_s)), el('td', {}, mins(r.service_time.p90_s)),
      el('td', {}, pct(r.service_time.within_share)))))));
}

// The query of the form; the charts read the whole range as one period,
// the CSV in the periods chosen.
function query(group) {
  const q = new URLSearchParams({ from: $('#rp-from').value, to: $('#rp-to').value, group });
  if ($('#rp-agency').value) q.set('agency', $('#rp-agency').value);
  return q;
}

async function load() {
  $('#rp-csv').href = '/api/v1/reports/service.csv?' + query($('#rp-group').value);
  try {
    report = await api('GET', '/api/v1/reports/service?' + query('range'));
    $('#rp-error').hidden = true;
  } catch (err) {
    report = null;
    $('#rp-error').textContent = errorText(err);
    $('#rp-error').hidden = false;
  }
  render();
}

// Fills the agency menu and the default range, then loads.
export async function initReports(list) {
  agencies = list;
  const sel = reportForm('rp', list);
  if (!sel.dataset.wired) {
    sel.dataset.wired = '1';
    $('#rp-form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
    onLang(render);
  }
  await load();
}
