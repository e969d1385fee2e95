// booking.js - /booking, a citizen's phone books a time at the hall: the
// agency (by the name people know it by), one of its bookable services
// with its requirements, fee and time, a day (today up to the service's
// days_ahead; closed days say why), a slot with the places left, then name,
// phone, optional NIK, reminders by WhatsApp/SMS when the hall sends
// messages, and consent to keep them (UU 27/2022). The answer is
// the booking code, large, with the QR code and link of its own page
// (/b/<token>) and what to do on the day. A refusal is shown next to the
// field the API names.
import { t, translate, langButton, onLang } from './i18n.js';
import { api, agencies, errorText, ApiError } from './api.js';
import { el, $, agencyShort, agencyLogo, feeText, feeShort, minutes, dayAt, dayText, isoClock, isoOffset } from './format.js';
import { bookingCard, bookedTime } from './booking-view.js';
import { messagesOffered } from './notify-optin.js';

const STEPS = ['agency', 'service', 'date', 'slot', 'form', 'done'];

const state = {
  list: [],          // agencies with at least one bookable service
  agency: null,
  service: null,
  offset: -new Date().getTimezoneOffset(), // the hall's, once a slot told it
  days: [],          // [{day, slots, closed, left}]
  day: null,
  slot: null,
  booking: null,     // the booking made, with its status_url
  step: 'agency',
};

const bookable = (s) => !!s.booking && s.kiosk !== false;

// ---- steps ----

function go(step, focus = true) {
  state.step = step;
  for (const s of STEPS) $('#s-' + s).hidden = s !== step;
  const n = STEPS.indexOf(step) + 1;
  $('#step').hidden = step === 'done';
  $('#step').textContent = t('booking.step', { n });
  $('#intro').hidden = step !== 'agency';
  if (focus) {
    window.scrollTo(0, 0);
    const h = $(`#s-${step} h2`);
    h.tabIndex = -1;
    h.focus();
  }
}

// ---- 1. agencies ----

function renderAgencies() {
  $('#agency-none').hidden = state.list.length > 0;
  $('#agency-list').replaceChildren(...state.list.map((a) => el('li', {},
    el('button', { type: 'button', class: 'choice', onclick: () => pickAgency(a) },
      agencyLogo(a),
      el('span', { class: 'choice-text' },
        el('span', { class: 'choice-main' }, agencyShort(a)),
        el('span', { class: 'choice-sub' }, a.name),
        el('span', { class: 'choice-sub' }, t('booking.agency.count', { n: a.services.filter(bookable).length })))))));
}

function pickAgency(a) {
  state.agency = a;
  renderServices();
  go('service');
}

// ---- 2. services ----

function renderServices() {
  const a = state.agency;
  $('#service-agency').replaceChildren(agencyLogo(a) || '', agencyShort(a));
  $('#service-list').replaceChildren(...a.services.filter(bookable).map((s) => el('li', {},
    el('button', { type: 'button', class: 'choice', onclick: () => pickService(s) },
      el('span', { class: 'choice-text' },
        el('span', { class: 'choice-main' }, s.name),
        el('span', { class: 'choice-sub' }, `${feeShort(s)} · ${minutes(s.minutes)}`))))));
}

function pickService(s) {
  state.service = s;
  renderService();
  go('date');
  loadDays();
}

// ---- 3. days ----

function renderService() {
  const s = state.service;
  $('#date-agency').textContent = `${agencyShort(state.agency)} · ${state.agency.name}`;
  $('#date-service').textContent = s.name;
  $('#date-fee').textContent = feeText(s);
  $('#date-minutes').textContent = minutes(s.minutes);
  $('#date-requirements').replaceChildren(...(s.requirements.length
    ? s.requirements.map((r) => el('li', {}, r)) : [el('li', {}, t('kiosk.requirements.none'))]));
}

