// province.test.mjs - the province page of mppagg (web/province.html with
// province.js, in Chromium) against Debian's real nats-server and two real
// halls: in Bahasa Indonesia first, one row per hall with the figures
// GET /api/v1/halls gives, live: a ticket issued in a hall shows on the
// page without a reload; a hall's row opens its agencies; English on the
// button; the page says when the link to mppagg drops.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall, until, killAll } from '../integration/lib/hall.mjs';
import { NatsServer, Agg, killAllNats, natsConnect, addStream } from '../integration/lib/nats.mjs';
import { launch, openPage } from './lib/browser.mjs';

const cleanups = [];
after(async () => { for (const c of cleanups.reverse()) await c(); killAll(); killAllNats(); });

test('the province page: halls as rows in Bahasa Indonesia, live, with each hall\'s agencies', async () => {
  const n = await new NatsServer().start();
  const nc = await natsConnect(n.url);
  await addStream(nc);
  cleanups.push(async () => { await nc.close(); await n.stop('SIGKILL'); n.cleanup(); });
  const halls = [];
  for (const id of ['purbalingga', 'banjarnegara']) {
    const h = await new Hall({ cfg: `\nexport = { nats = "${n.url}"; hall = "${id}"; };\n` }).start();
    cleanups.push(async () => { if (h.proc) await h.stop(); h.cleanup(); });
    halls.push(h);
  }
  for (let i = 0; i < 3; i++) assert.equal((await halls[0].issue('dukcapil/ktp-el-rekam')).status, 201);
  assert.equal((await halls[1].issue('dpmptsp/nib')).status, 201);
  const agg = await new Agg(n.url).start();
  cleanups.push(async () => { if (agg.proc) await agg.stop(); agg.cleanup(); });
  await until(async () => (await agg.halls()).applied === 4, 10000);

  const browser = await launch([]);
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ locale: 'id-ID' });
  const problems = [];
  const page = await openPage(context, agg.base + '/', problems);
  await page.waitForSelector('tr.hall-row');
  assert.equal(await page.locator('html').getAttribute('lang'), 'id');
  assert.equal(await page.locator('h1 span').first().textContent(), 'Pemantauan MPP Provinsi');
  const row = (id) => page.locator(`tr.hall-row[data-hall="${id}"] td`);
  assert.deepEqual(await page.locator('tr.hall-row .hall-name').allTextContents(), ['banjarnegara', 'purbalingga']);
  assert.equal(await row('purbalingga').nth(1).textContent(), '3', 'waiting');
  assert.equal(await row('purbalingga').nth(3).textContent(), '3', 'tickets today');
  assert.equal(await page.locator('#total td').nth(1).textContent(), '4', 'the province waits 4');

  // live: a ticket in banjarnegara shows without a reload
  assert.equal((await halls[1].issue('dpmptsp/nib')).status, 201);
  await page.waitForFunction(() =>
    document.querySelector('tr.hall-row[data-hall="banjarnegara"] td:nth-child(2)').textContent === '2');

  // a hall's agencies
  await page.getByRole('button', { name: 'purbalingga' }).click();
  assert.equal(await page.locator('#detail-title').textContent(), 'Rincian per instansi: purbalingga');
  assert.deepEqual(await page.locator('#agencies tr td:first-child').allTextContents(), ['dukcapil']);

  // English on the button
  await page.locator('#lang').click();
  assert.equal(await page.locator('h1 span').first().textContent(), 'Province MPP overview');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');

  // the link drops: the page says so
  await agg.kill9();
  await page.waitForSelector('[data-offline]:not([hidden])');
  await agg.start();
  await page.waitForSelector('[data-offline]', { state: 'hidden' });
  assert.deepEqual(problems, []);
});
