import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { TicketGenerator, type TicketChunk, type TicketPlan } from './ticket-rows';

/*
 * Where the tickets' rows come from: generated here, between writes (tests, small files), or by a
 * worker on the other core while this thread writes (the CLI). Both run TicketGenerator on the
 * same plan, so both give the same rows. The worker is read synchronously (shared counters and
 * receiveMessageOnPort) so the seed steps stay plain synchronous functions.
 */

export interface ChunkSource {
  next(): TicketChunk | null;
  close(): void;
}

export type WorkerMessage = { kind: 'chunk'; chunk: TicketChunk } | { kind: 'end' } | { kind: 'error'; message: string };

/** Tickets per chunk: a few MB of rows, enough that handing one over costs nothing. */
export const CHUNK = 5000;

export function inThread(plan: TicketPlan): ChunkSource {
  const generator = new TicketGenerator(plan);
  return { next: () => generator.chunk(CHUNK), close: () => {} };
}

export function inWorker(plan: TicketPlan): ChunkSource {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(8);
  const counters = new Int32Array(signal);
  // The worker is TypeScript like the rest: register tsx's loader in it before importing the entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./ticket-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(boot, {
    eval: true,
    workerData: { plan, port: port2, signal, chunk: CHUNK, ahead: 3 },
    // The rows are short-lived garbage by the million: a larger young generation scavenges less.
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
    transferList: [port2],
  });
  let received = 0;
  let finished = false;
  let waited = 0;
  return {
    next() {
      if (finished) return null;
      for (;;) {
        const got = receiveMessageOnPort(port1);
        if (got) {
          waited = 0;
          received++;
          Atomics.add(counters, 1, 1);
          Atomics.notify(counters, 1);
          const message = got.message as WorkerMessage;
          if (message.kind === 'chunk') return message.chunk;
          finished = true;
          if (message.kind === 'error') throw new Error(`ticket worker: ${message.message}`);
          return null;
        }
        // Nothing queued yet: sleep until the worker counts another message. A worker that died
        // while starting never will: give up after a minute without one.
        if (Atomics.wait(counters, 0, received, 10_000) === 'timed-out' && ++waited >= 6) {
          this.close();
          throw new Error('ticket worker: no rows for 60 s (did it fail to start?)');
        }
      }
    },
    close() {
      port1.close();
      void worker.terminate();
    },
  };
}
