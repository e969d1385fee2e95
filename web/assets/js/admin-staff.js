// admin-staff.js - the staff report panel of the admin page
// (GET /api/v1/reports/staff, docs/reports.md): per person over a range of
// days, tickets served, median service time against the standard, share
// within it, no-shows, transfers and paused time by reason, as charts
// (charts.js) and a table; the CSV by day, week, month or range.
import { lang, onLang } from './i18n.js';
import { api, errorText } from './api.js';
import { el, $ } from './format.js';
import { hbarChart } from './charts.js';
import { mins, pct, reportForm } from './admin-reports.js';

const WORDS = {
  id: {
    title: 'Laporan petugas', live: 'Pantauan gedung (langsung)', staff: 'Petugas (kosong = semua)',
    served: 'Tiket dilayani per petugas', ratio: 'Median waktu layanan dibanding standar (1,0 = tepat standar)',
    paused: 'Lama istirahat per petugas (menit)', none: 'Belum ada kegiatan petugas pada rentang ini.',
    cols: ['Petugas', 'Dilayani', 'Median layanan', 'P90 layanan', 'Median/standar', 'Dalam standar', 'Tidak hadir', 'Dialihkan', 'Istirahat', 'Menurut alasan'],
  },
  en: {
    title: 'Staff report', live: 'Hall live', staff: 'Staff (empty = everyone)',
    served: 'Tickets served per person', ratio: 'Median service time over the standard (1.0 = the standard)',
    paused: 'Time on break per person (minutes)', none: 'No staff activity in this range yet.',
    cols: ['Staff', 'Served', 'Median service', 'P90 service', 'Median/standard', 'Within standard', 'No-show', 'Transferred', 'On break', 'By reason'],
  },
};
const w = (key) => (WORDS[lang()] || WORDS.id)[key];

let report = null;

function words() {
  for (const e of document.querySelectorAll('[data-st]')) e.textContent = w(e.dataset.st);
}

function render() {
  words();
  const box = $('#st-charts');
  box.replaceChildren();
  if (!report) return;
  const people = report.rows.filter((r) => r.staff !== null);
  if (!people.length) { box.append(el('p', { class: 'hint' }, w('none'))); return; }
  people.sort((a, b) => b.served - a.served);
  box.append(el('h3', {}, w('served')),
    hbarChart(people.map((r) => ({ label: r.staff, value: r.served })), { title: w('served'), format: (v) => String(v) }));
  const rated = people.filter((r) => r.against_standard.median !== null);
  if (rated.length)
    box.append(el('h3', {}, w('ratio')), hbarChart(rated.map((r) => ({ label: r.staff, value: r.against_standard.median, marker: 1 })),
      { title: w('ratio'), format: (v) => v.toFixed(2) }));
  box.append(el('h3', {}, w('paused')),
    hbarChart(people.map((r) => ({ label: r.staff, value: r.paused_s / 60 })), { title: w('paused'), format: (v) => v.toFixed(0) }));
  box.append(el('table', { class: 'report-table', id: 'st-table' },
    el('thead', {}, el('tr', {}, ...w('cols').map((c) => el('th', {}, c)))),
    el('tbody', {}, ...people.map((r) => el('tr', { dataset: { staff: r.staff } },
      el('td', {}, r.staff), el('td', {}, String(r.served)),
      el('td', {}, mins(r.service_time.median_s)), el('td', {}, mins(r.service_time.p90_s)),
      el('td', {}, r.against_standard.median === null ? '–' : r.against_standard.median.toFixed(2)),
      el('td', {}, pct(r.against_standard.within_share)),
      el('td', {}, String(r.no_show)), el('td', {}, String(r.transfers)),
      el('td', {}, mins(r.paused_s)),
      el('td', {}, r.paused_by_reason.map((p) => `${p.name}: ${mins(p.seconds)}`).join('; ') || '–'))))));
}

function query(group) {
  const q = new URLSearchParams({ from: $('#st-from').value, to: $('#st-to').value, group });
  if ($('#st-agency').value) q.set('agency', $('#st-agency').value);
  if ($('#st-staff').value.trim()) q.set('staff', $('#st-staff').value.trim());
  return q;
}

async function load() {
  $('#st-csv').href = '/api/v1/reports/staff.csv?' + query($('#st-group').value);
  try {
    report = await api('GET', '/api/v1/reports/staff?' + query('range'));
    $('#st-error').hidden = true;
  } catch (err) {
    report = null;
    $('#st-error').textContent = errorText(err);
    $('#st-error').hidden = false;
  }
  render();
}

// Fills the agency menu and the default range, then loads.
export async function initStaff(agencies) {
  const sel = reportForm('st', agencies);
  if (!sel.dataset.wired) {
    sel.dataset.wired = '1';
    $('#st-form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
    onLang(render);
  }
  await load();
}
