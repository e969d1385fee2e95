// gateway.mjs - the stand-in for a hall's SMS/WhatsApp gateway, which lies
// outside the hall: an HTTP server of the test on a free port of
// 127.0.0.1 that keeps every POST it receives, in order, and answers the
// status the test chooses. The hall config points notify.url at `url`.
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';

export class Gateway {
  // tls: {key, cert} (PEM) for a gateway on https
  constructor({ tls } = {}) {
    this.tls = tls;
    this.got = [];           // {key, auth, body} of every POST, in order
    this.answer = () => 200; // the status for a POST, from what it got; null: no answer
    this.hung = [];          // the replies held open
  }

  async start() {
    const serve = (req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        this.got.push({ key: req.headers['idempotency-key'], auth: req.headers.authorization, body: JSON.parse(body) });
        const status = this.answer(this.got[this.got.length - 1]);
        if (status === null) { // a gateway that hangs: the sender times out or dies waiting
          this.hung.push(res);
          return;
        }
        res.statusCode = status;
        res.end('{}');
      });
    };
    this.server = this.tls ? createTlsServer(this.tls, serve) : createServer(serve);
    await new Promise((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.url = `${this.tls ? 'https' : 'http'}://127.0.0.1:${this.server.address().port}/send`;
    return this;
  }

  close() {
    for (const res of this.hung) res.destroy();
    this.server?.close();
  }
}
