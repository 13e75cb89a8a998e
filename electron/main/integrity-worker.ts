import { parentPort, workerData } from 'node:worker_threads';
import { quickCheck } from '../../db/integrity';

/** Worker thread entry: the integrity check runs here so the window stays responsive. */
const { file, nativeBinding } = workerData as { file: string; nativeBinding?: string };
try {
  parentPort?.postMessage({ problems: quickCheck(file, nativeBinding) });
} catch (error) {
  parentPort?.postMessage({ problems: [String(error)] });
}
