// agencies.test.mjs - agencies by the names citizens know them by, in
// Chromium against the real mppd: the kiosk's tiles, the board's rows and
// the booking page show each agency's short name, and its logo (an image
// with alt text) when its plugin ships one. The bundled plugins ship none,
// so the hall here runs a copy of them in which Polres ships a small SVG.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, copyFileSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../integration/lib/hall.mjs';
import { startHall, launch, openPage } from './lib/browser.mjs';

let hall, browser, dir;
const problems = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mpp-logo-'));
  for (const f of readdirSync(join(ROOT, 'plugins'))) if (f.endsWith('.lua')) copyFileSync(join(ROOT, 'plugins', f), join(dir, f));
  const polres = readFileSync(join(dir, 'polres.lua'), 'utf8');
  assert.ok(polres.includes('short = "Polres",'));
  writeFileSync(join(dir, 'polres.lua'), polres.replace('short = "Polres",', 'short = "Polres",\n  logo = "polres.svg",'));
  writeFileSync(join(dir, 'uji.lua'), `local agency = mpp.agency { id = "uji", name = "Instansi Uji",
  short = "Uji", kind = "OPD", prefix = "Z" }
local function svc(t)
  t.requirements = { "-" }; t.procedure = { "-" }; t.minutes = 5; t.fee = 0; t.product = "-"
  t.complaint_channel = "-"; t.legal_basis = "-"; t.source = "fixture"
  agency:service(t)
end
svc { id = "sekali", name = "Layanan Sekali Sehari", quota = 1 }
svc { id = "pagi", name = "Layanan Tengah Malam", cutoff = "00:00" }
svc { id = "bebas", name = "Layanan Bebas" }
`);
  writeFileSync(join(dir, 'polres.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#8b0000"/></svg>');
  hall = await startHall({ plugins: dir });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const drawn = (img) => img.evaluate((i) => i.complete && i.naturalWidth > 0);

test('the kiosk\'s tiles: short names, the full name small, and the logo', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  const tiles = page.getByRole('region', { name: 'Instansi' });
  const polres = tiles.getByRole('button', { name: /Polres/ }).filter({ hasText: 'Kepolisian Resor' });
  const logo = polres.getByRole('img', { name: 'Logo Polres' });
  await logo.waitFor();
  assert.ok(await drawn(logo), 'the logo is served and drawn');
  await polres.getByText('Polres', { exact: true }).waitFor();
  await polres.getByText('Kepolisian Resor Purbalingga').waitFor();
  const dukcapil = tiles.getByRole('button', { name: /^Dukcapil/ });
  await dukcapil.waitFor();
  assert.equal(await dukcapil.getByRole('img').count(), 0, 'no logo, no image');
  await ctx.close();
});

test('the board\'s rows: short names and the logo', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await openPage(ctx, hall.base + '/board', problems);
  const rows = page.getByRole('region', { name: 'Antrean per instansi' });
  const polres = rows.getByRole('row').filter({ hasText: 'Polres' });
  await polres.getByRole('img', { name: 'Logo Polres' }).waitFor();
  for (const short of ['Dukcapil', 'Samsat', 'Imigrasi', 'PLN', 'BPJS Kesehatan']) {
    await rows.getByRole('cell', { name: short, exact: true }).waitFor();
  }
  assert.equal(await rows.getByText('Kepolisian Resor Purbalingga').count(), 0);
  await ctx.close();
});

test('the booking page: agencies by short name, with the logo', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await openPage(ctx, hall.base + '/booking', problems);
  const polres = page.getByRole('button', { name: /Polres/ }).filter({ hasText: 'Kepolisian Resor' });
  await polres.getByRole('img', { name: 'Logo Polres' }).waitFor();
  await page.getByRole('button', { name: /^Imigrasi/ }).waitFor();
  await ctx.close();
});

test('no page broke: no script error, no CSP violation', () => {
  assert.deepEqual(problems, []);
});

test('the kiosk greys out what it would refuse, saying why: today\'s quota used up, the cut-off passed', async () => {
  const r = await fetch(hall.base + '/api/v1/tickets', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ service: 'uji/sekali' }) });
  assert.equal(r.status, 201);
  await new Promise((ok) => setTimeout(ok, 1100));
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  await page.getByRole('region', { name: 'Instansi' }).getByRole('button', { name: /^Uji/ }).click();
  const once = page.getByRole('button', { name: /Layanan Sekali Sehari/ });
  await once.getByText('Kuota hari ini sudah habis').waitFor();
  assert.ok(await once.isDisabled());
  const night = page.getByRole('button', { name: /Layanan Tengah Malam/ });
  await night.getByText('Pengambilan antrean ditutup pukul 00.00.').waitFor();
  assert.ok(await night.isDisabled());
  assert.ok(!(await page.getByRole('button', { name: /Layanan Bebas/ }).isDisabled()));
  await ctx.close();
});
