// feed.js - the live hall feed (/ws): a snapshot, then every event in seq
// order. Events that arrive early wait for the missing ones; a gap that
// does not fill is asked for again with "hello"; after a reconnect the
// page asks for what it missed since its last seq (and applies it in
// order) or takes the fresh snapshot when the server cannot replay.
// While the socket is down a visible "terputus" marker is shown; a socket
// that stays silent although pinged is given up on and reopened. A socket
// refused again and again before it opens asks the server why, so a page
// opened at an address the server refuses says so (api.js).
import { checkOrigin } from './api.js';

export class Feed {
  // onSnapshot(board), onEvent(event, {replayed}), onState(connected)
  constructor({ onSnapshot, onEvent, onState } = {}) {
    this.onSnapshot = onSnapshot || (() => {});
    this.onEvent = onEvent || (() => {});
    this.onState = onState || (() => {});
    this.seq = null;
    this.epoch = null;
    this.pending = new Map();
    this.backoff = 500;
    this.connected = false;
    this.target = null;
    this.refused = 0;
  }

  start() { this.connect(); return this; }

  connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const ws = new WebSocket(scheme + location.host + '/ws');
    this.ws = ws;
    this.snapshots = 0;
    this.heard = Date.now();
    ws.onmessage = (m) => {
      if (this.ws !== ws) return;
      this.heard = Date.now();
      let msg;
      try { msg = JSON.parse(m.data); } catch { return; }
      this.receive(msg);
    };
    ws.onopen = () => { this.refused = 0; };
    ws.onclose = () => {
      if (ws.readyState === WebSocket.CLOSED && this.ws === ws && this.snapshots === 0 &&
          ++this.refused === 2) checkOrigin();
      this.drop(ws);
    };
    ws.onerror = () => ws.close();
    // A network that silently stops passing packets closes nothing: ask
    // the server every 15 s and give up on a socket silent for 35 s.
    clearInterval(this.watchdog);
    this.watchdog = setInterval(() => {
      if (this.ws !== ws) return;
      if (Date.now() - this.heard > 35000) { ws.close(); this.drop(ws); return; }
      this.send({ type: 'ping' });
    }, 15000);
  }

  // The socket is gone (closed, or given up on): show it and try again.
  drop(ws) {
    if (this.ws !== ws) return;
    this.ws = null;
    this.setState(false);
    const wait = this.backoff * (1 + Math.random() * 0.3);
    this.backoff = Math.min(this.backoff * 2, 8000);
    this.retry = setTimeout(() => this.connect(), wait);
  }

  setState(up) {
    if (this.connected === up) return;
    this.connected = up;
    for (const el of document.querySelectorAll('[data-offline]')) el.hidden = up;
    this.onState(up);
  }

  send(obj) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(obj));
  }

  receive(msg) {
    if (msg.type === 'snapshot') {
      this.snapshots++;
      this.backoff = 500;
      this.setState(true);
      const resume = this.snapshots === 1 && this.seq !== null && msg.epoch === this.epoch &&
        msg.seq > this.seq;
      if (resume) {
        // ask for the missed events; take the snapshot if they do not come
        this.target = msg;
        this.send({ type: 'hello', since: this.seq, epoch: this.epoch });
        clearTimeout(this.targetTimer);
        this.targetTimer = setTimeout(() => { if (this.target) this.adopt(this.target); }, 3000);
      } else {
        this.adopt(msg);
      }
      return;
    }
    if (this.seq === null || typeof msg.seq !== 'number') return;
    if (msg.epoch !== this.epoch) {
      // the history changed under us: start again from a fresh snapshot
      this.seq = null;
      if (this.ws) this.ws.close();
      return;
    }
    if (msg.seq <= this.seq) return;
    this.pending.set(msg.seq, msg);
    this.drain();
  }

  adopt(snap) {
    clearTimeout(this.targetTimer);
    this.target = null;
    this.seq = snap.seq;
    this.epoch = snap.epoch;
    for (const s of [...this.pending.keys()]) if (s <= snap.seq) this.pending.delete(s);
    this.onSnapshot(snap);
    this.drain();
  }

  drain() {
    while (this.pending.has(this.seq + 1)) {
      const e = this.pending.get(this.seq + 1);
      this.pending.delete(e.seq);
      this.seq = e.seq;
      const replayed = this.target !== null && e.seq <= this.target.seq;
      try { this.onEvent(e, { replayed }); } catch (err) { console.error(err); }
      if (this.target && e.seq === this.target.seq) {
        // caught up: the missed events have played (announcements); the
        // snapshot of this seq is the server's own view, so take it
        const snap = this.target;
        this.target = null;
        clearTimeout(this.targetTimer);
        try { this.onSnapshot(snap); } catch (err) { console.error(err); }
      }
    }
    if (this.target && this.seq >= this.target.seq) {
      clearTimeout(this.targetTimer);
      this.target = null;
    }
    if (this.pending.size > 0 && !this.gapTimer) {
      this.gapTimer = setTimeout(() => {
        this.gapTimer = null;
        if (this.pending.size > 0) this.send({ type: 'hello', since: this.seq, epoch: this.epoch });
      }, 1000);
    }
  }
}
