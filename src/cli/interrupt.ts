import { cliWords } from './words';

/**
 * Ctrl+C during long work (an import, a re-extraction): the first asks `stop` to end it where
 * the library is whole (between batches; what was written stays) and says so; a second quits at
 * once (exit 130, as before; each batch is one transaction, so the library is whole either way).
 * Before, the first Ctrl+C ended the process with no word of what was kept.
 * Returns the function that takes the handler off again.
 */
export function stopOnInterrupt(stop: () => void, write: (line: string) => void = (s) => void process.stderr.write(s)): () => void {
  let asked = false;
  const onSignal = () => {
    if (asked) process.exit(130);
    asked = true;
    write(`\n${cliWords().stopping}\n`);
    stop();
  };
  process.on('SIGINT', onSignal);
  return () => void process.off('SIGINT', onSignal);
}
