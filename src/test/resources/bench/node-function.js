// Reference Node.js function for the benchmark: the Runtime API loop of a custom runtime, hand-written, with a
// handler that parses the API Gateway event and its JSON body and answers a small JSON document.
'use strict';
const http = require('http');
const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const base = '/2018-06-01/runtime/invocation/';

function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {};
    const req = http.request({ host, port, method, path, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function handler(event) {
  const situation = event.body ? JSON.parse(event.body) : {};
  const answer = { careLevel: 'self_care', muscle: situation.muscle || null, fields: Object.keys(situation).length };
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer) };
}

(async () => {
  for (;;) {
    const next = await call('GET', base + 'next');
    if (next.status !== 200) process.exit(0); // the emulator closed
    const id = next.headers['lambda-runtime-aws-request-id'];
    try {
      await call('POST', base + id + '/response', JSON.stringify(handler(JSON.parse(next.body))));
    } catch (e) {
      await call('POST', base + id + '/error', JSON.stringify({ errorType: e.name, errorMessage: e.message }));
    }
  }
})();
