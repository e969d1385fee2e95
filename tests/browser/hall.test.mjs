// hall.test.mjs - the pages in Chromium against the real mppd, as the
// hall uses them: a citizen takes a ticket at the kiosk, staff call it at
// the counter console, the hall board shows and announces it, the phone's
// status page turns to "called", a transfer keeps the number, the board
// survives an mppd restart, and staff cannot take another agency's counter.
// Elements are found by role and visible text, as a person finds them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage, printerDone } from './lib/browser.mjs';
import { recordSpoken, spoken as spokenCalls } from './lib/board.mjs';
import { until } from '../integration/lib/hall.mjs';

let hall;
let browser;
const problems = [];
const shared = {}; // what one step hands to the next: the ticket, the pages

before(async () => {
  hall = await startHall();
  hall.addUser('ani', 'staff', 'dukcapil');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

test('1. kiosk search finds services by partial name across agencies', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  const search = page.getByRole('searchbox', { name: 'Cari layanan' });
  await search.fill('ktp');
  const results = page.getByRole('region', { name: 'Hasil pencarian' });
  await results.getByRole('button', { name: /KTP-el/ }).first().waitFor();
  // results name the agency by its short name
  assert.ok(await results.getByRole('button', { name: /Dukcapil/ }).count() >= 2);
  await search.fill('paspor');
  await results.getByRole('button', { name: /Paspor/ }).first().waitFor();
  assert.equal(await results.getByRole('button', { name: /KTP-el/ }).count(), 0, 'ktp results gone after a new search');
  assert.ok(await results.getByRole('button', { name: /Imigrasi/ }).count() >= 3);
  // a later step of Samsat's flow is reached at the counters, never picked here
  await search.fill('korektor');
  await results.getByText('Tidak ada layanan yang cocok. Coba kata lain.').waitFor();
  // typed on the on-screen keyboard, as on the touch kiosk
  await search.fill('');
  await search.focus();
  const keys = page.getByRole('group', { name: 'Papan ketik layar' });
  for (const k of 'KTP') await keys.getByRole('button', { name: k, exact: true }).click();
  assert.equal(await search.inputValue(), 'ktp');
  await results.getByRole('button', { name: /KTP-el/ }).first().waitFor();
  await ctx.close();
});

test('2. a citizen takes a ticket at the kiosk; it joins the queue only once printed', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  await page.getByRole('button', { name: /Dinas Kependudukan/ }).click();
  await page.getByRole('heading', { name: 'Dukcapil' }).waitFor();
  await page.getByRole('region', { name: 'Dukcapil' }).getByText('Dinas Kependudukan dan Pencatatan Sipil Kabupaten Purbalingga').waitFor();
  await page.getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru/ }).click();
  await page.getByRole('heading', { name: 'Persyaratan' }).or(page.getByText('Persyaratan', { exact: true })).first().waitFor();
  await page.getByText('Fotokopi Kartu Keluarga').first().click(); // tick a requirement
  await page.getByRole('button', { name: 'Ambil tiket' }).click();
  const number = page.locator('#ticket-number');
  await page.getByRole('heading', { name: 'Nomor antrean Anda' }).waitFor();
  // no Dukcapil counter is open yet: no "right away" for a wait with no end
  await page.locator('#ticket-wait').getByText('sampai loket dibuka').waitFor();
  await page.getByText('Mencetak tiket…').waitFor();
  const shown = (await number.textContent()).trim();
  assert.match(shown, /^A-\d{3,}$/);
  const src = await page.getByRole('img', { name: 'Kode QR status tiket' }).getAttribute('src');
  const token = src.match(/tickets\/([^/]+)\/qr\.svg/)[1];
  let t = (await hall.req('GET', `/api/v1/tickets/${token}`)).json.ticket;
  assert.equal(t.status, 'printing', 'not in the queue before it is printed');
  assert.equal(t.number, shown);
  const qr = await hall.req('GET', src);
  assert.equal(qr.status, 200);
  assert.match(qr.text, /<svg/);

  // "Tiket tidak keluar": the first ticket is cancelled and a new one printed
  await page.getByRole('button', { name: 'Tiket tidak keluar' }).click();
  await page.waitForFunction((old) => document.querySelector('#ticket-number').textContent !== old, shown);
  t = (await hall.req('GET', `/api/v1/tickets/${token}`)).json.ticket;
  assert.equal(t.status, 'cancelled');
  const src2 = await page.getByRole('img', { name: 'Kode QR status tiket' }).getAttribute('src');
  const token2 = src2.match(/tickets\/([^/]+)\/qr\.svg/)[1];
  assert.notEqual(token2, token);

  await printerDone(page);
  await page.getByText('Tiket tercetak').waitFor();
  t = (await hall.req('GET', `/api/v1/tickets/${token2}`)).json.ticket;
  assert.equal(t.status, 'waiting');
  shared.number = t.number;
  shared.token = token2;
  await page.getByRole('button', { name: 'Selesai' }).click();
  await page.getByRole('heading', { name: 'Instansi', exact: true }).waitFor();
  await ctx.close();
});

