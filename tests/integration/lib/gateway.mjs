// gateway.mjs - the stand-in for a hall's SMS/WhatsApp gateway, which lies
// outside the hall: an HTTP server of the test on a free port of
// 127.0.0.1 that keeps every POST it receives, in order, and answers the
// status the test chooses. The hall config points notify.url at `url`.
// On https it may also offer HTTP/2, as the big gateways do.
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createSecureServer } from 'node:http2';

export class Gateway {
  // tls: {key, cert} (PEM) for a gateway on https; h2: it offers HTTP/2
  // (ALPN), HTTP/1.1 still taken
  constructor({ tls, h2 = false } = {}) {
    this.tls = tls;
    this.h2 = h2;
    this.got = [];           // {key, auth, body, version, conn} of every POST, in order
    this.conns = new Set();  // the connections (HTTP/2 sessions or sockets) opened to it
    this.answer = () => 200; // the status for a POST, from what it got; null: no answer
    this.hung = [];          // the replies held open
  }

  async start() {
    const serve = (req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        this.got.push({
          key: req.headers['idempotency-key'], auth: req.headers.authorization, body: JSON.parse(body),
          version: req.httpVersion, conn: req.stream ? req.stream.session : req.socket,
        });
        const status = this.answer(this.got[this.got.length - 1]);
        if (status === null) { // a gateway that hangs: the sender times out or dies waiting
          this.hung.push(res);
          return;
        }
        res.statusCode = status;
        res.end('{}');
      });
    };
    if (this.h2) {
      this.server = createSecureServer({ ...this.tls, allowHTTP1: true }, serve);
      this.server.on('session', (s) => this.conns.add(s));
    } else {
      this.server = this.tls ? createTlsServer(this.tls, serve) : createServer(serve);
    }
    this.server.on(this.tls ? 'secureConnection' : 'connection', (c) => this.conns.add(c));
    await new Promise((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.url = `${this.tls ? 'https' : 'http'}://127.0.0.1:${this.server.address().port}/send`;
    return this;
  }

  close() {
    for (const res of this.hung) res.destroy();
    for (const c of this.conns) c.destroy(); // kept-alive: close() alone would wait for them
    this.server?.close();
  }
}
