/** What `newsfacts --help` ends with: the commands an operator and an analyst start from, and the exit statuses. */

export const HELP_EXAMPLES = `
Examples:
  newsfacts run                                   one run with ./pipeline.config.ts
  newsfacts run --source https://news.example/feed.xml --db facts.sqlite --json
  newsfacts run --source ./saved-pages            local HTML files and feeds
  newsfacts facts --subject "Cybercrime Convention" --json
  newsfacts conflicts                             what analysts should decide
  newsfacts resolve 3 --value 72 --note "depositary notice"

Exit status of run: 0 finished; 1 bad config, unusable database, run in progress, or a write the store
refused (disk full); 2 nothing could be fetched; 130 after SIGINT, 143 after SIGTERM.
Crontab: */30 * * * * cd /srv/newsfacts && npx newsfacts run --json >> runs.jsonl 2>> runs.log
`;
