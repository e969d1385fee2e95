// screenshots.mjs - the pictures of each page in docs/img/, taken from the
// real mppd with the bundled plugins (the same harness as the browser
// tests): a hall with a few tickets waiting, counters open and calls made.
//   cd tests && node browser/screenshots.mjs      (after a build)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../integration/lib/hall.mjs';
import { startHall, launch, printerDone } from './lib/browser.mjs';

const OUT = join(ROOT, 'docs/img');
mkdirSync(OUT, { recursive: true });

const hall = await startHall();
const browser = await launch();
try {
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('admin', 'admin');
  // the morning so far, made through the API before any page watches
  const issued = [];
  for (const s of ['dukcapil/ktp-el-rekam', 'dukcapil/ktp-el-rekam', 'dukcapil/kk-baru', 'imigrasi/paspor-baru',
    'samsat/pkb-tahunan', 'dukcapil/akta-kelahiran', 'polres/skck-baru', 'bpjs-kes/pendaftaran-pbpu',
    'dukcapil/ktp-el-rekam', 'imigrasi/paspor-baru']) {
    const r = await hall.issue(s);
    if (r.status === 201) issued.push(r.json.ticket);
  }
  const ani = await hall.login('ani');
  const admin = await hall.login('admin');
  await ani.req('POST', '/api/v1/counters/1/open', {});
  await ani.req('POST', '/api/v1/counters/1/call', {});
  await ani.req('POST', '/api/v1/counters/1/start', {});
  for (const n of [16, 10, 14]) {
    await admin.req('POST', `/api/v1/counters/${n}/open`, {});
    await admin.req('POST', `/api/v1/counters/${n}/call`, {});
  }
  await admin.req('POST', '/api/v1/board/text', {
    text: 'Selamat datang di Mal Pelayanan Publik Kabupaten Purbalingga. Layanan tanpa pungutan liar. ' +
      'Sampaikan pengaduan melalui SP4N-LAPOR!' });

  const shot = async (name, url, viewport, act) => {
    const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    await page.goto(hall.base + url);
    await page.waitForLoadState('networkidle').catch(() => {});
    if (act) await act(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, name + '.png') });
    console.log('docs/img/' + name + '.png');
    await ctx.close();
  };
  const desk = { width: 1366, height: 900 };
  await shot('index', '/', desk);
  await shot('kiosk-home', '/kiosk', { width: 1280, height: 1024 }, async (p) => {
    await p.getByRole('button', { name: /Dinas Kependudukan/ }).waitFor();
  });
  await shot('kiosk-search', '/kiosk', { width: 1280, height: 1024 }, async (p) => {
    await p.getByRole('searchbox', { name: 'Cari layanan' }).focus();
    await p.getByRole('searchbox', { name: 'Cari layanan' }).fill('paspor');
    await p.getByRole('button', { name: /Paspor/ }).first().waitFor();
  });
  await shot('kiosk-service', '/kiosk', { width: 1280, height: 1024 }, async (p) => {
    await p.getByRole('button', { name: /Dinas Kependudukan/ }).click();
    await p.getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru/ }).click();
  });
  await shot('status', `/t/${issued[issued.length - 2]?.token ?? ''}`, { width: 390, height: 760 });
  await shot('board', '/board', { width: 1920, height: 1080 }, async (p) => {
    await p.getByRole('region', { name: 'Panggilan terakhir' }).getByText('Loket 1').first().waitFor();
  });
  await shot('display', '/display?counter=16', { width: 1024, height: 600 }, async (p) => {
    await p.locator('#number').filter({ hasText: /\w/ }).waitFor();
    await p.waitForTimeout(4000); // the call's flash is over
  });
  await shot('admin', '/admin', desk, async (p) => {
    await p.getByLabel('Nama pengguna', { exact: true }).fill('admin');
    await p.getByLabel('Kata sandi', { exact: true }).fill('rahasia-admin');
    await p.getByRole('button', { name: 'Masuk' }).click();
    await p.getByRole('heading', { name: 'Loket dan petugas' }).waitFor();
  });
  // the counter console of the staff member serving at counter 1
  {
    const ctx = await browser.newContext({ viewport: desk });
    await ctx.addCookies([{ name: 'mpp_session', value: ani.cookie.split('=')[1], url: hall.base }]);
    const p = await ctx.newPage();
    await p.goto(hall.base + '/counter?loket=1');
    await p.getByRole('heading', { name: 'Standar pelayanan' }).waitFor();
    await p.waitForTimeout(500);
    await p.screenshot({ path: join(OUT, 'counter.png') });
    console.log('docs/img/counter.png');
    await ctx.close();
  }
  // last, as it adds a ticket: the kiosk's ticket and what the printer gets
  {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
    const p = await ctx.newPage();
    await p.goto(hall.base + '/kiosk');
    await p.getByRole('button', { name: /Kantor Imigrasi/ }).first().click();
    await p.getByRole('button', { name: /Paspor/ }).first().click();
    await p.getByRole('button', { name: 'Ambil tiket' }).click();
    await p.getByRole('img', { name: 'Kode QR status tiket' }).waitFor();
    await printerDone(p);
    await p.getByText('Tiket tercetak').waitFor();
    await p.screenshot({ path: join(OUT, 'kiosk-ticket.png') });
    console.log('docs/img/kiosk-ticket.png');
    await p.emulateMedia({ media: 'print' });
    await p.setViewportSize({ width: 300, height: 1100 });
    await p.locator('#print').screenshot({ path: join(OUT, 'ticket-print-80mm.png') });
    console.log('docs/img/ticket-print-80mm.png');
    await ctx.close();
  }
} finally {
  await browser.close();
  await hall.stop();
  hall.cleanup();
}
