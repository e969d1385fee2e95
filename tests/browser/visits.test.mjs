// visits.test.mjs - a visit across agencies in Chromium against the real
// mppd, as a citizen and the hall meet it: at the kiosk, "Beberapa urusan
// sekaligus", a citizen who wants a passport picks the goal "Paspor" and
// ticks the KTP-el, birth certificate and marriage book they brought but
// no family card; the plan puts Dukcapil (the family card, added, and why)
// before Imigrasi, says what to bring and how long; one visit ticket is
// printed (confirmed after the print) with one QR code of /v/<token>. The
// phone's /v/<token> shows step 1 waiting with where to go and what comes
// next; staff finish it at a Dukcapil counter console, which marks it as
// part of a visit and says where it goes on; the phone turns to step 2
// waiting at Imigrasi. A no-show ends a visit, and the phone says so.
// Elements are found by role and visible text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage, printerDone } from './lib/browser.mjs';

let hall;
let browser;
const problems = [];
const shared = {}; // what one step hands to the next

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

test('1. at the kiosk a citizen without a family card plans a passport: Dukcapil, then Imigrasi, on one printed ticket', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  // the catalogue comes late: the choices opened before it fill in when it does
  await ctx.route('**/api/v1/agencies', async (route) => { await new Promise((ok) => setTimeout(ok, 1500)); await route.continue(); });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  await page.getByRole('button', { name: 'Beberapa urusan sekaligus' }).click();
  await page.getByRole('heading', { name: 'Apa yang ingin Anda urus?' }).waitFor();
  await page.getByRole('heading', { name: 'Apa yang ingin Anda urus?' }).waitFor();

  // goals are the documents the hall's services give, in both languages
  const goals = page.getByRole('group', { name: 'Dokumen yang ingin Anda dapatkan' });
  for (const name of [/^SKCK/, /^Sertipikat tanah/, /^STNK dan BPKB/, /^Kartu Keluarga/]) {
    await goals.getByRole('checkbox', { name }).first().waitFor();
  }
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'What do you want to get done?' }).waitFor();
  await page.getByRole('group', { name: 'Documents you want to get' }).getByRole('checkbox', { name: /^Passport/ }).waitFor();
  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();

  // nothing chosen: said in words
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('alert').filter({ hasText: 'Pilih paling sedikit satu urusan.' }).waitFor();
  // a service found by name can be added and removed again
  await page.getByRole('searchbox', { name: 'Cari layanan untuk ditambahkan' }).fill('skck');
  await page.getByRole('checkbox', { name: /Penerbitan SKCK Baru · Polres/ }).last().check();
  const chosen = page.getByRole('region', { name: 'Pilihan Anda' });
  await chosen.getByText('Penerbitan SKCK Baru').waitFor();
  await chosen.getByRole('button', { name: 'Hapus Penerbitan SKCK Baru' }).click();
  await chosen.getByText('Belum ada yang dipilih.').waitFor();

  await goals.getByRole('checkbox', { name: /^Paspor/ }).check();
  await chosen.getByText('Permohonan Paspor Baru (Dewasa)').waitFor();
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await page.getByRole('heading', { name: 'Dokumen yang sudah Anda bawa' }).waitFor();
  for (const name of [/^KTP-el/, /^Akta Kelahiran/, /^Buku Nikah/]) await page.getByRole('checkbox', { name }).check();
  const kk = page.getByRole('checkbox', { name: /^Kartu Keluarga/ });
  assert.equal(await kk.isChecked(), false, 'the family card is offered and left unticked');
  await page.getByRole('button', { name: 'Lihat rencana kunjungan' }).click();

  await page.getByRole('heading', { name: 'Rencana kunjungan Anda' }).waitFor();
  const steps = page.getByRole('region', { name: 'Urutan langkah' }).getByRole('listitem');
  assert.equal(await steps.count(), 2);
  const first = steps.nth(0), second = steps.nth(1);
  await first.getByText('Dukcapil').waitFor();
  await first.getByText('Loket 1-4', { exact: false }).waitFor();
  await first.getByText('Penerbitan Kartu Keluarga Baru', { exact: false }).waitFor();
  await first.getByText(/^Ditambahkan: memberi Kartu Keluarga yang diperlukan untuk Permohonan Paspor Baru/).waitFor();
  await second.getByText('Imigrasi').waitFor();
  await second.getByText('Permohonan Paspor Baru (Dewasa)').waitFor();
  assert.equal(await second.getByText(/^Ditambahkan/).count(), 0, 'the chosen step is not "added"');
  await first.getByRole('button', { name: 'Saya sudah membawa Kartu Keluarga' }).waitFor();
  assert.equal(await second.getByRole('button', { name: /Saya sudah membawa/ }).count(), 0);
  const bring = page.getByRole('region', { name: 'Yang perlu dibawa' });
  for (const doc of ['KTP-el', 'Akta Kelahiran', 'Buku Nikah']) await bring.getByText(doc, { exact: true }).waitFor();
  assert.equal(await bring.getByText('Kartu Keluarga', { exact: true }).count(), 0, 'the family card is made here, not brought');
  const plan = page.getByRole('region', { name: 'Rencana kunjungan Anda' });
  await plan.getByText('Perkiraan waktu seluruhnya').waitFor();
  await plan.getByText(/^± \d+ menit$/).waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Perhatian' }).count(), 0, 'no problem today');

  await page.getByRole('button', { name: 'Ambil tiket kunjungan' }).click();
  const ticket = page.getByRole('region', { name: 'Tiket kunjungan Anda' });
  await ticket.waitFor();
  await ticket.getByText('Mencetak tiket…').waitFor();
  await ticket.getByText('Langkah 1 dari 2 · Dukcapil · Loket 1-4').waitFor();
  const number = (await ticket.getByText(/^A-\d{3,}$/).first().textContent()).trim();
  const visitSteps = ticket.getByRole('region', { name: 'Langkah kunjungan' }).getByRole('listitem');
  await visitSteps.nth(0).getByText(number).waitFor();
  await visitSteps.nth(1).getByText('Nomor menyusul setelah langkah sebelumnya selesai', { exact: false }).waitFor();
  const qr = ticket.getByRole('img', { name: 'Kode QR status kunjungan' });
  const url = await qr.evaluate((svg) => svg.closest('figure').dataset.url);
  const token = url.match(/\/v\/([0-9a-f]{32})$/)[1];
  let v = (await hall.req('GET', `/api/v1/visits/${token}`)).json.visit;
  assert.deepEqual(v.steps.map((s) => [s.service, s.status]), [['dukcapil/kk-baru', 'waiting'], ['imigrasi/paspor-baru', 'pending']]);
  assert.equal(v.steps[0].ticket.number, number);
  assert.equal(v.steps[0].ticket.status, 'printing', 'not in the queue before it is printed');

  // the paper: one sheet, the visit's, with every step and one QR code
  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('#print-visit');
  assert.ok(await paper.isVisible(), 'the visit sheet is printed');
  assert.ok(!(await page.locator('#print').isVisible()), 'not the single ticket sheet');
  for (const text of ['Tiket kunjungan', number, 'Imigrasi', 'Buku Nikah']) await paper.getByText(text, { exact: false }).first().waitFor();
  assert.equal(await paper.locator('svg').count(), 1, 'one QR code');
  await page.emulateMedia({ media: 'screen' });

  // "Tiket tidak keluar" prints the same visit again; the print confirms it
  await ticket.getByRole('button', { name: 'Tiket tidak keluar' }).click();
  await ticket.getByText('Mencetak tiket…').waitFor();
  assert.equal((await ticket.getByText(/^A-\d{3,}$/).first().textContent()).trim(), number, 'the same number');
  await printerDone(page);
  await ticket.getByText(/^Tiket tercetak/).waitFor();
  v = (await hall.req('GET', `/api/v1/visits/${token}`)).json.visit;
  assert.equal(v.steps[0].ticket.status, 'waiting');
  shared.token = token;
  shared.number = number;
  await ticket.getByRole('button', { name: 'Selesai' }).click();
  await page.getByRole('heading', { name: 'Instansi', exact: true }).waitFor();
  await ctx.close();
});

