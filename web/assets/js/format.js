// format.js - how the pages write money, times, waits and ticket numbers,
// and small DOM helpers shared by every page.
import { t, lang } from './i18n.js';

const locale = () => (lang() === 'en' ? 'en-GB' : 'id-ID');

export function rupiah(fee) {
  if (!fee) return t('fee.free');
  return 'Rp ' + new Intl.NumberFormat('id-ID').format(fee);
}

// The fee line a citizen reads: amount, or "Gratis", then the note if any.
// A fee of 0 with a note is not always free (a rate, a tariff paid
// elsewhere): the note then says it all. A fee with a note shows both.
export function feeText(service) {
  if (!service.fee_note) return rupiah(service.fee);
  return service.fee ? `${rupiah(service.fee)} (${service.fee_note})` : service.fee_note;
}

// The fee in a list line, with no room for the note: a 0 is "Gratis" when
// there is no note or the note itself starts with "Gratis"; a 0 with
// another note (a rate, a tariff paid elsewhere) says "see details".
export function feeShort(service) {
  const note = (service.fee_note || '').trim();
  if (!service.fee && note && !/^gratis\b/i.test(note)) return t('fee.details');
  return rupiah(service.fee);
}

export function minutes(n) { return t('unit.minutes', { n }); }

// When the citizen's document is ready (the service's `completion`): "Selesai
// di loket", "4 hari kerja", with the plugin's note where it varies, and
// "perkiraan" when the agency has not confirmed it.
export function completionText(service) {
  const c = service.completion;
  if (!c) return t('completion.none');
  const base = c.unit === 'counter' ? t('completion.counter') : t('completion.' + c.unit, { n: c.value });
  const guess = (service.unconfirmed || []).includes('completion') ? ' ' + t('completion.estimate') : '';
  return base + guess + (c.note ? ` (${c.note})` : '');
}

// The estimated wait in words; with no counter serving the service open
// now (countersOpen 0) the estimate cannot say when, and the words say so.
export function waitText(seconds, countersOpen) {
  if (seconds === null || seconds === undefined) return '–';
  if (countersOpen === 0) return t('wait.no_counter');
  if (seconds < 60) return t('wait.none');
  return t('wait.about', { m: Math.round(seconds / 60) });
}

// The hall's time zone (the server's `timezone`, an IANA name): every time
// a page shows is the hall's, whatever zone the kiosk, TV box, counter PC
// or phone was set to (setHallZone; api.js loadHallZone asks the server).
let hallZone;
export function setHallZone(zone) {
  try {
    new Intl.DateTimeFormat('id', { timeZone: zone });
    hallZone = zone;
  } catch {
    hallZone = undefined; // a name this browser does not know: its own zone
  }
}

// The formatters are made once per language and zone: a page that shows
// the time every second (the hall board, all day on a TV box) does not
// build them again each time.
const FORMATS = {
  clock: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit' },
  dateTime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  parts: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};
