// words.test.mjs - what the pages say, in both languages, in Chromium
// against the real mppd: English counts take the singular for one ("within
// 1 working day", "1 service to book"); the hall live's header and agency
// picker follow the language button; the window's title follows the language
// on every page (the TV screens' too); the IKM page counts one respondent
// and one citizen in the singular and names the grade in English; the
// admin's agencies give their kind in words; a free service reads "Gratis"
// in the kiosk's and the booking page's lists; the kiosk's and the board's
// clocks, the console's ticket times, the printed ticket and the hall live
// show the hall's time on a device set to another zone.
// Elements are found by role and visible text, as a person finds them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage, logIn } from './lib/browser.mjs';

let hall, browser;
const problems = [];

before(async () => {
  hall = await startHall();
  hall.addUser('admin', 'admin');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

test('1. English says "within 1 working day" and "1 service to book", plurals past one', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  await page.getByRole('button', { name: 'English' }).click();
  const search = page.getByRole('searchbox', { name: 'Search services' });
  await search.fill('ktp-el baru');
  await page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru/ }).click();
  await page.getByText('within 1 working day', { exact: true }).waitFor();
  assert.equal(await page.getByText('within 1 working days').count(), 0);
  await ctx.close();

  // the booking page: an agency with one bookable service, and one with more
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  const bookable = agencies.map((a) => ({ a, n: a.services.filter((s) => s.booking).length })).filter((x) => x.n > 0);
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const booking = await openPage(phone, hall.base + '/booking', problems);
  await booking.getByRole('button', { name: 'Switch to English' }).click();
  for (const { a, n } of bookable) {
    await booking.getByText(n === 1 ? '1 service to book' : `${n} services to book`).first().waitFor();
    assert.equal(await booking.getByText('1 services to book').count(), 0, a.id);
  }
  await phone.close();
});

test('2. the hall live in English: who is logged in and "Every agency"', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await openPage(ctx, hall.base + '/supervisor', problems);
  await logIn(page, 'admin');
  await page.getByText('Masuk sebagai admin').waitFor();
  const pick = page.getByLabel('Instansi');
  await pick.getByRole('option', { name: 'Semua instansi' }).waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Logged in as admin').waitFor();
  assert.equal(await page.getByText('Masuk sebagai').count(), 0);
  const pickEn = page.getByLabel('Agency');
  assert.equal(await pickEn.getByRole('option', { name: 'Every agency' }).count(), 1);
  assert.equal(await pickEn.getByRole('option', { name: 'Semua instansi' }).count(), 0);
  await ctx.close();
});

test('3. the service list says "Gratis" for a free service, "lihat rincian" where the note says more', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  const results = page.getByRole('region', { name: 'Hasil pencarian' });
  const search = page.getByRole('searchbox', { name: 'Cari layanan' });
  // fee 0, note "Gratis: UU 24/2013 ..." (Dukcapil)
  await search.fill('ktp-el baru');
  await results.getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru.*Gratis · / }).waitFor();
  assert.equal(await results.getByText(/lihat rincian/).count(), 0);
  // fee 0, no note (BPJS Kesehatan)
  await search.fill('cetak kartu');
  await results.getByRole('button', { name: /Gratis · / }).first().waitFor();
  // fee 0, a note that is not simply free (DPMPTSP: no levy, a rate elsewhere)
  await search.fill('sertifikat standar');
  await results.getByRole('button', { name: /Biaya: lihat rincian/ }).first().waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('searchbox', { name: 'Search services' }).fill('ktp-el baru');
  await page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: /KTP-el Baru.*Free · / }).waitFor();
  await ctx.close();

  // the booking page's list of services says the same
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  const free = agencies.find((a) => a.services.some((s) => s.booking && !s.fee && /^gratis/i.test(s.fee_note || '')));
  if (!free) return; // no free bookable service in this hall
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const booking = await openPage(phone, hall.base + '/booking', problems);
  await booking.getByRole('button', { name: new RegExp(free.short || free.name) }).first().click();
  const svc = free.services.find((s) => s.booking && !s.fee && /^gratis/i.test(s.fee_note || ''));
  await booking.getByRole('button', { name: new RegExp(`${svc.name.replace(/[()]/g, '.')}.*Gratis · `) }).waitFor();
  await phone.close();
});

