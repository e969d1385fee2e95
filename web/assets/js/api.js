// api.js - the HTTP API of mppd (CONTRACT.md, docs/api.md) with errors
// turned into words a person can act on.
import { t } from './i18n.js';
import { $, setHallZone } from './format.js';

export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

// The sentence to show for an error: our own words for the codes a
// person meets; the server's text where it is the plugin's own (422) or
// where we have none.
export function errorText(err) {
  if (!(err instanceof ApiError)) return t('error.network');
  if (err.code === 'invalid_field' && err.message) return err.message;
  if (err.code === 'origin_refused') return t('error.origin_refused', { origin: location.origin });
  const key = 'error.' + err.code;
  const mine = t(key);
  if (mine !== key) return err.message && err.code === 'conflict' ? `${mine} (${err.message})` : mine;
  return err.message || err.code;
}

// A report that finds the server's report reader full (503 "busy") is
// asked again after the Retry-After it names, up to this many times.
const BUSY_TRIES = 3;

export async function api(method, path, body, headers = {}) {
  for (let tries = 1; ; tries++) {
    try {
      return await once(method, path, body, headers);
    } catch (err) {
      if (!(err instanceof ApiError) || err.code !== 'busy' || method !== 'GET' || tries >= BUSY_TRIES) throw err;
      await new Promise((done) => setTimeout(done, Math.min(err.retryAfter || 1, 5) * 1000));
    }
  }
}

async function once(method, path, body, headers) {
  const init = { method, headers: { accept: 'application/json', ...headers }, credentials: 'same-origin' };
  // every POST carries a JSON object, {} when it has nothing to say: an
  // empty body is a case the server need not treat apart
  if (body === undefined && method === 'POST') body = {};
  if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let r;
  try {
    r = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', t('error.network'));
  }
  let json = null;
  try { json = await r.json(); } catch { /* not JSON */ }
  if (!r.ok) {
    const e = (json && json.error) || {};
    const err = new ApiError(r.status, e.code || 'http_' + r.status, e.message || r.statusText, e.field);
    err.retryAfter = Number(r.headers.get('retry-after')) || 0;
    if (err.code === 'origin_refused') showRefusal(err);
    throw err;
  }
  return json;
}

// A refused Origin stops the whole page, not one button: it is said once,
// at the top, in words that name the setting to change.
export function showRefusal(err) {
  let box = document.getElementById('origin-refused');
  if (!box) {
    box = document.createElement('div');
    box.id = 'origin-refused';
    box.className = 'refusal';
    box.setAttribute('role', 'alert');
    document.body.prepend(box);
  }
  box.textContent = errorText(err);
}

// Asks whether this page may use the server (a POST carries the Origin);
// a refusal shows itself. For pages that only read and listen.
export function checkOrigin() {
  return api('POST', '/api/v1/origin-check').then(() => true, (err) => err.code !== 'origin_refused');
}

// The catalogue (agencies and their services), read once per page.
let catalogue = null;
// The catalogue, read once; { fresh: true } reads it again (today's
// `remaining` places change through the day).
export async function agencies({ fresh = false } = {}) {
  if (!catalogue || fresh) catalogue = api('GET', '/api/v1/agencies').then((j) => j.agencies);
  try {
    return await catalogue;
  } catch (e) {
    catalogue = null;
    throw e;
  }
}

// The catalogue for a page that runs all day (a TV started before mppd):
// onList(list) once it is read, asked again every 5 s until then.
export function agenciesWhenUp(onList) {
  agencies().then(onList, () => setTimeout(() => agenciesWhenUp(onList), 5000));
}

// service id -> {service, agency}
export function serviceIndex(list) {
  const map = new Map();
  for (const a of list) for (const s of a.services) map.set(s.id, { service: s, agency: a });
  return map;
}

// Binds the staff login form (#login-form with #username, #password and
// #login-error) of a page: onUser(user) runs after a good login, and a
// refused one is shown in words.
export function loginForm(onUser) {
  $('#login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    $('#login-error').hidden = true;
    try {
      const { user } = await api('POST', '/api/v1/session', { username: $('#username').value.trim(), password: $('#password').value });
      $('#password').value = '';
      await onUser(user);
    } catch (err) {
      $('#login-error').textContent = errorText(err);
      $('#login-error').hidden = false;
    }
  });
}

// Takes a ticket for one press of the kiosk's button: the press gets its own
// Idempotency-Key (random hex: crypto.randomUUID needs https, a hall kiosk
// may use plain http), reused when a lost connection makes us try again, so
// the server never makes two tickets of one press.
export async function issueTicket(req, tries = 3) {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const key = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  for (let i = 1; ; i++) {
    try {
      return await api('POST', '/api/v1/tickets', req, { 'idempotency-key': key });
    } catch (err) {
      if (err.status !== 0 || i >= tries) throw err;
      await new Promise((ok) => setTimeout(ok, 1000 * i));
    }
  }
}

// The hall's time zone from its hours (public), for pages that show times
// and load nothing else that carries it: the times they show are then the
// hall's. On failure the page keeps the device's zone and asks again in a
// minute.
export async function loadHallZone() {
  try {
    setHallZone((await api('GET', '/api/v1/hours')).timezone);
  } catch {
    setTimeout(loadHallZone, 60_000);
  }
}
