import { parentPort } from 'node:worker_threads';
import { analyzeSources, type AnalysisReply, type AnalysisRequest } from '../derived/compare-rows/analysis-pool';

/**
 * Entry of a compare worker: analyses batches of stored articles for the compare index (entity
 * mentions, timeline rows, story keys), so a large catch-up uses every core while the library
 * thread only reads, writes and answers calls.
 */
const port = parentPort;
if (!port) throw new Error('compare-worker: must run as a worker thread');

port.on('message', (msg: AnalysisRequest) => {
  port.postMessage({ seq: msg.seq, out: analyzeSources(msg.sources) } satisfies AnalysisReply);
});