async function loadDays(again = true) {
  const s = state.service;
  $('#date-list').replaceChildren();
  $('#date-loading').hidden = false;
  $('#date-error').hidden = true;
  const wanted = Array.from({ length: s.booking.days_ahead + 1 }, (_, i) => dayAt(state.offset, i));
  try {
    const replies = await Promise.all(wanted.map((day) =>
      api('GET', '/api/v1/slots?' + new URLSearchParams({ service: s.id, date: day }))));
    if (state.service !== s) return; // another service was chosen meanwhile
    // the hall's own zone, from its slots: "today" is the hall's today
    const first = replies.flatMap((r) => r.slots)[0];
    const offset = first ? isoOffset(first.start) : null;
    if (offset !== null && offset !== state.offset && again) {
      state.offset = offset;
      return loadDays(false);
    }
    const now = Date.now();
    state.days = replies.map((r, i) => {
      const slots = r.slots.filter((x) => Date.parse(x.start) > now);
      return { day: wanted[i], slots, closed: r.closed, open: r.slots.length > 0,
        left: slots.reduce((n, x) => n + x.left, 0) };
    });
    $('#date-loading').hidden = true;
    renderDays();
  } catch (err) {
    $('#date-loading').hidden = true;
    $('#date-error').textContent = errorText(err);
    $('#date-error').hidden = false;
  }
}

function renderDays() {
  $('#date-list').replaceChildren(...state.days.map((d, i) => {
    let sub;
    if (d.closed) sub = t('booking.date.closed.named', { name: d.closed });
    else if (!d.open) sub = t('booking.date.closed');
    else if (!d.slots.length) sub = t('booking.date.over');
    else if (!d.left) sub = t('booking.date.full');
    else sub = t('booking.date.left', { n: d.left });
    const off = !d.left;
    return el('li', {}, el('button', { type: 'button', class: 'choice day' + (d.closed || !d.open ? ' closed' : ''),
      disabled: off, onclick: () => pickDay(d) },
    el('span', { class: 'choice-text' },
      el('span', { class: 'choice-main' }, dayText(d.day)),
      el('span', { class: 'choice-sub' }, i === 0 ? `${t('booking.date.today')} · ${sub}` : sub))));
  }));
}

function pickDay(d) {
  state.day = d;
  renderSlots();
  go('slot');
}

// ---- 4. slots ----

function renderSlots() {
  const d = state.day;
  $('#slot-summary').textContent = `${state.service.name} · ${dayText(d.day)}`;
  $('#slot-none').hidden = d.slots.some((x) => x.left > 0);
  $('#slot-list').replaceChildren(...d.slots.map((x) => el('li', {},
    el('button', { type: 'button', class: 'slot', disabled: x.left <= 0, onclick: () => pickSlot(x) },
      el('span', { class: 'slot-time' }, `${isoClock(x.start)}–${isoClock(x.end)}`),
      el('span', { class: 'slot-left' }, x.left > 0 ? t('booking.slot.left', { n: x.left }) : t('booking.slot.full'))))));
}

function pickSlot(x) {
  state.slot = x;
  renderSummary();
  clearErrors();
  go('form');
}

// ---- 5. the form ----

function renderSummary() {
  $('#sum-service').textContent = `${state.service.name} (${agencyShort(state.agency)})`;
  $('#sum-when').textContent = bookedTime(state.slot);
}

const FIELDS = ['name', 'phone', 'nik', 'consent'];

function clearErrors() {
  for (const f of FIELDS) {
    $(`#${f}-error`).hidden = true;
    $('#' + f).removeAttribute('aria-invalid');
  }
  $('#form-error').hidden = true;
}

function fieldError(field, text) {
  const box = $(`#${field}-error`);
  box.textContent = text;
  box.hidden = false;
  $('#' + field).setAttribute('aria-invalid', 'true');
}

function formError(text, otherTime) {
  $('#form-error-text').textContent = text;
  $('#other-time').hidden = !otherTime;
  $('#form-error').hidden = false;
}