test('4. the kiosk and the board show the hall\'s time, whatever zone the device was set to', async () => {
  // a device left on UTC, at 01:02 UTC: 08:02 in the hall (Asia/Jakarta)
  const at = Date.parse('2030-01-07T01:02:03Z');
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, timezoneId: 'UTC' });
  await ctx.clock.install({ time: at });
  assert.equal((await hall.req('GET', '/api/v1/hours')).json.timezone, 'Asia/Jakarta');
  const kiosk = await openPage(ctx, hall.base + '/kiosk', problems);
  await kiosk.locator('#clock').filter({ hasText: '08.02' }).or(kiosk.locator('#clock').filter({ hasText: '08:02' })).waitFor();
  const board = await openPage(ctx, hall.base + '/board', problems);
  await board.locator('#time').filter({ hasText: /^08[.:]02/ }).waitFor();
  await board.locator('#date').filter({ hasText: 'Senin, 7 Januari 2030' }).waitFor();
  await ctx.close();
});

test('4b. a board that cannot read the hall\'s zone shows no clock rather than the TV box\'s own time, and keeps the zone it read before', async () => {
  const at = Date.parse('2030-01-07T01:02:03Z');
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, timezoneId: 'UTC' });
  await ctx.clock.install({ time: at });
  const noSettings = (route) => route.abort();
  await ctx.route('**/api/v1/board/settings', noSettings);
  const board = await openPage(ctx, hall.base + '/board', problems);
  await board.getByText('Terputus').first().waitFor();
  await board.waitForTimeout(1500);
  assert.equal((await board.locator('#time').textContent()).trim(), '', 'no clock in the TV box\'s zone (01.02)');
  assert.ok(!/01[.:]0[23]/.test(await board.locator('body').innerText()), 'the UTC time is shown nowhere');

  // the settings come: the hall's time, and the box remembers the zone
  await ctx.unroute('**/api/v1/board/settings', noSettings);
  await board.locator('#time').filter({ hasText: /^08[.:]0[23]/ }).waitFor({ timeout: 10000 });
  // the next start finds the server away again: the zone read before serves
  await ctx.route('**/api/v1/board/settings', noSettings);
  await board.reload();
  await board.locator('#time').filter({ hasText: /^08[.:]0[23]/ }).waitFor();
  await ctx.close();
});

test('5. the console, the kiosk\'s printed ticket and the hall live give times in the hall\'s zone on a device set to UTC', async () => {
  hall.addUser('wati', 'staff', 'dukcapil');
  const wati = await hall.login('wati');
  const issued = (await hall.issue('dukcapil/ktp-el-rekam')).json.ticket;
  assert.equal((await wati.req('POST', '/api/v1/counters/2/open', {})).status, 200);
  assert.equal((await wati.req('POST', '/api/v1/counters/2/call', { number: issued.number })).status, 200);
  // the API gives the hall's offset (+07:00): the hall's "HH.MM" is in the text
  const hallTime = (iso) => iso.slice(11, 16).replace(':', '.');
  const utcTime = (iso) => new Date(iso).toISOString().slice(11, 16).replace(':', '.');
  // the hall's "HH.MM" now (Asia/Jakarta is UTC+7 all year), or ms later
  const hallNow = (ms) => new Date(Date.now() + ms + 7 * 3600_000).toISOString().slice(11, 16).replace(':', '.');
  assert.match(issued.issued_at, /\+07:00$/);
  assert.notEqual(hallTime(issued.issued_at), utcTime(issued.issued_at));

  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, timezoneId: 'UTC' });
  const counter = await openPage(ctx, hall.base + '/counter?loket=2', problems);
  await logIn(counter, 'wati');
  const meta = counter.locator('#cur-meta');
  await meta.filter({ hasText: hallTime(issued.issued_at) }).waitFor();
  assert.doesNotMatch(await meta.textContent(), new RegExp(utcTime(issued.issued_at).replace('.', '\\.')));

  const kiosk = await openPage(ctx, hall.base + '/kiosk', problems);
  await kiosk.getByRole('searchbox', { name: 'Cari layanan' }).fill('legalisasi');
  await kiosk.getByRole('region', { name: 'Hasil pencarian' }).getByRole('button', { name: /Legalisasi/ }).first().click();
  await kiosk.getByRole('button', { name: 'Ambil tiket' }).click();
  const printed = kiosk.locator('#p-time');
  await printed.filter({ hasText: /\d/ }).waitFor({ state: 'attached' });
  const printedText = await printed.textContent();
  assert.ok(printedText.includes(hallNow(0)) || printedText.includes(hallNow(-60_000)), `${printedText} says the hall's ${hallNow(0)}`);

  const live = await openPage(ctx, hall.base + '/supervisor', problems);
  await logIn(live, 'admin');
  const at = live.locator('#sv-at');
  await at.filter({ hasText: /\d/ }).waitFor();
  const text = await at.textContent();
  assert.ok(text.includes(hallNow(0)) || text.includes(hallNow(-60_000)), `${text} says the hall's ${hallNow(0)}`);
  await ctx.close();
});

