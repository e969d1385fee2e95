// admin-outbox.js - the "Pesan" panel of the admin page: the messages to
// citizens (GET /api/v1/outbox) counted as queued, sent, failed and
// dropped; whether a gateway is set; the messages given up with the
// gateway's reason, each with "Kirim ulang" (POST /api/v1/outbox/<id>/retry).
// Phone numbers come masked.
import { t, onLang } from './i18n.js';
import { api, errorText } from './api.js';
import { el, $, dateTime } from './format.js';

let reply = null;

// A template's name in words; one the page does not know is shown as is.
function kind(template) {
  const key = 'outbox.template.' + template;
  const words = t(key);
  return words === key ? template : words;
}

function say(text, bad) {
  const p = $('#ob-msg');
  p.textContent = text;
  p.className = 'message ' + (bad ? 'error' : 'info');
  p.hidden = false;
}

async function retry(m, button) {
  button.disabled = true;
  try {
    await api('POST', `/api/v1/outbox/${m.id}/retry`);
    say(t('outbox.retried', { id: m.id, to: m.to }));
  } catch (err) {
    say(errorText(err), true);
  }
  await load(false);
}

function render() {
  const r = reply;
  $('#ob-counts').replaceChildren();
  $('#ob-failed').replaceChildren();
  if (!r) return;
  const count = (key, n) => el('div', {}, el('dt', {}, t(key)), el('dd', { class: 'count' }, String(n)));
  $('#ob-counts').append(count('outbox.queued', r.queued), count('outbox.sent', r.sent),
    count('outbox.failed', r.failed), count('outbox.dropped', r.dropped));
  $('#ob-gateway').textContent = t(r.gateway ? 'outbox.gateway.on' : 'outbox.gateway.off');
  $('#ob-gateway').className = r.gateway ? 'hint' : 'message error';
  const list = r.failed_messages;
  if (!list.length) {
    $('#ob-failed').append(el('p', { class: 'hint' }, t('outbox.failed.none')));
    return;
  }
  $('#ob-failed').append(el('table', { 'aria-labelledby': 'ob-failed-title' },
    el('thead', {}, el('tr', {}, ...['outbox.col.at', 'outbox.col.to', 'outbox.col.kind', 'outbox.col.for',
      'outbox.col.attempts', 'outbox.col.error', 'outbox.col.action'].map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, ...list.map((m) => el('tr', {},
      el('td', {}, dateTime(m.at)),
      el('td', { class: 'number' }, m.to || '–'),
      el('td', {}, kind(m.template)),
      el('td', { class: 'number' }, m.ticket || m.booking || '–'),
      el('td', { class: 'count' }, String(m.attempts)),
      el('td', { class: 'ob-error' }, m.error || '–'),
      el('td', {}, el('button', { type: 'button', class: 'secondary',
        'aria-label': t('outbox.retry.label', { id: m.id, to: m.to || '' }),
        onclick: (e) => retry(m, e.currentTarget) }, t('outbox.retry'))))))));
}

// quiet: keep the last outcome on screen (after a retry)
async function load(quiet = true) {
  if (quiet) $('#ob-msg').hidden = true;
  try {
    reply = await api('GET', '/api/v1/outbox');
    $('#ob-error').hidden = true;
  } catch (err) {
    reply = null;
    $('#ob-error').textContent = errorText(err);
    $('#ob-error').hidden = false;
  }
  render();
}

// Wires the panel once and reads the outbox.
export async function initOutbox() {
  const button = $('#ob-refresh');
  if (!button.dataset.wired) {
    button.dataset.wired = '1';
    button.addEventListener('click', () => load());
    onLang(render);
  }
  await load();
}
