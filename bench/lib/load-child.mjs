// Runs autocannon in a child process, so generating the load never shares an event
// loop (or a heap) with the server under test. Plain JavaScript: no loader needed.
// Receives its options as one IPC message, answers with the raw figures, then exits.
import autocannon from 'autocannon';

process.once('message', async ({ url, connections, duration, headers, paths }) => {
  const pick = () => paths[Math.floor(Math.random() * paths.length)];
  const latencies = [];
  const instance = autocannon({
    url,
    connections,
    duration,
    headers,
    // A different engagement on every request, chosen at random.
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: pick() }) }],
  });
  // Every response time, so rounds can be merged into exact percentiles.
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  process.send(
    {
      latencies,
      requests: result.requests.total,
      duration: result.duration,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodeStats: result.statusCodeStats,
    },
    () => process.exit(0),
  );
});
