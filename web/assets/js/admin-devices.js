// admin-devices.js - the "Perangkat" panel of the admin page: the
// server's addresses on the hall's network (GET /api/v1/devices), and for
// each device its page's address there, a QR code to open it on a tablet
// or TV, and the Chromium command line to run it (devices.js).
import { t } from './i18n.js';
import { api, errorText } from './api.js';
import { el, $ } from './format.js';
import { DEVICES, commandLine } from './devices.js';

let info = null;

function render() {
  const sel = $('#dv-address');
  const base = sel.value;
  $('#dv-public').textContent = info.public_url
    ? t('admin.devices.public', { url: info.public_url }) : t('admin.devices.public.none');
  $('#dv-warning').hidden = info.addresses.length > 0;
  $('#dv-warning').textContent = t('admin.devices.none');
  $('#dv-list').replaceChildren(...(base ? DEVICES : []).map((d) => {
    const url = base + d.path;
    const name = t('device.' + d.id);
    return el('article', { class: 'device', dataset: { device: d.id } },
      el('h3', {}, name),
      el('p', { class: 'hint' }, t(`device.${d.id}.note`)),
      el('p', {}, el('a', { href: url, class: 'device-url' }, url)),
      el('img', { src: '/api/v1/devices/qr.svg?' + new URLSearchParams({ url }), alt: t('admin.devices.qr', { name }), width: 160, height: 160 }),
      el('p', { class: 'hint' }, t('admin.devices.command')),
      el('pre', {}, el('code', {}, commandLine(d, url))));
  }));
}

// Loads the addresses and draws the panel; a failure is flashed.
export async function initDevices(flash) {
  try {
    info = await api('GET', '/api/v1/devices');
  } catch (err) {
    flash(errorText(err), 'error');
    return;
  }
  const sel = $('#dv-address');
  const keep = sel.value;
  sel.replaceChildren(...info.addresses.map((a) => el('option', { value: a }, a)));
  if (info.addresses.includes(keep)) sel.value = keep;
  sel.onchange = render;
  render();
}

// Draws again in the current language.
export function renderDevices() { if (info) render(); }
