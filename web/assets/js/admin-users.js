// admin-users.js - the admin page's accounts panel (list, add or change,
// remove: /api/v1/users) and its plugin reload button
// (/api/v1/plugins/reload). The form asks for an agency exactly where the
// role needs one (staff, liaison, supervisor) and offers none to a role
// that serves the whole hall (admin, display); a refusal of the server is
// said in the page's words for the field it names.
import { t, onLang } from './i18n.js';
import { api, errorText } from './api.js';
import { el, $ } from './format.js';

let agencies = [];
let say = () => {};
let me = '';

async function refresh() {
  const { users } = await api('GET', '/api/v1/users');
  const name = (id) => agencies.find((a) => a.id === id)?.name || id || '–';
  $('#us-body').replaceChildren(...users.map((u) => el('tr', {},
    el('td', {}, el('code', {}, u.name)),
    el('td', {}, t('role.' + u.role)),
    el('td', {}, name(u.agency)),
    el('td', {}, u.name === me ? null : el('button', { type: 'button', class: 'secondary',
      'aria-label': t('admin.users.remove', { name: u.name }),
      onclick: () => remove(u.name) }, '×')))));
}

async function remove(name) {
  if (!window.confirm(t('admin.users.confirm', { name }))) return;
  try {
    await api('DELETE', '/api/v1/users/' + encodeURIComponent(name));
    say(t('admin.users.removed', { name }), 'info');
    await refresh();
  } catch (err) {
    say(errorText(err), 'error');
  }
}

function fillAgencies() {
  $('#us-agency').replaceChildren(el('option', { value: '' }, '–'),
    ...agencies.map((a) => el('option', { value: a.id }, a.name)));
}

// The roles whose account belongs to one agency; the others serve the hall.
const AGENCY_ROLES = ['staff', 'liaison', 'supervisor'];

// The agency field as the role wants it: required, or cleared and disabled.
function syncAgency() {
  const role = $('#us-role').value;
  const sel = $('#us-agency');
  const needs = AGENCY_ROLES.includes(role);
  if (!needs) sel.value = '';
  sel.disabled = !needs;
  sel.required = needs;
  sel.setCustomValidity(needs && !sel.value ? t('admin.users.err.agency_needed', { role: t('role.' + role) }) : '');
}

// The server's refusal (400 naming `field`) in the page's words.
function saveError(err, role) {
  const msg = err.message || '';
  if (err.status === 400 && err.field === 'agency') {
    if (/needs an agency/.test(msg)) return t('admin.users.err.agency_needed', { role: t('role.' + role) });
    if (/no agency/.test(msg)) return t('admin.users.err.agency_none', { role: t('role.' + role) });
    return t('admin.users.err.agency_unknown');
  }
  if (err.status === 400 && err.field === 'password') return t('admin.users.err.password');
  if (err.status === 400 && err.field === 'name') return t('admin.users.err.name');
  return errorText(err);
}

// Called once the admin has logged in: `list` is /api/v1/agencies,
// `flash(text, kind)` shows a message on the page, `self` is the admin's
// own name (their account cannot be removed from here).
export async function initUsers(list, flash, self) {
  agencies = list;
  me = self;
  say = flash;
  fillAgencies();
  syncAgency();
  const form = $('#us-form');
  if (!form.dataset.bound) {
    form.dataset.bound = '1';
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      $('#us-error').hidden = true;
      const body = { name: $('#us-name').value.trim(), role: $('#us-role').value,
        agency: $('#us-agency').value, password: $('#us-password').value };
      try {
        await api('POST', '/api/v1/users', body);
        $('#us-password').value = '';
        say(t('admin.users.saved', { name: body.name }), 'info');
        await refresh();
      } catch (err) {
        $('#us-error').textContent = saveError(err, body.role);
        $('#us-error').hidden = false;
      }
    });
    $('#us-role').addEventListener('change', syncAgency);
    $('#us-agency').addEventListener('change', syncAgency);
    onLang(syncAgency);
    $('#reload').addEventListener('click', async () => {
      try {
        const r = await api('POST', '/api/v1/plugins/reload', {});
        $('#reload-result').textContent = r.swapped ? t('admin.reload.done', { n: r.updated }) : t('admin.reload.refused');
      } catch (err) {
        $('#reload-result').textContent = errorText(err);
      }
    });
  }
  await refresh();
}
