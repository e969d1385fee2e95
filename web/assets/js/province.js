// province.js - the province page of mppagg: every MPP hall as a row
// (waiting now, counters open, today's tickets and served, median wait and
// service time, the month's IKM), the whole province as the last row, and the agencies of
// the hall chosen. It reads GET /api/v1/halls, then /ws pushes the figures
// again whenever they change; on a dropped link it says so and reconnects.
import { t, translate, langButton, onLang } from './i18n.js';

const $ = (id) => document.getElementById(id);
let halls = null;
let chosen = null;

// A median comes as the middle of its whole minute: minute 0 is "< 1 min".
const minutes = (s) => {
  if (s === null || s === undefined) return '–';
  const m = Math.floor(s / 60);
  return m === 0 ? t('province.under_minute') : t('province.minutes', { n: m });
};
// The month's IKM as published (value x 25) with its grade, or – without answers.
const ikm = (k) => (k && k.value !== null ? `${k.value.toFixed(2)} (${k.grade}) · ${t('province.respondents', { n: k.respondents })}` : '–');
const time = (iso) => (iso ? iso.slice(11, 16) + ' · ' + iso.slice(0, 10) : '–');

function cell(tr, text, numeric) {
  const td = document.createElement('td');
  td.textContent = text;
  if (numeric) td.className = 'n';
  tr.append(td);
  return td;
}

// The figures of a row, in the columns' order.
function figures(tr, h) {
  cell(tr, String(h.waiting), true);
  cell(tr, String(h.counters_open), true);
  cell(tr, String(h.issued_today), true);
  cell(tr, String(h.served_today), true);
  cell(tr, minutes(h.median_wait_s), true);
  cell(tr, minutes(h.median_service_s), true);
  cell(tr, ikm(h.ikm), true);
}

function choose(id) {
  chosen = id;
  render();
  $('detail').scrollIntoView({ block: 'nearest' });
}

function renderDetail() {
  const h = halls && halls.halls.find((x) => x.hall === chosen);
  $('detail').hidden = !h;
  if (!h) return;
  $('detail-title').textContent = t('province.agencies', { hall: h.hall });
  const body = $('agencies');
  body.replaceChildren();
  for (const a of h.agencies) {
    const tr = document.createElement('tr');
    cell(tr, a.id);
    cell(tr, String(a.waiting), true);
    cell(tr, a.serving || '–');
    cell(tr, String(a.counters_open), true);
    cell(tr, String(a.issued_today), true);
    cell(tr, String(a.served_today), true);
    cell(tr, minutes(a.median_wait_s), true);
    cell(tr, minutes(a.median_service_s), true);
    cell(tr, a.within_share === null ? '–' : `${Math.round(a.within_share * 100)}%`, true);
    cell(tr, ikm(a.ikm), true);
    body.append(tr);
  }
}

function render() {
  if (!halls) return;
  const list = halls.halls;
  $('none').hidden = list.length > 0;
  $('halls').hidden = list.length === 0;
  const body = $('rows');
  body.replaceChildren();
  const total = { waiting: 0, counters_open: 0, issued_today: 0, served_today: 0, median_wait_s: null, median_service_s: null };
  for (const h of list) {
    const tr = document.createElement('tr');
    tr.className = 'hall-row';
    tr.dataset.hall = h.hall;
    tr.setAttribute('aria-selected', String(h.hall === chosen));
    const name = cell(tr, '');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary hall-name';
    b.textContent = h.hall;
    b.addEventListener('click', () => choose(h.hall));
    const ev = document.createElement('span');
    ev.className = 'hall-events';
    ev.textContent = t('province.events', { n: h.events });
    name.append(b, ev);
    figures(tr, h);
    cell(tr, time(h.last_at));
    tr.addEventListener('click', (e) => { if (e.target === tr || e.target.tagName === 'TD') choose(h.hall); });
    body.append(tr);
    for (const k of ['waiting', 'counters_open', 'issued_today', 'served_today']) total[k] += h[k];
  }
  const foot = $('total');
  foot.replaceChildren();
  cell(foot, t('province.total'));
  figures(foot, total); // a province has no median of medians: shown as –
  cell(foot, '');
  renderDetail();
}

function online(yes) {
  document.querySelector('[data-offline]').hidden = yes;
  $('live').classList.toggle('off', !yes);
}

let backoff = 500;
function connect() {
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`, 'mpp-province');
  ws.onopen = () => { backoff = 500; online(true); };
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.type === 'halls') { halls = msg; render(); }
  };
  ws.onclose = () => {
    online(false);
    setTimeout(connect, backoff);
    backoff = Math.min(backoff * 2, 10000);
  };
}

async function start() {
  translate();
  langButton($('lang'));
  onLang(render);
  try {
    const r = await fetch('/api/v1/halls');
    if (r.ok) { halls = await r.json(); render(); }
  } catch { online(false); }
  connect();
}

start();