test('1b. a family card left unticked by mistake: "Saya sudah membawa Kartu Keluarga" plans the passport alone, and the card is to be brought', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  // the catalogue comes late: the choices opened before it fill in when it does
  await ctx.route('**/api/v1/agencies', async (route) => { await new Promise((ok) => setTimeout(ok, 1500)); await route.continue(); });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  await page.getByRole('button', { name: 'Beberapa urusan sekaligus' }).click();
  await page.getByRole('heading', { name: 'Apa yang ingin Anda urus?' }).waitFor();
  await page.getByRole('group', { name: 'Dokumen yang ingin Anda dapatkan' }).getByRole('checkbox', { name: /^Paspor/ }).check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { name: 'Dokumen yang sudah Anda bawa' }).waitFor();
  for (const name of [/^KTP-el/, /^Akta Kelahiran/, /^Buku Nikah/]) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Lihat rencana kunjungan' }).click();
  const steps = page.getByRole('region', { name: 'Urutan langkah' }).getByRole('listitem');
  await steps.nth(0).getByRole('button', { name: 'Saya sudah membawa Kartu Keluarga' }).click();
  await page.getByRole('region', { name: 'Yang perlu dibawa' }).getByText('Kartu Keluarga', { exact: true }).waitFor();
  assert.equal(await steps.count(), 1, 'the family card step is gone');
  await steps.nth(0).getByText('Permohonan Paspor Baru (Dewasa)').waitFor();
  await page.getByRole('button', { name: 'Kembali' }).click();
  await page.getByRole('heading', { name: 'Dokumen yang sudah Anda bawa' }).waitFor();
  assert.ok(await page.getByRole('checkbox', { name: /^Kartu Keluarga/ }).isChecked(), 'ticked on the list too');
  await ctx.close();
});

