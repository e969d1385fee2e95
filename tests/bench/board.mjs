// board.mjs - the hall board's announcements when every counter calls at
// once (the 08:00 opening) and through a busy morning after it, measured in
// Chromium with the real voice clips, the real mppd and the stock hall
// config (34 counters), three boards watching the same calls in the same
// run:
//   before       the board of commit MPP_BEFORE_REF (default adc99f1, the
//                board before calls had an age limit): every call queued,
//                unbounded, spoken in order. Its board.js and announcer.js
//                are put in place of today's in the browser (page.route),
//                so it runs against the same server and the same calls;
//   after        today's board with the stock settings (board group of
//                mppd.cfg: announce_max_age 60 s, announce_queue 10, the
//                full sentence);
//   after-short  the same with sentence = "short" (the settings the page
//                reads, /api/v1/board/settings, answered with it).
// For each: seconds from the burst until its last call has been spoken (and
// how many of its calls were spoken), then over the morning the longest
// and the 90th-percentile wait between a call and the start of its
// announcement, and the calls never spoken (shown only). A call the
// "before" board still has queued at the end counts with its wait so far.
//   node tests/bench/board.mjs        (scripts/board-bench.sh runs it)
// MPP_BOARD_MINUTES (6): the morning's length after the burst; the calls
// come at random (Poisson, seeded) at 34 counters / 5 minutes of service.
// MPP_BOARD_DRAIN (75): seconds after the morning for what is queued.
// MPP_REPORT=FILE writes the figures into FILE's "board-announce" section.
import { execFileSync } from 'node:child_process';
import { Hall, ROOT, sleep, killAll } from '../integration/lib/hall.mjs';
import { launch } from '../browser/lib/browser.mjs';
import { openCounters } from '../browser/lib/board.mjs';
import { reportSection, machine } from '../reliability/report.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// the page's own sentences (web/ has no package.json saying it holds modules)
const { callSentence } = await import('data:text/javascript;base64,' +
  readFileSync(join(ROOT, 'web/assets/js/announcer.js')).toString('base64'));

const MINUTES = Number(process.env.MPP_BOARD_MINUTES || 6);
const BEFORE = process.env.MPP_BEFORE_REF || 'adc99f1';
const SERVICE_MIN = 5; // a counter calls again after 5 minutes on average
const DRAIN_S = Number(process.env.MPP_BOARD_DRAIN || 75); // after the morning: time to say what is queued

// A small seeded generator: the same morning in every run.
let seed = 20260801;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };

// 34 staff log in from this one address: no login limit here
const hall = new Hall({ replace: [['login_per_minute = 10;', 'login_per_minute = 0;']] });
process.on('uncaughtException', (e) => { console.error(e); killAll(); process.exit(1); });
await hall.start();
const counters = Object.fromEntries((await hall.req('GET', '/api/v1/board')).json.counters.map((c) => [c.number, c.agency]));
const staff = await openCounters(hall, counters);
const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
const serviceOf = (n, agency) => agencies.find((a) => a.id === agency)?.services
  .find((s) => s.kiosk !== false && s.inputs.length === 0 && s.counters.includes(n))?.id;
const desks = staff.map((c) => ({ ...c, service: serviceOf(c.n, c.agency) })).filter((c) => c.service);

const old = (file) => execFileSync('git', ['-C', ROOT, 'show', `${BEFORE}:web/assets/js/${file}`], { encoding: 'utf8' });
const browser = await launch();

// A board, its scripts as `variant` says, recording each announcement it
// starts (its sentence) and each time it falls quiet.
async function board(variant) {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await ctx.newPage();
  if (variant === 'before') {
    for (const file of ['board.js', 'announcer.js']) {
      const body = old(file);
      await page.route(`**/assets/js/${file}`, (r) => r.fulfill({ body, contentType: 'text/javascript' }));
    }
  }
  if (variant === 'after-short') {
    await page.route('**/api/v1/board/settings', async (r) => {
      const res = await r.fetch();
      const json = await res.json();
      json.announce.sentence = 'short';
      await r.fulfill({ response: res, json });
    });
  }
  await page.goto(hall.base + '/board');
  await page.locator('#agencies tr').first().waitFor();
  await page.evaluate(() => {
    window.__said = [];
    let last = null;
    new MutationObserver(() => {
      const li = document.querySelector('#announcements li[data-state=playing]');
      const text = li ? li.textContent : null;
      if (text !== last) { window.__said.push({ text, at: Date.now() }); last = text; }
    }).observe(document.querySelector('#announcements'), { childList: true, subtree: true, attributes: true, characterData: true });
  });
  return { variant, page, short: variant === 'after-short' };
}

const boards = [await board('before'), await board('after'), await board('after-short')];
const calls = []; // {number, counter, at, burst}
const next = new Map(); // counter -> its waiting tickets, issued ahead

// Issues `k` tickets for a desk, to be called later.
async function stock(desk, k) {
  const list = next.get(desk.n) || [];
  for (let i = 0; i < k; i++) {
    const r = await hall.issue(desk.service);
    if (r.status !== 201) throw new Error(`issue ${desk.service}: ${r.status} ${r.text}`);
    list.push(r.json.ticket.number);
  }
  next.set(desk.n, list);
}

async function call(desk, burst) {
  if (!next.get(desk.n)?.length) await stock(desk, 3);
  const number = next.get(desk.n).shift();
  await desk.s.req('POST', `/api/v1/counters/${desk.n}/no-show`);
  const at = Date.now();
  const r = await desk.s.req('POST', `/api/v1/counters/${desk.n}/call`, { number });
  if (r.status !== 200) throw new Error(`call ${number} at ${desk.n}: ${r.status} ${r.text}`);
  calls.push({ number, counter: desk.n, at, burst });
}

