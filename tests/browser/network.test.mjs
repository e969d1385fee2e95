// network.test.mjs - the pages in Chromium as the hall's other devices
// open them, with the stock mppd.cfg: at this machine's network address
// (not loopback) a citizen takes a ticket whose QR code links there, staff
// log in and call it, the board shows it. The admin's "Perangkat" panel
// lists that address with a QR code and the Chromium line of each device,
// and the board speaks under the TV's line. Behind a proxy that does not forward the Host, the
// kiosk and the board say in Bahasa Indonesia which setting to change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { startHall, launch, openPage, printerDone } from './lib/browser.mjs';
// the pages' own module (no package.json makes web/ ESM for Node.js 18, so
// it is loaded as the browser loads it: a module, by its text)
const { DEVICES, commandLine } = await import('data:text/javascript,' +
  encodeURIComponent(readFileSync(new URL('../../web/assets/js/devices.js', import.meta.url), 'utf8')));

let hall;
let browser;
let lan; // http://<this machine's network address>:<port>
const problems = [];

// This machine's first network address that is not loopback.
function lanAddress() {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list || []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  throw new Error('this machine has no network address besides loopback');
}

before(async () => {
  hall = await startHall();
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('admin', 'admin');
  lan = `http://${lanAddress()}:${hall.port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

test('at the LAN address: a ticket with its QR link there, a login, a call, the board', async () => {
  assert.ok(!/127\.0\.0\.1|localhost/.test(lan), lan);
  const tv = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await openPage(tv, lan + '/board', problems);
  await board.getByText('Belum ada panggilan').waitFor();

  const kioskCtx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const kiosk = await openPage(kioskCtx, lan + '/kiosk', problems);
  await kiosk.getByRole('button', { name: /Dinas Kependudukan/ }).click();
  await kiosk.getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru/ }).click();
  const issued = kiosk.waitForResponse((r) => r.url().endsWith('/api/v1/tickets') && r.request().method() === 'POST');
  await kiosk.getByRole('button', { name: 'Ambil tiket' }).click();
  const reply = await (await issued).json();
  assert.equal((await issued).status(), 201);
  assert.equal(reply.status_url, `${lan}/t/${reply.ticket.token}`, 'the QR code opens the address the kiosk used');
  await kiosk.getByRole('heading', { name: 'Nomor antrean Anda' }).waitFor();
  const qr = kiosk.getByRole('img', { name: 'Kode QR status tiket' });
  await kiosk.waitForFunction(() => document.querySelector('#ticket-qr').naturalWidth > 0);
  assert.match(await qr.getAttribute('src'), /qr\.svg$/);
  await printerDone(kiosk);
  await kiosk.getByText('Tiket tercetak').waitFor();

  const deskCtx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const desk = await openPage(deskCtx, lan + '/counter', problems);
  await desk.getByLabel('Nama pengguna').fill('ani');
  await desk.getByLabel('Kata sandi').fill('rahasia-ani');
  await desk.getByRole('button', { name: 'Masuk' }).click();
  await desk.getByRole('button', { name: /Loket 1/ }).click();
  await desk.getByRole('button', { name: /Buka loket/ }).click();
  await desk.getByText('Loket dibuka.').waitFor();
  await desk.getByRole('button', { name: /Panggil berikutnya/ }).click();
  await desk.getByText(`Memanggil ${reply.ticket.number}.`).waitFor();
  const now = board.getByRole('region', { name: 'Nomor dipanggil' });
  await now.getByText(reply.ticket.number, { exact: true }).waitFor({ timeout: 2000 });
  await now.getByText('Loket 1', { exact: true }).waitFor();
  for (const c of [tv, kioskCtx, deskCtx]) await c.close();
});

test('the admin\'s "Perangkat" panel: each device\'s address on the network, a QR code and its Chromium line', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await openPage(ctx, lan + '/admin', problems);
  await page.getByLabel('Nama pengguna', { exact: true }).fill('admin');
  await page.getByLabel('Kata sandi', { exact: true }).fill('rahasia-admin');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('link', { name: 'Perangkat' }).click();
  const panel = page.getByRole('region', { name: 'Perangkat' });
  const select = panel.getByLabel('Alamat server di jaringan aula');
  await panel.getByRole('heading', { name: 'Kios ambil antrean' }).waitFor();
  assert.equal(await select.inputValue(), lan, 'the address the admin uses comes first');
  await panel.getByText('hall.public_url belum diisi', { exact: false }).waitFor();
  for (const d of DEVICES) {
    const url = lan + d.path;
    await panel.getByRole('link', { name: url, exact: true }).waitFor();
    await panel.getByText(commandLine(d, url), { exact: true }).waitFor();
  }
  // docs/operations.md gives the same lines
  const ops = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');
  for (const d of DEVICES) assert.ok(ops.includes('`' + commandLine(d, 'http://ADDRESS:8080' + d.path) + '`'), d.id);
  const img = panel.getByRole('img', { name: 'Kode QR alamat Papan TV aula' });
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  await ctx.close();
});

