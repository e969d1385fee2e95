// supervise.test.mjs - in Chromium against the real mppd on the test
// clock: the counter console shows the next citizen's requirements, times
// the current ticket against its standard (amber from 80%, red past it)
// and asks why it pauses; the agency head's /supervisor page shows its
// agency's counters with the pause and the alert of tickets waiting with
// no open counter, in Bahasa Indonesia or English; the admin sees every
// agency there, reads the staff report with its charts and makes a
// supervisor account in "Pengguna".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage } from './lib/browser.mjs';

const MIN = 60_000;
let hall, browser, console1, service, standardMin;
const problems = [];

const clock = async (body) => {
  const r = await hall.req('POST', '/api/v1/test/clock', body);
  assert.equal(r.status, 200, r.text);
  return r.json.now_ms;
};

async function login(page, name) {
  await page.getByLabel('Nama pengguna', { exact: true }).fill(name);
  await page.getByLabel('Kata sandi', { exact: true }).fill('rahasia-' + name);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

before(async () => {
  hall = await startHall();
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('kepala', 'supervisor', 'dukcapil');
  hall.addUser('boss', 'admin');
  browser = await launch();
  // a working day ahead of the real clock, so the test clock only goes on
  const now = await clock({ advance_ms: 0 });
  const date = new Date(now + 24 * 3600_000 + 7 * 3600_000).toISOString().slice(0, 10);
  await clock({ at_ms: Date.parse(`${date}T08:00:00+07:00`) });
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  const svc = agencies.find((a) => a.id === 'dukcapil').services.find((s) => s.id === 'dukcapil/ktp-el-rekam');
  service = svc.id;
  standardMin = svc.minutes;
  assert.ok(standardMin >= 5 && svc.requirements.length > 0);
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

test('1. the console shows the next citizen\'s requirements, then times the ticket against its standard', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await openPage(ctx, hall.base + '/counter?loket=1', problems);
  console1 = page;
  await login(page, 'ani');
  await page.getByRole('button', { name: /Buka loket/ }).click();
  await page.getByText('Tidak ada yang menunggu untuk loket ini.').waitFor();
  const first = (await hall.issue(service)).json.ticket;
  await hall.issue(service);
  const next = page.getByRole('region', { name: 'Warga berikutnya' });
  await next.getByText(first.number, { exact: true }).waitFor();
  await next.getByText('Siapkan persyaratan:').waitFor();
  await next.getByText('Fotokopi Kartu Keluarga').first().waitFor();

  await page.getByRole('button', { name: /Panggil berikutnya/ }).click();
  await page.locator('#cur-number', { hasText: first.number }).waitFor();
  await page.getByRole('button', { name: /Mulai layani/ }).click();
  const timer = page.getByRole('timer');
  await timer.waitFor();
  assert.match(await timer.textContent(), new RegExp(`dari standar ${standardMin} menit`));
  assert.equal(await timer.getAttribute('data-level'), 'ok');

  // 85% of the standard later (a ticket issued makes the console read
  // the counter, and the hall's clock, again): amber
  await clock({ advance_ms: Math.round(0.85 * standardMin * MIN) });
  await hall.issue(service);
  await page.waitForFunction(() => document.querySelector('#cur-timer').dataset.level === 'amber');
  assert.match(await timer.textContent(), /hampir melewati standar/);
  await clock({ advance_ms: Math.round(0.3 * standardMin * MIN) });
  await hall.issue(service);
  await page.waitForFunction(() => document.querySelector('#cur-timer').dataset.level === 'red');
  assert.match(await timer.textContent(), /melewati standar/);
  // the colours the staff see
  const colours = await timer.evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(colours, 'rgb(179, 38, 30)');

  await page.getByRole('button', { name: /Selesai/ }).click();
  await page.getByText('Belum ada tiket dipanggil.').first().waitFor();
  assert.ok(await timer.isHidden(), 'no timer without a ticket');
});

test('2. pausing asks why; the badge says it; "Kinerja saya" gives ani\'s own figures', async () => {
  const page = console1;
  await page.getByRole('button', { name: /Istirahat/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Alasan istirahat' });
  await dialog.waitFor();
  for (const name of ['ISHOMA (istirahat, sholat, makan)', 'Sholat Jumat', 'Rapat atau koordinasi'])
    await dialog.getByRole('radio', { name: new RegExp(name.replace(/[()]/g, '\\$&')) }).waitFor();
  await dialog.getByRole('radio', { name: /Rapat atau koordinasi/ }).check();
  await dialog.getByRole('button', { name: 'Istirahat sekarang' }).click();
  await page.locator('#desk-status', { hasText: 'Istirahat: Rapat atau koordinasi' }).waitFor();
  const c = (await hall.req('GET', '/api/v1/board')).json.counters.find((x) => x.number === 1);
  assert.equal(c.status, 'paused');
  await page.getByRole('button', { name: /Lanjutkan/ }).waitFor();
  // staff read their own figures: the ticket served, the break so far
  await page.getByRole('button', { name: 'Hitung ulang' }).click();
  const mine = page.locator('#mine');
  // the figures shown after the finish may still be on screen: wait for the recount's
  await page.waitForFunction(() => /Dilayani 1 [\s\S]*Rapat atau koordinasi \d+/.test(document.querySelector('#mine').textContent));
  assert.match(await mine.textContent(), /Rapat atau koordinasi \d+/);
  assert.match(await page.getByRole('link', { name: 'CSV bulan ini' }).getAttribute('href'), /staff\.csv\?from=\d{4}-\d{2}-01&to=/);
});

test('3. the agency head watches Dukcapil live, with the alert of tickets no open counter serves', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await openPage(ctx, hall.base + '/supervisor', problems);
  await login(page, 'kepala');
  const card = page.getByRole('region', { name: 'Dukcapil' }).or(page.locator('[data-agency=dukcapil]'));
  await card.first().waitFor();
  assert.equal(await page.locator('[data-agency]').count(), 1, 'its own agency only');
  const row = page.locator('[data-agency=dukcapil] tr[data-counter="1"]');
  await row.getByText('Rapat atau koordinasi').waitFor();
  await row.getByText('ani').waitFor();
  // counter 1 paused, the others closed, and tickets waited through the
  // timer's test: the alert is there; a ticket issued (an event) makes the
  // page read the live view again and the count follow
  const alert = page.locator('.alert-list li[data-kind=no_counter]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /tanpa loket buka yang melayaninya/);
  assert.match(await alert.textContent(), /Dukcapil/);
  const waiting = Number((await alert.textContent()).match(/(\d+) tiket/)[1]);
  await hall.issue(service);
  await page.waitForFunction((n) => document.querySelector('.alert-list li[data-kind=no_counter]')?.textContent.includes(`${n} tiket`), waiting + 1);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Hall live').first().waitFor();
  assert.match(await alert.textContent(), /with no open counter serving them/);
  await ctx.close();

  const admin = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const all = await openPage(admin, hall.base + '/supervisor', problems);
  await login(all, 'boss');
  await all.locator('[data-agency=pln]').waitFor();
  assert.ok(await all.locator('[data-agency]').count() >= 20, 'the admin sees every agency');
  await all.getByLabel('Instansi').selectOption('dukcapil');
  await all.waitForFunction(() => document.querySelectorAll('[data-agency]').length === 1);
  await admin.close();
});

test('4. the admin\'s staff report shows what ani did, with the break by reason; a supervisor account is made there', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await openPage(ctx, hall.base + '/admin', problems);
  await login(page, 'boss');
  const date = new Date((await clock({ advance_ms: 0 })) + 7 * 3600_000).toISOString().slice(0, 10);
  const panel = page.getByRole('region', { name: 'Laporan petugas' });
  await panel.getByLabel('Dari tanggal').fill(date);
  await panel.getByLabel('Sampai tanggal').fill(date);
  await panel.getByRole('button', { name: 'Tampilkan' }).click();
  const row = panel.locator('#st-table tr[data-staff=ani]');
  await row.waitFor();
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[1], '1', 'ani served one ticket');
  assert.match(cells[9], /Rapat atau koordinasi: \d/);
  await panel.getByRole('img', { name: 'Tiket dilayani per petugas' }).waitFor();
  assert.match(await panel.getByRole('link', { name: 'CSV' }).getAttribute('href'), /reports\/staff\.csv\?from=/);

  const users = page.getByRole('region', { name: 'Pengguna' });
  await users.getByLabel('Nama pengguna akun').fill('kepala-pln');
  await users.getByLabel('Peran').selectOption('supervisor');
  await users.getByLabel('Instansi').selectOption('pln');
  await users.getByLabel('Kata sandi (min. 8)').fill('rahasia-kepala-pln');
  await users.getByRole('button', { name: 'Simpan akun' }).click();
  await page.getByText('Akun kepala-pln disimpan.').waitFor();
  const line = users.getByRole('row', { name: /kepala-pln/ });
  assert.match(await line.textContent(), /Kepala instansi \(pemantau\)/);
  const made = await hall.login('kepala-pln');
  const live = await made.req('GET', '/api/v1/hall/live');
  assert.deepEqual(live.json.agencies.map((a) => a.id), ['pln']);
  await ctx.close();
});

test('5. no script error or CSP violation on the pages', () => {
  assert.deepEqual(problems, []);
});
