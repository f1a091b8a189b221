/**
 * Preloaded (`node --require`) into a reclint process by no-network.test.ts: every way node has to open a
 * socket, resolve a name or make a request is replaced by one that appends a line to the file named by
 * RECLINT_NET_LOG and then throws. Pipes are net.Socket objects too (process.stdin and stdout of the
 * stdio server): creating a Socket is not recorded, connecting one is.
 */
'use strict';
const fs = require('node:fs');

const LOG = process.env.RECLINT_NET_LOG;
if (!LOG) throw new Error('RECLINT_NET_LOG is not set');

function record(what, args) {
  let detail = '';
  try {
    detail = JSON.stringify(args, (_k, v) => (typeof v === 'function' ? '[function]' : v)).slice(0, 300);
  } catch {
    detail = '(unprintable arguments)';
  }
  fs.appendFileSync(LOG, `${process.pid} ${what} ${detail}\n${new Error('stack').stack.split('\n').slice(2, 8).join('\n')}\n`);
  const e = new Error(`reclint must not use the network: ${what}`);
  e.code = 'ERECLINTNONET';
  throw e;
}

function trap(obj, name, label) {
  if (!obj || typeof obj[name] !== 'function') return;
  const original = obj[name];
  const replacement = function (...args) {
    record(label, args);
    return original.apply(this, args);
  };
  try {
    Object.defineProperty(obj, name, { value: replacement, writable: true, configurable: true });
  } catch {
    obj[name] = replacement;
  }
}

const net = require('node:net');
trap(net.Socket.prototype, 'connect', 'net.Socket#connect');
trap(net, 'connect', 'net.connect');
trap(net, 'createConnection', 'net.createConnection');
trap(net.Server.prototype, 'listen', 'net.Server#listen');

const tls = require('node:tls');
trap(tls, 'connect', 'tls.connect');

const dgram = require('node:dgram');
trap(dgram, 'createSocket', 'dgram.createSocket');

for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  trap(m, 'request', `${mod}.request`);
  trap(m, 'get', `${mod}.get`);
  trap(m, 'createServer', `${mod}.createServer`);
}
trap(require('node:http2'), 'connect', 'http2.connect');

const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']) {
  trap(dns, name, `dns.${name}`);
  trap(dns.promises, name, `dns.promises.${name}`);
}
trap(dns.Resolver && dns.Resolver.prototype, 'resolve', 'dns.Resolver#resolve');

if (typeof globalThis.fetch === 'function') trap(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') trap(globalThis, 'WebSocket', 'WebSocket');

// The raw bindings under net and dgram, reachable through the deprecated process.binding.
const binding = process.binding;
process.binding = function (name) {
  if (['tcp_wrap', 'udp_wrap', 'cares_wrap', 'pipe_wrap', 'tls_wrap', 'stream_wrap'].includes(name)) record(`process.binding(${name})`, []);
  return binding.call(this, name);
};