test('6. the window\'s title follows the language on every page, the board\'s and the counter display\'s too', async () => {
  const token = (await hall.issue('dukcapil/ktp-el-rekam')).json.ticket.token;
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const pages = [
    ['/', 'Mal Pelayanan Publik · Antrean', 'Public Service Mall · Queue'],
    ['/kiosk', 'Kios antrean · Mal Pelayanan Publik', 'Queue kiosk · Public Service Mall'],
    ['/booking', 'Pesan antrean online · Mal Pelayanan Publik', 'Book a queue slot online · Public Service Mall'],
    [`/t/${token}`, 'Status tiket · Mal Pelayanan Publik', 'Ticket status · Public Service Mall'],
    ['/survey/1', 'Survei Kepuasan Masyarakat · Mal Pelayanan Publik', 'Citizen satisfaction survey · Public Service Mall'],
    ['/ikm', 'Indeks Kepuasan Masyarakat · Mal Pelayanan Publik', 'Citizen Satisfaction Index (IKM) · Public Service Mall'],
    ['/counter', 'Konsol loket · Mal Pelayanan Publik', 'Counter console · Public Service Mall'],
    ['/supervisor', 'Pantauan gedung · Mal Pelayanan Publik', 'Hall live · Public Service Mall'],
    ['/admin', 'Admin gedung · Mal Pelayanan Publik', 'Hall admin · Public Service Mall'],
  ];
  for (const [path, id, en] of pages) {
    const page = await openPage(ctx, hall.base + path, problems);
    await page.getByRole('button', { name: 'Switch to English' }).waitFor();
    assert.equal(await page.title(), id, path);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).waitFor();
    assert.equal(await page.title(), en, path);
    await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
    await page.getByRole('button', { name: 'Switch to English' }).waitFor();
    assert.equal(await page.title(), id, path);
    await page.close();
  }
  // the TV screens have no button: they take the language the device was set to
  await ctx.addInitScript(() => localStorage.setItem('mpp.lang', 'en'));
  const board = await openPage(ctx, hall.base + '/board', problems);
  await board.getByRole('heading', { name: 'Now calling' }).waitFor();
  assert.equal(await board.title(), 'Hall board · Public Service Mall');
  const display = await openPage(ctx, hall.base + '/display?counter=1', problems);
  await display.getByText('Counter 1').first().waitFor();
  assert.equal(await display.title(), 'Counter 1 · Counter display');
  await ctx.close();
});

test('7. the IKM page in English: one respondent of one citizen served, the grade\'s name', async () => {
  hall.addUser('budi', 'staff', 'dukcapil');
  const budi = await hall.login('budi');
  const issued = (await hall.issue('dukcapil/ktp-el-rekam')).json.ticket;
  assert.equal((await budi.req('POST', '/api/v1/counters/1/open', {})).status, 200);
  for (const [action, body] of [['call', { number: issued.number }], ['start'], ['finish']]) {
    const r = await budi.req('POST', `/api/v1/counters/1/${action}`, body);
    assert.equal(r.status, 200, `${action}: ${r.text}`);
  }
  // 25 x (8 x 3 + 4) / 9 = 77.78: B
  const r = await hall.req('POST', '/api/v1/surveys', { token: issued.token, scores: [3, 3, 3, 3, 3, 3, 3, 3, 4] });
  assert.equal(r.status, 201, r.text);
  const day = issued.issued_at.slice(0, 10);

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await openPage(ctx, `${hall.base}/ikm?agency=dukcapil&from=${day}&to=${day}`, problems);
  await page.getByText('B (Baik)').waitFor();
  await page.getByText('1 responden; menurut tabel Krejcie dan Morgan diperlukan 1 responden untuk 1 warga yang dilayani. Jumlah responden sudah memenuhi.').waitFor();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByText('B (Good)').waitFor();
  await page.getByText('1 respondent; the Krejcie and Morgan table asks 1 for the 1 citizen served. There are enough respondents.').waitFor();
  await ctx.close();
});

test('7b. the admin\'s list of agencies says each one\'s kind in the page\'s language', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const admin = await openPage(ctx, hall.base + '/admin', problems);
  await logIn(admin, 'admin');
  const list = admin.getByRole('region', { name: 'Instansi dan layanan' });
  await list.getByText(/^Kantor Imigrasi .* \(imigrasi, instansi vertikal, F\)/).waitFor();
  assert.equal(await list.getByText('vertical').count(), 0);
  await admin.getByRole('button', { name: 'Switch to English' }).click();
  const listEn = admin.getByRole('region', { name: 'Agencies and services' });
  await listEn.getByText(/^Kantor Imigrasi .* \(imigrasi, central government office, F\)/).waitFor();
  await listEn.getByText(/\(dukcapil, regional government office \(OPD\), /).waitFor();
  await ctx.close();
});

test('9. no script error or CSP violation', () => {
  assert.deepEqual(problems, []);
});
