// `npm run bench`: each stage's benchmark in turn, on this machine, with its figures and goals printed.
const stages = ['article', 'extract', 'reconcile', 'fetch'] as const;

for (const stage of stages) {
  const only = process.argv.slice(2);
  if (only.length && !only.includes(stage)) continue;
  process.stdout.write(`\n== ${stage} ==\n`);
  const bench = (await import(`./${stage}.js`)) as { main(): Promise<void> };
  await bench.main();
}