// Chromium driven by playwright does not enforce the autoplay policy (a
// page plays sound even without the flag), so this shows that the TV's
// flags start Chromium and that the board speaks with them, audibly; the
// board's own "Aktifkan suara" button for a browser that blocks sound is
// covered where the announcer is.
test('the TV\'s Chromium line: the board speaks a call, audibly, without a touch', async () => {
  const board = DEVICES.find((d) => d.id === 'board');
  const flags = board.flags.filter((f) => f !== '--kiosk'); // full screen means nothing headless
  const ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/2/open', {})).status, 200);
  {
    const args = flags;
    const tvBrowser = await launch(args, { audible: true });
    const ctx = await tvBrowser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await openPage(ctx, lan + '/board', problems);
    await page.getByRole('heading', { name: 'Nomor dipanggil' }).waitFor();
    const t = (await hall.issue('dukcapil/ktp-el-rekam')).json.ticket;
    assert.equal((await ani.req('POST', '/api/v1/counters/2/call', {})).status, 200);
    await page.getByRole('region', { name: 'Nomor dipanggil' }).getByText(t.number, { exact: true }).waitFor();
    const button = page.getByRole('button', { name: 'Aktifkan suara' });
    await page.waitForFunction(() => document.querySelector('#announcements li[data-state=playing]') !== null ||
      [...document.querySelectorAll('#announcements li')].some((li) => li.dataset.state === 'done'), null, { timeout: 5000 });
    assert.equal(await button.isVisible(), false, 'no click needed');
    await ani.req('POST', '/api/v1/counters/2/finish', {});
    await tvBrowser.close();
  }
});

// A reverse proxy that forgets to pass the Host on (a common mistake): the
// pages load, but the server sees another address than the browser's.
function hostDroppingProxy(target) {
  const server = createServer((req, res) => {
    const up = request({ host: '127.0.0.1', port: target, method: req.method, path: req.url,
      headers: { ...req.headers, host: `127.0.0.1:${target}` } }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.on('upgrade', (req, sock, head) => {
    const up = connect(target, '127.0.0.1', () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const [k, v] = [req.rawHeaders[i], req.rawHeaders[i + 1]];
        lines.push(`${k}: ${k.toLowerCase() === 'host' ? `127.0.0.1:${target}` : v}`);
      }
      up.write(lines.join('\r\n') + '\r\n\r\n');
      up.write(head);
      up.pipe(sock);
      sock.pipe(up);
    });
    up.on('error', () => sock.destroy());
    sock.on('error', () => up.destroy());
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

test('behind a proxy that drops the Host, the kiosk and the board say which setting to change', async () => {
  const proxy = await hostDroppingProxy(hall.port);
  const at = `http://127.0.0.1:${proxy.address().port}`;
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const kiosk = await openPage(ctx, at + '/kiosk', problems);
  await kiosk.getByRole('button', { name: /Dinas Kependudukan/ }).click();
  await kiosk.getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru/ }).click();
  await kiosk.getByRole('button', { name: 'Ambil tiket' }).click();
  const alert = kiosk.getByRole('alert').filter({ hasText: 'server.origins' }).first();
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /tidak diizinkan/);
  assert.ok(text.includes(at), text);

  const board = await openPage(ctx, at + '/board', problems);
  await board.getByRole('alert').filter({ hasText: 'server.origins' }).first().waitFor({ timeout: 15000 });
  await ctx.close();
  proxy.closeAllConnections?.();
  await new Promise((ok) => proxy.close(ok));
});

test('no page broke: no script error, no CSP violation', () => {
  // the refused socket and request above are expected console errors, not script errors
  assert.deepEqual(problems, []);
});
