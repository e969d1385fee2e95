// simulate.mjs - runs a simulated MPP day (day.mjs) and prints what it did,
// the service report mppd gives for that day, the staff report's total
// and how long it takes to read (the median of 5 reads of the day's audit
// log), and the error of the wait estimates. Against a running mppd built with the test clock:
//   node tests/sim/simulate.mjs --url http://127.0.0.1:8080 --user admin --password ...
// or, without --url, against an mppd it starts itself (build-test/mppd,
// a fresh data folder); --keep leaves that one running to look at the
// admin page's charts (--port N to choose its port). Other options: --seed N, --scale X (1 = ~600
// tickets), --from HH:MM --until HH:MM (arrivals), --close HH:MM (no
// call after it), --date YYYY-MM-DD,
// --json FILE (the summary as JSON).
import { writeFileSync } from 'node:fs';
import { simulateDay } from './day.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : dflt;
};
const flag = (name) => args.includes('--' + name);

let api, login, hall = null;
const password = 'simulasi-' + Math.random().toString(36).slice(2, 10);
if (opt('url')) {
  const base = opt('url').replace(/\/$/, '');
  const req = async (method, path, body, headers = {}) => {
    const init = { method, headers: { ...headers } };
    if (body !== undefined) { init.body = JSON.stringify(body); init.headers['content-type'] = 'application/json'; }
    const r = await fetch(base + path, init);
    const text = await r.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: r.status, json, text, headers: r.headers };
  };
  api = { base, req };
  login = async () => {
    const r = await req('POST', '/api/v1/session', { username: opt('user', 'admin'), password: opt('password', process.env.MPP_PASSWORD || '') });
    if (r.status !== 200) throw new Error(`login: ${r.status} ${r.text}`);
    const cookie = r.headers.get('set-cookie').split(';')[0];
    return { req: (m, p, b, h = {}) => req(m, p, b, { cookie, ...h }) };
  };
} else {
  const { Hall } = await import('../integration/lib/hall.mjs');
  const { createServer } = await import('node:net');
  // a free port (or --port); the pages served there are its own origin
  const port = Number(opt('port', 0)) || await new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => { const p = srv.address().port; srv.close(() => ok(p)); });
  });
  hall = new Hall();
  hall.port = port;
  hall.addUser('admin', 'admin', null, password);
  await hall.start();
  api = hall;
  login = () => hall.login('admin', password);
}

try {
  const day = await simulateDay(api, login, {
    seed: Number(opt('seed', 1)), scale: Number(opt('scale', 1)), from: opt('from'), until: opt('until'), close: opt('close'),
    date: opt('date'), log: (line) => console.error('  ' + line),
  });
  const rep = await day.admin().req('GET', `/api/v1/reports/service?from=${day.date}&to=${day.date}`);
  const hallRow = rep.json.rows.find((r) => r.level === 'hall');
  // the staff report of the day: its total against what the simulation
  // did, and its time to read (HTTP included)
  const times = [];
  let staff = null;
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    staff = await day.admin().req('GET', `/api/v1/reports/staff?from=${day.date}&to=${day.date}`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const staffTotal = staff.json.rows.find((r) => r.staff === null);
  const servedBySim = Object.values(day.byStaff).reduce((n, x) => n + x.served, 0);
  const summary = {
    date: day.date, simulated: day.count, surveys: day.surveys, refused: day.refused,
    staff_report: staffTotal && { served: staffTotal.served, simulated_finishes: servedBySim,
      events_read: staff.json.events_read, median_ms: Math.round(times[2] * 10) / 10 },
    report: hallRow && {
      issued: hallRow.issued, served: hallRow.served, no_show: hallRow.no_show,
      transferred: hallRow.transferred, open: hallRow.open, waiting: hallRow.waiting,
      service_time: hallRow.service_time,
      busiest_hour: hallRow.hours.indexOf(Math.max(...hallRow.hours)),
    },
    estimate_error: day.estimate, events: day.events, last_event: day.end, real_seconds: day.real_s,
  };
  delete summary.simulated.byService;
  console.log(JSON.stringify(summary, null, 2));
  if (opt('json')) writeFileSync(opt('json'), JSON.stringify(summary, null, 2) + '\n');
  const ok = hallRow && hallRow.issued === day.count.issued && hallRow.served === day.count.served &&
    hallRow.no_show === day.count.no_show && hallRow.transferred === day.count.transferred &&
    staffTotal && staffTotal.served === servedBySim;
  console.error(ok ? 'the service and staff reports match the simulation' : 'a report DIFFERS from the simulation');
  if (hall && flag('keep')) {
    console.error(`mppd keeps running at ${hall.base} (admin page ${hall.base}/admin, login admin / ${password}); data in ${hall.dir}. Ctrl-C stops it.`);
    await new Promise((ok2) => process.on('SIGINT', ok2));
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  if (hall) { await hall.stop(); hall.cleanup(); }
}