// tickets waiting before the doors open
for (const d of desks) await stock(d, 3);

console.log(`board bench: ${desks.length} counters call at once, then ${MINUTES} minutes at ${desks.length}/${SERVICE_MIN} calls a minute`);
const t0 = Date.now();
await Promise.all(desks.map((d) => call(d, true)));
const end = t0 + MINUTES * 60000;
const rate = desks.length / SERVICE_MIN / 60000; // calls per ms
let t = Date.now();
for (;;) {
  t += -Math.log(1 - random()) / rate;
  if (t >= end) break;
  await sleep(Math.max(0, t - Date.now()));
  await call(desks[Math.floor(random() * desks.length)], false);
}
await sleep(DRAIN_S * 1000);
const stop = Date.now();

const pct = (list, p) => { const s = [...list].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : 0; };
const sec = (ms) => (ms / 1000).toFixed(1);
const rows = [];
for (const b of boards) {
  const said = await b.page.evaluate(() => window.__said);
  // each call's announcement: the first start of its sentence after it was made
  const starts = new Map();
  const used = new Set();
  for (const c of calls) {
    const sentence = callSentence(c.number, c.counter, b.short);
    const i = said.findIndex((s, k) => !used.has(k) && s.text === sentence && s.at >= c.at - 50);
    if (i < 0) continue;
    used.add(i);
    starts.set(c, { start: said[i].at, end: said[i + 1]?.at ?? stop });
  }
  const burst = calls.filter((c) => c.burst);
  const spokenBurst = burst.filter((c) => starts.has(c));
  // a board that has not said every call of the burst by the end: at least that long
  const lastBurst = spokenBurst.length < burst.length && b.variant === 'before'
    ? `> ${sec(stop - t0)} (${burst.length - spokenBurst.length} not yet said)`
    : sec(Math.max(...spokenBurst.map((c) => starts.get(c).end)) - t0);
  const spokenWaits = calls.filter((c) => starts.has(c)).map((c) => starts.get(c).start - c.at);
  // a call still queued at the end (the old board) waited at least this long
  const queuedAtEnd = b.variant === 'before' ? calls.filter((c) => !starts.has(c)).map((c) => stop - c.at) : [];
  const allWaits = [...spokenWaits, ...queuedAtEnd];
  rows.push({
    variant: b.variant,
    burstLast: lastBurst,
    burstSpoken: `${spokenBurst.length}/${burst.length}`,
    maxWait: sec(Math.max(...allWaits)) + (queuedAtEnd.length ? ' (still queued)' : ''),
    p90: sec(pct(allWaits, 0.9)),
    median: sec(pct(allWaits, 0.5)),
    spoken: `${spokenWaits.length}/${calls.length}`,
    queued: queuedAtEnd.length,
  });
}
await browser.close();
await hall.stop();
hall.cleanup();

const table = [
  '| board | burst: last call spoken after (s) | burst calls spoken | morning: longest wait call → announcement (s) | p90 wait (s) | median wait (s) | calls spoken | still queued at the end |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.variant} | ${r.burstLast} | ${r.burstSpoken} | ${r.maxWait} | ${r.p90} | ${r.median} | ${r.spoken} | ${r.queued} |`),
];
for (const l of table) console.log(l);

// What the table says, in words, from this run's figures.
function reading(r) {
  const [before, full, short] = r;
  return [
    `- **The opening burst:** the board before the age limit said the last of the ${before.burstSpoken.split('/')[1]} calls after ${before.burstLast} s;`,
    `  today's board was done after ${full.burstLast} s (${short.burstLast} s with the short sentence), having said ${full.burstSpoken} (${short.burstSpoken})`,
    '  of them: the others were on the screen at once and never spoken (past the 10 that may wait, or older than 60 s',
    '  when their turn came).',
    `- **The busy morning:** the longest wait from a call to its announcement was ${before.maxWait.endsWith('(still queued)') ? before.maxWait.replace(' (still queued)', ' s (a call still queued at the end)') : before.maxWait + ' s'} before,`,
    `  ${full.maxWait} s after (${short.maxWait} s short); the median ${before.median} s, ${full.median} s and ${short.median} s.`,
    '  At this rate the speaker is almost always busy, so a call waits behind the ones before it; the age limit caps that wait',
    '  at a minute, and the short sentence (about 5 s instead of 7.5 s) speaks more calls and sooner.',
  ];
}
if (process.env.MPP_REPORT) {
  reportSection(process.env.MPP_REPORT, 'board-announce', [
    '## The hall board\'s announcements at opening (tests/bench/board.mjs)', '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${await machine()}, Chromium with the real clips (a full call with its chime is about 7.5 s),`,
    `the stock hall config: ${desks.length} counters call at once, then ${MINUTES} minutes of calls at random at ${desks.length} counters / ${SERVICE_MIN} minutes`,
    `(${calls.length} calls in all), and ${DRAIN_S} s more for what is queued. Three boards watch the same calls in the same run:`,
    `"before" is the board of commit ${BEFORE} (every call queued, unbounded, in order), its scripts put in place of today's in the browser;`,
    '"after" is today\'s board with the stock board settings (a call older than 60 s is shown, not spoken; at most 10 wait; the full sentence);',
    '"after-short" the same with `sentence = "short"`. A call the "before" board still had queued when the run ended counts with its wait so far.', '',
    '```', '$ scripts/board-bench.sh announce', '```', '', ...table, '', ...reading(rows)].join('\n'));
}