test('3. staff log in and call it; the board shows it within a second and queues its announcement; the phone turns to called', async () => {
  assert.ok(shared.token, 'needs the ticket of test 2');
  const tv = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await openPage(tv, hall.base + '/board', problems);
  await board.getByRole('heading', { name: 'Nomor dipanggil' }).waitFor();
  await board.getByText('Belum ada panggilan').waitFor();
  await recordSpoken(board);

  const phone = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  const status = await openPage(phone, `${hall.base}/t/${shared.token}`, problems);
  await status.getByText(shared.number, { exact: true }).first().waitFor();
  await status.getByRole('status').filter({ hasText: 'Menunggu' }).waitFor();

  const desk = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const staff = await openPage(desk, hall.base + '/counter', problems);
  await staff.getByLabel('Nama pengguna').fill('ani');
  await staff.getByLabel('Kata sandi').fill('rahasia-ani');
  await staff.getByRole('button', { name: 'Masuk' }).click();
  await staff.getByRole('button', { name: /Loket 1/ }).click();
  await staff.getByRole('button', { name: /Buka loket/ }).click();
  await staff.getByText('Loket dibuka.').waitFor();
  // the waiting list shows the ticket before it is called
  await staff.getByRole('region', { name: /Daftar tunggu/ }).getByText(shared.number).waitFor();
  await staff.keyboard.press('n'); // "Panggil berikutnya" by its key
  const called = Date.now();
  await staff.getByText(`Memanggil ${shared.number}.`).waitFor();
  // the service standard is in view for the staff, as text a person reads
  const std = staff.getByRole('region', { name: 'Standar pelayanan' });
  await std.getByRole('heading', { name: 'Dasar hukum' }).waitFor();
  await std.getByRole('heading', { name: 'Prosedur' }).waitFor();
  assert.ok(!(await std.innerText()).includes('[object'), 'no raw objects in the standard');

  const now = board.getByRole('region', { name: 'Nomor dipanggil' });
  await now.getByText(shared.number, { exact: true }).waitFor({ timeout: 1000 });
  await now.getByText('Loket 1', { exact: true }).waitFor({ timeout: 1000 });
  assert.ok(Date.now() - called < 1500, 'the board showed the call within a second');
  const digits = shared.number.slice(2).split('').map((d) => ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'][+d]);
  const spoken = `Nomor antrean, A, ${digits.join(', ')}, silakan menuju loket, satu`;
  await board.getByRole('list').filter({ hasText: spoken }).waitFor({ timeout: 1000 });
  await board.getByRole('region', { name: 'Panggilan terakhir' }).getByText(shared.number).waitFor();

  await status.getByRole('alertdialog').getByText('Silakan menuju Loket 1').waitFor({ timeout: 3000 });
  await status.getByRole('button', { name: 'Baik, saya menuju loket' }).click();
  await status.getByRole('status').filter({ hasText: 'Dipanggil' }).waitFor();

  // a recall while the call is spoken is announced again, after it (never
  // overlapping)
  await staff.getByRole('button', { name: /Panggil ulang/ }).click();
  assert.ok(await board.locator('#announcements li[data-state=playing]').count() <= 1, 'one announcement plays at a time');
  await until(async () => (await spokenCalls(board)).filter((x) => x.number === shared.number).length === 2, 20000);
  shared.board = board;
  shared.staff = staff;
  shared.status = status;
  shared.contexts = [tv, phone, desk];
});

test('4. a transfer keeps the number', async () => {
  const { staff, status } = shared;
  await staff.getByRole('button', { name: /Mulai layani/ }).click();
  await staff.getByText(`Melayani ${shared.number}.`).waitFor();
  await staff.getByRole('button', { name: /Pindahkan/ }).click();
  const dialog = staff.getByRole('dialog', { name: 'Pindahkan tiket' });
  await dialog.getByLabel('Cari layanan tujuan (semua instansi)').fill('paspor baru');
  await dialog.getByRole('option', { name: /Paspor/ }).first().click();
  await dialog.getByLabel('Paling depan').check();
  await dialog.getByRole('button', { name: 'Pindahkan ke layanan ini' }).click();
  await staff.getByText(new RegExp(`${shared.number} dipindahkan ke`)).waitFor();
  const t = (await hall.req('GET', `/api/v1/tickets/${shared.token}`)).json.ticket;
  assert.equal(t.number, shared.number, 'the number is kept');
  assert.equal(t.agency, 'imigrasi');
  assert.equal(t.status, 'waiting');
  assert.equal(t.transfers, 1);
  await status.getByText(/Tiket dipindahkan ke layanan .*Paspor/i).waitFor();
  await status.getByText(shared.number, { exact: true }).first().waitFor();
  await status.getByRole('status').filter({ hasText: 'Menunggu' }).waitFor();
});

test('5. the board recovers after mppd restarts: "terputus" shown, then gone, and new calls appear', async () => {
  const { board } = shared;
  const marker = board.getByRole('status').filter({ hasText: 'Terputus' });
  await hall.stop();
  await marker.waitFor({ state: 'visible', timeout: 5000 });
  // a ticket issued and called while the board is away is replayed to it
  await hall.start();
  await marker.waitFor({ state: 'hidden', timeout: 15000 });
  const ani = await hall.login('ani');
  const issued = await hall.issue('dukcapil/ktp-el-rekam');
  assert.equal(issued.status, 201);
  const open = await ani.req('POST', '/api/v1/counters/2/open', {});
  assert.equal(open.status, 200, open.text);
  const call = await ani.req('POST', '/api/v1/counters/2/call', {});
  assert.equal(call.status, 200, call.text);
  const now = board.getByRole('region', { name: 'Nomor dipanggil' });
  await now.getByText(issued.json.ticket.number, { exact: true }).waitFor({ timeout: 1500 });
  await now.getByText('Loket 2', { exact: true }).waitFor();
  for (const c of shared.contexts) await c.close();
});

test('6. a staff user cannot pick another agency\'s counter', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const staff = await openPage(ctx, hall.base + '/counter', problems);
  await staff.getByLabel('Nama pengguna').fill('ani');
  await staff.getByLabel('Kata sandi').fill('rahasia-ani');
  await staff.getByRole('button', { name: 'Masuk' }).click();
  const pick = staff.getByRole('region', { name: 'Pilih loket Anda' });
  await pick.getByRole('button', { name: /Loket 4/ }).waitFor();
  assert.equal(await pick.getByRole('button').count(), 4, 'only the four dukcapil counters');
  assert.equal(await pick.getByRole('button', { name: /Loket 5\b/ }).count(), 0);
  // asking for counter 5 (DPMPTSP) by address is refused by the server, in words
  await staff.goto(hall.base + '/counter?loket=5');
  await staff.getByRole('alert').filter({ hasText: /Loket 5: Anda tidak berhak/ }).waitFor();
  await pick.getByRole('button', { name: /Loket 1/ }).waitFor();
  await ctx.close();
});

test('7. no page broke: no script error, no CSP violation', () => {
  assert.deepEqual(problems, []);
});