// The words for a refusal of POST /api/v1/bookings, and where they go.
function showRefusal(err) {
  if (!(err instanceof ApiError)) return formError(errorText(err));
  const field = err.field;
  switch (err.code) {
    case 'invalid_field':
      if (['name', 'phone', 'nik'].includes(field)) return fieldError(field, t(`booking.${field}.invalid`));
      break;
    case 'duplicate':
      return fieldError(field === 'nik' ? 'nik' : 'phone', t(field === 'nik' ? 'booking.duplicate.nik' : 'booking.duplicate.phone'));
    case 'phone_cap': return fieldError('phone', t('booking.phone_cap'));
    case 'slot_full': return formError(t('booking.slot_full'), true);
    case 'quota_reached': return formError(t('booking.quota_reached'), true);
    case 'closed': return formError(t('booking.closed'), true);
    case 'invalid':
      if (field === 'start') return formError(t('booking.bad_start'), true);
      break;
    default: break;
  }
  formError(errorText(err));
}

async function submit(e) {
  e.preventDefault();
  clearErrors();
  const name = $('#name').value.trim().replace(/\s+/g, ' ');
  // people write numbers in groups: 0812-3456-7890, 0812 3456 7890
  const phone = $('#phone').value.replace(/[\s.\-()]/g, '');
  const nik = $('#nik').value.replace(/[\s.-]/g, '');
  let bad = null;
  const need = (ok, field, key) => { if (!ok) { fieldError(field, t(key)); bad = bad || field; } };
  need(name, 'name', 'booking.name.missing');
  need(phone, 'phone', 'booking.phone.missing');
  need(!nik || /^\d{16}$/.test(nik), 'nik', 'booking.nik.invalid');
  need($('#consent').checked, 'consent', 'booking.consent.needed');
  if (bad) { $('#' + bad).focus(); return; }

  const body = { service: state.service.id, start: state.slot.start, name, phone };
  if (nik) body.nik = nik;
  if ($('#notify').checked) body.notify = true;
  const button = $('#submit');
  button.disabled = true;
  button.textContent = t('booking.submitting');
  try {
    state.booking = await api('POST', '/api/v1/bookings', body);
    renderDone();
    go('done');
  } catch (err) {
    showRefusal(err);
    const first = FIELDS.find((f) => !$(`#${f}-error`).hidden);
    if (first) $('#' + first).focus();
    else { $('#form-error-text').tabIndex = -1; $('#form-error-text').focus(); }
  } finally {
    button.disabled = false;
    button.textContent = t('booking.submit');
  }
}

// ---- done ----

function renderDone() {
  const { booking, status_url: url } = state.booking;
  $('#done-card').replaceChildren(bookingCard(booking, url, { service: state.service, agency: state.agency }));
}

function again() {
  $('#form').reset();
  state.booking = null;
  state.slot = null;
  go('agency');
}

// ---- wiring ----

async function load() {
  try {
    const list = await agencies();
    state.list = list.filter((a) => a.services.some(bookable));
    $('#load-error').hidden = true;
    renderAgencies();
  } catch (err) {
    $('#load-error').textContent = errorText(err);
    $('#load-error').hidden = false;
    setTimeout(load, 5000);
  }
}

function rerender() {
  renderAgencies();
  if (state.agency) renderServices();
  if (state.service) renderService();
  if (state.days.length) renderDays();
  if (state.day) renderSlots();
  if (state.slot) renderSummary();
  if (state.booking) renderDone();
  go(state.step, false);
}

translate();
langButton($('#lang'));
onLang(rerender);
for (const b of document.querySelectorAll('[data-back]')) b.addEventListener('click', () => go(b.dataset.back));
$('#form').addEventListener('submit', submit);
$('#other-time').addEventListener('click', async () => {
  const day = state.day?.day;
  go('slot');
  await loadDays();
  state.day = state.days.find((d) => d.day === day) || state.day;
  renderSlots();
});
$('#again').addEventListener('click', again);
go('agency', false);
load();
messagesOffered().then((offered) => { $('#notify-field').hidden = !offered; });