const formatters = new Map();
function inHall(kind, d) {
  const lang = kind === 'parts' ? 'en-GB' : locale(), key = `${kind} ${lang} ${hallZone || ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { ...FORMATS[kind], timeZone: hallZone });
    formatters.set(key, f);
  }
  return kind === 'parts' ? f.formatToParts(d) : f.format(d);
}

export function clock(d = new Date()) {
  return { time: inHall('clock', d), date: inHall('date', d) };
}

export function timeOf(iso) {
  if (!iso) return '';
  return inHall('time', new Date(iso));
}

export function dateTime(iso) {
  return inHall('dateTime', iso ? new Date(iso) : new Date());
}

// The hall's calendar day "YYYY-MM-DD" and time "HH:MM" of d (now by
// default), as its hours and the date fields of the admin's reports read.
export function hallDay(d = new Date()) {
  const p = Object.fromEntries(inHall('parts', d).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, hhmm: `${p.hour}:${p.minute}` };
}

// A stable colour for an agency (the hall config gives none): a hue from
// its id, dark enough for white text (contrast above 4.5:1).
export function agencyColour(id) {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `hsl(${h % 360} 65% 30%)`;
}

// Initials for an agency tile: "Dinas Kependudukan ..." -> "DK".
export function initials(name) {
  const skip = new Set(['dan', 'kabupaten', 'kantor', 'pt', 'the', 'of', '/']);
  return name.split(/\s+/).filter((w) => w && !skip.has(w.toLowerCase()))
    .slice(0, 2).map((w) => w[0].toUpperCase()).join('');
}

// Creates an element: el('li', {class: 'x', text: 'y'}, child...)
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v === true) e.setAttribute(k, '');
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export const $ = (sel, root = document) => root.querySelector(sel);

// For searching service names: lower case, no accents, one space.
export function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

// Every word of the query must start a word or appear inside the name.
export function matches(haystack, query) {
  const h = fold(haystack);
  const compact = h.replace(/ /g, '');
  return fold(query).split(' ').filter(Boolean).every((w) => h.includes(w) || compact.includes(w));
}

// ---- agencies by the name a citizen knows them by ----

// "Dukcapil" rather than "Dinas Kependudukan dan Pencatatan Sipil ...".
export function agencyShort(a) { return (a && (a.short || a.name)) || ''; }

// The agency's logo as an <img> with its alt text, or null when it has none.
export function agencyLogo(a, cls = 'agency-logo') {
  if (!a || !a.logo) return null;
  return el('img', { src: a.logo, alt: t('agency.logo', { name: agencyShort(a) }), class: cls, width: 40, height: 40 });
}

// The counters that serve a service, as a person reads them: [16, 17] is
// "16-17", [1, 2, 3, 4] "1-4", [5, 7] "5, 7".
export function counterRange(numbers) {
  const list = [...new Set(numbers || [])].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < list.length; i++) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j] + 1) j++;
    parts.push(j > i ? `${list[i]}-${list[j]}` : String(list[i]));
    i = j;
  }
  return parts.join(', ');
}

// ---- times of the hall (booking slots) ----
// A slot's time is the hall's local time, written in its ISO text with the
// hall's offset ("2030-01-07T09:00:00+07:00"); it is read from the text,
// never converted to the phone's zone.

export const isoDay = (iso) => iso.slice(0, 10);
export const isoClock = (iso) => iso.slice(11, 16);

// Minutes east of UTC of an ISO time's offset ("+07:00" -> 420).
export function isoOffset(iso) {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso || '');
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

// YYYY-MM-DD of now in a zone `offset` minutes east of UTC, plus `days`.
export function dayAt(offset, days = 0) {
  return new Date(Date.now() + offset * 60000 + days * 86400000).toISOString().slice(0, 10);
}

// "Senin, 7 Januari 2030" of a YYYY-MM-DD.
export function dayText(day, opts = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale(), { ...opts, timeZone: 'UTC' });
}

// "HH:MM" `minutes` after (or before, when negative) a "HH:MM".
export function clockPlus(hhmm, minutes) {
  const [h, m] = hhmm.split(':').map(Number);
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

// The check-in window of a booking's slot start under a service's rules.
export function checkinWindow(startIso, rules) {
  const at = isoClock(startIso);
  const before = rules?.checkin_before ?? 30, after = rules?.checkin_after ?? 15;
  return t('booking.window.text', { before, after, from: clockPlus(at, -before), to: clockPlus(at, after) });
}

// ---- documents (core/documents.c) ----

// A document's name as a citizen knows it: the page's words for the id,
// else the name the server gave (`names`, a plan's `documents`), else the id.
export function docName(id, names = {}) {
  const key = 'doc.' + id;
  const mine = t(key);
  return mine !== key ? mine : names[id] || id;
}

// "A", "A dan B", "A, B dan C" (English: "A, B and C").
export function andList(items) {
  if (items.length < 2) return items.join('');
  return t('list.and', { a: items.slice(0, -1).join(', '), b: items[items.length - 1] });
}

// Seconds as "m:ss" (a timer at a counter).
export const clockText = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

// How `secs` of a service stand against its standard `std` (seconds):
// 'amber' from 80% of it, 'red' past it, else 'ok' (as the hall live view
// counts, core/supervise).
export const standardLevel = (secs, std) => (!std ? 'ok' : secs > std ? 'red' : secs >= 0.8 * std ? 'amber' : 'ok');
