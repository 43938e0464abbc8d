// Runs the built CLI (argv[2]) with the arguments after it and, at exit, writes the process's
// peak resident memory to stderr as its last line: `maxrss <KB>`. Lets a test bound an ingest's
// memory without /usr/bin/time.
const [cli] = process.argv.splice(2, 1);
process.on('exit', () => process.stderr.write(`\nmaxrss ${process.resourceUsage().maxRSS}\n`));
await import(cli);
