/** The root `newsfacts` command: its name, description, version and help, before any command is added to it. */
import { Command } from 'commander';
import { HELP_EXAMPLES } from './help.js';
import { packageVersion } from './version.js';

export function rootCommand(): Command {
  return new Command('newsfacts')
    .description('News ingestion and fact extraction into a SQLite fact store')
    .version(packageVersion(), '-V, --version', 'print the newsfacts version')
    .showHelpAfterError()
    .addHelpText('after', HELP_EXAMPLES);
}
