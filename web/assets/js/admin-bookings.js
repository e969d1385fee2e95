// admin-bookings.js - the "Pemesanan" panel of the admin page: for a day
// and one agency or all, each bookable service with its bookings counted
// by status and listed (GET /api/v1/bookings). An admin reads names and
// phone numbers masked; only the agency's own staff see them whole.
import { t, onLang } from './i18n.js';
import { api, errorText } from './api.js';
import { el, $, agencyShort, isoClock, hallDay } from './format.js';

let agencies = [];
let reply = null;


function render() {
  const box = $('#bk-list');
  if (!reply) { box.replaceChildren(); return; }
  if (!reply.services.length) { box.replaceChildren(el('p', { class: 'hint' }, t('admin.bookings.none'))); return; }
  const agencyOf = (id) => agencies.find((a) => a.id === id.split('/')[0]);
  box.replaceChildren(...reply.services.map((s, i) => {
    const id = 'bk-svc-' + i;
    const a = agencyOf(s.service);
    const rows = [...s.bookings].sort((x, y) => x.start.localeCompare(y.start) || x.code.localeCompare(y.code));
    return el('article', { class: 'bk-service' },
      el('h3', { id }, s.name, a ? el('span', { class: 'hint' }, ' · ' + agencyShort(a)) : null),
      el('p', { class: 'bk-counts' }, t('admin.bookings.counts', s)),
      rows.length ? el('table', { 'aria-labelledby': id },
        el('thead', {}, el('tr', {}, ...['admin.col.code', 'admin.col.time', 'admin.col.status', 'admin.col.name',
          'admin.col.phone', 'admin.col.ticket'].map((k) => el('th', {}, t(k))))),
        el('tbody', {}, ...rows.map((b) => el('tr', {},
          el('td', { class: 'number' }, b.code),
          el('td', {}, `${isoClock(b.start)}–${isoClock(b.end)}`),
          el('td', {}, el('span', { class: 'badge bk-' + b.status }, t('booking.status.' + b.status))),
          el('td', {}, b.name ?? '–'),
          el('td', {}, b.phone ?? '–'),
          el('td', {}, b.ticket ? `${b.ticket.number} (${t('status.' + b.ticket.status)})` : '–')))))
        : el('p', { class: 'hint' }, t('admin.bookings.empty')));
  }));
}

async function load() {
  const q = new URLSearchParams({ date: $('#bk-date').value });
  if ($('#bk-agency').value) q.set('agency', $('#bk-agency').value);
  try {
    reply = await api('GET', '/api/v1/bookings?' + q);
    $('#bk-error').hidden = true;
  } catch (err) {
    reply = null;
    $('#bk-error').textContent = errorText(err);
    $('#bk-error').hidden = false;
  }
  render();
}

// Fills the agency menu (the agencies that take bookings) and today's date,
// then loads; `list` is /api/v1/agencies.
export async function initBookings(list) {
  agencies = list;
  const sel = $('#bk-agency');
  const keep = sel.value;
  sel.replaceChildren(el('option', { value: '', dataset: { i18n: 'admin.ikm.all' } }, t('admin.ikm.all')),
    ...agencies.filter((a) => a.services.some((s) => s.booking)).map((a) => el('option', { value: a.id }, `${agencyShort(a)} (${a.name})`)));
  sel.value = keep;
  if (!$('#bk-date').value) $('#bk-date').value = hallDay().day;
  if (!sel.dataset.wired) {
    sel.dataset.wired = '1';
    $('#bk-form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
    onLang(render);
  }
  await load();
}