test('2. the phone follows the visit; staff finish step 1 at Dukcapil; the phone turns to step 2 at Imigrasi', async () => {
  assert.ok(shared.token, 'needs the visit of test 1');
  const phone = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  const status = await openPage(phone, `${hall.base}/v/${shared.token}`, problems);
  await status.getByRole('heading', { name: /Status kunjungan/ }).waitFor();
  const steps = status.getByRole('region', { name: 'Langkah kunjungan' }).getByRole('listitem');
  await steps.nth(0).getByText('Dukcapil').waitFor();
  await steps.nth(0).getByText(`Menunggu · Nomor ${shared.number}`).waitFor();
  await steps.nth(1).getByText('Imigrasi').waitFor();
  await steps.nth(1).getByText('Menyusul').waitFor();
  await status.getByText('Langkah 1 dari 2 · Dukcapil').waitFor();
  await status.getByText(shared.number, { exact: true }).first().waitFor();
  await status.getByText('Tempat: Loket 1-4, Dukcapil').waitFor();
  await status.getByText(/^Langkah 2: Permohonan Paspor Baru \(Dewasa\) di Imigrasi/).waitFor();
  const width = await status.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling on the phone (page is ${width} px wide)`);

  const desk = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const staff = await openPage(desk, hall.base + '/counter', problems);
  await staff.getByLabel('Nama pengguna').fill('ani');
  await staff.getByLabel('Kata sandi').fill('rahasia-ani');
  await staff.getByRole('button', { name: 'Masuk' }).click();
  await staff.getByRole('button', { name: /Loket 1/ }).click();
  await staff.getByRole('button', { name: /Buka loket/ }).click();
  await staff.getByText('Loket dibuka.').waitFor();
  const waiting = staff.getByRole('region', { name: /Daftar tunggu/ }).getByRole('listitem').filter({ hasText: shared.number });
  await waiting.getByText('Bagian dari kunjungan').waitFor();
  await staff.getByRole('button', { name: /Panggil berikutnya/ }).click();
  await staff.getByText(`Memanggil ${shared.number}.`).waitFor();
  await staff.locator('#ticket-box').getByText('Bagian dari kunjungan').waitFor();

  await status.getByRole('alertdialog').getByText('Silakan menuju Loket 1').waitFor({ timeout: 3000 });
  await status.getByRole('button', { name: 'Baik, saya menuju loket' }).click();
  await steps.nth(0).getByText(`Dipanggil · Nomor ${shared.number}`).waitFor();

  await staff.getByRole('button', { name: /Selesai/ }).click();
  const v = (await hall.req('GET', `/api/v1/visits/${shared.token}`)).json.visit;
  assert.deepEqual(v.steps.map((s) => s.status), ['done', 'waiting']);
  const next = v.steps[1].ticket.number;
  assert.match(next, /^[A-Z]+-\d{3,}$/);
  await staff.getByText(`${shared.number} selesai. Kunjungan berlanjut: ${next} menunggu di Imigrasi (Permohonan Paspor Baru (Dewasa)).`).waitFor();

  await status.getByText('Langkah 2 dari 2 · Imigrasi').waitFor();
  await steps.nth(0).getByText(`Selesai · Nomor ${shared.number}`).waitFor();
  await steps.nth(1).getByText(`Menunggu · Nomor ${next}`).waitFor();
  await status.getByText(next, { exact: true }).first().waitFor();
  await status.getByText(/^Tempat: Loket \d+-\d+, Imigrasi$/).waitFor();
  assert.ok(await status.getByText(/^Langkah 2: /).isHidden(), 'nothing comes after the last step');
  await phone.close();
  await desk.close();
});

test('3. a no-show ends the visit: the phone says the steps left were skipped, and drops the call', async () => {
  const started = await hall.req('POST', '/api/v1/visits', { services: ['polres/skck-baru'], have: ['ktp-el'] });
  assert.equal(started.status, 201, started.text);
  const { visit } = started.json;
  assert.deepEqual(visit.steps.map((s) => s.service), ['dukcapil/kk-baru', 'polres/skck-baru']);
  const ctx = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  const page = await openPage(ctx, `${hall.base}/v/${visit.token}`, problems);
  await page.getByText('Langkah 1 dari 2 · Dukcapil').waitFor();
  const ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/2/open', {})).status, 200);
  const number = visit.steps[0].ticket.number;
  assert.equal((await ani.req('POST', '/api/v1/counters/2/call', { number })).status, 200);
  // the page just opened may still be connecting its feed, and then reads
  // the call once connected; how fast a call reaches an open phone is
  // hall.test.mjs's to check: here it is the no-show's starting point
  await page.getByRole('alertdialog').getByText('Silakan menuju Loket 2').waitFor({ timeout: 10000 });
  assert.equal((await ani.req('POST', '/api/v1/counters/2/no-show', {})).status, 200);
  await page.getByText(/^Kunjungan berhenti: langkah yang tersisa dilewati/).waitFor();
  const steps = page.getByRole('region', { name: 'Langkah kunjungan' }).getByRole('listitem');
  await steps.nth(0).getByText(`Dilewati · Nomor ${number}`).waitFor();
  await steps.nth(1).getByText('Dilewati').waitFor();
  assert.ok(await page.getByRole('alertdialog').isHidden(), 'no call left on screen');
  await ctx.close();
});

test('4. /t/<token> of a visit\'s ticket is the ticket\'s own status page, as before', async () => {
  const v = (await hall.req('GET', `/api/v1/visits/${shared.token}`)).json.visit;
  const ctx = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  const page = await openPage(ctx, `${hall.base}/t/${v.steps[1].ticket.token}`, problems);
  await page.getByRole('heading', { name: /Status tiket/ }).waitFor();
  await page.getByText(v.steps[1].ticket.number, { exact: true }).first().waitFor();
  await page.getByRole('status').filter({ hasText: 'Menunggu' }).waitFor();
  assert.ok(await page.getByRole('region', { name: 'Langkah kunjungan' }).isHidden(), 'no visit on a ticket\'s page');
  await ctx.close();
});

test('5. no page broke: no script error, no CSP violation', () => {
  assert.deepEqual(problems, []);
});
