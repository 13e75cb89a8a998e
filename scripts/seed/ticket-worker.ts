import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { TicketGenerator, type TicketPlan } from './ticket-rows';
import type { WorkerMessage } from './ticket-source';

/*
 * Worker entry (bundled and started by ticket-source.ts): generates the tickets' rows chunk
 * after chunk while the main thread writes the previous ones, and stays at most AHEAD chunks in
 * front of it so memory stays flat. Counters in shared memory let the main thread wait without an event loop.
 */
const { part, parts, port, signal, chunk, ahead } = workerData as {
  part: number;
  parts: number;
  port: MessagePort;
  signal: SharedArrayBuffer;
  chunk: number;
  ahead: number;
};
const counters = new Int32Array(signal);
const post = (message: WorkerMessage) => {
  port.postMessage(message);
  Atomics.add(counters, 0, 1);
  Atomics.notify(counters, 0);
};

function generate(plan: TicketPlan): void {
  try {
    const generator = new TicketGenerator(plan, part, parts);
    let produced = 0;
    for (;;) {
      for (let consumed = Atomics.load(counters, 1); produced - consumed >= ahead; consumed = Atomics.load(counters, 1))
        Atomics.wait(counters, 1, consumed);
      const next = generator.chunk(chunk);
      if (!next) break;
      post({ kind: 'chunk', chunk: next });
      produced++;
    }
    post({ kind: 'end' });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  parentPort?.close();
}

// Started with the seed; the plan (the products to tell stories of) comes when the tickets step begins.
port.once('message', (plan: TicketPlan) => generate(plan));
